"""Guards against a Qt binding that corrupts the interpreter in long sessions."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel


def test_setting_label_text_does_not_leak_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 drops a reference to None on every QLabel.setText(); after a few
    # thousand calls the interpreter aborts. pyproject.toml excludes that release.
    label = QLabel()
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for index in range(200):
        label.setText(str(index))
    gc.collect()
    assert sys.getrefcount(None) >= before - 5
