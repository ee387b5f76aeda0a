"""Thousands of employers: the employers step shows their cards a page of 50 at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from tests.ui.test_mnemonics import clashes
from tests.ui.wizard_driver import at, click_next
from wizard.core.card_pages import CARDS_PER_PAGE
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.core.progress_store import ProgressStore
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.employers_page import EmployerCard
from wizard.ui.screenshot_tour import sample_state

ROWS = 5_000


def _let_go_of_the_employers(wizard: MainWizard) -> None:
    # The summary's copy panel builds a row per employer at every language change (it is not
    # paged), and the next wizard's translator install reaches this one too.
    wizard.state.employers.clear()


@pytest.fixture(autouse=True)
def _small_leftovers():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWizard):
            _let_go_of_the_employers(widget)


def _valid(number: int) -> Employer:
    return Employer(
        f"Debiteur {number} B.V.",
        f"api{number}@example.nl",
        f"token-{number}-0123456789",
        f"debiteur{number}",
    )


def _open(make_wizard, employers: list[Employer], language: str = "nl", **options):
    wizard = make_wizard(language=language, **options)
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, language)
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    state.employers = employers
    state.current_step = Step.DEBTOR_EMPLOYERS
    wizard.load_state(state)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    return wizard, wizard.currentPage()


def _cards_in_existence(wizard) -> int:
    return sum(1 for card in wizard.findChildren(EmployerCard) if card.parent() is not None)


def _titles(page) -> list[str]:
    return [card.title() for card in page.cards]


def _editor(card: EmployerCard, key: str):
    return next(editor for editor in card.editors if editor.form_field.key == key)


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_5000_row_import_keeps_every_employer_and_shows_50_cards_a_page(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    typed = _valid(0)
    wizard, page = _open(make_wizard, [typed])
    assert not page.pager.isVisible()
    lines = ["naam debiteur;Nmbrs-domein;gebruikersnaam;loonheffingennummer"]
    lines += [f"Debiteur {i} B.V.;debiteur{i};api{i}@example.nl;" for i in range(1, ROWS + 1)]
    path = tmp_path / "werkgevers.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "CSV"))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    preview = page.import_preview
    assert preview is not None and preview.isVisible()
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)

    employers = wizard.state.employers
    assert len(employers) == ROWS + 1 and employers[0] is typed
    assert [e.username for e in employers[1:]] == [f"api{i}@example.nl" for i in range(1, ROWS + 1)]
    assert _cards_in_existence(wizard) <= CARDS_PER_PAGE
    # The page where the added employers begin: the typed one and the first 49 of the file.
    assert page.pager.isVisible()
    assert page.pager.label.text() == "Werkgevers 1–50 van 5.001"
    assert _titles(page)[:2] == ["Werkgever 1", "Werkgever 2"]
    assert len(page.cards) == CARDS_PER_PAGE
    assert not page.pager.previous_button.isEnabled()

    _click(qtbot, page.pager.next_button)
    assert page.pager.label.text() == "Werkgevers 51–100 van 5.001"
    assert _titles(page)[0] == "Werkgever 51" and _titles(page)[-1] == "Werkgever 100"
    assert page.cards[0].employer is employers[50]
    _click(qtbot, page.pager.next_button)
    assert page.pager.label.text() == "Werkgevers 101–150 van 5.001"
    assert _cards_in_existence(wizard) <= CARDS_PER_PAGE

    # Typing on page 3 changes that employer and no other.
    name = _editor(page.cards[3], "debtor_name").edit
    name.selectAll()
    qtbot.keyClicks(name, "Bakkerij De Korenschoof")
    assert employers[103].debtor_name == "Bakkerij De Korenschoof"
    assert employers[102].debtor_name == "Debiteur 102 B.V."
    assert employers[104].debtor_name == "Debiteur 104 B.V."

    # Removing keeps the clerk on page 3; the next employer moves up into it.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    removed = employers[101]
    _click(qtbot, page.cards[1].remove_button)
    assert removed not in wizard.state.employers and len(wizard.state.employers) == ROWS
    assert page.pager.label.text() == "Werkgevers 101–150 van 5.000"
    assert page.cards[1].employer is wizard.state.employers[101]
    assert page.cards[1].employer.username == "api102@example.nl"
    assert _titles(page)[1] == "Werkgever 102"
    assert page.cards[-1].employer.username == "api150@example.nl"

    _click(qtbot, page.pager.previous_button)
    assert page.pager.label.text() == "Werkgevers 51–100 van 5.000"


def test_removing_the_last_card_of_the_last_page_shows_the_page_before(
    qtbot, make_wizard, monkeypatch
):
    wizard, page = _open(make_wizard, [_valid(i) for i in range(1, 52)])
    _click(qtbot, page.pager.next_button)
    assert _titles(page) == ["Werkgever 51"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    _click(qtbot, page.cards[0].remove_button)
    assert len(wizard.state.employers) == 50 and len(page.cards) == 50
    assert _titles(page)[-1] == "Werkgever 50"
    # Everything fits on one page again: no pager.
    assert not page.pager.isVisible()


def test_adding_goes_to_the_last_page_and_focuses_the_new_card(qtbot, make_wizard):
    wizard, page = _open(make_wizard, [_valid(i) for i in range(1, 121)])
    assert page.pager.label.text() == "Werkgevers 1–50 van 120"
    _click(qtbot, page.add_button)
    assert len(wizard.state.employers) == 121
    assert page.pager.label.text() == "Werkgevers 101–121 van 121"
    card = page.cards[-1]
    assert card.employer is wizard.state.employers[-1] and card.title() == "Werkgever 121"
    qtbot.waitUntil(lambda: card.editors[0].edit.hasFocus())
    # The offered domain is the last one typed, as before.
    assert wizard.state.employers[-1].domain == "debiteur120"


def test_a_fix_from_the_check_table_brings_employer_4321_on_screen(qtbot, make_wizard, tmp_path):
    # Only employer 4,321 has a login, so the batch checks just that one (with a wrong domain).
    employers = [Employer(f"Debiteur {i} B.V.") for i in range(1, ROWS + 1)]
    scenario = NmbrsScenario(
        username="api4321@example.nl", token="token-4321-0123456789abcdef", domain="goed"
    )
    target = employers[4320]
    target.username, target.token, target.domain = scenario.username, scenario.token, "fout"
    with FakeNmbrs(logins=[scenario]) as fake:
        config = LiveCheckConfig(
            nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "wsdl", read_timeout=10.0
        )
        wizard, page = _open(make_wizard, employers, check_config=config)
        assert page.pager.label.text() == "Werkgevers 1–50 van 5.000"
        panel = page.batch_panel
        _click(qtbot, panel.check_button)
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.outcome_text(scenario.username) == "Verkeerd domein"
    _click(qtbot, panel.fix_button(scenario.username))
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    assert page.pager.label.text() == "Werkgevers 4.301–4.350 van 5.000"
    card = next(card for card in page.cards if card.employer is target)
    assert card.title() == "Werkgever 4321"
    qtbot.waitUntil(lambda: card.editors[0].edit.hasFocus())
    qtbot.waitUntil(lambda: not card.visibleRegion().isEmpty())
    assert _cards_in_existence(wizard) <= CARDS_PER_PAGE


def test_next_leads_to_the_first_faulty_employer_on_a_later_page(qtbot, make_wizard):
    employers = [_valid(i) for i in range(1, ROWS + 1)]
    faulty = employers[3000]
    faulty.token = ""
    wizard, page = _open(make_wizard, employers)
    assert page.pager.label.text() == "Werkgevers 1–50 van 5.000"
    # Next is off while an employer is incomplete; the page leads to it.
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, page.pager.problem_button)
    assert page.pager.label.text() == "Werkgevers 3.001–3.050 van 5.000"
    card = next(card for card in page.cards if card.employer is faulty)
    assert card.title() == "Werkgever 3001"
    token = _editor(card, "token")
    qtbot.waitUntil(lambda: token.edit.hasFocus())
    assert token.error.isVisibleTo(page) and token.error.text()
    qtbot.waitUntil(lambda: not token.visibleRegion().isEmpty())
    # The second guard (QWizard.next() from code) refuses and leads to the same employer.
    page.show_page(0)
    wizard.next()
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    assert page.pager.label.text() == "Werkgevers 3.001–3.050 van 5.000"
    # Fixed, the clerk goes on, and every employer is still there.
    token = _editor(next(c for c in page.cards if c.employer is faulty), "token")
    qtbot.keyClicks(token.edit, "token-3001-0123456789")
    assert faulty.token == "token-3001-0123456789"
    assert not page.pager.problem_button.isVisible()
    click_next(qtbot, wizard)
    assert at(wizard) is not Step.DEBTOR_EMPLOYERS
    assert len(wizard.state.employers) == ROWS


def test_resume_with_5000_employers_builds_one_page_of_cards(qtbot, make_wizard, tmp_path):
    folder = tmp_path / "appdata"
    first, _page = _open(make_wizard, [_valid(i) for i in range(1, ROWS + 1)], folder=folder)
    assert first.save_progress()
    first.close()
    _let_go_of_the_employers(first)

    second = make_wizard(folder=folder)
    second.resuming.offer(ProgressStore(folder).load())
    qtbot.mouseClick(second.start_page.resume_button, Qt.MouseButton.LeftButton)
    page = second.pages[Step.DEBTOR_EMPLOYERS]
    assert len(second.state.employers) == ROWS
    assert _cards_in_existence(second) <= CARDS_PER_PAGE
    assert len(page.cards) <= CARDS_PER_PAGE
    assert "van 5.000" in page.pager.label.text()


def test_a_language_switch_rewords_the_page_in_view(qtbot, make_wizard):
    # 1,200, not 5,000: the summary's copy panel (not paged) would take a minute to re-word.
    wizard, page = _open(make_wizard, [_valid(i) for i in range(1, 1_201)])
    _click(qtbot, page.pager.next_button)
    wizard.set_language("en")
    assert page.pager.label.text() == "Employers 51–100 of 1,200"
    assert _titles(page)[0] == "Employer 51"
    assert page.pager.previous_button.text().replace("&", "") == "Previous"
    assert page.pager.next_button.accessibleName() == "Next employers"
    assert page.pager.label.accessibleName() == "Employers 51–100 of 1,200"
    assert _cards_in_existence(wizard) <= CARDS_PER_PAGE
    wizard.set_language("nl")
    assert page.pager.label.text() == "Werkgevers 51–100 van 1.200"
    assert page.pager.next_button.text().replace("&", "") == "Volgende"


def test_pager_letters_do_not_clash_in_either_language(qtbot, make_wizard):
    for language in ("nl", "en"):
        wizard, page = _open(make_wizard, [_valid(i) for i in range(1, 61)], language)
        _click(qtbot, page.pager.next_button)
        page.cards[0].employer.token = ""
        page.show_page(0)
        assert page.pager.problem_button.isVisible()
        assert not clashes(wizard), language
        for button in (page.pager.previous_button, page.pager.next_button):
            assert "&" in button.text()


def test_tab_walks_the_cards_in_order_then_the_pager(qtbot, make_wizard):
    wizard, page = _open(make_wizard, [_valid(i) for i in range(1, 121)])
    _click(qtbot, page.pager.next_button)
    first = page.cards[0].editors[0].edit
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = []
    for _ in range(400):
        reached.append(wizard.focusWidget())
        if reached[-1] is page.add_button:
            break
        qtbot.keyClick(reached[-1], Qt.Key.Key_Tab)
    edits = [editor.edit for card in page.cards for editor in card.editors]
    assert [w for w in reached if w in edits] == edits
    tail = [page.cards[-1].remove_button, page.pager.previous_button, page.pager.next_button]
    assert [w for w in reached if w in tail] == tail
    assert reached[-1] is page.add_button
