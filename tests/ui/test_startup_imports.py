"""A plain start shows the window before the heavy parts of the program load.

Start-up speed is measured in tests/bench/bench_startup.py; this test only guards what the
measured cuts depend on: the modules that load before the first paint.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.bench.bench_startup import bench_environment
from wizard.core.manual import shipped_manual
from wizard.core.model import Step
from wizard.core.progress_store import ProgressStore
from wizard.ui.main_wizard import MainWizard

ROOT = Path(__file__).resolve().parents[2]

# Runs `wizard` as a double-click does (no arguments) and reports the modules loaded at the
# first paint, beyond those PySide6 itself loads. In bench mode the wizard quits right after.
_PROBE = """
import json, os, sys
from pathlib import Path
import PySide6.QtWidgets
baseline = set(sys.modules)
import wizard.app as app

# Windows' Qt finds the profile folders through the shell, not the environment: point them at
# the test's own folder, so the real profile is never touched.
profile = Path(os.environ["HOME"])
app.progress_folder = lambda: profile / "progress"
app.log_folder = lambda: profile / "logs"
app.wsdl_cache_folder = lambda: profile / "wsdl"

def report():
    print("MODULES " + json.dumps(sorted(set(sys.modules) - baseline)), flush=True)

fit_to_screen = app.fit_to_screen

def watch_and_fit(wizard):
    wizard.showing_first_frame.connect(report)
    fit_to_screen(wizard)

app.fit_to_screen = watch_and_fit
from wizard.cli import main
raise SystemExit(main([]))
"""

# Each of these has its own first use later on: a dialog, a check, an export, a subcommand.
_LOADED_LATER = {
    "argparse",
    "multiprocessing",
    "datetime",
    "html",
    "logging.handlers",
    "jsonschema",
    "httpx",
    "zeep",
    "lxml",
    "keyring",
    "truststore",
    "phonenumbers",
    "email_validator",
    "stdnum",
    "wizard.core.check_result",
    "wizard.core.field_rules",
    "wizard.core.registration_file",
}
_PAGES_AT_START = {"wizard.ui.pages", "wizard.ui.pages.start_page", "wizard.ui.pages.step_page"}


def modules_at_first_paint(tmp_path: Path) -> list[str]:
    env = bench_environment(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return json.loads(line.removeprefix("MODULES "))


def test_the_first_paint_loads_only_what_the_start_page_needs(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)

    assert "wizard.ui.main_wizard" in loaded
    assert "wizard.ui.pages.start_page" in loaded
    too_early = sorted(
        name
        for name in loaded
        if name.split(".")[0] in _LOADED_LATER
        or name in _LOADED_LATER
        or name.startswith("wizard.services")
        or (name.startswith("wizard.ui.pages") and name not in _PAGES_AT_START)
    )
    assert too_early == []


def test_start_up_work_waits_until_the_first_frame_is_drawn(qtbot, tmp_path: Path) -> None:
    wizard = MainWizard(shipped_manual(), ProgressStore(tmp_path))
    qtbot.addWidget(wizard)
    seen: list[str] = []
    wizard.showing_first_frame.connect(
        lambda: seen.append(f"frame, pages built: {Step.SUMMARY in wizard.pages}")
    )
    wizard.first_painted.connect(lambda: seen.append("after the frame"))

    with qtbot.waitSignal(wizard.first_painted, timeout=5000):
        wizard.show()
    qtbot.waitUntil(lambda: Step.SUMMARY in wizard.pages, timeout=5000)

    # The frame comes first, on its own; the rest of the pages are built after it.
    assert seen == ["frame, pages built: False", "after the frame"]
