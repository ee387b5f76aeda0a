"""Actions that are always at hand in the side panel: import, forget, diagnostics."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

IMPORT_TEXT = QT_TRANSLATE_NOOP("SideActions", "&Import an earlier registration…")
FORGET_TEXT = QT_TRANSLATE_NOOP("SideActions", "Fo&rget saved data…")
DIAGNOSTICS_TEXT = QT_TRANSLATE_NOOP("SideActions", "&Diagnostics…")
# Their Alt+letters are on every page; field labels avoid them (see mnemonics.py).
SIDE_ACTION_TEXTS = (IMPORT_TEXT, FORGET_TEXT, DIAGNOSTICS_TEXT)


class SideActions(QWidget):
    """Three buttons under the step list; the wizard connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton()
        self.forget_button = QPushButton()
        self.diagnostics_button = QPushButton()
        for button in (self.import_button, self.forget_button, self.diagnostics_button):
            # Never the default button: Enter must keep meaning "Next".
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.import_button.setText(QCoreApplication.translate("SideActions", IMPORT_TEXT))
        self.import_button.setToolTip(
            self.tr("Continue from a registration file you saved before, e.g. to add employers.")
        )
        self.forget_button.setText(QCoreApplication.translate("SideActions", FORGET_TEXT))
        self.forget_button.setToolTip(
            self.tr("Remove the saved progress and the tokens this wizard stored on this computer.")
        )
        self.diagnostics_button.setText(QCoreApplication.translate("SideActions", DIAGNOSTICS_TEXT))
        self.diagnostics_button.setToolTip(
            self.tr("Export a diagnostics file for the support desk (no tokens or employee data).")
        )
