"""Shows where to click in Nmbrs or AFAS: exact screen and menu names, in order."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from wizard.ui.widgets.links import linked_html

SEPARATOR = " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} "


def where_html(where: tuple[str, ...], choice: tuple[str, ...] = (), or_word: str = "or") -> str:
    """The click path as rich text, each name in bold so it stands out as a fact.

    `choice` names screens to pick one of at the end: shown as "A, B or C", not as clicks.
    """
    # linked_html escapes, and turns an asr.nl address into a link.
    steps = [f"<b>{linked_html(name)}</b>" for name in where]
    if choice:
        names = [f"<b>{linked_html(name)}</b>" for name in choice]
        steps.append(_alternatives(names, html.escape(or_word)))
    return SEPARATOR.join(steps)


def _alternatives(names: list[str], or_word: str) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {or_word} {names[-1]}"


class WherePath(QLabel):
    """A small breadcrumb label such as Instellingen › Gebruikers › Template Users."""

    def __init__(
        self, where: tuple[str, ...], choice: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.where = where
        self.choice = choice
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setOpenExternalLinks(True)
        self.setObjectName("wherePath")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the texts in the current language (only the word between alternatives)."""
        or_word = self.tr("or")
        self.setText(where_html(self.where, self.choice, or_word))
        steps = list(self.where)
        if self.choice:
            steps.append(_alternatives(list(self.choice), or_word))
        self.setAccessibleName(" > ".join(steps))
