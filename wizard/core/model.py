"""The wizard's state as typed dataclasses. Secrets never appear in a repr."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from wizard.core.open_values import OpenValue, OpenValues, new_registry

if TYPE_CHECKING:
    # Only named in annotations: importing it would load datetime before the first paint.
    from datetime import datetime

    from wizard.core.check_result import CheckRun


class Package(OpenValue, str, metaclass=OpenValues):
    """The payroll package the clerk connects; a new path registers its own (`register`)."""

    NMBRS: ClassVar[Package]
    AFAS: ClassVar[Package]


new_registry(Package, str, {"NMBRS": "nmbrs", "AFAS": "afas"}, sort_by_value=False)


class AccountType(StrEnum):
    """The two Nmbrs set-ups the a.s.r. manual offers."""

    UMBRELLA = "umbrella"
    PER_DEBTOR = "per_debtor"


class AfasEnvironment(StrEnum):
    """AFAS Online environment types; each has its own REST host."""

    PRODUCTION = "production"
    TEST = "test"
    ACCEPT = "accept"


class Step(OpenValue, int, metaclass=OpenValues):
    """Every page of the wizard. The values are Qt page ids, so they never change.

    A new path registers its own steps (`Step.register(name, page_id)`), each with a free id.
    """

    START: ClassVar[Step]
    NMBRS_ACCOUNT_TYPE: ClassVar[Step]
    UMBRELLA_TEMPLATE_USER: ClassVar[Step]
    UMBRELLA_RIGHTS: ClassVar[Step]
    UMBRELLA_LOGIN: ClassVar[Step]
    UMBRELLA_REGISTRATION: ClassVar[Step]
    UMBRELLA_EMPLOYERS: ClassVar[Step]
    UMBRELLA_SEND_FORM: ClassVar[Step]
    DEBTOR_MASTER_LOGIN: ClassVar[Step]
    DEBTOR_RIGHTS: ClassVar[Step]
    DEBTOR_REGISTRATION: ClassVar[Step]
    DEBTOR_EMPLOYERS: ClassVar[Step]
    DEBTOR_SEND_FORM: ClassVar[Step]
    AFAS_CONNECTOR_ZIP: ClassVar[Step]
    AFAS_USER: ClassVar[Step]
    AFAS_APP_CONNECTOR: ClassVar[Step]
    AFAS_REGISTRATION: ClassVar[Step]
    AFAS_SEND_FORM: ClassVar[Step]
    NMBRS_CHECK: ClassVar[Step]
    AFAS_CHECK: ClassVar[Step]
    SUMMARY: ClassVar[Step]
    FINISH: ClassVar[Step]


new_registry(
    Step,
    int,
    {
        "START": 0,
        "NMBRS_ACCOUNT_TYPE": 1,
        "UMBRELLA_TEMPLATE_USER": 10,
        "UMBRELLA_RIGHTS": 11,
        "UMBRELLA_LOGIN": 12,
        "UMBRELLA_REGISTRATION": 13,
        "UMBRELLA_EMPLOYERS": 14,
        "UMBRELLA_SEND_FORM": 15,
        "DEBTOR_MASTER_LOGIN": 20,
        "DEBTOR_RIGHTS": 21,
        "DEBTOR_REGISTRATION": 22,
        "DEBTOR_EMPLOYERS": 23,
        "DEBTOR_SEND_FORM": 24,
        "AFAS_CONNECTOR_ZIP": 30,
        "AFAS_USER": 31,
        "AFAS_APP_CONNECTOR": 32,
        "AFAS_REGISTRATION": 33,
        "AFAS_SEND_FORM": 34,
        "NMBRS_CHECK": 40,
        "AFAS_CHECK": 41,
        "SUMMARY": 90,
        "FINISH": 91,
    },
    sort_by_value=True,
)


# What the a.s.r. form wants in the username and token fields on the per-debtor path.
NOT_YET_GIVEN = "nog op te geven"


@dataclass
class NmbrsRegistration:
    """The a.s.r. registration form for a payroll processor on Nmbrs."""

    company_name: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    payroll_package: str = "Nmbrs"
    username: str = ""
    token: str = field(default="", repr=False)
    domain: str = ""


@dataclass
class Employer:
    """One debtor on the per-debtor path, with its own master company login."""

    debtor_name: str = ""
    username: str = ""
    token: str = field(default="", repr=False)
    domain: str = ""
    # Optional; only an imported employer list may carry it (the a.s.r. form does not ask it).
    loonheffingennummer: str = ""


@dataclass
class AfasRegistration:
    """The a.s.r. form for own data (gegevens in eigen beheer) from AFAS."""

    company_name: str = ""
    email: str = ""
    framework_contract_number: str = ""
    loonheffingennummer: str = ""
    employer_codes: list[str] = field(default_factory=list)
    customer_number: str = ""
    environment: AfasEnvironment = AfasEnvironment.PRODUCTION
    token_version: str = "1"
    data_token: str = field(default="", repr=False)


@dataclass
class FormValues:
    """A registered path's form: field key -> text, secret fields kept apart and out of reprs.

    The progress file gets `public` only; `secrets` go to the keyring like the other tokens.
    """

    public: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict, repr=False)
    # The keys whose values are secret, from the path's field set (the "secret" flag).
    secret_keys: frozenset[str] = frozenset()

    def get(self, key: str) -> str:
        """The text of field `key` ("" when empty)."""
        return self.secrets.get(key, "") if key in self.secret_keys else self.public.get(key, "")

    def set(self, key: str, text: str) -> None:
        """Keep `text` as the value of field `key`, in the right half."""
        (self.secrets if key in self.secret_keys else self.public)[key] = text


@dataclass
class WizardState:
    """Everything the clerk has chosen, ticked and typed. One instance per wizard run."""

    package: Package | None = None
    account_type: AccountType | None = None
    ticked: set[str] = field(default_factory=set)
    # Ticks set for the clerk, kept in memory to say so next to them: an imported registration
    # proves the steps before its form were done, a live check proves a call is active.
    ticked_by_import: set[str] = field(default_factory=set)
    ticked_by_check: set[str] = field(default_factory=set)
    nmbrs: NmbrsRegistration = field(default_factory=NmbrsRegistration)
    employers: list[Employer] = field(default_factory=list)
    afas: AfasRegistration = field(default_factory=AfasRegistration)
    # The forms of registered paths (FormPlace.FORMS), by path name.
    forms: dict[str, FormValues] = field(default_factory=dict)
    current_step: Step = Step.START
    language: str = "nl"
    # Live-check settings and results: kept in memory; the proxy may hold a password.
    sandbox: bool = False
    proxy_url: str = field(default="", repr=False)
    connector_zip: str = ""
    check_runs: list[CheckRun] = field(default_factory=list)
    # When each login (subject) last passed a check, also one recorded in a registration file.
    last_passed: dict[str, datetime] = field(default_factory=dict)
    # Files the clerk saved in this session (registration file, PDF); not in the progress file.
    saved_files: list[str] = field(default_factory=list)
    # The per-login section of an imported registration file, as stored: saved again for each
    # login not checked since (registration_file.build_registration). Kept in memory only.
    recorded_login_checks: list[dict[str, Any]] = field(default_factory=list)

    def form(self, path_name: str) -> FormValues:
        """The form of the registered path `path_name` (created empty on first use)."""
        return self.forms.setdefault(path_name, FormValues())

    def check_run(self, subject: str) -> CheckRun | None:
        """The last check of `subject` (a username or customer number), if any."""
        return next((run for run in self.check_runs if run.subject == subject), None)

    def record_check(self, run: CheckRun) -> None:
        """Keep `run` as the newest check of its subject."""
        self.check_runs[:] = [old for old in self.check_runs if old.subject != run.subject]
        self.check_runs.append(run)
        if run.report.ok:
            self.last_passed[run.subject] = run.finished_at
