"""Field errors and registration-file errors are Messages: a language switch re-words them.

The rule verdict and the import error keep their untranslated text and arguments
(wizard.core.message.Message); the page and the side panel's notice bar show them in the
language chosen now, never in the one they were made in.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.ui.wizard_driver import at, click_box, click_next, tick_everything, type_into
from wizard.core import field_rules as rules
from wizard.core.model import AccountType, Step
from wizard.core.registration_file import MSG_EXPORT_INVALID, MSG_INVALID
from wizard.core.registration_schema import MSG_UNKNOWN_VERSION
from wizard.ui.main_wizard import MainWizard


def _switch(wizard: MainWizard, language: str) -> None:
    """Choose `language` as the clerk does; widgets re-word on Qt's LanguageChange event."""
    wizard.set_language(language)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _to_umbrella_registration(qtbot, wizard: MainWizard) -> None:
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    click_box(qtbot, wizard.currentPage().boxes[AccountType.UMBRELLA].radio)
    click_next(qtbot, wizard)
    while at(wizard) is not Step.UMBRELLA_REGISTRATION:
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)


def test_a_field_error_is_reworded_after_a_language_switch(qtbot, make_wizard) -> None:
    wizard = make_wizard("en")
    _to_umbrella_registration(qtbot, wizard)
    type_into(qtbot, wizard, {"email": "jan@", "token": "abc def"})
    editors = wizard.currentPage().editors
    assert editors["email"].error.text() == rules.MSG_EMAIL
    assert editors["token"].error.text() == rules.MSG_TOKEN_SPACES

    _switch(wizard, "nl")

    dutch_email = QCoreApplication.translate("FieldRules", rules.MSG_EMAIL)
    assert dutch_email != rules.MSG_EMAIL
    assert editors["email"].error.text() == dutch_email
    assert editors["token"].error.text() == QCoreApplication.translate(
        "FieldRules", rules.MSG_TOKEN_SPACES
    )

    _switch(wizard, "en")

    assert editors["email"].error.text() == rules.MSG_EMAIL


def test_a_registration_import_error_is_reworded_after_a_language_switch(
    make_wizard, tmp_path: Path
) -> None:
    path = tmp_path / "kapot.json"
    path.write_text(json.dumps({"schemaversie": 99}), encoding="utf-8")
    wizard = make_wizard("en")
    assert not wizard.side_actions.import_file(path)
    english = wizard.notice_bar.text()
    assert english.startswith(MSG_INVALID)
    assert "schemaversie: Unknown schema version 99." in english

    _switch(wizard, "nl")

    dutch = wizard.notice_bar.text()
    headline = QCoreApplication.translate("RegistrationFile", MSG_INVALID)
    reason = QCoreApplication.translate("RegistrationFile", MSG_UNKNOWN_VERSION)
    assert headline != MSG_INVALID
    assert dutch.startswith(headline)
    assert "schemaversie: " + reason.split("{")[0] + "99" in dutch
    assert "Unknown schema version" not in dutch

    _switch(wizard, "en")

    assert wizard.notice_bar.text() == english


def test_a_refused_export_is_reworded_after_a_language_switch(
    qtbot, make_wizard, tmp_path: Path
) -> None:
    wizard = make_wizard("en")
    click_box(qtbot, wizard.start_page.afas_radio)
    wizard.ensure_pages()
    panel = wizard.pages[Step.SUMMARY].export_panel
    # Nothing typed yet: the registration is refused, naming the fields it lacks.
    assert not panel.save_registration(tmp_path / "aanmelding.json")
    english = panel.result.text()
    assert english.startswith(MSG_EXPORT_INVALID)

    _switch(wizard, "nl")

    headline = QCoreApplication.translate("RegistrationFile", MSG_EXPORT_INVALID)
    assert headline != MSG_EXPORT_INVALID
    assert panel.result.text().startswith(headline)
    assert not (tmp_path / "aanmelding.json").exists()
