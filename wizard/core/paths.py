"""The path table: one PathSpec per path the wizard offers, read by flow, checks and files.

The table itself is data, in resources/manual/paths.json; this module reads it.

A path is a package (and, for Nmbrs, an account type) with its own steps, logins, check fixes
and file name. Code asks this table instead of branching on the package or account type; a
branch remains only where a path truly behaves differently, with a comment saying why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from wizard.core.model import AccountType, Package, Step
from wizard.core.registered_entries import add_entry
from wizard.core.resource_files import resource_path

if TYPE_CHECKING:
    from wizard.core.model import WizardState

PATHS_RESOURCE = ("manual", "paths.json")


class LoginPlace(StrEnum):
    """Where a path keeps the login(s) its live check uses and whose tokens are kept."""

    # The one Nmbrs login on the registration form.
    NMBRS_FORM = "nmbrs_form"
    # One Nmbrs login per employer (debtor).
    EMPLOYERS = "employers"
    # The AFAS customer number and data token on the registration form.
    AFAS_FORM = "afas_form"
    # A registered path's own form (`state.forms`): its `subject_field` names the login.
    FORM = "form"


class FormPlace(StrEnum):
    """Where a path's form values live in the state."""

    # The typed Nmbrs and AFAS registrations, used all over the existing paths.
    NMBRS = "nmbrs"
    AFAS = "afas"
    # `state.forms[path name]`: field key -> text, for a path registered later.
    FORMS = "forms"


class StepKind(StrEnum):
    """What kind of page a step is; the window builds one page class per kind."""

    START = "start"
    ACCOUNT_TYPE = "account_type"
    CHECKLIST = "checklist"
    FORM = "form"
    EMPLOYERS = "employers"
    SEND_FORM = "send_form"
    CHECK = "check"
    SUMMARY = "summary"
    FINISH = "finish"


@dataclass(frozen=True)
class PathSpec:
    """One path: what it is, its steps in order, its logins, check fixes and file names."""

    # The path's name in file names and `export --example`, e.g. "nmbrs-overkoepelend".
    name: str
    # Its name in screenshot file names (English), e.g. "nmbrs-umbrella".
    screenshot_name: str
    package: Package
    account_type: AccountType | None
    # The choices that lead to this path, from the start page on.
    choices: tuple[Step, ...]
    # The path's own steps in order, between the choices and the summary.
    steps: tuple[Step, ...]
    # The live-check page of the path.
    check_step: Step
    # The step that sends a.s.r.'s web form (its "sent" tick says the form went out).
    send_form_step: Step
    logins: LoginPlace
    # Which step repairs a check item, by CallStatus value (plain strings: the start page must
    # not load the check results).
    fixes: Mapping[str, Step]
    # The English source of the path's name, translated in context PathLabel.
    label: str
    # The live check's name in the check registry (wizard.core.check_registry).
    check: str
    # The key of the path's form-field set in registration_fields.json.
    form_fields: str
    # Where the form's values live in the state.
    form_place: FormPlace
    # The path's name in the registration file's "pad".
    registration_name: str
    # On a path's own form (LoginPlace.FORM): the field whose value names the login checked.
    subject_field: str | None = None
    # The account type's name in the registration file's "accounttype" (None: the path has none).
    registration_account_type: str | None = None

    @property
    def file_name(self) -> str:
        """The registration file's suggested name."""
        return f"aanmelding-{self.name}.json"


@dataclass(frozen=True)
class PackageChoice:
    """One choice on the start page: a package, its radio button text and the hint under it."""

    package: Package
    # English sources, translated in context StartPage (shown as written when not there).
    choice: str
    hint: str


def _path(raw: dict[str, Any]) -> PathSpec:
    account_type = raw["account_type"]
    return PathSpec(
        name=raw["name"],
        screenshot_name=raw["screenshot_name"],
        package=Package(raw["package"]),
        account_type=AccountType(account_type) if account_type is not None else None,
        choices=tuple(Step[name] for name in raw["choices"]),
        steps=tuple(Step[name] for name in raw["steps"]),
        check_step=Step[raw["check_step"]],
        send_form_step=Step[raw["send_form_step"]],
        logins=LoginPlace(raw["logins"]),
        fixes=MappingProxyType({status: Step[name] for status, name in raw["fixes"].items()}),
        label=raw["label"],
        check=raw["check"],
        form_fields=raw["form_fields"],
        form_place=FormPlace(raw["form_place"]),
        registration_name=raw["registration_name"],
        subject_field=raw.get("subject_field"),
        registration_account_type=raw.get("registration_account_type"),
    )


def _document() -> dict[str, Any]:
    source = resource_path(*PATHS_RESOURCE)
    document: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return document


def _paths_of(document: dict[str, Any]) -> tuple[PathSpec, ...]:
    return tuple(_path(raw) for raw in document["paths"])


def _step_kinds_of(document: dict[str, Any]) -> dict[Step, StepKind]:
    """What kind of page each shipped step is."""
    return {Step[name]: StepKind(kind) for name, kind in document["step_kinds"].items()}


def _package_choices_of(document: dict[str, Any]) -> dict[Package, PackageChoice]:
    """The start page's package choices."""
    return {
        Package(raw["package"]): PackageChoice(Package(raw["package"]), raw["choice"], raw["hint"])
        for raw in document["packages"]
    }


# Read once: the start page needs the table before the first paint.
_SHIPPED_TABLE = _document()
# The shipped paths, in start-page order.
PATHS: tuple[PathSpec, ...] = _paths_of(_SHIPPED_TABLE)
# The start page's choices: the shipped ones, then those registered.
_PACKAGE_CHOICES: dict[Package, PackageChoice] = _package_choices_of(_SHIPPED_TABLE)
# Paths added at run time (a new package in a test, or a plug-in), after the shipped ones.
_REGISTERED: dict[str, PathSpec] = {}
# Every step's page kind; registered steps add theirs.
STEP_KINDS: dict[Step, StepKind] = _step_kinds_of(_SHIPPED_TABLE)


def all_paths() -> tuple[PathSpec, ...]:
    """Every path the wizard offers now: the shipped ones, then those registered."""
    return (*PATHS, *_REGISTERED.values())


def register_step(name: str, page_id: int, kind: StepKind) -> Step:
    """Add a step (a new page) of an existing kind; idempotent, a clash raises ValueError."""
    step = Step.register(name, page_id)
    add_entry(STEP_KINDS, step, kind, f"{name} is already a {STEP_KINDS.get(step)} step")
    return step


def unregister_step(name: str) -> None:
    """Remove a registered step (a test cleaning up)."""
    _unregister(Step, STEP_KINDS, name)


def package_choices() -> tuple[PackageChoice, ...]:
    """The packages the start page offers, in order."""
    return tuple(_PACKAGE_CHOICES.values())


def register_package(name: str, value: str, choice: str, hint: str) -> Package:
    """Add a package and its start-page choice; a clash with another package raises ValueError."""
    package = Package.register(name, value)
    entry = PackageChoice(package, choice, hint)
    add_entry(_PACKAGE_CHOICES, package, entry, f"{value} already has another start-page choice")
    return package


def unregister_package(name: str) -> None:
    """Remove a registered package and its choice (a test cleaning up)."""
    _unregister(Package, _PACKAGE_CHOICES, name)


def _unregister(values: type[Step | Package], entries: dict[Any, Any], name: str) -> None:
    """Remove the registered value `name` and what `entries` holds for it."""
    if name in values.__members__:
        entries.pop(values[name], None)
    values.unregister(name)


def register_path(spec: PathSpec) -> None:
    """Add a path after the shipped ones; the same spec again is fine, another one raises."""
    if any(spec.name == shipped.name for shipped in PATHS):
        raise ValueError(f"{spec.name} is a shipped path")
    add_entry(_REGISTERED, spec.name, spec, f"another path is registered as {spec.name}")


def unregister_path(name: str) -> None:
    """Remove a registered path (a test cleaning up)."""
    _REGISTERED.pop(name, None)


def check_steps() -> tuple[Step, ...]:
    """Every live-check step, each once, in table order."""
    return tuple(dict.fromkeys(spec.check_step for spec in all_paths()))


def send_form_steps() -> tuple[Step, ...]:
    """Every step that sends a.s.r.'s form."""
    return tuple(spec.send_form_step for spec in all_paths())


def path_of_step(step: Step) -> PathSpec | None:
    """The first path that has `step` among its own steps."""
    return next((spec for spec in all_paths() if step in spec.steps), None)


def path_spec(package: Package | None, account_type: AccountType | None) -> PathSpec | None:
    """The path of this package and account type; None while the choice is not complete."""
    for spec in all_paths():
        # A package with one path (AFAS) ignores the account type.
        if spec.package is package and spec.account_type in (account_type, None):
            return spec
    return None


def chosen_path(state: WizardState) -> PathSpec | None:
    """The path the clerk has chosen, or None while a choice is still open."""
    return path_spec(state.package, state.account_type)


def open_choices(package: Package | None) -> tuple[Step, ...]:
    """The steps shown before the path is fully chosen: the choices all paths share."""
    candidates = [spec.choices for spec in all_paths() if spec.package is package]
    if not candidates:
        return (Step.START,)
    shared = candidates[0]
    for choices in candidates[1:]:
        length = 0
        while length < min(len(shared), len(choices)) and shared[length] is choices[length]:
            length += 1
        shared = shared[:length]
    return shared


def login_place(state: WizardState) -> LoginPlace:
    """Where the chosen path keeps its login(s)."""
    spec = chosen_path(state)
    # Before the account type is chosen, the Nmbrs form's login is the only one there is.
    return spec.logins if spec is not None else LoginPlace.NMBRS_FORM


def check_subjects(state: WizardState) -> list[str]:
    """The logins (or AFAS environment) a complete live check covers on the chosen path."""
    logins = login_place(state)
    spec = chosen_path(state)
    if logins is LoginPlace.FORM and spec is not None and spec.subject_field is not None:
        subject = state.form(spec.name).get(spec.subject_field)
        return [subject] if subject else []
    if logins is LoginPlace.AFAS_FORM:
        return [state.afas.customer_number] if state.afas.customer_number else []
    if logins is LoginPlace.EMPLOYERS:
        return [employer.username for employer in state.employers if employer.username]
    return [state.nmbrs.username] if state.nmbrs.username else []


def nmbrs_logins(state: WizardState) -> list[tuple[str, str, str]]:
    """(username, token, domain) of every Nmbrs login the chosen path uses, filled in or not."""
    # The per-debtor path checks each employer's login; the umbrella path the form's one.
    if login_place(state) is LoginPlace.EMPLOYERS:
        return [(e.username, e.token, e.domain) for e in state.employers]
    return [(state.nmbrs.username, state.nmbrs.token, state.nmbrs.domain)]


def entered_tokens(state: WizardState) -> list[str]:
    """The tokens the clerk entered on the chosen path."""
    logins = login_place(state)
    spec = chosen_path(state)
    if logins is LoginPlace.FORM and spec is not None:
        tokens = list(state.form(spec.name).secrets.values())
    elif logins is LoginPlace.AFAS_FORM:
        tokens = [state.afas.data_token]
    elif logins is LoginPlace.EMPLOYERS:
        tokens = [employer.token for employer in state.employers]
    else:
        tokens = [state.nmbrs.token]
    return [token for token in tokens if token]
