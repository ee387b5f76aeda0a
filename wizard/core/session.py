"""One clerk's session without Qt: the state, the progress store, the keyring and the offer.

The window shows the session; the session decides what is saved, offered, resumed, replaced
and forgotten. Pages keep a reference to `state`, so it is only ever changed in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from wizard.core.flow import resume_target
from wizard.core.manual import Manual
from wizard.core.message import Message
from wizard.core.model import Step, WizardState
from wizard.core.paths import entered_tokens
from wizard.core.progress_store import LoadOutcome, LoadStatus, ProgressStore, progress_document
from wizard.core.token_keeping import Keeper, TokenKeeping


def clerk_content(state: WizardState) -> dict[str, object]:
    """What the clerk entered or chose; the page on screen and the language do not count."""
    document = progress_document(state, saved_at=0)
    for key in ("saved_at", "language", "current_step"):
        document.pop(key)
    return document


class Session:
    """The state on screen, where it is saved and its tokens kept, and saved progress on offer."""

    def __init__(
        self,
        store: ProgressStore | None,
        state: WizardState | None = None,
        keeper: Callable[[], Keeper] | None = None,
    ) -> None:
        self.store = store
        self.state = state or WizardState()
        # A factory, so the keyring loads on first use, not before the window's first paint.
        self._make_keeper = keeper
        self._keeper: Keeper | None = None
        # Whether the last attempt to put the tokens in the keyring failed (memory only).
        self.token_save_failed = False
        # What the keyring last said about this session's tokens; None when all went well.
        self.keyring_notice: Message | None = None
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
        # A registered path's form page makes its empty form when built, not the clerk.
        forms = {
            name: form for name, form in self.state.forms.items() if form.public or form.secrets
        }
        return replace(self.state, forms=forms) != WizardState(language=self.state.language)

    def forget(self) -> list[Message] | None:
        """Remove the saved progress and the keyring's tokens; say what happened.

        Returns the keyring's notices, or None without a keyring (only the progress went).
        """
        if self.keeper is not None:
            return self.keeper.forget(self.state, self.store)
        if self.store is not None:
            self.store.forget()
        return None

    @property
    def keeper(self) -> Keeper | None:
        """Moves tokens to and from the OS keyring; None when the session keeps no secrets."""
        if self._keeper is None and self._make_keeper is not None:
            self._keeper = self._make_keeper()
        return self._keeper

    def save_tokens(self) -> None:
        """Put the state's tokens in the keyring; a failure leaves them in memory only."""
        if self.keeper is None:
            return
        self.keyring_notice = self.keeper.save(self.state)
        self.token_save_failed = self.keyring_notice is not None

    def keep_imported_tokens(self, imported: WizardState) -> None:
        """Put an imported file's tokens in the keyring; fetch those it left out from there."""
        if self.keeper is None:
            return
        saved = self.keeper.save(imported)
        self.token_save_failed = saved is not None
        self.keyring_notice = saved or self.keeper.restore(imported)

    def token_keeping(self) -> TokenKeeping:
        """Whether this session's tokens are in the keyring, in memory only, or absent."""
        if not entered_tokens(self.state):
            return TokenKeeping.NONE
        if self.keeper is None or self.token_save_failed:
            return TokenKeeping.MEMORY_ONLY
        return TokenKeeping.STORED

    def resume(self, manual: Manual) -> Step | None:
        """Show the offered progress, its tokens fetched from the keyring.

        Returns the step to go to: the saved one, or the first unfinished step before it;
        None when nothing is on offer.
        """
        offered = self.offered
        if offered is None:
            return None
        if self.keeper is not None:
            self.keyring_notice = self.keeper.restore(offered)
        target = resume_target(offered, manual)
        self.replace_state(offered)
        self.take_offer()
        return target
