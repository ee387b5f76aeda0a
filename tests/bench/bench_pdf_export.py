"""Benchmark: the PDF export with huge server-supplied values (connector ids, messages).

Not a pytest test. Run it with
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_pdf_export
The export runs on the GUI thread, so its duration is how long the window cannot react.
Before server values were cut before layout, a 300 KB connector id took 37 s. Target: under
0.5 s for every size, about the time of an ordinary export.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.ui.test_pdf_long_server_text import NOW, afas_state
from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.manual import shipped_manual
from wizard.ui.registration_pdf import write_registration_pdf

SIZES = (10, 300_000, 1_000_000)
TARGET_S = 0.5


def _report(size: int) -> CheckReport:
    name = "BP_" + "x" * size
    return CheckReport(
        package="afas",
        checks=[CheckItem("afas_extra", name, CallStatus.ACTIVE, "m" * size)],
        companies=[name],
        missing_connectors=[name],
        environment=name,
    )


def main() -> int:
    app = QApplication.instance() or QApplication([])
    manual = shipped_manual()
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            report = _report(size)
            started = time.perf_counter()
            write_registration_pdf(
                Path(folder) / "a.pdf", afas_state(), manual, check=report, now=NOW
            )
            took = time.perf_counter() - started
            worst = max(worst, took)
            print(f"connector id of {size:>9,} characters: {took:.3f} s")
    del app
    print(
        f"worst {worst:.3f} s: {'OK' if worst < TARGET_S else 'TOO SLOW'} (target < {TARGET_S} s)"
    )
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
