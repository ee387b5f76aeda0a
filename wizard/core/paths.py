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
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from wizard.core.model import AccountType, Package, Step
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

    @property
    def file_name(self) -> str:
        """The registration file's suggested name."""
        return f"aanmelding-{self.name}.json"


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
    )


def load_paths(path: Path | None = None) -> tuple[PathSpec, ...]:
    """The path table from `resources/manual/paths.json` (or `path`)."""
    source = path or resource_path(*PATHS_RESOURCE)
    document = json.loads(source.read_text(encoding="utf-8"))
    return tuple(_path(raw) for raw in document["paths"])


PATHS: tuple[PathSpec, ...] = load_paths()

# The live-check steps, each once, in table order.
CHECK_STEPS: tuple[Step, ...] = tuple(dict.fromkeys(spec.check_step for spec in PATHS))


def path_spec(package: Package | None, account_type: AccountType | None) -> PathSpec | None:
    """The path of this package and account type; None while the choice is not complete."""
    for spec in PATHS:
        # A package with one path (AFAS) ignores the account type.
        if spec.package is package and spec.account_type in (account_type, None):
            return spec
    return None


def chosen_path(state: WizardState) -> PathSpec | None:
    """The path the clerk has chosen, or None while a choice is still open."""
    return path_spec(state.package, state.account_type)


def open_choices(package: Package | None) -> tuple[Step, ...]:
    """The steps shown before the path is fully chosen: the choices all paths share."""
    candidates = [spec.choices for spec in PATHS if spec.package is package]
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
    if logins is LoginPlace.AFAS_FORM:
        return [state.afas.customer_number] if state.afas.customer_number else []
    if logins is LoginPlace.EMPLOYERS:
        return [employer.username for employer in state.employers if employer.username]
    return [state.nmbrs.username] if state.nmbrs.username else []


def entered_tokens(state: WizardState) -> list[str]:
    """The tokens the clerk entered on the chosen path."""
    logins = login_place(state)
    if logins is LoginPlace.AFAS_FORM:
        tokens = [state.afas.data_token]
    elif logins is LoginPlace.EMPLOYERS:
        tokens = [employer.token for employer in state.employers]
    else:
        tokens = [state.nmbrs.token]
    return [token for token in tokens if token]
