"""Unit tests for the keyring-backed secret store, on an in-memory keyring."""

from __future__ import annotations

import json
import logging
import traceback

import keyring
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from tests.fakes.memory_keyring import WINDOWS_BLOB_LIMIT, MemoryKeyring
from wizard.services.secret_store import (
    AFAS_TOKEN_SERVICE,
    INDEX_SERVICE,
    MAX_SECRET_BYTES,
    MSG_LOCKED,
    MSG_NO_BACKEND,
    MSG_TOO_LARGE,
    NMBRS_TOKEN_SERVICE,
    AfasSecret,
    KeyringUnavailable,
    SecretStore,
    SecretTooLarge,
    StoredKeys,
    UnavailableReason,
    secret_size,
)

TOKEN = "3f9a0c1e7b2d4a6f8e0c1b3d5f7a9c2e"
AFAS_TOKEN = "949C1A9C5B7E0D2F4A6C8E1B3D5F7A9C0E2B4D6F8A1C3E5B7D9F0A2C4E6B8D0F"


@pytest.fixture
def backend() -> MemoryKeyring:
    return MemoryKeyring(max_blob_bytes=WINDOWS_BLOB_LIMIT)


@pytest.fixture
def store(backend: MemoryKeyring) -> SecretStore:
    return SecretStore(backend)


def _all_text(exc: BaseException) -> str:
    """Everything a log or crash report could show about an exception."""
    return "".join(traceback.format_exception(exc)) + repr(exc) + repr(vars(exc))


# ----- round trips ----------------------------------------------------------------------------


def test_nmbrs_token_round_trip_ignores_username_case(store, backend):
    store.save_nmbrs_token("Clerk@Example.NL", TOKEN)

    assert store.load_nmbrs_token("clerk@example.nl") == TOKEN
    assert store.load_nmbrs_token("  CLERK@example.nl ") == TOKEN
    assert backend.entries[(NMBRS_TOKEN_SERVICE, "clerk@example.nl")] == TOKEN


def test_nmbrs_tokens_per_debtor_are_kept_apart_and_replaced(store):
    store.save_nmbrs_token("debtor-a@example.nl", "token-a")
    store.save_nmbrs_token("debtor-b@example.nl", "token-b")
    store.save_nmbrs_token("debtor-a@example.nl", "token-a2")

    assert store.load_nmbrs_token("debtor-a@example.nl") == "token-a2"
    assert store.load_nmbrs_token("debtor-b@example.nl") == "token-b"


def test_missing_tokens_load_as_none(store):
    assert store.load_nmbrs_token("nobody@example.nl") is None
    assert store.load_afas_token("99999") is None


def test_afas_token_round_trip_keeps_the_version(store, backend):
    store.save_afas_token(" 12345 ", AFAS_TOKEN, "2")

    loaded = store.load_afas_token("12345")

    assert loaded == AfasSecret(customer_number="12345", version="2", token=AFAS_TOKEN)
    raw = json.loads(backend.entries[(AFAS_TOKEN_SERVICE, "12345")])
    assert raw["token"] == AFAS_TOKEN
    assert raw["version"] == "2"


def test_afas_version_defaults_to_1(store):
    store.save_afas_token("12345", AFAS_TOKEN)

    assert store.load_afas_token("12345").version == "1"


@pytest.mark.parametrize(
    "stored",
    ["not json", "[1, 2]", '{"version": "1"}', '{"token": "", "version": "1"}', '{"token": "x"}'],
)
def test_an_unreadable_afas_entry_loads_as_none(store, backend, stored):
    backend.entries[(AFAS_TOKEN_SERVICE, "12345")] = stored

    assert store.load_afas_token("12345") is None


def test_delete_removes_the_token_and_reports_whether_there_was_one(store, backend):
    store.save_nmbrs_token("clerk@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)

    assert store.delete_nmbrs_token("CLERK@example.nl") is True
    assert store.delete_afas_token("12345") is True
    assert store.delete_nmbrs_token("clerk@example.nl") is False
    assert store.delete_afas_token("12345") is False
    assert backend.entries == {}


def test_delete_that_the_backend_refuses_is_not_reported_as_done(backend):
    class StubbornKeyring(MemoryKeyring):
        def delete_password(self, service, username):
            raise PasswordDeleteError("access denied")

    stubborn = StubbornKeyring()
    store = SecretStore(stubborn)
    store.save_nmbrs_token("clerk@example.nl", TOKEN)

    with pytest.raises(KeyringUnavailable) as caught:
        store.delete_nmbrs_token("clerk@example.nl")
    assert caught.value.reason is UnavailableReason.ERROR


@pytest.mark.parametrize(
    ("username", "token"),
    [("", TOKEN), ("   ", TOKEN), ("clerk@example.nl", ""), ("x" * 514, TOKEN)],
)
def test_empty_or_oversized_keys_and_empty_tokens_are_programming_errors(store, username, token):
    with pytest.raises(ValueError) as caught:
        store.save_nmbrs_token(username, token)
    assert not isinstance(caught.value, SecretTooLarge)


# ----- the index ------------------------------------------------------------------------------


def test_the_index_lists_stored_keys_and_holds_no_secret(store, backend):
    store.save_nmbrs_token("B@example.nl", TOKEN)
    store.save_nmbrs_token("a@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)

    assert store.stored_keys() == StoredKeys(
        nmbrs_usernames=("a@example.nl", "b@example.nl"), afas_customer_numbers=("12345",)
    )
    index_text = "".join(v for (s, _), v in backend.entries.items() if s == INDEX_SERVICE)
    assert TOKEN not in index_text
    assert AFAS_TOKEN not in index_text


def test_deleting_a_token_removes_it_from_the_index(store, backend):
    store.save_nmbrs_token("a@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)

    store.delete_nmbrs_token("a@example.nl")

    assert store.stored_keys() == StoredKeys(afas_customer_numbers=("12345",))
    store.delete_afas_token("12345")
    assert store.stored_keys() == StoredKeys()
    assert backend.services() == set(), "an empty index leaves no entry behind"


def test_a_large_index_is_split_into_entries_that_fit_windows(store, backend):
    # Per-debtor set-ups can have dozens of employers, each with its own login.
    usernames = [f"salarisadministratie.werkgever-{n:03}@voorbeeld-debiteur.nl" for n in range(120)]
    for username in usernames:
        store.save_nmbrs_token(username, TOKEN)

    chunks = [v for (s, _), v in backend.entries.items() if s == INDEX_SERVICE]
    assert len(chunks) > 1
    assert all(secret_size(chunk) <= MAX_SECRET_BYTES for chunk in chunks)
    assert store.stored_keys().nmbrs_usernames == tuple(sorted(usernames))

    for username in usernames[:100]:
        store.delete_nmbrs_token(username)
    assert store.stored_keys().nmbrs_usernames == tuple(sorted(usernames[100:]))
    remaining = {u for (s, u) in backend.entries if s == INDEX_SERVICE}
    assert remaining == {str(n) for n in range(len(remaining))}, "no gaps, no stale chunks"


@settings(max_examples=30, deadline=None)
@given(
    st.sets(
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80).filter(
            lambda s: s.strip() == s and s
        ),
        max_size=40,
    )
)
def test_the_index_round_trips_any_customer_numbers(customer_numbers):
    backend = MemoryKeyring(max_blob_bytes=WINDOWS_BLOB_LIMIT)
    store = SecretStore(backend)
    for number in customer_numbers:
        store.save_afas_token(number, AFAS_TOKEN)

    assert set(store.stored_keys().afas_customer_numbers) == customer_numbers
    assert store.forget_everything() == len(customer_numbers)
    assert backend.entries == {}


def test_a_damaged_index_does_not_block_saving(store, backend):
    backend.entries[(INDEX_SERVICE, "0")] = "{broken"

    store.save_nmbrs_token("a@example.nl", TOKEN)

    assert store.stored_keys().nmbrs_usernames == ("a@example.nl",)


def test_index_entries_of_unknown_purpose_are_skipped(store, backend):
    backend.entries[(INDEX_SERVICE, "0")] = json.dumps(
        {"format": 1, "entries": [["future-purpose", "x"], ["nmbrs-api-token", "a@example.nl"], 7]}
    )

    assert store.stored_keys().nmbrs_usernames == ("a@example.nl",)


# ----- forget everything ----------------------------------------------------------------------


def test_forget_everything_uses_the_index_when_the_progress_file_is_gone(store, backend):
    store.save_nmbrs_token("a@example.nl", TOKEN)
    store.save_nmbrs_token("b@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)

    assert store.forget_everything() == 3
    assert backend.entries == {}


def test_forget_everything_also_removes_known_keys_the_index_lost(store, backend):
    store.save_nmbrs_token("a@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)
    del backend.entries[(INDEX_SERVICE, "0")]

    removed = store.forget_everything(["A@example.nl", ""], ["12345", "67890"])

    assert removed == 2
    assert backend.entries == {}


def test_forget_everything_leaves_other_applications_alone(store, backend):
    backend.entries[("some-other-app", "a@example.nl")] = "theirs"
    store.save_nmbrs_token("a@example.nl", TOKEN)

    store.forget_everything()

    assert backend.entries == {("some-other-app", "a@example.nl"): "theirs"}


# ----- no usable keyring ----------------------------------------------------------------------


@pytest.mark.parametrize("unusable", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_backend_makes_every_operation_unavailable(unusable):
    store = SecretStore(unusable)

    status = store.availability()
    assert status.available is False
    assert status.reason is UnavailableReason.NO_BACKEND
    assert status.message == MSG_NO_BACKEND
    assert "memory only" in status.message

    operations = [
        lambda: store.save_nmbrs_token("a@example.nl", TOKEN),
        lambda: store.load_nmbrs_token("a@example.nl"),
        lambda: store.delete_nmbrs_token("a@example.nl"),
        lambda: store.save_afas_token("12345", AFAS_TOKEN),
        lambda: store.load_afas_token("12345"),
        lambda: store.delete_afas_token("12345"),
        lambda: store.stored_keys(),
        lambda: store.forget_everything(["a@example.nl"], ["12345"]),
    ]
    for operation in operations:
        with pytest.raises(KeyringUnavailable) as caught:
            operation()
        assert caught.value.reason is UnavailableReason.NO_BACKEND
        assert caught.value.message == MSG_NO_BACKEND


def test_the_global_backend_is_used_when_none_is_injected(memory_keyring):
    store = SecretStore()

    store.save_nmbrs_token("a@example.nl", TOKEN)

    assert memory_keyring.entries[(NMBRS_TOKEN_SERVICE, "a@example.nl")] == TOKEN
    assert store.availability().available is True


def test_the_null_backend_counts_as_unavailable():
    # The null backend would silently drop every token.
    assert SecretStore(null.Keyring()).availability().available is False


def test_tests_run_against_an_in_memory_keyring_by_default():
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert SecretStore().availability().available is True


def test_a_file_based_keyrings_alt_backend_is_refused():
    file_keyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    store = SecretStore(file_keyring)

    assert store.availability().available is False
    with pytest.raises(KeyringUnavailable):
        store.save_nmbrs_token("a@example.nl", TOKEN)
    assert file_keyring.entries == {}


def test_a_locked_keyring_is_unavailable_with_its_own_message(store, backend):
    store.save_nmbrs_token("a@example.nl", TOKEN)
    backend.locked = True

    status = store.availability()
    assert (status.available, status.reason, status.message) == (
        False,
        UnavailableReason.LOCKED,
        MSG_LOCKED,
    )
    with pytest.raises(KeyringUnavailable) as caught:
        store.load_nmbrs_token("a@example.nl")
    assert caught.value.reason is UnavailableReason.LOCKED
    assert caught.value.detail == "KeyringLocked"


@pytest.mark.parametrize(
    "error",
    [
        KeyringError("backend failed"),
        OSError("connection refused"),
        ConnectionError("D-Bus socket closed"),
    ],
    ids=["KeyringError", "OSError", "ConnectionError"],
)
def test_any_backend_error_is_unavailable_not_a_crash(store, backend, error):
    backend.error = error

    assert store.availability().reason is UnavailableReason.ERROR
    with pytest.raises(KeyringUnavailable) as caught:
        store.save_nmbrs_token("a@example.nl", TOKEN)
    assert caught.value.reason is UnavailableReason.ERROR
    assert "memory only" in str(caught.value)


def test_a_secretstorage_dbus_error_is_unavailable(store, backend):
    exceptions = pytest.importorskip("secretstorage.exceptions")
    backend.error = exceptions.SecretServiceNotAvailableException("no D-Bus session")

    with pytest.raises(KeyringUnavailable):
        store.load_nmbrs_token("a@example.nl")


def test_a_broken_keyring_configuration_is_unavailable(monkeypatch):
    def broken() -> None:
        raise ImportError("No module named 'keyrings.missing'")

    monkeypatch.setattr(keyring, "get_keyring", broken)

    status = SecretStore().availability()
    assert (status.available, status.reason) == (False, UnavailableReason.NO_BACKEND)


def test_nothing_is_stored_elsewhere_when_the_keyring_is_unavailable(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)

    with pytest.raises(KeyringUnavailable):
        SecretStore(fail.Keyring()).save_nmbrs_token("a@example.nl", TOKEN)

    assert list(tmp_path.iterdir()) == []


# ----- size limit -----------------------------------------------------------------------------


def test_a_token_of_exactly_the_windows_limit_is_accepted(store):
    token = "A" * (MAX_SECRET_BYTES // 2)

    store.save_nmbrs_token("a@example.nl", token)

    assert store.load_nmbrs_token("a@example.nl") == token


def test_a_larger_token_is_refused_on_every_platform_before_anything_is_written():
    unlimited = MemoryKeyring()  # like Secret Service or Keychain, which would accept it
    store = SecretStore(unlimited)
    token = "A" * (MAX_SECRET_BYTES // 2 + 1)

    with pytest.raises(SecretTooLarge) as caught:
        store.save_nmbrs_token("a@example.nl", token)

    assert caught.value.message == MSG_TOO_LARGE
    assert (caught.value.size_bytes, caught.value.limit_bytes) == (2562, 2560)
    assert unlimited.entries == {}
    assert token not in _all_text(caught.value)


def test_the_size_is_counted_in_utf16_so_astral_characters_count_double():
    # 640 emoji are 640 characters but 1280 UTF-16 code units: exactly at the limit.
    assert secret_size("\N{GRINNING FACE}" * 640) == MAX_SECRET_BYTES
    with pytest.raises(SecretTooLarge):
        SecretStore(MemoryKeyring()).save_nmbrs_token("a@example.nl", "\N{GRINNING FACE}" * 641)


def test_the_afas_limit_applies_to_the_stored_document(store, backend):
    # The JSON wrapper takes room too; a token that fits alone may not fit with its version.
    token = "A" * (MAX_SECRET_BYTES // 2 - 10)

    with pytest.raises(SecretTooLarge):
        store.save_afas_token("12345", token)
    assert backend.entries == {}


def test_a_size_error_from_the_backend_itself_is_unavailable():
    # A backend stricter than our check (or the Windows error if the rule ever changes).
    store = SecretStore(MemoryKeyring(max_blob_bytes=64))

    with pytest.raises(KeyringUnavailable) as caught:
        store.save_nmbrs_token("a@example.nl", TOKEN)
    assert caught.value.detail == "WindowsBlobError"


# ----- secrets never leak ---------------------------------------------------------------------


def test_afas_secret_repr_hides_the_token():
    secret = AfasSecret(customer_number="12345", version="1", token=AFAS_TOKEN)

    assert AFAS_TOKEN not in repr(secret)
    assert AFAS_TOKEN not in str(secret)


def test_a_backend_error_quoting_the_token_does_not_leak_it(store, backend, caplog):
    backend.error = KeyringError(f"could not store {TOKEN}")
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KeyringUnavailable) as caught:
        store.save_nmbrs_token("a@example.nl", TOKEN)

    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    assert TOKEN not in _all_text(caught.value)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(caught.value.status)


def test_tokens_do_not_appear_in_reprs_or_logs(store, caplog):
    caplog.set_level(logging.DEBUG)
    store.save_nmbrs_token("a@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)

    shown = repr(store) + repr(store.load_afas_token("12345")) + repr(store.stored_keys())
    shown += repr(store.availability()) + caplog.text
    assert TOKEN not in shown
    assert AFAS_TOKEN not in shown


def test_usernames_are_not_logged_on_failure(store, backend, caplog):
    backend.error = OSError("boom")
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KeyringUnavailable):
        store.load_nmbrs_token("private.person@example.nl")

    assert "private.person" not in caplog.text
    assert "OSError" in caplog.text
