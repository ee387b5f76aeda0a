"""A row per login: progress while the batch check runs, then its outcome and the way to the fix.

Used on the per-debtor employers step ("check every employer") and by the re-check of a saved
registration. The checks run on a worker thread (services.registration_recheck, at most four
logins and 32 requests at a time); the window never waits for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.atomic_file import write_atomic
from wizard.core.check_result import CheckRun
from wizard.core.check_words import (
    DETAILS,
    FIX,
    LOGIN,
    NOT_ACTIVE_CALLS,
    RESULT,
    RESULT_PER_LOGIN,
    SUGGESTED_DOMAIN,
)
from wizard.core.login_check_summary import (
    OUTCOME_TEXTS,
    LoginOutcome,
    LoginSummary,
    not_run,
    summaries_csv,
    summarize,
    without_token,
)
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.server_text import plain_line
from wizard.translation import tr
from wizard.ui.batch_collection_pause import batch_ended, batch_started, batches_running
from wizard.ui.file_filters import CSV_FILES
from wizard.ui.save_location import in_documents
from wizard.ui.step_names import shown_message

if TYPE_CHECKING:
    from wizard.services.registration_recheck import RecheckLogin, RecheckResult
    from wizard.ui.live_check_config import LiveCheckConfig


# The pause between the click's turn of the event loop and the next piece of work.
_TURN_GAP_MS = 5

# Called from the worker: (login, True when it starts / False when done, its run when done).
Progress = Callable[[str, bool, CheckRun | None], None]


class _BatchSignals(QObject):
    # Each carries its batch's number first: the panel drops what an older batch still sends.
    progress = Signal(int, str, bool, object)
    finished = Signal(int, object)
    failed = Signal(int, str)


class _BatchTask(QRunnable):
    """The whole batch on one worker thread; it touches no widget."""

    def __init__(self, batch_id: int, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.batch_id = batch_id
        self.work = work
        # Created on the GUI thread, so its queued signals arrive there.
        self.signals = _BatchSignals()

    def _progress(self, subject: str, started: bool, run: CheckRun | None) -> None:
        self.signals.progress.emit(self.batch_id, subject, started, run)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Exception:  # a bug must never leave the table "checking" forever
            self.signals.failed.emit(
                self.batch_id,
                QCoreApplication.translate(
                    "CheckRunner", "The check stopped unexpectedly. Please try again."
                ),
            )
        else:
            self.signals.finished.emit(self.batch_id, result)


class LoginBatchPanel(QWidget):
    """Buttons, a status line and the per-login table."""

    # The clerk chose the fix of one row: the step, and the login (subject) it is about.
    fix_requested = Signal(object, str)
    # A batch finished and its runs are recorded in the state.
    finished = Signal()

    def __init__(
        self, state: WizardState, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.pool = pool
        self.rows: list[tuple[str, str]] = []
        self.summaries: dict[str, LoginSummary] = {}
        self._cancel: threading.Event | None = None
        self._pending: _BatchTask | None = None
        self._task: _BatchTask | None = None
        # Numbers the batches, so an answer of an earlier one is known as late.
        self._batch_id = 0
        self._on_result: Callable[[RecheckResult], None] | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_export)
        for button in (self.check_button, self.stop_button, self.export_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # It names the file the table was saved as: text, never markup.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        # The status line and the table appear together, with the first batch: showing a widget
        # lays out the page above it again, and once is enough.
        self.results = QWidget()
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.status)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        # The result column holds "Niet uitgevoerd: geen token gevonden" in two lines.
        for column, width in enumerate((140, 185, 145)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)
        results_layout.addWidget(self.table)
        self.results.hide()
        layout.addWidget(self.results)
        self.retranslate()

    @property
    def busy(self) -> bool:
        """True while a batch runs."""
        return self._busy

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.stop_button.setText(self.tr("Stop the check"))
        self.export_button.setText(self.tr("Save the table as CSV…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                LOGIN.shown(tr),
                RESULT.shown(tr),
                DETAILS.shown(tr),
                FIX.shown(tr),
            ]
        )
        self.table.setAccessibleName(RESULT_PER_LOGIN.shown(tr))
        for row, (subject, _label) in enumerate(self.rows):
            summary = self.summaries.get(subject)
            if summary is not None:
                self._fill(row, summary)

    # ---- running ----

    def start(
        self,
        logins: list[RecheckLogin],
        check_config: LiveCheckConfig,
        *,
        sandbox: bool,
        proxy_url: str,
        on_result: Callable[[RecheckResult], None] | None = None,
    ) -> None:
        """Check every login in `logins`; those without a token are not run, at once.

        A login listed twice (the same username on two employer cards) gets one row: rows and
        answers are matched by login, and the check is the same.
        """
        if batches_running() and not self._busy:
            # Another panel's batch (the employers step's, while the re-check opens): the
            # limits of 4 logins and 32 requests hold for the whole program, so this waits.
            self.results.show()
            self._say(
                self.tr(
                    "Another check of several logins is still running. Start this one when it "
                    "has finished."
                )
            )
            return
        if not logins:
            # A registration saved before any login was entered: nothing is "all good".
            self.rows, self.summaries = [], {}
            self.table.setRowCount(0)
            self.results.show()
            self._say(self.tr("There is no login to check."))
            self._set_busy(False)
            return
        first_of: dict[str, RecheckLogin] = {}
        for login in logins:
            first_of.setdefault(login.subject, login)
        logins = list(first_of.values())
        self.rows = [(login.subject, login.label) for login in logins]
        self.summaries = {}
        self.table.setRowCount(len(self.rows))
        for row, login in enumerate(logins):
            self.table.setItem(row, 0, QTableWidgetItem(plain_line(login.label, 200)))
            self.table.setItem(row, 1, QTableWidgetItem(plain_line(login.subject, 200)))
            self.table.setCellWidget(row, 4, None)
            if login.token:
                self._set(row, 2, self.tr("Waiting…"))
                self._set(row, 3, "")
            else:
                summary = without_token(self.state, login.subject, login.label)
                self.summaries[login.subject] = summary
                self._fill(row, summary)
        cancel = threading.Event()
        self._cancel = cancel
        state = self.state

        def work(progress: Callable[[str, bool, CheckRun | None], None]) -> object:
            return check_config.recheck(
                state,
                logins,
                sandbox=sandbox,
                proxy_url=proxy_url,
                cancel=cancel,
                progress=progress,
            )

        self._batch_id += 1
        task = _BatchTask(self._batch_id, work)
        # Bound methods, not lambdas: a queued call to a lambda is dropped once the finished
        # task (its sender) is deleted.
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self._on_result = on_result
        self._set_busy(True)
        count = sum(1 for login in logins if login.token)
        self._say(filled(self.tr("Checking {count} logins…"), count=str(count)))
        self._pending = self._task = task
        # The click's turn of the event loop ends here. Showing the table and starting the
        # worker each get a turn of their own, a few milliseconds apart: a zero timer would
        # run them before Qt's own timers and paints get their turn.
        QTimer.singleShot(_TURN_GAP_MS, self, self._reveal)

    def _reveal(self) -> None:
        # Showing the table shrinks the employer list above it, whose cards are laid out again
        # (about 10 ms for 50, word-wrapped labels): before the worker starts, whose imports
        # and WSDL parsing would hold the interpreter lock whenever that layout calls Python.
        self.results.show()
        QTimer.singleShot(_TURN_GAP_MS, self, self._launch)

    def _launch(self) -> None:
        task, self._pending = self._pending, None
        if task is not None:
            self.pool.start(task)

    def show_summaries(self, summaries: list[LoginSummary], status: str = "") -> None:
        """Show finished rows without running anything (the screenshot tour's sample)."""
        self.rows = [(summary.subject, summary.label) for summary in summaries]
        self.summaries = {summary.subject: summary for summary in summaries}
        self.table.setRowCount(len(summaries))
        self.results.show()
        for row, summary in enumerate(summaries):
            self.table.setItem(row, 0, QTableWidgetItem(plain_line(summary.label, 200)))
            self.table.setItem(row, 1, QTableWidgetItem(plain_line(summary.subject, 200)))
            self._fill(row, summary)
        self._say(status or self._finished_text(False))
        self._set_busy(False)

    def stop(self) -> None:
        """Stop the batch; the logins checked so far keep their result."""
        if self._cancel is not None:
            self._cancel.set()
        self._say(self.tr("Stopping…"))

    def abandon(self) -> None:
        """Stop the batch and drop everything it still answers: its window is closing."""
        if self._cancel is not None:
            self._cancel.set()
        task, self._task, self._pending = self._task, None, None
        if task is not None:
            for signal, slot in (
                (task.signals.progress, self._on_progress),
                (task.signals.finished, self._on_finished),
                (task.signals.failed, self._on_failed),
            ):
                signal.disconnect(slot)
        # Answers already queued are dropped by the handlers: their batch is not the current.
        self._cancel = None
        self._on_result = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            (batch_started if busy else batch_ended)()
        self._busy = busy
        self.check_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.export_button.setEnabled(not busy and bool(self.summaries))

    def _row_of(self, subject: str) -> int:
        return next(row for row, (s, _l) in enumerate(self.rows) if s == subject)

    def _is_current(self, batch_id: int) -> bool:
        """False for a late answer: its batch was abandoned, or another one started since."""
        return self._task is not None and batch_id == self._task.batch_id

    def _on_progress(self, batch_id: int, subject: str, started: bool, run: object) -> None:
        if not self._is_current(batch_id):
            return
        row = self._row_of(subject)
        if started:
            self._set(row, 2, self.tr("Checking…"))
        elif isinstance(run, CheckRun):
            self.state.record_check(run)
            summary = summarize(self.state, subject, self.rows[row][1], run)
            if summary is not None:
                self.summaries[subject] = summary
                self._fill(row, summary)

    def _on_finished(self, batch_id: int, result: object) -> None:
        # Lazy: the re-check service loads with the first check, not with the pages.
        from wizard.services.registration_recheck import RecheckResult

        if not self._is_current(batch_id):
            return
        self._task = None
        on_result, self._on_result = self._on_result, None
        self._cancel = None
        if isinstance(result, RecheckResult):
            for run in result.runs.values():
                self.state.record_check(run)
            for row, (subject, label) in enumerate(self.rows):
                summary = summarize(self.state, subject, label, result.runs.get(subject))
                if summary is not None:
                    self.summaries[subject] = summary
                    self._fill(row, summary)
            self._mark_not_run()
            self._say(self._finished_text(result.stopped))
            if on_result is not None:
                on_result(result)
        self._set_busy(False)
        # In a later slice of the event loop: what the wizard does with the new results (ticks,
        # saving, the side panel) need not add to this one.
        QTimer.singleShot(0, self.finished.emit)

    def _on_failed(self, batch_id: int, message: str) -> None:
        if not self._is_current(batch_id):
            return
        self._task = None
        self._cancel = None
        self._on_result = None
        self._mark_not_run()
        self._say(message)
        self._set_busy(False)

    def _mark_not_run(self) -> None:
        # Logins the batch never reached (stopped, or it broke off) were not checked: "could
        # not run", in the table and the CSV alike, never a failure and never "no token".
        for row, (subject, label) in enumerate(self.rows):
            if subject not in self.summaries:
                summary = not_run(self.state, subject, label)
                self.summaries[subject] = summary
                self._fill(row, summary)

    def _finished_text(self, stopped: bool) -> str:
        good = sum(s.outcome is LoginOutcome.ALL_GOOD for s in self.summaries.values())
        text = self.tr("{good} of {total} logins all good.")
        text = filled(text, good=str(good), total=str(len(self.rows)))
        if stopped:
            text += " " + self.tr("The check was stopped; the rest was not checked.")
        return text

    def _say(self, text: str) -> None:
        # Hidden while empty: a blank label would be read out as nothing.
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ---- the table ----

    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    def _details(self, summary: LoginSummary) -> str:
        parts = []
        if summary.missing_calls:
            names = ", ".join(plain_line(name, 200) for name in summary.missing_calls)
            parts.append(filled(NOT_ACTIVE_CALLS.shown(tr), names=names))
        if summary.suggested_domain:
            parts.append(filled(SUGGESTED_DOMAIN.shown(tr), domain=summary.suggested_domain))
        if summary.reason and summary.outcome is not LoginOutcome.ALL_GOOD:
            parts.append(plain_line(shown_message(summary.reason, self.state), 300))
        if summary.outcome is LoginOutcome.NO_TOKEN:
            parts.append(self.tr("No token found: enter it at the employer or login."))
        if summary.outcome is LoginOutcome.COULD_NOT_RUN and summary.checked_at is None:
            parts.append(self.tr("Not checked: the check ended before this login."))
        if summary.last_passed is not None:
            moment = summary.last_passed.strftime("%d-%m-%Y %H:%M")
            parts.append(filled(self.tr("Last all good: {moment}"), moment=moment))
        return "; ".join(parts)

    def _fill(self, row: int, summary: LoginSummary) -> None:
        text = OUTCOME_TEXTS[summary.outcome].shown(tr)
        self._set(row, 2, text)
        self._set(row, 3, self._details(summary))
        if summary.fix is None or summary.outcome is LoginOutcome.ALL_GOOD:
            self.table.setCellWidget(row, 4, None)
            return
        button = QPushButton(self.tr("Go to the fix"))
        button.setAutoDefault(False)
        button.setAccessibleName(
            filled(self.tr("Go to the fix for {login}"), login=plain_line(summary.subject, 200))
        )
        step: Step = summary.fix
        subject = summary.subject
        button.clicked.connect(lambda _checked=False: self.fix_requested.emit(step, subject))
        self.table.setCellWidget(row, 4, button)

    def fix_button(self, subject: str) -> QPushButton | None:
        """The fix button of `subject`'s row, if it has one."""
        widget = self.table.cellWidget(self._row_of(subject), 4)
        return widget if isinstance(widget, QPushButton) else None

    def outcome_text(self, subject: str) -> str:
        """The result cell of `subject`'s row."""
        item = self.table.item(self._row_of(subject), 2)
        return item.text() if item is not None else ""

    # ---- the CSV export ----

    def choose_export(self) -> Path | None:
        """Save the table as CSV where the clerk chooses: no tokens, no employee data."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the check results"),
            in_documents("controle-per-login.csv"),
            CSV_FILES.shown(tr),
        )
        if not chosen:
            return None
        path = Path(chosen)
        rows = [self.summaries[s] for s, _l in self.rows if s in self.summaries]
        try:
            write_atomic(path, summaries_csv(rows, tr))
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self._say(
                filled(
                    self.tr("The table could not be saved as {path}: {reason}"),
                    path=str(path),
                    reason=reason,
                )
            )
            return None
        self._say(filled(self.tr("Table saved as {path}."), path=str(path)))
        return path
