"""Enter is Next, never "remove"; removing a filled-in employer is asked first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.wizard_driver import at
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.ui.screenshot_tour import sample_state

FILLED = Employer("Bakkerij B.V.", "bakkerij@example.nl", "tok123", "oamkb")


@pytest.fixture
def employers_page(qtbot, make_wizard):
    wizard = make_wizard(language="nl")
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, "nl")
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    state.employers = [Employer(**vars(FILLED))]
    state.current_step = Step.DEBTOR_EMPLOYERS
    wizard.load_state(state)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    return wizard, wizard.currentPage()


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, _buttons, default):
        # The safe answer is the default: Enter or Escape in the dialog keeps the employer.
        assert default == QMessageBox.StandardButton.No
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_enter_on_the_remove_button_goes_next_and_keeps_the_employer(
    qtbot, employers_page, monkeypatch
) -> None:
    wizard, page = employers_page
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    card = page.cards[0]
    # The walk of issue 16: Tab from the last field lands on the remove button.
    card.editors[-1].edit.setFocus()
    qtbot.keyClick(card.editors[-1].edit, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is card.remove_button
    qtbot.keyClick(card.remove_button, Qt.Key.Key_Return)
    assert wizard.state.employers == [FILLED]
    assert not asked
    assert at(wizard) is Step.NMBRS_CHECK


def test_no_destructive_button_is_ever_a_default_button(employers_page) -> None:
    wizard, page = employers_page
    destructive = [card.remove_button for card in page.cards]
    destructive += [wizard.actions_panel.forget_button, wizard.start_page.restart_button]
    assert all(not button.autoDefault() and not button.isDefault() for button in destructive)
    # The only default button is the wizard's own Next.
    defaults = [button for button in wizard.findChildren(QPushButton) if button.isDefault()]
    assert all(
        button.text()
        in (
            wizard.buttonText(wizard.WizardButton.NextButton),
            wizard.buttonText(wizard.WizardButton.FinishButton),
        )
        for button in defaults
    )


def test_removing_a_filled_in_employer_asks_first(qtbot, employers_page, monkeypatch) -> None:
    wizard, page = employers_page
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert "Bakkerij B.V." in asked[0]
    assert wizard.state.employers == [FILLED] and len(page.cards) == 1

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert wizard.state.employers == [] and page.cards == []


def test_an_empty_employer_goes_without_a_question(qtbot, employers_page, monkeypatch) -> None:
    wizard, page = employers_page
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    card = page.add_employer()
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert not asked
    assert wizard.state.employers == [FILLED]
