"""Every path through the flow, as a table, without Qt."""

from __future__ import annotations

import pytest

from wizard.core.flow import (
    can_leave,
    form_sent,
    next_step,
    path_steps,
    resume_target,
    step_done,
)
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Employer, Package, Step, WizardState

S = Step
PATHS = [
    (None, None, [S.START]),
    (Package.NMBRS, None, [S.START, S.NMBRS_ACCOUNT_TYPE]),
    (
        Package.NMBRS,
        AccountType.UMBRELLA,
        [
            S.START,
            S.NMBRS_ACCOUNT_TYPE,
            S.UMBRELLA_TEMPLATE_USER,
            S.UMBRELLA_RIGHTS,
            S.UMBRELLA_LOGIN,
            S.UMBRELLA_REGISTRATION,
            S.NMBRS_CHECK,
            S.UMBRELLA_SEND_FORM,
            S.UMBRELLA_EMPLOYERS,
            S.SUMMARY,
            S.FINISH,
        ],
    ),
    (
        Package.NMBRS,
        AccountType.PER_DEBTOR,
        [
            S.START,
            S.NMBRS_ACCOUNT_TYPE,
            S.DEBTOR_MASTER_LOGIN,
            S.DEBTOR_RIGHTS,
            S.DEBTOR_REGISTRATION,
            S.DEBTOR_SEND_FORM,
            S.DEBTOR_EMPLOYERS,
            S.NMBRS_CHECK,
            S.SUMMARY,
            S.FINISH,
        ],
    ),
    (
        Package.AFAS,
        None,
        [
            S.START,
            S.AFAS_CONNECTOR_ZIP,
            S.AFAS_USER,
            S.AFAS_APP_CONNECTOR,
            S.AFAS_REGISTRATION,
            S.AFAS_CHECK,
            S.AFAS_SEND_FORM,
            S.SUMMARY,
            S.FINISH,
        ],
    ),
    # An account type left over from an earlier Nmbrs choice does not leak into AFAS.
    (
        Package.AFAS,
        AccountType.UMBRELLA,
        [
            S.START,
            S.AFAS_CONNECTOR_ZIP,
            S.AFAS_USER,
            S.AFAS_APP_CONNECTOR,
            S.AFAS_REGISTRATION,
            S.AFAS_CHECK,
            S.AFAS_SEND_FORM,
            S.SUMMARY,
            S.FINISH,
        ],
    ),
]


@pytest.mark.parametrize(("package", "account_type", "expected"), PATHS)
def test_path_steps_and_next_step(package, account_type, expected) -> None:
    state = WizardState(package=package, account_type=account_type)
    assert list(path_steps(state)) == expected
    for current, following in zip(expected, [*expected[1:], None], strict=True):
        assert next_step(current, state) == following


def test_start_needs_a_package_and_account_type_needs_a_choice() -> None:
    manual = shipped_manual()
    state = WizardState()
    assert not can_leave(Step.START, state, manual)
    state.package = Package.NMBRS
    assert can_leave(Step.START, state, manual)
    assert not can_leave(Step.NMBRS_ACCOUNT_TYPE, state, manual)
    state.account_type = AccountType.PER_DEBTOR
    assert can_leave(Step.NMBRS_ACCOUNT_TYPE, state, manual)


def test_checklist_needs_every_tick_including_every_call() -> None:
    manual = shipped_manual()
    content = manual.steps[Step.UMBRELLA_RIGHTS]
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    ids = content.item_ids()
    state.ticked = set(ids[:-1])
    assert not can_leave(Step.UMBRELLA_RIGHTS, state, manual)
    state.ticked = set(ids)
    assert can_leave(Step.UMBRELLA_RIGHTS, state, manual)


def test_already_set_up_skips_template_and_login_but_not_the_rights() -> None:
    manual = shipped_manual()
    content = manual.steps[Step.UMBRELLA_TEMPLATE_USER]
    assert content.skip_item is not None
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    state.ticked = {content.qualified(content.skip_item.id)}
    assert can_leave(Step.UMBRELLA_TEMPLATE_USER, state, manual)
    assert can_leave(Step.UMBRELLA_LOGIN, state, manual)
    assert not can_leave(Step.UMBRELLA_RIGHTS, state, manual)


def test_information_step_does_not_block() -> None:
    manual = shipped_manual()
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    assert can_leave(Step.UMBRELLA_EMPLOYERS, state, manual)
    assert not step_done(Step.UMBRELLA_EMPLOYERS, state, manual)


def test_registration_form_needs_valid_fields() -> None:
    manual = shipped_manual()
    state = WizardState(package=Package.AFAS)
    assert not can_leave(Step.AFAS_REGISTRATION, state, manual)
    afas = state.afas
    afas.company_name, afas.email = "X B.V.", "x@example.nl"
    afas.framework_contract_number, afas.loonheffingennummer = "RC-1", "123456782L01"
    afas.employer_codes, afas.customer_number = ["01"], "12345"
    afas.data_token = "A" * 64
    assert can_leave(Step.AFAS_REGISTRATION, state, manual)
    afas.data_token = "A" * 63
    assert not can_leave(Step.AFAS_REGISTRATION, state, manual)


def test_per_debtor_registration_does_not_ask_username_or_token() -> None:
    manual = shipped_manual()
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    nmbrs = state.nmbrs
    nmbrs.company_name, nmbrs.contact_person = "X B.V.", "Jan"
    nmbrs.email, nmbrs.phone = "x@example.nl", "020 123 4567"
    assert can_leave(Step.DEBTOR_REGISTRATION, state, manual)
    assert not can_leave(Step.UMBRELLA_REGISTRATION, state, manual)


def test_employers_must_each_be_valid() -> None:
    manual = shipped_manual()
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    assert can_leave(Step.DEBTOR_EMPLOYERS, state, manual)
    state.employers.append(Employer("Bakkerij", "not-an-email", "tok", "oamkb"))
    assert not can_leave(Step.DEBTOR_EMPLOYERS, state, manual)
    state.employers[0].username = "bakkerij@example.nl"
    assert can_leave(Step.DEBTOR_EMPLOYERS, state, manual)


def test_resume_goes_to_saved_step_or_first_unfinished_before_it() -> None:
    manual = shipped_manual()
    state = WizardState(package=Package.AFAS, current_step=Step.AFAS_USER)
    assert resume_target(state, manual) is Step.AFAS_CONNECTOR_ZIP
    zip_step = manual.steps[Step.AFAS_CONNECTOR_ZIP]
    state.ticked = set(zip_step.item_ids())
    assert resume_target(state, manual) is Step.AFAS_USER


@pytest.mark.parametrize(
    ("package", "account_type", "step"),
    [
        (Package.NMBRS, AccountType.UMBRELLA, Step.UMBRELLA_SEND_FORM),
        (Package.NMBRS, AccountType.PER_DEBTOR, Step.DEBTOR_SEND_FORM),
        (Package.AFAS, None, Step.AFAS_SEND_FORM),
    ],
)
def test_send_form_step_needs_sent_or_later_and_is_done_only_when_sent(
    package, account_type, step
) -> None:
    manual = shipped_manual()
    state = WizardState(package=package, account_type=account_type)
    steps = path_steps(state)
    # After the registration data, before the employers (and before the summary on AFAS).
    registration = next(s for s in steps if s.name.endswith("_REGISTRATION"))
    assert steps.index(registration) < steps.index(step) < steps.index(Step.SUMMARY)
    for employers in (Step.UMBRELLA_EMPLOYERS, Step.DEBTOR_EMPLOYERS):
        if employers in steps:
            assert steps.index(step) < steps.index(employers)
    assert not can_leave(step, state, manual)
    assert not form_sent(state, manual)
    content = manual.step(step)
    state.ticked.add(content.qualified("send_later"))
    assert can_leave(step, state, manual)
    assert not step_done(step, state, manual)
    assert not form_sent(state, manual)
    state.ticked.add(content.qualified("sent"))
    assert step_done(step, state, manual)
    assert form_sent(state, manual)


def test_the_closing_page_is_last_on_every_path() -> None:
    manual = shipped_manual()
    for package, account_type in (
        (Package.NMBRS, AccountType.UMBRELLA),
        (Package.NMBRS, AccountType.PER_DEBTOR),
        (Package.AFAS, None),
    ):
        state = WizardState(package=package, account_type=account_type)
        assert path_steps(state)[-2:] == (Step.SUMMARY, Step.FINISH)
        assert can_leave(Step.FINISH, state, manual)
