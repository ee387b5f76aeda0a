"""Resume: progress is saved atomically without secrets; a damaged file never crashes."""

from __future__ import annotations

import json
import os

import pytest

from wizard.core.model import AccountType, Employer, Package, Step, WizardState
from wizard.core.progress_store import LoadStatus, ProgressStore

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
    assert outcome.message and "{name}" in outcome.message
    assert not store.path.exists()
    kept = dict(outcome.arguments)["name"]
    assert (tmp_path / kept).read_bytes() == content


def test_file_from_a_newer_version_is_set_aside(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    outcome = store.load()
    assert outcome.status is LoadStatus.SET_ASIDE
    assert "newer version" in (outcome.message or "")


def test_failed_save_leaves_the_previous_file(tmp_path) -> None:
    store = ProgressStore(tmp_path)
    store.save(_state())
    before = store.path.read_bytes()
    target = tmp_path / "not-a-folder"
    target.write_text("a file where a folder should be")
    with pytest.raises(OSError):
        ProgressStore(target).save(_state())
    assert store.path.read_bytes() == before


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
        names.append(dict(store.load().arguments)["name"])
    assert len(set(names)) == 2
    assert {(tmp_path / name).read_bytes() for name in names} == {b"{first", b"{second"}
