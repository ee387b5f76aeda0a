"""In high contrast the wizard sets no colours of its own."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from wizard.ui.contrast import apply_initial_contrast, qt_high_contrast, watch_contrast
from wizard.ui.style import apply_style, high_contrast_style

COLOUR = re.compile(r"#[0-9a-fA-F]{3,6}\b|color:\s*#")


def test_high_contrast_style_has_no_colours_and_the_panel_follows(qtbot, make_wizard) -> None:
    app = QApplication.instance()
    wizard = make_wizard()
    try:
        apply_style(app, True)
        assert high_contrast_style()
        assert not COLOUR.search(app.styleSheet())
        wizard.step_panel.refresh(wizard.current_step())
        assert "color:" not in wizard.step_panel.list_label.text()
    finally:
        apply_style(app, False)
    assert COLOUR.search(app.styleSheet())
    wizard.step_panel.refresh(wizard.current_step())


def test_watching_the_system_setting_matches_qt(qtbot) -> None:
    app = QApplication.instance()
    apply_initial_contrast(app)
    watch_contrast(app)
    assert high_contrast_style() == qt_high_contrast(app)
