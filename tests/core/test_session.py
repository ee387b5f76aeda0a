"""The session without Qt: what is saved, offered, resumed, replaced and cleared."""

from __future__ import annotations

from pathlib import Path

from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.progress_store import LoadStatus, ProgressStore
from wizard.core.session import Session


def _saved_progress(folder: Path) -> ProgressStore:
    store = ProgressStore(folder)
    earlier = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    earlier.nmbrs.company_name = "Voorbeeld B.V."
    earlier.current_step = Step.UMBRELLA_RIGHTS
    store.save(earlier)
    return store


def test_offered_progress_is_not_overwritten_until_the_clerk_acts(tmp_path: Path) -> None:
    store = _saved_progress(tmp_path)
    session = Session(store)
    outcome = store.load()
    assert outcome.status is LoadStatus.LOADED
    assert session.offer(outcome)
    # Nothing changed on screen: saving would throw the offered progress away.
    assert not session.save()
    assert store.load().state.nmbrs.company_name == "Voorbeeld B.V."
    # Once the clerk starts something new, the screen wins.
    session.state.package = Package.AFAS
    assert session.may_save() and session.save()
    assert store.load().state.package is Package.AFAS


def test_resume_replaces_the_state_in_place(tmp_path: Path) -> None:
    store = _saved_progress(tmp_path)
    session = Session(store, WizardState(language="en"))
    shown = session.state
    session.offer(store.load())
    offered = session.offered
    assert offered is not None
    session.replace_state(offered)
    assert session.take_offer() is offered and session.offered is None
    # The pages' reference still points at the state on screen; the language stays.
    assert session.state is shown
    assert (shown.nmbrs.company_name, shown.language) == ("Voorbeeld B.V.", "en")
    assert session.has_progress()
    session.clear()
    assert session.state is shown and not session.has_progress()
    assert shown.language == "en"


def test_an_empty_form_of_a_registered_path_is_no_progress() -> None:
    # The form page of a registered path makes its empty form when it is built.
    session = Session(None, WizardState())
    session.state.form("testpakket")
    assert not session.has_progress()
    session.state.form("testpakket").set("username", "koppeling@example.nl")
    assert session.has_progress()


def test_progress_without_a_chosen_package_is_not_offered(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.save(WizardState())
    session = Session(store)
    assert not session.offer(store.load())
    assert session.offered is None and session.may_save()


def test_without_a_store_nothing_is_written() -> None:
    session = Session(None)
    session.state.package = Package.NMBRS
    assert not session.save()
