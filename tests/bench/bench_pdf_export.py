"""Benchmark: the PDF export with huge server-supplied values (connector ids, messages).

Not a pytest test. Run it with
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_pdf_export
The export runs on the GUI thread, so its duration is how long the window cannot react.
Before server values were cut before layout, a 300 KB connector id took 37 s, and 5,000
connectors 23 s. Target: under 0.5 s for one huge value; the 5,000-row case shows 300 rows
and takes about a second (Qt's table layout), so its target is 2 s.
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
from wizard.core.model import Package
from wizard.ui.registration_pdf import write_registration_pdf

SIZES = (10, 300_000, 1_000_000)
TARGET_S = 0.5
TARGET_MANY_S = 2.0


def _report(size: int) -> CheckReport:
    name = "BP_" + "x" * size
    return CheckReport(
        package=Package.AFAS,
        checks=[CheckItem("afas_extra", name, CallStatus.ACTIVE, "m" * size)],
        companies=[name],
        missing_connectors=[name],
        environment=name,
    )


def _many_report(count: int) -> CheckReport:
    return CheckReport(
        package=Package.AFAS,
        checks=[CheckItem("afas_extra", f"C{i}", CallStatus.ACTIVE, "ok") for i in range(count)],
        companies=[f"Bedrijf {i}" for i in range(count)],
    )


def _export_seconds(folder: str, report: CheckReport) -> float:
    started = time.perf_counter()
    write_registration_pdf(
        Path(folder) / "a.pdf", afas_state(), shipped_manual(), check=report, now=NOW
    )
    return time.perf_counter() - started


def main() -> int:
    app = QApplication.instance() or QApplication([])
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            took = _export_seconds(folder, _report(size))
            ok &= took < TARGET_S
            print(f"connector id of {size:>9,} characters: {took:.3f} s (target < {TARGET_S} s)")
        took = _export_seconds(folder, _many_report(5_000))
        ok &= took < TARGET_MANY_S
        print(f"5,000 connectors and companies: {took:.3f} s (target < {TARGET_MANY_S} s)")
    del app
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
