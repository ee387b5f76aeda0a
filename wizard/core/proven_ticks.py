"""Checklist ticks that evidence already proves, so the clerk need not tick them by hand."""

from __future__ import annotations

from wizard.core.check_result import CallStatus
from wizard.core.flow import path_steps
from wizard.core.manual import Manual, NmbrsCall, StepContent
from wizard.core.model import WizardState


def ticks_proven_by_registration(state: WizardState, manual: Manual) -> set[str]:
    """The checklist items an existing registration proves done: every step before its form.

    A registration file is made on the summary page, which the clerk only reaches after
    leaving each of those steps.
    """
    proven: set[str] = set()
    for step in path_steps(state):
        content = manual.step(step)
        if content is None:
            continue
        if content.fields:
            break
        proven.update(content.item_ids())
    return proven


def call_status(call: NmbrsCall, state: WizardState) -> CallStatus | None:
    """The worst status the kept live checks gave `call`, or None when none checked it."""
    found = [
        item.status
        for run in state.check_runs
        for item in run.report.checks
        if item.service == call.service and item.name == call.screen_name
    ]
    if not found:
        return None
    return next((status for status in found if status is not CallStatus.ACTIVE), found[0])


def calls_proven_active(content: StepContent, state: WizardState) -> set[str]:
    """The item ids of the calls on `content` that every kept live check found active."""
    return {
        content.qualified(call.item_id)
        for call in content.calls
        if call_status(call, state) is CallStatus.ACTIVE
    }
