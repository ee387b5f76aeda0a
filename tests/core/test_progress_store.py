"""Resume: progress is saved atomically without secrets; a damaged file never crashes."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core import atomic_file, bounded_file
from wizard.core.model import AccountType, Employer, Package, Step, WizardState
from wizard.core.progress_store import (
    MAX_PROGRESS_BYTES,
    MSG_LEFT_AS_IS,
    MSG_NOT_A_FILE,
    MSG_UNREADABLE,
    PROGRESS_FILE_NAME,
    LoadStatus,
    ProgressFileProtectedError,
    ProgressStore,
)

REPO = Path(__file__).resolve().parents[2]

SENTINEL = "SENTINEL-TOKEN-7f3a9c"


def _state() -> WizardState:
    state = WizardState(
        package=Package.NMBRS,
        account_type=AccountType.PER_DEBTOR,
        current_step=Step.DEBTOR_RIGHTS,
        ticked={"debtor_master_login.active"},
        language="en",
    )
    state.nmbrs.company_name = "Voorbeeld B.V."
    state.nmbrs.token = SENTINEL
    state.employers.append(Employer("Bakkerij", "b@example.nl", SENTINEL, "oamkb"))
    state.afas.data_token = SENTINEL
    state.afas.employer_codes = ["01", "02"]
    state.sandbox = True
    state.connector_zip = "C:/Users/clerk/Downloads/benefits-plaza.zip"
    state.proxy_url = f"http://clerk:{SENTINEL}@proxy.example.nl:8080"
    return state


def test_round_trip_keeps_everything_but_secrets(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.save(_state())
    assert SENTINEL not in store.path.read_text(encoding="utf-8")
    outcome = store.load()
    assert outcome.status is LoadStatus.LOADED
    loaded = outcome.state
    assert loaded is not None
    assert loaded.package is Package.NMBRS
    assert loaded.account_type is AccountType.PER_DEBTOR
    assert loaded.current_step is Step.DEBTOR_RIGHTS
    assert loaded.ticked == {"debtor_master_login.active"}
    assert loaded.nmbrs.company_name == "Voorbeeld B.V."
    assert loaded.nmbrs.token == ""
    assert loaded.employers[0].username == "b@example.nl"
    assert loaded.employers[0].token == ""
    assert loaded.afas.employer_codes == ["01", "02"]
    assert loaded.language == "en"
    assert loaded.sandbox is True
    assert loaded.connector_zip.endswith("benefits-plaza.zip")
    assert loaded.proxy_url == ""


def test_secrets_are_not_in_the_repr() -> None:
    assert SENTINEL not in repr(_state())


def test_no_file_means_nothing_to_resume(tmp_path) -> None:
    assert ProgressStore(tmp_path).load().status is LoadStatus.NONE


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\x00\xff\xfe binary junk",
        b"[]",
        b'{"version": 1, "package": "sap"}',
        b'{"version": 1, "ticked": "all"}',
        b'{"version": 1, "current_step": "NOWHERE"}',
        b'{"version": 1, "nmbrs": {"email": 42}}',
        b'{"version": "1"}',
        b"[" * 100000,
    ],
)
def test_damaged_file_is_set_aside_with_a_message(tmp_path, content: bytes) -> None:
    store = ProgressStore(tmp_path)
    store.path.write_bytes(content)
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert outcome.notice and "{name}" in outcome.notice.source
    assert not store.path.exists()
    kept = dict(outcome.notice.arguments)["name"]
    assert (tmp_path / kept).read_bytes() == content


def test_file_from_a_newer_version_is_set_aside(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert outcome.notice and "newer version" in outcome.notice.source


@pytest.mark.parametrize("fault", ["disk-full", "rename-refused"])
def test_failed_save_leaves_the_previous_file(
    tmp_path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """The same store saves again and the disk fails below write_atomic: the old file stays."""
    store = ProgressStore(tmp_path)
    store.save(_state())
    before = store.path.read_bytes()

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC if fault == "disk-full" else errno.EACCES, "fault")

    monkeypatch.setattr(atomic_file.os, "fsync" if fault == "disk-full" else "replace", fail)
    changed = _state()
    changed.nmbrs.company_name = "Andere naam B.V."
    with pytest.raises(OSError):
        store.save(changed)
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [PROGRESS_FILE_NAME]


def test_a_valid_file_over_the_size_limit_is_set_aside(tmp_path) -> None:
    """Well-formed progress, but larger than anything we write: set aside, never loaded."""
    store = ProgressStore(tmp_path)
    big = _state()
    big.nmbrs.company_name = "x" * MAX_PROGRESS_BYTES
    store.save(big)
    assert store.path.stat().st_size > MAX_PROGRESS_BYTES
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    # Just under the limit still loads.
    big.nmbrs.company_name = "x" * (MAX_PROGRESS_BYTES - 4096)
    store.save(big)
    assert store.load().status is LoadStatus.LOADED


@pytest.mark.parametrize("text", ["\\ud800", "\\udfff", "a\\udc80b"])
def test_text_that_cannot_be_encoded_is_set_aside(tmp_path, text: str) -> None:
    """A lone surrogate escape reads as Python text but can never be saved again."""
    store = ProgressStore(tmp_path)
    store.save(_state())
    document = store.path.read_text(encoding="utf-8")
    damaged = document.replace('"Voorbeeld B.V."', f'"{text}"').encode()
    assert damaged != document.encode()
    store.path.write_bytes(damaged)
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert outcome.notice
    assert (tmp_path / dict(outcome.notice.arguments)["name"]).read_bytes() == damaged
    store.save(WizardState(package=Package.AFAS))
    assert store.load().state.package is Package.AFAS


def _special_file(kind: str, path: Path) -> None:
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(path.with_name("gone.json"))


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/zero and symlinks")
@pytest.mark.parametrize("kind", ["folder", "fifo", "dev-zero", "dangling-link"])
def test_a_special_file_is_set_aside_not_read(tmp_path, kind: str) -> None:
    """Read in a child process with a time limit: a FIFO used to block the read forever."""
    store = ProgressStore(tmp_path)
    _special_file(kind, store.path)
    script = (
        "import sys; from pathlib import Path; from wizard.core.progress_store import "
        "ProgressStore; o = ProgressStore(Path(sys.argv[1])).load(); "
        "print(o.status.value, o.notice.source, dict(o.notice.arguments)['name'], sep='|')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    status, message, kept = done.stdout.strip().split("|")
    assert status == LoadStatus.SET_ASIDE.value
    expected = MSG_UNREADABLE if kind == "dangling-link" else MSG_NOT_A_FILE
    assert message == expected
    assert kept.startswith("voortgang-onleesbaar-")
    assert not store.path.exists() and not store.path.is_symlink()
    assert (tmp_path / kept).is_symlink() or (tmp_path / kept).exists()


def test_a_file_without_read_permission_is_set_aside(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Injected below the store, so it runs as root too (root reads any file)."""
    store = ProgressStore(tmp_path)
    store.save(_state())
    before = store.path.read_bytes()
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).name == PROGRESS_FILE_NAME:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bounded_file.os, "open", refuse)
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert outcome.notice and outcome.notice.source == MSG_UNREADABLE
    arguments = dict(outcome.notice.arguments)
    assert arguments["reason"] == os.strerror(errno.EACCES)
    assert (tmp_path / arguments["name"]).read_bytes() == before


def test_an_unreadable_file_that_cannot_be_set_aside_is_never_overwritten(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProgressStore(tmp_path)
    store.path.write_bytes(b"{damaged but maybe precious")

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EACCES, "refused")

    monkeypatch.setattr(os, "replace", refuse)
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert outcome.notice and outcome.notice.source == MSG_LEFT_AS_IS
    assert dict(outcome.notice.arguments)["name"] == PROGRESS_FILE_NAME
    monkeypatch.undo()
    with pytest.raises(ProgressFileProtectedError):
        store.save(_state())
    assert store.path.read_bytes() == b"{damaged but maybe precious"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folders_the_store_creates_are_owner_only(tmp_path) -> None:
    folder = tmp_path / "share" / "a.s.r. salariskoppeling" / "salariskoppeling-wizard"
    (tmp_path / "share").mkdir(mode=0o755)
    ProgressStore(folder).save(_state())
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder.parent.stat().st_mode & 0o777 == 0o700
    # A folder that was there already is not ours to change.
    assert (tmp_path / "share").stat().st_mode & 0o777 == 0o755


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_progress_file_is_owner_only(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.save(_state())
    assert store.path.stat().st_mode & 0o777 == 0o600


def test_no_temporary_files_are_left_behind(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    for _ in range(3):
        store.save(_state())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voortgang.json"]


def test_leftover_temporary_files_are_removed_on_load(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.save(_state())
    leftover = tmp_path / ".voortgang.json.abc123.tmp"
    leftover.write_text("half a save")
    assert store.load().status is LoadStatus.LOADED
    assert not leftover.exists()


def test_two_set_asides_in_one_second_keep_both_files(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    names = []
    for content in (b"{first", b"{second"):
        store.path.write_bytes(content)
        notice = store.load().notice
        assert notice is not None
        names.append(dict(notice.arguments)["name"])
    assert len(set(names)) == 2
    assert {(tmp_path / name).read_bytes() for name in names} == {b"{first", b"{second"}
