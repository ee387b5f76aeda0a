"""Our own expectations warn without blocking; a pasted AFAS environment name sets the type."""

from __future__ import annotations

from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN
from tests.ui.wizard_driver import (
    at,
    click_box,
    click_next,
    next_button_enabled,
    tick_everything,
    type_into,
)
from wizard.core.model import AfasEnvironment, Step
from wizard.ui.main_wizard import MainWizard

AFAS_VALUES = {
    "company_name": "Voorbeeld Zorg B.V.",
    "email": "hr@example.nl",
    "framework_contract_number": "RC-1",
    "loonheffingennummer": "123456782L01",
    "employer_codes": "01",
    "customer_number": "12345",
    "data_token": DEFAULT_DATA_TOKEN,
}


def _to_afas_registration(qtbot, wizard: MainWizard) -> None:
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_REGISTRATION


def test_environment_code_t12345aa_gives_test_with_a_banner(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    _to_afas_registration(qtbot, wizard)
    page = wizard.currentPage()
    assert not page.environment_banner.isVisible()
    type_into(qtbot, wizard, {**AFAS_VALUES, "customer_number": "T12345AA"})
    assert wizard.state.afas.environment is AfasEnvironment.TEST
    assert page.editors["customer_number"].error.text() == ""
    banner = page.environment_banner
    assert banner.isVisible()
    assert banner.text().startswith("Testomgeving")
    assert "12345.resttest.afas.online" in banner.text()

    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
    # The number alone is kept, as a.s.r.'s form asks for it.
    assert wizard.state.afas.customer_number == "12345"
    check = wizard.currentPage()
    assert check.environment_box.currentData() == AfasEnvironment.TEST
    assert check.environment_banner.isVisible()

    # Production again: the banner goes.
    check.environment_box.setCurrentIndex(list(AfasEnvironment).index(AfasEnvironment.PRODUCTION))
    assert not check.environment_banner.isVisible()


def test_environment_web_address_gives_accept(qtbot, make_wizard) -> None:
    wizard = make_wizard(language="en")
    _to_afas_registration(qtbot, wizard)
    address = "https://12345.restaccept.afas.online/ProfitRestServices"
    type_into(qtbot, wizard, {**AFAS_VALUES, "customer_number": address})
    assert wizard.state.afas.environment is AfasEnvironment.ACCEPT
    assert wizard.currentPage().environment_banner.text().startswith("Accept environment")


def test_guesses_warn_but_do_not_block_next(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    _to_afas_registration(qtbot, wizard)
    page = wizard.currentPage()
    long_code = "WERKGEVER-HOLDING-2"  # longer than the 15 characters we expect
    type_into(qtbot, wizard, {**AFAS_VALUES, "employer_codes": f"01, {long_code}"})
    editor = page.editors["employer_codes"]
    assert editor.error.text() == ""
    assert editor.warning.isVisible() and long_code in editor.warning.text()
    assert next_button_enabled(wizard)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
    assert wizard.state.afas.employer_codes == ["01", long_code]


def test_unlikely_nmbrs_token_warns_with_its_length_and_where_nmbrs_shows_it(
    qtbot, make_wizard
) -> None:
    from wizard.core.model import AccountType

    wizard = make_wizard()
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    click_box(qtbot, wizard.currentPage().boxes[AccountType.UMBRELLA].radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    assert at(wizard) is Step.UMBRELLA_REGISTRATION
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan Voorbeeld",
            "email": "jan@example.nl",
            "phone": "020 123 4567",
            "username": "koppeling@example.nl",
            "token": "abc123",
            "domain": "oamkb",
        },
    )
    editor = wizard.currentPage().editors["token"]
    assert editor.error.text() == ""
    warning = editor.warning.text()
    assert "6 tekens" in warning and "Gebruiker profiel > API-Token" in warning
    assert warning in editor.edit.accessibleDescription()
    assert next_button_enabled(wizard)
    type_into(qtbot, wizard, {"token": "0f1e2d3c4b5a69788796a5b4c3d2e1f0"})
    assert not editor.warning.isVisible()
