"""The manuals' content as data: complete, in both languages, and exact where it is a fact."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.ci_environment import require_shared_copy
from wizard.core.flow import path_steps
from wizard.core.manual import Text, shipped_manual
from wizard.core.model import AccountType, Package, Step, WizardState

# The manuals are not in the repository; WIZARD_MANUALS_DIR points elsewhere than ../shared.
MANUALS = Path(
    os.environ.get("WIZARD_MANUALS_DIR")
    or Path(__file__).resolve().parents[3] / "shared" / "handleidingen"
)

UMBRELLA = {
    "CompanyService": ["Company_GetCurrentPeriod", "List_GetAll", "Run_GetList"],
    "EmployeeService": [
        "Address_GetListCurrent",
        "BankAccount_GetListCurrent",
        "Children_Get",
        "Contract_GetCurrentPeriod",
        "List_GetByCompany",
        "Partner_Get",
        "PersonalInfo_GetCurrent",
        "Salary_GetAll_AllEmployeesByCompany",
        "Schedule_GetCurrent",
        "Schedule_GetList",
        "SVW_GetCurrent",
        "WageComponentFixed_GetCurrent",
        "WageComponentVar_GetCurrent",
        "Employment_GetAll_AllEmployeesByCompany",
    ],
    "ReportService": [
        "Report_GetWageCodesByRunCompany_FilterByWageCode_Background",
        "Report_BackgroundTask_Result",
    ],
}
PER_DEBTOR = {
    "CompanyService": [
        "Company_GetCurrentPeriod",
        "List_GetAll",
        "Reports_GetWageCodesByRunCompany_FilterByWageCode",
        "Reports_GetWageCodesByRunCompany_v2",
        "Run_GetList",
    ],
    "EmployeeService": UMBRELLA["EmployeeService"],
}


def _by_service(kind: AccountType) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for call in shipped_manual().calls[kind]:
        grouped.setdefault(call.service, []).append(call.screen_name)
    return grouped


def test_umbrella_calls_are_exactly_the_manuals() -> None:
    assert _by_service(AccountType.UMBRELLA) == UMBRELLA


def test_per_debtor_calls_are_exactly_the_manuals() -> None:
    assert _by_service(AccountType.PER_DEBTOR) == PER_DEBTOR


def test_report_calls_use_the_real_plural_operation_name() -> None:
    reports = [
        c for c in shipped_manual().calls[AccountType.UMBRELLA] if c.service == "ReportService"
    ]
    assert [c.operation for c in reports] == [
        "Reports_GetWageCodesByRunCompany_FilterByWageCode_Background",
        "Reports_BackgroundTask_Result",
    ]


def test_call_lists_match_the_manual_text_when_it_is_present() -> None:
    manual_file = MANUALS / "nmbrs-aanmelden-salarisverwerker.txt"
    require_shared_copy(
        manual_file.exists(),
        f"the manual text {manual_file} is missing, so the call lists were not compared",
    )
    text = manual_file.read_text(encoding="utf-8")
    umbrella_part, debtor_part = text.split("Account per debiteur\nMet onderstaand")
    listed = lambda part: re.findall(r"^\s*-\s*([A-Za-z_0-9]+_[A-Za-z_0-9]+)", part, re.M)  # noqa: E731
    assert listed(umbrella_part) == [n for names in UMBRELLA.values() for n in names]
    assert listed(debtor_part) == [n for names in PER_DEBTOR.values() for n in names]


def test_every_page_step_has_content_and_rights_steps_show_the_right_list() -> None:
    manual = shipped_manual()
    not_in_manual = {Step.START, Step.NMBRS_ACCOUNT_TYPE, Step.NMBRS_CHECK, Step.AFAS_CHECK}
    manual_steps = set(Step) - not_in_manual - {Step.SUMMARY, Step.FINISH}
    assert set(manual.steps) == manual_steps
    assert manual.steps[Step.UMBRELLA_RIGHTS].calls == manual.calls[AccountType.UMBRELLA]
    assert manual.steps[Step.DEBTOR_RIGHTS].calls == manual.calls[AccountType.PER_DEBTOR]


def test_item_ids_are_unique_per_step() -> None:
    for content in shipped_manual().steps.values():
        ids = content.item_ids()
        assert len(ids) == len(set(ids)), content.step


def _texts(value: object) -> list[Text]:
    found: list[Text] = []
    if isinstance(value, Text):
        return [value]
    if isinstance(value, tuple | list):
        for item in value:
            found += _texts(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found += _texts(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            found += _texts(item)
    return found


def test_every_text_is_there_in_dutch_and_english() -> None:
    manual = shipped_manual()
    texts = _texts([manual.steps, manual.fields, manual.account_types])
    assert len(texts) > 100
    for text in texts:
        # Empty help is allowed only when empty in both languages.
        assert bool(text.nl) == bool(text.en), text
        assert text.nl != text.en or not text.nl or len(text.nl) < 25, text


def test_exact_screen_names_of_the_manuals_are_kept() -> None:
    manual = shipped_manual()
    where = {name for c in manual.steps.values() for item in c.items for name in item.where}
    for fact in (
        "Template Users",
        "+ Nieuwe Template Gebruikers",
        "Master Accountant",
        "Systeem default templates",
        "Administrator (met debiteurenbeheer) (systeem)",
        "Webservices rights edit",
        "+ Nieuw Account",
        "Sandbox toestaan",
        "Alle debiteuren",
        "Klant Logins",
        "Autorisatietool",
        "Omzetten naar systeemgebruiker",
        "4 Importeren",
        "Get Connector",
        "Selectiewizard GetConnectoren",
        "Gebruikerstokens",
    ):
        assert fact in where, fact


def _all_text(step: Step) -> str:
    content = shipped_manual().steps[step]
    texts = [content.intro.nl, *(item.text.nl for item in content.items)]
    if content.skip_item is not None:
        texts.append(content.skip_item.text.nl)
    return " ".join(texts)


def test_per_debtor_path_warns_to_use_a_lasting_email_address() -> None:
    # The manual's warning: a login on a mailbox that is closed stops the link.
    items = shipped_manual().steps[Step.DEBTOR_MASTER_LOGIN].items
    lasting = next(item for item in items if item.id == "lasting_email")
    assert lasting.warning
    assert "blijft bestaan" in lasting.text.nl and "will last" in lasting.text.en
    username = next(f for f in shipped_manual().fields["nmbrs_employer"] if f.key == "username")
    assert "blijft bestaan" in username.help.nl


def test_per_debtor_path_points_to_the_employer_manual() -> None:
    assert "handleiding voor het aanmelden van een werkgever" in _all_text(Step.DEBTOR_EMPLOYERS)


def test_umbrella_path_names_the_standard_administrator_user_and_the_accountant_login() -> None:
    text = _all_text(Step.UMBRELLA_TEMPLATE_USER)
    assert "administrator (met debiteurenbeheer)" in text
    assert "accountantslogin van je kantoor" in text
    manual_file = MANUALS / "nmbrs-aanmelden-salarisverwerker.txt"
    if manual_file.exists():
        manual_text = manual_file.read_text(encoding="utf-8")
        assert "administrator (met debiteurenbeheer)" in manual_text


def test_the_app_connector_unblock_item_is_marked_as_an_extra_with_its_source() -> None:
    items = shipped_manual().steps[Step.AFAS_APP_CONNECTOR].items
    unblock = next(item for item in items if item.id == "unblock")
    assert unblock.extra
    assert "documentatie van AFAS" in unblock.text.nl
    assert "AFAS's documentation" in unblock.text.en
    # Every other item comes from a.s.r.'s manuals.
    extras = [
        item.id
        for content in shipped_manual().steps.values()
        for item in content.items
        if item.extra
    ]
    assert extras == ["unblock"]


def test_statements_the_manuals_do_not_make_are_gone() -> None:
    everything = " ".join(
        text.nl + " " + text.en
        for text in _texts([shipped_manual().steps, shipped_manual().fields])
    )
    assert "geen blok Report Services" not in everything
    assert "no Report Services block" not in everything
    # The manual says a.s.r. sends a message, not that it confirms by e-mail.
    assert "bevestigt je aanmelding per e-mail" not in everything
    assert "confirms your registration by e-mail" not in everything


def test_the_connector_zip_mail_has_a_salutation_and_names_who_asks() -> None:
    from wizard.core.mail_text import fill_mail_body

    mail = shipped_manual().steps[Step.AFAS_CONNECTOR_ZIP].mail
    assert mail is not None
    values = {
        "name": "Jan Voorbeeld",
        "company_name": "Voorbeeld Zorg B.V.",
        "framework_contract_number": "RC-000123",
        "loonheffingennummer": "123456782L01",
    }
    dutch = fill_mail_body(mail.body.nl, values)
    assert dutch.startswith("Geachte heer, mevrouw,\n")
    for value in values.values():
        assert value in dutch
    assert dutch.rstrip().endswith("Jan Voorbeeld\nVoorbeeld Zorg B.V.")
    assert fill_mail_body(mail.body.en, values).startswith("Dear Sir or Madam,\n")
    # Only what is filled in: no empty "Raamwerkcontractnummer:" line, no stray braces.
    partial = fill_mail_body(mail.body.nl, {"company_name": "Voorbeeld Zorg B.V."})
    assert "Raamwerkcontractnummer" not in partial and "Loonheffingennummer" not in partial
    assert "Bedrijfsnaam: Voorbeeld Zorg B.V." in partial and "{" not in partial


@pytest.mark.parametrize(
    ("package", "account_type"),
    [
        (Package.NMBRS, AccountType.UMBRELLA),
        (Package.NMBRS, AccountType.PER_DEBTOR),
        (Package.AFAS, None),
    ],
)
def test_no_two_steps_of_a_path_show_the_same_number(
    package: Package, account_type: AccountType | None
) -> None:
    """The registration data and sending the form are one manual step: shown as 4a and 4b."""
    manual = shipped_manual()
    state = WizardState(package=package, account_type=account_type)
    numbers = [manual.steps[s].number for s in path_steps(state) if s in manual.steps]
    assert len(numbers) == len(set(numbers)), numbers
