"""The path table: one PathSpec per path the wizard offers, read by flow, checks and files.

A path is a package (and, for Nmbrs, an account type) with its own steps, logins, check fixes
and file name. Code asks this table instead of branching on the package or account type; a
branch remains only where a path truly behaves differently, with a comment saying why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from wizard.core.model import AccountType, Package, Step

if TYPE_CHECKING:
    from wizard.core.model import WizardState


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


def _fixes(inactive: Step, no_data_access: Step, auth_failed: Step) -> Mapping[str, Step]:
    return MappingProxyType(
        {"inactive": inactive, "no_data_access": no_data_access, "auth_failed": auth_failed}
    )


PATHS: tuple[PathSpec, ...] = (
    PathSpec(
        name="nmbrs-overkoepelend",
        screenshot_name="nmbrs-umbrella",
        package=Package.NMBRS,
        account_type=AccountType.UMBRELLA,
        choices=(Step.START, Step.NMBRS_ACCOUNT_TYPE),
        steps=(
            Step.UMBRELLA_TEMPLATE_USER,
            Step.UMBRELLA_RIGHTS,
            Step.UMBRELLA_LOGIN,
            Step.UMBRELLA_REGISTRATION,
            # The live check needs the login from the form, and comes before sending it.
            Step.NMBRS_CHECK,
            Step.UMBRELLA_SEND_FORM,
            Step.UMBRELLA_EMPLOYERS,
        ),
        check_step=Step.NMBRS_CHECK,
        send_form_step=Step.UMBRELLA_SEND_FORM,
        logins=LoginPlace.NMBRS_FORM,
        fixes=_fixes(Step.UMBRELLA_RIGHTS, Step.UMBRELLA_LOGIN, Step.UMBRELLA_REGISTRATION),
    ),
    PathSpec(
        name="nmbrs-per-debiteur",
        screenshot_name="nmbrs-per-debtor",
        package=Package.NMBRS,
        account_type=AccountType.PER_DEBTOR,
        choices=(Step.START, Step.NMBRS_ACCOUNT_TYPE),
        steps=(
            Step.DEBTOR_MASTER_LOGIN,
            Step.DEBTOR_RIGHTS,
            Step.DEBTOR_REGISTRATION,
            # The form says "nog op te geven" for the logins, so it can go before the employers.
            Step.DEBTOR_SEND_FORM,
            Step.DEBTOR_EMPLOYERS,
            # The check needs each employer's login.
            Step.NMBRS_CHECK,
        ),
        check_step=Step.NMBRS_CHECK,
        send_form_step=Step.DEBTOR_SEND_FORM,
        logins=LoginPlace.EMPLOYERS,
        fixes=_fixes(Step.DEBTOR_RIGHTS, Step.DEBTOR_MASTER_LOGIN, Step.DEBTOR_EMPLOYERS),
    ),
    PathSpec(
        name="afas",
        screenshot_name="afas",
        package=Package.AFAS,
        account_type=None,
        choices=(Step.START,),
        steps=(
            Step.AFAS_CONNECTOR_ZIP,
            Step.AFAS_USER,
            Step.AFAS_APP_CONNECTOR,
            Step.AFAS_REGISTRATION,
            Step.AFAS_CHECK,
            Step.AFAS_SEND_FORM,
        ),
        check_step=Step.AFAS_CHECK,
        send_form_step=Step.AFAS_SEND_FORM,
        logins=LoginPlace.AFAS_FORM,
        fixes=_fixes(Step.AFAS_APP_CONNECTOR, Step.AFAS_USER, Step.AFAS_REGISTRATION),
    ),
)


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
