"""A page body that scrolls, so long Dutch texts and 200% scaling never cut anything off."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_body(page: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Give `page` a frameless scroll area; return (the page's layout, the body's layout)."""
    outer = QVBoxLayout(page)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return outer, QVBoxLayout(body)
