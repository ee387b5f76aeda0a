"""The look: readable hints, clear errors, a loud warning for one-time tokens.

In high-contrast mode no colour is set at all, so the system's own colours stay in charge;
emphasis then comes from weight and borders in the palette's text colour.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Every rule that sets a background also sets the text colour, so a dark system theme
# never puts light text on these light panels.
_COLOURED = """
QLabel#hintLabel { color: #505050; }
QLabel#errorLabel { color: #b00020; font-weight: bold; }
QLabel#statusLabel { color: #303030; padding: 4px; }
QLabel#noticeLabel { background: #fff4e5; color: #1a1a1a; border: 1px solid #f0a030; padding: 6px; }
QFrame#resumeBanner { background: #e8f1fb; border: 1px solid #7aa7d8; }
QFrame#resumeBanner QLabel { color: #1a1a1a; }
QFrame#warningItem { background: #fdecea; border: 2px solid #d32f2f; border-radius: 4px; }
QFrame#warningItem QLabel { font-weight: bold; color: #8e0000; }
QFrame#optionBox[recommended="true"] { border: 2px solid #2e7d32; border-radius: 4px; }
QCheckBox[checkStatus="active"] { color: #1b5e20; }
QCheckBox[checkStatus="inactive"], QCheckBox[checkStatus="no_data_access"],
QCheckBox[checkStatus="auth_failed"] { color: #b00020; font-weight: bold; }
QLineEdit[invalid="true"] { border: 2px solid #b00020; }
QLabel#stepPanelHeading { font-weight: bold; font-size: 11pt; }
QWidget#stepPanel { background: #f3f5f8; }
QWidget#stepPanel QLabel { color: #1a1a1a; }
QScrollArea#stepList,
QScrollArea#stepList > QWidget#qt_scrollarea_viewport { background: transparent; }
"""

_HIGH_CONTRAST = """
QLineEdit { border: 1px solid palette(text); padding: 2px; }
QLabel#errorLabel { font-weight: bold; }
QLabel#statusLabel { padding: 4px; }
QLabel#noticeLabel { border: 2px solid palette(text); padding: 6px; }
QFrame#resumeBanner { border: 2px solid palette(text); }
QFrame#warningItem { border: 3px solid palette(text); border-radius: 4px; }
QFrame#warningItem QLabel { font-weight: bold; }
QFrame#optionBox[recommended="true"] { border: 3px solid palette(text); }
QCheckBox[checkStatus="inactive"], QCheckBox[checkStatus="no_data_access"],
QCheckBox[checkStatus="auth_failed"] { font-weight: bold; }
QLineEdit[invalid="true"] { border: 3px solid palette(text); }
QLabel#stepPanelHeading { font-weight: bold; font-size: 11pt; }
QScrollArea#stepList,
QScrollArea#stepList > QWidget#qt_scrollarea_viewport { background: transparent; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 14px; height: 14px; border: 2px solid palette(text); background: palette(base);
}
QRadioButton::indicator { border-radius: 9px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: palette(highlight); }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border: 3px solid palette(highlight); }
"""


HIGH_CONTRAST_PROPERTY = "highContrast"


def style_sheet(high_contrast: bool) -> str:
    """The style sheet for the current contrast setting."""
    return _HIGH_CONTRAST if high_contrast else _COLOURED


def apply_style(app: QApplication, high_contrast: bool) -> None:
    """Set the style sheet, and remember the mode for widgets that colour rich text."""
    app.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)
    app.setStyleSheet(style_sheet(high_contrast))


def high_contrast_style() -> bool:
    """True when the running application uses the high-contrast style."""
    app = QApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))
