"""One place, on every page, for messages about what the clerk just did (import, diagnostics)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from wizard.core.message import NO_MESSAGE, Message
from wizard.ui.widgets.announcer import announce


class NoticeBar(QWidget):
    """A message with a close button, read out by screen readers when it appears.

    Built before the first paint, so it leaves out the Qt namespace until a message shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("\N{MULTIPLICATION SIGN}")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button)
        self._message = NO_MESSAGE
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message"))
        if self._message:
            # Worded again in the new language, without a second screen-reader alert.
            text = self._message.shown(QCoreApplication.translate)
            self.label.setText(text)
            self.label.setAccessibleName(text)

    def show_message(self, message: Message) -> None:
        """Show `message` (an empty one hides the bar) and raise a screen-reader alert."""
        # Lazy: loading the Qt namespace takes ~15 ms, too long before the first paint.
        from PySide6.QtCore import Qt

        # Messages carry file names and values from files the clerk opened: text, never markup.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._message = message
        text = message.shown(QCoreApplication.translate)
        self.setVisible(bool(text))
        announce(self.label, text)

    def text(self) -> str:
        """The message on show, or '' when the bar is hidden."""
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        """Hide the message."""
        self.show_message(NO_MESSAGE)
