"""Shows where to click in Nmbrs or AFAS: exact screen and menu names, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from wizard.ui.widgets.links import linked_html

SEPARATOR = " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} "


def where_html(where: tuple[str, ...]) -> str:
    """The click path as rich text, each name in bold so it stands out as a fact."""
    # linked_html escapes, and turns an asr.nl address into a link.
    return SEPARATOR.join(f"<b>{linked_html(name)}</b>" for name in where)


class WherePath(QLabel):
    """A small breadcrumb label such as Instellingen › Gebruikers › Template Users."""

    def __init__(self, where: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setOpenExternalLinks(True)
        self.setText(where_html(where))
        self.setObjectName("wherePath")
        self.setAccessibleName(" > ".join(where))
