"""Faults the wizard survives: one test per fault of the README's table, in the same order.

| Fault                                      | Test                                          |
|--------------------------------------------|-----------------------------------------------|
| Killed in the middle of saving progress    | test_killed_while_saving_progress_keeps_the_  |
|                                            |   previous_file                               |
| Disk full, or a read-only folder, on save  | test_disk_full_or_read_only_on_save_progress  |
| ... and on export                          | test_disk_full_or_read_only_on_export         |
| A keyring locked or removed mid-run        | test_keyring_locked_or_removed_mid_run        |
| The network dropping mid-check             | test_network_dropping_mid_check               |
| The server stalling past the timeout       | test_server_stalling_past_the_timeout         |
| A 50 MB response                           | test_a_50_mb_response_is_cut_off              |
| An XML bomb                                | test_xml_bomb                                 |
| A progress file from a newer version       | test_progress_file_from_a_newer_version       |
| A progress file edited by hand into        | test_progress_file_edited_into_nonsense       |
|   nonsense                                 |   (and ..._any_json, a Hypothesis property)   |
| Two instances started at once              | test_two_instances_started_at_once,           |
|                                            | test_two_instances_the_second_says_so,        |
|                                            | test_two_instances_a_crashed_ones_lock_is_    |
|                                            |   taken_over                                  |
| Started on saved progress, then closed,    | test_started_and_left_alone_keeps_the_saved_  |
|   killed or crashed before answering       |   progress, test_closing_before_answering_... |
| A special file where a file should be      | test_special_file_given_to_validate, ..._as_  |
|   (FIFO, /dev/zero, folder)                |   connector_zip, ..._as_the_progress_file,    |
|                                            |   ..._in_the_wsdl_cache                       |

Narrower tests of the same faults live next to the code they test; each docstring names them.
Here every fault is driven through the real wizard (offscreen) or the real check functions, and
each test asserts what the clerk sees and that nothing typed is lost.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.check_messages import english
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN, FakeAfas, FakeAfasScenario
from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode, NmbrsScenario
from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui import conftest as ui_conftest
from tests.ui.wizard_driver import at, click_back, click_box, click_next, page_of, type_into
from wizard import app as app_module
from wizard.core import atomic_file
from wizard.core.flow import path_steps, resume_target
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.progress_store import PROGRESS_FILE_NAME, LoadStatus, ProgressStore
from wizard.core.registration_examples import example_state
from wizard.services.afas.check import check_afas
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.network_settings import DEFAULT_MAX_RESPONSE_BYTES, NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.services.nmbrs.wsdl_cache import WsdlCache
from wizard.services.secret_store import SecretStore
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard
from wizard.ui.single_instance import LOCK_FILE_NAME, acquire

# The real wizard fixture of tests/ui, reused here; assigning it makes pytest find it.
make_wizard = ui_conftest.make_wizard

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
COULD_NOT_RUN = "De controle kon niet worden uitgevoerd"
TOKEN = DEFAULT_DATA_TOKEN
OTHER_TOKEN = "FEDCBA9876543210" * 4


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name not in keep)


def _open_step(wizard: MainWizard, state: WizardState, step: Step) -> None:
    """Show `state` on `step` directly, as if the clerk had walked there."""
    wizard.load_state(state)
    wizard.setStartId(int(step))
    wizard.restart()
    assert wizard.current_step() is step


def _run_check(qtbot, wizard: MainWizard, step: Step, timeout_ms: int = 15000) -> float:
    page = wizard.pages[step]
    started = time.monotonic()
    page.start_check()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=timeout_ms)
    return time.monotonic() - started


# --- 1. Killed in the middle of saving progress -------------------------------------------

_SAVE_FOREVER = """
import itertools, sys
from pathlib import Path
from wizard.core.model import Package, WizardState
from wizard.core.progress_store import ProgressStore

store = ProgressStore(Path(sys.argv[1]))
states = [WizardState(package=Package.AFAS), WizardState(package=Package.NMBRS)]
# Large, so that a kill often lands while the file is being written.
for state in states:
    state.afas.company_name = "Voorbeeld " * 50_000
for count in itertools.count():
    store.save(states[count % 2])
    if count == 1:
        print("saving", flush=True)
"""


@pytest.mark.parametrize("how", ["interrupted-before-rename", "sigkill-while-saving"])
def test_killed_while_saving_progress_keeps_the_previous_file(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProgressStore(tmp_path)
    store.save(WizardState(package=Package.AFAS))
    if how == "interrupted-before-rename":
        # The worst moment: the new file is complete, the rename has not happened.
        def die(source: str, target: str) -> None:
            raise KeyboardInterrupt

        with monkeypatch.context() as patch:
            patch.setattr(atomic_file.os, "replace", die)
            with pytest.raises(KeyboardInterrupt):
                store.save(WizardState(package=Package.NMBRS))
        # Looked at before anything loads: load() would tidy up a leftover itself. Only
        # atomic_file's own clean-up (of any BaseException) can have removed the temporary file.
        assert _leftovers(tmp_path, {PROGRESS_FILE_NAME}) == []
        outcome = store.load()
        assert outcome.status is LoadStatus.LOADED and outcome.state is not None
        assert outcome.state.package is Package.AFAS
        return
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    for delay in (0.0, 0.01, 0.03, 0.07, 0.13):
        child = subprocess.Popen(
            [sys.executable, "-c", _SAVE_FOREVER, str(tmp_path)],
            env=_child_env(),
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None and child.stdout.readline() == "saving\n"
            time.sleep(delay)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        outcome = store.load()
        assert outcome.status is LoadStatus.LOADED, delay
        assert outcome.state is not None and outcome.state.package in (Package.AFAS, Package.NMBRS)
    # A kill can leave the hidden temporary file behind; it is never read in place of the real one.
    assert all(
        name.startswith(f".{PROGRESS_FILE_NAME}.") and name.endswith(".tmp")
        for name in _leftovers(tmp_path, {PROGRESS_FILE_NAME})
    )


# --- 2. Disk full, or a read-only folder, on save and export ------------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bool], None]]:
    """Switch a full disk on and off: the data reaches the cache, fsync reports ENOSPC."""
    real_fsync = os.fsync

    def no_space(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def switch(full: bool) -> None:
        monkeypatch.setattr(atomic_file.os, "fsync", no_space if full else real_fsync)

    yield switch
    switch(False)


@pytest.mark.parametrize("how", ["disk-full", "read-only"])
def test_disk_full_or_read_only_on_save_progress(
    how: str, qtbot, make_wizard, tmp_path: Path, full_disk: Callable[[bool], None]
) -> None:
    """Saving progress fails: a Dutch notice, nothing typed lost, the previous file intact.

    Also tested: test_unwritable_folder_shows_a_message_and_keeps_the_input (test_resume.py),
    test_failed_save_leaves_the_previous_file (test_progress_store.py).
    """
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    folder = tmp_path / "appdata" if how == "disk-full" else blocker / "appdata"
    wizard = make_wizard(folder=folder)
    if how == "disk-full":
        assert wizard.save_progress()
        before = (folder / PROGRESS_FILE_NAME).read_bytes()
        full_disk(True)
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)
    assert not wizard.save_progress()
    assert wizard.save_notice.isVisibleTo(wizard)
    assert wizard.save_notice.text().startswith("Je voortgang kon niet worden opgeslagen")
    assert wizard.state.package is Package.AFAS
    assert at(wizard) is Step.AFAS_CONNECTOR_ZIP
    if how == "disk-full":
        assert (folder / PROGRESS_FILE_NAME).read_bytes() == before
        assert _leftovers(folder, {PROGRESS_FILE_NAME}) == []
        # Space freed: the next save works and the notice goes away.
        full_disk(False)
        assert wizard.save_progress()
        assert not wizard.save_notice.isVisibleTo(wizard)
        assert ProgressStore(folder).load().state.package is Package.AFAS


@pytest.mark.parametrize("how", ["disk-full", "read-only"])
def test_disk_full_or_read_only_on_export(
    how: str, qtbot, make_wizard, tmp_path: Path, full_disk: Callable[[bool], None]
) -> None:
    """Exporting fails: a Dutch message on the summary page, the earlier file and state intact.

    Also tested: test_a_full_disk_keeps_the_earlier_file, test_export_into_a_missing_folder_loses
    _nothing (test_registration_file.py), test_export_into_a_read_only_folder (command line).
    """
    wizard = make_wizard()
    _open_step(wizard, example_state("afas"), Step.SUMMARY)
    before = copy.deepcopy(wizard.state)
    panel = wizard.pages[Step.SUMMARY].export_panel
    if how == "disk-full":
        target = tmp_path / "aanmelding.json"
        target.write_bytes(b"earlier export")
        full_disk(True)
    else:
        blocker = tmp_path / "blocker"
        blocker.write_text("a file where a folder should be")
        target = blocker / "aanmelding.json"
    assert not panel.save_registration(target)
    assert panel.result.isVisibleTo(wizard)
    assert panel.result.property("failed") is True
    assert panel.result.text().startswith("Het aanmeldbestand kon niet worden opgeslagen")
    assert TOKEN not in panel.result.text()
    assert wizard.state == before
    if how == "disk-full":
        assert target.read_bytes() == b"earlier export"
        assert _leftovers(tmp_path, {"aanmelding.json"}) == []
        full_disk(False)
        assert panel.save_registration(target)
        assert json.loads(target.read_text(encoding="utf-8"))["pad"]


@pytest.mark.parametrize("hold", ["moment", "lasting"])
def test_another_program_holding_the_progress_file(
    hold: str, qtbot, make_wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file a scanner or backup tool holds open.

    A short hold is waited out without a word; a lasting one reads as any failed save.
    Also tested: tests/core/test_atomic_file.py.
    """
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder)
    refusals = [3 if hold == "moment" else 1_000]
    real_replace = os.replace

    def held_replace(source: str, target: str | os.PathLike[str]) -> None:
        if Path(target).name == PROGRESS_FILE_NAME and refusals[0] > 0:
            refusals[0] -= 1
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(atomic_file.os, "replace", held_replace)
    monkeypatch.setattr(atomic_file, "_REPLACE_PAUSE_S", 0.0)
    click_box(qtbot, wizard.start_page.afas_radio)
    click_next(qtbot, wizard)

    saved = wizard.save_progress()

    assert wizard.state.package is Package.AFAS
    assert _leftovers(folder, {PROGRESS_FILE_NAME}) == []
    if hold == "moment":
        assert saved and not wizard.save_notice.isVisibleTo(wizard)
        assert ProgressStore(folder).load().state.package is Package.AFAS
    else:
        assert not saved
        assert wizard.save_notice.text().startswith("Je voortgang kon niet worden opgeslagen")


# --- 3. A keyring locked or removed mid-run -----------------------------------------------


def _break(backend: MemoryKeyring, how: str) -> None:
    if how == "locked":
        backend.locked = True
    else:
        # What a vanished Secret Service looks like over D-Bus.
        backend.error = ConnectionError("org.freedesktop.DBus.Error.ServiceUnknown")


@pytest.mark.parametrize("how", ["locked", "removed"])
def test_keyring_locked_or_removed_mid_run(how: str, qtbot, make_wizard, tmp_path: Path) -> None:
    """The first save reaches the keyring; then it goes away. The wizard says so and goes on."""
    backend = MemoryKeyring()
    folder = tmp_path / "appdata"
    wizard = make_wizard(folder=folder, secrets=SecretStore(backend))
    _open_step(wizard, example_state("afas"), Step.AFAS_REGISTRATION)
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
    assert not wizard.keyring_notice.isVisibleTo(wizard)
    assert SecretStore(backend).load_afas_token("12345").token == TOKEN

    _break(backend, how)
    click_back(qtbot, wizard)
    type_into(qtbot, wizard, {"data_token": OTHER_TOKEN})
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_CHECK
    assert wizard.keyring_notice.isVisibleTo(wizard)
    if how == "locked":
        assert wizard.keyring_notice.text().startswith("De beveiligde opslag is vergrendeld")
    else:
        assert wizard.keyring_notice.text().startswith("De beveiligde opslag kon niet worden")
    # The token lives on in memory only: not in the progress file, the old entry untouched.
    assert wizard.state.afas.data_token == OTHER_TOKEN
    assert wizard.save_progress()
    assert OTHER_TOKEN not in (folder / PROGRESS_FILE_NAME).read_text(encoding="utf-8")
    assert backend.entries and OTHER_TOKEN not in backend.entries.values()
    click_next(qtbot, wizard)
    assert at(wizard) is Step.AFAS_SEND_FORM

    # Unlocked (or back) again: the next save stores the new token and the notice goes.
    backend.locked, backend.error = False, None
    click_back(qtbot, wizard)
    click_back(qtbot, wizard)
    click_next(qtbot, wizard)
    assert not wizard.keyring_notice.isVisibleTo(wizard)
    assert SecretStore(backend).load_afas_token("12345").token == OTHER_TOKEN


# --- 4. The network dropping mid-check ----------------------------------------------------


def _afas_services(fake: FakeAfas, read_timeout: float = 2.0) -> LiveCheckConfig:
    return LiveCheckConfig(
        afas_endpoint=fake.base_url, connect_timeout=1, read_timeout=read_timeout
    )


def _nmbrs_services(fake: FakeNmbrs, cache: Path, read_timeout: float = 5.0) -> LiveCheckConfig:
    return LiveCheckConfig(
        nmbrs_endpoint=fake.base_url,
        wsdl_cache_dir=cache,
        connect_timeout=1,
        read_timeout=read_timeout,
    )


def _nmbrs_state(scenario: NmbrsScenario) -> WizardState:
    state = example_state("nmbrs-overkoepelend")
    state.nmbrs.username, state.nmbrs.token = scenario.username, scenario.token
    state.nmbrs.domain = scenario.domain
    return state


@pytest.mark.parametrize(
    ("package", "where"),
    [
        ("afas", "first-answer"),
        ("afas", "employer-answer"),
        ("nmbrs", "first-answer"),
        ("nmbrs", "one-call"),
    ],
)
def test_network_dropping_mid_check(
    package: str,
    where: str,
    qtbot,
    make_wizard,
    fake_afas: FakeAfas,
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    tmp_path: Path,
) -> None:
    """The connection closes half-way through an answer; the clerk reads what happened.

    Service-level: test_unusable_answers (AFAS CUT_OFF), test_truncated_xml and
    test_truncated_answer_to_one_call (Nmbrs), test_dead_network_keeps_everything_typed (GUI).
    """
    if package == "afas":
        fake_afas.config.scenario = FakeAfasScenario.CUT_OFF
        if where == "employer-answer":
            # metainfo answers; the connection drops on the next request.
            fake_afas.config.scenario_path = "Profit_Employers"
        wizard = make_wizard(check_config=_afas_services(fake_afas))
        step, state = Step.AFAS_CHECK, example_state("afas")
        subject = "12345"
    else:
        nmbrs_scenario.faults = {
            ("*" if where == "first-answer" else "Partner_Get"): FaultMode.CUT_OFF
        }
        wizard = make_wizard(check_config=_nmbrs_services(fake_nmbrs, tmp_path / "wsdl"))
        step, state = Step.NMBRS_CHECK, _nmbrs_state(nmbrs_scenario)
        subject = nmbrs_scenario.username
    _open_step(wizard, state, step)
    before = copy.deepcopy(wizard.state)
    _run_check(qtbot, wizard, step)
    page = wizard.pages[step]
    run = wizard.state.check_run(subject)
    if where == "first-answer":
        assert page.status.text().startswith(COULD_NOT_RUN)
        assert "onvolledig" in page.status.text()
    else:
        # The answers before the drop still count; the dropped one is "not checked", with a
        # reason: a dropped connection is no finding about the set-up.
        assert run is not None
        failed = [item for item in run.report.checks if item.status.value == "not_checked"]
        assert failed and all(english(item.message) for item in failed)
        assert page.status.text()
    # Everything typed is still there, and the clerk can carry on.
    assert wizard.state.afas == before.afas and wizard.state.nmbrs == before.nmbrs
    click_next(qtbot, wizard)
    assert at(wizard) is not step


# --- 5. The server stalling past the timeout ----------------------------------------------


@pytest.mark.parametrize("package", ["afas", "nmbrs"])
def test_server_stalling_past_the_timeout(
    package: str,
    qtbot,
    make_wizard,
    fake_afas: FakeAfas,
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    tmp_path: Path,
) -> None:
    """A server that never answers: the check gives up after the read timeout, with a message.

    Service-level: test_stall_hits_the_timeout (AFAS), test_stalled_server_hits_the_timeout
    and test_one_stalled_call_fails_only_that_call (Nmbrs), test_stalled_server_hits_the_read
    _timeout (client).
    """
    if package == "afas":
        fake_afas.config.scenario = FakeAfasScenario.STALL
        fake_afas.config.stall_seconds = 30
        wizard = make_wizard(check_config=_afas_services(fake_afas, read_timeout=0.5))
        step, state = Step.AFAS_CHECK, example_state("afas")
    else:
        nmbrs_scenario.faults = {"*": FaultMode.STALL}
        wizard = make_wizard(check_config=_nmbrs_services(fake_nmbrs, tmp_path / "wsdl", 0.5))
        step, state = Step.NMBRS_CHECK, _nmbrs_state(nmbrs_scenario)
    _open_step(wizard, state, step)
    elapsed = _run_check(qtbot, wizard, step, timeout_ms=10000)
    assert elapsed < 4
    status = wizard.pages[step].status.text()
    assert status.startswith(COULD_NOT_RUN)
    assert "antwoordde niet op tijd" in status
    assert wizard.pages[step].check_button.isEnabled()


# --- 6. A 50 MB response ------------------------------------------------------------------


@pytest.mark.parametrize("package", ["afas", "nmbrs"])
def test_a_50_mb_response_is_cut_off(
    package: str,
    fake_afas: FakeAfas,
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    tmp_path: Path,
) -> None:
    """50 MB without a Content-Length, with the shipped 5 MB cap: quick, and memory stays low.

    Also tested with smaller sizes: test_oversized_body_is_refused (test_network.py) and
    test_response_size_* in test_threat_model.py.
    """
    settings = NetworkSettings(connect_timeout=1.0, read_timeout=5.0)
    assert settings.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES
    tracemalloc.start()
    try:
        started = time.monotonic()
        if package == "afas":
            fake_afas.config.scenario = FakeAfasScenario.OVERSIZED_STREAMED
            fake_afas.config.oversized_bytes = 50 * MB
            with pytest.raises(CheckFailed) as caught:
                check_afas(
                    "12345", TOKEN, settings, endpoint=fake_afas.base_url, expected_connectors=["X"]
                )
            assert caught.value.kind is NetworkProblem.OVERSIZED
        else:
            nmbrs_scenario.faults = {"List_GetAll": FaultMode.OVERSIZED_STREAMED}
            nmbrs_scenario.oversized_bytes = 50 * MB
            report = run_nmbrs_check(
                nmbrs_scenario.username,
                nmbrs_scenario.token,
                nmbrs_scenario.domain,
                AccountType.UMBRELLA,
                settings,
                endpoint=fake_nmbrs.base_url,
                wsdl_cache_dir=tmp_path / "wsdl",
            )
            item = next(item for item in report.checks if item.name == "List_GetAll")
            assert "more data than the wizard reads" in english(item.message)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    # The cap plus working space; reading the whole answer would take 50 MB or more.
    assert peak < 3 * DEFAULT_MAX_RESPONSE_BYTES


# --- 7. An XML bomb -----------------------------------------------------------------------


def test_xml_bomb(
    qtbot, make_wizard, fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    """Every Nmbrs answer is a "billion laughs": the GUI reports it at once and keeps the input.

    The parser itself: test_xml_entity_expansion_is_not_expanded (test_threat_model.py);
    nothing leaks: test_nmbrs_paths_leak_nothing[xml-bomb] (test_no_leak.py).
    """
    nmbrs_scenario.faults = {"*": FaultMode.XML_BOMB}
    wizard = make_wizard(check_config=_nmbrs_services(fake_nmbrs, tmp_path / "wsdl"))
    state = _nmbrs_state(nmbrs_scenario)
    _open_step(wizard, state, Step.NMBRS_CHECK)
    assert _run_check(qtbot, wizard, Step.NMBRS_CHECK) < 5
    status = wizard.pages[Step.NMBRS_CHECK].status.text()
    assert status.startswith(COULD_NOT_RUN)
    assert wizard.state.nmbrs == state.nmbrs


# --- 8. A progress file from a newer version ----------------------------------------------


def test_progress_file_from_a_newer_version(qtbot, make_wizard, tmp_path: Path) -> None:
    """Set aside under its own name, explained in Dutch, never overwritten; the wizard starts.

    Store-level: test_file_from_a_newer_version_is_set_aside (test_progress_store.py).
    """
    folder = tmp_path / "appdata"
    folder.mkdir()
    newer = json.dumps({"version": 2, "package": "sap", "whatever": [1, 2, 3]}).encode()
    (folder / PROGRESS_FILE_NAME).write_bytes(newer)
    wizard = make_wizard(folder=folder)
    wizard.resuming.offer(ProgressStore(folder).load())
    notice = wizard.notice_bar
    assert notice.isVisible()
    assert notice.text().startswith("De opgeslagen voortgang komt van een nieuwere versie")
    [kept] = [path for path in folder.iterdir() if path.name != PROGRESS_FILE_NAME]
    assert kept.name in notice.text()
    assert kept.read_bytes() == newer
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    assert wizard.save_progress()
    assert kept.read_bytes() == newer
    assert ProgressStore(folder).load().state.package is Package.NMBRS


# --- 9. A progress file edited by hand into nonsense --------------------------------------


def _saved(**changes: object) -> bytes:
    document: dict[str, object] = {
        "version": 1,
        "saved_at": 1_700_000_000.0,
        "language": "nl",
        "package": "nmbrs",
        "account_type": "umbrella",
        "current_step": "UMBRELLA_REGISTRATION",
        "ticked": [],
        "nmbrs": {"company_name": "Voorbeeld B.V."},
        "employers": [],
        "afas": {"environment": "production"},
    }
    document.update(changes)
    return json.dumps(document).encode()


NONSENSE = {
    "ticked-is-text": _saved(ticked="alles"),
    "unknown-package": _saved(package="sap"),
    "unknown-step": _saved(current_step="STAP_99"),
    "number-for-text": _saved(nmbrs={"username": 42}),
    "employers-object": _saved(employers={"a": 1}),
    "unknown-environment": _saved(afas={"environment": "productie"}),
    "wrong-path-for-step": _saved(package="afas", current_step="DEBTOR_EMPLOYERS"),
    "no-account-type-at-the-end": _saved(account_type=None, current_step="SUMMARY"),
    "ticks-that-do-not-exist": _saved(ticked=["x", ""], language="fr"),
    "version-as-text": _saved(version="1"),
    "saved-at-nonsense": _saved(saved_at="gisteren"),
    "half-a-file": _saved()[:40],
    "not-an-object": b"[1, 2, 3]",
    "null": b"null",
    "deep-nesting": b"[" * 100_000,
    "binary": bytes(range(256)),
    "huge": b" " * (2 * MB),
    "lone-surrogate": _saved(nmbrs={"company_name": "\ud800"}),
    "valid-but-over-1-mib": _saved(nmbrs={"company_name": "x" * MB}),
}


@pytest.mark.parametrize("content", list(NONSENSE.values()), ids=list(NONSENSE))
def test_progress_file_edited_into_nonsense(
    content: bytes, qtbot, make_wizard, tmp_path: Path
) -> None:
    """The wizard starts, says what it did, and can go on: resumed or afresh, never a crash.

    Store-level: test_damaged_file_is_set_aside_with_a_message (test_progress_store.py);
    GUI: test_corrupt_progress_shows_a_message_and_the_wizard_works (test_resume.py).
    """
    folder = tmp_path / "appdata"
    folder.mkdir()
    (folder / PROGRESS_FILE_NAME).write_bytes(content)
    outcome = ProgressStore(folder).load()
    assert outcome.status in (LoadStatus.LOADED, LoadStatus.SET_ASIDE)
    wizard = make_wizard(folder=folder)
    wizard.resuming.offer(outcome)
    start = wizard.start_page
    if outcome.status is LoadStatus.SET_ASIDE:
        assert wizard.notice_bar.isVisible()
        assert "voortgang-onleesbaar-" in wizard.notice_bar.text()
    elif start.resume_frame.isVisibleTo(start):
        qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
        assert wizard.current_step() in path_steps(wizard.state)
    else:
        click_box(qtbot, start.afas_radio)
        click_next(qtbot, wizard)
        assert at(wizard) is Step.AFAS_CONNECTOR_ZIP
    assert wizard.save_progress()
    assert ProgressStore(folder).load().status is LoadStatus.LOADED


_json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
_json = st.recursive(
    _json_leaf,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
_keys = st.sampled_from(
    [
        *("version", "package", "account_type", "current_step", "ticked", "nmbrs"),
        *("employers", "afas", "language", "saved_at", "environment", "employer_codes"),
    ]
)
_values = _json | st.sampled_from(
    ["nmbrs", "afas", "umbrella", "per_debtor", "SUMMARY", "START", "production", 1, 2]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.dictionaries(_keys, _values, max_size=5))
def test_progress_file_edited_into_nonsense_any_json(edits: dict[str, object]) -> None:
    """Any hand edit of a valid file: loading never raises, and a loaded state can resume."""
    with tempfile.TemporaryDirectory() as folder:
        store = ProgressStore(Path(folder))
        store.path.write_text(json.dumps(json.loads(_saved()) | edits), encoding="utf-8")
        outcome = store.load()
        assert outcome.status in (LoadStatus.LOADED, LoadStatus.SET_ASIDE)
        if outcome.state is not None:
            assert resume_target(outcome.state, shipped_manual()) in Step


# --- 10. Two instances started at once ----------------------------------------------------

_RACER = """
import sys
from pathlib import Path
from wizard.ui.single_instance import acquire

print("ready", flush=True)
sys.stdin.readline()
lock = acquire(Path(sys.argv[1]))
print("got" if lock is not None else "none", flush=True)
sys.stdin.readline()
"""


def test_two_instances_started_at_once(tmp_path: Path) -> None:
    """Four copies start together: exactly one gets the lock; in-process a second try fails."""
    held = acquire(tmp_path)
    assert held is not None and held.guarded
    assert acquire(tmp_path) is None
    held.release()

    children = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, str(tmp_path)],
            env=_child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [child.stdout.readline().strip() for child in children if child.stdout]
        assert sorted(results) == ["got", "none", "none", "none"]
        # While a child holds it, this process is refused too.
        assert acquire(tmp_path) is None
    finally:
        for child in children:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(timeout=10)
    # All gone: the lock is free again.
    assert acquire(tmp_path) is not None


def test_two_instances_the_second_says_so(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_gui of a second copy shows one message and returns 0 without opening a wizard."""
    shown: list[str] = []

    class Reached(Exception):
        pass

    def no_wizard(*args: object, **kwargs: object) -> None:
        raise Reached

    monkeypatch.setattr(app_module, "create_application", lambda: qapp)
    monkeypatch.setattr(app_module, "progress_folder", lambda: tmp_path)
    monkeypatch.setattr(app_module, "build_wizard", no_wizard)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    first = acquire(tmp_path)
    assert first is not None
    assert app_module.run_gui() == 0
    assert len(shown) == 1
    assert "already open" in shown[0] or "al geopend" in shown[0]
    # Once the first copy has closed, the next one starts normally.
    first.release()
    with pytest.raises(Reached):
        app_module.run_gui()
    assert len(shown) == 1


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_two_instances_a_crashed_ones_lock_is_taken_over(tmp_path: Path) -> None:
    """A copy killed while holding the lock leaves the file behind; the next copy takes it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _RACER, str(tmp_path)],
        env=_child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    assert holder.stdout.readline() == "ready\n"
    holder.stdin.write("go\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "got\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert (tmp_path / LOCK_FILE_NAME).exists()
    lock = acquire(tmp_path)
    assert lock is not None and lock.guarded
    assert (tmp_path / LOCK_FILE_NAME).read_text().split("\n")[0] == str(os.getpid())


# --- 11. Started and left alone, then closed, killed or crashed ---------------------------


def _gui_env(home: Path) -> dict[str, str]:
    """The real program's environment, with every per-user folder inside `home`."""
    env = {
        key: value
        for key, value in _child_env().items()
        if not key.startswith(("XDG_", "DBUS_")) and key != "WIZARD_BENCH_EXIT_AFTER_SHOW"
    }
    return env | {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
    }


def _gui_progress_folder(home: Path) -> Path:
    """Where Qt's AppDataLocation puts voortgang.json under _gui_env(home) on Linux."""
    return home / "data" / "a.s.r. salariskoppeling" / "salariskoppeling-wizard"


def _wait_for(condition: Callable[[], bool], child: subprocess.Popen, seconds: float) -> bool:
    """Poll `condition` until it holds, the child ends, or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        if child.poll() is not None:
            return condition()
        time.sleep(0.05)
    return condition()


def _saved_progress(folder: Path) -> bytes:
    state = example_state("afas")
    state.current_step = Step.AFAS_USER
    state.ticked = {"afas-zip-received"}
    ProgressStore(folder).save(state)
    return (folder / PROGRESS_FILE_NAME).read_bytes()


@pytest.mark.skipif(sys.platform != "linux", reason="per-user folders from XDG variables")
@pytest.mark.parametrize("ending", ["SIGKILL", "SIGTERM", "SIGABRT"])
def test_started_and_left_alone_keeps_the_saved_progress(ending: str, tmp_path: Path) -> None:
    """The real program, started on saved progress and left alone, never writes over it.

    SIGKILL stands for a power cut or a logoff, SIGTERM for a shutdown, SIGABRT for a crash.
    The window's own close (Cancel) is test_closing_before_answering_keeps_the_saved_progress.
    """
    home = tmp_path / "home"
    folder = _gui_progress_folder(home)
    before = _saved_progress(folder)
    log = folder / "logs" / "wizard.log"
    child = subprocess.Popen(
        [sys.executable, "-m", "wizard"],
        env=_gui_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # The log opens right after the first paint: the window is up, the offer made.
        assert _wait_for(log.exists, child, 60), "the window never showed"
        # Long enough for any autosave (400 ms after a change) to have written; on the old
        # code the file changed here, so this ends early when the bug is back.
        path = folder / PROGRESS_FILE_NAME
        _wait_for(lambda: not path.exists() or path.read_bytes() != before, child, 3)
        assert child.poll() is None, "the wizard ended by itself"
    finally:
        child.send_signal(getattr(signal, ending))
        child.wait(timeout=30)
    assert (folder / PROGRESS_FILE_NAME).read_bytes() == before
    outcome = ProgressStore(folder).load()
    assert outcome.status is LoadStatus.LOADED and outcome.state is not None
    assert outcome.state.package is Package.AFAS
    assert outcome.state.current_step is Step.AFAS_USER


@pytest.mark.parametrize("how", ["cancel", "language-then-cancel", "finish-by-window-close"])
def test_closing_before_answering_keeps_the_saved_progress(how: str, qtbot, tmp_path: Path) -> None:
    """build_wizard as the program runs it; the clerk closes without answering the question."""
    folder = tmp_path / "appdata"
    before = _saved_progress(folder)
    wizard = app_module.build_wizard("nl", ProgressStore(folder))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    # Every page is built after the first paint; none of that may count as a change.
    qtbot.waitUntil(lambda: Step.SUMMARY in wizard.pages)
    start = wizard.start_page
    assert start.resume_frame.isVisibleTo(start)
    if how == "language-then-cancel":
        start.language_box.setCurrentIndex(1)
        assert wizard.state.language == "en"
    if how == "finish-by-window-close":
        wizard.close()
    else:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert (folder / PROGRESS_FILE_NAME).read_bytes() == before


def test_changing_something_before_answering_is_saved(qtbot, tmp_path: Path) -> None:
    """Changing something is a choice too: the new work is saved, as before."""
    folder = tmp_path / "appdata"
    _saved_progress(folder)
    wizard = app_module.build_wizard("nl", ProgressStore(folder))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click_box(qtbot, wizard.start_page.nmbrs_radio)
    assert wizard.save_progress()
    assert ProgressStore(folder).load().state.package is Package.NMBRS


@pytest.mark.parametrize("answer", ["resume", "start-over"])
def test_answering_the_question_saves_again(answer: str, qtbot, tmp_path: Path) -> None:
    """Once the clerk answered, saving works as before, whatever the answer."""
    folder = tmp_path / "appdata"
    _saved_progress(folder)
    wizard = app_module.build_wizard("nl", ProgressStore(folder))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    button = wizard.start_page.resume_button if answer == "resume" else None
    button = button or wizard.start_page.restart_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.save_progress()
    saved = ProgressStore(folder).load()
    if answer == "resume":
        assert saved.state.package is Package.AFAS
    else:
        # The clerk chose to start over: the emptier state is theirs to save.
        assert saved.state is not None and saved.state.package is None


# --- 12. A special file where a file should be --------------------------------------------

_SPECIAL_KINDS = ["fifo", "dev-zero", "folder"]


def _make_special(kind: str, path: Path) -> Path:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    return path


def _run_limited(arguments: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The real program with 1 GiB of address space and a time limit: no hang, no MemoryError."""
    return subprocess.run(
        ["prlimit", "--as=1073741824", sys.executable, "-m", "wizard", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/zero and prlimit")
@pytest.mark.parametrize("kind", _SPECIAL_KINDS)
def test_special_file_given_to_validate(kind: str, tmp_path: Path) -> None:
    """A FIFO used to hang `validate` forever; /dev/zero was read until memory ran out."""
    path = _make_special(kind, tmp_path / "aanmelding.json")
    done = _run_limited(["validate", str(path)], _child_env())
    assert done.returncode == 2, done.stderr
    # A folder is named as such; any other special file as "not an ordinary file".
    assert done.stderr.strip() == (
        f"{path} is een map, geen bestand."
        if kind == "folder"
        else f"{path} is geen gewoon bestand (maar bijvoorbeeld een map of een apparaat), "
        "dus het is geen aanmeldbestand."
    )
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/zero and prlimit")
@pytest.mark.parametrize("kind", _SPECIAL_KINDS)
def test_special_file_given_as_connector_zip(kind: str, tmp_path: Path) -> None:
    """`check afas --connector-zip` on a FIFO hung before the check began."""
    path = _make_special(kind, tmp_path / "connectoren.zip")
    env = _child_env() | {"AFAS_TOKEN": TOKEN}
    # The file is read before any connection, so no server is needed.
    arguments = ["check", "afas", "--customer-number", "12345", "--connector-zip", str(path)]
    done = _run_limited([*arguments, "--endpoint", "http://127.0.0.1:9"], env)
    assert done.returncode == 2, done.stderr
    output = done.stdout + done.stderr
    assert "connectoren.zip is geen gewoon bestand" in output
    assert "Traceback" not in output


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/zero and prlimit")
@pytest.mark.parametrize("kind", _SPECIAL_KINDS)
def test_special_file_as_the_progress_file(kind: str, tmp_path: Path) -> None:
    """voortgang.json linked to /dev/zero gave a MemoryError and no window; a FIFO hung."""
    home = tmp_path / "home"
    folder = _gui_progress_folder(home)
    folder.mkdir(parents=True)
    _make_special(kind, folder / PROGRESS_FILE_NAME)
    log = folder / "logs" / "wizard.log"
    child = subprocess.Popen(
        ["prlimit", "--as=1073741824", sys.executable, "-m", "wizard"],
        env=_gui_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        shown = _wait_for(log.exists, child, 60)
    finally:
        child.send_signal(signal.SIGKILL)
        _out, errors = child.communicate(timeout=30)
    assert shown, errors
    [kept] = [path for path in folder.iterdir() if path.name.startswith("voortgang-onleesbaar-")]
    assert kept.is_symlink() or kept.is_dir() or kept.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and /dev/zero")
@pytest.mark.parametrize("kind", _SPECIAL_KINDS)
def test_special_file_in_the_wsdl_cache(kind: str, tmp_path: Path) -> None:
    """A cache entry that is no regular file counts as absent: fetched again, never read."""
    script = (
        "import sys; from pathlib import Path; "
        "from wizard.services.nmbrs.wsdl_cache import WsdlCache; "
        "cache = WsdlCache(Path(sys.argv[1])); "
        "print(cache.read_fresh(sys.argv[2]))"
    )
    url = "https://api.nmbrs.nl/soap/v3/CompanyService.asmx?WSDL"
    _make_special(kind, WsdlCache(tmp_path).path_for(url))
    done = subprocess.run(
        ["prlimit", "--as=1073741824", sys.executable, "-c", script, str(tmp_path), url],
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "None"), done.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/zero")
@pytest.mark.parametrize("kind", ["dev-zero", "folder"])
def test_special_file_chosen_as_connector_zip_in_the_wizard(
    kind: str, qtbot, make_wizard, tmp_path: Path
) -> None:
    """The AFAS check page says what is wrong, and the choice is not kept for the next start.

    (A FIFO is covered by the command-line test above, in a child process with a time limit:
    both go through connector_ids_from_zip.)
    """
    wizard = make_wizard()
    page = page_of(wizard, Step.AFAS_CHECK)
    path = _make_special(kind, tmp_path / "connectoren.zip")
    page.use_connector_zip(path)
    assert page.zip_label.text().startswith("connectoren.zip is geen gewoon bestand")
    assert wizard.state.connector_zip == ""
