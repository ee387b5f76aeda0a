"""The path table is complete and consistent: every path's steps, check, fixes and names."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tests.fourth_path import NAME, registered_testpakket
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.paths import (
    PATHS,
    PATHS_RESOURCE,
    STEP_KINDS,
    LoginPlace,
    PathSpec,
    StepKind,
    all_paths,
    check_steps,
    check_subjects,
    chosen_path,
    entered_tokens,
    open_choices,
    path_spec,
    register_path,
    register_step,
    unregister_path,
    unregister_step,
)
from wizard.core.registration_file import build_registration
from wizard.core.registration_schema import load_schema, validate_registration
from wizard.core.resource_files import resource_path


@pytest.mark.parametrize("spec", PATHS, ids=lambda spec: spec.name)
def test_a_path_points_only_at_its_own_steps(spec: PathSpec) -> None:
    assert spec.check_step in spec.steps
    assert spec.send_form_step in spec.steps
    assert set(spec.fixes.values()) <= set(spec.steps)
    assert spec.choices[0] is Step.START
    assert not set(spec.choices) & set(spec.steps)


def test_names_are_unique_and_every_package_has_a_path() -> None:
    assert len({spec.name for spec in PATHS}) == len(PATHS)
    assert len({spec.screenshot_name for spec in PATHS}) == len(PATHS)
    assert {spec.package for spec in PATHS} == set(Package)
    assert [spec.file_name for spec in PATHS] == [
        "aanmelding-nmbrs-overkoepelend.json",
        "aanmelding-nmbrs-per-debiteur.json",
        "aanmelding-afas.json",
    ]
    assert check_steps() == (Step.NMBRS_CHECK, Step.AFAS_CHECK)


def test_a_path_is_chosen_only_once_every_choice_is_made() -> None:
    assert path_spec(None, None) is None
    assert path_spec(Package.NMBRS, None) is None
    assert open_choices(Package.NMBRS) == (Step.START, Step.NMBRS_ACCOUNT_TYPE)
    assert open_choices(None) == (Step.START,)
    # AFAS has one path, so a stale Nmbrs account type does not matter.
    afas = path_spec(Package.AFAS, AccountType.PER_DEBTOR)
    assert afas is not None and afas.name == "afas"


def test_logins_and_tokens_come_from_the_paths_place() -> None:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    state.nmbrs.username, state.nmbrs.token = "form@example.nl", "form-token"
    state.afas.customer_number, state.afas.data_token = "12345", "afas-token"
    assert chosen_path(state) is not None
    assert check_subjects(state) == [] and entered_tokens(state) == []
    state.account_type = AccountType.UMBRELLA
    assert check_subjects(state) == ["form@example.nl"]
    assert entered_tokens(state) == ["form-token"]
    state.package = Package.AFAS
    assert check_subjects(state) == ["12345"] and entered_tokens(state) == ["afas-token"]
    # LoginPlace.FORM is for registered paths (their own form), so no shipped path uses it.
    assert {spec.logins for spec in PATHS} == set(LoginPlace) - {LoginPlace.FORM}


def test_every_reason_in_the_data_names_a_step_of_its_path() -> None:
    document = json.loads(resource_path(*PATHS_RESOURCE).read_text(encoding="utf-8"))
    for raw, spec in zip(document["paths"], PATHS, strict=True):
        assert {Step[name] for name in raw["why"]} <= set(spec.steps), spec.name


def test_every_step_has_a_page_kind() -> None:
    # The window builds one page per step from its kind; a step without one would have no page.
    assert set(STEP_KINDS) == set(Step)
    for spec in PATHS:
        assert STEP_KINDS[spec.check_step] is StepKind.CHECK
        assert STEP_KINDS[spec.send_form_step] is StepKind.SEND_FORM


def test_registering_a_path_or_step_twice_is_fine_a_clash_is_not() -> None:
    step = register_step("PATHS_TEST_STEP", 70, StepKind.CHECKLIST)
    try:
        assert register_step("PATHS_TEST_STEP", 70, StepKind.CHECKLIST) is step
        with pytest.raises(ValueError):
            register_step("PATHS_TEST_STEP", 70, StepKind.FORM)
        spec = replace(PATHS[2], name="paths-test", steps=(step,))
        register_path(spec)
        register_path(spec)
        assert all_paths()[-1] is spec
        with pytest.raises(ValueError):
            register_path(replace(spec, label="Another label"))
        with pytest.raises(ValueError):
            register_path(PATHS[0])
    finally:
        unregister_path("paths-test")
        unregister_step("PATHS_TEST_STEP")
    assert all_paths() == PATHS and step not in STEP_KINDS


def test_a_registered_paths_missing_fields_are_listed_in_its_form_order() -> None:
    # The validator orders missing fields by the path table's field sets, registered ones too.
    with registered_testpakket() as registered:
        state = WizardState(package=registered.package)
        state.form(NAME).set("company_name", "Proefbedrijf B.V.")
        state.form(NAME).set("email", "salaris@proefbedrijf.nl")
        document = build_registration(state)
        del document["formulier"]["Gebruikersnaam"], document["formulier"]["API-sleutel"]
        fields = [problem.field for problem in validate_registration(document)]
    assert fields == ["Gebruikersnaam", "API-sleutel"]


def test_each_account_type_has_its_name_in_the_registration_file() -> None:
    # The table names the file's "accounttype"; the schema lists the names a file may hold.
    allowed = load_schema()["properties"]["accounttype"]["enum"]
    for spec in PATHS:
        assert (spec.registration_account_type is None) == (spec.account_type is None)
        assert spec.registration_account_type in allowed
