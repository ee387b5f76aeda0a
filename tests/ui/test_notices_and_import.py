"""Notices reach the clerk on any page; import asks first, ticks what it proves, goes on."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.wizard_driver import at, click_box, click_next, tick_everything
from wizard.core.model import Package, Step
from wizard.core.registration_examples import example_file


def _example(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_bytes(example_file(name).read_bytes())
    return path


def _walk_to_afas_user(qtbot, wizard) -> None:
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    tick_everything(qtbot, wizard)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_USER


def test_an_import_error_is_shown_on_the_page_the_clerk_is_on(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    _walk_to_afas_user(qtbot, wizard)
    broken = tmp_path / "kapot.json"
    broken.write_text(json.dumps({"schemaversie": 99}), encoding="utf-8")
    assert not wizard.side_actions.request_import(broken)
    bar = wizard.notice_bar
    assert bar.isVisible() and bar.label.isVisible()
    assert bar.text()
    # Screen readers get the message as the label's name (and an alert when it appears).
    interface = QAccessible.queryAccessibleInterface(bar.label)
    assert interface.text(QAccessible.Text.Name) == bar.text()
    # Nothing the clerk did is lost.
    assert at(wizard) is Step.AFAS_USER and wizard.state.package is Package.AFAS
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_import_over_progress_asks_first_and_says_what_is_replaced(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    wizard = make_wizard()
    _walk_to_afas_user(qtbot, wizard)
    asked: list[str] = []

    def refuse(_parent, _title, text, _buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    path = _example(tmp_path, "nmbrs-overkoepelend")
    assert not wizard.side_actions.request_import(path)
    assert "nmbrs-overkoepelend.json" in asked[0] and "AFAS" in asked[0]
    assert wizard.state.package is Package.AFAS and at(wizard) is Step.AFAS_USER

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert wizard.side_actions.request_import(path)
    assert wizard.state.package is Package.NMBRS


def test_import_into_an_empty_wizard_does_not_ask(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]))
    assert wizard.side_actions.request_import(_example(tmp_path, "afas"))
    assert not asked


def test_import_ticks_the_steps_it_proves_and_goes_to_what_is_left(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(language="nl")
    assert wizard.side_actions.import_file(_example(tmp_path, "nmbrs-overkoepelend"))
    manual = wizard.manual
    for step in (Step.UMBRELLA_TEMPLATE_USER, Step.UMBRELLA_RIGHTS, Step.UMBRELLA_LOGIN):
        content = manual.step(step)
        assert set(content.item_ids()) <= wizard.state.ticked, step.name
        page = wizard.pages[step]
        assert all(box.isChecked() for box in page.checkboxes.values() if box is not page.skip_box)
        first = page.rows[0].checkbox.text()
        assert "afgevinkt bij het importeren" in first
    # Step 5 (employers) comes after the form: the file proves nothing about it.
    employers = manual.step(Step.UMBRELLA_EMPLOYERS)
    assert not set(employers.item_ids()) & wizard.state.ticked
    # Past every proven step, to the first one that still needs something.
    assert at(wizard) not in (Step.START, Step.UMBRELLA_TEMPLATE_USER, Step.UMBRELLA_RIGHTS)
    assert "geïmporteerd" in wizard.notice_bar.text()

    # Unticking is still the clerk's call, and the note goes with the tick.
    page = wizard.pages[Step.UMBRELLA_LOGIN]
    page.rows[0].checkbox.setChecked(False)
    assert "afgevinkt bij het importeren" not in page.rows[0].checkbox.text()


def test_done_steps_in_the_side_panel_lead_back_to_them(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(language="nl")
    assert wizard.side_actions.import_file(_example(tmp_path, "afas"))
    assert at(wizard) is not Step.AFAS_USER
    panel = wizard.step_panel
    assert "href='AFAS_USER'" in panel.list_label.text()
    # The link Qt reports when the clerk clicks it or presses Enter on it.
    panel.list_label.linkActivated.emit("AFAS_USER")
    assert at(wizard) is Step.AFAS_USER
    # Forward again to a done step works as well.
    panel.list_label.linkActivated.emit("AFAS_APP_CONNECTOR")
    assert at(wizard) is Step.AFAS_APP_CONNECTOR


def test_file_dialogs_start_in_the_documents_folder(qtbot, make_wizard, tmp_path, monkeypatch):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    started: list[str] = []

    def remember(_parent, _title, start, _filter):
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", remember)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", remember)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    wizard = make_wizard()
    wizard.actions_panel.import_button.click()
    wizard.actions_panel.diagnostics_button.click()
    wizard.ensure_pages()
    panel = wizard.pages[Step.SUMMARY].export_panel
    panel.save_button.click()
    panel.pdf_button.click()
    assert len(started) == 4
    assert all(
        Path(start) == Path(documents) or Path(start).parent == Path(documents) for start in started
    ), started


def test_done_steps_in_the_side_panel_work_by_keyboard(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(language="nl")
    assert wizard.side_actions.import_file(_example(tmp_path, "afas"))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    label = wizard.step_panel.list_label
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus)
    # Tab moves through the links inside the list; Enter follows the selected one.
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    assert label.hasFocus() and label.selectedText() == "Salarispakket"
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert at(wizard) is Step.START
