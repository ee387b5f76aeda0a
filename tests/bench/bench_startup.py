"""Benchmark: startup to the first page shown, onedir size and peak memory, against a minimal app.

Not a pytest test (timings on shared CI machines are too noisy to assert). Run it with

    .venv/bin/python -m tests.bench.bench_startup [--runs 21] [--rebuild] [--enforce]

It builds what is missing: the wizard with build.spec (dist/salariskoppeling-wizard, as
tests/build_frozen.sh does) and the minimal PySide6 wizard window with
tests/bench/minimal_window.spec (build/bench/dist/minimal-window), frozen the same way.

Each program runs offscreen with WIZARD_BENCH_EXIT_AFTER_SHOW=1: it prints a marker once the
first page is shown, then quits. Startup is the time from starting the process to that marker
(median of --runs, after one warm-up run, so every run reads from a warm file cache). The four
programs take turns, round after round, so a busy spell on a shared machine slows all of them
alike; the ratio is the median of each round's wizard/minimal pair. Source runs may write their
bytecode caches (PYTHONDONTWRITEBYTECODE is dropped), as an installed program has them. Peak
memory is the process's maximum resident set size (Linux, from wait4). Size is the onedir folder's
file sizes (symlinks not counted). Target: the frozen wizard starts within 1.35 times the frozen
minimal window (issue 10); --enforce turns a miss into exit code 1.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
WIZARD_DIST = ROOT / "dist" / "salariskoppeling-wizard"
MINIMAL_DIST = ROOT / "build" / "bench" / "dist" / "minimal-window"
MARKER = "wizard: first page shown"
TARGET_RATIO = 1.35
RUN_TIMEOUT = 60.0


@dataclass(frozen=True)
class Run:
    """One start of a program: seconds to the marker and peak resident memory in MiB."""

    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Figures:
    """The median startup and memory of several runs of one program."""

    label: str
    startup: float
    peak_mib: float

    def line(self) -> str:
        """One report line."""
        return f"{self.label:<28} startup {self.startup:6.3f} s   peak {self.peak_mib:6.1f} MiB"


def bench_environment(home: Path) -> dict[str, str]:
    """Offscreen, quitting at the first paint, with a fresh profile in `home`."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "WIZARD_BENCH_EXIT_AFTER_SHOW": "1",
            # A fresh profile: no saved progress, and the developer's keyring is never reached.
            # (Linux only: Qt on Windows asks the shell for the profile folders.)
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: list[str], env: dict[str, str]) -> Run:
    """Start `command`, wait for the marker and the exit, and measure both."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    shown: float | None = None
    buffered = b""
    deadline = started + RUN_TIMEOUT
    while shown is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.perf_counter())
        if not ready:
            break
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            break
        buffered += chunk
        if MARKER.encode() in buffered:
            shown = time.perf_counter()
    if shown is None:
        process.kill()
        process.wait()
        raise SystemExit(f"{command[0]}: no {MARKER!r} within {RUN_TIMEOUT} s")
    # wait4 gives this child's own rusage; ru_maxrss is in KiB on Linux.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return Run(shown - started, usage.ru_maxrss / 1024)


def measure(programs: dict[str, list[str]], runs: int) -> dict[str, list[Run]]:
    """`runs` starts of every program, taking turns, after one warm-up start of each."""
    with tempfile.TemporaryDirectory(prefix="wizard-bench-") as folder:
        env = bench_environment(Path(folder))
        for command in programs.values():
            run_once(command, env)
        results: dict[str, list[Run]] = {label: [] for label in programs}
        for _ in range(runs):
            for label, command in programs.items():
                results[label].append(run_once(command, env))
    return results


def figures(label: str, runs: list[Run]) -> Figures:
    """The medians of one program's runs."""
    return Figures(
        label,
        statistics.median(r.seconds for r in runs),
        statistics.median(r.peak_mib for r in runs),
    )


def paired_ratio(program: list[Run], yardstick: list[Run]) -> float:
    """The median over rounds of program/yardstick: robust against a machine's busy spells."""
    return statistics.median(a.seconds / b.seconds for a, b in zip(program, yardstick, strict=True))


def folder_size(folder: Path) -> int:
    """Bytes of the regular files below `folder`; symlinks (Linux Qt libraries) count once."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def pyinstaller(spec: Path, *extra: str) -> None:
    """Run PyInstaller from this venv on `spec`."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    subprocess.run([*command, *extra, str(spec)], check=True, cwd=ROOT)


def ensure_builds(rebuild: bool) -> None:
    """Build the wizard and the minimal window when missing (or always, with --rebuild)."""
    if rebuild or not WIZARD_DIST.is_dir():
        pyinstaller(ROOT / "build.spec", "--clean")
    if rebuild or not MINIMAL_DIST.is_dir():
        bench_build = ROOT / "build" / "bench"
        shutil.rmtree(bench_build, ignore_errors=True)
        pyinstaller(
            BENCH / "minimal_window.spec",
            "--distpath",
            str(bench_build / "dist"),
            "--workpath",
            str(bench_build / "work"),
        )


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figures; see the module docstring."""
    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark measures on Linux (select on pipes, wait4)")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="measured starts per program")
    parser.add_argument("--rebuild", action="store_true", help="rebuild both frozen programs")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    ensure_builds(args.rebuild)

    python = sys.executable
    runs = measure(
        {
            "wizard, frozen": [str(WIZARD_DIST / WIZARD_DIST.name)],
            "minimal window, frozen": [str(MINIMAL_DIST / MINIMAL_DIST.name)],
            "wizard, from source": [python, "-m", "wizard"],
            "minimal window, from source": [python, str(BENCH / "minimal_window.py")],
        },
        args.runs,
    )
    for label, program_runs in runs.items():
        print(figures(label, program_runs).line())
    frozen_wizard = figures("wizard, frozen", runs["wizard, frozen"])

    ratio = paired_ratio(runs["wizard, frozen"], runs["minimal window, frozen"])
    source_ratio = paired_ratio(runs["wizard, from source"], runs["minimal window, from source"])
    wizard_size = folder_size(WIZARD_DIST)
    minimal_size = folder_size(MINIMAL_DIST)
    mib = 1024 * 1024
    print(f"startup ratio, frozen:      {ratio:.2f} x the minimal window (target {TARGET_RATIO})")
    print(f"startup ratio, from source: {source_ratio:.2f} x the minimal window")
    print(
        f"onedir size: wizard {wizard_size / mib:.1f} MiB, minimal window "
        f"{minimal_size / mib:.1f} MiB ({wizard_size / minimal_size:.2f} x)"
    )
    print(f"peak memory at the first page, frozen wizard: {frozen_wizard.peak_mib:.1f} MiB")
    met = ratio <= TARGET_RATIO
    print("target met" if met else "TARGET MISSED: the frozen wizard starts too slowly")
    return 0 if met or not args.enforce else 1


if __name__ == "__main__":
    raise SystemExit(main())
