"""Test-wide set-up: headless Qt, and no test ever touches a real keychain or the internet."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

# Loopback fakes and keyring fixtures, available to every test.
pytest_plugins = [
    "tests.fakes.afas_fixtures",
    "tests.fakes.keyring_fixtures",
    "tests.fakes.nmbrs_fixtures",
]

# Must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (command-line tests) get the null backend, which stores nothing; in this process
# every test gets a fresh in-memory keyring (below). Neither can reach a real keychain.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# No proxy from the developer's environment may redirect loopback test traffic.
for _name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(_name, None)
os.environ["NO_PROXY"] = "127.0.0.1,localhost"


@pytest.fixture(autouse=True)
def in_memory_keyring() -> Iterator[object]:
    """Every test starts with an empty in-memory keyring as the global keyring backend."""
    import keyring

    from tests.fakes.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
