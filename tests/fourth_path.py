"""A made-up fourth path, "testpakket", registered the way a real new path would be.

Everything a path needs is registered here, none of it in the product code: the package and
its start-page choice, four steps of existing kinds, their manual content, a form-field set with
its schema fragment, the path spec and a check that fulfils the live-check contract.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType

from wizard.core.check_registry import CheckEntry, register_check, unregister_check
from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.live_check import CheckCancelled
from wizard.core.manual import add_content, remove_content, shipped_manual
from wizard.core.model import Package, Step, WizardState
from wizard.core.paths import (
    FormPlace,
    LoginPlace,
    PathSpec,
    StepKind,
    register_package,
    register_path,
    register_step,
    unregister_package,
    unregister_path,
    unregister_step,
)
from wizard.core.registration_schema import register_form_schema, unregister_form_schema

NAME = "testpakket"
PACKAGE_NAME = "TESTPAKKET"
# Free page ids: the shipped steps use 0-1, 10-41 and 90-91.
STEPS = {
    "TESTPAKKET_PREPARE": (50, StepKind.CHECKLIST),
    "TESTPAKKET_REGISTRATION": (51, StepKind.FORM),
    "TESTPAKKET_CHECK": (52, StepKind.CHECK),
    "TESTPAKKET_SEND_FORM": (53, StepKind.SEND_FORM),
}
CHECK_NAME = "testpakket_api"
# The one token the made-up server accepts.
GOOD_KEY = "tp-" + "7" * 29
LABEL = "Testpakket, a made-up package"
CHOICE = "T&estpakket: a made-up package for the tests"
HINT = "Proves that a new path needs no change to the program."


def _text(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def _field(
    key: str, form_label: str, rule: str, en: str, *, secret: bool = False
) -> dict[str, object]:
    raw: dict[str, object] = {
        "key": key,
        "form_label": form_label,
        "rule": rule,
        "label": _text(form_label, en),
        "help": _text(f"Vul {form_label.lower()} in.", f"Enter the {en.lower()}."),
    }
    if secret:
        raw["secret"] = True
    return raw


FIELDS = {
    NAME: [
        _field("company_name", "Bedrijfsnaam", "required", "Company name"),
        _field("email", "E-mailadres", "email", "E-mail address"),
        _field("username", "Gebruikersnaam", "required", "Username"),
        _field("api_key", "API-sleutel", "required", "API key", secret=True),
    ]
}

FORM_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["Bedrijfsnaam", "E-mailadres", "Gebruikersnaam", "API-sleutel"],
    "properties": {
        "Bedrijfsnaam": {"$ref": "#/$defs/tekst"},
        "E-mailadres": {"$ref": "#/$defs/email"},
        "Gebruikersnaam": {"$ref": "#/$defs/tekst"},
        "API-sleutel": {"$ref": "#/$defs/geheim"},
    },
}

STEP_CONTENT = {
    "testpakket_prepare": {
        "manual_step": 1,
        "title": _text("Koppeling aanzetten", "Switch the link on"),
        "intro": _text("Zet de koppeling aan in Testpakket.", "Switch the link on in Testpakket."),
        "items": [
            {
                "id": "switch_on",
                "where": ["Beheer", "Koppelingen"],
                "text": _text("Zet de koppeling aan.", "Switch the link on."),
            },
            {
                "id": "make_key",
                "text": _text("Maak een API-sleutel.", "Make an API key."),
            },
        ],
    },
    "testpakket_registration": {
        "manual_step": 2,
        "title": _text("Aanmeldgegevens", "Registration details"),
        "intro": _text("Deze gegevens gaan naar a.s.r.", "These details go to a.s.r."),
        "fields": NAME,
        "items": [],
    },
    "testpakket_send_form": {
        "manual_step": 3,
        "title": _text("Formulier versturen", "Send the form"),
        "intro": _text("Verstuur het formulier.", "Send the form."),
        "link": "https://www.asr.nl/salarisverwerkers",
        "skip_item": {
            "id": "send_later",
            "text": _text("Ik verstuur het later.", "I will send it later."),
        },
        "skip_steps": ["testpakket_send_form"],
        "items": [{"id": "sent", "text": _text("Ik heb het verstuurd.", "I have sent it.")}],
    },
}


@dataclass(frozen=True)
class MadeUpRequest:
    """What the made-up check asks: one login and its key."""

    username: str
    api_key: str = field(repr=False)


@dataclass
class MadeUpCheck:
    """The path's own check: accepts GOOD_KEY, reports two calls; stops when cancelled."""

    package: Package
    runs: list[str] = field(default_factory=list)

    def run(self, request: object, cancel: threading.Event | None = None) -> CheckReport:
        assert isinstance(request, MadeUpRequest)
        if cancel is not None and cancel.is_set():
            raise CheckCancelled
        self.runs.append(request.username)
        status = CallStatus.ACTIVE if request.api_key == GOOD_KEY else CallStatus.AUTH_FAILED
        items = [
            CheckItem(
                "Loonstroken", "GetPayslips", status, "OK" if status.value == "active" else "Nee"
            ),
            CheckItem(
                "Werknemers", "GetEmployees", status, "OK" if status.value == "active" else "Nee"
            ),
        ]
        return CheckReport(package=self.package, ok=status is CallStatus.ACTIVE, checks=items)


def _requests(state: WizardState) -> list[tuple[str, object]]:
    form = state.form(NAME)
    username, key = form.public.get("username", ""), form.secrets.get("api_key", "")
    return [(username, MadeUpRequest(username, key))] if username and key else []


@dataclass
class RegisteredPath:
    """What the fixture registered, for the test to use."""

    package: Package
    steps: dict[str, Step]
    spec: PathSpec
    check: MadeUpCheck


@contextmanager
def registered_testpakket() -> Iterator[RegisteredPath]:
    """Register the whole path; unregister everything again afterwards."""
    package = register_package(PACKAGE_NAME, NAME, CHOICE, HINT)
    steps = {name: register_step(name, page_id, kind) for name, (page_id, kind) in STEPS.items()}
    manual = shipped_manual()
    add_content(manual, STEP_CONTENT, FIELDS)
    register_form_schema(NAME, FORM_SCHEMA)
    check = MadeUpCheck(package)
    register_check(CheckEntry(CHECK_NAME, lambda _config, _proxy: check, _requests))
    spec = PathSpec(
        name=NAME,
        screenshot_name=NAME,
        package=package,
        account_type=None,
        choices=(Step.START,),
        steps=tuple(steps.values()),
        check_step=steps["TESTPAKKET_CHECK"],
        send_form_step=steps["TESTPAKKET_SEND_FORM"],
        logins=LoginPlace.FORM,
        fixes=MappingProxyType({"auth_failed": steps["TESTPAKKET_REGISTRATION"]}),
        label=LABEL,
        check=CHECK_NAME,
        form_fields=NAME,
        form_place=FormPlace.FORMS,
        registration_name=NAME,
        subject_field="username",
    )
    register_path(spec)
    try:
        yield RegisteredPath(package, steps, spec, check)
    finally:
        unregister_path(NAME)
        unregister_check(CHECK_NAME)
        unregister_form_schema(NAME)
        remove_content(manual, list(STEP_CONTENT), list(FIELDS))
        for name in STEPS:
            unregister_step(name)
        unregister_package(PACKAGE_NAME)
