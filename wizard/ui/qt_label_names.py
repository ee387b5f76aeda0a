"""Qt's own empty labels in a QWizard would be read out as blanks: name them or hide them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget, QWizard


def name_or_hide_qt_labels(wizard: QWizard, side: QWidget, pages: Iterable[QWidget]) -> None:
    """Name the label that holds `side` (QWizard's watermark); hide the header's unused logo.

    Labels inside `side` or the `pages` are the program's own and left alone.
    """
    ours = [side, *pages]
    for label in wizard.findChildren(QLabel):
        if label.text() or any(widget.isAncestorOf(label) for widget in ours):
            continue
        if side.parentWidget() is label:
            # In the MainWizard translation context, where it has always been.
            label.setAccessibleName(QCoreApplication.translate("MainWizard", "Side panel"))
        elif label.pixmap().isNull():
            label.hide()
