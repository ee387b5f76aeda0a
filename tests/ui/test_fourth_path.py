"""The proof of the open path table: a fourth path, registered by a test, works end to end.

The path "testpakket" (tests/fourth_path.py) is registered with no change to the product code;
the real wizard walks it offscreen (a refused key's fix button leads back to the form), copies a
field, exports it, prints it, resumes it, imports it elsewhere and runs its check.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from tests.fakes.memory_keyring import MemoryKeyring
from tests.fourth_path import GOOD_KEY, LABEL, NAME, RegisteredPath, registered_testpakket
from tests.ui.wizard_driver import (
    at,
    click_box,
    click_next,
    send_the_form,
    tick_everything,
    type_into,
)
from wizard.core.check_registry import check_entry
from wizard.core.model import Package, Step
from wizard.core.paths import all_paths
from wizard.core.registration_file import import_registration
from wizard.services.secret_store import SecretStore
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.generic_check_page import GenericCheckPage

VALUES = {
    "company_name": "Proefbedrijf B.V.",
    "email": "salaris@proefbedrijf.nl",
    "username": "koppeling@proefbedrijf.nl",
    "api_key": GOOD_KEY,
}


@pytest.fixture
def testpakket() -> Iterator[RegisteredPath]:
    with registered_testpakket() as registered:
        yield registered
    # Teardown left the shipped table as it was.
    assert [spec.name for spec in all_paths()] == [
        "nmbrs-overkoepelend",
        "nmbrs-per-debiteur",
        "afas",
    ]
    assert "TESTPAKKET" not in Package.__members__
    assert "TESTPAKKET_CHECK" not in Step.__members__


def test_every_shipped_path_names_a_registered_check() -> None:
    for spec in all_paths():
        assert check_entry(spec.check).name == spec.check


# What the clerk sees of the path in each language. The Dutch labels come from the path's
# own catalogue (tests/testpakket_nl.ts), as a real path adds them to wizard_nl.ts.
SHOWN = {
    "en": {
        "choice": "T&estpakket: a made-up package for the tests",
        "label": LABEL,
        "first_title": "Step 1: Switch the link on",
        "check_title": f"Live check: {LABEL}",
    },
    "nl": {
        "choice": "T&estpakket: een verzonnen pakket voor de tests",
        "label": "Testpakket, een verzonnen pakket",
        "first_title": "Stap 1: Koppeling aanzetten",
        "check_title": "Livecontrole: Testpakket, een verzonnen pakket",
    },
}


@pytest.fixture
def path_catalogue(tmp_path: Path) -> Iterator[None]:
    """The made-up path's Dutch labels, compiled and installed next to the wizard's own."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__file__).parents[2] / ".venv/bin/pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.fail("pyside6-lrelease is missing; install PySide6-Essentials")
    compiled = tmp_path / "testpakket_nl.qm"
    source = Path(__file__).parents[1] / "testpakket_nl.ts"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(result.stdout.split())


def _run_check(qtbot, wizard: MainWizard, registered: RegisteredPath) -> None:
    page = wizard.currentPage()
    assert isinstance(page, GenericCheckPage)
    before = wizard.state.check_run(VALUES["username"])
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.state.check_run(VALUES["username"]) is not before, timeout=10000)
    run = wizard.state.check_run(VALUES["username"])
    assert run is not None and run.report.ok
    assert page.table.rowCount() == 2


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_fourth_path_walks_exports_prints_resumes_and_checks(
    testpakket: RegisteredPath,
    language: str,
    request: pytest.FixtureRequest,
    qtbot,
    make_wizard,
    tmp_path,
    monkeypatch,
) -> None:
    # `testpakket` comes first: set up before the windows, it is unregistered after them.
    steps = testpakket.steps
    shown = SHOWN[language]
    if language == "nl":
        # Only for Dutch: an installed catalogue answers in whatever language is chosen.
        request.getfixturevalue("path_catalogue")
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(language=language, folder=folder, secrets=SecretStore(backend))

    # The start page offers the registered package next to the shipped ones.
    radio = wizard.start_page.package_radios[testpakket.package]
    assert radio.text() == shown["choice"]
    click_box(qtbot, radio)
    assert wizard.state.package is testpakket.package
    click_next(qtbot, wizard)

    assert at(wizard) is steps["TESTPAKKET_PREPARE"]
    assert wizard.currentPage().title() == shown["first_title"]
    tick_everything(qtbot, wizard)
    click_next(qtbot, wizard)

    assert at(wizard) is steps["TESTPAKKET_REGISTRATION"]
    type_into(qtbot, wizard, {**VALUES, "api_key": "tp-wrong"})
    click_next(qtbot, wizard)

    # A refused key: each failed row's button leads to the step the path table names as its fix.
    assert at(wizard) is steps["TESTPAKKET_CHECK"]
    page = wizard.currentPage()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.state.check_run(VALUES["username"]) is not None, timeout=10000)
    refused = wizard.state.check_run(VALUES["username"])
    assert refused is not None and not refused.report.ok
    qtbot.mouseClick(page.table.fix_button(0), Qt.MouseButton.LeftButton)
    assert at(wizard) is steps["TESTPAKKET_REGISTRATION"]
    type_into(qtbot, wizard, {"api_key": GOOD_KEY})
    click_next(qtbot, wizard)
    form = wizard.state.form(NAME)
    assert form.public["company_name"] == VALUES["company_name"]
    assert form.secrets == {"api_key": GOOD_KEY} and "api_key" not in form.public
    assert GOOD_KEY not in repr(wizard.state)
    # Leaving the form put the key in the (fake) keyring.
    assert SecretStore(backend).load_form_secret(NAME, "api_key") == GOOD_KEY

    assert at(wizard) is steps["TESTPAKKET_CHECK"]
    assert wizard.currentPage().title() == shown["check_title"]
    _run_check(qtbot, wizard, testpakket)
    click_next(qtbot, wizard)

    send_the_form(qtbot, wizard, steps["TESTPAKKET_SEND_FORM"])
    assert at(wizard) is Step.SUMMARY
    summary = wizard.currentPage()
    assert shown["label"] in summary.browser.toPlainText()
    assert VALUES["company_name"] in summary.browser.toPlainText()
    assert GOOD_KEY not in summary.browser.toPlainText()

    # The copy tab offers each field of the path's own form; the key copies, never shows.
    summary.tabs.setCurrentWidget(summary.copy_panel)
    copy_names = [button.objectName() for button in summary.copy_panel.copy_buttons]
    assert copy_names == [f"copy_{key}" for key in VALUES]
    qtbot.mouseClick(
        summary.copy_panel.findChild(QPushButton, "copy_username"), Qt.MouseButton.LeftButton
    )
    assert QGuiApplication.clipboard().text() == VALUES["username"]
    assert GOOD_KEY not in "".join(
        label.text() for label in summary.copy_panel.findChildren(QLabel)
    )

    # Export without and with the tokens, through the real buttons.
    panel = summary.export_panel
    without = tmp_path / "zonder.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(without), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    document = json.loads(without.read_text(encoding="utf-8"))
    assert document["pad"] == NAME and document["accounttype"] is None
    assert document["formulier"] == {
        "Bedrijfsnaam": VALUES["company_name"],
        "E-mailadres": VALUES["email"],
        "Gebruikersnaam": VALUES["username"],
        "API-sleutel": "lever ik apart aan",
    }
    assert document["controle"]["uitkomst"] == "geslaagd"
    assert GOOD_KEY not in without.read_text(encoding="utf-8")

    with_tokens = tmp_path / "met.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(with_tokens), ""))
    click_box(qtbot, panel.tokens_box)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert json.loads(with_tokens.read_text(encoding="utf-8"))["formulier"]["API-sleutel"] == (
        GOOD_KEY
    )
    imported = import_registration(with_tokens).state
    assert imported.package is testpakket.package
    assert imported.form(NAME).public["username"] == VALUES["username"]

    # The PDF holds the path, the fields and the check result, never the key.
    pdf = tmp_path / "aanmelding.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), ""))
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    text = _pdf_text(pdf)
    for snippet in (
        shown["label"],
        VALUES["company_name"],
        VALUES["username"],
        "GetPayslips",
        "API-sleutel",
    ):
        assert snippet in text, snippet
    assert GOOD_KEY not in text

    # The progress file has the form without its key.
    assert wizard.save_progress()
    saved = (folder / "voortgang.json").read_text(encoding="utf-8")
    assert GOOD_KEY not in saved
    assert json.loads(saved)["forms"][NAME]["company_name"] == VALUES["company_name"]
    wizard.close()

    # A new window resumes on the same step, the key back from the keyring.
    second = make_wizard(language=language, folder=folder, secrets=SecretStore(backend))
    from wizard.core.progress_store import ProgressStore

    second.resuming.offer(ProgressStore(folder).load())
    assert shown["label"] in second.start_page.resume_label.text()
    qtbot.mouseClick(second.start_page.resume_button, Qt.MouseButton.LeftButton)
    assert at(second) is Step.SUMMARY
    resumed = second.state.form(NAME)
    assert resumed.public == form.public
    assert resumed.secrets == {"api_key": GOOD_KEY}

    # And the check runs again in the new window.
    second.jump_to(steps["TESTPAKKET_CHECK"])
    assert at(second) is steps["TESTPAKKET_CHECK"]
    _run_check(qtbot, second, testpakket)
    assert testpakket.check.runs == [VALUES["username"]] * 3
    second.close()

    # On another computer (an empty keyring), the side panel imports the file with the key.
    other_backend = MemoryKeyring()
    third = make_wizard(
        language=language, folder=tmp_path / "other", secrets=SecretStore(other_backend)
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(with_tokens), ""))
    qtbot.mouseClick(third.actions_panel.import_button, Qt.MouseButton.LeftButton)
    assert third.state.package is testpakket.package
    assert third.state.form(NAME).public == form.public
    assert third.state.form(NAME).secrets == {"api_key": GOOD_KEY}
    assert SecretStore(other_backend).load_form_secret(NAME, "api_key") == GOOD_KEY
    # The steps before the form count as done; the wizard stands on the first open step.
    assert {"testpakket_prepare.switch_on", "testpakket_prepare.make_key"} <= third.state.ticked
    assert at(third) is steps["TESTPAKKET_SEND_FORM"]
    third.jump_to(steps["TESTPAKKET_CHECK"])
    _run_check(qtbot, third, testpakket)
    assert testpakket.check.runs == [VALUES["username"]] * 4
