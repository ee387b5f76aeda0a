"""tests/debian_packages.sh, which the README's first command and tests/run.sh share.

apt-get, dpkg-query, id and sudo are small stand-ins on PATH that log their arguments: the
script's decisions (update first, root or sudo, only what is missing) are what is tested.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "tests" / "debian_packages.sh"
BASH = shutil.which("bash") or "/bin/bash"


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!{BASH}\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path):
    """A PATH with only the stand-ins and the few real tools the script uses."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "log"
    for tool in ("grep", "env"):
        real = shutil.which(tool)
        assert real is not None
        (bin_dir / tool).symlink_to(real)
    _stub(bin_dir, "apt-get", f'echo "apt-get $*" >> {log}')
    # Installed: whatever is listed in $INSTALLED.
    _stub(
        bin_dir,
        "dpkg-query",
        'for p in $INSTALLED; do [ "$p" = "${@: -1}" ] && echo "install ok installed" && exit 0;'
        " done; exit 1",
    )
    _stub(bin_dir, "id", 'echo "$FAKE_UID"')

    def run(*arguments: str, uid: int, sudo: bool, installed: str = "") -> tuple[int, str, str]:
        if sudo:
            _stub(bin_dir, "sudo", f'echo "sudo $*" >> {log}; exec "$@"')
        elif (bin_dir / "sudo").exists():
            (bin_dir / "sudo").unlink()
        log.write_text("", encoding="utf-8")
        result = subprocess.run(
            [BASH, str(SCRIPT), *arguments],
            env={"PATH": str(bin_dir), "FAKE_UID": str(uid), "INSTALLED": installed},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        return result.returncode, log.read_text(encoding="utf-8"), result.stderr

    return run


def test_as_root_without_sudo_it_updates_then_installs(machine) -> None:
    code, log, err = machine("--desktop", uid=0, sudo=False)
    assert code == 0, err
    lines = log.splitlines()
    assert lines[0] == "apt-get update -qq"
    assert lines[1].startswith("apt-get install -y -qq --no-install-recommends ")
    assert "fonts-dejavu-core" in lines[1] and "libxcb-cursor0" in lines[1]
    assert "sudo" not in log


def test_as_a_user_it_uses_sudo(machine) -> None:
    code, log, err = machine("--desktop", uid=1000, sudo=True)
    assert code == 0, err
    assert log.splitlines()[0] == "sudo apt-get update -qq"
    assert "sudo env DEBIAN_FRONTEND=noninteractive apt-get install" in log


def test_as_a_user_without_sudo_it_says_what_to_do(machine) -> None:
    code, log, err = machine("fonts-dejavu-core", uid=1000, sudo=False)
    assert code == 1
    assert "fonts-dejavu-core" in err and "as root" in err
    assert log == ""


def test_only_missing_packages_are_installed(machine) -> None:
    code, log, _err = machine("nsis", "dbus", uid=0, sudo=False, installed="dbus")
    assert code == 0
    assert log.splitlines()[-1].endswith("--no-install-recommends nsis")
    code, log, _err = machine("dbus", uid=0, sudo=False, installed="dbus")
    assert code == 0 and log == ""


def test_the_readme_and_tests_run_sh_both_use_it() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "bash tests/debian_packages.sh --desktop && python3 -m venv .venv" in readme
    assert "sudo apt-get" not in readme
    assert "bash tests/debian_packages.sh" in (REPO / "tests" / "run.sh").read_text("utf-8")
