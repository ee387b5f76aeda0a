"""The session's tokens without Qt: kept in a (memory) keyring, fetched on resume and import,
forgotten on request, and a failing keyring leaves them in memory only."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail

from tests.fakes.memory_keyring import MemoryKeyring
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Employer, Package, Step, WizardState
from wizard.core.progress_store import ProgressStore
from wizard.core.server_text import state_secrets
from wizard.core.session import Session
from wizard.core.token_keeping import Keeper, TokenKeeping
from wizard.services.secret_store import SecretStore
from wizard.services.token_keeper import TokenKeeper

USERNAME = "salaris@voorbeeld.nl"
TOKEN = "0123456789abcdef0123456789abcdef"


def _umbrella(token: str = TOKEN) -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    state.nmbrs.username, state.nmbrs.token = USERNAME, token
    return state


def _keeper(backend: MemoryKeyring) -> Keeper:
    return TokenKeeper(SecretStore(backend))


def test_the_keeper_is_made_on_first_use_only() -> None:
    made: list[Keeper] = []

    def make() -> Keeper:
        made.append(_keeper(MemoryKeyring()))
        return made[-1]

    session = Session(None, keeper=make)
    assert made == []
    assert session.token_keeping() is TokenKeeping.NONE
    assert session.keeper is session.keeper and len(made) == 1


def test_where_the_tokens_are() -> None:
    without_keyring = Session(None, _umbrella())
    assert without_keyring.token_keeping() is TokenKeeping.MEMORY_ONLY
    backend = MemoryKeyring()
    kept = Session(None, _umbrella(), keeper=lambda: _keeper(backend))
    kept.save_tokens()
    assert kept.keyring_notice is None
    assert kept.token_keeping() is TokenKeeping.STORED
    assert SecretStore(backend).load_nmbrs_token(USERNAME) == TOKEN


def test_a_failing_keyring_keeps_the_tokens_in_memory_and_says_so() -> None:
    failing = keyring.backends.fail.Keyring()
    session = Session(None, _umbrella(), keeper=lambda: TokenKeeper(SecretStore(failing)))
    session.save_tokens()
    assert session.keyring_notice is not None
    assert session.token_keeping() is TokenKeeping.MEMORY_ONLY
    # The state keeps the token: only the keyring failed.
    assert session.state.nmbrs.token == TOKEN


def test_resume_fetches_the_tokens_from_the_keyring(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    SecretStore(backend).save_nmbrs_token(USERNAME, TOKEN)
    store = ProgressStore(tmp_path)
    saved = _umbrella(token="")
    saved.current_step = Step.UMBRELLA_RIGHTS
    store.save(saved)
    session = Session(store, WizardState(language="en"), keeper=lambda: _keeper(backend))
    shown = session.state
    assert session.resume(shipped_manual()) is None  # nothing on offer yet
    assert session.offer(store.load())
    # Nothing before the saved step is ticked: resume goes to the first unfinished one.
    assert session.resume(shipped_manual()) is Step.UMBRELLA_TEMPLATE_USER
    assert session.state is shown and shown.nmbrs.token == TOKEN
    assert shown.language == "en" and session.offered is None
    assert session.keyring_notice is None


def test_an_import_keeps_its_tokens_and_fetches_the_missing_ones() -> None:
    backend = MemoryKeyring()
    SecretStore(backend).save_nmbrs_token("b@voorbeeld.nl", "b" * 32)
    imported = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    imported.employers = [
        Employer(username="a@voorbeeld.nl", token="a" * 32),
        Employer(username="b@voorbeeld.nl"),
    ]
    session = Session(None, keeper=lambda: _keeper(backend))
    session.keep_imported_tokens(imported)
    assert session.keyring_notice is None and not session.token_save_failed
    assert SecretStore(backend).load_nmbrs_token("a@voorbeeld.nl") == "a" * 32
    assert imported.employers[1].token == "b" * 32


def test_forget_removes_the_progress_and_the_keyring_tokens(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = ProgressStore(tmp_path)
    session = Session(store, _umbrella(), keeper=lambda: _keeper(backend))
    session.save_tokens()
    assert session.save()
    notices = session.forget()
    assert notices is not None
    assert [dict(notice.arguments) for notice in notices] == [{"count": "1"}]
    assert SecretStore(backend).load_nmbrs_token(USERNAME) is None
    assert not store.path.exists()


def test_without_a_keyring_forget_removes_only_the_progress(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    session = Session(store, _umbrella())
    assert session.save() and store.path.exists()
    assert session.forget() is None
    assert not store.path.exists()


def test_every_secret_in_the_state_is_listed() -> None:
    state = _umbrella()
    state.afas.data_token = "afas-token"
    state.employers = [Employer(username="a@voorbeeld.nl", token="employer-token")]
    state.form("testpakket").secrets["key"] = "form-secret"
    assert set(state_secrets(state)) >= {TOKEN, "afas-token", "employer-token", "form-secret"}
