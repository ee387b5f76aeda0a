"""Which step follows which, and when a step may be left. Pure Python; Qt pages only ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.core.model import Step
from wizard.core.paths import check_steps, chosen_path, open_choices, send_form_steps

if TYPE_CHECKING:
    from wizard.core.field_rules import RuleResult
    from wizard.core.manual import FormField, Manual, StepContent
    from wizard.core.model import Employer, WizardState

# Every path ends with the summary (save the files) and the closing page (what comes next).
_END = (Step.SUMMARY, Step.FINISH)
# The checklist item of a send-form step that says the form was sent.
SENT_ITEM = "sent"


def path_steps(state: WizardState) -> tuple[Step, ...]:
    """Every step of the path the clerk has chosen so far, in order.

    Before a choice is made the path ends at the choice itself.
    """
    spec = chosen_path(state)
    if spec is None:
        return open_choices(state.package)
    return (*spec.choices, *spec.steps, *_END)


def next_step(current: Step, state: WizardState) -> Step | None:
    """The step after `current` on the chosen path, or None at the end (or before a choice)."""
    steps = path_steps(state)
    if current not in steps:
        return None
    index = steps.index(current)
    return steps[index + 1] if index + 1 < len(steps) else None


def form_sent(state: WizardState, manual: Manual) -> bool:
    """Whether the clerk ticked that a.s.r.'s form was sent, on the chosen path."""
    for step in path_steps(state):
        content = manual.step(step)
        if step in send_form_steps() and content is not None:
            return content.qualified(SENT_ITEM) in state.ticked
    return False


def form_sent_later(state: WizardState, manual: Manual) -> bool:
    """Whether the clerk chose to send a.s.r.'s form later and has not ticked it as sent."""
    if form_sent(state, manual):
        return False
    for step in path_steps(state):
        content = manual.step(step)
        if step in send_form_steps() and content is not None and content.skip_item is not None:
            return content.qualified(content.skip_item.id) in state.ticked
    return False


def field_results(fields: tuple[FormField, ...], target: object) -> dict[str, RuleResult]:
    """Check every editable field of a form; fixed fields need no input."""
    # Lazy: the start page has no fields; the field rules load after the first paint.
    from wizard.core.field_rules import check_field
    from wizard.core.form_values import get_form_value

    return {
        form_field.key: check_field(form_field.rule, get_form_value(target, form_field.key))
        for form_field in fields
        if form_field.fixed is None
    }


def employer_problems(employer: Employer, manual: Manual) -> dict[str, RuleResult]:
    """The failing fields of one employer on the per-debtor path."""
    results = field_results(manual.fields["nmbrs_employer"], employer)
    return {key: result for key, result in results.items() if not result.ok}


def checklist_complete(content: StepContent, state: WizardState, manual: Manual) -> bool:
    """All items ticked, or the step skipped because the clerk already set it up."""
    if _skipped(content.step, state, manual):
        return True
    return all(item_id in state.ticked for item_id in content.item_ids())


def _skipped(step: Step, state: WizardState, manual: Manual) -> bool:
    for content in manual.steps.values():
        if content.skip_item is None or step not in content.skip_steps:
            continue
        if content.qualified(content.skip_item.id) in state.ticked:
            return True
    return False


def can_leave(current: Step, state: WizardState, manual: Manual) -> bool:
    """Whether the clerk may go on from `current`."""
    if current is Step.START:
        return state.package is not None
    if current is Step.NMBRS_ACCOUNT_TYPE:
        return state.account_type is not None
    if current in _END:
        return True
    content = manual.step(current)
    if content is None:
        return True
    if content.fields and current is not Step.DEBTOR_EMPLOYERS:
        # Lazy: form_values loads the field rules, which the start page does not need.
        from wizard.core.form_values import form_target

        target = form_target(current, state)
        return all(result.ok for result in field_results(content.fields, target).values())
    if current is Step.DEBTOR_EMPLOYERS:
        return all(not employer_problems(employer, manual) for employer in state.employers)
    if not content.gating:
        return True
    return checklist_complete(content, state, manual)


def step_done(step: Step, state: WizardState, manual: Manual) -> bool:
    """Whether the side panel shows `step` as done."""
    if step in _END:
        return False
    if step in send_form_steps():
        # "Send it later" lets the clerk go on, but the form is not sent.
        return form_sent(state, manual)
    if step in check_steps():
        # Lazy: check results load datetime, which the start page does not need.
        from wizard.core.check_fixes import all_checks_passed

        return all_checks_passed(state)
    if step is Step.DEBTOR_EMPLOYERS:
        return bool(state.employers) and can_leave(step, state, manual)
    content = manual.step(step)
    if content is not None and not content.gating and not content.fields:
        return checklist_complete(content, state, manual)
    return can_leave(step, state, manual)


def resume_target(state: WizardState, manual: Manual) -> Step:
    """Where to resume: the saved step, or the first step before it that is not finished."""
    for step in path_steps(state):
        if step is state.current_step or not can_leave(step, state, manual):
            return step
    return path_steps(state)[-1]
