"""A Message stays untranslated until shown, then fills its placeholders once."""

from __future__ import annotations

from pathlib import Path

from wizard.core.message import Message
from wizard.core.progress_store import MSG_CORRUPT, LoadOutcome, LoadStatus, ProgressStore


def test_a_message_is_translated_only_when_shown() -> None:
    message = Message("Ctx", "Removed {count} token(s).", (("count", "2"),))
    catalogue = {("Ctx", "Removed {count} token(s)."): "{count} token(s) verwijderd."}
    assert message.shown(lambda context, text: catalogue[(context, text)]) == (
        "2 token(s) verwijderd."
    )
    assert message.shown(lambda _context, text: text) == "Removed 2 token(s)."


def test_a_load_outcome_carries_its_notice_as_a_message(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    store.path.write_bytes(b"{damaged")
    notice = store.load().notice
    assert notice is not None and notice.context == "Progress"
    assert notice.source == MSG_CORRUPT and notice.arguments[0][0] == "name"
    assert LoadOutcome(LoadStatus.NONE).notice is None


def test_a_nested_message_is_shown_in_the_same_language() -> None:
    reason = Message("Net", "No answer from {host}.", (("host", "api.nmbrs.nl"),))
    message = Message("Check", "Not checked: {reason}", (("reason", reason),))
    catalogue = {
        ("Check", "Not checked: {reason}"): "Niet gecontroleerd: {reason}",
        ("Net", "No answer from {host}."): "Geen antwoord van {host}.",
    }
    assert message.shown(lambda context, text: catalogue[(context, text)]) == (
        "Niet gecontroleerd: Geen antwoord van api.nmbrs.nl."
    )


def test_a_value_holding_a_placeholder_is_never_filled_again() -> None:
    # A server's text may hold "{code}"; it stays as the server wrote it.
    message = Message("Ctx", "{text} (code {code})", (("text", "bad {code}"), ("code", "7")))
    assert message.shown(lambda _context, text: text) == "bad {code} (code 7)"


def test_text_as_written_is_never_translated_and_step_references_stay() -> None:
    def refuse(context: str, text: str) -> str:
        raise AssertionError("as-written text must not be translated")

    assert Message.as_written("Niet actief; zie {step:rights}").shown(refuse) == (
        "Niet actief; zie {step:rights}"
    )
    assert not Message.as_written("")


def test_scrubbing_reaches_every_argument_and_as_written_text() -> None:
    inner = Message("Net", "{text}", (("text", "token SECRET"),))
    message = Message("Check", "{reason} {code}", (("reason", inner), ("code", "SECRET")))
    scrubbed = message.with_arguments(lambda text: text.replace("SECRET", "***"))
    assert "SECRET" not in repr(scrubbed)
    assert scrubbed.shown(lambda _context, text: text) == "token *** ***"
    assert Message.as_written("x SECRET").with_arguments(str.lower).source == "x secret"
