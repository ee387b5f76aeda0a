"""One clerk's session without Qt: the state, the progress store and the offer to resume.

The window shows the session; the session decides what is saved, offered, resumed, replaced
and forgotten. Pages keep a reference to `state`, so it is only ever changed in place.
"""

from __future__ import annotations

from dataclasses import fields

from wizard.core.model import WizardState
from wizard.core.progress_store import LoadOutcome, LoadStatus, ProgressStore, progress_document


def clerk_content(state: WizardState) -> dict[str, object]:
    """What the clerk entered or chose; the page on screen and the language do not count."""
    document = progress_document(state, saved_at=0)
    for key in ("saved_at", "language", "current_step"):
        document.pop(key)
    return document


class Session:
    """The state on screen, where its non-secret part is saved, and saved progress on offer."""

    def __init__(self, store: ProgressStore | None, state: WizardState | None = None) -> None:
        self.store = store
        self.state = state or WizardState()
        # Saved progress offered for resume, until the clerk answers.
        self.offered: WizardState | None = None
        # The content when progress was offered; see may_save().
        self._content_at_offer: dict[str, object] | None = None

    def offer(self, outcome: LoadOutcome) -> bool:
        """Keep loaded progress on offer; False when there is nothing worth offering."""
        if outcome.status is not LoadStatus.LOADED or outcome.state is None:
            return False
        if outcome.state.package is None:
            return False
        self.offered = outcome.state
        self._content_at_offer = clerk_content(self.state)
        return True

    def may_save(self) -> bool:
        """Whether saving now may replace the file.

        While the resume question is open, the file holds more than the screen: only the
        clerk answering it, or changing something, may replace it.
        """
        if self.offered is None:
            return True
        return clerk_content(self.state) != self._content_at_offer

    def save(self) -> bool:
        """Write the non-secret progress when allowed; False when it was not written.

        Nothing is written while progress is on offer and the clerk has neither answered nor
        changed anything, nor over a file the store could not read (the clerk was told).
        Raises OSError or UnicodeError when writing fails.
        """
        if self.store is None or self.store.protected or not self.may_save():
            return False
        self.store.save(self.state)
        return True

    def replace_state(self, source: WizardState) -> None:
        """Show `source` instead, in place; the language on screen stays."""
        for item in fields(WizardState):
            if item.name != "language":
                setattr(self.state, item.name, getattr(source, item.name))

    def take_offer(self) -> WizardState | None:
        """The offered progress, now no longer on offer (the clerk chose to resume)."""
        offered, self.offered = self.offered, None
        return offered

    def clear(self) -> None:
        """Drop any offer and start again with an empty state (same language)."""
        self.offered = None
        self.replace_state(WizardState(language=self.state.language))

    def has_progress(self) -> bool:
        """Whether the clerk has chosen or entered anything an import would replace."""
        return self.state != WizardState(language=self.state.language)
