"""AFAS: prove the token works and every Benefits-Plaza GetConnector is assigned."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from wizard.core.check_registry import CheckEntry, check_entry
from wizard.core.check_result import CheckRun, Verdict, expiry_is_near
from wizard.core.check_words import TOKEN_VALID_UNTIL
from wizard.core.live_check import AfasCheckRequest
from wizard.core.message import Message, filled
from wizard.core.model import AfasEnvironment, Step
from wizard.core.server_text import plain_line
from wizard.translation import tr
from wizard.ui.file_filters import ZIP_FILES
from wizard.ui.pages.live_check_page import LiveCheckPage
from wizard.ui.shipped_checks import AFAS_CHECK
from wizard.ui.step_names import shown_message
from wizard.ui.widgets.environment_banner import EnvironmentBanner


class AfasCheckPage(LiveCheckPage):
    """Runs the live AFAS check and lists assigned and missing connectors."""

    own_step = Step.AFAS_CHECK

    def add_options(self, row: QHBoxLayout) -> None:
        self.environment_label = QLabel()
        self.environment_box = QComboBox()
        for environment in AfasEnvironment:
            self.environment_box.addItem(environment.value, environment)
        self.environment_box.setCurrentIndex(
            list(AfasEnvironment).index(self.state.afas.environment)
        )
        self.environment_box.currentIndexChanged.connect(self._on_environment)
        self.environment_label.setBuddy(self.environment_box)
        row.addWidget(self.environment_label)
        row.addWidget(self.environment_box)

    def add_rows(self, layout: QVBoxLayout) -> None:
        self.environment_banner = EnvironmentBanner()
        layout.addWidget(self.environment_banner)
        zip_row = QHBoxLayout()
        self.zip_button = QPushButton()
        self.zip_button.clicked.connect(self._choose_zip)
        self.zip_label = QLabel()
        self.zip_label.setWordWrap(True)
        zip_row.addWidget(self.zip_button)
        zip_row.addWidget(self.zip_label, 1)
        layout.addLayout(zip_row)
        self._zip_connectors: list[str] | None = None
        # Why the ZIP could not be used, shown in the language of the moment.
        self._zip_problem: Message | None = None
        if self.state.connector_zip:
            self._read_connector_zip(Path(self.state.connector_zip))

    def input_key(self) -> tuple[object, ...]:
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
        self._read_connector_zip(path)
        self.input_changed()
        self.retranslate()
        self.state_changed.emit()

    def _read_connector_zip(self, path: Path) -> None:
        """Read the ZIP's connectors, or why it cannot be used; the state keeps a usable one."""
        # Lazy: these raise CheckFailed, whose module loads httpx; not needed to build the page.
        from wizard.services.afas.connector_zip import connector_ids_from_zip
        from wizard.services.network_errors import CheckFailed

        try:
            self._zip_connectors = connector_ids_from_zip(path)
        except CheckFailed as failure:
            self._zip_connectors = None
            self._zip_problem = failure.message
            self.state.connector_zip = ""
        else:
            self._zip_problem = None
            self.state.connector_zip = str(path)

    def _choose_zip(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the connector ZIP from a.s.r."),
            "",
            ZIP_FILES.shown(tr),
        )
        if chosen:
            self.use_connector_zip(Path(chosen))

    def check_to_run(self) -> CheckEntry:
        # The registry knows what to ask the AFAS check; the ZIP is this page's own extra.
        return check_entry(AFAS_CHECK)

    def missing_input(self) -> str:
        return self.tr(
            "Fill in the customer number and the data token first; then the check can run."
        )

    def with_page_options(self, requests: list[tuple[str, object]]) -> list[tuple[str, object]]:
        expected = tuple(self._zip_connectors) if self._zip_connectors else None
        with_zip: list[tuple[str, object]] = []
        for subject, asked in requests:
            assert isinstance(asked, AfasCheckRequest)
            with_zip.append((subject, replace(asked, expected_connectors=expected)))
        return with_zip

    def initializePage(self) -> None:
        # The environment may have come from the customer number the clerk pasted.
        index = list(AfasEnvironment).index(self.state.afas.environment)
        if self.environment_box.currentIndex() != index:
            self.environment_box.setCurrentIndex(index)
        super().initializePage()

    def _on_environment(self) -> None:
        self.state.afas.environment = AfasEnvironment(self.environment_box.currentData())
        self.environment_banner.refresh(self.state.afas)
        self.input_changed()
        self.state_changed.emit()

    def current_runs(self) -> list[CheckRun]:
        return self.runs_of([self.state.afas.customer_number])

    def finished_message(self, runs: list[CheckRun]) -> str:
        verdicts = {run.report.verdict for run in runs}
        if verdicts == {Verdict.PASSED}:
            return self.tr(
                "Everything works: the token is accepted and every connector is assigned."
            )
        if Verdict.PROBLEMS not in verdicts:
            return self.tr(
                "The token works, and the table shows the connectors assigned to the App "
                "Connector. The wizard could not compare them with a.s.r.'s list, because it "
                "does not know that list yet. Choose the ZIP file with the connectors that "
                "a.s.r. sent you (button below the proxy), then check again to compare them."
            )
        return self.not_everything_works()

    def details_text(self, runs: list[CheckRun]) -> str:
        lines = []
        for run in self.ran_runs(runs):
            if run.report.environment:
                lines.append(
                    filled(
                        self.tr("AFAS environment: {name}"), name=plain_line(run.report.environment)
                    )
                )
            lines.extend(self.expiry_lines(run.report.token_expiry))
            if run.report.missing_connectors:
                lines.append(
                    filled(
                        self.tr("Missing connectors: {names}"),
                        names=", ".join(plain_line(n) for n in run.report.missing_connectors),
                    )
                )
        return "\n".join(lines)

    def expiry_lines(self, expiry: date | None) -> list[str]:
        """The token's expiry date, and a warning when it is near."""
        if expiry is None:
            return []
        shown = f"{expiry:%d-%m-%Y}"
        if not expiry_is_near(expiry, date.today()):
            return [filled(TOKEN_VALID_UNTIL.shown(tr), date=shown)]
        days = (expiry - date.today()).days
        if days < 0:
            return [
                filled(
                    self.tr("The token expired on {date}: make a new one in the App Connector."),
                    date=shown,
                )
            ]
        return [
            filled(
                self.tr(
                    "Warning: the token expires on {date}, in {days} days. After that the link "
                    "stops working: make a new token in the App Connector in good time."
                ),
                date=shown,
                days=str(days),
            )
        ]

    def retranslate_own(self) -> None:
        self.setTitle(self.tr("Live check in AFAS"))
        self.intro.setText(
            self.tr(
                "The wizard asks AFAS which GetConnectors your App Connector may use. No "
                "employee data is fetched."
            )
        )
        self.environment_label.setText(self.tr("&Environment:"))
        self.environment_banner.refresh(self.state.afas)
        names = {
            AfasEnvironment.PRODUCTION: self.tr("Production"),
            AfasEnvironment.TEST: self.tr("Test"),
            AfasEnvironment.ACCEPT: self.tr("Acceptance"),
        }
        for index, environment in enumerate(AfasEnvironment):
            self.environment_box.setItemText(index, names[environment])
        self.zip_button.setText(self.tr("Use the connector &ZIP…"))
        if self._zip_problem:
            self.zip_label.setText(shown_message(self._zip_problem, self.state))
        elif self._zip_connectors:
            self.zip_label.setText(
                filled(
                    self.tr("Expected connectors from the ZIP: {names}"),
                    names=", ".join(self._zip_connectors),
                )
            )
        else:
            self.zip_label.setText(
                self.tr(
                    "Without the ZIP the wizard can check the token and list the assigned "
                    "connectors, but cannot compare them with a.s.r.'s list."
                )
            )
