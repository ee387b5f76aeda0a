"""Every verdict is true: a check that did not run, or could not judge everything, never shows
as a failure on the page, the side panel, the summary, the PDF or the registration file."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fakes.afas_fixtures import CONFIRMED_CONNECTOR_LIST, REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN, FakeAfas
from tests.fakes.fake_nmbrs import FaultMode
from tests.ui.test_live_check_pages import _to_nmbrs_check
from tests.ui.wizard_driver import (
    at,
    click_next,
    send_the_form,
    tick_everything,
    walk_afas_to_check,
)
from wizard.core.check_result import CallStatus, Verdict
from wizard.core.model import Step
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.checklist_page import ChecklistPage
from wizard.ui.pages.send_form_page import SendFormPage

# Words that would tell the clerk something about companies, calls or connectors.
NMBRS_CONCLUSIONS = ("bedrijf", "Niet actief", "problemen gevonden", "ontbreekt", "geweigerd")


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    return subprocess.run(
        [tool, pdf, "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def _run_check(qtbot, wizard: MainWizard) -> None:
    page = wizard.currentPage()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20000)


def _summary_outputs(qtbot, wizard: MainWizard, tmp_path: Path) -> tuple[str, str, dict]:
    """Go to the summary; return its overview text, the PDF's text and the saved file."""
    for _ in range(5):
        if at(wizard) is Step.SUMMARY:
            break
        if isinstance(wizard.currentPage(), ChecklistPage):
            tick_everything(qtbot, wizard)
        if isinstance(wizard.currentPage(), SendFormPage):
            send_the_form(qtbot, wizard, at(wizard))
        else:
            click_next(qtbot, wizard)
    assert at(wizard) is Step.SUMMARY
    summary = wizard.currentPage()
    assert summary.export_panel.save_registration(tmp_path / "aanmelding.json")
    assert summary.export_panel.save_pdf(tmp_path / "aanmelding.pdf")
    document = json.loads((tmp_path / "aanmelding.json").read_text(encoding="utf-8"))
    return summary.browser.toPlainText(), _pdf_text(tmp_path / "aanmelding.pdf"), document


def _nmbrs_services(tmp_path: Path, **options: object) -> LiveCheckConfig:
    options.setdefault("wsdl_cache_dir", tmp_path / "wsdl")
    options.setdefault("connect_timeout", REFUSAL_CONNECT_TIMEOUT)
    options.setdefault("read_timeout", 1)
    return LiveCheckConfig(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize("network", ["refused", "timed_out", "proxy_unresolvable"])
def test_nmbrs_check_that_could_not_run_concludes_nothing_anywhere(
    network: str,
    qtbot,
    make_wizard,
    fake_nmbrs,
    nmbrs_scenario,
    closed_loopback_port: int,
    tmp_path: Path,
) -> None:
    if network == "refused":
        services = _nmbrs_services(
            tmp_path, nmbrs_endpoint=f"http://127.0.0.1:{closed_loopback_port}/soap/v3"
        )
    else:
        services = _nmbrs_services(tmp_path, nmbrs_endpoint=fake_nmbrs.base_url)
    if network == "timed_out":
        nmbrs_scenario.faults = {"*": FaultMode.STALL}
    wizard = make_wizard(check_config=services)
    _to_nmbrs_check(qtbot, wizard, nmbrs_scenario)
    page = wizard.currentPage()
    if network == "proxy_unresolvable":
        # No internet: not even the proxy's name can be looked up.
        qtbot.keyClicks(page.proxy_edit, "http://proxy.invalid:3128")
    _run_check(qtbot, wizard)

    run = wizard.state.check_run(nmbrs_scenario.username)
    assert run is not None and run.report.verdict is Verdict.NOT_RUN
    status = page.status.text()
    assert status.startswith("De controle kon niet worden uitgevoerd")
    assert "zegt niets over je instellingen" in status
    assert not page.details.isVisible() and page.details.text() == ""
    assert page.table.rowCount() == 0
    side_panel = wizard.step_panel.list_label.text()
    assert "Livecontrole (niet uitgevoerd)" in side_panel

    overview, pdf, document = _summary_outputs(qtbot, wizard, tmp_path)
    assert "niet uitgevoerd op" in overview
    assert "Resultaat: niet uitgevoerd." in pdf
    # The check comes last in the PDF: from its result on, no conclusion and no table.
    pdf_check = pdf[pdf.index("Geprobeerd op") :]
    for words in (*NMBRS_CONCLUSIONS, "Status", "Melding"):
        assert words not in overview.split("Livecontrole:")[1].split("\n")[0]
        assert words not in pdf_check
    control = document["controle"]
    assert control["uitkomst"] == "niet_uitgevoerd"
    assert control["reden"] and control["resultaten"] == []
    assert control["ok"] is False


def test_afas_check_that_could_not_run_is_recorded_as_not_run(
    qtbot, make_wizard, closed_loopback_port: int, tmp_path: Path
) -> None:
    services = LiveCheckConfig(
        afas_endpoint=f"http://127.0.0.1:{closed_loopback_port}/ProfitRestServices",
        connect_timeout=REFUSAL_CONNECT_TIMEOUT,
        read_timeout=1,
    )
    wizard = make_wizard(check_config=services)
    walk_afas_to_check(qtbot, wizard, DEFAULT_DATA_TOKEN)
    page = wizard.currentPage()
    _run_check(qtbot, wizard)
    run = wizard.state.check_run("12345")
    assert run is not None and run.report.verdict is Verdict.NOT_RUN
    assert "weigerde de verbinding" in page.status.text()
    assert page.table.rowCount() == 0 and page.details.text() == ""
    assert "(niet uitgevoerd)" in wizard.step_panel.list_label.text()
    overview, pdf, document = _summary_outputs(qtbot, wizard, tmp_path)
    assert "niet uitgevoerd op" in overview and "problemen" not in overview
    assert "Resultaat: niet uitgevoerd." in pdf and "ontbreekt" not in pdf
    assert document["controle"]["uitkomst"] == "niet_uitgevoerd"
    assert document["controle"]["resultaten"] == []


def test_afas_check_without_zip_and_unconfirmed_list_never_shows_a_failure(
    qtbot, make_wizard, fake_afas: FakeAfas, tmp_path: Path
) -> None:
    # The shipped list is unconfirmed: no list is passed, as in the real program.
    services = LiveCheckConfig(afas_endpoint=fake_afas.base_url, read_timeout=2)
    wizard = make_wizard(check_config=services)
    walk_afas_to_check(qtbot, wizard, DEFAULT_DATA_TOKEN)
    page = wizard.currentPage()
    _run_check(qtbot, wizard)

    run = wizard.state.check_run("12345")
    assert run is not None and run.report.verdict is Verdict.NOT_CHECKED
    statuses = {item.status for item in run.report.checks}
    assert statuses == {CallStatus.ACTIVE, CallStatus.NOT_CHECKED}
    assert run.report.missing_connectors == []
    # What could be verified is shown: the token worked, the environment, the assigned ones.
    assert "O12345AA" in page.details.text()
    assert "Het datatoken werkt" in page.status.text()
    assert "ZIP-bestand" in page.status.text()
    names = {page.table.item(row, 2).text() for row in range(page.table.rowCount())}
    assert {"BP_Werkgevers", "Profit_Employers", "Connectorlijst van a.s.r."} <= names
    shown = {page.table.item(row, 3).text() for row in range(page.table.rowCount())}
    assert shown <= {"Toegewezen", "Niet gecontroleerd", "Actief"}
    # No row offers a way to "fix" anything.
    assert all(page.table.fix_button(row) is None for row in range(page.table.rowCount()))
    assert "(niet volledig gecontroleerd)" in wizard.step_panel.list_label.text()

    overview, pdf, document = _summary_outputs(qtbot, wizard, tmp_path)
    assert "niet alles kon worden gecontroleerd" in overview
    assert "problemen" not in overview
    assert "Resultaat: niet volledig gecontroleerd; er is niets geweigerd." in pdf
    for failure in ("ontbreekt", "Niet actief", "Niet toegewezen", "Fout"):
        assert failure not in pdf
    assert document["controle"]["uitkomst"] == "niet_gecontroleerd"
    assert "ZIP-bestand" in document["controle"]["reden"]


def test_afas_token_expiry_is_shown_and_warned_about_when_near(
    qtbot, make_wizard, fake_afas: FakeAfas
) -> None:
    soon = date.today() + timedelta(days=30)
    fake_afas.config.token_expiry = f"{soon.isoformat()}T00:00:00"
    services = LiveCheckConfig(
        afas_endpoint=fake_afas.base_url,
        afas_connector_list=CONFIRMED_CONNECTOR_LIST,
        read_timeout=2,
    )
    wizard = make_wizard(check_config=services)
    walk_afas_to_check(qtbot, wizard, DEFAULT_DATA_TOKEN)
    page = wizard.currentPage()
    _run_check(qtbot, wizard)
    details = page.details.text()
    assert f"Let op: het datatoken verloopt op {soon:%d-%m-%Y}, over 30 dagen" in details
    far = date.today() + timedelta(days=365)
    fake_afas.config.token_expiry = far.isoformat()
    _run_check(qtbot, wizard)
    assert f"Het datatoken is geldig tot {far:%d-%m-%Y}." in page.details.text()
    assert "Let op" not in page.details.text()
