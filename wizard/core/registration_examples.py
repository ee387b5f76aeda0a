"""The example registration files shipped in resources/examples, built from fixed fake states.

`python -m wizard export --example NAME PATH` writes them; a test checks that the shipped files
are exactly what this module builds.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypedDict

from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.manual import shipped_manual
from wizard.core.model import (
    AccountType,
    AfasRegistration,
    Employer,
    NmbrsRegistration,
    Package,
    WizardState,
)
from wizard.core.paths import PATHS
from wizard.core.registration_file import export_registration, registration_json
from wizard.core.resource_files import resource_path

EXAMPLE_NAMES = tuple(spec.name for spec in PATHS)

# Fixed, so that the examples are reproducible byte for byte whatever the program version.
_CET = timezone(timedelta(hours=1))
EXAMPLE_TIME = datetime(2025, 1, 15, 10, 30, tzinfo=_CET)
EXAMPLE_CHECK_TIME = datetime(2025, 1, 15, 10, 5, tzinfo=_CET)
EXAMPLE_VERSION = "0.1.0"

_COMPANY = "Voorbeeld Salarisbureau B.V."
_CONTACT = "Jan Voorbeeld"
_EMAIL = "voorbeeld@example.nl"
_PHONE = "020 123 4567"


def example_state(name: str) -> WizardState:
    """The fake state behind example `name` (one of EXAMPLE_NAMES).

    Raises:
        KeyError: `name` is not an example.
    """
    if name == "nmbrs-overkoepelend":
        return WizardState(
            package=Package.NMBRS,
            account_type=AccountType.UMBRELLA,
            nmbrs=NmbrsRegistration(
                company_name=_COMPANY,
                contact_person=_CONTACT,
                email=_EMAIL,
                phone=_PHONE,
                username="koppeling@example.nl",
                token="voorbeeld-token-overkoepelend-niet-echt",
                domain="voorbeeld",
            ),
        )
    if name == "nmbrs-per-debiteur":
        return WizardState(
            package=Package.NMBRS,
            account_type=AccountType.PER_DEBTOR,
            nmbrs=NmbrsRegistration(
                company_name=_COMPANY, contact_person=_CONTACT, email=_EMAIL, phone=_PHONE
            ),
            employers=[
                _example_employer("Voorbeeld Bakkerij B.V.", "bakkerij"),
                _example_employer("Voorbeeld Fietsenmaker V.O.F.", "fietsenmaker"),
            ],
        )
    if name == "afas":
        return WizardState(
            package=Package.AFAS,
            afas=AfasRegistration(
                company_name="Voorbeeld Werkgever B.V.",
                email=_EMAIL,
                framework_contract_number="123456",
                loonheffingennummer="123456782L01",
                employer_codes=["01", "02"],
                customer_number="12345",
                token_version="1",
                data_token="0123456789ABCDEF" * 4,
            ),
        )
    raise KeyError(name)


def _example_employer(debtor_name: str, login: str) -> Employer:
    """An employer whose fake login and token are named after `login`."""
    return Employer(
        debtor_name=debtor_name,
        username=f"{login}@example.nl",
        token=f"voorbeeld-token-{login}-niet-echt",
        domain="voorbeeld",
    )


def example_check(name: str) -> CheckReport | None:
    """The live check stored in example `name`: every call active on the umbrella example.

    The other examples have none, which shows that the check is optional.
    """
    if name != "nmbrs-overkoepelend":
        return None
    calls = shipped_manual().calls[AccountType.UMBRELLA]
    return CheckReport(
        package=Package.NMBRS,
        ok=True,
        checks=[
            CheckItem(service=call.service, name=call.screen_name, status=CallStatus.ACTIVE)
            for call in calls
        ],
    )


def example_file(name: str) -> Path:
    """Where the shipped example `name` lives."""
    return resource_path("examples", f"aanmelding-{name}.json")


def example_json(name: str, *, include_tokens: bool = True) -> bytes:
    """The content of example `name`, exactly as the shipped file holds it (with tokens)."""
    return registration_json(example_state(name), **_fixed_options(name, include_tokens))


def export_example(name: str, path: Path, *, include_tokens: bool = True) -> None:
    """Write example `name` to `path` like a real export; see export_registration for errors."""
    export_registration(path, example_state(name), **_fixed_options(name, include_tokens))


class _ExportOptions(TypedDict):
    include_tokens: bool
    check: CheckReport | None
    check_time: datetime
    now: datetime
    version: str


def _fixed_options(name: str, include_tokens: bool) -> _ExportOptions:
    """The export options of example `name`: its check, and fixed times and program version."""
    return _ExportOptions(
        include_tokens=include_tokens,
        check=example_check(name),
        check_time=EXAMPLE_CHECK_TIME,
        now=EXAMPLE_TIME,
        version=EXAMPLE_VERSION,
    )
