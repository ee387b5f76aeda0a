"""Offers saved progress on the start page, resumes it, or starts again with an empty wizard."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.paths import path_spec
from wizard.core.progress_store import LoadOutcome, LoadStatus
from wizard.core.step_reference import STEP_NUMBER
from wizard.ui.path_labels import path_label

if TYPE_CHECKING:
    from wizard.ui.main_wizard import MainWizard

# The wizard's own logger: the diagnostics log has always named it.
log = logging.getLogger("wizard.ui.main_wizard")


class ResumeController:
    """Shows the session's offer to resume in `wizard` and carries out the clerk's answer."""

    def __init__(self, wizard: MainWizard) -> None:
        self.wizard = wizard
        self.session = wizard.session

    def offer(self, outcome: LoadOutcome) -> None:
        """Offer saved progress for resume, or explain why it was set aside."""
        if outcome.status is LoadStatus.LOADED and outcome.state is not None:
            if self.session.offer(outcome):
                state = outcome.state
                self.wizard.start_page.offer_resume(lambda: self.describe(state))
        elif outcome.status is LoadStatus.SET_ASIDE and outcome.notice is not None:
            self.wizard.show_notice(outcome.notice)

    def describe(self, state: WizardState) -> str:
        """'Nmbrs, umbrella account, Step 2: ...' for the resume banner."""
        spec = path_spec(state.package, state.account_type)
        # Before the account type is chosen only "Nmbrs" can be said.
        path = (
            path_label(spec)
            if spec is not None
            else QCoreApplication.translate("MainWizard", "Nmbrs")
        )
        content = self.wizard.manual.step(state.current_step)
        if content is None:
            # The live check, the summary and the closing page: named as the side panel does.
            # The start and the account type say nothing the path does not already say.
            if state.current_step in (Step.START, Step.NMBRS_ACCOUNT_TYPE):
                return path
            return f"{path}, {self.wizard.step_panel.step_name(state.current_step)}"
        step_word = filled(STEP_NUMBER.shown(QCoreApplication.translate), number=content.number)
        return f"{path}, {step_word}: {content.title.in_language(self.session.state.language)}"

    def resume(self) -> None:
        """Load the offered progress and go to where the clerk left off."""
        if self.session.offered is None:
            return
        self.wizard.ensure_pages()
        target = self.session.resume(self.wizard.manual)
        if target is None:
            return
        self.wizard.tokens.show_notice()
        log.info("progress resumed", extra={"step": target.name})
        self.wizard.sync_pages()
        self.wizard.start_page.offer_resume("")
        self.wizard.go_to(target)

    def start_over(self) -> None:
        """Drop the offered progress and begin with an empty wizard."""
        self._start_empty()
        self.wizard.on_state_changed()

    def clear_to_empty(self) -> None:
        """Drop any offered progress and start again with an empty state, without saving."""
        self._start_empty()
        self.wizard.stop_autosave()

    def _start_empty(self) -> None:
        self.wizard.start_page.offer_resume("")
        self.wizard.ensure_pages()
        self.session.clear()
        self.wizard.sync_pages()
        self.wizard.restart()
