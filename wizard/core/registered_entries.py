"""The one rule of the run-time registries (paths, steps, packages, checks): a name holds one entry.

A path or check added twice with the same entry is fine (a test fixture that runs again); a
different entry under a taken name is a programming error.
"""

from __future__ import annotations

from typing import TypeVar

_Key = TypeVar("_Key")
_Entry = TypeVar("_Entry")


def add_entry(entries: dict[_Key, _Entry], key: _Key, entry: _Entry, clash: str) -> None:
    """Put `entry` under `key`; the same entry again is fine, another raises ValueError(clash)."""
    if entries.get(key, entry) != entry:
        raise ValueError(clash)
    entries[key] = entry
