"""A huge server-supplied value is cut before the PDF is laid out, so the export stays quick.

A 300 KB connector id once froze the window for 37 s while Qt laid out one table cell. The
layout work is now bounded by the cut, whatever the server sends; the time is measured in
tests/bench/bench_pdf_export.py, not here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.manual import shipped_manual
from wizard.core.model import Package, WizardState
from wizard.ui.registration_pdf import (
    MAX_SHOWN_MESSAGE_CHARS,
    MAX_SHOWN_NAME_CHARS,
    registration_html,
    write_registration_pdf,
)

HUGE = 1_000_000
NOW = datetime(2025, 3, 4, 10, 20)


def huge_report() -> CheckReport:
    name = "BP_" + "x" * HUGE
    return CheckReport(
        package=Package.AFAS,
        checks=[
            CheckItem("afas_extra", name, CallStatus.ACTIVE, "m" * HUGE),
            CheckItem("afas", "BP_Salarissen", CallStatus.INACTIVE, "Fout\n" * HUGE),
        ],
        companies=[name] * 3,
        missing_connectors=[name],
        environment=name,
    )


def afas_state() -> WizardState:
    state = WizardState(package=Package.AFAS)
    state.afas.company_name, state.afas.customer_number = "Voorbeeld Zorg B.V.", "12345"
    return state


def test_huge_server_values_are_cut_before_layout(qapp) -> None:
    html_text = registration_html(afas_state(), shipped_manual(), check=huge_report(), now=NOW)
    # Seven server values, each at most a message long, plus the fixed page.
    assert len(html_text) < 7 * MAX_SHOWN_MESSAGE_CHARS + 40_000
    assert "BP_" + "x" * (MAX_SHOWN_NAME_CHARS - 4) + "…" in html_text
    assert "x" * MAX_SHOWN_NAME_CHARS not in html_text


def test_the_pdf_with_huge_values_is_written(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "aanmelding.pdf"
    write_registration_pdf(pdf, afas_state(), shipped_manual(), check=huge_report(), now=NOW)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf.stat().st_size < 200_000


def test_thousands_of_connectors_and_companies_are_summed_up(qapp) -> None:
    from wizard.ui.registration_pdf import MAX_SHOWN_NAMES, MAX_SHOWN_ROWS

    count = 5_000
    report = CheckReport(
        package=Package.AFAS,
        checks=[CheckItem("afas_extra", f"C{i}", CallStatus.ACTIVE, "ok") for i in range(count)],
        companies=[f"Bedrijf {i}" for i in range(count)],
    )
    html_text = registration_html(afas_state(), shipped_manual(), check=report, now=NOW)
    assert html_text.count("<td") < 4 * MAX_SHOWN_ROWS + 100
    assert f"C{MAX_SHOWN_ROWS - 1}<" in html_text and f"C{MAX_SHOWN_ROWS}<" not in html_text
    assert str(count - MAX_SHOWN_ROWS) in html_text
    assert f"Bedrijf {MAX_SHOWN_NAMES - 1}," not in html_text  # the last shown name ends the list
    assert f"Bedrijf {MAX_SHOWN_NAMES}" not in html_text
    assert str(count - MAX_SHOWN_NAMES) in html_text


def test_a_per_login_table_cut_at_the_limit_says_how_many_are_left_out(qapp) -> None:
    from wizard.core.check_result import CheckRun
    from wizard.core.model import AccountType, Employer
    from wizard.translation import install_translators
    from wizard.ui.registration_pdf import MAX_SHOWN_ROWS

    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    count = MAX_SHOWN_ROWS + 7
    state.employers = [
        Employer(f"W{i} B.V.", f"w{i}@example.nl", "", f"w{i}") for i in range(count)
    ]
    for employer in state.employers:
        report = CheckReport(package=Package.NMBRS, ok=True)
        state.record_check(CheckRun(employer.username, report, NOW))
    install_translators("nl")
    dutch = registration_html(state, shipped_manual(), now=NOW)
    # The employers themselves are all listed earlier in the PDF; this is the table of results.
    results = dutch.split("Uitkomst per login", 1)[1]
    assert f"w{MAX_SHOWN_ROWS - 1}@example.nl" in results
    assert f"w{MAX_SHOWN_ROWS}@example.nl" not in results
    assert "En nog 7 andere logins, hier niet getoond: zie het aanmeldbestand" in dutch
    install_translators("en")
    try:
        english = registration_html(state, shipped_manual(), now=NOW)
    finally:
        install_translators("nl")
    assert "And 7 more logins, not shown here: see the registration file" in english
    # At the limit nothing is left out, so nothing is said.
    del state.employers[MAX_SHOWN_ROWS:]
    assert "andere logins" not in registration_html(state, shipped_manual(), now=NOW)
