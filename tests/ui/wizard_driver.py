"""Drive the real wizard the way a clerk does: click boxes, type, press the real Next button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWizard

from wizard.core.model import Step
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.checklist_page import ChecklistPage
from wizard.ui.pages.send_form_page import SendFormPage
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.wrapping_checkbox import WrappingCheckBox


def next_button_enabled(wizard: MainWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click_next(qtbot, wizard: MainWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.current_step().name}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_back(qtbot, wizard: MainWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def click_box(qtbot, checkbox: QCheckBox | WrappingCheckBox) -> None:
    box = checkbox.box if isinstance(checkbox, WrappingCheckBox) else checkbox
    # Click the indicator itself: Qt ignores clicks past the end of a button's text.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def tick_everything(qtbot, wizard: MainWizard) -> None:
    page = wizard.currentPage()
    assert isinstance(page, ChecklistPage)
    for checkbox in page.checkboxes.values():
        if checkbox is page.skip_box or checkbox.isChecked():
            continue
        click_box(qtbot, checkbox)


def type_into(qtbot, wizard: MainWizard, values: dict[str, str]) -> None:
    page = wizard.currentPage()
    for key, text in values.items():
        edit = page.editors[key].edit
        edit.clear()
        qtbot.keyClicks(edit, text)
        edit.editingFinished.emit()


def page_of(wizard: MainWizard, step: Step) -> StepPage:
    """The page of `step`, built now when the wizard has not built its pages yet."""
    wizard.ensure_pages()
    return wizard.pages[step]


def at(wizard: MainWizard) -> Step:
    return wizard.current_step()


def send_the_form(qtbot, wizard: MainWizard, step: Step) -> None:
    """On a send-form step: Next waits for the tick, then tick "sent" and go on."""
    assert at(wizard) is step
    assert not next_button_enabled(wizard)
    page = wizard.currentPage()
    assert isinstance(page, SendFormPage)
    click_box(qtbot, page.sent_box)
    click_next(qtbot, wizard)


def walk_afas_to_check(qtbot, wizard: MainWizard, token: str) -> None:
    """Click through the AFAS path with valid details up to the live check."""
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld Zorg B.V.",
            "email": "hr@example.nl",
            "framework_contract_number": "RC-1",
            "loonheffingennummer": "123456782L01",
            "employer_codes": "01",
            "customer_number": "12345",
            "data_token": token,
        },
    )
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
