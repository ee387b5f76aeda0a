"""Where the clerk's tokens are kept, and which texts in the state are secrets, without Qt."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from wizard.core.message import Message
    from wizard.core.model import WizardState
    from wizard.core.progress_store import ProgressStore


class TokenKeeping(StrEnum):
    """Where the tokens of this session are."""

    NONE = "none"  # no token was entered
    STORED = "stored"  # in the OS keyring
    MEMORY_ONLY = "memory_only"  # lost when the window closes


class Keeper(Protocol):
    """Moves tokens to and from the OS keyring (services.token_keeper.TokenKeeper)."""

    def save(self, state: WizardState) -> Message | None: ...

    def restore(self, state: WizardState) -> Message | None: ...

    def forget(self, state: WizardState, progress: ProgressStore | None) -> list[Message]: ...
