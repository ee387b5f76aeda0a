"""`python -m wizard check nmbrs|afas`: the live check for support staff and scripts.

Exit codes: 0 everything required is active, 1 something required is missing or refused,
2 the check could not run (network, bad arguments, no token) or could not judge everything
(status not_checked); the reason is then in the JSON's `error` field and on stderr. Tokens come
from the environment or standard input, never from the command line, and are never printed.
Messages, in the JSON output too, are in the --lang language (Dutch by default).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from wizard.core.afas_environment import ENVIRONMENT_WORDS, parse_afas_environment
from wizard.core.check_result import (
    TOKEN_EXPIRY_WARNING_DAYS,
    CallStatus,
    CheckItem,
    CheckReport,
    Verdict,
    expiry_is_near,
)
from wizard.core.check_words import (
    AFAS_ENVIRONMENT,
    APP_CONNECTOR,
    CONNECTOR_LIST,
    NOT_ASSIGNED,
    RESULT_PASSED,
    RESULT_PROBLEMS,
)
from wizard.core.field_rules import check_field
from wizard.core.flow import path_steps
from wizard.core.languages import LANGUAGES
from wizard.core.live_check import AfasCheckRequest, NmbrsCheckRequest
from wizard.core.manual import shipped_manual
from wizard.core.message import Message, Translate
from wizard.core.model import AccountType, AfasEnvironment, Package, WizardState
from wizard.core.server_text import plain_line
from wizard.core.step_reference import fill_step_references
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.afas.check import (
    APP_CONNECTOR_ITEM,
    CONNECTOR_LIST_ITEM,
    EMPLOYER_SERVICE,
    PACKAGE,
    AfasCheck,
)
from wizard.services.afas.check import SERVICE as AFAS_SERVICE
from wizard.services.afas.connector_zip import connector_ids_from_zip
from wizard.services.endpoint_policy import allowed_endpoint_override
from wizard.services.network_errors import CheckFailed
from wizard.services.network_settings import (
    DEFAULT_CHECK_DEADLINE,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    DEFAULT_REQUEST_DEADLINE,
    NetworkSettings,
)

CONTEXT = "CheckCommand"

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_NOT_RUN = 2

AFAS_TOKEN_VARIABLE = "AFAS_TOKEN"
AFAS_TOKEN_VERSION_VARIABLE = "AFAS_TOKEN_VERSION"
NMBRS_TOKEN_VARIABLE = "NMBRS_TOKEN"

MSG_NO_TOKEN = QT_TRANSLATE_NOOP(
    "CheckCommand",
    "No token given. Set the environment variable {variable}, or pass the token on standard "
    "input with --token-stdin.",
)
MSG_TOKEN_PROMPT = QT_TRANSLATE_NOOP("CheckCommand", "Token (not shown): ")
MSG_TWO_TARGETS = QT_TRANSLATE_NOOP(
    "CheckCommand",
    "Choose --registration FILE or nmbrs|afas, not both: with both, only one login would be "
    "checked, not the registration.",
)
MSG_NOT_RUN = QT_TRANSLATE_NOOP("CheckCommand", "The check could not run.")
MSG_AFAS_TITLE = QT_TRANSLATE_NOOP(
    "CheckCommand", "AFAS check for customer number {number} ({environment})"
)
MSG_NMBRS_TITLE = QT_TRANSLATE_NOOP("CheckCommand", "Nmbrs check for {username} (domain {domain})")
MSG_COMPANIES = QT_TRANSLATE_NOOP("CheckCommand", "Companies: {names}")
MSG_TOKEN_EXPIRY = QT_TRANSLATE_NOOP("CheckCommand", "Token valid until: {date}")
MSG_TOKEN_EXPIRY_NEAR = QT_TRANSLATE_NOOP(
    "CheckCommand", "Warning: the token expires within {days} days; make a new one in time."
)
MSG_EMPLOYER_CODE = QT_TRANSLATE_NOOP("CheckCommand", "Employer code {code}")
MSG_RESULT_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "CheckCommand", "Result: not everything could be checked; nothing was refused."
)
# The last line of the output: what the whole check came to.
RESULT_LINES = {
    Verdict.PASSED: RESULT_PASSED,
    Verdict.PROBLEMS: RESULT_PROBLEMS,
    Verdict.NOT_CHECKED: Message(CONTEXT, MSG_RESULT_NOT_CHECKED),
}

STATUS_LABELS = {
    CallStatus.ACTIVE: QT_TRANSLATE_NOOP("CheckCommand", "OK"),
    CallStatus.INACTIVE: QT_TRANSLATE_NOOP("CheckCommand", "MISSING"),
    CallStatus.NO_DATA_ACCESS: QT_TRANSLATE_NOOP("CheckCommand", "NO ACCESS"),
    CallStatus.AUTH_FAILED: QT_TRANSLATE_NOOP("CheckCommand", "REFUSED"),
    CallStatus.ERROR: QT_TRANSLATE_NOOP("CheckCommand", "ERROR"),
    CallStatus.NOT_CHECKED: QT_TRANSLATE_NOOP("CheckCommand", "NOT CHECKED"),
}
# Server-supplied values are printed on one line, cut to these lengths.
MAX_NAME_CHARS = 200
MAX_MESSAGE_CHARS = 1_000

_PATHS = {"umbrella": AccountType.UMBRELLA, "per-debtor": AccountType.PER_DEBTOR}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `check nmbrs` and `check afas` to the command line."""
    check = subparsers.add_parser(
        "check",
        help="check Nmbrs or AFAS credentials live",
        description="Check the Nmbrs or AFAS credentials live, or (with --registration FILE) "
        "every login of a saved registration again; --registration takes the options of "
        "check nmbrs (--json, --endpoint, --sandbox, --token-stdin, --proxy, the timeouts) "
        "plus --connector-zip for AFAS and --no-record. Exit code 0: everything required "
        "is active (on every login); 1: something required is missing or refused (on at "
        "least one login); 2: the check could not run (a login without a token included) or "
        "could not judge everything.",
    )
    # Lazy: an import cycle, check_registration builds on this module.
    from wizard.commands.check_registration import (
        add_registration_options,
        run_registration_command,
    )

    add_registration_options(check, _seconds)
    check.set_defaults(handler=run_registration_command)
    targets = check.add_subparsers(dest="check_target", metavar="{nmbrs,afas}", required=False)

    nmbrs = targets.add_parser(
        "nmbrs",
        allow_abbrev=False,
        help="probe every Nmbrs call a.s.r. needs (token: env NMBRS_TOKEN)",
    )
    nmbrs.add_argument("--username", required=True, help="the login's e-mail address")
    nmbrs.add_argument("--domain", required=True, help="the Nmbrs domain, e.g. oamkb")
    nmbrs.add_argument("--path", required=True, choices=tuple(_PATHS), help="the account type")
    nmbrs.add_argument("--sandbox", action="store_true", help="use api-sandbox.nmbrs.nl")
    nmbrs.add_argument(
        "--wsdl-cache-dir", type=Path, help="folder for cached WSDLs (default: user cache)"
    )
    _add_common_options(nmbrs, NMBRS_TOKEN_VARIABLE)
    nmbrs.set_defaults(handler=run_nmbrs_command)

    afas = targets.add_parser(
        "afas",
        allow_abbrev=False,
        help="check the AFAS token and connectors (token: env AFAS_TOKEN)",
    )
    afas.add_argument(
        "--customer-number",
        required=True,
        help="the 5-digit AFAS customer number, or the environment name (O12345AA, T12345AA, "
        "A12345AA) or address, which also give the environment type",
    )
    afas.add_argument(
        "--environment",
        choices=[environment.value for environment in AfasEnvironment],
        default=None,
        help="the AFAS environment type (default: from the customer number, else production)",
    )
    expected = afas.add_mutually_exclusive_group()
    expected.add_argument(
        "--connector-zip", type=Path, help="the ZIP file with .gcn connectors from a.s.r."
    )
    expected.add_argument("--connectors", help="comma-separated GetConnector ids to expect")
    afas.add_argument(
        "--employer-codes", help="comma-separated employer codes to look up (optional)"
    )
    _add_common_options(afas, AFAS_TOKEN_VARIABLE)
    afas.set_defaults(handler=run_afas_command)


class _RefuseTokenArgument(argparse.Action):
    """`--token` exists only to refuse it without echoing the value, as argparse would."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        del namespace, values
        parser.error(
            f"{option_string} is not accepted: a token on the command line ends up in the shell "
            f"history. Set {self.metavar} or use --token-stdin."
        )


def _add_common_options(parser: argparse.ArgumentParser, token_variable: str) -> None:
    parser.add_argument(
        "--token",
        "--api-token",
        action=_RefuseTokenArgument,
        metavar=token_variable,
        nargs="?",
        help=argparse.SUPPRESS,
    )
    parser.add_argument(
        "--token-stdin",
        action="store_true",
        help=f"read the token from standard input instead of {token_variable}",
    )
    parser.add_argument("--endpoint", help="replace the base URL (loopback only, for tests)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    # SUPPRESS keeps a `--lang` given before `check` from being reset by this default.
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="output language"
    )
    parser.add_argument("--proxy", help="proxy URL (default: from the environment)")
    parser.add_argument(
        "--connect-timeout", type=_seconds, default=DEFAULT_CONNECT_TIMEOUT, help="seconds"
    )
    parser.add_argument(
        "--read-timeout", type=_seconds, default=DEFAULT_READ_TIMEOUT, help="seconds"
    )
    parser.add_argument(
        "--request-deadline",
        type=_seconds,
        default=DEFAULT_REQUEST_DEADLINE,
        help="seconds one request may take in all, however slowly the answer arrives",
    )
    parser.add_argument(
        "--check-deadline",
        type=_seconds,
        default=DEFAULT_CHECK_DEADLINE,
        help="seconds the whole check may take",
    )


def _install_language(args: argparse.Namespace) -> tuple[str, Translate]:
    # Lazy: building the parser must not load Qt for every subcommand.
    from wizard.translation import install_translators, tr

    return install_translators(getattr(args, "lang", None) or "nl"), tr


def _quiet_logging() -> None:
    """Keep log records off stderr: the command's output is its messages.

    Without a handler, Python prints warnings (such as a refused DTD in an answer) raw on
    stderr; what they mean is in the check's own message already.
    """
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _field_problem(translate: Translate, option: str, rule: str, value: str) -> str | None:
    """'--username: <the field rule's message>' when `value` breaks `rule`, else None."""
    result = check_field(rule, value)
    if result.ok or result.problem is None:
        return None
    return f"{option}: {result.problem.shown(translate)}"


def _endpoint_problem(args: argparse.Namespace, translate: Translate) -> str | None:
    if args.endpoint is None:
        return None
    try:
        allowed_endpoint_override(args.endpoint)
    except CheckFailed as failure:
        return failure.message.shown(translate)
    return None


def _nmbrs_argument_problem(args: argparse.Namespace, translate: Translate) -> str | None:
    """What is wrong with the arguments, checked before the token is asked for."""
    return (
        _two_targets_problem(args, translate)
        or _field_problem(translate, "--username", "nmbrs_username", args.username)
        or _field_problem(translate, "--domain", "nmbrs_domain", args.domain)
        or _endpoint_problem(args, translate)
    )


def _afas_argument_problem(args: argparse.Namespace, translate: Translate) -> str | None:
    """What is wrong with the arguments, checked before the token is asked for."""
    return (
        _two_targets_problem(args, translate)
        or _field_problem(
            translate, "--customer-number", "afas_customer_number", args.customer_number
        )
        or _endpoint_problem(args, translate)
    )


def _two_targets_problem(args: argparse.Namespace, translate: Translate) -> str | None:
    # `check --registration FILE nmbrs …` parses, but the subcommand's handler runs: refused,
    # so nobody takes one login's result for the whole registration's.
    if getattr(args, "registration", None) is None:
        return None
    return translate(CONTEXT, MSG_TWO_TARGETS)


def _read_token(args: argparse.Namespace, variable: str, translate: Translate) -> str | None:
    if args.token_stdin:
        if sys.stdin is None:
            return None
        if sys.stdin.isatty():
            raw = getpass.getpass(translate(CONTEXT, MSG_TOKEN_PROMPT))
        else:
            raw = sys.stdin.readline()
    else:
        raw = os.environ.get(variable, "")
    token = raw.strip()
    return token or None


def _seconds(value: str) -> float:
    """An argparse type: a positive number of seconds (argparse turns errors into exit 2)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 < seconds <= 600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 600 seconds")
    return seconds


def network_settings(args: argparse.Namespace) -> NetworkSettings:
    """The proxy and timeouts of the command line; an option not given has its default.

    Raises CheckFailed when the proxy is unusable.
    """
    return NetworkSettings(
        proxy_url=getattr(args, "proxy", None),
        connect_timeout=getattr(args, "connect_timeout", DEFAULT_CONNECT_TIMEOUT),
        read_timeout=getattr(args, "read_timeout", DEFAULT_READ_TIMEOUT),
        request_deadline=getattr(args, "request_deadline", DEFAULT_REQUEST_DEADLINE),
        check_deadline=getattr(args, "check_deadline", DEFAULT_CHECK_DEADLINE),
    )


def _token_and_settings(
    args: argparse.Namespace, variable: str, translate: Translate
) -> tuple[str, NetworkSettings] | str:
    """The token and the network settings, or why the check cannot run (in the --lang language)."""
    token = _read_token(args, variable, translate)
    if token is None:
        return _say(translate, MSG_NO_TOKEN, variable=variable)
    try:
        return token, network_settings(args)
    except CheckFailed as failure:
        return failure.message.shown(translate)


def _split_list(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _say(translate: Translate, text: str | Message, **arguments: object) -> str:
    # A shared term (a Message) carries its own context; this command's own texts are in CONTEXT.
    shared = text if isinstance(text, Message) else Message(CONTEXT, text)
    values = {name: str(value) for name, value in arguments.items()}
    return shared.with_values(**values).shown(translate)


def _print_json(report: CheckReport) -> None:
    # ASCII escapes keep every value faithful while no control or bidi character reaches
    # the terminal raw.
    print(json.dumps(report.to_json_dict(), ensure_ascii=True))


def _step_names(args: argparse.Namespace, text: str) -> str:
    """`text` with each {step:key} named as the wizard's side panel names that step."""
    account_type = _PATHS.get(getattr(args, "path", None) or "")
    # The command's --path is given for Nmbrs only.
    package = Package.NMBRS if account_type is not None else Package.AFAS
    steps = path_steps(WizardState(package=package, account_type=account_type))
    language = "en" if getattr(args, "lang", None) == "en" else "nl"
    return fill_step_references(text, shipped_manual(), language, steps)


def _shown(args: argparse.Namespace, message: Message, translate: Translate) -> Message:
    """`message` in the --lang language, its steps named, as text to print as it is."""
    return Message.as_written(_step_names(args, message.shown(translate)))


def _with_step_names(
    args: argparse.Namespace, report: CheckReport, translate: Translate
) -> CheckReport:
    checks = [
        replace(item, message=_shown(args, item.message, translate)) for item in report.checks
    ]
    error = _shown(args, report.error, translate) if report.error is not None else None
    return replace(report, checks=checks, error=error)


def _not_run(args: argparse.Namespace, package: Package, message: str, translate: Translate) -> int:
    """Report a check that could not run: JSON object on stdout, the reason on stderr."""
    message = _step_names(args, message)
    if args.json:
        _print_json(CheckReport(package=package, ok=False, error=Message.as_written(message)))
    else:
        print(_say(translate, MSG_NOT_RUN))
    print(_value(message, MAX_MESSAGE_CHARS), file=sys.stderr)
    return EXIT_NOT_RUN


def _exit_code(report: CheckReport) -> int:
    verdict = report.verdict
    if verdict is Verdict.PASSED:
        return EXIT_OK
    return EXIT_REFUSED if verdict is Verdict.PROBLEMS else EXIT_NOT_RUN


def _value(text: str, limit: int = MAX_NAME_CHARS) -> str:
    """A value a server may have written, as one line without control or bidi characters."""
    return plain_line(text, limit)


def _names(names: list[str]) -> str:
    return ", ".join(_value(name) for name in names)


def _item_line(item: CheckItem, translate: Translate) -> str:
    label = translate(CONTEXT, STATUS_LABELS.get(item.status, item.status.value))
    name = _value(item.name)
    if item.service == EMPLOYER_SERVICE:
        name = _say(translate, MSG_EMPLOYER_CODE, code=name)
    elif item.service == AFAS_SERVICE and item.name == APP_CONNECTOR_ITEM:
        name = APP_CONNECTOR.shown(translate)
    elif item.service == AFAS_SERVICE and item.name == CONNECTOR_LIST_ITEM:
        name = CONNECTOR_LIST.shown(translate)
    if not item.message:
        return f"[{label}] {name}"
    return f"[{label}] {name}: {_value(item.message.shown(translate), MAX_MESSAGE_CHARS)}"


def _print_human(report: CheckReport, title: str, translate: Translate) -> None:
    print(title)
    if report.environment:
        print(_say(translate, AFAS_ENVIRONMENT, environment=_value(report.environment)))
    if report.token_expiry is not None:
        print(_say(translate, MSG_TOKEN_EXPIRY, date=report.token_expiry.isoformat()))
        if expiry_is_near(report.token_expiry, date.today()):
            days = str(TOKEN_EXPIRY_WARNING_DAYS)
            print(_say(translate, MSG_TOKEN_EXPIRY_NEAR, days=days))
    for item in report.checks:
        print(_item_line(item, translate))
    if report.missing_connectors:
        print(_say(translate, NOT_ASSIGNED, names=_names(report.missing_connectors)))
    if report.companies:
        print(_say(translate, MSG_COMPANIES, names=_names(report.companies)))
    print(_say(translate, RESULT_LINES[report.verdict]))


def _finish(args: argparse.Namespace, report: CheckReport, title: str, translate: Translate) -> int:
    report = _with_step_names(args, report, translate)
    if report.verdict is Verdict.NOT_RUN:
        error = report.error.shown(translate) if report.error is not None else ""
        return _not_run(args, report.package, error, translate)
    if args.json:
        _print_json(report)
    else:
        _print_human(report, title, translate)
    if report.error is not None:
        print(_value(report.error.shown(translate), MAX_MESSAGE_CHARS), file=sys.stderr)
    return _exit_code(report)


def _afas_environment(args: argparse.Namespace) -> AfasEnvironment:
    """--environment when given; else the type in a pasted environment name; else production."""
    if args.environment is not None:
        return AfasEnvironment(args.environment)
    parsed = parse_afas_environment(args.customer_number)
    if parsed is not None and parsed.environment is not None:
        return parsed.environment
    return AfasEnvironment.PRODUCTION


def run_afas_command(args: argparse.Namespace) -> int:
    """Handler of `check afas`."""
    _quiet_logging()
    language, translate = _install_language(args)
    environment = _afas_environment(args)
    # The arguments first: a wrong customer number should not wait for a token.
    problem = _afas_argument_problem(args, translate)
    if problem is not None:
        return _not_run(args, PACKAGE, problem, translate)
    try:
        expected = (
            connector_ids_from_zip(args.connector_zip)
            if args.connector_zip is not None
            else _split_list(args.connectors)
        )
    except CheckFailed as failure:
        return _not_run(args, PACKAGE, failure.message.shown(translate), translate)
    ready = _token_and_settings(args, AFAS_TOKEN_VARIABLE, translate)
    if isinstance(ready, str):
        return _not_run(args, PACKAGE, ready, translate)
    token, settings = ready
    check = AfasCheck(
        settings,
        endpoint=args.endpoint,
        accept_language="en-us" if language == "en" else "nl-nl",
    )
    request = AfasCheckRequest(
        args.customer_number,
        token,
        token_version=os.environ.get(AFAS_TOKEN_VERSION_VARIABLE, "1"),
        environment=environment,
        expected_connectors=tuple(expected) if expected is not None else None,
        employer_codes=tuple(_split_list(args.employer_codes) or ()),
    )
    report = check.run(request)
    title = _say(
        translate,
        MSG_AFAS_TITLE,
        number=args.customer_number,
        environment=ENVIRONMENT_WORDS[environment].shown(translate),
    )
    return _finish(args, report, title, translate)


def run_nmbrs_command(args: argparse.Namespace) -> int:
    """Handler of `check nmbrs`."""
    # Lazy: zeep and lxml load only for `check nmbrs`.
    from wizard.services.nmbrs.check import NmbrsCheck

    _quiet_logging()
    _language, translate = _install_language(args)
    package = Package.NMBRS
    # The arguments first: a wrong username should not wait for a token.
    problem = _nmbrs_argument_problem(args, translate)
    if problem is not None:
        return _not_run(args, package, problem, translate)
    ready = _token_and_settings(args, NMBRS_TOKEN_VARIABLE, translate)
    if isinstance(ready, str):
        return _not_run(args, package, ready, translate)
    token, settings = ready
    check = NmbrsCheck(settings, endpoint=args.endpoint, wsdl_cache_dir=args.wsdl_cache_dir)
    request = NmbrsCheckRequest(
        args.username, token, args.domain, _PATHS[args.path], sandbox=args.sandbox
    )
    report = check.run(request)
    title = _say(translate, MSG_NMBRS_TITLE, username=args.username, domain=args.domain)
    return _finish(args, report, title, translate)
