"""`python -m wizard check --registration FILE`: check every login of a saved registration again.

Tokens come from the file when it holds them, else from secure storage, else (a single login
only) from the environment variable or standard input as `check nmbrs|afas` takes them. Each
run is written back into the file (section controle_per_login, with its date) unless
--no-record is given. Exit codes as `check`: 0 every login passed, 1 something required is
missing or refused on at least one login, 2 a login could not be checked (no token, network,
not everything judged) and nothing was refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from wizard.commands import check as single
from wizard.commands.check import EXIT_NOT_RUN, EXIT_OK, EXIT_REFUSED
from wizard.core.check_result import CheckRun, Verdict
from wizard.core.languages import LANGUAGES
from wizard.core.login_check_summary import (
    OUTCOME_TEXTS,
    LoginOutcome,
    LoginSummary,
    not_run,
    summarize,
    without_token,
)
from wizard.core.message import Message, Translate
from wizard.core.model import Package, WizardState
from wizard.core.registration_file import (
    ImportedRegistration,
    RegistrationError,
    import_registration,
)
from wizard.core.server_text import plain_line
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.afas.connector_zip import connector_ids_from_zip
from wizard.services.endpoint_policy import allowed_endpoint_override
from wizard.services.network_errors import CheckFailed
from wizard.services.registration_recheck import RecheckLogin, find_tokens, recheck, record_runs
from wizard.services.secret_store import SecretStore

CONTEXT = "CheckRegistrationCommand"

MSG_TITLE = QT_TRANSLATE_NOOP("CheckRegistrationCommand", "Check of the registration {file}")
MSG_NO_LOGINS = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand", "The registration holds no login to check."
)
MSG_NO_TOKEN_FOR = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand",
    "Not run, no token found for: {logins}. The file has no tokens and secure storage has "
    "none for them; for a registration with one login, set {variable} or use --token-stdin.",
)
MSG_NO_TOKEN_STORAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand",
    "Not run, no token found for: {logins}. The file has no tokens and secure storage could "
    "not be read (locked or not available); for a registration with one login, set {variable} "
    "or use --token-stdin.",
)
MSG_MISSING_CALLS = QT_TRANSLATE_NOOP("CheckRegistrationCommand", "missing: {names}")
MSG_SUGGESTED = QT_TRANSLATE_NOOP("CheckRegistrationCommand", "Nmbrs says the domain is {domain}")
MSG_RECORDED = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand", "The result is recorded in the registration file."
)
MSG_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand", "The result could not be recorded in the file: {reason}"
)
MSG_CHOOSE = QT_TRANSLATE_NOOP(
    "CheckRegistrationCommand", "Choose what to check: nmbrs, afas or --registration FILE."
)

# Shown in brackets in front of each login's line.
_TAGS = {
    LoginOutcome.ALL_GOOD: "OK",
    LoginOutcome.NOT_CHECKED: "?",
    LoginOutcome.COULD_NOT_RUN: "-",
    LoginOutcome.NO_TOKEN: "-",
}


def add_registration_options(
    check: argparse.ArgumentParser, seconds: Callable[[str], float]
) -> None:
    """`--registration` and its options on the `check` parser (before nmbrs|afas)."""
    # SUPPRESS: `check nmbrs|afas` set their own values; these exist only with --registration.
    quiet = argparse.SUPPRESS
    check.add_argument(
        "--registration",
        type=Path,
        default=quiet,
        metavar="FILE",
        help="check every login of a saved registration file again (any path); tokens from "
        "the file, else secure storage, else (one login) NMBRS_TOKEN/AFAS_TOKEN or "
        "--token-stdin; the result is recorded in the file unless --no-record",
    )
    check.add_argument("--no-record", action="store_true", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--sandbox", action="store_true", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--connector-zip", type=Path, default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--connectors", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--wsdl-cache-dir", type=Path, default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--token-stdin", action="store_true", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--endpoint", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--json", action="store_true", default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--lang", choices=LANGUAGES, default=quiet, help=argparse.SUPPRESS)
    check.add_argument("--proxy", default=quiet, help=argparse.SUPPRESS)
    for option in ("--connect-timeout", "--read-timeout", "--request-deadline", "--check-deadline"):
        check.add_argument(option, type=seconds, default=quiet, help=argparse.SUPPRESS)


def run_registration_command(args: argparse.Namespace) -> int:
    """Handler of `check` itself: `--registration FILE`, or a hint when nothing was chosen."""
    single._quiet_logging()
    _language, translate = single._install_language(args)
    path: Path | None = getattr(args, "registration", None)
    if path is None:
        print(translate(CONTEXT, MSG_CHOOSE), file=sys.stderr)
        return single.EXIT_NOT_RUN
    as_json = getattr(args, "json", False)
    try:
        imported = import_registration(path)
    except RegistrationError as error:
        return _not_run(as_json, _error_text(error, translate))
    return _check(args, path, imported, translate, as_json)


def _error_text(error: RegistrationError, translate: Translate) -> str:
    """The reason, with each field a damaged file gets wrong (as `validate` names them)."""
    return error.with_fields("; ").shown(translate)


def _say(translate: Translate, text: str, **arguments: str) -> str:
    return Message.of(CONTEXT, text, **arguments).shown(translate)


def _not_run(as_json: bool, message: str) -> int:
    if as_json:
        # The documented shape, also when nothing could be checked.
        document = {"ok": False, "package": None, "logins": [], "no_token": [], "error": message}
        print(json.dumps(document, ensure_ascii=True))
    print(plain_line(message, 1_000), file=sys.stderr)
    return EXIT_NOT_RUN


def _check(
    args: argparse.Namespace,
    path: Path,
    imported: ImportedRegistration,
    translate: Translate,
    as_json: bool,
) -> int:
    state = imported.state
    endpoint = getattr(args, "endpoint", None)
    if endpoint is not None:
        try:
            allowed_endpoint_override(endpoint)
        except CheckFailed as failure:
            return _not_run(as_json, failure.message.shown(translate))
    # Each package's token has its own environment variable.
    afas = state.package is Package.AFAS
    variable = single.AFAS_TOKEN_VARIABLE if afas else single.NMBRS_TOKEN_VARIABLE
    token_args = argparse.Namespace(token_stdin=getattr(args, "token_stdin", False))
    logins = find_tokens(
        state,
        tokens_in_file=not imported.tokens_left_out,
        secrets=SecretStore(),
        supplied=lambda: single._read_token(token_args, variable, translate),
    )
    if not logins:
        return _not_run(as_json, translate(CONTEXT, MSG_NO_LOGINS))
    expected = single._split_list(getattr(args, "connectors", None))
    connector_zip = getattr(args, "connector_zip", None)
    if afas and connector_zip is not None:
        try:
            expected = connector_ids_from_zip(connector_zip)
        except CheckFailed as failure:
            return _not_run(as_json, failure.message.shown(translate))
    try:
        result = recheck(
            state,
            logins,
            single.network_settings(args),
            sandbox=getattr(args, "sandbox", False),
            endpoint=endpoint,
            wsdl_cache_dir=getattr(args, "wsdl_cache_dir", None),
            expected_connectors=expected,
        )
    except CheckFailed as failure:
        return _not_run(as_json, failure.message.shown(translate))
    for run in result.runs.values():
        state.record_check(run)
    rows = [_row(state, login, result.runs.get(login.subject)) for login in logins]
    missing_token = [login.subject for login in logins if not login.token]
    # Said only when it happened: otherwise secure storage was read and had no token.
    unreadable = any(login.storage_unreadable for login in logins if not login.token)
    code = _exit_code(rows, [result.runs[s].report.verdict for s in result.runs])
    recorded_problem = None
    recording = not getattr(args, "no_record", False) and bool(result.runs)
    if recording:
        recorded_problem = record_runs(path, imported, translate)
    if as_json:
        _print_json(
            rows, result.runs, logins, missing_token, state, translate, variable, unreadable
        )
    else:
        _print_lines(path, rows, missing_token, translate, variable, code, unreadable)
        if recording and recorded_problem is None:
            print(translate(CONTEXT, MSG_RECORDED))
    if missing_token:
        message = _no_token_message(missing_token, translate, variable, unreadable)
        print(plain_line(message, 1_000), file=sys.stderr)
    if recorded_problem is not None:
        reason = _error_text(recorded_problem, translate)
        message = _say(translate, MSG_NOT_RECORDED, reason=reason)
        print(plain_line(message, 1_000), file=sys.stderr)
    return code


def _row(state: WizardState, login: RecheckLogin, run: CheckRun | None) -> LoginSummary:
    summary = summarize(state, login.subject, login.label, run)
    if summary is not None:
        return summary
    if login.token:
        # It had a token but no run: the check broke off before it. Not run, not "no token".
        return not_run(state, login.subject, login.label)
    return without_token(state, login.subject, login.label)


def _exit_code(rows: list[LoginSummary], verdicts: list[Verdict]) -> int:
    if any(verdict is Verdict.PROBLEMS for verdict in verdicts):
        return EXIT_REFUSED
    if all(row.outcome is LoginOutcome.ALL_GOOD for row in rows):
        return EXIT_OK
    return EXIT_NOT_RUN


def _no_token_message(
    missing: list[str], translate: Translate, variable: str, unreadable: bool
) -> str:
    # The usernames come from the file: one plain line each, whatever the file holds.
    names = ", ".join(plain_line(subject, 200) for subject in missing)
    text = MSG_NO_TOKEN_STORAGE_UNREADABLE if unreadable else MSG_NO_TOKEN_FOR
    return _say(translate, text, logins=names, variable=variable)


def _line(row: LoginSummary, translate: Translate) -> str:
    outcome = OUTCOME_TEXTS[row.outcome].shown(translate)
    tag = _TAGS.get(row.outcome, "!")
    name = plain_line(row.subject, 200)
    if row.label:
        name += f" ({plain_line(row.label, 200)})"
    details = []
    if row.missing_calls:
        names = ", ".join(plain_line(call, 200) for call in row.missing_calls)
        details.append(_say(translate, MSG_MISSING_CALLS, names=names))
    if row.suggested_domain:
        details.append(_say(translate, MSG_SUGGESTED, domain=row.suggested_domain))
    if row.reason and row.outcome is not LoginOutcome.ALL_GOOD:
        details.append(plain_line(row.reason.shown(translate), 1_000))
    tail = f": {'; '.join(details)}" if details else ""
    return f"[{tag}] {name} — {outcome}{tail}"


def _print_lines(
    path: Path,
    rows: list[LoginSummary],
    missing_token: list[str],
    translate: Translate,
    variable: str,
    code: int,
    unreadable: bool,
) -> None:
    print(_say(translate, MSG_TITLE, file=path.name))
    for row in rows:
        print(_line(row, translate))
    if missing_token:
        print(_no_token_message(missing_token, translate, variable, unreadable))
    verdicts = {
        single.EXIT_OK: Verdict.PASSED,
        single.EXIT_REFUSED: Verdict.PROBLEMS,
        single.EXIT_NOT_RUN: Verdict.NOT_CHECKED,
    }
    print(single.RESULT_LINES[verdicts[code]].shown(translate))


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _print_json(
    rows: list[LoginSummary],
    runs: dict[str, CheckRun],
    logins: list[Any],
    missing_token: list[str],
    state: WizardState,
    translate: Translate,
    variable: str,
    unreadable: bool,
) -> None:
    sources = {login.subject: login.token_source for login in logins}
    entries = []
    for row in rows:
        run = runs.get(row.subject)
        report = run.report.to_json_dict(translate) if run else None
        entries.append(
            {
                "login": row.subject,
                "name": row.label,
                "outcome": row.outcome.value,
                "ok": row.outcome is LoginOutcome.ALL_GOOD,
                "checked_at": _time(row.checked_at),
                "last_passed": _time(row.last_passed),
                "token_source": sources[row.subject].value if sources[row.subject] else None,
                "missing_calls": list(row.missing_calls),
                "suggested_domain": row.suggested_domain,
                "report": report,
            }
        )
    error = (
        _no_token_message(missing_token, translate, variable, unreadable) if missing_token else None
    )
    document = {
        "ok": bool(rows) and all(row.outcome is LoginOutcome.ALL_GOOD for row in rows),
        "package": state.package.value if state.package else None,
        "logins": entries,
        "no_token": missing_token,
        "error": error,
    }
    print(json.dumps(document, ensure_ascii=True))
