"""Live check of an AFAS App Connector: the token, the assigned GetConnectors, employer codes.

Only `GET /metainfo` is needed for the connectors; it returns no personal data. Employer codes
are checked with `Profit_Employers` only when that connector is assigned, and only whether each
code exists is kept.

The check is written as a generator that yields the requests it needs and receives the
replies (`_check_flow`), so the decisions stay free of I/O; `check_afas` feeds it over httpx.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import threading
from collections.abc import Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx

from wizard.core import field_rules
from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.live_check import AfasCheckRequest
from wizard.core.message import Message
from wizard.core.model import AfasEnvironment, Package
from wizard.core.resource_files import resource_path
from wizard.core.server_text import SecretScrubber, report_without_secrets
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.afas.connector_zip import unique_names
from wizard.services.endpoint_policy import choose_base_url
from wizard.services.network_deadline import run_stoppable, within_check_deadline
from wizard.services.network_errors import (
    CheckFailed,
    NetworkProblem,
    decode_json_body,
    failure_from_httpx,
    refuse_html,
)
from wizard.services.network_settings import (
    NetworkSettings,
    make_async_client,
    uses_proxy,
)

_log = logging.getLogger(__name__)

CONTEXT = "AfasCheck"
PACKAGE = Package.AFAS
# CheckItem.service values: expected connectors, other assigned connectors, employer codes.
SERVICE = "afas"
EXTRA_SERVICE = "afas_extra"
EMPLOYER_SERVICE = "afas_employer"
# The name of the single item reported when AFAS refuses the token or the App Connector.
APP_CONNECTOR_ITEM = "app_connector"
# The item that says the assigned connectors could not be compared with a.s.r.'s list.
CONNECTOR_LIST_ITEM = "asr_connector_list"

EMPLOYERS_CONNECTOR = "Profit_Employers"
# Field name seen in two public code bases, not in AFAS's spec; confirm with
# /metainfo/get/Profit_Employers on a live environment.
EMPLOYER_ID_FIELD = "EmployerId"

CONNECTORS_RESOURCE = ("afas", "benefits_plaza_connectors.json")

_REST_HOST_PART = {
    AfasEnvironment.PRODUCTION: "rest",
    AfasEnvironment.TEST: "resttest",
    AfasEnvironment.ACCEPT: "restaccept",
}

# A maintenance window announced as longer than a day is reported as "later".
MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60

MSG_ASSIGNED = QT_TRANSLATE_NOOP("AfasCheck", "Assigned to the App Connector.")
MSG_NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "Not assigned to the App Connector. Assign this GetConnector in {step:afas_app_connector}. If "
    "AFAS does not list it, import the a.s.r. ZIP file first ({step:afas_connector_zip}).",
)
MSG_NOT_COMPARED = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "Not compared: the wizard does not know a.s.r.'s list of connectors yet, so it cannot say "
    "whether the connectors assigned to the App Connector are the right ones. Choose the ZIP "
    "file with the connectors that a.s.r. sent you, and check again: then the wizard compares "
    "them.",
)
MSG_EXTRA = QT_TRANSLATE_NOOP(
    "AfasCheck", "Assigned to the App Connector, but not one of the a.s.r. connectors."
)
MSG_401 = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS did not accept the data token. It may be mistyped or expired, or the App Connector is "
    "still blocked: according to AFAS's documentation (not a.s.r.'s manual), a new App Connector "
    'stays blocked until "Geblokkeerd" is unticked on its "Algemeen" tab. Check '
    "{step:afas_app_connector}, and the customer number and environment type.",
)
MSG_403 = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS refused access from this computer's internet address: the App Connector has an IP "
    "restriction. Ask your AFAS administrator to allow this address on the App Connector "
    "({step:afas_app_connector}).",
)
MSG_404 = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS does not know this environment. Check the 5-digit customer number and the "
    "environment type (production, test or accept).",
)
MSG_500_NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS says: "{message}" A GetConnector is not assigned to the App Connector, or the user may '
    "not use it. Assign the connectors in {step:afas_app_connector}, and check the user group in "
    "{step:afas_user}.",
)
MSG_BLOCKED = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS says: "{message}" The App Connector or a GetConnector is blocked. For the App '
    'Connector, untick "Geblokkeerd" on its "Algemeen" tab ({step:afas_app_connector}); for a '
    "GetConnector, under Algemeen / Uitvoer / Beheer / GetConnector, open it and untick "
    '"Geblokkeerd" on its definition.',
)
MSG_TOKEN_EXPIRED = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS says: "{message}" The data token has expired. Make a new user token for the user on the '
    '"Gebruikerstokens" tab of the App Connector ({step:afas_app_connector}), then enter it and '
    "its version in {step:afas_registration}.",
)
MSG_TOKEN_UNREADABLE = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS says: "{message}" AFAS could not read the data token the wizard sent. Copy the data '
    "token again, all 64 characters, and check the token version in {step:afas_registration}. If "
    "it keeps happening, a proxy may be changing the request: ask your IT department.",
)
MSG_500_WITH_REFERENCE = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS reported an error: "{message}" If it keeps happening, give your AFAS administrator '
    "this log reference: {reference}.",
)
MSG_500 = QT_TRANSLATE_NOOP(
    "AfasCheck",
    'AFAS reported an error: "{message}" Try again; if it keeps happening, ask your AFAS '
    "administrator.",
)
MSG_500_EMPTY = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS reported an error without an explanation. Try again; if it keeps happening, ask your "
    "AFAS administrator.",
)
MSG_503_MINUTES = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS is down for maintenance. Try again in about {minutes} minutes; afasstatus.nl shows "
    "when AFAS is back.",
)
MSG_503 = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS is down for maintenance. Try again later; afasstatus.nl shows when AFAS is back.",
)
MSG_EMPLOYER_FOUND = QT_TRANSLATE_NOOP("AfasCheck", "This employer code exists in AFAS.")
MSG_EMPLOYER_NOT_FOUND = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "AFAS has no employer with this code. Look it up under HRM / Organisatie / Werkgever and "
    "correct it in {step:afas_registration}.",
)
MSG_NO_CONNECTORS = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "There are no connectors to check. Choose the ZIP file from a.s.r., or name the connectors.",
)

# Texts AFAS uses when a connector is not in the App Connector or the user lacks rights.
_NOT_ASSIGNED_TEXTS = ("niet geautoriseerd", "not authorized", "not authorised")
_NOT_SUPPORTED_TEXTS = ("niet ondersteund", "not supported")
# "This GetConnector (definition) is blocked" (AFAS troubleshooting); a blocked App Connector.
_BLOCKED_TEXTS = ("geblokkeerd", "blocked")
# A token past the validity period set on the App Connector's "Algemeen" tab.
_EXPIRED_TEXTS = ("verlopen", "expired")
# With "token": a header token AFAS cannot read (not Base64 XML, refused since Profit 6).
_INVALID_TEXTS = ("ongeldig", "niet geldig", "invalid", "not valid")
MSG_EMPLOYER_CODE = QT_TRANSLATE_NOOP(
    "AfasCheck", "An employer code has no commas or semicolons: {code}"
)


def _input_problem(rule: field_rules.RuleResult) -> CheckFailed:
    return CheckFailed(NetworkProblem.INPUT, rule.problem)


def afas_base_url(customer_number: str, environment: AfasEnvironment) -> str:
    """The REST base for a 5-digit customer number and an environment type.

    Raises CheckFailed(INPUT) for anything but five digits, so no free text reaches a URL.
    """
    rule = field_rules.check_field("afas_customer_number", customer_number)
    if not rule.ok:
        raise _input_problem(rule)
    return f"https://{rule.value}.{_REST_HOST_PART[environment]}.afas.online/ProfitRestServices"


def afas_authorization_header(data_token: str, token_version: str = "1") -> str:
    """`AfasToken <base64 of <token><version>V</version><data>TOKEN</data></token>>`.

    `data_token` may also be the whole pasted <token>...</token>. Raises CheckFailed(INPUT)
    for a token that is not 64 hexadecimal characters; the message never repeats it.
    """
    token_rule = field_rules.check_field("afas_data_token", data_token)
    if not token_rule.ok:
        raise _input_problem(token_rule)
    version_rule = field_rules.check_field("token_version", token_version)
    if not version_rule.ok:
        raise _input_problem(version_rule)
    xml = f"<token><version>{version_rule.value}</version><data>{token_rule.value}</data></token>"
    return "AfasToken " + base64.b64encode(xml.encode("ascii")).decode("ascii")


@dataclass(frozen=True)
class ConnectorList:
    """The expected Benefits-Plaza GetConnector ids, and whether they are a.s.r.'s real ones."""

    ids: tuple[str, ...]
    # False while the ids are placeholders: the check then compares nothing against them.
    confirmed: bool


def load_connector_list(path: Path | None = None) -> ConnectorList:
    """The expected connectors from the data file under resources/ (or `path`)."""
    source = path if path is not None else resource_path(*CONNECTORS_RESOURCE)
    data = json.loads(source.read_text(encoding="utf-8"))
    entries = data.get("connectors") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{source.name}: 'connectors' must be a list")
    confirmed = data.get("confirmed", False)
    if not isinstance(confirmed, bool):
        raise ValueError(f"{source.name}: 'confirmed' must be true or false")
    ids: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ValueError(f"{source.name}: every connector needs an 'id' string")
        ids.append(entry["id"])
    return ConnectorList(tuple(unique_names(ids)), confirmed)


def load_expected_connectors(path: Path | None = None) -> list[str]:
    """The expected Benefits-Plaza GetConnector ids from the data file under resources/."""
    return list(load_connector_list(path).ids)


@dataclass(frozen=True)
class _Get:
    """One request the check needs: a path below the base URL and its query."""

    path: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Reply:
    """What the check keeps of an answer. The body is dropped as soon as it is interpreted."""

    status: int
    content_type: str
    host: str
    retry_after: str
    body: bytes = field(repr=False)


@dataclass(frozen=True)
class _Plan:
    # Empty when there is no trustworthy list to compare with (see ConnectorList.confirmed).
    expected: tuple[str, ...]
    employer_codes: tuple[str, ...]
    # Only used to blank the token out of any server text shown to the clerk.
    secrets: tuple[str, ...] = field(repr=False)


def _say(text: str, **arguments: str) -> Message:
    return Message.of(CONTEXT, text, **arguments)


def _server_text(value: Any, plan: _Plan, limit: int = 300) -> str:
    """A server-provided text made safe to show: one line, short, without our secrets."""
    if not isinstance(value, str):
        return ""
    # Scrubbed before the cut, so the cut cannot split a token into an unrecognised half.
    text = SecretScrubber(plan.secrets).scrub(" ".join(value.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_object(reply: _Reply) -> dict[str, Any]:
    try:
        payload = decode_json_body(reply.body, reply.content_type, reply.host)
    except CheckFailed:
        return {}
    return payload if isinstance(payload, dict) else {}


def _retry_minutes(reply: _Reply) -> int | None:
    """Minutes until AFAS expects to be back; None for "later" (absent, odd, or over a day)."""
    seconds: Any = _json_object(reply).get("retry_after")
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        header = reply.retry_after.strip()
        # A long run of digits is no wait anyone means (and int() refuses 4,300+ digits).
        seconds = int(header) if header.isdigit() and len(header) <= 9 else None
    # json gives Infinity and NaN as floats; 1e308 seconds is no more useful than "later".
    if seconds is None or not 0 <= seconds <= MAX_RETRY_AFTER_SECONDS:
        return None
    return max(1, math.ceil(seconds / 60))


def _cause_in_text(message: str) -> tuple[CallStatus, Message] | None:
    """The status and our explanation for an AFAS error text we recognise, else None."""
    folded = message.casefold()
    if any(marker in folded for marker in _BLOCKED_TEXTS):
        return CallStatus.AUTH_FAILED, _say(MSG_BLOCKED, message=message)
    if any(marker in folded for marker in _EXPIRED_TEXTS):
        return CallStatus.AUTH_FAILED, _say(MSG_TOKEN_EXPIRED, message=message)
    if "base64" in folded or ("token" in folded and any(m in folded for m in _INVALID_TEXTS)):
        return CallStatus.AUTH_FAILED, _say(MSG_TOKEN_UNREADABLE, message=message)
    if any(marker in folded for marker in _NOT_ASSIGNED_TEXTS + _NOT_SUPPORTED_TEXTS):
        return CallStatus.NO_DATA_ACCESS, _say(MSG_500_NOT_ASSIGNED, message=message)
    return None


def _refusal(reply: _Reply, plan: _Plan) -> tuple[CallStatus, Message] | None:
    """None for a 200; the status and message for an answer that says no.

    Raises CheckFailed when the answer means the check could not run (maintenance, a proxy's
    page, an unexpected status).
    """
    # AFAS's own 404 page may be HTML; any other web page is a proxy's or firewall's.
    if reply.status != 404:
        refuse_html(reply.content_type, reply.body, reply.host)
    if reply.status == 200:
        return None
    if reply.status in (401, 500):
        # AFAS gives one status for several causes; its text tells them apart. (403 is only
        # ever the App Connector's IP restriction.)
        details = _json_object(reply)
        message = _server_text(details.get("externalMessage"), plan)
        cause = _cause_in_text(message)
        if cause is not None:
            return cause
    if reply.status == 401:
        return CallStatus.AUTH_FAILED, _say(MSG_401)
    if reply.status == 403:
        return CallStatus.AUTH_FAILED, _say(MSG_403)
    if reply.status == 404:
        return CallStatus.ERROR, _say(MSG_404)
    if reply.status == 500:
        reference = _server_text(details.get("profitLogReference"), plan, limit=64)
        if not message:
            return CallStatus.ERROR, _say(MSG_500_EMPTY)
        if re.fullmatch(r"[0-9A-Fa-f-]{8,64}", reference):
            return CallStatus.ERROR, _say(
                MSG_500_WITH_REFERENCE, message=message, reference=reference
            )
        return CallStatus.ERROR, _say(MSG_500, message=message)
    if reply.status == 503:
        minutes = _retry_minutes(reply)
        if minutes is None:
            raise CheckFailed(NetworkProblem.UNAVAILABLE, MSG_503, context=CONTEXT)
        raise CheckFailed(
            NetworkProblem.UNAVAILABLE, MSG_503_MINUTES, context=CONTEXT, minutes=str(minutes)
        )
    if reply.status == 407:
        raise CheckFailed(NetworkProblem.PROXY, host=reply.host)
    raise CheckFailed(NetworkProblem.HTTP_STATUS, host=reply.host, status=str(reply.status))


def _token_expiry(info: object) -> date | None:
    """The day the token expires, from info.tokenExpiry; None for "0", nothing or unreadable."""
    value = info.get("tokenExpiry") if isinstance(info, dict) else None
    if not isinstance(value, str) or value.strip() in ("", "0"):
        return None
    try:
        return datetime.fromisoformat(value.strip()[:40].replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _parse_metainfo(reply: _Reply) -> tuple[list[str], str | None, date | None]:
    """The assigned GetConnector ids, the environment id and the token's expiry day (when AFAS
    sends them)."""
    payload = decode_json_body(reply.body, reply.content_type, reply.host)
    connectors = payload.get("getConnectors") if isinstance(payload, dict) else None
    if not isinstance(connectors, list):
        raise CheckFailed(NetworkProblem.MALFORMED, host=reply.host)
    assigned: list[str] = []
    for entry in connectors:
        connector_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(connector_id, str):
            raise CheckFailed(NetworkProblem.MALFORMED, host=reply.host)
        assigned.append(connector_id)
    info = payload.get("info")
    envid = info.get("envid") if isinstance(info, dict) else None
    environment = " ".join(envid.split())[:40] if isinstance(envid, str) and envid.strip() else None
    return unique_names(assigned), environment, _token_expiry(info)


def _connector_items(plan: _Plan, assigned: list[str]) -> tuple[list[CheckItem], list[str]]:
    assigned_keys = {name.casefold() for name in assigned}
    items: list[CheckItem] = []
    missing: list[str] = []
    for name in plan.expected:
        if name.casefold() in assigned_keys:
            items.append(CheckItem(SERVICE, name, CallStatus.ACTIVE, _say(MSG_ASSIGNED)))
        else:
            missing.append(name)
            items.append(CheckItem(SERVICE, name, CallStatus.INACTIVE, _say(MSG_NOT_ASSIGNED)))
    # Shown too, so a clerk can compare when the expected list holds placeholder ids.
    expected_keys = {name.casefold() for name in plan.expected}
    for name in sorted(assigned, key=str.casefold):
        if name.casefold() not in expected_keys:
            items.append(CheckItem(EXTRA_SERVICE, name, CallStatus.ACTIVE, _say(MSG_EXTRA)))
    return items, missing


def _uncompared_items(assigned: list[str]) -> list[CheckItem]:
    """Every assigned connector, and one neutral item saying they were not compared."""
    items = [
        CheckItem(SERVICE, name, CallStatus.ACTIVE, _say(MSG_ASSIGNED))
        for name in sorted(assigned, key=str.casefold)
    ]
    items.append(
        CheckItem(SERVICE, CONNECTOR_LIST_ITEM, CallStatus.NOT_CHECKED, _say(MSG_NOT_COMPARED))
    )
    return items


def _employer_item(code: str, plan: _Plan) -> Generator[_Get, _Reply, CheckItem]:
    """Ask Profit_Employers for one code; keep only whether it exists."""
    query = (
        ("filterfieldids", EMPLOYER_ID_FIELD),
        ("filtervalues", code),
        ("operatortypes", "1"),
        ("skip", "0"),
        ("take", "1"),
    )
    try:
        reply = yield _Get(f"/connectors/{EMPLOYERS_CONNECTOR}", query)
        refusal = _refusal(reply, plan)
        if refusal is not None:
            return CheckItem(EMPLOYER_SERVICE, code, CallStatus.ERROR, refusal[1])
        payload = decode_json_body(reply.body, reply.content_type, reply.host)
    except CheckFailed as failure:
        # The connectors were checked already; a failing optional check only marks its codes.
        return CheckItem(EMPLOYER_SERVICE, code, CallStatus.ERROR, failure.message)
    rows = payload.get("rows") if isinstance(payload, dict) else None
    if not isinstance(rows, list):
        failure = CheckFailed(NetworkProblem.MALFORMED, host=reply.host)
        return CheckItem(EMPLOYER_SERVICE, code, CallStatus.ERROR, failure.message)
    found = any(
        isinstance(row, dict) and str(row.get(EMPLOYER_ID_FIELD, "")).strip() == code
        for row in rows
    )
    if found:
        return CheckItem(EMPLOYER_SERVICE, code, CallStatus.ACTIVE, _say(MSG_EMPLOYER_FOUND))
    return CheckItem(EMPLOYER_SERVICE, code, CallStatus.INACTIVE, _say(MSG_EMPLOYER_NOT_FOUND))


def _check_flow(plan: _Plan) -> Generator[_Get, _Reply, CheckReport]:
    """The whole check, free of I/O: yields requests, receives replies, returns the report."""
    reply = yield _Get("/metainfo")
    _log.debug("AFAS metainfo answered HTTP %s", reply.status)
    refusal = _refusal(reply, plan)
    if refusal is not None:
        status, message = refusal
        return CheckReport(
            package=PACKAGE,
            ok=False,
            checks=[CheckItem(SERVICE, APP_CONNECTOR_ITEM, status, message)],
        )
    assigned, environment, token_expiry = _parse_metainfo(reply)
    del reply
    if plan.expected:
        items, missing = _connector_items(plan, assigned)
    else:
        items, missing = _uncompared_items(assigned), []
    report = CheckReport(
        package=PACKAGE,
        checks=items,
        missing_connectors=missing,
        environment=environment,
        token_expiry=token_expiry,
    )
    employers_assigned = EMPLOYERS_CONNECTOR.casefold() in {name.casefold() for name in assigned}
    if employers_assigned:
        for code in plan.employer_codes:
            item = yield from _employer_item(code, plan)
            report.checks.append(item)
            if item.status is CallStatus.ACTIVE:
                report.companies.append(code)
    unknown_codes = any(
        item.service == EMPLOYER_SERVICE and item.status is CallStatus.INACTIVE
        for item in report.checks
    )
    report.ok = bool(plan.expected) and not missing and not unknown_codes
    if not plan.expected:
        # Not a failure: the reason is given, as for a check that could not run (exit code 2).
        report.error = _say(MSG_NOT_COMPARED)
    return report


async def _drive(
    flow: Generator[_Get, _Reply, CheckReport], fetch: Callable[[_Get], Awaitable[_Reply]]
) -> CheckReport:
    """Run the flow with `fetch`; fetch failures go back into the flow to handle."""
    try:
        request = next(flow)
        while True:
            try:
                reply = await fetch(request)
            except CheckFailed as failure:
                request = flow.throw(failure)
                continue
            request = flow.send(reply)
    except StopIteration as finished:
        return finished.value


def _reply_from(response: httpx.Response, body: bytes) -> _Reply:
    return _Reply(
        status=response.status_code,
        content_type=response.headers.get("content-type", ""),
        host=response.request.url.host,
        retry_after=response.headers.get("retry-after", ""),
        body=body,
    )


@dataclass(frozen=True)
class _Prepared:
    plan: _Plan
    base_url: str
    headers: dict[str, str] = field(repr=False)


def _prepare(
    customer_number: str,
    token: str,
    *,
    environment: AfasEnvironment,
    token_version: str,
    expected_connectors: Sequence[str] | None,
    connector_list: Path | None,
    employer_codes: Sequence[str],
    endpoint: str | None,
    accept_language: str,
) -> _Prepared:
    """Check every input offline, before any traffic; raises CheckFailed(INPUT/ENDPOINT)."""
    standard_url = afas_base_url(customer_number, environment)
    authorization = afas_authorization_header(token, token_version)
    if expected_connectors is not None:
        expected = unique_names(expected_connectors)
        if not expected:
            raise CheckFailed(NetworkProblem.INPUT, MSG_NO_CONNECTORS, context=CONTEXT)
    else:
        known = load_connector_list(connector_list)
        # Placeholder ids would fail a correct App Connector, so they are not compared.
        expected = list(known.ids) if known.confirmed else []
    codes = unique_names(employer_codes)
    for code in codes:
        # AFAS reads , and ; in a filter as AND and OR (afas-api.md 3.3), so they cannot be sent.
        if any(mark in code for mark in ",;"):
            raise CheckFailed(NetworkProblem.INPUT, MSG_EMPLOYER_CODE, context=CONTEXT, code=code)
    base_url = choose_base_url(standard_url, endpoint)
    headers = {
        "Authorization": authorization,
        "Accept": "application/json",
        "Accept-Language": accept_language,
    }
    data_token = field_rules.check_field("afas_data_token", token).value
    secrets = (data_token, authorization.removeprefix("AfasToken "))
    return _Prepared(_Plan(tuple(expected), tuple(codes), secrets), base_url, headers)


def check_afas(
    customer_number: str,
    token: str,
    settings: NetworkSettings,
    *,
    environment: AfasEnvironment = AfasEnvironment.PRODUCTION,
    token_version: str = "1",
    expected_connectors: Sequence[str] | None = None,
    connector_list: Path | None = None,
    employer_codes: Sequence[str] = (),
    endpoint: str | None = None,
    accept_language: str = "nl-nl",
    cancel: threading.Event | None = None,
) -> CheckReport:
    """Check the AFAS token and connectors live; blocking, so call it off the GUI thread.

    It runs its own asyncio event loop, so the deadlines of `settings` can stop any request
    and the whole check; do not call it from inside a running event loop.

    Args:
        customer_number: the 5-digit AFAS customer number.
        token: the data token (64 hex characters), or the whole pasted <token>...</token>.
        settings: proxy, timeouts and size cap.
        environment: production, test or accept; picks the REST host.
        token_version: the <version> of the token, "1" unless AFAS says otherwise.
        expected_connectors: the GetConnector ids to look for; None means the data file.
            Pass `connector_ids_from_zip(...)` when the clerk chose the a.s.r. ZIP.
        connector_list: the data file to use when `expected_connectors` is None (the one
            under resources/ by default). While it is not confirmed, the assigned connectors
            are listed but not compared: the report then has a NOT_CHECKED item, ok False and
            the reason in `error`.
        employer_codes: checked with Profit_Employers, only when that connector is assigned.
        endpoint: replaces the base URL, for tests and local fakes (loopback only).
        accept_language: the language AFAS writes its own error texts in.
        cancel: setting it (from any thread) stops the check with CheckCancelled.

    Returns:
        The report: ok when every expected connector is assigned and every employer code
        that could be checked exists. A refused token gives ok False and one item.

    Raises:
        CheckFailed: the check could not run: bad input, endpoint not allowed, a network
            problem, or AFAS in maintenance. AfasCheck.run turns it into a report.
    """
    prepared = _prepare(
        customer_number,
        token,
        environment=environment,
        token_version=token_version,
        expected_connectors=expected_connectors,
        connector_list=connector_list,
        employer_codes=employer_codes,
        endpoint=endpoint,
        accept_language=accept_language,
    )
    report = run_stoppable(_check_live(prepared, settings), cancel)
    # Connector ids, the environment id and error texts are the server's words.
    return report_without_secrets(report, (*prepared.plan.secrets, token))


async def _check_live(prepared: _Prepared, settings: NetworkSettings) -> CheckReport:
    """The flow over httpx, within the check's deadline (each request within its own)."""
    through_proxy = uses_proxy(settings, prepared.base_url)
    async with make_async_client(
        settings, base_url=prepared.base_url, headers=prepared.headers
    ) as client:

        async def fetch(request: _Get) -> _Reply:
            try:
                response = await client.get(request.path, params=request.params or None)
            except httpx.HTTPError as error:
                raise failure_from_httpx(error, through_proxy=through_proxy) from error
            # The client has read the body already, decoded and capped.
            return _reply_from(response, response.content)

        flow = _check_flow(prepared.plan)
        return await within_check_deadline(_drive(flow, fetch), settings.check_deadline)


@dataclass(frozen=True)
class AfasCheck:
    """The AFAS check under the live-check contract (wizard.core.live_check)."""

    settings: NetworkSettings
    # Replaces the AFAS address (loopback only, for tests and fakes).
    endpoint: str | None = None
    # The expected connectors' data file; None is the one under resources/.
    connector_list: Path | None = None
    # The language AFAS writes its own error texts in.
    accept_language: str = "nl-nl"

    @property
    def package(self) -> Package:
        return Package.AFAS

    def run(self, request: AfasCheckRequest, cancel: threading.Event | None = None) -> CheckReport:
        """Check one environment; a check that could not run is a report with only `error`."""
        try:
            return check_afas(
                request.customer_number,
                request.token,
                self.settings,
                environment=request.environment,
                token_version=request.token_version,
                expected_connectors=request.expected_connectors,
                connector_list=self.connector_list,
                employer_codes=request.employer_codes,
                endpoint=self.endpoint,
                accept_language=self.accept_language,
                cancel=cancel,
            )
        except CheckFailed as failure:
            return CheckReport(package=self.package, error=failure.message)
