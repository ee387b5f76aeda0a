"""What both live-check pages share: proxy, check and stop buttons, status, result table."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The shipped checks register themselves when loaded; every check page may run them.
import wizard.ui.shipped_checks  # noqa: F401
from wizard.core.check_registry import CheckEntry
from wizard.core.check_result import CheckRun, Verdict
from wizard.core.manual import Manual
from wizard.core.message import Message, filled
from wizard.core.model import Step, WizardState
from wizard.ui.check_runner import CheckRunner
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.step_page import StepPage
from wizard.ui.step_names import shown_message
from wizard.ui.widgets.announcer import announce
from wizard.ui.widgets.check_table import CheckTable


class LiveCheckPage(StepPage):
    """A page that runs one live check in the background and shows its result per item.

    Subclasses add their own options, say what the check depends on (`input_key`), which check
    runs (`check_to_run`) and what it lacks (`missing_input`), and describe the result
    (`details_text`).
    """

    # The step of a page made for one check; the generic check page is given its step.
    own_step: ClassVar[Step | None] = None

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        check_config: LiveCheckConfig,
        pool: QThreadPool,
        parent: QWidget | None = None,
        *,
        step: Step | None = None,
    ) -> None:
        page_step = step or self.own_step
        assert page_step is not None, "a check page needs its step"
        super().__init__(page_step, state, manual, parent)
        self.check_config = check_config
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.options = QHBoxLayout()
        self.add_options(self.options)
        self.proxy_label = QLabel()
        self.proxy_edit = QLineEdit(state.proxy_url)
        self.proxy_label.setBuddy(self.proxy_edit)
        # textChanged: text set through the accessibility interface counts too.
        self.proxy_edit.textChanged.connect(self._on_proxy)
        self.options.addWidget(self.proxy_label)
        self.options.addWidget(self.proxy_edit, 1)
        layout.addLayout(self.options)
        self.add_rows(layout)

        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.start_check)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_check)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        # Both may quote a server's words: shown as text, never as markup.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()  # shown with the first message; an empty line would leave a gap
        layout.addWidget(self.status)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)
        self.table = CheckTable(state)
        self.table.fix_requested.connect(self.fix_requested)
        layout.addWidget(self.table, 1)

        self.runner = CheckRunner(pool, self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        # The status line, built anew each time it is shown: a language switch re-words it.
        self._message: Callable[[], str] = str
        # Stopping, or input that changed, sets this so the worker ends its calls early.
        self._cancel = threading.Event()
        self.retranslate()

    # ---- for subclasses ----

    def add_options(self, row: QHBoxLayout) -> None:
        """Put page-specific options before the proxy field."""

    def add_rows(self, layout: QVBoxLayout) -> None:
        """Put page-specific rows between the options and the buttons (and set up their state)."""

    def input_key(self) -> tuple[object, ...]:
        """Everything a check depends on; a change makes a running answer stale."""
        raise NotImplementedError

    def check_to_run(self) -> CheckEntry:
        """The registered check this page runs."""
        raise NotImplementedError

    def missing_input(self) -> str:
        """Why the check cannot start yet: what to fill in first (in the current language)."""
        raise NotImplementedError

    def with_page_options(self, requests: list[tuple[str, object]]) -> list[tuple[str, object]]:
        """The requests with what the page's own options add; as they are by default."""
        return requests

    def current_runs(self) -> list[CheckRun]:
        """The last runs of the logins or environment this page checks."""
        raise NotImplementedError

    def finished_message(self, runs: list[CheckRun]) -> str:
        """What the status line says once the check has answered."""
        raise NotImplementedError

    def details_text(self, runs: list[CheckRun]) -> str:
        """Lines under the status: companies seen, environment, missing connectors."""
        raise NotImplementedError

    def retranslate_own(self) -> None:
        """Set the page-specific texts."""

    # ---- shared behaviour ----

    def run_in_background(self, work: Callable[[threading.Event], object]) -> None:
        """Run `work(cancel_event)` on the pool; it returns a CheckRun or a list of them."""
        self._cancel = cancel = threading.Event()
        self._message = str
        self.runner.start(self.input_key(), lambda: work(cancel))

    def start_check(self) -> None:
        """Start the check in the background; the page stays usable."""
        entry = self.check_to_run()
        requests = entry.requests(self.state)
        if not requests:
            self.refuse(self.missing_input)
            return
        self._run_requests(entry, self.with_page_options(requests))

    def _run_requests(self, entry: CheckEntry, requests: list[tuple[str, object]]) -> None:
        """Run `entry`'s check for each (subject, request) in the background, one after another."""
        build, proxy, config = entry.build, self.state.proxy_url, self.check_config

        def work(cancel: threading.Event) -> list[CheckRun]:
            # Built on the worker: it may load the network stack, and a bad proxy raises here.
            check = build(config, proxy)
            return [
                CheckRun(subject, check.run(request, cancel), datetime.now().astimezone())
                for subject, request in requests
            ]

        self.run_in_background(work)

    def runs_of(self, subjects: Iterable[str]) -> list[CheckRun]:
        """The last run of each of `subjects` that has one."""
        runs = [self.state.check_run(subject) for subject in subjects]
        return [run for run in runs if run is not None]

    def refuse(self, message: Callable[[], str]) -> None:
        """Explain why the check cannot start yet; `message` words it in the current language."""
        self._message = message
        self.retranslate()

    def cancel_check(self) -> None:
        """Stop the running check."""
        self._cancel.set()
        self.runner.cancel()
        self._message = lambda: self.tr("The check was stopped.")
        self.retranslate()

    def input_changed(self) -> None:
        """Called when the input may have changed: a running check is now stale."""
        self.runner.input_changed(self.input_key())
        if not self.runner.busy:
            self._cancel.set()

    def _on_proxy(self, text: str) -> None:
        self.state.proxy_url = text.strip()
        self.input_changed()

    def _on_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self._message = lambda: self.tr(
                "Checking… This takes a few seconds. You can keep working."
            )
        self.retranslate()

    def _on_finished(self, result: object) -> None:
        runs = result if isinstance(result, list) else [result]
        for run in runs:
            assert isinstance(run, CheckRun)
            self.state.record_check(run)
        if runs:
            self._message = lambda: self._finished_status(runs)
        self.retranslate()
        self.notify_changed()

    def _finished_status(self, runs: list[CheckRun]) -> str:
        errors = [
            f"{run.subject}: {shown_message(run.report.error, self.state)}"
            for run in runs
            if run.report.verdict is Verdict.NOT_RUN
        ]
        if errors:
            return self.could_not_run("\n".join(errors))
        return self.finished_message(runs)

    def _on_failed(self, message: Message) -> None:
        self._message = lambda: self.could_not_run(shown_message(message, self.state))
        self.retranslate()

    def could_not_run(self, reason: str) -> str:
        """The status line when the check could not run: the reason and what to do, no verdict."""
        return filled(
            self.tr(
                "The check could not run: {reason}\nNothing has been checked yet, so this says "
                "nothing about your settings."
            ),
            reason=reason,
        )

    def ran_runs(self, runs: list[CheckRun]) -> list[CheckRun]:
        """The runs that reached the server; one that did not run has nothing to tell."""
        return [run for run in runs if run.report.verdict is not Verdict.NOT_RUN]

    def not_everything_works(self) -> str:
        """The status line when the check found problems."""
        return self.tr(
            "Not everything works yet. Use the buttons in the table to go to the step that "
            "fixes it, then check again."
        )

    def retranslate(self) -> None:
        self.setSubTitle(
            self.tr("Optional, but it saves a failed link later. Needs an internet connection.")
        )
        self.proxy_label.setText(self.tr("&Proxy (optional):"))
        self.proxy_edit.setPlaceholderText(self.tr("empty: the system's settings"))
        self.check_button.setText(self.tr("&Check now"))
        self.cancel_button.setText(self.tr("S&top"))
        self.retranslate_own()
        message = self._message()
        if message != self.status.text():
            announce(self.status, message)
        runs = self.current_runs()
        details = self.details_text(runs)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.table.show_runs(runs)
