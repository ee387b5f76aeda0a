"""Every input has an accessible name, and a clerk can walk each path by keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.ui.wizard_driver import at, page_of
from wizard.core.model import Step
from wizard.ui.screenshot_tour import TOUR_PATHS, sample_state

INPUTS = (QLineEdit, QAbstractButton, QComboBox)


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("path_name", sorted(TOUR_PATHS))
def test_every_input_on_every_page_has_an_accessible_name(
    qtbot, make_wizard, language, path_name
) -> None:
    from wizard.core.flow import path_steps

    wizard = make_wizard(language=language)
    package, account_type = TOUR_PATHS[path_name]
    wizard.load_state(sample_state(package, account_type, language))
    for step in path_steps(wizard.state):
        page = wizard.pages[step]
        page.retranslate()
        for widget in page.findChildren(QWidget):
            # Qt's own helper widgets (scroll bar buttons and the like) are named qt_*.
            if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
                continue
            assert _accessible_name(widget).strip(), (step.name, type(widget).__name__)


def _press(qtbot, wizard, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = wizard.focusWidget() or wizard
    qtbot.keyClick(target, key, modifier)
    # Mnemonics "animate" a click, which lands about 100 ms later.
    qtbot.wait(150 if modifier == Qt.KeyboardModifier.AltModifier else 10)


def test_afas_path_by_keyboard_alone(qtbot, make_wizard) -> None:
    wizard = make_wizard(language="en")
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.isActiveWindow(), timeout=2000)
    # Alt+A picks AFAS (the radio's mnemonic), Enter presses the default Next button.
    _press(qtbot, wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert wizard.start_page.afas_radio.isChecked()
    _press(qtbot, wizard, Qt.Key.Key_Return)
    assert at(wizard) is Step.AFAS_CONNECTOR_ZIP
    page = wizard.currentPage()
    # Tab to each checkbox and tick it with Space.
    boxes = [box.box for box in page.checkboxes.values()]
    for _ in range(40):
        if all(box.isChecked() for box in boxes):
            break
        focused = wizard.focusWidget()
        if focused in boxes and not focused.isChecked():
            _press(qtbot, wizard, Qt.Key.Key_Space)
            continue
        _press(qtbot, wizard, Qt.Key.Key_Tab)
    assert all(box.isChecked() for box in boxes)
    # Focus is on a checkbox, so Enter goes to the default button: Next.
    _press(qtbot, wizard, Qt.Key.Key_Return)
    assert at(wizard) is Step.AFAS_USER
    # Escape closes the wizard as Cancel does on Windows.
    _press(qtbot, wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_field_errors_reach_screen_readers(qtbot, make_wizard) -> None:
    from tests.ui.wizard_driver import click_box, click_next, tick_everything, type_into

    wizard = make_wizard(language="nl")
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    type_into(qtbot, wizard, {"customer_number": "123"})
    edit = wizard.currentPage().editors["customer_number"].edit
    assert "5 cijfers" in edit.accessibleDescription()


def test_check_result_is_announced(qtbot, make_wizard, closed_loopback_port) -> None:
    from wizard.ui.live_check_config import LiveCheckConfig

    services = LiveCheckConfig(
        afas_endpoint=f"http://127.0.0.1:{closed_loopback_port}/ProfitRestServices",
        connect_timeout=1,
        read_timeout=1,
    )
    wizard = make_wizard(check_config=services)
    wizard.state.afas.customer_number = "12345"
    wizard.state.afas.data_token = "0123456789ABCDEF" * 4
    page = page_of(wizard, Step.AFAS_CHECK)
    page.start_check()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    assert page.status.accessibleName() == page.status.text() != ""


def test_text_set_through_the_accessibility_interface_reaches_the_model(qtbot, make_wizard) -> None:
    from tests.ui.wizard_driver import click_box, click_next, tick_everything

    wizard = make_wizard(language="nl")
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert "Bedrijfsnaam" in page.status.text()
    # As UI Automation's ValuePattern or AT-SPI's EditableText do: no key is typed.
    edit = page.editors["company_name"].edit
    interface = QAccessible.queryAccessibleInterface(edit)
    interface.setText(QAccessible.Text.Value, "Voorbeeld Zorg B.V.")
    assert edit.text() == "Voorbeeld Zorg B.V."
    assert wizard.state.afas.company_name == "Voorbeeld Zorg B.V."
    assert "Bedrijfsnaam" not in page.status.text()  # no longer under "Nog in te vullen"


def test_our_own_text_changes_are_not_edits(qtbot, make_wizard) -> None:
    """Showing a cleaned value is no change by the clerk: it must not drop a check's answer."""
    wizard = make_wizard(language="nl")
    wizard.ensure_pages()
    page = wizard.pages[Step.AFAS_REGISTRATION]
    editor = page.editors["customer_number"]
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_text("12345")
    with qtbot.waitSignal(editor.edited):
        editor.edit.setText("54321")


def _spoken_names(wizard) -> list[str]:
    """The names a screen reader reads for the visible widgets."""
    names = []
    for widget in wizard.findChildren(QWidget):
        if widget.isVisible():
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is not None:
                names.append(interface.text(QAccessible.Text.Name))
    return names


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("path_name", sorted(TOUR_PATHS))
def test_no_blank_labels_and_the_step_heading_is_read_once(
    qtbot, make_wizard, language, path_name
) -> None:
    from PySide6.QtWidgets import QLabel

    wizard = make_wizard(language=language)
    package, account_type = TOUR_PATHS[path_name]
    state = sample_state(package, account_type, language)
    state.ticked = {i for content in wizard.manual.steps.values() for i in content.item_ids()}
    wizard.load_state(state)
    wizard.restart()
    heading = wizard.step_panel.heading.text()
    while True:
        assert _spoken_names(wizard).count(heading) == 1, wizard.current_step().name
        blank = [
            label
            for label in wizard.findChildren(QLabel)
            if label.isVisible() and label.pixmap().isNull() and not _accessible_name(label).strip()
        ]
        assert not blank, (wizard.current_step().name, [b.parent() for b in blank])
        if wizard.nextId() < 0:  # the last page of the path
            break
        wizard.next()
