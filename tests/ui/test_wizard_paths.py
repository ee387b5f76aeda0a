"""Click through each path with the real Next button, typing bad and then good values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.ui.wizard_driver import (
    at,
    click_back,
    click_box,
    click_next,
    next_button_enabled,
    send_the_form,
    tick_everything,
    type_into,
)
from wizard.core import field_rules as rules
from wizard.core.model import AccountType, Package, Step
from wizard.ui.pages.account_type_page import AccountTypePage
from wizard.ui.pages.employers_page import EmployersPage

TOKEN = "0123456789ABCDEF" * 4


def _message(text: str) -> str:
    return QCoreApplication.translate("FieldRules", text)


def test_next_is_disabled_until_a_package_is_chosen(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    assert at(wizard) is Step.START
    assert not next_button_enabled(wizard)
    click_box(qtbot, wizard.start_page.afas_radio)
    assert next_button_enabled(wizard)


def test_umbrella_path_end_to_end(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.NMBRS_ACCOUNT_TYPE
    assert not next_button_enabled(wizard)
    page = wizard.currentPage()
    assert isinstance(page, AccountTypePage)
    click_box(qtbot, page.boxes[AccountType.UMBRELLA].radio)
    click_next(qtbot, wizard)

    for step in (Step.UMBRELLA_TEMPLATE_USER, Step.UMBRELLA_RIGHTS, Step.UMBRELLA_LOGIN):
        assert at(wizard) is step
        assert not next_button_enabled(wizard)
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)

    assert at(wizard) is Step.UMBRELLA_REGISTRATION
    page = wizard.currentPage()
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan Voorbeeld",
            "email": "jan@",
            "phone": "12",
            "username": "jan",
            "token": "abc def",
            "domain": "https://oamkb.nmbrs.nl/login",
        },
    )
    assert page.editors["email"].error.text() == _message(rules.MSG_EMAIL)
    # The phone format is the wizard's own expectation: a warning, not an error.
    assert page.editors["phone"].error.text() == ""
    assert page.editors["phone"].warning.text() == _message(rules.MSG_PHONE)
    assert page.editors["username"].error.text() == _message(rules.MSG_USERNAME)
    assert page.editors["token"].error.text() == _message(rules.MSG_TOKEN_SPACES)
    assert not next_button_enabled(wizard)
    type_into(
        qtbot,
        wizard,
        {
            "email": "jan@example.nl",
            "phone": "020 123 4567",
            "username": "koppeling@example.nl",
            "token": "  abc123  ",
        },
    )
    assert page.editors["email"].error.isHidden()
    click_next(qtbot, wizard)
    assert wizard.state.nmbrs.domain == "oamkb"
    assert wizard.state.nmbrs.token == "abc123"

    # The live check is optional: offline, the clerk goes on.
    assert at(wizard) is Step.NMBRS_CHECK
    click_next(qtbot, wizard)
    send_the_form(qtbot, wizard, Step.UMBRELLA_SEND_FORM)
    assert at(wizard) is Step.UMBRELLA_EMPLOYERS
    assert next_button_enabled(wizard)  # information only
    click_next(qtbot, wizard)
    assert at(wizard) is Step.SUMMARY
    summary = wizard.currentPage().browser.toPlainText()
    assert "Voorbeeld B.V." in summary and "oamkb" in summary
    assert "abc123" not in summary


def test_per_debtor_path_with_employers(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    # The doubt question picks the per-debtor account.
    yes_button = next(b for b, kind in page.answer_buttons if kind is AccountType.PER_DEBTOR)
    qtbot.mouseClick(yes_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert wizard.state.account_type is AccountType.PER_DEBTOR
    click_next(qtbot, wizard)
    for step in (Step.DEBTOR_MASTER_LOGIN, Step.DEBTOR_RIGHTS):
        assert at(wizard) is step
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    assert at(wizard) is Step.DEBTOR_REGISTRATION
    page = wizard.currentPage()
    assert page.editors["username"].edit.text() == "nog op te geven"
    assert page.editors["username"].edit.isReadOnly()
    assert page.editors["token"].edit.text() == "nog op te geven"
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan",
            "email": "jan@example.nl",
            "phone": "+31 20 123 4567",
        },
    )
    click_next(qtbot, wizard)
    send_the_form(qtbot, wizard, Step.DEBTOR_SEND_FORM)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    page = wizard.currentPage()
    assert isinstance(page, EmployersPage)
    first = page.add_employer()
    second = page.add_employer()
    assert len(wizard.state.employers) == 2
    page.remove_card(second)
    assert len(wizard.state.employers) == 1
    editors = {editor.key: editor for editor in first.editors}
    for key, text in {
        "debtor_name": "Bakkerij",
        "username": "bakkerij",
        "token": "tok123",
        "domain": "oamkb.nmbrs.nl",
    }.items():
        qtbot.keyClicks(editors[key].edit, text)
        editors[key].edit.editingFinished.emit()
    assert editors["username"].error.text() == _message(rules.MSG_USERNAME)
    assert not next_button_enabled(wizard)
    editors["username"].edit.clear()
    qtbot.keyClicks(editors["username"].edit, "bakkerij@example.nl")
    click_next(qtbot, wizard)
    assert at(wizard) is Step.NMBRS_CHECK
    click_next(qtbot, wizard)
    assert at(wizard) is Step.SUMMARY
    assert wizard.state.employers[0].domain == "oamkb"
    text = wizard.currentPage().browser.toPlainText()
    assert "Bakkerij" in text and "tok123" not in text


def test_afas_path_end_to_end(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CONNECTOR_ZIP
    page = wizard.currentPage()
    url = page.mail_url().toString()
    assert url.startswith("mailto:inkomen.relatiebeheer@asr.nl?subject=")
    for step in (Step.AFAS_CONNECTOR_ZIP, Step.AFAS_USER, Step.AFAS_APP_CONNECTOR):
        assert at(wizard) is step
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_REGISTRATION
    page = wizard.currentPage()
    assert page.editors["token_version"].edit.text() == "1"
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld Zorg B.V.",
            "email": "hr@example.nl",
            "framework_contract_number": "RC-1",
            "loonheffingennummer": "123456789L01",
            "employer_codes": "01, 02",
            "customer_number": "1234",
            "data_token": TOKEN[:63],
        },
    )
    assert page.editors["loonheffingennummer"].error.text() == _message(rules.MSG_LH_ELFPROEF)
    assert page.editors["customer_number"].error.text() == _message(rules.MSG_CUSTOMER_NUMBER)
    assert "63" in page.editors["data_token"].error.text()
    type_into(
        qtbot,
        wizard,
        {"loonheffingennummer": "123456782l01", "customer_number": "12345", "data_token": TOKEN},
    )
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
    click_next(qtbot, wizard)
    send_the_form(qtbot, wizard, Step.AFAS_SEND_FORM)
    assert at(wizard) is Step.SUMMARY
    assert wizard.state.afas.loonheffingennummer == "123456782L01"
    assert wizard.state.afas.employer_codes == ["01", "02"]
    assert TOKEN not in wizard.currentPage().browser.toPlainText()


def test_going_back_never_loses_input(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    tick_everything(qtbot, wizard)
    click_next(qtbot, wizard)
    click_back(qtbot, wizard)
    click_back(qtbot, wizard)
    assert at(wizard) is Step.START
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert all(box.isChecked() for box in page.checkboxes.values() if box is not page.skip_box)


def test_switching_package_changes_the_path_in_the_side_panel(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    nmbrs_panel = wizard.step_panel.list_label.text()
    click_box(qtbot, wizard.start_page.afas_radio)
    assert wizard.state.package is Package.AFAS
    assert wizard.step_panel.list_label.text() != nmbrs_panel
    assert "Benefits-Plaza" in wizard.step_panel.list_label.text()


def test_each_visit_words_the_page_once(qtbot, make_wizard, monkeypatch) -> None:
    """Going forward or back, a page's texts are set once per visit, not once per signal."""
    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.afas_radio)
    worded: list[Step] = []
    for step, page in wizard.pages.items():
        original = page.retranslate

        def counting(step: Step = step, original=original) -> None:
            worded.append(step)
            original()

        monkeypatch.setattr(page, "retranslate", counting)
    click_next(qtbot, wizard)
    first = at(wizard)
    assert worded == [first]
    tick_everything(qtbot, wizard)
    worded.clear()
    click_next(qtbot, wizard)
    second = at(wizard)
    assert worded == [second]
    click_back(qtbot, wizard)
    assert at(wizard) is first
    assert worded == [second, first]
