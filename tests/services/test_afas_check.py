"""The AFAS live check against the loopback fake: connectors, errors, ZIP, no token leak."""

from __future__ import annotations

import base64
import logging
import time
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.check_messages import english
from tests.fakes.afas_fixtures import CONFIRMED_CONNECTOR_LIST, REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_afas import NOT_ASSIGNED_MESSAGE, FakeAfas, FakeAfasScenario
from wizard.core.check_result import CallStatus, Verdict, expiry_is_near
from wizard.core.model import AfasEnvironment
from wizard.services.afas import check as afas_check
from wizard.services.afas.check import (
    APP_CONNECTOR_ITEM,
    CONNECTOR_LIST_ITEM,
    EMPLOYER_SERVICE,
    EXTRA_SERVICE,
    SERVICE,
    afas_authorization_header,
    afas_base_url,
    check_afas,
    load_connector_list,
    load_expected_connectors,
)
from wizard.services.afas.connector_zip import MAX_ZIP_MEMBERS, connector_ids_from_zip
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.network_settings import NetworkSettings

# Generous for answers that come (a loaded CI machine once needed more than 0.5 s); the stall
# test sets its own short read timeout.
FAST = NetworkSettings(connect_timeout=0.5, read_timeout=5.0, max_response_bytes=64 * 1024)
SENTINEL = ("5E171E1C0FFEE" * 5)[:64]


def run(fake: FakeAfas, **options: object):
    """The check against the fake, with the fake's own token unless given.

    Without expected connectors it compares with the placeholder list marked as confirmed.
    """
    options.setdefault("endpoint", fake.base_url)
    options.setdefault("connector_list", CONFIRMED_CONNECTOR_LIST)
    token = str(options.pop("token", fake.config.data_token))
    settings = options.pop("settings", FAST)
    return check_afas("12345", token, settings, **options)  # type: ignore[arg-type]


def failure_of(fake: FakeAfas, **options: object) -> CheckFailed:
    with pytest.raises(CheckFailed) as caught:
        run(fake, **options)
    return caught.value


def statuses(report) -> dict[str, CallStatus]:
    return {item.name: item.status for item in report.checks if item.service == SERVICE}


def make_zip(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, b"\x08\x00 fake gcn")
    return path


# --- offline parts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "host"),
    [
        (AfasEnvironment.PRODUCTION, "12345.rest.afas.online"),
        (AfasEnvironment.TEST, "12345.resttest.afas.online"),
        (AfasEnvironment.ACCEPT, "12345.restaccept.afas.online"),
    ],
)
def test_base_url_is_built_from_number_and_environment(
    environment: AfasEnvironment, host: str
) -> None:
    assert afas_base_url("12345", environment) == f"https://{host}/ProfitRestServices"


@pytest.mark.parametrize("typed", ["1234", "123456", "12345.evil.example", "X12345AA", ""])
def test_customer_number_must_be_five_digits(typed: str) -> None:
    with pytest.raises(CheckFailed) as caught:
        afas_base_url(typed, AfasEnvironment.PRODUCTION)
    assert caught.value.kind is NetworkProblem.INPUT


def test_authorization_header_is_base64_of_the_xml_token() -> None:
    header = afas_authorization_header(SENTINEL, "1")
    scheme, encoded = header.split(" ")
    assert scheme == "AfasToken"
    expected = f"<token><version>1</version><data>{SENTINEL}</data></token>"
    assert base64.b64decode(encoded).decode("ascii") == expected
    pasted = f"<token><version>1</version><data>{SENTINEL}</data></token>"
    assert afas_authorization_header(pasted, "1") == header


@pytest.mark.parametrize(("typed", "sent"), [("2", "2"), ("10", "10"), ("007", "7")])
def test_token_versions_other_than_1_reach_the_server(
    fake_afas: FakeAfas, typed: str, sent: str
) -> None:
    """The fake accepts only the exact version: a header stuck at "1" is refused by it."""
    header = afas_authorization_header(SENTINEL, typed)
    expected = f"<token><version>{sent}</version><data>{SENTINEL}</data></token>"
    assert base64.b64decode(header.split(" ")[1]).decode("ascii") == expected
    fake_afas.config.token_version = sent
    assert run(fake_afas, token_version=typed).ok
    assert fake_afas.requests and all(request.token_accepted for request in fake_afas.requests)
    # The same token with the wrong version is not let in.
    fake_afas.requests.clear()
    report = run(fake_afas, token_version="1")
    assert not report.ok
    assert not any(request.token_accepted for request in fake_afas.requests)


@pytest.mark.parametrize("token", ["", "ABC", "Z" * 64, SENTINEL + "0"])
def test_bad_token_is_refused_without_repeating_it(token: str) -> None:
    with pytest.raises(CheckFailed) as caught:
        afas_authorization_header(token)
    assert caught.value.kind is NetworkProblem.INPUT
    if token:
        assert token not in str(caught.value)


def test_data_file_lists_placeholder_connectors() -> None:
    ids = load_expected_connectors()
    assert "BP_Medewerkers" in ids
    assert len(ids) == len({name.casefold() for name in ids})


# --- connectors -----------------------------------------------------------------------------


def test_everything_assigned(fake_afas: FakeAfas) -> None:
    report = run(fake_afas)
    assert report.ok
    assert report.package == "afas"
    assert set(statuses(report).values()) == {CallStatus.ACTIVE}
    assert set(statuses(report)) == set(load_expected_connectors())
    assert report.missing_connectors == []
    assert report.environment == "O12345AA"
    # Other assigned connectors are listed too, for comparing with placeholder ids.
    extras = [item.name for item in report.checks if item.service == EXTRA_SERVICE]
    assert extras == ["Profit_Employers"]
    assert [request.path for request in fake_afas.requests] == ["/ProfitRestServices/metainfo"]
    assert fake_afas.requests[0].token_accepted


def test_connector_missing_from_the_data_file_list(fake_afas: FakeAfas) -> None:
    fake_afas.config.assigned_connectors.remove("BP_Salarissen")
    fake_afas.config.envid = None
    report = run(fake_afas)
    assert not report.ok
    assert report.missing_connectors == ["BP_Salarissen"]
    assert statuses(report)["BP_Salarissen"] is CallStatus.INACTIVE
    assert "{step:afas_app_connector}" in english(report.checks[3].message)
    assert report.environment is None


def test_connector_ids_are_compared_without_case(fake_afas: FakeAfas) -> None:
    fake_afas.config.assigned_connectors = ["bp_werkgevers"]
    report = run(fake_afas, expected_connectors=["BP_Werkgevers"])
    assert report.ok


def test_connectors_from_the_zip(fake_afas: FakeAfas, tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "asr-connectoren.zip",
        [
            "BP_Werkgevers.gcn",
            "connectoren/BP_Medewerkers.GCN",
            "BP_Extra_Uit_Zip.gcn",
            "leesmij.txt",
            "__MACOSX/._BP_Werkgevers.gcn",
            "connectoren/",
        ],
    )
    ids = connector_ids_from_zip(archive)
    assert ids == ["BP_Extra_Uit_Zip", "BP_Medewerkers", "BP_Werkgevers"]
    report = run(fake_afas, expected_connectors=ids)
    assert not report.ok
    assert report.missing_connectors == ["BP_Extra_Uit_Zip"]
    # BP_Salarissen is assigned but not in this ZIP, so it is only an extra now.
    assert "BP_Salarissen" in [item.name for item in report.checks if item.service == EXTRA_SERVICE]


def test_zip_that_is_no_zip(tmp_path: Path) -> None:
    path = tmp_path / "connectoren.zip"
    path.write_bytes(b"%PDF-1.7 not a zip")
    with pytest.raises(CheckFailed) as caught:
        connector_ids_from_zip(path)
    assert caught.value.kind is NetworkProblem.INPUT
    assert "connectoren.zip is not a ZIP file" in str(caught.value)


def test_zip_without_gcn_files(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "leeg.zip", ["leesmij.txt", "map/"])
    with pytest.raises(CheckFailed) as caught:
        connector_ids_from_zip(path)
    assert "no connector files" in str(caught.value)


def test_zip_with_too_many_members(tmp_path: Path) -> None:
    names = [f"C{number}.gcn" for number in range(MAX_ZIP_MEMBERS + 1)]
    path = make_zip(tmp_path / "groot.zip", names)
    with pytest.raises(CheckFailed) as caught:
        connector_ids_from_zip(path)
    assert "too large or holds too many files" in str(caught.value)


def test_zip_that_is_missing(tmp_path: Path) -> None:
    with pytest.raises(CheckFailed) as caught:
        connector_ids_from_zip(tmp_path / "weg.zip")
    assert "could not be opened" in str(caught.value)


def test_empty_connector_list_is_bad_input(fake_afas: FakeAfas) -> None:
    assert failure_of(fake_afas, expected_connectors=[" "]).kind is NetworkProblem.INPUT
    assert fake_afas.requests == []


# --- AFAS says no ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "status", "words"),
    [
        (FakeAfasScenario.UNAUTHORIZED, CallStatus.AUTH_FAILED, "still blocked"),
        (FakeAfasScenario.FORBIDDEN, CallStatus.AUTH_FAILED, "IP restriction"),
        (FakeAfasScenario.NOT_FOUND, CallStatus.ERROR, "customer number"),
    ],
)
def test_refusals_are_explained(
    fake_afas: FakeAfas, scenario: FakeAfasScenario, status: CallStatus, words: str
) -> None:
    fake_afas.config.scenario = scenario
    report = run(fake_afas)
    assert not report.ok
    assert [(item.name, item.status) for item in report.checks] == [(APP_CONNECTOR_ITEM, status)]
    assert words in english(report.checks[0].message)


def test_wrong_token_gives_401(fake_afas: FakeAfas) -> None:
    report = run(fake_afas, token=SENTINEL)
    assert report.checks[0].status is CallStatus.AUTH_FAILED
    assert not fake_afas.requests[0].token_accepted


def test_server_error_shows_external_message_and_reference(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    report = run(fake_afas)
    item = report.checks[0]
    assert item.status is CallStatus.ERROR
    assert fake_afas.config.external_message in english(item.message)
    assert fake_afas.config.profit_log_reference in english(item.message)


def test_niet_geautoriseerd_means_a_connector_is_not_assigned(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    fake_afas.config.external_message = NOT_ASSIGNED_MESSAGE
    report = run(fake_afas)
    item = report.checks[0]
    assert not report.ok
    assert item.status is CallStatus.NO_DATA_ACCESS
    assert "niet geautoriseerd" in english(item.message)
    assert "{step:afas_app_connector}" in english(item.message)


def test_server_text_never_echoes_the_token(fake_afas: FakeAfas) -> None:
    fake_afas.config.data_token = SENTINEL
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    fake_afas.config.external_message = f"Token {SENTINEL} is ongeldig"
    report = run(fake_afas)
    assert SENTINEL not in english(report.checks[0].message)
    assert "***" in english(report.checks[0].message)


def test_maintenance_asks_to_retry_later(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.MAINTENANCE
    failure = failure_of(fake_afas)
    assert failure.kind is NetworkProblem.UNAVAILABLE
    assert "about 2 minutes" in str(failure)
    fake_afas.config.retry_after = None
    assert "Try again later" in str(failure_of(fake_afas))


# --- the network fails ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "kind"),
    [
        (FakeAfasScenario.HTML_PAGE, NetworkProblem.PROXY_HTML),
        (FakeAfasScenario.TRUNCATED_JSON, NetworkProblem.MALFORMED),
        (FakeAfasScenario.CUT_OFF, NetworkProblem.MALFORMED),
        (FakeAfasScenario.OVERSIZED, NetworkProblem.OVERSIZED),
        (FakeAfasScenario.OVERSIZED_STREAMED, NetworkProblem.OVERSIZED),
        (FakeAfasScenario.REDIRECT_OTHER_HOST, NetworkProblem.REDIRECT),
    ],
)
def test_unusable_answers(
    fake_afas: FakeAfas, scenario: FakeAfasScenario, kind: NetworkProblem
) -> None:
    fake_afas.config.scenario = scenario
    fake_afas.config.oversized_bytes = 1024 * 1024
    assert failure_of(fake_afas).kind is kind


def test_proxy_page_with_a_403_is_not_taken_for_an_ip_restriction(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.HTML_PAGE
    fake_afas.config.html_status = 403
    assert failure_of(fake_afas).kind is NetworkProblem.PROXY_HTML


def test_stall_hits_the_timeout(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.STALL
    started = time.monotonic()
    failure = failure_of(fake_afas, settings=replace(FAST, read_timeout=0.5))
    assert failure.kind is NetworkProblem.TIMEOUT
    assert time.monotonic() - started < 2


def test_latency_below_the_timeout_is_fine(fake_afas: FakeAfas) -> None:
    """Every answer waits 0.2 s; the read timeout is 50 times that, so load cannot flake it."""
    fake_afas.config.latency = 0.2
    patient = replace(FAST, read_timeout=10.0)
    report = check_afas(
        "12345",
        fake_afas.config.data_token,
        patient,
        endpoint=fake_afas.base_url,
        connector_list=CONFIRMED_CONNECTOR_LIST,
    )
    assert report.ok
    assert fake_afas.requests


def test_closed_port_is_refused(closed_loopback_port: int) -> None:
    with pytest.raises(CheckFailed) as caught:
        check_afas(
            "12345",
            SENTINEL,
            replace(FAST, connect_timeout=REFUSAL_CONNECT_TIMEOUT),
            endpoint=f"http://127.0.0.1:{closed_loopback_port}/ProfitRestServices",
        )
    assert caught.value.kind is NetworkProblem.REFUSED


def test_http_endpoint_to_another_host_is_refused_before_any_traffic() -> None:
    with pytest.raises(CheckFailed) as caught:
        check_afas("12345", SENTINEL, FAST, endpoint="http://example.com/ProfitRestServices")
    assert caught.value.kind is NetworkProblem.ENDPOINT


# --- employer codes -------------------------------------------------------------------------


def test_employer_codes_are_checked_when_profit_employers_is_assigned(fake_afas: FakeAfas) -> None:
    report = run(fake_afas, employer_codes=["01", "RIS", "99"])
    employers = {
        item.name: item.status for item in report.checks if item.service == EMPLOYER_SERVICE
    }
    assert employers == {
        "01": CallStatus.ACTIVE,
        "RIS": CallStatus.ACTIVE,
        "99": CallStatus.INACTIVE,
    }
    assert report.companies == ["01", "RIS"]
    assert not report.ok
    # Nothing of the employers' data is kept: their names appear nowhere in the report.
    assert "Voorbeeld" not in repr(report) and "Risico" not in repr(report)
    employer_requests = [r for r in fake_afas.requests if r.path.endswith("Profit_Employers")]
    assert employer_requests[0].query["take"] == ["1"]


def test_employer_codes_are_skipped_without_profit_employers(fake_afas: FakeAfas) -> None:
    fake_afas.config.assigned_connectors.remove("Profit_Employers")
    report = run(fake_afas, employer_codes=["99"])
    assert report.ok
    assert all(item.service != EMPLOYER_SERVICE for item in report.checks)
    assert len(fake_afas.requests) == 1


def test_failing_employer_check_keeps_the_connector_result(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.STALL
    fake_afas.config.scenario_path = "Profit_Employers"
    report = run(fake_afas, employer_codes=["01"], settings=replace(FAST, read_timeout=0.5))
    assert set(statuses(report).values()) == {CallStatus.ACTIVE}
    employer = next(item for item in report.checks if item.service == EMPLOYER_SERVICE)
    assert employer.status is CallStatus.ERROR
    assert "did not answer in time" in english(employer.message)
    assert report.ok  # the optional check could not run, nothing required is missing


def test_employer_code_with_a_filter_separator_is_bad_input(fake_afas: FakeAfas) -> None:
    failure = failure_of(fake_afas, employer_codes=["01;02"])
    assert failure.kind is NetworkProblem.INPUT


def test_a_long_employer_code_is_looked_up_all_the_same(fake_afas: FakeAfas) -> None:
    # 15 characters is the wizard's own expectation, not AFAS's: it never blocks the check.
    report = run(fake_afas, employer_codes=["X" * 16])
    assert any(item.name == "X" * 16 for item in report.checks)


# --- async, translation, no leak ------------------------------------------------------------


def test_messages_are_translated_when_shown(fake_afas: FakeAfas) -> None:
    fake_afas.config.assigned_connectors.remove("BP_Salarissen")
    contexts: set[str] = set()

    def translate(context: str, text: str) -> str:
        contexts.add(context)
        return text.upper()

    report = run(fake_afas)
    # Nothing is translated while checking: only when a message is shown.
    assert contexts == set()
    shown = [item.message.shown(translate) for item in report.checks]
    assert contexts == {"AfasCheck"}
    assert all(text == text.upper() for text in shown)


@pytest.mark.parametrize(
    "scenario",
    [FakeAfasScenario.NORMAL, FakeAfasScenario.UNAUTHORIZED, FakeAfasScenario.TRUNCATED_JSON],
)
def test_sentinel_token_never_leaks(
    fake_afas: FakeAfas, scenario: FakeAfasScenario, caplog: pytest.LogCaptureFixture
) -> None:
    fake_afas.config.data_token = SENTINEL
    fake_afas.config.scenario = scenario
    header_value = afas_authorization_header(SENTINEL).split(" ")[1]
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    try:
        report = run(fake_afas, employer_codes=["01"])
        texts += [repr(report), str(report.to_json_dict())]
    except CheckFailed as failure:
        texts += [str(failure), repr(failure), repr(failure.__cause__), repr(failure.message)]
    texts.append(caplog.text)
    for text in texts:
        assert SENTINEL not in text
        assert header_value not in text


# --- the unconfirmed connector list -----------------------------------------------------------


def test_unconfirmed_list_without_zip_compares_nothing_and_fails_nothing(
    fake_afas: FakeAfas,
) -> None:
    # The shipped list says "confirmed": false; its placeholders must not fail anyone.
    fake_afas.config.assigned_connectors = ["Real_Asr_Connector", "Profit_Employers"]
    report = run(fake_afas, connector_list=None, employer_codes=["01"])
    assert report.verdict is Verdict.NOT_CHECKED
    assert report.ok is False and report.missing_connectors == []
    assert report.error is not None and "ZIP" in english(report.error)
    connectors = {item.name: item.status for item in report.checks if item.service == SERVICE}
    assert connectors == {
        "Profit_Employers": CallStatus.ACTIVE,
        "Real_Asr_Connector": CallStatus.ACTIVE,
        CONNECTOR_LIST_ITEM: CallStatus.NOT_CHECKED,
    }
    # What can be verified still is: the employer code exists.
    assert report.companies == ["01"]
    assert not any(item.status is CallStatus.INACTIVE for item in report.checks)


def test_a_confirmed_list_is_compared(fake_afas: FakeAfas) -> None:
    fake_afas.config.assigned_connectors.remove("BP_Salarissen")
    report = run(fake_afas, connector_list=CONFIRMED_CONNECTOR_LIST)
    assert report.verdict is Verdict.PROBLEMS
    assert report.missing_connectors == ["BP_Salarissen"] and report.error is None


def test_shipped_list_is_not_confirmed_yet() -> None:
    assert load_connector_list().confirmed is False
    assert load_connector_list(CONFIRMED_CONNECTOR_LIST).confirmed is True


# --- AFAS error bodies: one status, several causes ---------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "status", "message"),
    [
        (
            FakeAfasScenario.NOT_AUTHORIZED,
            CallStatus.NO_DATA_ACCESS,
            afas_check.MSG_500_NOT_ASSIGNED,
        ),
        (FakeAfasScenario.GETCONNECTOR_BLOCKED, CallStatus.AUTH_FAILED, afas_check.MSG_BLOCKED),
        (FakeAfasScenario.APP_CONNECTOR_BLOCKED, CallStatus.AUTH_FAILED, afas_check.MSG_BLOCKED),
        (FakeAfasScenario.TOKEN_EXPIRED, CallStatus.AUTH_FAILED, afas_check.MSG_TOKEN_EXPIRED),
        (
            FakeAfasScenario.TOKEN_NOT_BASE64,
            CallStatus.AUTH_FAILED,
            afas_check.MSG_TOKEN_UNREADABLE,
        ),
        (FakeAfasScenario.FORBIDDEN, CallStatus.AUTH_FAILED, afas_check.MSG_403),
        (FakeAfasScenario.UNAUTHORIZED, CallStatus.AUTH_FAILED, afas_check.MSG_401),
    ],
)
def test_each_afas_error_body_gets_its_own_message(
    fake_afas: FakeAfas, scenario: FakeAfasScenario, status: CallStatus, message: str
) -> None:
    fake_afas.config.scenario = scenario
    report = run(fake_afas)
    assert report.verdict is Verdict.PROBLEMS
    [item] = report.checks
    assert item.name == APP_CONNECTOR_ITEM and item.status is status
    # Our explanation, with AFAS's own text quoted where it gave one.
    ours = message.split("{message}")[-1].strip()[:40]
    assert ours in english(item.message)


def test_the_explanations_of_the_error_bodies_all_differ() -> None:
    texts = [
        afas_check.MSG_401,
        afas_check.MSG_403,
        afas_check.MSG_500_NOT_ASSIGNED,
        afas_check.MSG_BLOCKED,
        afas_check.MSG_TOKEN_EXPIRED,
        afas_check.MSG_TOKEN_UNREADABLE,
        afas_check.MSG_503_MINUTES,
    ]
    assert len(set(texts)) == len(texts)


def test_maintenance_with_retry_after_means_the_check_did_not_run(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.MAINTENANCE
    fake_afas.config.retry_after = 600
    failure = failure_of(fake_afas)
    assert failure.kind is NetworkProblem.UNAVAILABLE
    assert "10" in str(failure)


# --- token expiry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ("0", None),
        ("", None),
        ("2031-05-01T00:00:00", date(2031, 5, 1)),
        ("2031-05-01", date(2031, 5, 1)),
        ("2031-05-01T00:00:00Z", date(2031, 5, 1)),
        ("soon", None),
    ],
)
def test_token_expiry_is_read_from_metainfo(
    fake_afas: FakeAfas, reported: str, expected: date | None
) -> None:
    fake_afas.config.token_expiry = reported
    report = run(fake_afas)
    assert report.token_expiry == expected
    assert report.to_json_dict()["token_expiry"] == (expected.isoformat() if expected else None)


def test_token_expiry_is_near_under_60_days() -> None:
    today = date(2026, 1, 1)
    assert expiry_is_near(date(2026, 2, 15), today)
    assert not expiry_is_near(date(2026, 3, 2), today)
    assert not expiry_is_near(None, today)
