"""Benchmark: a 5,000-row employer CSV from the file to the preview on screen.

Not a pytest test. Run it with
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_employer_import
Reads the file (bounded), judges every row (field rules, duplicates) and shows the preview
dialog. Target: at most 1 s.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from wizard.core.employer_table_import import parse_employer_table, read_employer_file
from wizard.core.model import Employer
from wizard.ui.widgets.employer_import_preview import EmployerImportPreview

ROWS = 5_000
TARGET_SECONDS = 1.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    lines = ["naam debiteur;Nmbrs-domein;gebruikersnaam;loonheffingennummer"]
    lines += [f"Debiteur {i} B.V.;debiteur{i};api{i}@example.nl;123456782L01" for i in range(ROWS)]
    existing = [Employer("Al aanwezig", "api7@example.nl", "", "x")]
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "werkgevers.csv"
        path.write_bytes("\r\n".join(lines).encode("cp1252"))
        for _round in range(3):
            started = time.perf_counter()
            table = parse_employer_table(read_employer_file(path), existing)
            preview = EmployerImportPreview(table, path.name)
            preview.show()
            app.processEvents()
            timings.append(time.perf_counter() - started)
            preview.close()
    print(f"{ROWS} rows to the preview (s): {', '.join(f'{t:.2f}' for t in timings)}")
    worst = max(timings)
    verdict = "met" if worst <= TARGET_SECONDS else "NOT met"
    print(f"worst: {worst:.2f} s (target <= {TARGET_SECONDS:.0f} s): {verdict}")


if __name__ == "__main__":
    main()
