"""Check pages built from a saved state: each knows its step, the AFAS page its saved ZIP."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QThreadPool

from wizard.core.manual import shipped_manual
from wizard.core.model import Package, Step, WizardState
from wizard.translation import install_translators
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.afas_check_page import AfasCheckPage
from wizard.ui.pages.nmbrs_check_page import NmbrsCheckPage


def _afas_page(qtbot, state: WizardState) -> AfasCheckPage:
    pool = QThreadPool()
    page = AfasCheckPage(state, shipped_manual(), LiveCheckConfig(), pool)
    qtbot.addWidget(page)
    return page


def test_each_own_check_page_has_its_step(qtbot) -> None:
    state = WizardState(package=Package.NMBRS)
    page = NmbrsCheckPage(state, shipped_manual(), LiveCheckConfig(), QThreadPool())
    qtbot.addWidget(page)
    assert page.step is Step.NMBRS_CHECK
    assert page.check_button.text()
    afas = _afas_page(qtbot, WizardState(package=Package.AFAS))
    assert afas.step is Step.AFAS_CHECK


def test_the_afas_page_reads_the_connector_zip_the_state_names(qtbot, tmp_path: Path) -> None:
    archive = tmp_path / "benefits-plaza.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("BP_Werkgevers", "BP_Pensioen"):
            zipped.writestr(f"{name}.gcn", b"\x08\x00binary")
    state = WizardState(package=Package.AFAS)
    state.connector_zip = str(archive)
    page = _afas_page(qtbot, state)
    assert "BP_Pensioen" in page.zip_label.text()
    assert state.connector_zip == str(archive)


def test_an_unusable_saved_zip_is_explained_and_forgotten(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "geen-zip.zip"
    broken.write_text("not a zip")
    plain = _afas_page(qtbot, WizardState(package=Package.AFAS))
    without_zip = plain.zip_label.text()
    state = WizardState(package=Package.AFAS)
    state.connector_zip = str(broken)
    page = _afas_page(qtbot, state)
    assert page.zip_label.text() not in ("", without_zip)
    assert state.connector_zip == ""


def test_a_check_without_input_says_what_to_fill_in_in_the_current_language(qtbot) -> None:
    install_translators("nl")
    try:
        nmbrs = NmbrsCheckPage(
            WizardState(package=Package.NMBRS), shipped_manual(), LiveCheckConfig(), QThreadPool()
        )
        qtbot.addWidget(nmbrs)
        afas = _afas_page(qtbot, WizardState(package=Package.AFAS))
        nmbrs.check_button.click()
        afas.check_button.click()
        assert nmbrs.status.text().startswith("Vul eerst de gebruikersnaam, het API-token")
        assert afas.status.text().startswith("Vul eerst het klantnummer en het datatoken")
        assert not nmbrs.runner.busy and not afas.runner.busy
        install_translators("en")
        nmbrs.retranslate()
        assert nmbrs.status.text().startswith("Fill in the username, API token and domain")
    finally:
        install_translators("nl")
