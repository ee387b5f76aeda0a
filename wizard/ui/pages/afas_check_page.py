"""AFAS: prove the token works and every Benefits-Plaza GetConnector is assigned."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_result import CheckRun
from wizard.core.manual import Manual
from wizard.core.model import AfasEnvironment, Step, WizardState
from wizard.translation import tr
from wizard.ui.check_runner import CheckRunner
from wizard.ui.live_check_services import LiveCheckServices
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.announcer import announce
from wizard.ui.widgets.check_table import CheckTable


class AfasCheckPage(StepPage):
    """Runs the live AFAS check in the background and lists assigned and missing connectors."""

    fix_requested = Signal(Step)

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        services: LiveCheckServices,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Step.AFAS_CHECK, state, manual, parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        environment_row = QHBoxLayout()
        self.environment_label = QLabel()
        self.environment_box = QComboBox()
        for environment in AfasEnvironment:
            self.environment_box.addItem(environment.value, environment)
        self.environment_box.setCurrentIndex(list(AfasEnvironment).index(state.afas.environment))
        self.environment_box.currentIndexChanged.connect(self._on_environment)
        self.environment_label.setBuddy(self.environment_box)
        environment_row.addWidget(self.environment_label)
        environment_row.addWidget(self.environment_box)
        self.proxy_label = QLabel()
        self.proxy_edit = QLineEdit(state.proxy_url)
        self.proxy_label.setBuddy(self.proxy_edit)
        self.proxy_edit.textEdited.connect(self._on_proxy)
        environment_row.addWidget(self.proxy_label)
        environment_row.addWidget(self.proxy_edit, 1)
        layout.addLayout(environment_row)

        zip_row = QHBoxLayout()
        self.zip_button = QPushButton()
        self.zip_button.clicked.connect(self._choose_zip)
        self.zip_label = QLabel()
        self.zip_label.setWordWrap(True)
        zip_row.addWidget(self.zip_button)
        zip_row.addWidget(self.zip_label, 1)
        layout.addLayout(zip_row)

        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.start_check)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_check)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.table = CheckTable(state)
        self.table.fix_requested.connect(self.fix_requested)
        layout.addWidget(self.table, 1)

        self.runner = CheckRunner(pool, self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self._message = ""
        self._zip_connectors: list[str] | None = None
        self._zip_problem = ""
        if state.connector_zip:
            self.use_connector_zip(Path(state.connector_zip))
        self.retranslate()

    def input_key(self) -> tuple[object, ...]:
        """Everything a check depends on; a change makes a running answer stale."""
        afas = self.state.afas
        return (
            afas.customer_number,
            afas.data_token,
            afas.token_version,
            afas.environment,
            tuple(self._zip_connectors or ()),
            self.state.proxy_url,
        )

    def use_connector_zip(self, path: Path) -> None:
        """Take the expected connectors from the ZIP a.s.r. sent (its .gcn file names)."""
        from wizard.services.afas_check import connector_ids_from_zip
        from wizard.services.network_errors import CheckFailed

        try:
            self._zip_connectors = connector_ids_from_zip(path)
        except CheckFailed as failure:
            self._zip_connectors = None
            self._zip_problem = failure.render(tr)
            self.state.connector_zip = ""
        else:
            self._zip_problem = ""
            self.state.connector_zip = str(path)
        self.runner.input_changed(self.input_key())
        self.retranslate()
        self.state_changed.emit()

    def _choose_zip(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the connector ZIP from a.s.r."), "", self.tr("ZIP files (*.zip)")
        )
        if chosen:
            self.use_connector_zip(Path(chosen))

    def start_check(self) -> None:
        """Start the check in the background; the page stays usable."""
        afas = self.state.afas
        if not afas.customer_number or not afas.data_token:
            self._message = self.tr(
                "Fill in the customer number and the data token first; then the check can run."
            )
            self.retranslate()
            return
        services = self.services
        subject = afas.customer_number
        arguments = (
            afas.customer_number,
            afas.data_token,
            afas.token_version or "1",
            afas.environment,
            list(self._zip_connectors) if self._zip_connectors else None,
            list(afas.employer_codes),
        )
        proxy = self.state.proxy_url

        def work() -> CheckRun:
            report = services.check_afas(*arguments, proxy_url=proxy)
            return CheckRun(subject, report, datetime.now().astimezone())

        self._message = ""
        self.runner.start(self.input_key(), work)

    def cancel_check(self) -> None:
        """Stop waiting for the running check."""
        self.runner.cancel()
        self._message = self.tr("The check was stopped.")
        self.retranslate()

    def input_changed(self) -> None:
        """Called when the registration may have changed: a running check is now stale."""
        self.runner.input_changed(self.input_key())

    def _on_environment(self) -> None:
        self.state.afas.environment = AfasEnvironment(self.environment_box.currentData())
        self.input_changed()
        self.state_changed.emit()

    def _on_proxy(self, text: str) -> None:
        self.state.proxy_url = text.strip()
        self.input_changed()

    def _on_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self._message = self.tr("Checking… This takes a few seconds. You can keep working.")
        self.retranslate()

    def _on_finished(self, run: object) -> None:
        assert isinstance(run, CheckRun)
        self.state.record_check(run)
        if run.report.error:
            self._message = self.tr("The check could not run: {reason}").replace(
                "{reason}", run.report.error
            )
        elif run.report.ok:
            self._message = self.tr(
                "Everything works: the token is accepted and every connector is assigned."
            )
        else:
            self._message = self.tr(
                "Not everything works yet. Use the buttons in the table to go to the step that "
                "fixes it, then check again."
            )
        self.retranslate()
        self.notify_changed()

    def _on_failed(self, message: str) -> None:
        self._message = self.tr("The check could not run: {reason}").replace("{reason}", message)
        self.retranslate()

    def current_run(self) -> CheckRun | None:
        """The last check of this customer number."""
        return self.state.check_run(self.state.afas.customer_number)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Live check in AFAS"))
        self.setSubTitle(
            self.tr("Optional, but it saves a failed link later. Needs an internet connection.")
        )
        self.intro.setText(
            self.tr(
                "The wizard asks AFAS which GetConnectors your App Connector may use. No "
                "employee data is fetched."
            )
        )
        self.environment_label.setText(self.tr("&Environment:"))
        names = {
            AfasEnvironment.PRODUCTION: self.tr("Production"),
            AfasEnvironment.TEST: self.tr("Test"),
            AfasEnvironment.ACCEPT: self.tr("Acceptance"),
        }
        for index, environment in enumerate(AfasEnvironment):
            self.environment_box.setItemText(index, names[environment])
        self.proxy_label.setText(self.tr("&Proxy (optional):"))
        self.proxy_edit.setPlaceholderText(self.tr("empty: the system's settings"))
        self.zip_button.setText(self.tr("Use the connector &ZIP…"))
        if self._zip_problem:
            self.zip_label.setText(self._zip_problem)
        elif self._zip_connectors:
            self.zip_label.setText(
                self.tr("Expected connectors from the ZIP: {names}").replace(
                    "{names}", ", ".join(self._zip_connectors)
                )
            )
        else:
            self.zip_label.setText(
                self.tr("Without the ZIP the wizard expects the known Benefits-Plaza connectors.")
            )
        self.check_button.setText(self.tr("&Check now"))
        self.cancel_button.setText(self.tr("S&top"))
        if self._message != self.status.text():
            announce(self.status, self._message)
        run = self.current_run()
        details = []
        if run is not None and run.report.environment:
            details.append(
                self.tr("AFAS environment: {name}").replace("{name}", run.report.environment)
            )
        if run is not None and run.report.missing_connectors:
            details.append(
                self.tr("Missing connectors: {names}").replace(
                    "{names}", ", ".join(run.report.missing_connectors)
                )
            )
        self.details.setText("\n".join(details))
        self.details.setVisible(bool(details))
        self.table.show_runs([run] if run is not None else [])
