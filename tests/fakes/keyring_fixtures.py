"""Keyring fixtures, not autouse: a test module that needs one imports it from here.

Importing the fixture by name is what makes pytest see it; ruff then wants `# noqa: F401` on the
import and `# noqa: F811` on each test that takes the fixture as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.fakes.memory_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install a fresh MemoryKeyring as keyring's global backend, and restore the old one after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
