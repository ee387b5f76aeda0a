"""A checkbox whose text wraps: QCheckBox itself never wraps, and Dutch runs long."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A QCheckBox plus a word-wrapped label that toggles it when clicked."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox()
        self.label = _ClickableLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.toggled = self.box.toggled
        self.setText(text)

    def setText(self, text: str) -> None:
        """Set the label and the accessible name of the box."""
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        """The label text."""
        return self.label.text()

    def isChecked(self) -> bool:
        """Whether the box is ticked."""
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        """Tick or untick the box."""
        self.box.setChecked(checked)

    def blockSignals(self, block: bool) -> bool:
        """Block the box's toggled signal."""
        return self.box.blockSignals(block)
