"""A newcomer's walk through each path: Back, closing and resuming, a language switch on the
way, the live check skipped, and the closing page's way to check again later."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.wizard_driver import (
    at,
    click_back,
    click_box,
    click_next,
    tick_everything,
    type_into,
)
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, CheckRun
from wizard.core.model import AccountType, Package, Step
from wizard.core.progress_store import ProgressStore
from wizard.services.secret_store import SecretStore
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.checklist_page import ChecklistPage
from wizard.ui.pages.employers_page import EmployersPage
from wizard.ui.pages.finish_page import FinishPage
from wizard.ui.pages.live_check_page import LiveCheckPage
from wizard.ui.pages.registration_page import RegistrationPage
from wizard.ui.pages.send_form_page import SendFormPage
from wizard.ui.pages.summary_page import SummaryPage
from wizard.ui.style import apply_style
from wizard.ui.widgets.check_table import CheckTable

AFAS_TOKEN = "0123456789ABCDEF" * 4

# Per path: the package, the account type, and what the clerk types on the form.
PATHS = {
    "umbrella": (
        Package.NMBRS,
        AccountType.UMBRELLA,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan Voorbeeld",
            "email": "jan@example.nl",
            "phone": "020 123 4567",
            "username": "koppeling@example.nl",
            "token": "abc123",
            "domain": "oamkb",
        },
    ),
    "per-debtor": (
        Package.NMBRS,
        AccountType.PER_DEBTOR,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan Voorbeeld",
            "email": "jan@example.nl",
            "phone": "020 123 4567",
        },
    ),
    "afas": (
        Package.AFAS,
        None,
        {
            "company_name": "Voorbeeld Zorg B.V.",
            "email": "hr@example.nl",
            "framework_contract_number": "RC-1",
            "loonheffingennummer": "123456782L01",
            "employer_codes": "01",
            "customer_number": "12345",
            "data_token": AFAS_TOKEN,
        },
    ),
}


def _choose_path(qtbot, wizard: MainWizard, package: Package, account: AccountType | None) -> None:
    click_box(qtbot, wizard.start_page.package_radios[package])
    click_next(qtbot, wizard)
    if account is not None:
        click_box(qtbot, wizard.currentPage().boxes[account].radio)
        click_next(qtbot, wizard)


def _walk_to(qtbot, wizard: MainWizard, stop: type, values: dict[str, str]) -> None:
    """Go forward as a clerk does until a page of type `stop`, skipping the live check."""
    for _ in range(20):
        page = wizard.currentPage()
        if isinstance(page, stop):
            return
        if isinstance(page, RegistrationPage):
            type_into(qtbot, wizard, values)
        elif isinstance(page, SendFormPage):
            # Sent later: the closing page reminds the clerk.
            click_box(qtbot, page.later_box)
        elif isinstance(page, EmployersPage):
            card = page.cards[0] if page.cards else page.add_employer()
            editors = {editor.key: editor for editor in card.editors}
            for key, text in {
                "debtor_name": "Bakkerij",
                "username": "bakkerij@example.nl",
                "token": "tok123",
                "domain": "oamkb",
            }.items():
                editors[key].edit.clear()
                qtbot.keyClicks(editors[key].edit, text)
        elif isinstance(page, ChecklistPage):
            tick_everything(qtbot, wizard)
        # The live check is optional: Next without running it.
        click_next(qtbot, wizard)
    raise AssertionError(f"never reached {stop.__name__}")


@pytest.mark.parametrize("path", PATHS)
def test_a_newcomer_walks_closes_resumes_in_english_and_finishes(
    path: str, qtbot, make_wizard, tmp_path
) -> None:
    package, account, values = PATHS[path]
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, RegistrationPage, values)
    form_step = at(wizard)
    type_into(qtbot, wizard, values)
    # Back to the checklist and forward again: nothing typed is lost.
    click_back(qtbot, wizard)
    click_next(qtbot, wizard)
    assert at(wizard) is form_step
    page = wizard.currentPage()
    assert {key: page.editors[key].edit.text() for key in values} == values
    click_next(qtbot, wizard)
    left_at = at(wizard)
    wizard.close()

    # The next start offers the progress in Dutch; one full stop, never two.
    # Read first, as the program does before its window exists: the fixture's window could
    # otherwise autosave its empty start over the file before the offer is made.
    saved = ProgressStore(folder).load()
    second = make_wizard(folder=folder, secrets=SecretStore(backend))
    second.resuming.offer(saved)
    start = second.start_page
    assert start.resume_frame.isVisibleTo(start)
    dutch = start.resume_label.text()
    assert dutch.startswith("Je was hier al eerder: ")
    assert ".." not in dutch
    # Switching to English before answering rewords the whole banner, path and step included.
    start.language_box.setCurrentIndex(start.language_box.findData("en"))
    english = start.resume_label.text()
    assert english.startswith("You were here before: ")
    assert second.resuming.describe(second.session.offered) in english
    assert not set(dutch.split()[5:]) <= set(english.split())
    assert "Stap" not in english and "Wil je" not in english
    qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
    assert at(second) is left_at
    assert second.state.language == "en"

    _walk_to(qtbot, second, SummaryPage, values)
    summary = second.currentPage().browser.toPlainText()
    # Check results are not in the progress file: "not run" speaks for this session only.
    assert "Live check: not run in this session" in summary
    click_next(qtbot, second)
    finish = second.currentPage()
    assert isinstance(finish, FinishPage)
    # The way to check again later is the start page's own button, named as it shows.
    button = start.recheck_button.text().replace("&", "")
    assert button in finish.next_label.text()
    assert "Import an earlier registration" not in finish.next_label.text()


def test_the_dutch_closing_page_names_the_recheck_button(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    _choose_path(qtbot, wizard, Package.AFAS, None)
    wizard.ensure_pages()
    finish = wizard.pages[Step.FINISH]
    finish.retranslate()
    button = wizard.start_page.recheck_button.text().replace("&", "")
    assert button == "Een bestaande koppeling opnieuw controleren…"
    assert button in finish.next_label.text()


def test_the_resume_banner_keeps_a_title_s_own_full_stop(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    wizard.start_page.offer_resume("Nmbrs, Stap 4a: Aanmeldformulier a.s.r.")
    text = wizard.start_page.resume_label.text()
    assert "a.s.r.\nWil je verdergaan" in text
    assert ".." not in text


def test_in_high_contrast_the_check_table_has_no_colours_of_its_own(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    _choose_path(qtbot, wizard, Package.NMBRS, AccountType.UMBRELLA)
    report = CheckReport(
        Package.NMBRS,
        False,
        [
            CheckItem("CompanyService", "List_GetAll", CallStatus.ACTIVE),
            CheckItem("EmployeeService", "Children_Get", CallStatus.INACTIVE),
        ],
        [],
    )
    run = CheckRun("koppeling@example.nl", report, datetime(2026, 11, 23, 10, 15))
    app = QCoreApplication.instance()
    try:
        apply_style(app, True)
        table = CheckTable(wizard.state)
        qtbot.addWidget(table)
        table.show_runs([run])
        statuses = [table.item(row, 3) for row in range(table.rowCount())]
        assert all(not item.data(Qt.ItemDataRole.ForegroundRole) for item in statuses)
        assert [item.font().bold() for item in statuses] == [False, True]
    finally:
        apply_style(app, False)
    table.show_runs([run])
    assert table.item(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_live_check_page_is_a_live_check_page(qtbot, make_wizard) -> None:
    """The walk above skips the check by its page type; keep that type right."""
    wizard = make_wizard()
    _choose_path(qtbot, wizard, Package.AFAS, None)
    wizard.ensure_pages()
    assert isinstance(wizard.pages[Step.AFAS_CHECK], LiveCheckPage)


def _reopen(qtbot, make_wizard, folder, backend: MemoryKeyring) -> MainWizard:
    """Start the wizard again on the same progress folder and keyring, and resume."""
    # Read before the window exists, as the program does (see above).
    saved = ProgressStore(folder).load()
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    wizard.resuming.offer(saved)
    qtbot.mouseClick(wizard.start_page.resume_button, Qt.MouseButton.LeftButton)
    return wizard


@pytest.mark.parametrize("path", ["umbrella", "afas"])
def test_a_token_typed_before_closing_the_window_comes_back(
    path: str, qtbot, make_wizard, tmp_path
) -> None:
    """Typed, not yet Next: closing the window keeps the token as it keeps the rest."""
    package, account, values = PATHS[path]
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, RegistrationPage, values)
    form_step = at(wizard)
    page = wizard.currentPage()
    for key, text in values.items():
        page.editors[key].edit.clear()
        qtbot.keyClicks(page.editors[key].edit, text)
    wizard.close()

    again = _reopen(qtbot, make_wizard, folder, backend)
    assert at(again) is form_step
    page = again.currentPage()
    assert {key: page.editors[key].edit.text() for key in values} == values


def test_an_employer_token_typed_before_closing_the_window_comes_back(
    qtbot, make_wizard, tmp_path
) -> None:
    package, account, values = PATHS["per-debtor"]
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, EmployersPage, values)
    page = wizard.currentPage()
    card = page.cards[0] if page.cards else page.add_employer()
    typed = {
        "debtor_name": "Bakkerij",
        "username": "bakkerij@example.nl",
        "token": "tok123",
        "domain": "oamkb",
    }
    editors = {editor.key: editor for editor in card.editors}
    for key, text in typed.items():
        qtbot.keyClicks(editors[key].edit, text)
    wizard.close()

    again = _reopen(qtbot, make_wizard, folder, backend)
    assert at(again) is Step.DEBTOR_EMPLOYERS
    card = again.currentPage().cards[0]
    assert {editor.key: editor.edit.text() for editor in card.editors} == typed


def test_closing_without_a_token_leaves_the_keyring_alone(qtbot, make_wizard, tmp_path) -> None:
    backend = MemoryKeyring()
    wizard = make_wizard(folder=tmp_path / "appdata", secrets=SecretStore(backend))
    _choose_path(qtbot, wizard, Package.AFAS, None)
    wizard.close()
    assert backend.calls == []


@pytest.mark.parametrize("path", PATHS)
def test_the_summary_says_where_left_out_tokens_go_on_each_path(
    path: str, qtbot, make_wizard
) -> None:
    """Per debtor the form says "nog op te geven": each employer's token goes with that
    employer's registration, not in the web form for payroll processors."""
    package, account, values = PATHS[path]
    wizard = make_wizard()
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, SummaryPage, values)
    note = wizard.currentPage().export_panel.tokens_note.text()
    assert note.startswith("De tokens staan er niet in")
    if account is AccountType.PER_DEBTOR:
        assert "wanneer je die werkgever bij a.s.r. aanmeldt" in note
        assert "salarisverwerkers" not in note
    else:
        assert "webformulier op www.asr.nl/salarisverwerkers" in note


def test_in_the_smallest_window_the_side_panel_scrolls_to_its_last_step(qtbot, make_wizard) -> None:
    wizard = make_wizard()
    _choose_path(qtbot, wizard, Package.NMBRS, AccountType.UMBRELLA)
    wizard.resize(760, 500)
    label = wizard.step_panel.list_label
    qtbot.waitUntil(lambda: wizard.width() == 760)
    # The whole list is laid out (never squeezed and cut off); the panel scrolls to it.
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    scroll_bar = wizard.step_panel.list_scroll.verticalScrollBar()
    assert scroll_bar.maximum() > 0
    scroll_bar.setValue(scroll_bar.maximum())
    last = wizard.step_panel.step_name(Step.FINISH)
    assert label.text().endswith(f"{last}</p>")


@pytest.mark.parametrize("path", PATHS)
def test_sent_later_is_recalled_on_the_closing_page(path: str, qtbot, make_wizard) -> None:
    """The tick promises "de wizard herinnert me eraan bij Voltooien": the closing page does."""
    package, account, values = PATHS[path]
    wizard = make_wizard()
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, FinishPage, values)  # ticks "later" on the send-form step
    finish = wizard.currentPage()
    assert finish.later_label.isVisibleTo(finish)
    text = finish.later_label.accessibleName()
    assert text.startswith("Herinnering: je koos ervoor het formulier van a.s.r. later te")
    assert "op het tabblad Naar het formulier van a.s.r. kopiëren." in text
    assert "href='https://www.asr.nl/salarisverwerkers'" in finish.later_label.text()
    # Sent after all: no reminder.
    while not isinstance(wizard.currentPage(), SendFormPage):
        click_back(qtbot, wizard)
    send_form = wizard.currentPage()
    click_box(qtbot, send_form.later_box)
    click_box(qtbot, send_form.sent_box)
    click_next(qtbot, wizard)
    _walk_to(qtbot, wizard, FinishPage, {})
    assert not wizard.currentPage().later_label.isVisibleTo(wizard.currentPage())


def test_the_resume_offer_names_the_check_summary_or_closing_page(
    qtbot, make_wizard, tmp_path
) -> None:
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder)
    package, account, values = PATHS["afas"]
    _choose_path(qtbot, wizard, package, account)
    _walk_to(qtbot, wizard, SummaryPage, values)
    wizard.close()
    saved = ProgressStore(folder).load()
    again = make_wizard(folder=folder)
    again.resuming.offer(saved)
    banner = again.start_page.resume_label.text()
    assert "AFAS, gegevens in eigen beheer via Benefits-Plaza, Overzicht\n" in banner
