"""Builds each page by the kind of step the path table gives it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.core.model import Step
from wizard.core.paths import STEP_KINDS, StepKind, all_paths

if TYPE_CHECKING:
    from wizard.ui.main_wizard import MainWizard
    from wizard.ui.pages.step_page import StepPage


def build_page(wizard: MainWizard, step: Step) -> StepPage:
    """The page of `step` in `wizard`, by the kind of page the path table gives it."""
    # Lazy: the pages pull in most of the program; they are built after the first paint.
    from wizard.ui.pages.account_type_page import AccountTypePage
    from wizard.ui.pages.checklist_page import ChecklistPage
    from wizard.ui.pages.employers_page import EmployersPage
    from wizard.ui.pages.finish_page import FinishPage
    from wizard.ui.pages.registration_page import RegistrationPage
    from wizard.ui.pages.send_form_page import SendFormPage
    from wizard.ui.pages.summary_page import SummaryPage

    manual, state = wizard.manual, wizard.state
    kind = STEP_KINDS[step]
    if kind is StepKind.CHECK:
        return _check_page(wizard, step)
    if kind is StepKind.CHECKLIST:
        return ChecklistPage(step, state, manual)
    if kind is StepKind.FORM:
        return RegistrationPage(step, state, manual)
    if kind is StepKind.SEND_FORM:
        return SendFormPage(step, state, manual)
    if kind is StepKind.ACCOUNT_TYPE:
        return AccountTypePage(state, manual)
    if kind is StepKind.EMPLOYERS:
        return EmployersPage(
            state,
            manual,
            wizard.check_config,
            wizard.pool,
            token_keeping=wizard.session.token_keeping,
        )
    if kind is StepKind.SUMMARY:
        return SummaryPage(state, manual)
    if kind is StepKind.FINISH:
        store = wizard.session.store
        return FinishPage(
            state,
            manual,
            token_keeping=wizard.session.token_keeping,
            progress_file=store.path if store is not None else None,
        )
    raise ValueError(f"{step.name}: no page for a {kind} step")


def _check_page(wizard: MainWizard, step: Step) -> StepPage:
    """The check page of `step`: the check's own page, or the generic one."""
    # Lazy: check pages load the check table and results; built after the first paint.
    from wizard.ui.pages.afas_check_page import AfasCheckPage
    from wizard.ui.pages.generic_check_page import GenericCheckPage
    from wizard.ui.pages.nmbrs_check_page import NmbrsCheckPage

    spec = next(spec for spec in all_paths() if spec.check_step is step)
    own_pages = {"nmbrs_soap": NmbrsCheckPage, "afas_rest": AfasCheckPage}
    own = own_pages.get(spec.check)
    args = (wizard.state, wizard.manual, wizard.check_config, wizard.pool)
    return own(*args) if own is not None else GenericCheckPage(step, spec, *args)
