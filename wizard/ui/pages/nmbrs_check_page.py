"""Nmbrs: prove the login works and every required call is active, before registering."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_result import CheckReport, CheckRun
from wizard.core.manual import Manual
from wizard.core.model import AccountType, Step, WizardState
from wizard.ui.check_runner import CheckRunner
from wizard.ui.live_check_services import LiveCheckServices
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.announcer import announce
from wizard.ui.widgets.check_table import CheckTable


class NmbrsCheckPage(StepPage):
    """Runs the live Nmbrs check in the background and shows the result per call."""

    fix_requested = Signal(Step)

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        services: LiveCheckServices,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Step.NMBRS_CHECK, state, manual, parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        options = QHBoxLayout()
        self.sandbox_box = QCheckBox()
        self.sandbox_box.setChecked(state.sandbox)
        self.sandbox_box.toggled.connect(self._on_sandbox)
        options.addWidget(self.sandbox_box)
        self.proxy_label = QLabel()
        self.proxy_edit = QLineEdit(state.proxy_url)
        self.proxy_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.proxy_label.setBuddy(self.proxy_edit)
        self.proxy_edit.textEdited.connect(self._on_proxy)
        options.addWidget(self.proxy_label)
        options.addWidget(self.proxy_edit, 1)
        layout.addLayout(options)

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
        layout.addWidget(self.status)
        self.companies = QLabel()
        self.companies.setWordWrap(True)
        layout.addWidget(self.companies)
        self.table = CheckTable(state)
        self.table.fix_requested.connect(self.fix_requested)
        layout.addWidget(self.table, 1)

        self.runner = CheckRunner(pool, self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self._message = ""
        self._cancel = threading.Event()
        self.retranslate()

    def input_key(self) -> tuple[object, ...]:
        """Everything a check depends on; a change makes a running answer stale."""
        logins = (
            tuple((e.username, e.token, e.domain) for e in self.state.employers)
            if self.state.account_type is AccountType.PER_DEBTOR
            else ((self.state.nmbrs.username, self.state.nmbrs.token, self.state.nmbrs.domain),)
        )
        return (self.state.account_type, logins, self.state.sandbox, self.state.proxy_url)

    def logins(self) -> list[tuple[str, str, str]]:
        """(username, token, domain) of every login the path uses."""
        if self.state.account_type is AccountType.PER_DEBTOR:
            return [(e.username, e.token, e.domain) for e in self.state.employers]
        nmbrs = self.state.nmbrs
        return [(nmbrs.username, nmbrs.token, nmbrs.domain)]

    def start_check(self) -> None:
        """Start the check in the background; the page stays usable."""
        logins = [login for login in self.logins() if all(login)]
        if not logins:
            self._message = self.tr(
                "Fill in the username, API token and domain first; then the check can run."
            )
            self.retranslate()
            return
        account_type = self.state.account_type or AccountType.UMBRELLA
        sandbox, proxy = self.state.sandbox, self.state.proxy_url
        services = self.services
        # Stopping or changed input sets this, so the worker ends its calls early.
        self._cancel = cancel = threading.Event()

        def work() -> list[CheckRun]:
            # asyncio is needed only once a check runs; importing it late keeps start-up quick.
            import asyncio

            runs = []
            for username, token, domain in logins:
                try:
                    report = services.check_nmbrs(
                        username,
                        token,
                        domain,
                        account_type,
                        sandbox=sandbox,
                        proxy_url=proxy,
                        cancel=cancel,
                    )
                except asyncio.CancelledError:
                    return []
                runs.append(CheckRun(username, report, datetime.now().astimezone()))
            return runs

        self._message = ""
        self.runner.start(self.input_key(), work)

    def cancel_check(self) -> None:
        """Stop the running check."""
        self._cancel.set()
        self.runner.cancel()
        self._message = self.tr("The check was stopped.")
        self.retranslate()

    def input_changed(self) -> None:
        """Called when credentials may have changed: a running check is now stale."""
        self.runner.input_changed(self.input_key())
        if not self.runner.busy:
            self._cancel.set()

    def _on_sandbox(self, checked: bool) -> None:
        self.state.sandbox = checked
        self.input_changed()

    def _on_proxy(self, text: str) -> None:
        self.state.proxy_url = text.strip()
        self.input_changed()

    def _on_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self._message = self.tr("Checking… This takes a few seconds. You can keep working.")
        self.retranslate()

    def _on_finished(self, runs: object) -> None:
        assert isinstance(runs, list)
        for run in runs:
            self.state.record_check(run)
        self._message = self._summary(runs)
        self.retranslate()
        self.notify_changed()

    def _on_failed(self, message: str) -> None:
        self._message = self.tr("The check could not run: {reason}").replace("{reason}", message)
        self.retranslate()

    def _summary(self, runs: list[CheckRun]) -> str:
        errors = [f"{run.subject}: {run.report.error}" for run in runs if run.report.error]
        if errors:
            return self.tr("The check could not run: {reason}").replace(
                "{reason}", "\n".join(errors)
            )
        failing = sum(not run.report.ok for run in runs)
        if not failing:
            return self.tr("Everything works: every required call is active.")
        return self.tr(
            "Not everything works yet. Use the buttons in the table to go to the step that "
            "fixes it, then check again."
        )

    def _companies_text(self, runs: list[CheckRun]) -> str:
        lines = []
        for run in runs:
            report: CheckReport = run.report
            names = ", ".join(report.companies)
            if report.companies:
                line = self.tr("{login} sees {count} companies: {names}")
            else:
                line = self.tr("{login} sees no company. Check the filter or tag of the login.")
            lines.append(
                line.replace("{login}", run.subject)
                .replace("{count}", str(len(report.companies)))
                .replace("{names}", names)
            )
        return "\n".join(lines)

    def current_runs(self) -> list[CheckRun]:
        """The last runs of the logins on this path."""
        runs = [self.state.check_run(username) for username, _t, _d in self.logins()]
        return [run for run in runs if run is not None]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Live check in Nmbrs"))
        self.setSubTitle(
            self.tr("Optional, but it saves a failed link later. Needs an internet connection.")
        )
        self.intro.setText(
            self.tr(
                "The wizard logs in to Nmbrs with the details you entered and tries every call "
                "the link needs, without changing anything. The answers are not kept or shown; "
                "only whether each call works."
            )
        )
        self.sandbox_box.setText(self.tr("Use the Nmbrs &sandbox"))
        self.proxy_label.setText(self.tr("&Proxy (optional):"))
        self.proxy_edit.setPlaceholderText(self.tr("empty: the system's settings"))
        self.check_button.setText(self.tr("&Check now"))
        self.cancel_button.setText(self.tr("S&top"))
        if self._message != self.status.text():
            announce(self.status, self._message)
        runs = self.current_runs()
        self.companies.setText(self._companies_text(runs))
        self.companies.setVisible(bool(runs))
        self.table.show_runs(runs)
