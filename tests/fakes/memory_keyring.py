"""An in-memory keyring backend, so tests never touch a real keychain."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

# What Windows Credential Manager accepts (CRED_MAX_CREDENTIAL_BLOB_SIZE); keyring stores UTF-16.
WINDOWS_BLOB_LIMIT = 2560


class WindowsBlobError(Exception):
    """Stands in for pywintypes.error (1783, 'CredWrite', ...), which is not a KeyringError."""


class MemoryKeyring(KeyringBackend):
    """A dict-backed keyring that can also act locked, broken or size-limited like real ones."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a classproperty

    def __init__(self, *, max_blob_bytes: int | None = None) -> None:
        """Create an empty keyring.

        Args:
            max_blob_bytes: refuse larger secrets (UTF-16 size) as Windows does; None: no limit.
        """
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.max_blob_bytes = max_blob_bytes
        # Set `locked` to act like a keyring the user did not unlock; set `error` to make every call
        # raise that exception (for example a D-Bus failure).
        self.locked = False
        self.error: Exception | None = None
        self.calls: list[tuple[str, str, str]] = []

    def _enter(self, operation: str, service: str, username: str) -> None:
        self.calls.append((operation, service, username))
        if self.error is not None:
            raise self.error
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._enter("get", service, username)
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter("set", service, username)
        size = len(password.encode("utf-16-le"))
        if self.max_blob_bytes is not None and size > self.max_blob_bytes:
            raise WindowsBlobError(1783, "CredWrite", "The stub received bad data")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._enter("delete", service, username)
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("Password not found") from None

    def services(self) -> set[str]:
        """The service names that hold at least one entry."""
        return {service for service, _ in self.entries}
