"""Nmbrs: prove the login works and every required call is active, before registering."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from wizard.core.check_registry import CheckEntry, check_entry
from wizard.core.check_result import CheckRun
from wizard.core.message import filled
from wizard.core.model import Step
from wizard.core.paths import chosen_path, nmbrs_logins
from wizard.core.server_text import plain_line
from wizard.ui.pages.live_check_page import LiveCheckPage
from wizard.ui.shipped_checks import NMBRS_CHECK


class NmbrsCheckPage(LiveCheckPage):
    """Runs the live Nmbrs check for every login of the path and shows the result per call."""

    own_step = Step.NMBRS_CHECK

    def add_options(self, row: QHBoxLayout) -> None:
        self.sandbox_box = QCheckBox()
        self.sandbox_box.setChecked(self.state.sandbox)
        self.sandbox_box.toggled.connect(self._on_sandbox)
        row.addWidget(self.sandbox_box)

    def input_key(self) -> tuple[object, ...]:
        return (
            self.state.account_type,
            tuple(nmbrs_logins(self.state)),
            self.state.sandbox,
            self.state.proxy_url,
        )

    def check_to_run(self) -> CheckEntry:
        # The path table names the check; the registry knows what to ask it.
        spec = chosen_path(self.state)
        return check_entry(spec.check if spec is not None else NMBRS_CHECK)

    def missing_input(self) -> str:
        return self.tr("Fill in the username, API token and domain first; then the check can run.")

    def _on_sandbox(self, checked: bool) -> None:
        self.state.sandbox = checked
        self.input_changed()

    def current_runs(self) -> list[CheckRun]:
        return self.runs_of(username for username, _t, _d in nmbrs_logins(self.state))

    def finished_message(self, runs: list[CheckRun]) -> str:
        if all(run.report.ok for run in runs):
            return self.tr("Everything works: every required call is active.")
        return self.not_everything_works()

    def details_text(self, runs: list[CheckRun]) -> str:
        lines = []
        for run in self.ran_runs(runs):
            companies = run.report.companies
            if companies:
                # %n picks the Dutch plural form; the English source needs none.
                line = self.tr("Companies {login} sees (%n): {names}", "", len(companies))
            else:
                line = self.tr("{login} sees no company. Check the filter or tag of the login.")
            lines.append(
                filled(
                    line, login=run.subject, names=", ".join(plain_line(name) for name in companies)
                )
            )
        return "\n".join(lines)

    def retranslate_own(self) -> None:
        self.setTitle(self.tr("Live check in Nmbrs"))
        self.intro.setText(
            self.tr(
                "The wizard logs in to Nmbrs with the details you entered and tries every call "
                "the link needs, without changing anything. The answers are not kept or shown; "
                "only whether each call works."
            )
        )
        self.sandbox_box.setText(self.tr("Use the Nmbrs &sandbox"))
