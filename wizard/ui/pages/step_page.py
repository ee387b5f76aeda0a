"""The base of every page: asks the core flow what comes next and whether Next is allowed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizardPage

from wizard.core.flow import can_leave, next_step
from wizard.core.manual import Manual, Text
from wizard.core.model import Step, WizardState


class StepPage(QWizardPage):
    """A wizard page for one `Step`; subclasses build widgets and write into the state."""

    # Emitted whenever the page changed the state, so the wizard can save and redraw.
    state_changed = Signal()
    # What a page asks of the window, as signals the window connects (MainWizard._add): a
    # message for the notice bar (a Message), a step to go back to (to fix what a check
    # found), and tokens entered that belong in secure storage now.
    notice = Signal(object)
    fix_requested = Signal(object)
    tokens_entered = Signal()

    def __init__(
        self, step: Step, state: WizardState, manual: Manual, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.state = state
        self.manual = manual

    def setTitle(self, title: str) -> None:
        # The same title again would still lay out the wizard's header anew (~1.5 ms).
        if title != self.title():
            super().setTitle(title)

    def setSubTitle(self, subtitle: str) -> None:
        if subtitle != self.subTitle():
            super().setSubTitle(subtitle)

    def text(self, text: Text) -> str:
        """A manual text in the clerk's current language."""
        return text.in_language(self.state.language)

    def retranslate(self) -> None:
        """Set every visible text; called at start and on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return can_leave(self.step, self.state, self.manual)

    def validatePage(self) -> bool:
        # Second guard: QWizard.next() called from code ignores isComplete().
        return can_leave(self.step, self.state, self.manual)

    def nextId(self) -> int:
        following = next_step(self.step, self.state)
        if following is not None:
            return int(following)
        # Before the clerk has chosen, a real page id keeps Qt showing "Next" (disabled)
        # instead of "Finish"; isComplete() keeps it from being used.
        return -1 if self.step is Step.FINISH else int(Step.FINISH)

    def sync_from_state(self) -> None:
        """Show the state again after it was replaced (resume, import); nothing by default."""

    def take_check_proofs(self) -> None:
        """Take in what a finished live check proved; nothing by default."""

    def input_changed(self) -> None:
        """The input may have changed (a running check may now be stale); nothing by default."""

    def notify_changed(self) -> None:
        """Tell the wizard and Qt's buttons that the state moved."""
        self.completeChanged.emit()
        self.state_changed.emit()
