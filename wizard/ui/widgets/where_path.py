"""Shows where to click in Nmbrs or AFAS: exact screen and menu names, in order."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

SEPARATOR = " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} "


def where_html(where: tuple[str, ...]) -> str:
    """The click path as rich text, each name in bold so it stands out as a fact."""
    return SEPARATOR.join(f"<b>{html.escape(name)}</b>" for name in where)


class WherePath(QLabel):
    """A small breadcrumb label such as Instellingen › Gebruikers › Template Users."""

    def __init__(self, where: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(where_html(where))
        self.setObjectName("wherePath")
        self.setAccessibleName(" > ".join(where))
