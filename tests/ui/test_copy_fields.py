"""The Copy buttons of the last page: real values out, tokens masked and wiped after a while."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from wizard.core.manual import FieldPurpose, shipped_manual
from wizard.core.model import (
    NOT_YET_GIVEN,
    AccountType,
    AfasRegistration,
    Employer,
    NmbrsRegistration,
    Package,
    WizardState,
)
from wizard.core.secret_mask import MASK
from wizard.ui.widgets.copy_fields import CopyFieldsPanel

SENTINEL = "SENTINEL-4e1d9a7c0b2f48d3"
CLEAR_AFTER_MS = 80


def umbrella_state() -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    state.nmbrs = NmbrsRegistration(
        company_name="Salarisbureau De Vries",
        contact_person="Jan de Vries",
        email="jan@devries.nl",
        phone="020 123 4567",
        username="api.asr@devries.nl",
        token=SENTINEL,
        domain="devries",
    )
    return state


@pytest.fixture
def clipboard(qapp):
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def make_panel(qtbot):
    def factory(state: WizardState, clear_after_ms: int = CLEAR_AFTER_MS) -> CopyFieldsPanel:
        panel = CopyFieldsPanel(state, shipped_manual(), clear_after_ms=clear_after_ms)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return factory


def _button(panel: CopyFieldsPanel, name: str) -> QPushButton:
    button = panel.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _visible_texts(panel: CopyFieldsPanel) -> list[str]:
    texts: list[str] = []
    for label in panel.findChildren(QLabel):
        texts += [label.text(), label.toolTip(), label.accessibleName()]
    for button in panel.findChildren(QPushButton):
        texts += [button.text(), button.toolTip(), button.accessibleName()]
    return texts


def test_copy_puts_the_real_value_on_the_clipboard(qtbot, clipboard, make_panel) -> None:
    panel = make_panel(umbrella_state())
    qtbot.mouseClick(_button(panel, "copy_username"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "api.asr@devries.nl"
    assert panel.status_label.text()
    qtbot.mouseClick(_button(panel, "copy_payroll_package"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "Nmbrs"


def test_copied_token_is_cleared_after_the_interval(qtbot, clipboard, make_panel) -> None:
    panel = make_panel(umbrella_state())
    qtbot.mouseClick(_button(panel, "copy_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SENTINEL
    status = panel.status_label.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert panel.status_label.text() != status


def test_something_else_copied_since_is_not_cleared(qtbot, clipboard, make_panel) -> None:
    panel = make_panel(umbrella_state())
    qtbot.mouseClick(_button(panel, "copy_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SENTINEL
    clipboard.setText("iets anders dat de medewerker kopieerde")
    # Waits for the clear timer itself to fire, however late a loaded machine runs it: a
    # fixed wait would pass without testing anything when the timer had not fired yet.
    with qtbot.waitSignal(panel._clear_timer.timeout, timeout=10000):
        pass
    assert clipboard.text() == "iets anders dat de medewerker kopieerde"


def test_token_is_masked_in_everything_the_panel_shows(clipboard, make_panel) -> None:
    panel = make_panel(umbrella_state())
    texts = _visible_texts(panel)
    assert MASK in texts
    assert not any(SENTINEL in text for text in texts)
    assert "API-Token Nmbrs" in texts


def test_every_form_label_has_a_named_copy_button(make_panel) -> None:
    panel = make_panel(umbrella_state())
    form_labels = [
        field.form_label
        for field in shipped_manual().fields["nmbrs_umbrella"]
        if field.purpose is FieldPurpose.FORM
    ]
    assert len(panel.copy_buttons) == len(form_labels)
    names = [button.accessibleName() for button in panel.copy_buttons]
    for form_label, name in zip(form_labels, names, strict=True):
        assert form_label in name


def test_the_nmbrs_domain_is_not_offered_to_copy(make_panel) -> None:
    # "Domeinnaam Nmbrs" is not on a.s.r.'s form; only the live check needs it.
    panel = make_panel(umbrella_state())
    assert panel.findChild(QPushButton, "copy_domain") is None
    assert not any("Domeinnaam Nmbrs" in text for text in _visible_texts(panel))


def test_per_debtor_has_rows_per_employer(qtbot, clipboard, make_panel) -> None:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR, language="en")
    state.nmbrs = NmbrsRegistration(company_name="Loonadministratie Noord")
    state.employers = [
        Employer("Bakkerij Jansen BV", "api@jansen.nl", SENTINEL, "jansen"),
        Employer("Garage Smit", "api@smit.nl", SENTINEL + "-smit", "smit"),
    ]
    panel = make_panel(state)
    manual = shipped_manual()
    per_employer = [
        f for f in manual.fields["nmbrs_employer"] if f.purpose is FieldPurpose.EMPLOYER
    ]
    expected = len(manual.fields["nmbrs_per_debtor"]) + 2 * len(per_employer)
    assert len(panel.copy_buttons) == expected
    # No manual names the per-employer fields: the wizard's labels, not a form's.
    assert "Naam debiteur" not in _visible_texts(panel)
    assert "Debtor name" in _visible_texts(panel)
    assert panel.findChild(QPushButton, "copy_employer1_domain") is None

    # The main form asks for "nog op te geven" in the token field on this path.
    qtbot.mouseClick(_button(panel, "copy_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == NOT_YET_GIVEN
    qtbot.mouseClick(_button(panel, "copy_employer2_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SENTINEL + "-smit"
    qtbot.mouseClick(_button(panel, "copy_employer1_username"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "api@jansen.nl"
    assert "Garage Smit" in _button(panel, "copy_employer2_token").accessibleName()
    assert not any(SENTINEL in text for text in _visible_texts(panel))


def test_many_employers_come_a_page_at_a_time(qtbot, clipboard, make_panel) -> None:
    """5,000 employers: the rows of one page of 50 exist; the pager leads to the others."""
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR, language="en")
    state.nmbrs = NmbrsRegistration(company_name="Loonadministratie Noord")
    state.employers = [
        Employer(f"Werkgever {n}", f"api{n}@example.nl", f"{SENTINEL}-{n}", "noord")
        for n in range(1, 5001)
    ]
    panel = make_panel(state)
    assert panel.pager.isVisible()
    # The words come from whichever catalogue an earlier test installed; the figures are ours.
    assert "1–50" in panel.pager.label.text()
    assert "5,000" in panel.pager.label.text()
    assert panel.findChild(QPushButton, "copy_employer50_username") is not None
    assert panel.findChild(QPushButton, "copy_employer51_username") is None
    assert not panel.pager.previous_button.isEnabled()

    qtbot.mouseClick(panel.pager.next_button, Qt.MouseButton.LeftButton)
    assert "51–100" in panel.pager.label.text()
    # The main form stays on every page.
    assert panel.findChild(QPushButton, "copy_company_name") is not None
    qtbot.mouseClick(_button(panel, "copy_employer73_username"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "api73@example.nl"
    assert "Werkgever 73" in _button(panel, "copy_employer73_username").accessibleName()

    # Fewer employers later (removed elsewhere): the panel falls back to a page that exists.
    del state.employers[60:]
    panel.refresh()
    assert "51–60" in panel.pager.label.text()
    del state.employers[2:]
    panel.refresh()
    assert not panel.pager.isVisible()
    assert panel.findChild(QPushButton, "copy_employer2_username") is not None


def test_copy_uses_the_value_in_the_state_now(qtbot, clipboard, make_panel) -> None:
    state = umbrella_state()
    panel = make_panel(state)
    state.nmbrs.contact_person = "Anna de Vries"
    qtbot.mouseClick(_button(panel, "copy_contact_person"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "Anna de Vries"


def test_afas_rows_and_empty_values(qtbot, clipboard, make_panel) -> None:
    state = WizardState(package=Package.AFAS)
    state.afas = AfasRegistration(
        company_name="Eigen Beheer BV", employer_codes=["01", "02"], data_token=SENTINEL
    )
    panel = make_panel(state)
    assert len(panel.copy_buttons) == len(shipped_manual().fields["afas"])
    qtbot.mouseClick(_button(panel, "copy_employer_codes"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "01, 02"
    # Nothing to copy yet: the button is off rather than copying an empty text.
    assert not _button(panel, "copy_email").isEnabled()
    state.afas.email = "hr@eigenbeheer.nl"
    panel.refresh()
    qtbot.mouseClick(_button(panel, "copy_email"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "hr@eigenbeheer.nl"
    qtbot.mouseClick(_button(panel, "copy_data_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SENTINEL
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_clear_secret_now_wipes_a_copied_token(qtbot, clipboard, make_panel) -> None:
    panel = make_panel(umbrella_state(), clear_after_ms=60_000)
    qtbot.mouseClick(_button(panel, "copy_token"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SENTINEL
    panel.clear_secret_now()
    assert clipboard.text() == ""
