"""Benchmark: the longest stall of the Qt event loop while the GUI runs a live Nmbrs check.

Not a pytest test. Run it with
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_gui_check_stall
A 2 ms timer ticks during the check; the largest gap between ticks is the longest time the
window could not repaint or react. Target: under 50 ms. The fake answers each call after 200 ms
and runs in its own process, as in bench_nmbrs_check.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.bench.bench_nmbrs_check import _serve
from tests.fakes.fake_nmbrs import NmbrsScenario
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard

LATENCY = 0.2
ROUNDS = 5
TARGET_MS = 50.0


def _one_check(app: QApplication, wizard: MainWizard) -> float:
    page = wizard.pages[Step.NMBRS_CHECK]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    page.start_check()
    while page.runner.busy:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    return max(gaps, default=0.0) * 1000


def main() -> None:
    scenario = NmbrsScenario(latency=LATENCY)
    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(scenario, child), daemon=True)
    server.start()
    base_url = parent.recv()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as cache:
        state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
        state.nmbrs.username, state.nmbrs.token = scenario.username, scenario.token
        state.nmbrs.domain = scenario.domain
        services = LiveCheckConfig(nmbrs_endpoint=base_url, wsdl_cache_dir=Path(cache))
        wizard = MainWizard(shipped_manual(), None, state, check_config=services)
        wizard.show()
        wizard.ensure_pages()  # built after the first paint otherwise; the check page is needed now
        wizard.setStartId(int(Step.NMBRS_CHECK))
        wizard.restart()
        stalls = [_one_check(app, wizard) for _ in range(ROUNDS)]
        wizard.pool.waitForDone(10000)
    parent.send("stop")
    server.join(5)
    print(f"longest event-loop stall per check (ms): {', '.join(f'{s:.1f}' for s in stalls)}")
    worst = max(stalls)
    verdict = "met" if worst < TARGET_MS else "NOT met"
    print(f"worst: {worst:.1f} ms (target < {TARGET_MS:.0f} ms): {verdict}")


if __name__ == "__main__":
    main()
