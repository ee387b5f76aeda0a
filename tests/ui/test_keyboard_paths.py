"""Each path walked with key presses only: mnemonics, Tab, Space, typing and Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.wizard_driver import at
from wizard.core.model import AccountType, Step
from wizard.ui.main_wizard import MainWizard

ALT = Qt.KeyboardModifier.AltModifier
TOKEN = "0123456789ABCDEF" * 4


class Keyboard:
    """Sends keys to whatever has the focus, as a clerk's keyboard does."""

    def __init__(self, qtbot, wizard: MainWizard) -> None:
        self.qtbot, self.wizard = qtbot, wizard

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        target = self.wizard.focusWidget() or self.wizard
        self.qtbot.keyClick(target, key, modifier)
        # Mnemonics "animate" a click that lands about 100 ms later.
        self.qtbot.wait(150 if modifier == ALT else 5)

    def tab_to(self, widget: QWidget, limit: int = 80) -> None:
        for _ in range(limit):
            if self.wizard.focusWidget() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget!r}")

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.wizard.focusWidget(), text)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


def _tick_checklist(keys: Keyboard) -> None:
    page = keys.wizard.currentPage()
    for checkbox in page.checkboxes.values():
        if checkbox is page.skip_box:
            continue
        box = getattr(checkbox, "box", checkbox)
        keys.tab_to(box)
        keys.press(Qt.Key.Key_Space)
        assert box.isChecked()


def _send_the_form(keys: Keyboard) -> None:
    box = keys.wizard.currentPage().sent_box.box
    keys.tab_to(box)
    keys.press(Qt.Key.Key_Space)
    assert box.isChecked()
    keys.enter()


def _fill_form(keys: Keyboard, values: dict[str, str]) -> None:
    page = keys.wizard.currentPage()
    for key, text in values.items():
        keys.tab_to(page.editors[key].edit)
        keys.type(text)


def _leave_from_a_field(keys: Keyboard, edit: QWidget) -> None:
    """Enter in a line edit reaches the wizard's default button (Next)."""
    keys.tab_to(edit)
    keys.enter()


@pytest.fixture
def keyboard_wizard(qtbot, make_wizard):
    wizard = make_wizard(language="nl")
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2000)
    return wizard, Keyboard(qtbot, wizard)


@pytest.mark.parametrize("account_type", [AccountType.UMBRELLA, AccountType.PER_DEBTOR])
def test_nmbrs_paths_by_keyboard(keyboard_wizard, account_type) -> None:
    wizard, keys = keyboard_wizard
    keys.press(Qt.Key.Key_N, ALT)  # &Nmbrs
    assert wizard.start_page.nmbrs_radio.isChecked()
    keys.enter()
    assert at(wizard) is Step.NMBRS_ACCOUNT_TYPE
    keys.press(Qt.Key.Key_1 if account_type is AccountType.UMBRELLA else Qt.Key.Key_2, ALT)
    assert wizard.state.account_type is account_type
    keys.enter()
    checklists = (
        (Step.UMBRELLA_TEMPLATE_USER, Step.UMBRELLA_RIGHTS, Step.UMBRELLA_LOGIN)
        if account_type is AccountType.UMBRELLA
        else (Step.DEBTOR_MASTER_LOGIN, Step.DEBTOR_RIGHTS)
    )
    for step in checklists:
        assert at(wizard) is step
        _tick_checklist(keys)
        keys.enter()
    values = {
        "company_name": "Voorbeeld B.V.",
        "contact_person": "Jan",
        "email": "jan@example.nl",
        "phone": "020 123 4567",
    }
    if account_type is AccountType.UMBRELLA:
        values |= {"username": "koppeling@example.nl", "token": "abc123", "domain": "oamkb"}
    _fill_form(keys, values)
    keys.enter()
    if account_type is AccountType.PER_DEBTOR:
        assert at(wizard) is Step.DEBTOR_SEND_FORM
        _send_the_form(keys)
        assert at(wizard) is Step.DEBTOR_EMPLOYERS
        keys.press(Qt.Key.Key_W, ALT)  # &Werkgever toevoegen: adds one and focuses it
        card = wizard.currentPage().cards[0]
        for editor, text in zip(
            card.editors, ("Bakkerij B.V.", "bakkerij@example.nl", "tok123", "oamkb"), strict=True
        ):
            keys.tab_to(editor.edit)
            keys.type(text)
        keys.enter()
    assert at(wizard) is Step.NMBRS_CHECK
    keys.tab_to(wizard.currentPage().proxy_edit)
    keys.enter()
    if account_type is AccountType.UMBRELLA:
        assert at(wizard) is Step.UMBRELLA_SEND_FORM
        _send_the_form(keys)
        assert at(wizard) is Step.UMBRELLA_EMPLOYERS
        keys.enter()
    assert at(wizard) is Step.SUMMARY


def test_afas_path_by_keyboard_to_the_end(keyboard_wizard) -> None:
    wizard, keys = keyboard_wizard
    keys.press(Qt.Key.Key_A, ALT)  # &AFAS
    keys.enter()
    for step in (Step.AFAS_CONNECTOR_ZIP, Step.AFAS_USER, Step.AFAS_APP_CONNECTOR):
        assert at(wizard) is step
        _tick_checklist(keys)
        keys.enter()
    assert at(wizard) is Step.AFAS_REGISTRATION
    _fill_form(
        keys,
        {
            "company_name": "Voorbeeld Zorg B.V.",
            "email": "hr@example.nl",
            "framework_contract_number": "RC-1",
            "loonheffingennummer": "123456782L01",
            "employer_codes": "01",
            "customer_number": "12345",
            "data_token": TOKEN,
        },
    )
    keys.enter()
    assert at(wizard) is Step.AFAS_CHECK
    keys.tab_to(wizard.currentPage().proxy_edit)
    keys.enter()
    assert at(wizard) is Step.AFAS_SEND_FORM
    _send_the_form(keys)
    assert at(wizard) is Step.SUMMARY
    # Escape closes the wizard, as Cancel does.
    keys.press(Qt.Key.Key_Escape)
    assert not wizard.isVisible()
