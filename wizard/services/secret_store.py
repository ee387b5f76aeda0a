"""API tokens in the operating system's keyring, never in a file.

Windows Credential Manager, the Secret Service (GNOME Keyring, KWallet) and the macOS Keychain are
reached through the `keyring` package. When none of them is usable the wizard keeps tokens in
memory for the current session only; this module never falls back to a file.

Keyrings cannot be listed portably, so the keys (Nmbrs usernames, AFAS customer numbers) of every
stored token are also kept in a small non-secret index in the keyring itself. That lets "forget
stored data" remove every entry even when the progress file is gone.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Final, TypeVar

# keyring loads on the store's first use, not with this module (which the token keeper and the
# command line import early), and a keyring that fails to load means no secure storage, not a crash.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

from wizard.core.translation_marker import QT_TRANSLATE_NOOP

# lupdate reads only literal contexts, so every QT_TRANSLATE_NOOP below spells it out.
CONTEXT: Final = "SecretStore"

APP_ID: Final = "salariskoppeling-wizard"
NMBRS_TOKEN_SERVICE: Final = f"{APP_ID}/nmbrs-api-token"
AFAS_TOKEN_SERVICE: Final = f"{APP_ID}/afas-data-token"
# Secret fields of a registered path's form, keyed "<path name>/<field key>".
FORM_SECRET_SERVICE: Final = f"{APP_ID}/form-secret"
# Index entries are named "0", "1", ...: one entry may not hold every key (see MAX_SECRET_BYTES).
INDEX_SERVICE: Final = f"{APP_ID}/stored-keys"

# Windows Credential Manager refuses blobs over CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes) and
# keyring stores UTF-16 there, so 1280 UTF-16 code units at most. Enforced on every platform so a
# token that is accepted on a Linux test machine is accepted on the clerk's Windows PC as well.
MAX_SECRET_BYTES: Final = 2560
# CRED_MAX_USERNAME_LENGTH on Windows; keys are keyring usernames.
MAX_KEY_LENGTH: Final = 513

# Bounds the index read loop, so a misbehaving backend can never keep it spinning.
_MAX_INDEX_CHUNKS: Final = 1000
_INDEX_FORMAT: Final = 1
_AFAS_FORMAT: Final = 1

MSG_NO_BACKEND = QT_TRANSLATE_NOOP(
    "SecretStore",
    "No secure storage is available on this computer. "
    "The token is kept in memory only for this session.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "SecretStore",
    "The secure storage is locked. The token is kept in memory only for this session.",
)
MSG_ERROR = QT_TRANSLATE_NOOP(
    "SecretStore",
    "The secure storage could not be used. The token is kept in memory only for this session.",
)
MSG_AVAILABLE = QT_TRANSLATE_NOOP(
    "SecretStore", "Tokens are stored in the secure storage of the operating system."
)
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "SecretStore",
    "The token is too long to store securely (at most 1280 characters). "
    "Check that you copied only the token.",
)

NAME_WINDOWS = QT_TRANSLATE_NOOP("SecretStore", "Windows Credential Manager")
NAME_SECRET_SERVICE = QT_TRANSLATE_NOOP("SecretStore", "Secret Service")
NAME_KWALLET = QT_TRANSLATE_NOOP("SecretStore", "KWallet")
NAME_MACOS = QT_TRANSLATE_NOOP("SecretStore", "macOS Keychain")
NAME_NONE = QT_TRANSLATE_NOOP("SecretStore", "None")

# Matched by dotted name, so the platform-specific backend modules are never imported here.
_BACKEND_NAMES: Final = {
    "keyring.backends.Windows.WinVaultKeyring": NAME_WINDOWS,
    "keyring.backends.SecretService.Keyring": NAME_SECRET_SERVICE,
    "keyring.backends.libsecret.Keyring": NAME_SECRET_SERVICE,
    "keyring.backends.KWallet.DBusKeyring": NAME_KWALLET,
    "keyring.backends.KWallet.DBusKeyringKWallet4": NAME_KWALLET,
    "keyring.backends.macOS.Keyring": NAME_MACOS,
}

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class UnavailableReason(StrEnum):
    """Why the keyring cannot be used; the UI may word its hint differently per reason."""

    NO_BACKEND = "no_backend"
    LOCKED = "locked"
    ERROR = "error"


_REASON_MESSAGES: Final = {
    UnavailableReason.NO_BACKEND: MSG_NO_BACKEND,
    UnavailableReason.LOCKED: MSG_LOCKED,
    UnavailableReason.ERROR: MSG_ERROR,
}


@dataclass(frozen=True)
class KeyringStatus:
    """Whether tokens can be stored, where, and a message for the clerk.

    `backend_name` and `message` are English sources marked in context `CONTEXT`.
    """

    available: bool
    backend_name: str
    message: str
    reason: UnavailableReason | None = None


@dataclass(frozen=True)
class AfasSecret:
    """An AFAS data token with the token version it was issued with."""

    customer_number: str
    version: str
    token: str = field(repr=False)


@dataclass(frozen=True)
class StoredKeys:
    """The keys of every token the wizard has stored, according to the index."""

    nmbrs_usernames: tuple[str, ...] = ()
    afas_customer_numbers: tuple[str, ...] = ()


class SecretStoreError(Exception):
    """Base class; `message` is an English source marked for translation in context `CONTEXT`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class KeyringUnavailable(SecretStoreError):
    """The keyring cannot be used; keep the token in memory, never write it elsewhere.

    `detail` names the backend's exception type for the log. The backend's own exception is
    deliberately not chained: its text is outside our control and could quote a secret.
    """

    def __init__(self, reason: UnavailableReason, backend_name: str, detail: str = "") -> None:
        super().__init__(_REASON_MESSAGES[reason])
        self.reason = reason
        self.backend_name = backend_name
        self.detail = detail

    @property
    def status(self) -> KeyringStatus:
        """The same facts as `SecretStore.availability()` returns."""
        return KeyringStatus(
            available=False,
            backend_name=self.backend_name,
            message=self.message,
            reason=self.reason,
        )


class SecretTooLarge(SecretStoreError, ValueError):
    """The secret exceeds what Windows Credential Manager can hold."""

    def __init__(self, size_bytes: int) -> None:
        super().__init__(MSG_TOO_LARGE)
        self.size_bytes = size_bytes
        self.limit_bytes = MAX_SECRET_BYTES


class _Purpose(StrEnum):
    """What an index entry points at; the values are stored in the index, so they never change."""

    NMBRS = "nmbrs-api-token"
    AFAS = "afas-data-token"
    FORM = "form-secret"


_SERVICES: Final = {
    _Purpose.NMBRS: NMBRS_TOKEN_SERVICE,
    _Purpose.AFAS: AFAS_TOKEN_SERVICE,
    _Purpose.FORM: FORM_SECRET_SERVICE,
}

_PURPOSE_VALUES: Final = frozenset(p.value for p in _Purpose)

_IndexEntry = tuple[_Purpose, str]


def secret_size(secret: str) -> int:
    """The number of bytes `secret` takes in Windows Credential Manager (UTF-16).

    Args:
        secret: the text as it would be handed to the keyring.

    Returns:
        The size in bytes that is compared with `MAX_SECRET_BYTES`.
    """
    return len(secret.encode("utf-16-le", "surrogatepass"))


def _check_size(secret: str) -> None:
    size = secret_size(secret)
    if size > MAX_SECRET_BYTES:
        raise SecretTooLarge(size)


def _nmbrs_key(username: str) -> str:
    # Nmbrs logins are e-mail addresses and case-insensitive; one entry per login, however typed.
    return _checked_key(username.strip().lower())


def _afas_key(customer_number: str) -> str:
    return _checked_key(customer_number.strip())


def _checked_key(key: str) -> str:
    # The messages never quote the key: usernames are personal data.
    if not key:
        raise ValueError("the key of a secret must not be empty")
    if secret_size(key) // 2 > MAX_KEY_LENGTH:
        raise ValueError(f"the key of a secret must be at most {MAX_KEY_LENGTH} characters")
    return key


def _require_text(value: str, what: str) -> None:
    if not value:
        raise ValueError(f"the {what} must not be empty")


def _backend_class_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _writing_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that actually receives writes; a chainer writes to its first backend only."""
    # Lazy: keyring loads on the store's first use (see the note at the top).
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return chained[0] if chained else None
    return backend


def _is_unusable(backend: KeyringBackend | None) -> bool:
    # Lazy: keyring loads on the store's first use (see the note at the top).
    from keyring.backends import fail, null

    if backend is None or isinstance(backend, fail.Keyring | null.Keyring):
        return True
    # keyrings.alt backends write to files in the profile; that is exactly the fallback we refuse,
    # and keyring picks one silently when the package happens to be installed.
    return type(backend).__module__.startswith("keyrings.alt")


def display_name(backend: KeyringBackend | None) -> str:
    """A name for the keyring backend that a clerk may recognise.

    Args:
        backend: any keyring backend, or None when there is none.

    Returns:
        An English source marked in context `CONTEXT`, or the backend's own name when unknown.
    """
    if backend is None:
        return NAME_NONE
    writer = _writing_backend(backend)
    if writer is None:
        return NAME_NONE
    return _BACKEND_NAMES.get(_backend_class_name(writer), writer.name)


def _reason_for(error: Exception) -> UnavailableReason:
    # Lazy: keyring loads on the store's first use (see the note at the top).
    from keyring.errors import KeyringLocked, NoKeyringError

    if isinstance(error, KeyringLocked):
        return UnavailableReason.LOCKED
    if isinstance(error, NoKeyringError):
        return UnavailableReason.NO_BACKEND
    return UnavailableReason.ERROR


class SecretStore:
    """Saves, loads and forgets the wizard's API tokens in the OS keyring.

    Every method raises `KeyringUnavailable` when the keyring cannot be used, and never stores a
    token anywhere else.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        """Create a store.

        Args:
            backend: the keyring backend to use; None means `keyring.get_keyring()` at each call,
                so a backend installed later with `keyring.set_keyring` is picked up.
        """
        self._injected = backend
        # Index updates are read-modify-write; worker threads of one wizard must not interleave.
        self._lock = threading.RLock()

    # ----- availability -------------------------------------------------------------------

    def availability(self) -> KeyringStatus:
        """Find out whether tokens can be stored, by a harmless read.

        Returns:
            The status, with a message for the clerk in either case.
        """
        try:
            backend = self._backend()
            self._get(backend, INDEX_SERVICE, "0")
        except KeyringUnavailable as exc:
            return exc.status
        return KeyringStatus(
            available=True, backend_name=display_name(backend), message=MSG_AVAILABLE
        )

    # ----- Nmbrs ----------------------------------------------------------------------------

    def save_nmbrs_token(self, username: str, token: str) -> None:
        """Store the API token of one Nmbrs login, replacing any earlier token for it.

        Args:
            username: the Nmbrs login (e-mail address); case does not matter.
            token: the API token.

        Raises:
            SecretTooLarge: the token exceeds `MAX_SECRET_BYTES` in UTF-16.
            KeyringUnavailable: the keyring cannot be used.
            ValueError: the username or token is empty.
        """
        key = _nmbrs_key(username)
        _require_text(token, "token")
        _check_size(token)
        self._save(_Purpose.NMBRS, key, token)

    def load_nmbrs_token(self, username: str) -> str | None:
        """The stored API token of one Nmbrs login.

        Args:
            username: the Nmbrs login; case does not matter.

        Returns:
            The token, or None when none is stored.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        return self._get(self._backend(), NMBRS_TOKEN_SERVICE, _nmbrs_key(username))

    def delete_nmbrs_token(self, username: str) -> bool:
        """Remove the stored API token of one Nmbrs login.

        Args:
            username: the Nmbrs login; case does not matter.

        Returns:
            True when a token was removed, False when none was stored.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        return self._remove(_Purpose.NMBRS, _nmbrs_key(username))

    # ----- a registered path's form ------------------------------------------------------

    def save_form_secret(self, path_name: str, field_key: str, secret: str) -> None:
        """Store the secret field `field_key` of the registered path `path_name`'s form.

        Raises:
            SecretTooLarge: the secret exceeds `MAX_SECRET_BYTES` in UTF-16.
            KeyringUnavailable: the keyring cannot be used.
            ValueError: the secret is empty.
        """
        _require_text(secret, "secret")
        _check_size(secret)
        self._save(_Purpose.FORM, _checked_key(f"{path_name}/{field_key}"), secret)

    def load_form_secret(self, path_name: str, field_key: str) -> str | None:
        """The stored secret field of a registered path's form; None when none is stored.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        key = _checked_key(f"{path_name}/{field_key}")
        return self._get(self._backend(), FORM_SECRET_SERVICE, key)

    # ----- AFAS -----------------------------------------------------------------------------

    def save_afas_token(self, customer_number: str, token: str, version: str = "1") -> None:
        """Store the data token of one AFAS customer with its token version.

        Args:
            customer_number: the AFAS customer (participant) number.
            token: the data token as the clerk entered it.
            version: the token version, "1" in every AFAS example.

        Raises:
            SecretTooLarge: the stored document exceeds `MAX_SECRET_BYTES` in UTF-16.
            KeyringUnavailable: the keyring cannot be used.
            ValueError: the customer number, token or version is empty.
        """
        key = _afas_key(customer_number)
        _require_text(token, "token")
        _require_text(version.strip(), "token version")
        document = json.dumps(
            {"format": _AFAS_FORMAT, "version": version.strip(), "token": token},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        _check_size(document)
        self._save(_Purpose.AFAS, key, document)

    def load_afas_token(self, customer_number: str) -> AfasSecret | None:
        """The stored data token of one AFAS customer.

        Args:
            customer_number: the AFAS customer number.

        Returns:
            The token and its version, or None when none is stored or the entry is unreadable.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        key = _afas_key(customer_number)
        document = self._get(self._backend(), AFAS_TOKEN_SERVICE, key)
        if document is None:
            return None
        secret = _parse_afas_document(key, document)
        if secret is None:
            # Treated as absent so the clerk simply enters the token again; the entry stays listed
            # in the index, so "forget" still removes it.
            log.warning("Ignored an AFAS token entry that is not in the expected format")
        return secret

    def delete_afas_token(self, customer_number: str) -> bool:
        """Remove the stored data token of one AFAS customer.

        Args:
            customer_number: the AFAS customer number.

        Returns:
            True when a token was removed, False when none was stored.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        return self._remove(_Purpose.AFAS, _afas_key(customer_number))

    # ----- index and forgetting ---------------------------------------------------------------

    def stored_keys(self) -> StoredKeys:
        """The keys the index lists as stored.

        Returns:
            Nmbrs usernames and AFAS customer numbers, each sorted.

        Raises:
            KeyringUnavailable: the keyring cannot be used.
        """
        entries, _ = self._read_index(self._backend())
        return StoredKeys(
            nmbrs_usernames=tuple(sorted(k for p, k in entries if p is _Purpose.NMBRS)),
            afas_customer_numbers=tuple(sorted(k for p, k in entries if p is _Purpose.AFAS)),
        )

    def forget_everything(
        self,
        known_nmbrs_usernames: Iterable[str] = (),
        known_customer_numbers: Iterable[str] = (),
    ) -> int:
        """Remove every token the wizard stored, and the index itself.

        Args:
            known_nmbrs_usernames: usernames from the progress file, in case the index lost them.
            known_customer_numbers: AFAS customer numbers from the progress file, likewise.

        Returns:
            The number of tokens removed (the index entries are not counted).

        Raises:
            KeyringUnavailable: the keyring cannot be used; nothing more was removed after that.
        """
        with self._lock:
            backend = self._backend()
            entries, chunk_count = self._read_index(backend)
            targets = set(entries)
            targets.update(
                (_Purpose.NMBRS, _nmbrs_key(u)) for u in known_nmbrs_usernames if u.strip()
            )
            targets.update(
                (_Purpose.AFAS, _afas_key(n)) for n in known_customer_numbers if n.strip()
            )
            removed = sum(self._delete(backend, _SERVICES[p], k) for p, k in sorted(targets))
            self._write_index(backend, set(), chunk_count)
            return removed

    # ----- internals ------------------------------------------------------------------------

    def _backend(self) -> KeyringBackend:
        backend = self._injected
        if backend is None:
            try:
                # Lazy: keyring loads on the store's first use (see the note at the top).
                import keyring

                backend = keyring.get_keyring()
            except Exception as exc:
                # A broken keyring configuration (say PYTHON_KEYRING_BACKEND naming a missing
                # class) must show the "no secure storage" message, not crash the wizard.
                detail = type(exc).__name__
                raise KeyringUnavailable(UnavailableReason.NO_BACKEND, NAME_NONE, detail) from None
        if _is_unusable(_writing_backend(backend)):
            raise KeyringUnavailable(
                UnavailableReason.NO_BACKEND, display_name(backend), _backend_class_name(backend)
            )
        return backend

    def _call(self, backend: KeyringBackend, operation: str, action: Callable[[], _T]) -> _T:
        # Catch broadly: backends raise KeyringError, SecretStorage/jeepney D-Bus errors, OSError,
        # or (Windows) a pywintypes.error that derives from plain Exception.
        try:
            return action()
        except Exception as exc:
            failure = exc
        # Raised outside the except block so the backend's exception is not even the implicit
        # __context__: its text could quote a secret.
        log.warning("Secure storage failed to %s: %s", operation, type(failure).__name__)
        raise KeyringUnavailable(
            _reason_for(failure), display_name(backend), type(failure).__name__
        )

    def _get(self, backend: KeyringBackend, service: str, key: str) -> str | None:
        return self._call(backend, "read", lambda: backend.get_password(service, key))

    def _set(self, backend: KeyringBackend, service: str, key: str, secret: str) -> None:
        self._call(backend, "write", lambda: backend.set_password(service, key, secret))

    def _delete(self, backend: KeyringBackend, service: str, key: str) -> bool:
        # Lazy: keyring loads on the store's first use (see the note at the top).
        from keyring.errors import PasswordDeleteError

        def action() -> bool:
            try:
                backend.delete_password(service, key)
            except PasswordDeleteError:
                return False
            return True

        if self._call(backend, "delete", action):
            return True
        # Backends raise PasswordDeleteError for "not found", but some also for a real failure;
        # a read tells the two apart.
        if self._get(backend, service, key) is None:
            return False
        log.warning("Secure storage kept an entry it was asked to delete")
        raise KeyringUnavailable(UnavailableReason.ERROR, display_name(backend), "delete refused")

    def _save(self, purpose: _Purpose, key: str, secret: str) -> None:
        with self._lock:
            backend = self._backend()
            entries, chunk_count = self._read_index(backend)
            if (purpose, key) not in entries:
                # Index first: an index entry without a secret is harmless, a secret that no
                # index lists cannot be forgotten once the progress file is gone.
                self._write_index(backend, entries | {(purpose, key)}, chunk_count)
            self._set(backend, _SERVICES[purpose], key, secret)

    def _remove(self, purpose: _Purpose, key: str) -> bool:
        with self._lock:
            backend = self._backend()
            # Secret first, index second: if the delete fails the index still lists the entry.
            removed = self._delete(backend, _SERVICES[purpose], key)
            entries, chunk_count = self._read_index(backend)
            if (purpose, key) in entries:
                self._write_index(backend, entries - {(purpose, key)}, chunk_count)
            return removed

    def _read_index(self, backend: KeyringBackend) -> tuple[set[_IndexEntry], int]:
        """The listed entries and the number of index chunks found."""
        entries: set[_IndexEntry] = set()
        count = 0
        while count < _MAX_INDEX_CHUNKS:
            chunk = self._get(backend, INDEX_SERVICE, str(count))
            if chunk is None:
                break
            entries.update(_parse_index_chunk(chunk))
            count += 1
        return entries, count

    def _write_index(
        self, backend: KeyringBackend, entries: set[_IndexEntry], old_count: int
    ) -> None:
        chunks = _index_chunks(entries)
        for number, chunk in enumerate(chunks):
            self._set(backend, INDEX_SERVICE, str(number), chunk)
        # Highest first, so an interrupted run never leaves a gap that hides later chunks.
        for number in range(old_count - 1, len(chunks) - 1, -1):
            self._delete(backend, INDEX_SERVICE, str(number))


def _dump_index_chunk(entries: list[_IndexEntry]) -> str:
    return json.dumps(
        {"format": _INDEX_FORMAT, "entries": [[str(p), k] for p, k in entries]},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _index_chunks(entries: set[_IndexEntry]) -> list[str]:
    """Split the index into documents that each fit the Windows size limit."""
    chunks: list[str] = []
    current: list[_IndexEntry] = []
    for entry in sorted(entries):
        candidate = [*current, entry]
        if current and secret_size(_dump_index_chunk(candidate)) > MAX_SECRET_BYTES:
            chunks.append(_dump_index_chunk(current))
            current = [entry]
        else:
            current = candidate
    if current:
        chunks.append(_dump_index_chunk(current))
    return chunks


def _parse_index_chunk(chunk: str) -> set[_IndexEntry]:
    try:
        document = json.loads(chunk)
    except ValueError:
        document = None
    raw_entries = document.get("entries") if isinstance(document, dict) else None
    if not isinstance(raw_entries, list):
        # A damaged index must not block saving or forgetting; what it listed is lost, but the
        # keys from the progress file still reach forget_everything.
        log.warning("Ignored a damaged index entry in the secure storage")
        return set()
    parsed: set[_IndexEntry] = set()
    for item in raw_entries:
        # Entries of an unknown purpose (a newer wizard) are skipped, not fatal.
        if (
            isinstance(item, list)
            and len(item) == 2
            and item[0] in _PURPOSE_VALUES
            and isinstance(item[1], str)
            and item[1]
        ):
            parsed.add((_Purpose(item[0]), item[1]))
    return parsed


def _parse_afas_document(customer_number: str, document: str) -> AfasSecret | None:
    try:
        parsed = json.loads(document)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    token = parsed.get("token")
    version = parsed.get("version")
    if not isinstance(token, str) or not token or not isinstance(version, str) or not version:
        return None
    return AfasSecret(customer_number=customer_number, version=version, token=token)
