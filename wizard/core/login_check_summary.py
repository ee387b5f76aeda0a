"""One line per login: what its last live check came to, and which step fixes it.

Used by the batch table on the per-debtor path, the re-check of a saved registration, the
command line's `check --registration`, the registration file and the CSV export. Holds names of
calls and a suggested domain, never employee data or a token.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from wizard.core.check_fixes import fix_step
from wizard.core.check_result import CallStatus, CheckReport, CheckRun, Verdict
from wizard.core.check_words import STATUS_WORDS
from wizard.core.field_rules import check_field
from wizard.core.message import Message, Translate, in_english
from wizard.core.model import Package, Step, WizardState
from wizard.core.paths import LoginPlace, check_subjects, chosen_path, login_place
from wizard.core.server_text import plain_line
from wizard.core.spreadsheet_formula import formula_sign
from wizard.core.translation_marker import QT_TRANSLATE_NOOP


class LoginOutcome(StrEnum):
    """What one login's check found; the values are the registration file's words."""

    ALL_GOOD = "alles_in_orde"
    MISSING_CALLS = "api_calls_ontbreken"
    WRONG_DOMAIN = "verkeerd_domein"
    NO_COMPANIES = "geen_bedrijven"
    LOGIN_REFUSED = "login_geweigerd"
    NOT_CHECKED = "niet_gecontroleerd"
    COULD_NOT_RUN = "niet_uitgevoerd"
    NO_TOKEN = "geen_token"


CONTEXT = "LoginCheckSummary"
OUTCOME_TEXTS: dict[LoginOutcome, Message] = {
    LoginOutcome.ALL_GOOD: Message(CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "All good")),
    LoginOutcome.MISSING_CALLS: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "Not everything active")
    ),
    LoginOutcome.WRONG_DOMAIN: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "Wrong domain")
    ),
    LoginOutcome.NO_COMPANIES: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "No companies")
    ),
    # The same refusal the check table shows for each call, in the same words.
    LoginOutcome.LOGIN_REFUSED: STATUS_WORDS[CallStatus.AUTH_FAILED],
    LoginOutcome.NOT_CHECKED: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "Not everything checked")
    ),
    LoginOutcome.COULD_NOT_RUN: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "Could not run")
    ),
    # Not a failure: nothing was checked, because no token was found for the login.
    LoginOutcome.NO_TOKEN: Message(
        CONTEXT, QT_TRANSLATE_NOOP("LoginCheckSummary", "Not run: no token found")
    ),
}
_FAILING = {CallStatus.INACTIVE, CallStatus.NO_DATA_ACCESS, CallStatus.ERROR}


def outcome_of(report: CheckReport) -> LoginOutcome:
    """The one word for a report; only an observed failure is a failure."""
    if report.suggested_domain:
        return LoginOutcome.WRONG_DOMAIN
    verdict = report.verdict
    if verdict is Verdict.PASSED:
        return LoginOutcome.ALL_GOOD
    if verdict is Verdict.NOT_RUN:
        return LoginOutcome.COULD_NOT_RUN
    if any(item.status is CallStatus.AUTH_FAILED for item in report.checks):
        return LoginOutcome.LOGIN_REFUSED
    if any(item.status in _FAILING for item in report.checks):
        return LoginOutcome.MISSING_CALLS
    # Only an Nmbrs login sees companies; seeing none is an Nmbrs finding.
    if report.package is Package.NMBRS and report.checks and not report.companies:
        return LoginOutcome.NO_COMPANIES
    if verdict is Verdict.NOT_CHECKED:
        return LoginOutcome.NOT_CHECKED
    return LoginOutcome.MISSING_CALLS


@dataclass(frozen=True)
class LoginSummary:
    """One row of the per-login table."""

    subject: str
    label: str
    outcome: LoginOutcome
    checked_at: datetime | None = None
    missing_calls: tuple[str, ...] = ()
    suggested_domain: str | None = None
    reason: Message | None = None
    fix: Step | None = None
    last_passed: datetime | None = None

    def __post_init__(self) -> None:
        if isinstance(self.reason, str):
            # Plain text (a test, an older caller) is shown as it was written.
            object.__setattr__(self, "reason", Message.as_written(self.reason))


def _suggestion(report: CheckReport) -> str | None:
    # The server's words: shown only when they are a domain name at all.
    if not report.suggested_domain:
        return None
    result = check_field("nmbrs_domain", report.suggested_domain)
    return result.value if result.ok else None


def _fix(state: WizardState, report: CheckReport, outcome: LoginOutcome) -> Step | None:
    spec = chosen_path(state)
    # A wrong domain or a missing token is fixed where the login is entered, as a refused
    # login is; a login that sees no company, where its data access is set.
    if outcome in (LoginOutcome.WRONG_DOMAIN, LoginOutcome.NO_TOKEN):
        return spec.fixes.get(CallStatus.AUTH_FAILED) if spec is not None else None
    if outcome is LoginOutcome.NO_COMPANIES:
        return spec.fixes.get(CallStatus.NO_DATA_ACCESS) if spec is not None else None
    for item in report.checks:
        step = fix_step(state, item)
        if step is not None:
            return step
    return None


def summarize(
    state: WizardState, subject: str, label: str, run: CheckRun | None
) -> LoginSummary | None:
    """The row for `subject`'s last run, or None when it has not been checked."""
    if run is None:
        return None
    report = run.report
    outcome = outcome_of(report)
    missing = tuple(item.name for item in report.checks if item.status in _FAILING)
    return LoginSummary(
        subject=subject,
        label=label,
        outcome=outcome,
        checked_at=run.finished_at,
        missing_calls=missing,
        suggested_domain=_suggestion(report),
        reason=report.error,
        fix=_fix(state, report, outcome),
        last_passed=state.last_passed.get(subject),
    )


def without_token(state: WizardState, subject: str, label: str) -> LoginSummary:
    """The row of a login that could not be checked for want of a token."""
    package = state.package or Package.NMBRS
    return LoginSummary(
        subject=subject,
        label=label,
        outcome=LoginOutcome.NO_TOKEN,
        fix=_fix(state, CheckReport(package=package), LoginOutcome.NO_TOKEN),
        last_passed=state.last_passed.get(subject),
    )


def not_run(state: WizardState, subject: str, label: str) -> LoginSummary:
    """The row of a login that has a token but was not checked: the batch was stopped or broke
    off before it. Nothing was learned, so this is "could not run", never a failure."""
    return LoginSummary(
        subject=subject,
        label=label,
        outcome=LoginOutcome.COULD_NOT_RUN,
        last_passed=state.last_passed.get(subject),
    )


def path_logins(state: WizardState) -> list[tuple[str, str]]:
    """(subject, label) of every login the path uses: username and debtor name, or the AFAS
    customer number and company name; on a registered path's own form, its subject field."""
    logins = login_place(state)
    if logins is LoginPlace.FORM:
        return [(subject, "") for subject in check_subjects(state)]
    if logins is LoginPlace.AFAS_FORM:
        afas = state.afas
        return [(afas.customer_number, afas.company_name)] if afas.customer_number else []
    if logins is LoginPlace.EMPLOYERS:
        # A username on two employers is one login: one row and one check, under the first.
        first: dict[str, str] = {}
        for employer in state.employers:
            if employer.username:
                first.setdefault(employer.username, employer.debtor_name)
        return list(first.items())
    nmbrs = state.nmbrs
    return [(nmbrs.username, nmbrs.company_name)] if nmbrs.username else []


def login_summaries(state: WizardState) -> list[LoginSummary]:
    """The rows of every login of the path that has been checked, in the path's order."""
    rows = [summarize(state, s, label, state.check_run(s)) for s, label in path_logins(state)]
    return [row for row in rows if row is not None]


# ---- the CSV export ----

CSV_COLUMNS = (
    "login",
    "naam",
    "uitkomst",
    "gecontroleerd_op",
    "ontbrekende_api_calls",
    "voorgesteld_domein",
    "reden",
    "laatst_in_orde",
)


# Longer cells (a server's long message) are cut; the file is for people to read.
_CSV_CELL_CHARS = 2_000


def _time(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else ""


def _csv_safe(text: str) -> str:
    # A cell starting with = + - @ (also after spaces or control characters, or as their
    # full-width forms) is a formula to a spreadsheet: a file's or server's words stay words.
    # Control and bidi characters are shown as U+FFFD and line breaks as spaces, as on screen.
    shown = plain_line(text, _CSV_CELL_CHARS) if text else text
    start = shown.lstrip(" \ufffd")
    return "'" + shown if formula_sign(start) or shown[:1] == "\ufffd" else shown


def summaries_csv(rows: Iterable[LoginSummary], translate: Translate = in_english) -> bytes:
    """The table as CSV for Dutch Excel (UTF-8 with a mark, ';'); no token, no employee data."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values: Sequence[str] = (
            row.subject,
            row.label,
            row.outcome.value,
            _time(row.checked_at),
            ", ".join(row.missing_calls),
            row.suggested_domain or "",
            row.reason.shown(translate) if row.reason else "",
            _time(row.last_passed),
        )
        writer.writerow([_csv_safe(value) for value in values])
    return "\ufeff".join(("", buffer.getvalue())).encode("utf-8")
