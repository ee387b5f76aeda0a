"""Messages that name a step ({step:key}) shown with the step's number and title."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wizard.core.flow import path_steps
from wizard.core.manual import shipped_manual
from wizard.core.message import Message
from wizard.core.model import WizardState
from wizard.core.step_reference import fill_step_references
from wizard.translation import tr

if TYPE_CHECKING:
    from wizard.core.check_result import CheckReport


def with_step_names(text: str, state: WizardState) -> str:
    """`text` with each step named as the side panel names it, in the clerk's language."""
    return fill_step_references(text, shipped_manual(), state.language, path_steps(state))


def shown_message(message: Message | None, state: WizardState) -> str:
    """`message` in the language the clerk has chosen now, its steps named ("" for none)."""
    return with_step_names(message.shown(tr), state) if message else ""


def report_with_step_names(report: CheckReport, state: WizardState) -> CheckReport:
    """A copy of `report` whose messages are shown text, in the clerk's language (for the PDF)."""
    checks = [
        replace(item, message=Message.as_written(shown_message(item.message, state)))
        for item in report.checks
    ]
    error = (
        Message.as_written(shown_message(report.error, state)) if report.error is not None else None
    )
    return replace(report, checks=checks, error=error)
