"""Progress is saved as the clerk goes and offered for resume at the next start."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from tests.ui.wizard_driver import at, click_box, click_next, tick_everything
from wizard.core.model import Step
from wizard.core.progress_store import ProgressStore


def test_resume_where_the_clerk_left_off(qtbot, make_wizard, tmp_path) -> None:
    folder = tmp_path / "appdata"
    first = make_wizard(folder=folder)
    click_box(qtbot, first.start_page.afas_radio)
    click_next(qtbot, first)
    tick_everything(qtbot, first)
    click_next(qtbot, first)
    assert at(first) is Step.AFAS_USER
    assert first.save_progress()
    first.close()

    second = make_wizard(folder=folder)
    second.resuming.offer(ProgressStore(folder).load())
    assert second.start_page.resume_frame.isVisibleTo(second.start_page)
    assert "AFAS" in second.start_page.resume_label.text()
    qtbot.mouseClick(second.start_page.resume_button, Qt.MouseButton.LeftButton)
    assert at(second) is Step.AFAS_USER
    # History is intact: Back goes to the finished ZIP step with its ticks.
    second.back()
    assert at(second) is Step.AFAS_CONNECTOR_ZIP
    assert all(box.isChecked() for box in second.currentPage().checkboxes.values())


def test_start_over_drops_the_offer(qtbot, make_wizard, tmp_path) -> None:
    folder = tmp_path / "appdata"
    first = make_wizard(folder=folder)
    click_box(qtbot, first.start_page.nmbrs_radio)
    first.save_progress()
    second = make_wizard(folder=folder)
    second.resuming.offer(ProgressStore(folder).load())
    qtbot.mouseClick(second.start_page.restart_button, Qt.MouseButton.LeftButton)
    assert second.state.package is None
    assert not second.start_page.nmbrs_radio.isChecked()
    assert not second.start_page.resume_frame.isVisibleTo(second.start_page)


def test_corrupt_progress_shows_a_message_and_the_wizard_works(qtbot, make_wizard, tmp_path):
    folder = tmp_path / "appdata"
    folder.mkdir()
    (folder / "voortgang.json").write_bytes(b"\x00garbage{")
    wizard = make_wizard(folder=folder)
    wizard.resuming.offer(ProgressStore(folder).load())
    notice = wizard.notice_bar
    assert notice.isVisible()
    assert "voortgang-onleesbaar-" in notice.text()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.NMBRS_ACCOUNT_TYPE


def test_unwritable_folder_shows_a_message_and_keeps_the_input(qtbot, make_wizard, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    wizard = make_wizard(folder=blocker / "appdata")
    click_box(qtbot, wizard.start_page.afas_radio)
    assert not wizard.save_progress()
    assert wizard.save_notice.isVisibleTo(wizard)
    assert wizard.save_notice.text()
    assert wizard.state.package is not None
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CONNECTOR_ZIP


def test_autosave_writes_after_a_change(qtbot, make_wizard, tmp_path) -> None:
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder)
    click_box(qtbot, wizard.start_page.afas_radio)
    qtbot.waitUntil(lambda: (folder / "voortgang.json").exists(), timeout=3000)


def test_text_that_cannot_be_encoded_never_raises(qtbot, make_wizard, tmp_path) -> None:
    """A lone surrogate in the state: autosave gives the notice, and Cancel still closes."""
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder)
    click_box(qtbot, wizard.start_page.afas_radio)
    assert wizard.save_progress()
    before = (folder / "voortgang.json").read_bytes()
    wizard.state.afas.company_name = "Voorbeeld \ud800 B.V."
    assert not wizard.save_progress()
    assert wizard.save_notice.isVisibleTo(wizard)
    assert wizard.save_notice.text().startswith(
        "Je voortgang kon niet worden opgeslagen (een tekst bevat een teken dat niet"
    )
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert (folder / "voortgang.json").read_bytes() == before


def test_progress_that_cannot_be_read_nor_set_aside_is_kept(
    qtbot, make_wizard, tmp_path, monkeypatch
) -> None:
    """The clerk is told, works on, and the file on disk is never replaced this session."""
    folder = tmp_path / "appdata"
    folder.mkdir()
    (folder / "voortgang.json").write_bytes(b"{damaged, maybe precious")
    store = ProgressStore(folder)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "refused")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        outcome = store.load()
    wizard = make_wizard(folder=folder)
    wizard.session.store = store
    wizard.resuming.offer(outcome)
    assert wizard.notice_bar.text().startswith(
        "De opgeslagen voortgang kon niet worden gelezen en ook niet"
    )
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    wizard.save_progress()
    wizard.close()
    assert (folder / "voortgang.json").read_bytes() == b"{damaged, maybe precious"
    assert wizard.state.package is not None
