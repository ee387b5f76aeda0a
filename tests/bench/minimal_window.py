"""The yardstick for the wizard's startup: the smallest PySide6 program that shows a wizard page.

Frozen by tests/bench/minimal_window.spec the same way build.spec freezes the wizard. With
WIZARD_BENCH_EXIT_AFTER_SHOW=1 it prints the same marker as wizard.app.run_gui, then quits.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

BENCH_EXIT_AFTER_SHOW = "WIZARD_BENCH_EXIT_AFTER_SHOW"
BENCH_MARKER = "wizard: first page shown"


def main() -> int:
    """Show one wizard page; quit at once when benchmarking."""
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Minimal")
    QVBoxLayout(page).addWidget(QLabel("A minimal PySide6 window."))
    wizard.addPage(page)
    wizard.show()
    if os.environ.get(BENCH_EXIT_AFTER_SHOW) == "1":
        QTimer.singleShot(0, lambda: (print(BENCH_MARKER, flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
