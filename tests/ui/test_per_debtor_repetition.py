"""Per debtor: the master login is made once per debtor; the wizard shows how far that got."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.wizard_driver import at
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.ui.screenshot_tour import sample_state


def _wizard_at(make_wizard, step: Step, employers: list[Employer], language: str = "nl"):
    wizard = make_wizard(language=language)
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, language)
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    state.employers = employers
    state.current_step = step
    wizard.load_state(state)
    assert at(wizard) is step
    return wizard


def test_a_new_employer_is_offered_the_last_domain(qtbot, make_wizard) -> None:
    first = Employer("Bakkerij B.V.", "bakkerij@example.nl", "tok123", "oamkb")
    wizard = _wizard_at(make_wizard, Step.DEBTOR_EMPLOYERS, [first])
    page = wizard.currentPage()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    card = page.cards[-1]
    domain = next(editor for editor in card.editors if editor.form_field.key == "domain")
    assert domain.edit.text() == "oamkb"
    assert wizard.state.employers[-1].domain == "oamkb"
    # Only the offer is there: the other fields wait for this debtor's own login.
    assert wizard.state.employers[-1].username == ""


def test_the_master_login_step_counts_the_logins_kept_so_far(make_wizard) -> None:
    employers = [
        Employer("Bakkerij B.V.", "bakkerij@example.nl", "tok123", "oamkb"),
        Employer("Transport B.V.", "transport@example.nl", "tok456", "oamkb"),
    ]
    wizard = _wizard_at(make_wizard, Step.DEBTOR_MASTER_LOGIN, employers)
    note = wizard.currentPage().repeat_note.text()
    assert "Herhaal deze stap voor elke debiteur" in note
    assert "2 master bedrijfslogins in stap 4 (Werkgevers aanmelden)" in note
    assert "Bakkerij B.V., Transport B.V." in note

    one = _wizard_at(make_wizard, Step.DEBTOR_MASTER_LOGIN, employers[:1])
    assert "staat er 1 master bedrijfslogin in" in one.currentPage().repeat_note.text()
