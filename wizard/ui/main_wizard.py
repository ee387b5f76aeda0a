"""The QWizard that holds every page; routing comes from wizard.core.flow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from wizard import APP_NAME
from wizard.core.flow import path_steps, resume_target
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.paths import STEP_KINDS, StepKind, entered_tokens
from wizard.core.progress_store import MSG_REASON_UNENCODABLE, MSG_SAVE_FAILED, ProgressStore
from wizard.core.session import Session
from wizard.translation import install_translators
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.start_page import StartPage
from wizard.ui.pages.step_page import StepPage
from wizard.ui.qt_label_names import name_or_hide_qt_labels
from wizard.ui.resume_controller import ResumeController
from wizard.ui.side_actions_controller import SideActionsController
from wizard.ui.token_keeping_controller import TokenKeepingController, keeper_factory
from wizard.ui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from wizard.core.message import Message
    from wizard.services.secret_store import SecretStore
    from wizard.ui.recheck_dialog import RecheckDialog

log = logging.getLogger(__name__)


# Saving on every keystroke would hammer the disk; a short pause batches them.
_AUTOSAVE_DELAY_MS = 400


class MainWizard(QWizard):
    """The wizard window. Shows the session's state; pages edit it; controllers do the rest.

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
        # A pool of our own, so tests and shutdown can wait for running checks.
        self.pool = pool or QThreadPool(self)
        self.manual = manual
        self.session = Session(store, state, keeper=keeper_factory(secrets))
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
        # True once the first frame is on screen and the work that waited for it is done.
        self.first_frame_done = False
        # The open re-check dialog, if any (one at a time).
        self.recheck_dialog: RecheckDialog | None = None
        self.setStartId(int(Step.START))

        # Keep a Python reference: PySide6 does not take ownership through setSideWidget().
        self.side_panel = SidePanel(self.state, manual)
        # Its parts, under the names the controllers and tests use.
        self.step_panel = self.side_panel.step_panel
        self.save_notice = self.side_panel.save_notice
        self.keyring_notice = self.side_panel.keyring_notice
        self.notice_bar = self.side_panel.notice_bar
        self.actions_panel = self.side_panel.actions_panel
        self.setSideWidget(self.side_panel)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(_AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_progress)

        self.tokens = TokenKeepingController(self.session, self.keyring_notice)
        self.resuming = ResumeController(self)
        self.side_actions = SideActionsController(self)
        self.start_page.language_requested.connect(self.set_language)
        self.start_page.resume_requested.connect(self.resuming.resume)
        self.start_page.restart_requested.connect(self.resuming.start_over)
        self.start_page.recheck_requested.connect(self.open_recheck)
        self.actions_panel.import_button.clicked.connect(self.side_actions.choose_import)
        self.actions_panel.forget_button.clicked.connect(self.side_actions.confirm_forget)
        self.actions_panel.diagnostics_button.clicked.connect(
            self.side_actions.choose_diagnostics_file
        )
        self.step_panel.step_requested.connect(self.jump_to)
        self.currentIdChanged.connect(self._on_page_changed)
        self.retranslate()

    def ensure_pages(self) -> None:
        """Build every page after the start page; does nothing once they exist."""
        if Step.FINISH in self.pages:
            return
        # Lazy: the pages pull in most of the program; they are built after the first paint.
        from wizard.ui.page_factory import build_page

        for step in Step:
            if step is not Step.START:
                self._add(build_page(self, step))
        self.step_panel.refresh(self.current_step())

    def event(self, event: QEvent) -> bool:
        # event() runs during QWizard.__init__ already, before _painted exists.
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True
            self.showing_first_frame.emit()
            # Deferred to the event loop: work done here would hold the frame back.
            QTimer.singleShot(0, self._after_first_frame)
        return super().event(event)

    def _after_first_frame(self) -> None:
        self._name_qt_labels()
        self.first_frame_done = True
        self.first_painted.emit()
        # One more turn of the event loop, so input between the two is handled.
        QTimer.singleShot(0, self.ensure_pages)

    def _add(self, page: StepPage) -> None:
        self.setPage(int(page.step), page)
        self.pages[page.step] = page
        page.state_changed.connect(self.on_state_changed)
        page.notice.connect(self.show_notice)
        page.fix_requested.connect(self.go_back_to)
        page.tokens_entered.connect(self.store_tokens_now)

    def sync_pages(self) -> None:
        """Show the session's state again on every page, after it was replaced in place."""
        for page in self.pages.values():
            page.sync_from_state()
            page.completeChanged.emit()

    # --- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole wizard, Qt's own buttons included, to `language`."""
        self.state.language = install_translators(language)
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()
        self.on_state_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the window's own texts."""
        self.setWindowTitle(APP_NAME)
        # Qt's Dutch "Vol&tooien" shares its letter with "< &Terug"; our own text does not.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self._name_qt_labels()
        self.step_panel.refresh(self.current_step())

    # --- progress ---------------------------------------------------------------------------

    def current_step(self) -> Step:
        """The step on screen (START before the wizard is shown)."""
        current = self.currentId()
        return Step(current) if current >= 0 else Step.START

    def _name_qt_labels(self) -> None:
        # The first call takes ~4 ms (Qt wraps its own labels), so it waits for the first frame;
        # the labels it names or hides are empty, so the frame looks the same either way.
        # getattr: a LanguageChange may arrive while QWizard.__init__ runs, before _painted.
        if getattr(self, "_painted", False):
            name_or_hide_qt_labels(self, self.side_panel, self.pages.values())

    def _on_page_changed(self, page_id: int) -> None:
        self._name_qt_labels()
        if page_id < 0:
            return
        step = Step(page_id)
        log.info("page shown", extra={"step": step.name})
        self.state.current_step = step
        self.pages[step].retranslate()
        self.on_state_changed()

    # True while on_state_changed runs: a change it causes itself does not start it again.
    _handling_state_change = False
    _state_changed_again = False

    def on_state_changed(self) -> None:
        """Redraw what depends on the state and save it soon."""
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
        if self.session.store is not None:
            self._autosave.start()

    def save_progress(self) -> bool:
        """Write the non-secret progress now; on failure say so and keep everything in memory.

        Nothing is written while saved progress is offered and the clerk has neither answered
        nor changed anything, nor over a file load() could not read (the clerk was told).
        """
        if self.session.store is None:
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

    def stop_autosave(self) -> None:
        """Cancel a pending save (the progress is about to be removed)."""
        self._autosave.stop()

    def load_state(self, state: WizardState) -> None:
        """Show `state` (an imported registration) and go as far as it allows."""
        self.ensure_pages()
        self.session.replace_state(state)
        self.sync_pages()
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
            self.tokens.store_now()
        if self.current_step() is Step.FINISH:
            # Lazy: the finish guard's dialog is only needed when the clerk closes the wizard.
            from wizard.ui.finish_guard import confirm_finish

            return confirm_finish(self, self.session, self.manual)
        return True

    def open_recheck(self) -> None:
        """Open the re-check of a saved registration (from the start page)."""
        # Lazy: the dialog loads the re-check service, which the start page does not need.
        from wizard.ui.recheck_dialog import RecheckDialog

        dialog = self.recheck_dialog
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
        dialog = self.recheck_dialog
        if not self.side_actions.request_import(path):
            return
        if dialog is not None:
            dialog.accept()
        self.jump_to(step)

    def store_tokens_now(self) -> None:
        """Put the state's tokens in secure storage now (e.g. right after an employer import)."""
        # Here, not only on the controller: the employers page reaches it through its wizard.
        self.tokens.store_now()

    def show_notice(self, message: Message) -> None:
        """Show a message in the bar every page has; an empty message hides it."""
        self.notice_bar.show_message(message)

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
        # A token typed on the page on screen (closed before Next) is kept as on leaving the
        # form: the next start would otherwise miss it, and AFAS shows a data token only once.
        if entered_tokens(self.state):
            self.tokens.store_now()
        self.save_progress()
        super().done(result)
