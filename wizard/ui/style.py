"""A light style sheet: readable hints, clear errors, a visible warning for one-time tokens."""

STYLE_SHEET = """
QLabel#hintLabel { color: #505050; }
QLabel#errorLabel { color: #b00020; font-weight: bold; }
QLabel#statusLabel { color: #303030; padding: 4px; }
QLabel#noticeLabel { background: #fff4e5; border: 1px solid #f0a030; padding: 6px; }
QFrame#resumeBanner { background: #e8f1fb; border: 1px solid #7aa7d8; }
QFrame#warningItem { background: #fdecea; border: 2px solid #d32f2f; border-radius: 4px; }
QFrame#warningItem QCheckBox { font-weight: bold; color: #8e0000; }
QFrame#optionBox[recommended="true"] { border: 2px solid #2e7d32; border-radius: 4px; }
QCheckBox[checkStatus="active"] { color: #1b5e20; }
QCheckBox[checkStatus="inactive"], QCheckBox[checkStatus="no_data_access"],
QCheckBox[checkStatus="auth_failed"] { color: #b00020; font-weight: bold; }
QLineEdit[invalid="true"] { border: 2px solid #b00020; }
QLabel#stepPanelHeading { font-weight: bold; font-size: 11pt; }
QWidget#stepPanel { background: #f3f5f8; }
"""
