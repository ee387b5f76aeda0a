"""The send-form step, the closing page, Finish's warnings and the export without tokens."""

from __future__ import annotations

import json

import keyring.backends.fail
import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWizard

from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.wizard_driver import (
    at,
    click_box,
    click_next,
    next_button_enabled,
    walk_afas_to_check,
)
from wizard.core.flow import path_steps
from wizard.core.manual import FieldPurpose, shipped_manual
from wizard.core.model import AccountType, Package, Step
from wizard.services.secret_store import SecretStore
from wizard.ui.finish_guard import finish_warnings
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.finish_page import FinishPage
from wizard.ui.pages.send_form_page import SendFormPage
from wizard.ui.screenshot_tour import sample_state

TOKEN = "0123456789ABCDEF" * 4
FORM_URL = "https://www.asr.nl/salarisverwerkers"
PATHS = {
    "umbrella": (Package.NMBRS, AccountType.UMBRELLA, Step.UMBRELLA_SEND_FORM, "nmbrs_umbrella"),
    "per-debtor": (
        Package.NMBRS,
        AccountType.PER_DEBTOR,
        Step.DEBTOR_SEND_FORM,
        "nmbrs_per_debtor",
    ),
    "afas": (Package.AFAS, None, Step.AFAS_SEND_FORM, "afas"),
}


class UrlCatcher(QObject):
    """Receives the URLs Qt would open in the browser or file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls(qapp):
    catcher = UrlCatcher()
    for scheme in ("https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher.urls
    for scheme in ("https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def _wizard_at(qtbot, step: Step, package, account_type, language="nl", **kwargs) -> MainWizard:
    state = sample_state(package, account_type, language)
    wizard = MainWizard(shipped_manual(), None, state, **kwargs)
    qtbot.addWidget(wizard)
    wizard.set_language(language)
    wizard.show()
    wizard.ensure_pages()
    wizard.setStartId(int(step))
    wizard.restart()
    assert at(wizard) is step
    return wizard


@pytest.mark.parametrize("path", sorted(PATHS))
def test_send_form_step_links_to_asr_and_offers_the_form_fields_in_order(
    qtbot, opened_urls, path
) -> None:
    package, account_type, step, fields = PATHS[path]
    wizard = _wizard_at(qtbot, step, package, account_type)
    page = wizard.currentPage()
    assert isinstance(page, SendFormPage)
    # A link in the text, opened by the browser, and a button for the keyboard.
    assert page.intro.openExternalLinks()
    assert f"href='{FORM_URL}'" in page.intro.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened_urls] == [FORM_URL]
    # The form's own labels, in the form's order; nothing only the live check needs.
    on_form = [f for f in shipped_manual().fields[fields] if f.purpose is FieldPurpose.FORM]
    names = [button.objectName() for button in page.copy_panel.copy_buttons]
    assert names == [f"copy_{f.key}" for f in on_form]
    assert "copy_domain" not in names
    labels = [label.text() for label in page.copy_panel.findChildren(QLabel)]
    assert all(f.form_label in labels for f in on_form)


def test_send_form_step_waits_for_sent_or_later(qtbot) -> None:
    wizard = _wizard_at(qtbot, Step.UMBRELLA_SEND_FORM, Package.NMBRS, AccountType.UMBRELLA)
    page = wizard.currentPage()
    assert not next_button_enabled(wizard)
    click_box(qtbot, page.sent_box)
    assert next_button_enabled(wizard)
    click_box(qtbot, page.sent_box)
    assert not next_button_enabled(wizard)
    click_box(qtbot, page.later_box)
    assert next_button_enabled(wizard)
    # The two exclude each other: "sent" replaces "later".
    click_box(qtbot, page.sent_box)
    assert page.sent_box.isChecked() and not page.later_box.isChecked()
    # A confirmation, in the clerk's own words, as the issue asks: not a command.
    assert page.sent_box.label.text() == "Ik heb het formulier verstuurd."
    click_next(qtbot, wizard)
    assert at(wizard) is Step.UMBRELLA_EMPLOYERS


def _answer_finish_warning(qtbot, button_name: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def _click_finish(qtbot, wizard: MainWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _afas_to_summary(qtbot, wizard: MainWizard, *, sent: bool) -> None:
    walk_afas_to_check(qtbot, wizard, TOKEN)
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    click_box(qtbot, page.sent_box if sent else page.later_box)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.SUMMARY


def test_finish_warns_when_a_token_is_in_memory_only_and_nothing_was_saved_or_sent(
    qtbot, make_wizard
) -> None:
    wizard = make_wizard(secrets=SecretStore(keyring.backends.fail.Keyring()))
    _afas_to_summary(qtbot, wizard, sent=False)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.FINISH
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    assert "alleen in het geheugen" in page.tokens_label.text()
    assert "maar één keer" in page.tokens_label.text()

    seen: list[str] = []
    _answer_finish_warning(qtbot, "keepOpenButton", seen)
    _click_finish(qtbot, wizard)
    assert wizard.isVisible() and at(wizard) is Step.FINISH
    assert "alleen in het geheugen" in seen[0]
    assert "AFAS kan het datatoken niet nog eens tonen" in seen[0]
    assert "niet als bestand opgeslagen en ook niet als verstuurd" in seen[0]
    assert wizard.state.afas.data_token == TOKEN

    _answer_finish_warning(qtbot, "closeAnywayButton", seen)
    _click_finish(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2000)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_finish_closes_without_a_question_when_nothing_is_lost(qtbot, make_wizard) -> None:
    wizard = make_wizard(secrets=SecretStore(MemoryKeyring()))
    _afas_to_summary(qtbot, wizard, sent=True)
    click_next(qtbot, wizard)
    assert finish_warnings(wizard.session, wizard.manual) == []
    assert "beveiligde opslag" in wizard.currentPage().tokens_label.text()
    # The sentence names the side panel's button as the clerk sees it, in Dutch.
    button = wizard.actions_panel.forget_button.text().replace("&", "").rstrip("…")
    assert button == "Opgeslagen gegevens wissen"
    assert f"De knop “{button}”" in wizard.currentPage().tokens_label.text()
    _click_finish(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2000)
    assert QApplication.activeModalWidget() is None


def test_a_saved_file_alone_is_enough_for_finish(qtbot, make_wizard, tmp_path) -> None:
    wizard = make_wizard(secrets=SecretStore(MemoryKeyring()))
    _afas_to_summary(qtbot, wizard, sent=False)
    assert finish_warnings(wizard.session, wizard.manual)  # neither saved nor sent yet
    assert wizard.currentPage().export_panel.save_registration(tmp_path / "aanmelding.json")
    assert finish_warnings(wizard.session, wizard.manual) == []


def test_closing_page_lists_the_saved_files_and_opens_their_folder(
    qtbot, make_wizard, tmp_path, opened_urls
) -> None:
    wizard = make_wizard(secrets=SecretStore(MemoryKeyring()))
    _afas_to_summary(qtbot, wizard, sent=True)
    folder = tmp_path / "export"
    folder.mkdir()
    panel = wizard.currentPage().export_panel
    assert panel.save_registration(folder / "aanmelding-afas.json")
    assert panel.save_pdf(folder / "aanmelding-afas.pdf")
    click_next(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "aanmelding-afas.json" in texts and "aanmelding-afas.pdf" in texts
    assert "voortgang.json" in texts
    # Three files (registration, PDF, progress), each with its own button.
    assert len(page.folder_buttons) == 3
    qtbot.mouseClick(page.folder_buttons[0], Qt.MouseButton.LeftButton)
    assert opened_urls[-1] == QUrl.fromLocalFile(str(folder))
    # What comes next, with the links clickable.
    assert "www.asr.nl/salarisverwerkers" in page.next_label.accessibleName()
    assert "href='https://www.asr.nl/salarisverwerkers'" in page.next_label.text()
    assert page.next_label.openExternalLinks()
    # Checking again later is the start page's own button, not a new walk through an import.
    assert "Een bestaande koppeling opnieuw controleren…" in page.next_label.accessibleName()


@pytest.mark.parametrize("account_type", [AccountType.UMBRELLA, AccountType.PER_DEBTOR])
def test_closing_page_says_what_happens_next_on_the_nmbrs_paths(qtbot, account_type) -> None:
    wizard = _wizard_at(qtbot, Step.FINISH, Package.NMBRS, account_type)
    text = wizard.currentPage().next_label.accessibleName()
    # The manual: a.s.r. sends a message; it does not say how.
    assert "stuurt je bericht" in text and "per e-mail" not in text
    assert "handleiding van a.s.r. voor het aanmelden van een werkgever" in text
    assert "www.asr.nl/salariskoppeling" in text
    assert Step.FINISH is path_steps(wizard.state)[-1]


def test_export_leaves_the_tokens_out_by_default_and_names_the_web_form(
    qtbot, make_wizard, tmp_path
) -> None:
    wizard = make_wizard(secrets=SecretStore(MemoryKeyring()))
    _afas_to_summary(qtbot, wizard, sent=True)
    panel = wizard.currentPage().export_panel
    assert not panel.tokens_box.isChecked()
    assert "webformulier" in panel.tokens_note.text()
    target = tmp_path / "aanmelding.json"
    assert panel.save_registration(target)
    assert TOKEN not in target.read_text(encoding="utf-8")
    assert "lever ik apart aan" in json.dumps(json.loads(target.read_text(encoding="utf-8")))
    message = panel.result.text()
    assert "webformulier" in message and "niet als bestand" in message
    assert "naar a.s.r. sturen" not in message

    # Still possible, with a plain word on when it helps and on e-mail.
    click_box(qtbot, panel.tokens_box)
    assert "andere computer" in panel.tokens_note.text()
    assert "mail het nooit" in panel.tokens_note.text()
    assert panel.save_registration(tmp_path / "met-tokens.json")
    assert TOKEN in (tmp_path / "met-tokens.json").read_text(encoding="utf-8")
    assert "mail het bestand nooit" in panel.result.text()


def test_connector_zip_mail_names_the_company_and_the_clerk(qtbot) -> None:
    wizard = _wizard_at(qtbot, Step.AFAS_CONNECTOR_ZIP, Package.AFAS, None)
    page = wizard.currentPage()
    qtbot.keyClicks(page.mail_name_edit, "Jan Voorbeeld")
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1
    body = QUrlQuery(catcher.urls[0]).queryItemValue(
        "body", QUrl.ComponentFormattingOption.FullyDecoded
    )
    assert body.startswith("Geachte heer, mevrouw,")
    afas = wizard.state.afas
    for value in (afas.company_name, afas.framework_contract_number, afas.loonheffingennummer):
        assert value and value in body
    assert "Jan Voorbeeld" in body


def test_asr_addresses_are_links_that_never_break(qapp) -> None:
    from PySide6.QtGui import QTextDocument, QTextOption

    from wizard.ui.widgets.links import WORD_JOINER, linked_html
    from wizard.ui.widgets.where_path import where_html

    text = "Ga naar www.asr.nl/salarisverwerkers. Of (www.asr.nl/salariskoppeling) & <b>"
    rich = linked_html(text)
    assert "href='https://www.asr.nl/salarisverwerkers'" in rich
    assert "href='https://www.asr.nl/salariskoppeling'" in rich
    assert "&amp; &lt;b&gt;" in rich
    assert "href='https://www.asr.nl/salariskoppeling'" in where_html(
        ("www.asr.nl/salariskoppeling",)
    )
    # Word-wrapped as a QLabel wraps: the address stays on one line, at any width it fits.
    for width in (150, 200, 260, 330):
        document = QTextDocument()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setHtml(linked_html("Open eerst www.asr.nl/salarisverwerkers in je browser"))
        document.setTextWidth(width)
        document.size()  # lays the text out
        block = document.firstBlock()
        layout = block.layout()
        lines = [
            block.text()[line.textStart() : line.textStart() + line.textLength()]
            for line in (layout.lineAt(i) for i in range(layout.lineCount()))
        ]
        address = f"www{WORD_JOINER}.{WORD_JOINER}asr"
        assert sum(address in line for line in lines) == 1
        holding = next(line for line in lines if address in line)
        assert "salarisverwerkers" in holding, lines
