"""The yardstick for the wizard's startup: the smallest PySide6 program that shows a wizard page.

Frozen by tests/bench/minimal_window.spec the same way build.spec freezes the wizard. With
WIZARD_BENCH_EXIT_AFTER_SHOW=1 it prints the same marker as wizard.app.run_gui, then quits.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

BENCH_EXIT_AFTER_SHOW = "WIZARD_BENCH_EXIT_AFTER_SHOW"
BENCH_MARKER = "wizard: first page shown"


class _FirstPaint(QObject):
    """Prints the marker at the window's first paint, as the wizard does, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(BENCH_MARKER, flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    """Show one wizard page; quit at once when benchmarking."""
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Minimal")
    QVBoxLayout(page).addWidget(QLabel("A minimal PySide6 window."))
    wizard.addPage(page)
    if os.environ.get(BENCH_EXIT_AFTER_SHOW) == "1":
        first_paint = _FirstPaint(app)
        wizard.installEventFilter(first_paint)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
