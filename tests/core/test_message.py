"""A Message stays untranslated until shown, then fills its placeholders once."""

from __future__ import annotations

from wizard.core.message import Message
from wizard.core.progress_store import LoadOutcome, LoadStatus


def test_a_message_is_translated_only_when_shown() -> None:
    message = Message("Ctx", "Removed {count} token(s).", (("count", "2"),))
    catalogue = {("Ctx", "Removed {count} token(s)."): "{count} token(s) verwijderd."}
    assert message.shown(lambda context, text: catalogue[(context, text)]) == (
        "2 token(s) verwijderd."
    )
    assert message.shown(lambda _context, text: text) == "Removed 2 token(s)."


def test_a_load_outcome_carries_its_notice_as_a_message() -> None:
    outcome = LoadOutcome(LoadStatus.SET_ASIDE, message="Kept {name}.", arguments=(("name", "x"),))
    assert outcome.notice == Message("Progress", "Kept {name}.", (("name", "x"),))
    assert LoadOutcome(LoadStatus.NONE).notice is None
