"""The live checks by name: a path's table entry names its check, this registry builds it.

A new check is one module that fulfils the contract of wizard.core.live_check plus one
`register_check` call; the check page of its path then runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.core.registered_entries import add_entry

if TYPE_CHECKING:
    from wizard.core.live_check import LiveCheck
    from wizard.core.model import WizardState


@dataclass(frozen=True)
class CheckEntry:
    """How to build one check and what to ask it on the chosen path."""

    name: str
    # Builds the check (on the worker thread) from the window's check set-up and the proxy the
    # clerk entered; the set-up holds endpoints and timeouts (tests point them at fakes).
    build: Callable[[Any, str], LiveCheck[Any]]
    # (subject, request) for every login of the chosen path that is filled in enough to check.
    requests: Callable[[WizardState], list[tuple[str, object]]]


_CHECKS: dict[str, CheckEntry] = {}


def register_check(entry: CheckEntry) -> None:
    """Add a check by its name; the same entry again is fine, another one raises ValueError."""
    add_entry(_CHECKS, entry.name, entry, f"another check is registered as {entry.name}")


def unregister_check(name: str) -> None:
    """Remove a check (a test cleaning up)."""
    _CHECKS.pop(name, None)


def check_entry(name: str) -> CheckEntry:
    """The check called `name`; KeyError when none is registered."""
    return _CHECKS[name]
