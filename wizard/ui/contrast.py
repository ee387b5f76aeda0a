"""Follow the system's high-contrast setting without slowing the first paint.

Asking Qt costs ~14 ms at start-up (its first Qt enum), so before the first paint only
Windows is asked directly; Qt is asked, and watched, right after the first paint.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from wizard.ui.style import apply_style, high_contrast_style

_SPI_GETHIGHCONTRAST = 0x0042
_HCF_HIGHCONTRASTON = 0x00000001


def windows_high_contrast() -> bool:
    """True when a Windows high-contrast theme is on; False elsewhere or when unknown."""
    if sys.platform != "win32":
        return False
    # Lazy: Windows only.
    import ctypes

    class HighContrast(ctypes.Structure):
        _fields_ = (
            ("cbSize", ctypes.c_uint),
            ("dwFlags", ctypes.c_uint32),
            ("lpszDefaultScheme", ctypes.c_wchar_p),
        )

    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    if not user32.SystemParametersInfoW(_SPI_GETHIGHCONTRAST, info.cbSize, ctypes.byref(info), 0):
        return False
    return bool(info.dwFlags & _HCF_HIGHCONTRASTON)


def qt_high_contrast(app: QApplication) -> bool:
    """What Qt (6.10 and later) knows of the contrast preference, on every platform."""
    hints = app.styleHints()
    if not hasattr(hints, "accessibility"):
        return windows_high_contrast()
    return hints.accessibility().contrastPreference().name == "HighContrast"


def apply_initial_contrast(app: QApplication) -> None:
    """The style before the first paint."""
    apply_style(app, windows_high_contrast())


def watch_contrast(app: QApplication) -> None:
    """After the first paint: correct the style if needed, and follow later changes."""
    if qt_high_contrast(app) != high_contrast_style():
        apply_style(app, qt_high_contrast(app))
    hints = app.styleHints()
    if hasattr(hints, "accessibility"):
        hints.accessibility().contrastPreferenceChanged.connect(
            lambda _value: apply_style(app, qt_high_contrast(app))
        )
