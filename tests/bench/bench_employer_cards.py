"""Benchmark: 5,000 employers on the employers step, as imported and as resumed.

Not a pytest test. Run it with
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_employer_cards
Times (1) clicking the preview's add button to the cards on screen, for a 5,000-row CSV;
(2) resuming a progress file with 5,000 employers to the employers step on screen;
(3) one key typed in a card with 5,000 employers in the list. Only one page of cards
(CARDS_PER_PAGE) is built: before paging, (1) and (2) built 5,000 cards (~10 s).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from unittest import mock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.core.progress_store import ProgressStore
from wizard.translation import install_translators
from wizard.ui.main_wizard import MainWizard
from wizard.ui.pages.employers_page import EmployerCard
from wizard.ui.screenshot_tour import sample_state

ROWS = 5_000


def _wizard(app: QApplication, folder: Path) -> MainWizard:
    wizard = MainWizard(shipped_manual(), ProgressStore(folder))
    wizard.set_language("nl")
    wizard.show()
    while not wizard.first_frame_done:
        app.processEvents()
    return wizard


def _at_employers(wizard: MainWizard, employers: list[Employer]) -> None:
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, "nl")
    state.ticked = {i for content in wizard.manual.steps.values() for i in content.item_ids()}
    state.employers = employers
    state.current_step = Step.DEBTOR_EMPLOYERS
    wizard.load_state(state)


def _dispose(app: QApplication, wizard: MainWizard) -> None:
    wizard.close()
    # Not paged: the summary's copy panel re-words a row per employer at the next translator.
    wizard.state.employers.clear()
    wizard.deleteLater()
    app.processEvents()


def _cards(wizard: MainWizard) -> int:
    return sum(1 for card in wizard.findChildren(EmployerCard) if card.parent() is not None)


def bench_import(app: QApplication, folder: Path) -> tuple[float, int]:
    wizard = _wizard(app, folder / "import")
    _at_employers(wizard, [])
    page = wizard.currentPage()
    lines = ["naam debiteur;Nmbrs-domein;gebruikersnaam;loonheffingennummer"]
    lines += [f"Debiteur {i} B.V.;debiteur{i};api{i}@example.nl;" for i in range(ROWS)]
    path = folder / "werkgevers.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    with mock.patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "CSV")):
        QTest.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    preview = page.import_preview
    assert preview is not None
    app.processEvents()
    started = time.perf_counter()
    QTest.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    app.processEvents()
    took = time.perf_counter() - started
    assert len(wizard.state.employers) == ROWS
    cards = _cards(wizard)
    _dispose(app, wizard)
    return took, cards


def bench_resume(app: QApplication, folder: Path) -> tuple[float, float, int]:
    saved = folder / "resume"
    first = _wizard(app, saved)
    _at_employers(
        first,
        [
            Employer(f"D {i} B.V.", f"api{i}@example.nl", f"tok-{i}-0123456789", f"d{i}")
            for i in range(ROWS)
        ],
    )
    assert first.save_progress()
    _dispose(app, first)
    wizard = _wizard(app, saved)
    wizard.resuming.offer(ProgressStore(saved).load())
    started = time.perf_counter()
    QTest.mouseClick(wizard.start_page.resume_button, Qt.MouseButton.LeftButton)
    app.processEvents()
    took = time.perf_counter() - started
    assert wizard.current_step() is Step.DEBTOR_EMPLOYERS and len(wizard.state.employers) == ROWS
    cards = _cards(wizard)
    edit = wizard.currentPage().cards[0].editors[0].edit
    edit.setFocus()
    app.processEvents()
    started = time.perf_counter()
    QTest.keyClicks(edit, "x")
    app.processEvents()
    key = time.perf_counter() - started
    _dispose(app, wizard)
    return took, key, cards


def main() -> None:
    app = QApplication.instance() or QApplication([])
    install_translators("nl")
    imports, resumes, keys = [], [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for _round in range(3):
            took, cards = bench_import(app, folder)
            imports.append(took)
            resumed, key, resumed_cards = bench_resume(app, folder)
            resumes.append(resumed)
            keys.append(key)
    print(
        f"{ROWS} imported rows, add clicked to cards shown (s): {_figures(imports)}; cards: {cards}"
    )
    print(
        f"resume with {ROWS} employers to the step shown (s): {_figures(resumes)}; "
        f"cards: {resumed_cards}"
    )
    print(f"one key typed with {ROWS} employers (s): {_figures(keys)}")


def _figures(timings: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in timings)


if __name__ == "__main__":
    main()
