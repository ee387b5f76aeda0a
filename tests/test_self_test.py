"""`wizard --self-test` from source: every check passes offscreen, and failures are reported.

The frozen build runs the same checks in tests/build_frozen.sh, with a real Secret Service.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from tests.fakes.keyring_fixtures import memory_keyring  # noqa: F401
from wizard import cli, self_test
from wizard.self_test import (
    CHECKS,
    CheckResult,
    SelfTestFailed,
    check_keyring,
    run_check,
    run_checks,
)

ROOT = Path(__file__).resolve().parents[1]


def test_every_check_passes_from_source(qapp, memory_keyring):  # noqa: F811
    results = run_checks()

    assert [r.name for r in results] == [name for name, _ in CHECKS]
    failed = {r.name: r.detail for r in results if not r.ok}
    assert failed == {}
    keyring_line = next(r for r in results if r.name == "keyring")
    assert "MemoryKeyring" in keyring_line.detail
    assert "read works" in keyring_line.detail


def test_each_result_is_one_report_line():
    passed = CheckResult("tls", True, "OpenSSL CA store, 144 CA certificates", 0.02)
    failed = CheckResult("keyring", False, "no keyring backend", 0.1)

    assert passed.line() == "PASS  tls           OpenSSL CA store, 144 CA certificates (0.02 s)"
    assert failed.line().startswith("FAIL  keyring       no keyring backend")
    assert "\n" not in passed.line() + failed.line()


def test_an_exception_in_a_check_is_a_failure_with_its_first_line():
    def broken() -> str:
        raise ValueError("first line\nsecond line")

    result = run_check("broken", broken)

    assert not result.ok
    assert result.detail == "ValueError: first line"


def test_main_prints_a_line_per_check_and_exits_non_zero_on_a_failure(qapp, monkeypatch, capsys):
    def bad() -> str:
        raise SelfTestFailed("the schema is missing")

    monkeypatch.setattr(self_test, "CHECKS", (("good", lambda: "fine"), ("bad", bad)))

    assert self_test.main() == 1

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Salariskoppeling Wizard ")
    assert lines[1].startswith("PASS  good          fine")
    assert lines[2].startswith("FAIL  bad           the schema is missing")
    assert lines[3] == "self-test FAILED: bad"


def test_main_exits_zero_when_every_check_passes(qapp, monkeypatch, capsys):
    monkeypatch.setattr(self_test, "CHECKS", (("good", lambda: "fine"),))

    assert self_test.main() == 0
    assert capsys.readouterr().out.splitlines()[-1] == "self-test passed: 1 checks"


def test_the_fail_backend_fails_where_the_os_has_a_keyring(monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.setattr(sys, "platform", "win32")
        result = run_check("keyring", check_keyring)
    finally:
        keyring.set_keyring(previous)

    assert not result.ok
    assert "no keyring backend (keyring.backends.fail.Keyring)" in result.detail


def test_a_backend_chosen_on_purpose_is_reported_on_every_os(monkeypatch):
    # conftest.py chooses the null backend through PYTHON_KEYRING_BACKEND, as a locked-down
    # machine might; the frozen self-test on Windows runs without it and needs the real one.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setattr(sys, "platform", "win32")
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        result = run_check("keyring", check_keyring)
    finally:
        keyring.set_keyring(previous)

    assert result.ok, result.detail
    assert result.detail == "none: PYTHON_KEYRING_BACKEND chose keyring.backends.null.Keyring"


def test_linux_without_a_session_bus_says_there_is_no_keyring(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = run_check("keyring", check_keyring)
    finally:
        keyring.set_keyring(previous)

    assert result.ok, result.detail
    assert result.detail.startswith("none: no D-Bus session bus")


def test_the_cli_flag_runs_the_self_test_and_returns_its_exit_code(monkeypatch):
    monkeypatch.setattr(self_test, "main", lambda: 3)

    assert cli.main(["--self-test"]) == 3


def test_python_m_wizard_self_test_in_a_fresh_process(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)

    done = subprocess.run(
        [sys.executable, "-m", "wizard", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(CHECKS) + 2
    assert all(line.startswith("PASS  ") for line in lines[1:-1])


def test_the_flag_is_documented_in_the_help(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])

    assert "--self-test" in capsys.readouterr().out
