"""Tell screen readers about a result that appears without the clerk moving the focus."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def announce(label: QLabel, text: str) -> None:
    """Show `text` in `label` and raise an accessibility alert so it is read out."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    if text and label.isVisible():
        # Lazy: the accessibility types take ~3 ms to create, too long before the first paint.
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))
