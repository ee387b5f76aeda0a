"""The QWizard that holds every page; routing comes from wizard.core.flow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSize,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget, QWizard

from wizard import APP_NAME
from wizard.core.flow import form_sent, path_steps, resume_target
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Package, Step, WizardState
from wizard.core.paths import STEP_KINDS, StepKind, all_paths, entered_tokens, path_spec
from wizard.core.progress_store import (
    MSG_REASON_UNENCODABLE,
    MSG_SAVE_FAILED,
    LoadOutcome,
    LoadStatus,
    ProgressStore,
)
from wizard.core.session import Session
from wizard.core.step_reference import STEP_NUMBER
from wizard.translation import install_translators
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.start_page import StartPage
from wizard.ui.pages.step_page import StepPage
from wizard.ui.path_labels import path_label
from wizard.ui.side_actions_controller import SideActionsController
from wizard.ui.widgets.notice_bar import NoticeBar
from wizard.ui.widgets.side_actions import SideActions
from wizard.ui.widgets.step_panel import StepPanel

if TYPE_CHECKING:
    from wizard.core.message import Message
    from wizard.services.secret_store import SecretStore
    from wizard.services.token_keeper import TokenKeeper
    from wizard.ui.pages.finish_page import TokenKeeping

log = logging.getLogger(__name__)


# Saving on every keystroke would hammer the disk; a short pause batches them.
_AUTOSAVE_DELAY_MS = 400


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
        check_config: LiveCheckConfig | None = None,
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
        self.session = Session(store, state)
        # The session's state, under the name the pages use; it is only changed in place.
        self.state = self.session.state
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
        self.check_config = check_config or LiveCheckConfig()
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
        self.side_actions = SideActionsController(self)
        self.actions_panel.import_button.clicked.connect(self.side_actions.choose_import)
        self.actions_panel.forget_button.clicked.connect(self.side_actions.confirm_forget)
        self.actions_panel.diagnostics_button.clicked.connect(
            self.side_actions.choose_diagnostics_file
        )
        self.step_panel.step_requested.connect(self.jump_to)
        self.currentIdChanged.connect(self._on_page_changed)
        self.retranslate()

    @property
    def store(self) -> ProgressStore | None:
        """Where the session's progress is saved; None when nothing is saved."""
        return self.session.store

    @store.setter
    def store(self, store: ProgressStore | None) -> None:
        self.session.store = store

    @property
    def keeper(self) -> TokenKeeper | None:
        """Moves tokens to and from the OS keyring; None when the wizard keeps no secrets."""
        if self._keeper is None and self._secrets is not None:
            # Lazy: no service loads before the first paint (tests/ui/test_startup_imports.py).
            from wizard.services.token_keeper import TokenKeeper

            secrets = self._secrets if not callable(self._secrets) else self._secrets()
            self._keeper = TokenKeeper(secrets)
        return self._keeper

    def ensure_pages(self) -> None:
        """Build every page after the start page; does nothing once they exist."""
        if Step.FINISH in self.pages:
            return
        for step in Step:
            if step is not Step.START:
                self._add(self._build_page(step))
        self.step_panel.refresh(self.current_step())

    def _build_page(self, step: Step) -> StepPage:
        """The page of `step`, by the kind of page the path table gives it."""
        # Lazy: the pages pull in most of the program; they are built after the first paint.
        from wizard.ui.pages.account_type_page import AccountTypePage
        from wizard.ui.pages.checklist_page import ChecklistPage
        from wizard.ui.pages.employers_page import EmployersPage
        from wizard.ui.pages.finish_page import FinishPage
        from wizard.ui.pages.registration_page import RegistrationPage
        from wizard.ui.pages.send_form_page import SendFormPage
        from wizard.ui.pages.summary_page import SummaryPage

        manual, state = self.manual, self.state
        kind = STEP_KINDS[step]
        if kind is StepKind.CHECK:
            return self._check_page(step)
        if kind is StepKind.CHECKLIST:
            return ChecklistPage(step, state, manual)
        if kind is StepKind.FORM:
            return RegistrationPage(step, state, manual)
        if kind is StepKind.SEND_FORM:
            return SendFormPage(step, state, manual)
        if kind is StepKind.ACCOUNT_TYPE:
            return AccountTypePage(state, manual)
        if kind is StepKind.EMPLOYERS:
            return EmployersPage(state, manual)
        if kind is StepKind.SUMMARY:
            return SummaryPage(state, manual)
        if kind is StepKind.FINISH:
            return FinishPage(
                state,
                manual,
                token_keeping=self.token_keeping,
                progress_file=self.store.path if self.store is not None else None,
            )
        raise ValueError(f"{step.name}: no page for a {kind} step")

    def _check_page(self, step: Step) -> StepPage:
        """The check page of `step`: the check's own page, or the generic one."""
        # Lazy: check pages load the check table and results; built after the first paint.
        from wizard.ui.pages.afas_check_page import AfasCheckPage
        from wizard.ui.pages.generic_check_page import GenericCheckPage
        from wizard.ui.pages.nmbrs_check_page import NmbrsCheckPage

        spec = next(spec for spec in all_paths() if spec.check_step is step)
        own_pages = {"nmbrs_soap": NmbrsCheckPage, "afas_rest": AfasCheckPage}
        own = own_pages.get(spec.check)
        args = (self.state, self.manual, self.check_config, self.pool)
        page = own(*args) if own is not None else GenericCheckPage(step, spec, *args)
        page.fix_requested.connect(self.go_back_to)
        return page

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

    # True while _on_state_changed runs: a change it causes itself does not start it again.
    _handling_state_change = False
    _state_changed_again = False

    def _on_state_changed(self) -> None:
        if self._handling_state_change:
            # A page taking check proofs ticks items and says so. Handled by the call running
            # now, not by a nested one: with 50 employers each round costs ~10 ms, and rounds
            # used to nest three deep at the end of a batch.
            self._state_changed_again = True
            return
        self._handling_state_change = True
        try:
            # A finished live check ticks the calls it proved active at once. Ticks can prove
            # nothing new, so a second round ends it; bounded all the same.
            for _round in range(3):
                self._state_changed_again = False
                for page in self.pages.values():
                    page.take_check_proofs()
                if not self._state_changed_again:
                    break
            self.step_panel.refresh(self.current_step())
            # A running check of changed credentials no longer answers the clerk's question.
            for page in self.pages.values():
                page.input_changed()
        finally:
            self._handling_state_change = False
        if self.store is not None:
            self._autosave.start()

    def save_progress(self) -> bool:
        """Write the non-secret progress now; on failure say so and keep everything in memory.

        Nothing is written while saved progress is offered and the clerk has neither answered
        nor changed anything, nor over a file load() could not read (the clerk was told).
        """
        if self.store is None:
            return True
        self._autosave.stop()
        try:
            if not self.session.save():
                return True
        except (OSError, UnicodeError) as error:
            # UnicodeError: text that cannot be encoded must cost a notice, never the window.
            if isinstance(error, OSError):
                reason = error.strerror or type(error).__name__
            else:
                reason = QCoreApplication.translate("Progress", MSG_REASON_UNENCODABLE)
            self.save_notice.setText(
                filled(QCoreApplication.translate("Progress", MSG_SAVE_FAILED), reason=reason)
            )
            self.save_notice.show()
            return False
        self.save_notice.hide()
        return True

    def offer(self, outcome: LoadOutcome) -> None:
        """Offer saved progress for resume, or explain why it was set aside."""
        if outcome.status is LoadStatus.LOADED and outcome.state is not None:
            if self.session.offer(outcome):
                self.start_page.offer_resume(self.describe(outcome.state))
        elif outcome.status is LoadStatus.SET_ASIDE and outcome.notice is not None:
            self.show_notice(outcome.notice)

    def describe(self, state: WizardState) -> str:
        """'Nmbrs, umbrella account, Step 2: ...' for the resume banner."""
        spec = path_spec(state.package, state.account_type)
        # Before the account type is chosen only "Nmbrs" can be said.
        path = path_label(spec) if spec is not None else self.tr("Nmbrs")
        content = self.manual.step(state.current_step)
        if content is None:
            return path
        step_word = filled(STEP_NUMBER.shown(QCoreApplication.translate), number=content.number)
        return f"{path}, {step_word}: {content.title.in_language(self.state.language)}"

    def _replace_state(self, source: WizardState) -> None:
        self.ensure_pages()
        self.session.replace_state(source)
        for page in self.pages.values():
            page.sync_from_state()
            page.completeChanged.emit()

    def resume(self) -> None:
        """Load the offered progress and go to where the clerk left off."""
        offered = self.session.offered
        if offered is None:
            return
        if self.keeper is not None:
            self._show_keyring_notice(self.keeper.restore(offered))
        target = resume_target(offered, self.manual)
        log.info("progress resumed", extra={"step": target.name})
        self._replace_state(offered)
        self.session.take_offer()
        self.start_page.offer_resume("")
        self.go_to(target)

    def start_over(self) -> None:
        """Drop the offered progress and begin with an empty wizard."""
        self.session.take_offer()
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
        # Leaving a form or the employers means the clerk has entered tokens worth keeping.
        if STEP_KINDS.get(self.current_step()) in (StepKind.FORM, StepKind.EMPLOYERS):
            self.register_secrets()
            self._save_tokens()
        if self.current_step() is Step.FINISH:
            return self.confirm_finish()
        return True

    def open_recheck(self) -> None:
        """Open the re-check of a saved registration (from the start page)."""
        # Lazy: the dialog loads the re-check service, which the start page does not need.
        from wizard.ui.recheck_dialog import RecheckDialog

        dialog = getattr(self, "recheck_dialog", None)
        if dialog is not None:
            # Still open (it is deleted when closed): bring it forward, never a second one.
            dialog.raise_()
            dialog.activateWindow()
            return
        secrets = self._secrets() if callable(self._secrets) else self._secrets
        dialog = RecheckDialog(
            self.check_config, self.pool, secrets, proxy_url=self.state.proxy_url, parent=self
        )
        dialog.fix_requested.connect(self._fix_from_recheck)
        dialog.finished.connect(self._forget_recheck)
        self.recheck_dialog = dialog
        dialog.open()

    def _forget_recheck(self) -> None:
        self.recheck_dialog = None

    def _fix_from_recheck(self, path: Path, step: Step) -> None:
        """Continue with the re-checked registration, at the step that fixes the row."""
        dialog = getattr(self, "recheck_dialog", None)
        if not self.side_actions.request_import(path):
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

    def token_keeping(self) -> TokenKeeping:
        """Whether this session's tokens are in the keyring, in memory only, or absent."""
        # Lazy: finish_page is built with the other pages, after the first paint.
        from wizard.ui.pages.finish_page import TokenKeeping

        if not entered_tokens(self.state):
            return TokenKeeping.NONE
        if self.keeper is None or self._token_save_failed:
            return TokenKeeping.MEMORY_ONLY
        return TokenKeeping.STORED

    def finish_warnings(self) -> list[str]:
        """Why closing now would lose work; empty when nothing would be lost."""
        # Lazy: finish_page is built with the other pages, after the first paint.
        from wizard.ui.pages.finish_page import TokenKeeping

        warnings = []
        if self.token_keeping() is TokenKeeping.MEMORY_ONLY:
            text = self.tr(
                "A token exists only in memory: this computer's secure storage could not keep "
                "it, so it is lost when the window closes."
            )
            # Only AFAS shows a token once: losing it means making a new one.
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
        # Lazy: no service loads before the first paint (tests/ui/test_startup_imports.py).
        from wizard.services.diagnostics_log import register_secret, register_url_credentials

        for secret in (
            self.state.nmbrs.token,
            self.state.afas.data_token,
            *(employer.token for employer in self.state.employers),
            *(secret for form in self.state.forms.values() for secret in form.secrets.values()),
        ):
            register_secret(secret)
        register_url_credentials(self.state.proxy_url)

    def _show_keyring_notice(self, notice: Message | None) -> None:
        self.keyring_notice.setText(notice.shown(QCoreApplication.translate) if notice else "")
        self.keyring_notice.setVisible(notice is not None)

    def show_notice(self, message: Message) -> None:
        """Show a message in the bar every page has; an empty message hides it."""
        self.notice_bar.show_message(message)

    def keep_imported_tokens(self, state: WizardState) -> None:
        """Put an imported file's tokens in the keyring; fetch those it left out from there."""
        if self.keeper is None:
            return
        saved = self.keeper.save(state)
        self._token_save_failed = saved is not None
        self._show_keyring_notice(saved or self.keeper.restore(state))

    def stop_autosave(self) -> None:
        """Cancel a pending save (the progress is about to be removed)."""
        self._autosave.stop()

    def clear_to_empty(self) -> None:
        """Drop any offered progress and start again with an empty state, without saving."""
        self.session.take_offer()
        self.start_page.offer_resume("")
        self._replace_state(WizardState(language=self.state.language))
        self.restart()
        self._autosave.stop()

    def has_progress(self) -> bool:
        """Whether the clerk has chosen or entered anything an import would replace."""
        return self.session.has_progress()

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
