"""The support bundle: exactly the listed members, and no secret or entered detail in any."""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import platform
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.fourth_path import GOOD_KEY, NAME, MadeUpRequest, registered_testpakket
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, CheckRun
from wizard.core.model import AccountType, AfasEnvironment, Employer, Package, Step, WizardState
from wizard.services import support_bundle
from wizard.services.diagnostics_log import (
    configure_logging,
    forget_secrets,
    register_secret,
    stop_logging,
)
from wizard.services.network_settings import NetworkSettings
from wizard.services.support_bundle import (
    PATH_NAME,
    BundleEntry,
    bundle_entries,
    bundle_zip_bytes,
    write_support_bundle,
)

NOW = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
TOKEN = "kw3x-Sentinel-Registered"
AFAS_HEX = "5e1f0c3ab8d94e7f6a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f"
LATE_SECRET = "late-Sentinel-registered"
WIZARD_PROXY = "http://puser:ProxyPw-Sentinel1@proxy.corp:3128"
ENV_PROXY = "http://user:secret@proxy:8080"

# Entered details that must stay out as much as the secrets.
SENTINELS = (
    TOKEN,
    AFAS_HEX,
    LATE_SECRET,
    "ProxyPw-Sentinel1",
    "puser",
    "user:secret",
    "secret",
    "jan@firma.nl",
    "Firma Geheim",
    "Klant Alpha",
    "Klant Beta",
    "Debiteur Een",
    "debiteur@een.nl",
    "0612345678",
)


@pytest.fixture(autouse=True)
def _clean_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    stop_logging()
    forget_secrets()


def _state() -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    state.nmbrs.company_name = "Firma Geheim BV"
    state.nmbrs.contact_person = "Jan Jansen"
    state.nmbrs.phone = "0612345678"
    state.nmbrs.username = "jan@firma.nl"
    state.nmbrs.token = TOKEN
    state.proxy_url = WIZARD_PROXY
    state.sandbox = True
    state.current_step = Step.NMBRS_CHECK
    report = CheckReport(
        package=Package.NMBRS,
        ok=False,
        checks=[
            CheckItem("CompanyService", "List_GetAll", CallStatus.ACTIVE),
            CheckItem(
                "EmployeeService",
                "PersonalInfo_GetAll",
                CallStatus.AUTH_FAILED,
                f"The token {TOKEN} was refused.",
            ),
        ],
        companies=["Klant Alpha BV", "Klant Beta BV"],
    )
    state.record_check(CheckRun("jan@firma.nl", report, NOW))
    return state


def _write_log(tmp_path: Path) -> Path:
    log_path = configure_logging(tmp_path / "logs")
    log = logging.getLogger("wizard.test")
    register_secret(TOKEN)
    log.info("token typed: %s", TOKEN)
    log.info("AFAS token %s", AFAS_HEX, extra={"company": "Klant Alpha BV", "step": "START"})
    try:
        raise RuntimeError(f"proxy {WIZARD_PROXY} refused")
    except RuntimeError:
        log.exception("check crashed")
    # A rotated file with a secret the redactor did not know yet when the line was written.
    log_path.with_name("wizard.log.1").write_text(
        f"old line with {LATE_SECRET} and {ENV_PROXY}\n", encoding="utf-8"
    )
    register_secret(LATE_SECRET)
    return log_path


def _entries(tmp_path: Path, state: WizardState | None = None) -> list[BundleEntry]:
    state = state or _state()
    return bundle_entries(
        state,
        log_path=_write_log(tmp_path),
        network_settings=NetworkSettings(proxy_url=state.proxy_url, read_timeout=30.0),
        version="1.2.3",
        now=NOW,
        qt_version="6.8.1",
    )


def _assert_clean(name: str, data: bytes) -> None:
    text = data.decode("utf-8").lower()
    leaked = [sentinel for sentinel in SENTINELS if sentinel.lower() in text]
    assert not leaked, f"{name} leaks {leaked}:\n{data.decode('utf-8')}"


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", ENV_PROXY)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")


def test_entries_are_listed_with_descriptions(tmp_path: Path, proxy_env: None) -> None:
    entries = _entries(tmp_path)
    assert [entry.name for entry in entries] == [
        "log/wizard.log",
        "log/wizard.log.1",
        "versie.txt",
        "pad.json",
        "controle.json",
        "netwerk.json",
    ]
    marked = {
        support_bundle.DESCRIBE_LOG,
        support_bundle.DESCRIBE_OLD_LOG,
        support_bundle.DESCRIBE_VERSION,
        support_bundle.DESCRIBE_PATH,
        support_bundle.DESCRIBE_CHECKS,
        support_bundle.DESCRIBE_NETWORK,
    }
    assert all(entry.description in marked for entry in entries)
    assert "data" not in repr(entries[0]).split("description")[1]


def test_descriptions_are_marked_in_a_literal_context() -> None:
    source = Path(support_bundle.__file__).read_text(encoding="utf-8")
    assert source.count('QT_TRANSLATE_NOOP(\n    "SupportBundle",') == 6


def test_no_member_holds_a_secret_or_an_entered_detail(tmp_path: Path, proxy_env: None) -> None:
    for entry in _entries(tmp_path):
        _assert_clean(entry.name, entry.data)


def test_the_written_zip_holds_exactly_the_entries_and_no_secret(
    tmp_path: Path, proxy_env: None
) -> None:
    entries = _entries(tmp_path)
    target = tmp_path / "diagnose.zip"
    write_support_bundle(target, entries)
    raw = target.read_bytes()
    for sentinel in SENTINELS:
        assert sentinel.encode() not in raw
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [entry.name for entry in entries]
        for entry in entries:
            member = archive.read(entry.name)
            assert member == entry.data
            _assert_clean(entry.name, member)


def test_the_log_is_redacted_again_on_the_way_in(tmp_path: Path, proxy_env: None) -> None:
    entries = {entry.name: entry for entry in _entries(tmp_path)}
    old = entries["log/wizard.log.1"].data.decode("utf-8")
    assert old == "old line with [geheim] and http://[geheim]@proxy:8080\n"
    current = entries["log/wizard.log"].data.decode("utf-8")
    assert "check crashed" in current and "step=START" in current


def test_version_file(tmp_path: Path) -> None:
    entries = {entry.name: entry for entry in _entries(tmp_path)}
    text = entries["versie.txt"].data.decode("utf-8")
    assert "Salariskoppeling Wizard 1.2.3" in text
    assert "Qt: 6.8.1" in text
    assert "Python: 3." in text
    assert "Created: 2025-03-04T10:30:00+00:00" in text
    assert platform.node() not in text


def test_path_file_has_choices_and_progress_but_no_values(tmp_path: Path) -> None:
    entries = {entry.name: entry for entry in _entries(tmp_path)}
    document = json.loads(entries["pad.json"].data)
    assert document["package"] == "nmbrs"
    assert document["account_type"] == "umbrella"
    assert document["current_step"] == "NMBRS_CHECK"
    steps = {step["step"]: step for step in document["steps"]}
    assert steps["START"]["done"] is True
    assert steps["UMBRELLA_RIGHTS"]["done"] is False
    assert steps["NMBRS_CHECK"]["current"] is True
    assert "Jan Jansen" not in entries["pad.json"].data.decode("utf-8")


def test_check_file_counts_companies_and_names_no_login(tmp_path: Path) -> None:
    entries = {entry.name: entry for entry in _entries(tmp_path)}
    (run,) = json.loads(entries["controle.json"].data)["runs"]
    assert run["company_count"] == 2
    assert run["on_current_path"] is True
    assert run["finished_at"] == "2025-03-04T10:30:00+00:00"
    assert [check["status"] for check in run["checks"]] == ["active", "auth_failed"]
    assert run["checks"][1]["message"] == "The token [geheim] was refused."


def test_network_file_has_hosts_but_no_credentials(tmp_path: Path, proxy_env: None) -> None:
    entries = {entry.name: entry for entry in _entries(tmp_path)}
    document = json.loads(entries["netwerk.json"].data)
    assert document["proxy"] == "proxy.corp:3128"
    assert document["https_proxy_in_use"] == "proxy.corp:3128"
    assert document["environment_proxies"] == {"HTTPS_PROXY": "proxy:8080"}
    assert document["no_proxy"] == ["localhost", "127.0.0.1"]
    assert document["read_timeout"] == 30.0
    assert document["sandbox"] is True


def test_environment_proxy_is_described_when_the_wizard_has_none(
    tmp_path: Path, proxy_env: None
) -> None:
    state = _state()
    state.proxy_url = ""
    entries = {entry.name: entry for entry in _entries(tmp_path, state)}
    document = json.loads(entries["netwerk.json"].data)
    assert document["proxy"] == "environment"
    assert document["https_proxy_in_use"] == "proxy:8080"
    for entry in entries.values():
        _assert_clean(entry.name, entry.data)


def test_afas_and_per_debtor_paths_leak_nothing(tmp_path: Path, proxy_env: None) -> None:
    afas = WizardState(package=Package.AFAS)
    afas.afas.company_name = "Firma Geheim BV"
    afas.afas.customer_number = "0612345678"
    afas.afas.environment = AfasEnvironment.TEST
    afas.afas.data_token = AFAS_HEX
    debtor = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    debtor.employers = [Employer("Debiteur Een", "debiteur@een.nl", TOKEN, "een")]
    for number, state in enumerate((afas, debtor)):
        entries = bundle_entries(
            state,
            log_path=None,
            network_settings=NetworkSettings(),
            version="1.2.3",
            now=NOW,
        )
        assert [entry.name for entry in entries] == [
            "versie.txt",
            "pad.json",
            "controle.json",
            "netwerk.json",
        ]
        for entry in entries:
            _assert_clean(f"{number}:{entry.name}", entry.data)
    path = json.loads(entries[1].data)
    assert path["employer_count"] == 1


def test_a_missing_folder_raises_and_writes_nothing(tmp_path: Path) -> None:
    entries = [BundleEntry("versie.txt", support_bundle.DESCRIBE_VERSION, b"1")]
    with pytest.raises(OSError):
        write_support_bundle(tmp_path / "missing" / "diagnose.zip", entries)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_leaves_no_partial_file(tmp_path: Path) -> None:
    entries = [BundleEntry("versie.txt", support_bundle.DESCRIBE_VERSION, b"1")]
    # A folder in the way makes the final rename fail, even for root.
    target = tmp_path / "diagnose.zip"
    target.mkdir()
    with pytest.raises(OSError):
        write_support_bundle(target, entries)
    assert [path.name for path in tmp_path.iterdir()] == ["diagnose.zip"]
    assert target.is_dir() and not any(target.iterdir())


def test_a_read_only_folder_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Injected where the OS refuses (creating the temporary file), so it runs as root too."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    real_mkstemp = tempfile.mkstemp

    def read_only_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if Path(str(kwargs.get("dir"))) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("wizard.core.atomic_file.tempfile.mkstemp", read_only_mkstemp)
    with pytest.raises(PermissionError):
        write_support_bundle(folder / "diagnose.zip", [])
    assert list(folder.iterdir()) == []


def test_a_failed_write_keeps_the_old_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "diagnose.zip"
    target.write_bytes(b"old")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("wizard.core.atomic_file.os.replace", fail)
    with pytest.raises(OSError):
        write_support_bundle(target, [BundleEntry("a.txt", "", b"new")])
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["diagnose.zip"]


def test_duplicate_names_are_refused() -> None:
    entry = BundleEntry("a.txt", "", b"1")
    with pytest.raises(ValueError):
        bundle_zip_bytes([entry, entry])


def test_zip_bytes_round_trip() -> None:
    data = bundle_zip_bytes([BundleEntry("a/b.txt", "", b"hello")])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("a/b.txt") == b"hello"


def test_a_registered_paths_bundle_has_its_steps_and_no_login_or_key(tmp_path: Path) -> None:
    with registered_testpakket() as registered:
        state = WizardState(package=registered.package, current_step=registered.spec.check_step)
        form = state.form(NAME)
        form.set("username", "koppeling@proefbedrijf.nl")
        form.set("api_key", GOOD_KEY)
        report = registered.check.run(MadeUpRequest("koppeling@proefbedrijf.nl", GOOD_KEY))
        state.record_check(CheckRun("koppeling@proefbedrijf.nl", report, NOW))
        entries = _entries(tmp_path, state)
    everything = b"".join(entry.data for entry in entries).decode("utf-8")
    path = json.loads(next(entry.data for entry in entries if entry.name == PATH_NAME))
    assert path["package"] == NAME and path["current_step"] == "TESTPAKKET_CHECK"
    assert [step["step"] for step in path["steps"]][1:3] == [
        "TESTPAKKET_PREPARE",
        "TESTPAKKET_REGISTRATION",
    ]
    assert "proefbedrijf" not in everything and GOOD_KEY not in everything
