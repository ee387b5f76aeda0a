"""A plain start shows the window before the heavy parts of the program load.

Start-up speed is measured in tests/bench/bench_startup.py; this test only guards what the
measured cuts depend on: the modules that load before the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs `wizard` as a double-click does (no arguments) and reports the modules loaded at the
# first paint, beyond those PySide6 itself loads.
_PROBE = """
import json, sys
import PySide6.QtWidgets
baseline = set(sys.modules)
import wizard.app as app

def at_first_paint(wizard):
    print("MODULES " + json.dumps(sorted(set(sys.modules) - baseline)), flush=True)

# start_logging is the first slot on first_painted; the wizard quits right after (bench mode).
app.start_logging = at_first_paint
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
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "WIZARD_BENCH_EXIT_AFTER_SHOW": "1",
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
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
