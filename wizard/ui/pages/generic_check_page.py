"""The check page of a path whose check has no page of its own: the check table and its words."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from wizard.core.check_registry import CheckEntry, check_entry
from wizard.core.check_result import CheckRun
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.paths import PathSpec
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.live_check_page import LiveCheckPage
from wizard.ui.path_labels import path_label


class GenericCheckPage(LiveCheckPage):
    """Runs the registered check of `spec` for each login its requests name."""

    def __init__(
        self,
        step: Step,
        spec: PathSpec,
        state: WizardState,
        manual: Manual,
        check_config: LiveCheckConfig,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        self.spec = spec
        # Looked up once: the page is built for this check.
        self.entry = check_entry(spec.check)
        super().__init__(state, manual, check_config, pool, parent, step=step)

    def _requests(self) -> list[tuple[str, object]]:
        return self.entry.requests(self.state)

    def input_key(self) -> tuple[object, ...]:
        return (tuple(self._requests()), self.state.proxy_url)

    def check_to_run(self) -> CheckEntry:
        return self.entry

    def missing_input(self) -> str:
        return self.tr("Fill in the form first; then the check can run.")

    def current_runs(self) -> list[CheckRun]:
        return self.runs_of(subject for subject, _request in self._requests())

    def finished_message(self, runs: list[CheckRun]) -> str:
        if all(run.report.ok for run in runs):
            return self.tr("Everything works.")
        return self.not_everything_works()

    def details_text(self, runs: list[CheckRun]) -> str:
        return ""

    def retranslate_own(self) -> None:
        self.setTitle(filled(self.tr("Live check: {path}"), path=path_label(self.spec)))
        self.intro.setText(
            self.tr("The wizard checks the details you entered, without changing anything.")
        )
