"""Read and write form fields on the model by key, as the manual's field data names them."""

from __future__ import annotations

from wizard.core.field_rules import split_employer_codes
from wizard.core.model import AfasRegistration, NmbrsRegistration, Step, WizardState

# Fields kept as lists in the model but edited as one line of text.
_LIST_FIELDS = {"employer_codes"}


def form_target(step: Step, state: WizardState) -> NmbrsRegistration | AfasRegistration:
    """The registration a form step edits."""
    if step is Step.AFAS_REGISTRATION:
        return state.afas
    return state.nmbrs


def get_form_value(target: object, key: str) -> str:
    """The text shown in the field `key` of `target`."""
    value = getattr(target, key)
    if key in _LIST_FIELDS:
        return ", ".join(value)
    return str(value)


def set_form_value(target: object, key: str, text: str) -> None:
    """Store what the clerk typed, unchanged, so that nothing typed is ever lost."""
    if key in _LIST_FIELDS:
        # The widget keeps the raw text while the clerk types; the model keeps clean codes.
        setattr(target, key, split_employer_codes(text) if text.strip() else [])
        return
    setattr(target, key, text)
