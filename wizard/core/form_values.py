"""Read and write form fields on the model by key, as the manual's field data names them."""

from __future__ import annotations

from wizard.core.field_rules import split_employer_codes
from wizard.core.manual import shipped_manual
from wizard.core.model import AfasRegistration, FormValues, NmbrsRegistration, Step, WizardState
from wizard.core.paths import FormPlace, PathSpec, path_of_step

# Fields kept as lists in the model but edited as one line of text.
_LIST_FIELDS = {"employer_codes"}


FormTarget = NmbrsRegistration | AfasRegistration | FormValues


def path_form(spec: PathSpec, state: WizardState) -> FormTarget:
    """Where the values of `spec`'s form live in `state`."""
    if spec.form_place is FormPlace.AFAS:
        return state.afas
    if spec.form_place is FormPlace.NMBRS:
        return state.nmbrs
    form = state.form(spec.name)
    fields = shipped_manual().fields[spec.form_fields]
    form.secret_keys = frozenset(field.key for field in fields if field.secret)
    return form


def form_target(step: Step, state: WizardState) -> FormTarget:
    """The registration a form step edits."""
    spec = path_of_step(step)
    return path_form(spec, state) if spec is not None else state.nmbrs


def get_form_value(target: object, key: str) -> str:
    """The text shown in the field `key` of `target`."""
    if isinstance(target, FormValues):
        return target.get(key)
    value = getattr(target, key)
    if key in _LIST_FIELDS:
        return ", ".join(value)
    return str(value)


def set_form_value(target: object, key: str, text: str) -> None:
    """Store what the clerk typed, unchanged, so that nothing typed is ever lost."""
    if isinstance(target, FormValues):
        target.set(key, text)
        return
    if key in _LIST_FIELDS:
        # The widget keeps the raw text while the clerk types; the model keeps clean codes.
        setattr(target, key, split_employer_codes(text) if text.strip() else [])
        return
    setattr(target, key, text)


def raw_form_value(target: object, key: str) -> str | list[str]:
    """The value of field `key` as the model keeps it (a list for list fields)."""
    if isinstance(target, FormValues):
        return target.get(key)
    value: str | list[str] = getattr(target, key)
    return value


def set_raw_form_value(target: object, key: str, value: str | list[str]) -> None:
    """Keep `value` (read from a file, already in the model's shape) as field `key`."""
    if isinstance(target, FormValues):
        target.set(key, value if isinstance(value, str) else ", ".join(value))
        return
    setattr(target, key, value)
