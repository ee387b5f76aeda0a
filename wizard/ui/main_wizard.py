"""The QWizard that holds every page; routing comes from wizard.core.flow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSize,
    QThreadPool,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from wizard import APP_NAME, __version__
from wizard.core.flow import SEND_FORM_STEPS, form_sent, path_steps, resume_target
from wizard.core.manual import Manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.progress_store import (
    MSG_REASON_UNENCODABLE,
    MSG_SAVE_FAILED,
    LoadOutcome,
    LoadStatus,
    ProgressStore,
    progress_document,
)
from wizard.translation import install_translators
from wizard.ui.live_check_services import LiveCheckServices
from wizard.ui.pages.start_page import StartPage
from wizard.ui.pages.step_page import StepPage
from wizard.ui.save_location import documents_folder, in_documents
from wizard.ui.widgets.notice_bar import NoticeBar
from wizard.ui.widgets.side_actions import SideActions
from wizard.ui.widgets.step_panel import StepPanel

if TYPE_CHECKING:
    from wizard.core.registration_file import ImportedRegistration
    from wizard.services.secret_store import SecretStore
    from wizard.services.token_keeper import KeeperNotice, TokenKeeper
    from wizard.ui.pages.finish_page import TokenKeeping

log = logging.getLogger(__name__)

# Dialogs, datetime and most pages are imported where they are used: the fewer modules load
# before the first paint, the sooner the clerk sees the window.

_CHECKLIST_STEPS = (
    Step.UMBRELLA_TEMPLATE_USER,
    Step.UMBRELLA_RIGHTS,
    Step.UMBRELLA_LOGIN,
    Step.UMBRELLA_EMPLOYERS,
    Step.DEBTOR_MASTER_LOGIN,
    Step.DEBTOR_RIGHTS,
    Step.AFAS_CONNECTOR_ZIP,
    Step.AFAS_USER,
    Step.AFAS_APP_CONNECTOR,
)
_FORM_STEPS = (Step.UMBRELLA_REGISTRATION, Step.DEBTOR_REGISTRATION, Step.AFAS_REGISTRATION)
# Leaving these pages means the clerk has entered tokens worth keeping.
_TOKEN_STEPS = (Step.UMBRELLA_REGISTRATION, Step.DEBTOR_EMPLOYERS, Step.AFAS_REGISTRATION)


def notice_text(notice: KeeperNotice) -> str:
    """A keeper's notice in the clerk's language."""
    text = QCoreApplication.translate(notice.context, notice.text)
    for name, value in notice.arguments:
        text = text.replace("{" + name + "}", value)
    return text


# Saving on every keystroke would hammer the disk; a short pause batches them.
_AUTOSAVE_DELAY_MS = 400


def _clerk_content(state: WizardState) -> dict[str, object]:
    """What the clerk entered or chose; the page on screen and the language do not count."""
    document = progress_document(state, saved_at=0)
    for key in ("saved_at", "language", "current_step"):
        document.pop(key)
    return document


class MainWizard(QWizard):
    """The wizard window. Owns the state; pages edit it; the store keeps its non-secret part.

    Only the start page is built before the window first shows; the other pages follow right
    after the first paint (or sooner, when something needs them), so the clerk sees the
    window quickly.
    """

    # At the first paint event, before that frame is drawn: the moment the benchmark calls
    # "first page shown". Slots must be quick; they delay the frame.
    showing_first_frame = Signal()
    # Once the first frame is on screen: the moment for start-up work that can wait.
    first_painted = Signal()

    def __init__(
        self,
        manual: Manual,
        store: ProgressStore | None,
        state: WizardState | None = None,
        services: LiveCheckServices | None = None,
        pool: QThreadPool | None = None,
        secrets: SecretStore | Callable[[], SecretStore] | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path
        # A factory is accepted so the keyring loads on first use, not before the first paint.
        self._secrets = secrets
        self._keeper: TokenKeeper | None = None
        # Whether the last attempt to put the tokens in the keyring failed (memory only).
        self._token_save_failed = False
        # A pool of our own, so tests and shutdown can wait for running checks.
        self.pool = pool or QThreadPool(self)
        self.manual = manual
        self.store = store
        self.state = state or WizardState()
        self._saved_state: WizardState | None = None
        # The content when saved progress was offered; see _may_save().
        self._content_at_offer: dict[str, object] | None = None
        self.setObjectName("mainWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Small enough for a 1366x768 laptop at 150% or a full-HD screen at 200% (960x540).
        self.setMinimumSize(QSize(760, 500))
        self.resize(QSize(980, 700))

        self.pages: dict[Step, StepPage] = {}
        self.start_page = StartPage(self.state, manual)
        self._add(self.start_page)
        self.services = services or LiveCheckServices()
        self._painted = False
        self.setStartId(int(Step.START))

        # Keep a Python reference: PySide6 does not take ownership through setSideWidget().
        self._side = side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.step_panel = StepPanel(self.state, manual)
        side_layout.addWidget(self.step_panel, 1)
        self.save_notice = QLabel()
        self.save_notice.setObjectName("errorLabel")
        self.save_notice.setWordWrap(True)
        self.save_notice.setMaximumWidth(260)
        self.save_notice.hide()
        side_layout.addWidget(self.save_notice)
        self.keyring_notice = QLabel()
        self.keyring_notice.setObjectName("noticeLabel")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setMaximumWidth(260)
        self.keyring_notice.hide()
        side_layout.addWidget(self.keyring_notice)
        self.notice_bar = NoticeBar()
        self.notice_bar.setMaximumWidth(260)
        side_layout.addWidget(self.notice_bar)
        self.actions_panel = SideActions()
        self.actions_panel.setMaximumWidth(260)
        side_layout.addWidget(self.actions_panel)
        self.setSideWidget(side)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(_AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_progress)

        self.start_page.language_requested.connect(self.set_language)
        self.start_page.resume_requested.connect(self.resume)
        self.start_page.restart_requested.connect(self.start_over)
        self.start_page.recheck_requested.connect(self.open_recheck)
        self.actions_panel.import_button.clicked.connect(self._choose_import)
        self.actions_panel.forget_button.clicked.connect(self._confirm_forget)
        self.actions_panel.diagnostics_button.clicked.connect(self._choose_diagnostics_file)
        self.step_panel.step_requested.connect(self.jump_to)
        self.currentIdChanged.connect(self._on_page_changed)
        self.retranslate()

    @property
    def keeper(self) -> TokenKeeper | None:
        """Moves tokens to and from the OS keyring; None when the wizard keeps no secrets."""
        if self._keeper is None and self._secrets is not None:
            from wizard.services.token_keeper import TokenKeeper

            secrets = self._secrets if not callable(self._secrets) else self._secrets()
            self._keeper = TokenKeeper(secrets)
        return self._keeper

    def ensure_pages(self) -> None:
        """Build every page after the start page; does nothing once they exist."""
        if Step.FINISH in self.pages:
            return
        # Imported here, with the pages: they pull in most of the program.
        from wizard.ui.pages.account_type_page import AccountTypePage
        from wizard.ui.pages.afas_check_page import AfasCheckPage
        from wizard.ui.pages.checklist_page import ChecklistPage
        from wizard.ui.pages.employers_page import EmployersPage
        from wizard.ui.pages.finish_page import FinishPage
        from wizard.ui.pages.nmbrs_check_page import NmbrsCheckPage
        from wizard.ui.pages.registration_page import RegistrationPage
        from wizard.ui.pages.send_form_page import SendFormPage
        from wizard.ui.pages.summary_page import SummaryPage

        manual, state = self.manual, self.state
        self._add(AccountTypePage(state, manual))
        for step in _CHECKLIST_STEPS:
            self._add(ChecklistPage(step, state, manual))
        for step in _FORM_STEPS:
            self._add(RegistrationPage(step, state, manual))
        for step in SEND_FORM_STEPS:
            self._add(SendFormPage(step, state, manual))
        self._add(EmployersPage(state, manual))
        self._add(NmbrsCheckPage(state, manual, self.services, self.pool))
        self._add(AfasCheckPage(state, manual, self.services, self.pool))
        for step in (Step.NMBRS_CHECK, Step.AFAS_CHECK):
            self.pages[step].fix_requested.connect(self.go_back_to)  # type: ignore[attr-defined]
        self._add(SummaryPage(state, manual))
        self._add(
            FinishPage(
                state,
                manual,
                token_keeping=self.token_keeping,
                progress_file=self.store.path if self.store is not None else None,
            )
        )
        self.step_panel.refresh(self.current_step())

    @property
    def nmbrs_check_page(self) -> StepPage:
        """The live Nmbrs check page."""
        self.ensure_pages()
        return self.pages[Step.NMBRS_CHECK]

    @property
    def afas_check_page(self) -> StepPage:
        """The live AFAS check page."""
        self.ensure_pages()
        return self.pages[Step.AFAS_CHECK]

    def event(self, event: QEvent) -> bool:
        # event() runs during QWizard.__init__ already, before _painted exists.
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True
            self.showing_first_frame.emit()
            # Deferred to the event loop: work done here would hold the frame back.
            QTimer.singleShot(0, self._after_first_frame)
        return super().event(event)

    def _after_first_frame(self) -> None:
        self.first_painted.emit()
        # One more turn of the event loop, so input between the two is handled.
        QTimer.singleShot(0, self.ensure_pages)

    def _add(self, page: StepPage) -> None:
        self.setPage(int(page.step), page)
        self.pages[page.step] = page
        page.state_changed.connect(self._on_state_changed)

    # --- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole wizard, Qt's own buttons included, to `language`."""
        self.state.language = install_translators(language)
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()
        self._on_state_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the window's own texts."""
        self.setWindowTitle(APP_NAME)
        # Qt's Dutch "Vol&tooien" shares its letter with "< &Terug"; our own text does not.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self._name_or_hide_qt_labels()
        self.step_panel.refresh(self.current_step())

    # --- progress ---------------------------------------------------------------------------

    def current_step(self) -> Step:
        """The step on screen (START before the wizard is shown)."""
        current = self.currentId()
        return Step(current) if current >= 0 else Step.START

    def _name_or_hide_qt_labels(self) -> None:
        """Qt's own empty labels would be read out as blanks: name them or hide them.

        One holds the side panel (QWizard's watermark); the other is the header's unused logo.
        """
        ours = [self._side, *self.pages.values()]
        for label in self.findChildren(QLabel):
            if label.text() or any(widget.isAncestorOf(label) for widget in ours):
                continue
            if self._side.parentWidget() is label:
                label.setAccessibleName(self.tr("Side panel"))
            elif label.pixmap().isNull():
                label.hide()

    def _on_page_changed(self, page_id: int) -> None:
        self._name_or_hide_qt_labels()
        if page_id < 0:
            return
        step = Step(page_id)
        log.info("page shown", extra={"step": step.name})
        self.state.current_step = step
        self.pages[step].retranslate()
        self._on_state_changed()

    def _on_state_changed(self) -> None:
        # A finished live check ticks the calls it proved active at once, not on the next visit.
        for page in self.pages.values():
            take_proofs = getattr(page, "take_check_proofs", None)
            if take_proofs is not None:
                take_proofs()
        self.step_panel.refresh(self.current_step())
        # A running check of changed credentials no longer answers the clerk's question.
        for step in (Step.NMBRS_CHECK, Step.AFAS_CHECK):
            page = self.pages.get(step)
            if page is not None:
                page.input_changed()  # type: ignore[attr-defined]
        if self.store is not None:
            self._autosave.start()

    def _may_save(self) -> bool:
        # While the resume question is open, the file holds more than the screen: only the
        # clerk answering it, or changing something, may replace it.
        if self._saved_state is None:
            return True
        return _clerk_content(self.state) != self._content_at_offer

    def save_progress(self) -> bool:
        """Write the non-secret progress now; on failure say so and keep everything in memory.

        Nothing is written while saved progress is offered and the clerk has neither answered
        nor changed anything, nor over a file load() could not read (the clerk was told).
        """
        if self.store is None:
            return True
        self._autosave.stop()
        if self.store.protected or not self._may_save():
            return True
        try:
            self.store.save(self.state)
        except (OSError, UnicodeError) as error:
            # UnicodeError: text that cannot be encoded must cost a notice, never the window.
            if isinstance(error, OSError):
                reason = error.strerror or type(error).__name__
            else:
                reason = QCoreApplication.translate("Progress", MSG_REASON_UNENCODABLE)
            self.save_notice.setText(
                QCoreApplication.translate("Progress", MSG_SAVE_FAILED).replace("{reason}", reason)
            )
            self.save_notice.show()
            return False
        self.save_notice.hide()
        return True

    def offer(self, outcome: LoadOutcome) -> None:
        """Offer saved progress for resume, or explain why it was set aside."""
        if outcome.status is LoadStatus.LOADED and outcome.state is not None:
            if outcome.state.package is None:
                return
            self._saved_state = outcome.state
            self._content_at_offer = _clerk_content(self.state)
            self.start_page.offer_resume(self.describe(outcome.state))
        elif outcome.status is LoadStatus.SET_ASIDE and outcome.message:
            message = QCoreApplication.translate("Progress", outcome.message)
            for name, value in outcome.arguments:
                message = message.replace("{" + name + "}", value)
            self.show_notice(message)

    def describe(self, state: WizardState) -> str:
        """'Nmbrs, umbrella account, Step 2: ...' for the resume banner."""
        if state.package is Package.AFAS:
            path = self.tr("AFAS")
        elif state.account_type is AccountType.PER_DEBTOR:
            path = self.tr("Nmbrs, account per debtor")
        elif state.account_type is AccountType.UMBRELLA:
            path = self.tr("Nmbrs, umbrella account")
        else:
            path = self.tr("Nmbrs")
        content = self.manual.step(state.current_step)
        if content is None:
            return path
        step_word = self.tr("Step {number}").replace("{number}", content.number)
        return f"{path}, {step_word}: {content.title.in_language(self.state.language)}"

    def _replace_state(self, source: WizardState) -> None:
        self.ensure_pages()
        # Pages hold a reference to self.state, so it is updated in place.
        for item in fields(WizardState):
            if item.name != "language":
                setattr(self.state, item.name, getattr(source, item.name))
        for page in self.pages.values():
            sync = getattr(page, "sync_from_state", None)
            if sync is not None:
                sync()
            page.completeChanged.emit()

    def resume(self) -> None:
        """Load the offered progress and go to where the clerk left off."""
        if self._saved_state is None:
            return
        if self.keeper is not None:
            self._show_keyring_notice(self.keeper.restore(self._saved_state))
        target = resume_target(self._saved_state, self.manual)
        log.info("progress resumed", extra={"step": target.name})
        self._replace_state(self._saved_state)
        self._saved_state = None
        self.start_page.offer_resume("")
        self.go_to(target)

    def start_over(self) -> None:
        """Drop the offered progress and begin with an empty wizard."""
        self._saved_state = None
        self.start_page.offer_resume("")
        self._replace_state(WizardState(language=self.state.language))
        self.restart()
        self._on_state_changed()

    def load_state(self, state: WizardState) -> None:
        """Show `state` (an imported registration) and go as far as it allows."""
        self._replace_state(state)
        self.restart()
        self.go_to(resume_target(state, self.manual))

    def go_to(self, target: Step) -> None:
        """Walk forward with the real Next logic, so Back history stays intact."""
        self.ensure_pages()
        if self.currentId() < 0:
            self.restart()
        steps = path_steps(self.state)
        while self.current_step() is not target and self.current_step() in steps:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def validateCurrentPage(self) -> bool:
        self.ensure_pages()
        if not super().validateCurrentPage():
            return False
        if self.current_step() in _TOKEN_STEPS:
            self.register_secrets()
            self._save_tokens()
        if self.current_step() is Step.FINISH:
            return self.confirm_finish()
        return True

    def open_recheck(self) -> None:
        """Open the re-check of a saved registration (from the start page)."""
        from wizard.ui.recheck_dialog import RecheckDialog

        secrets = self._secrets() if callable(self._secrets) else self._secrets
        dialog = RecheckDialog(
            self.services, self.pool, secrets, proxy_url=self.state.proxy_url, parent=self
        )
        dialog.fix_requested.connect(self._fix_from_recheck)
        self.recheck_dialog = dialog
        dialog.open()

    def _fix_from_recheck(self, path: Path, step: Step) -> None:
        """Continue with the re-checked registration, at the step that fixes the row."""
        dialog = getattr(self, "recheck_dialog", None)
        if not self.request_import(path):
            return
        if dialog is not None:
            dialog.accept()
        self.jump_to(step)

    def store_tokens_now(self) -> None:
        """Put the state's tokens in secure storage now (e.g. right after an employer import)."""
        self.register_secrets()
        self._save_tokens()

    def _save_tokens(self) -> None:
        if self.keeper is None:
            return
        notice = self.keeper.save(self.state)
        self._token_save_failed = notice is not None
        self._show_keyring_notice(notice)

    def _entered_tokens(self) -> list[str]:
        state = self.state
        if state.package is Package.AFAS:
            tokens = [state.afas.data_token]
        elif state.account_type is AccountType.PER_DEBTOR:
            tokens = [employer.token for employer in state.employers]
        else:
            tokens = [state.nmbrs.token]
        return [token for token in tokens if token]

    def token_keeping(self) -> TokenKeeping:
        """Whether this session's tokens are in the keyring, in memory only, or absent."""
        from wizard.ui.pages.finish_page import TokenKeeping

        if not self._entered_tokens():
            return TokenKeeping.NONE
        if self.keeper is None or self._token_save_failed:
            return TokenKeeping.MEMORY_ONLY
        return TokenKeeping.STORED

    def finish_warnings(self) -> list[str]:
        """Why closing now would lose work; empty when nothing would be lost."""
        from wizard.ui.pages.finish_page import TokenKeeping

        warnings = []
        if self.token_keeping() is TokenKeeping.MEMORY_ONLY:
            text = self.tr(
                "A token exists only in memory: this computer's secure storage could not keep "
                "it, so it is lost when the window closes."
            )
            if self.state.package is Package.AFAS:
                text += " " + self.tr("AFAS cannot show the data token again.")
            warnings.append(text)
        if not self.state.saved_files and not form_sent(self.state, self.manual):
            warnings.append(
                self.tr(
                    "The registration was not saved as a file in this session, nor marked as "
                    "sent. Go Back to the summary to save it, or to the step that sends the form."
                )
            )
        return warnings

    def confirm_finish(self) -> bool:
        """Ask before closing when work would be lost; True when the wizard may close."""
        from PySide6.QtWidgets import QMessageBox

        warnings = self.finish_warnings()
        if not warnings:
            return True
        box = QMessageBox(self)
        box.setObjectName("finishWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close the wizard?"))
        box.setText(self.tr("Closing now loses work:"))
        box.setInformativeText("\n\n".join(f"\N{BULLET} {text}" for text in warnings))
        close = box.addButton(self.tr("&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        close.setObjectName("closeAnywayButton")
        stay = box.addButton(self.tr("&Keep the wizard open"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("keepOpenButton")
        # Enter and Escape keep the work: losing it takes a deliberate click.
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is close

    def register_secrets(self) -> None:
        """Tell the log redactor every secret the clerk has entered or the keyring gave back."""
        from wizard.services.diagnostics_log import register_secret, register_url_credentials

        for secret in (
            self.state.nmbrs.token,
            self.state.afas.data_token,
            *(employer.token for employer in self.state.employers),
        ):
            register_secret(secret)
        register_url_credentials(self.state.proxy_url)

    def _show_keyring_notice(self, notice: KeeperNotice | None) -> None:
        self.keyring_notice.setText(notice_text(notice) if notice else "")
        self.keyring_notice.setVisible(notice is not None)

    def show_notice(self, message: str) -> None:
        """Show a message in the bar every page has; an empty message hides it."""
        self.notice_bar.show_message(message)

    def _choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an earlier registration"),
            documents_folder(),
            self.tr("Registration files (*.json)"),
        )
        if chosen:
            self.request_import(Path(chosen))

    def has_progress(self) -> bool:
        """Whether the clerk has chosen or entered anything an import would replace."""
        return self.state != WizardState(language=self.state.language)

    def request_import(self, path: Path) -> bool:
        """Import `path` as the clerk asked; first ask when it replaces progress on screen."""
        imported = self._read_registration(path)
        if imported is None:
            return False
        if self.has_progress() and not self._confirm_replace(path):
            return False
        self._apply_import(path, imported.state)
        return True

    def _confirm_replace(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Import an earlier registration"),
            self.tr(
                "Importing {name} replaces your current progress ({summary}): every tick and "
                "everything you typed. Tokens kept in the secure storage stay there. "
                "Replace your progress?"
            )
            .replace("{name}", path.name)
            .replace("{summary}", self.describe(self.state)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: Path) -> bool:
        """Continue from an exported registration; a bad file is explained, nothing is lost."""
        imported = self._read_registration(path)
        if imported is None:
            return False
        self._apply_import(path, imported.state)
        return True

    def _read_registration(self, path: Path) -> ImportedRegistration | None:
        # Imported on use: the schema validator is slow to load and rarely needed.
        from wizard.core.registration_file import RegistrationError, import_registration
        from wizard.ui.widgets.registration_export_panel import error_text

        try:
            return import_registration(path)
        except RegistrationError as error:
            self.show_notice(error_text(error))
            return None

    def _apply_import(self, path: Path, state: WizardState) -> None:
        state.language = self.state.language
        # The registration could only be made after the steps before it: tick them, and say so.
        from wizard.core.proven_ticks import ticks_proven_by_registration

        state.ticked_by_import = ticks_proven_by_registration(state, self.manual)
        state.ticked |= state.ticked_by_import
        # Go as far as the file allows: the first step it leaves unfinished.
        state.current_step = Step.SUMMARY
        if self.keeper is not None:
            # Tokens from the file go to the keyring; missing ones may already be there.
            saved = self.keeper.save(state)
            self._token_save_failed = saved is not None
            self._show_keyring_notice(saved or self.keeper.restore(state))
        self.load_state(state)
        self.register_secrets()
        self.show_notice(
            self.tr(
                "Imported {name}. The steps before the registration are ticked off; "
                "you are at the first step that still needs something."
            ).replace("{name}", path.name)
        )
        log.info("registration imported", extra={"package": str(state.package)})

    def diagnostics_entries(self) -> list:
        """What the support bundle will hold; shown to the clerk before anything is written."""
        from datetime import datetime

        from wizard.services.support_bundle import bundle_entries

        self.register_secrets()
        return bundle_entries(
            self.state,
            log_path=self.log_path,
            network_settings=self.services.settings(self.state.proxy_url),
            version=__version__,
            now=datetime.now().astimezone(),
            qt_version=qVersion(),
            manual=self.manual,
        )

    def _choose_diagnostics_file(self) -> None:
        from datetime import datetime

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        entries = self.diagnostics_entries()
        listing = "\n".join(
            f"\N{BULLET} {entry.name}: "
            + QCoreApplication.translate("SupportBundle", entry.description)
            for entry in entries
        )
        answer = QMessageBox.question(
            self,
            self.tr("Export diagnostics"),
            self.tr(
                "The diagnostics file helps the support desk see what went wrong. It holds "
                "no tokens, passwords or employee data. This goes in:"
            )
            + "\n\n"
            + listing,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export diagnostics"),
            in_documents(f"salariskoppeling-diagnose-{datetime.now():%Y%m%d-%H%M}.zip"),
            self.tr("ZIP files (*.zip)"),
        )
        if chosen:
            self.export_diagnostics(Path(chosen), entries)

    def export_diagnostics(self, path: Path, entries: list | None = None) -> bool:
        """Write the support bundle; a refusal is shown and nothing is lost."""
        from wizard.services.support_bundle import write_support_bundle

        try:
            write_support_bundle(
                path, entries if entries is not None else self.diagnostics_entries()
            )
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self.show_notice(
                self.tr("The diagnostics file could not be saved as {path}: {reason}")
                .replace("{path}", str(path))
                .replace("{reason}", reason)
            )
            return False
        self.show_notice(
            self.tr("Saved the diagnostics file as {path}.").replace("{path}", str(path))
        )
        return True

    def _confirm_forget(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Forget saved data"),
            self.tr(
                "Remove the saved progress and every token this wizard stored in the secure "
                "storage of this computer? What is on screen now is cleared too."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.forget_saved_data()

    def forget_saved_data(self) -> None:
        """Remove progress and keyring entries, and start with an empty wizard."""
        self._autosave.stop()
        if self.keeper is not None:
            notices = self.keeper.forget(self.state, self.store)
            message = "\n".join(notice_text(notice) for notice in notices)
        else:
            if self.store is not None:
                self.store.forget()
            message = self.tr("The saved progress has been removed.")
        self._saved_state = None
        self.start_page.offer_resume("")
        self._replace_state(WizardState(language=self.state.language))
        self.restart()
        self._autosave.stop()
        self.show_notice(message)

    def jump_to(self, target: Step) -> None:
        """Go to a done step the clerk picked in the side panel, back or forward."""
        if target in self.visited_steps():
            self.go_back_to(target)
        else:
            self.go_to(target)

    def go_back_to(self, target: Step) -> None:
        """Go back through the visited pages to `target` (to fix what a check found)."""
        while self.current_step() is not target and target in self.visited_steps():
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def visited_steps(self) -> list[Step]:
        """The steps on the Back history, oldest first."""
        return [Step(page_id) for page_id in self.visitedIds()]

    def done(self, result: int) -> None:
        """Save once more when the window closes (Finish or Cancel)."""
        self.save_progress()
        super().done(result)
