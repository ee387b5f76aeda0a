"""Tokens go to the keyring and come back on resume; import, export and "forget" work."""

from __future__ import annotations

import json

import keyring.backends.fail
from PySide6.QtWidgets import QMessageBox

from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.wizard_driver import (
    at,
    click_box,
    walk_afas_to_check,
)
from wizard.core.model import Step
from wizard.core.progress_store import ProgressStore
from wizard.core.registration_examples import example_file
from wizard.services.secret_store import SecretStore

TOKEN = "0123456789ABCDEF" * 4


def _fill_afas(qtbot, wizard) -> None:
    walk_afas_to_check(qtbot, wizard, TOKEN)


def test_token_goes_to_the_keyring_and_comes_back_on_resume(qtbot, make_wizard, tmp_path):
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    first = make_wizard(folder=folder, secrets=SecretStore(backend))
    _fill_afas(qtbot, first)
    assert first.save_progress()
    assert TOKEN not in (folder / "voortgang.json").read_text(encoding="utf-8")
    assert SecretStore(backend).load_afas_token("12345").token == TOKEN

    second = make_wizard(folder=folder, secrets=SecretStore(backend))
    second.resuming.offer(ProgressStore(folder).load())
    second.resuming.resume()
    assert second.state.afas.data_token == TOKEN
    assert at(second) is Step.AFAS_CHECK


def test_without_a_keyring_the_wizard_says_so_and_keeps_the_token_in_memory(
    qtbot, make_wizard, tmp_path
):
    wizard = make_wizard(secrets=SecretStore(keyring.backends.fail.Keyring()))
    _fill_afas(qtbot, wizard)
    assert wizard.keyring_notice.isVisibleTo(wizard)
    assert wizard.keyring_notice.text()
    assert wizard.state.afas.data_token == TOKEN
    assert not any(
        TOKEN in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )


def test_forget_removes_progress_and_tokens(qtbot, make_wizard, tmp_path, monkeypatch):
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    _fill_afas(qtbot, wizard)
    wizard.save_progress()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    wizard.actions_panel.forget_button.click()
    assert not (folder / "voortgang.json").exists()
    assert SecretStore(backend).load_afas_token("12345") is None
    assert wizard.state.package is None
    assert at(wizard) is Step.START
    assert wizard.notice_bar.text()


def test_import_an_earlier_registration(qtbot, make_wizard, tmp_path):
    path = tmp_path / "aanmelding.json"
    path.write_bytes(example_file("nmbrs-per-debiteur").read_bytes())
    wizard = make_wizard()
    assert wizard.side_actions.import_file(path)
    assert wizard.state.employers
    # The file proves the steps before the form were done: they are ticked, and the wizard
    # goes on to the first step that still needs something.
    assert at(wizard) not in (Step.START, Step.DEBTOR_MASTER_LOGIN, Step.DEBTOR_RIGHTS)


def test_import_of_a_broken_file_explains_and_keeps_the_input(qtbot, make_wizard, tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text(json.dumps({"schemaversie": 99}), encoding="utf-8")
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    assert not wizard.side_actions.import_file(path)
    assert wizard.notice_bar.text()
    assert wizard.state.package is not None


def test_import_then_save_keeps_each_logins_recorded_check(qtbot, make_wizard, tmp_path):
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    recorded = [
        {
            "login": employer["gebruikersnaam"],
            "tijdstip": "2025-02-03T10:00:00+01:00",
            "uitkomst": "alles_in_orde",
            "ontbrekende_api_calls": [],
            "voorgesteld_domein": None,
            "reden": None,
            "laatst_in_orde": "2025-02-03T10:00:00+01:00",
        }
        for employer in document["werkgevers"]
    ]
    document["controle_per_login"] = recorded
    path = tmp_path / "aanmelding.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    wizard = make_wizard()
    assert wizard.side_actions.import_file(path)
    again = tmp_path / "opnieuw.json"
    assert wizard.pages[Step.SUMMARY].export_panel.save_registration(again)
    saved = json.loads(again.read_text(encoding="utf-8"))
    assert saved["controle_per_login"] == recorded
