"""One test (or a small group) per line of the threat model in the README.

Each test is named after its line and runs the real code against loopback fakes; nothing here
reaches the internet or a real keychain. Where a narrower unit test exists already, the docstring
names it, so the two together show both the mechanism and its effect on a real check.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from tests.check_messages import english
from tests.fakes.afas_fixtures import REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN, FakeAfas, FakeAfasScenario
from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode, NmbrsScenario
from tests.fakes.fake_nmbrs_http import xxe_fault
from tests.fakes.loopback_server import LoopbackHTTPServer
from tests.ui import conftest as ui_conftest
from wizard.core import atomic_file
from wizard.core.check_result import CallStatus, CheckReport
from wizard.core.model import AccountType, AfasEnvironment, Step, WizardState
from wizard.core.progress_store import ProgressStore
from wizard.core.registration_examples import example_state
from wizard.core.registration_file import export_registration
from wizard.services.afas.check import afas_base_url, check_afas
from wizard.services.diagnostics_log import configure_logging, forget_secrets, stop_logging
from wizard.services.endpoint_policy import allowed_base_url, is_known_host
from wizard.services.network_errors import PROBLEM_MESSAGES, CheckFailed, NetworkProblem
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.services.nmbrs.soap_client import parse_document
from wizard.services.nmbrs.soap_services import service_base
from wizard.services.nmbrs.wsdl_cache import WsdlCache
from wizard.ui.single_instance import acquire as acquire_single_instance

# The real wizard fixture of tests/ui, reused here; assigning it makes pytest find it.
make_wizard = ui_conftest.make_wizard

FAST = NetworkSettings(connect_timeout=1.0, read_timeout=2.0)
SMALL_CAP = NetworkSettings(connect_timeout=1.0, read_timeout=2.0, max_response_bytes=256 * 1024)
UMBRELLA = AccountType.UMBRELLA
MB = 1024 * 1024


# --- helpers ----------------------------------------------------------------------------------


class _Server:
    """A threaded loopback HTTP server for one handler class; records what it saw in `seen`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = LoopbackHTTPServer(handler)
        self.seen: list[tuple[str, str, str | None]] = []
        self.server.seen = self.seen  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def __enter__(self) -> _Server:
        self.server.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.stop()


class _ConnectRecorder(BaseHTTPRequestHandler):
    """A proxy that only writes down where the wizard wanted to go, and lets nothing through."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _refuse(self) -> None:
        self.server.seen.append((self.command, self.path, None))  # type: ignore[attr-defined]
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_CONNECT = do_GET = do_POST = _refuse  # noqa: N815 (BaseHTTPRequestHandler's names)


class _RelayProxy(BaseHTTPRequestHandler):
    """A plain forward proxy: relays absolute-form requests to loopback servers."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _relay(self) -> None:
        auth = self.headers.get("Proxy-Authorization")
        self.server.seen.append((self.command, self.path, auth))  # type: ignore[attr-defined]
        target = urlsplit(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length) if length else None
        skip = {"host", "connection", "content-length", "proxy-authorization", "proxy-connection"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=5)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(self.command, path, body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
        finally:
            upstream.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in {"transfer-encoding", "connection", "content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _relay  # noqa: N815 (BaseHTTPRequestHandler's names)


def _nmbrs(fake: FakeNmbrs, cache: Path, settings: NetworkSettings = FAST) -> CheckReport:
    scenario = fake.scenario
    return run_nmbrs_check(
        scenario.username,
        scenario.token,
        scenario.domain,
        UMBRELLA,
        settings,
        endpoint=fake.base_url,
        wsdl_cache_dir=cache,
    )


def _afas(fake: FakeAfas, settings: NetworkSettings = FAST) -> CheckReport:
    return check_afas(
        "12345",
        DEFAULT_DATA_TOKEN,
        settings,
        endpoint=fake.base_url,
        expected_connectors=["Profit_Employers"],
    )


def _peak_rss_bytes() -> int | None:
    """The process's peak resident memory so far; None where the OS does not say."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak if sys.platform == "darwin" else peak * 1024


# --- Hosts: only https to the known Nmbrs and AFAS hosts, except the loopback --endpoint -----


@pytest.mark.parametrize(
    "url",
    [
        *(afas_base_url("12345", environment) for environment in AfasEnvironment),
        service_base(),
        service_base(sandbox=True),
    ],
)
def test_hosts_standard_addresses_are_https_to_known_hosts(url: str) -> None:
    """Every address a check uses without --endpoint is https to a known host.

    The policy itself is tested address by address in tests/services/test_network.py
    (test_known_https_hosts_are_allowed, test_other_addresses_are_refused).
    """
    parsed = httpx.URL(url)
    assert parsed.scheme == "https"
    assert parsed.port is None
    assert is_known_host(parsed.host)
    assert allowed_base_url(url)


def test_hosts_real_checks_only_open_tls_tunnels_to_the_known_hosts(tmp_path: Path) -> None:
    """Through a recording proxy, both checks ask for https to their known host, nothing else."""
    with _Server(_ConnectRecorder) as proxy:
        settings = NetworkSettings(proxy_url=proxy.url, connect_timeout=1.0, read_timeout=1.0)
        with pytest.raises(CheckFailed) as caught:
            check_afas("12345", DEFAULT_DATA_TOKEN, settings, expected_connectors=["X"])
        assert caught.value.kind is NetworkProblem.PROXY
        report = run_nmbrs_check(
            "koppeling@example.nl",
            "token-1234567890",
            "oamkb",
            UMBRELLA,
            settings,
            wsdl_cache_dir=tmp_path / "wsdl",
        )
        assert english(report.error)
    targets = {(method, target) for method, target, _auth in proxy.seen}
    assert targets == {("CONNECT", "12345.rest.afas.online:443"), ("CONNECT", "api.nmbrs.nl:443")}


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://192.0.2.10/ProfitRestServices",
        "https://evil.example.com/ProfitRestServices",
        "http://user:pw@127.0.0.1:9/",
        "file:///etc/passwd",
    ],
)
def test_hosts_other_endpoints_are_refused_before_any_traffic(
    endpoint: str, tmp_path: Path
) -> None:
    """--endpoint may only be loopback; anything else stops both checks before a connection.

    192.0.2.10 is a documentation address nobody answers on: a connection attempt would hang
    until the connect timeout, so the time bound shows that none was made.
    """
    slow = NetworkSettings(connect_timeout=5.0, read_timeout=5.0)
    started = time.monotonic()
    with pytest.raises(CheckFailed) as caught:
        check_afas("12345", DEFAULT_DATA_TOKEN, slow, endpoint=endpoint, expected_connectors=["X"])
    assert caught.value.kind is NetworkProblem.ENDPOINT
    report = run_nmbrs_check(
        "koppeling@example.nl",
        "token-1234567890",
        "oamkb",
        UMBRELLA,
        slow,
        endpoint=endpoint,
        wsdl_cache_dir=tmp_path / "wsdl",
    )
    assert english(report.error) and not report.checks
    assert time.monotonic() - started < 2
    assert "pw" not in str(caught.value)


def test_hosts_free_text_never_reaches_the_afas_host_name() -> None:
    """The customer number is the only free part of the AFAS address, and it must be 5 digits."""
    for typed in ("12345.evil.example#", "12345@evil.example", "1234", "１２３４５"):
        with pytest.raises(CheckFailed) as caught:
            afas_base_url(typed, AfasEnvironment.PRODUCTION)
        assert caught.value.kind is NetworkProblem.INPUT


def test_hosts_loopback_endpoint_is_allowed(
    fake_afas: FakeAfas, fake_nmbrs: FakeNmbrs, tmp_path: Path
) -> None:
    """Plain http to 127.0.0.1 is the one exception, and real checks work through it."""
    assert _afas(fake_afas).ok
    assert _nmbrs(fake_nmbrs, tmp_path / "wsdl").ok


def test_hosts_redirect_to_another_host_is_refused_afas(fake_afas: FakeAfas) -> None:
    """AFAS answers 302 to localhost: the check stops, the token is not sent on.

    The client-level twin is test_redirect_to_another_host_is_refused in test_network.py.
    """
    fake_afas.config.scenario = FakeAfasScenario.REDIRECT_OTHER_HOST
    with pytest.raises(CheckFailed) as caught:
        _afas(fake_afas)
    assert caught.value.kind is NetworkProblem.REDIRECT
    assert len(fake_afas.requests) == 1


@pytest.mark.parametrize("operation", ["*", "Partner_Get"])
def test_hosts_redirect_to_another_host_is_refused_nmbrs(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path, operation: str
) -> None:
    """An Nmbrs call answered with 307 to localhost is refused, never repeated there."""
    nmbrs_scenario.faults = {operation: FaultMode.REDIRECT_OTHER_HOST}
    report = _nmbrs(fake_nmbrs, tmp_path / "wsdl")
    refused = PROBLEM_MESSAGES[NetworkProblem.REDIRECT].format(host="127.0.0.1")
    if operation == "*":
        assert english(report.error) == refused
        assert fake_nmbrs.count("Environment_Get") == 1
    else:
        item = next(item for item in report.checks if item.name == operation)
        assert item.status is CallStatus.NOT_CHECKED
        assert english(item.message) == refused
        # Followed, the 307 would have reached this same server a second time.
        assert fake_nmbrs.count(operation) == 1


# --- XML: parsing is safe against entity expansion and external entities --------------------


def test_xml_entity_expansion_is_not_expanded(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    """A "billion laughs" answer to every call ends the check at once, with an error.

    Expanded, the bomb would be 3 GB of text; the time and the memory high-water mark show
    it was not.
    """
    nmbrs_scenario.faults = {"*": FaultMode.XML_BOMB}
    before = _peak_rss_bytes()
    started = time.monotonic()
    report = _nmbrs(fake_nmbrs, tmp_path / "wsdl")
    assert time.monotonic() - started < 5
    assert english(report.error) == PROBLEM_MESSAGES[NetworkProblem.MALFORMED].format(
        host="127.0.0.1"
    )
    assert not any(item.status is CallStatus.ACTIVE for item in report.checks)
    after = _peak_rss_bytes()
    if before is not None and after is not None:
        assert after - before < 200 * MB


@pytest.fixture
def local_secret(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    marker = "XXE-SENTINEL-c41d9e"
    path = tmp_path / "geheim.txt"
    path.write_text(marker, encoding="utf-8")
    yield path, marker


@pytest.mark.parametrize("operation", ["*", "Partner_Get"])
def test_xml_external_entity_is_never_resolved(
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    tmp_path: Path,
    local_secret: tuple[Path, str],
    operation: str,
) -> None:
    """A fault whose text is an external entity naming a local file never shows that file.

    Nmbrs fault texts do reach the report (test_other_fault_codes_are_errors_with_the_nmbrs_text
    in test_nmbrs_probe.py), so a resolving parser would put the file's content there.
    """
    path, marker = local_secret
    nmbrs_scenario.faults = {operation: FaultMode.XXE}
    nmbrs_scenario.xxe_target = path.as_uri()
    # The fixture is sharp: a parser that resolves entities does read the file.
    permissive = etree.XMLParser(resolve_entities=True, no_network=True)
    assert marker in etree.tostring(etree.fromstring(xxe_fault(path.as_uri()), permissive)).decode()

    report = _nmbrs(fake_nmbrs, tmp_path / "wsdl")
    assert marker not in repr(report)
    assert marker not in json.dumps(
        [english(item.message) for item in report.checks] + [english(report.error)]
    )
    if operation != "*":
        item = next(item for item in report.checks if item.name == operation)
        assert item.status is CallStatus.NOT_CHECKED


def test_xml_external_entity_in_a_wsdl_is_refused(local_secret: tuple[Path, str]) -> None:
    """A WSDL (downloaded or from the cache) with a DTD is refused before zeep reads it."""
    path, marker = local_secret
    wsdl = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{path.as_uri()}">]>'
        '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"><documentation>&x;</documentation>'
        "</definitions>"
    ).encode()
    with pytest.raises(Exception) as caught:
        parse_document("http://127.0.0.1:9/soap/v3/Xxe.asmx?WSDL", wsdl)
    assert type(caught.value).__name__ == "DTDForbidden"
    assert marker not in str(caught.value)


# --- Response size: oversized responses are cut off -------------------------------------------


@pytest.mark.parametrize(
    "scenario", [FakeAfasScenario.OVERSIZED, FakeAfasScenario.OVERSIZED_STREAMED]
)
def test_response_size_oversized_afas_answer_is_cut_off(
    fake_afas: FakeAfas, scenario: FakeAfasScenario
) -> None:
    """8 MB against a 256 KB cap: refused from the header, or after reading just past the cap.

    Client-level twins: test_oversized_body_is_refused(_async) in test_network.py.
    """
    import tracemalloc

    fake_afas.config.scenario = scenario
    fake_afas.config.oversized_bytes = 8 * MB
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(CheckFailed) as caught:
            _afas(fake_afas, SMALL_CAP)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind is NetworkProblem.OVERSIZED
    assert elapsed < 2
    assert peak < 2 * MB


def test_response_size_oversized_nmbrs_answer_is_cut_off(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    """Every SOAP answer streams 8 MB without a length; the probe reads at most the cap each."""
    import tracemalloc

    nmbrs_scenario.faults = {"*": FaultMode.OVERSIZED_STREAMED}
    nmbrs_scenario.oversized_bytes = 8 * MB
    tracemalloc.start()
    try:
        started = time.monotonic()
        report = _nmbrs(fake_nmbrs, tmp_path / "wsdl", SMALL_CAP)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    # A handful of calls run at once, each holding at most the cap.
    assert peak < 16 * MB
    assert not report.ok
    messages = {item.name: english(item.message) for item in report.checks}
    assert "more data than the wizard reads" in messages["List_GetAll"]


# --- Files: progress and export are written atomically, with owner-only permissions ---------


def _write_progress(folder: Path, state: WizardState) -> Path:
    store = ProgressStore(folder)
    store.save(state)
    return store.path


def _write_export(folder: Path, state: WizardState) -> Path:
    target = folder / "aanmelding.json"
    export_registration(target, state)
    return target


WRITERS: dict[str, Callable[[Path, WizardState], Path]] = {
    "progress": _write_progress,
    "export": _write_export,
}


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    # The clerk's umask is not ours to trust: 000 would make an ordinary open() world-writable.
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_files_are_owner_only(kind: str, tmp_path: Path, permissive_umask: None) -> None:
    """0600 even with umask 000 and even over an earlier world-readable file.

    Simpler twins: test_progress_file_is_owner_only, test_export_is_owner_only.
    """
    write = WRITERS[kind]
    target = write(tmp_path, example_state("afas"))
    target.chmod(0o644)
    write(tmp_path, example_state("afas"))
    assert target.stat().st_mode & 0o777 == 0o600


def _make_folder_by(kind: str, folder: Path) -> None:
    if kind == "progress":
        ProgressStore(folder).save(example_state("afas"))
    elif kind == "log":
        try:
            configure_logging(folder)
        finally:
            stop_logging()
    elif kind == "lock":
        lock = acquire_single_instance(folder)
        assert lock is not None
        lock.release()
    else:
        WsdlCache(folder).store("https://api.nmbrs.nl/soap/v3/CompanyService.asmx", b"<x/>")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("kind", ["progress", "log", "lock", "wsdl-cache"])
def test_files_folders_the_wizard_creates_are_owner_only(
    kind: str, tmp_path: Path, permissive_umask: None
) -> None:
    """0700 for every folder the wizard makes, parents included; existing ones untouched."""
    (tmp_path / "profile").mkdir(mode=0o755)
    folder = tmp_path / "profile" / "a.s.r. salariskoppeling" / "salariskoppeling-wizard"
    _make_folder_by(kind, folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder.parent.stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "profile").stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_files_are_written_via_a_temporary_file_and_a_rename(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def recording_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        renames.append((Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(atomic_file.os, "replace", recording_replace)
    target = WRITERS[kind](tmp_path, example_state("afas"))
    monkeypatch.undo()
    [(source, destination)] = renames
    assert destination == target
    assert source.parent == target.parent
    assert source.name.startswith(f".{target.name}.") and source.suffix == ".tmp"
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name]


def _content(data: bytes) -> str:
    """The document without its write time; raises on a partial (unparsable) file."""
    document = json.loads(data)
    document.pop("saved_at", None)
    document.pop("gemaakt_op", None)
    return json.dumps(document, sort_keys=True)


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows cannot replace a file a reader holds open; write_atomic retries instead",
)
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_files_a_reader_never_sees_a_partial_file(kind: str, tmp_path: Path) -> None:
    """While one thread rewrites the file (small and large in turn), every read is whole."""
    write = WRITERS[kind]
    small = example_state("afas")
    large = example_state("afas")
    # Large enough that a plain open-and-write would be caught half-way.
    large.afas.company_name = "Voorbeeld " * 20_000
    target = write(tmp_path, small)
    versions = {_content(target.read_bytes())}
    target = write(tmp_path, large)
    versions.add(_content(target.read_bytes()))
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            count = 0
            while not stop.is_set() and count < 150:
                write(tmp_path, small if count % 2 else large)
                count += 1
        except BaseException as error:  # reported by the main thread
            failures.append(error)
        finally:
            stop.set()

    thread = threading.Thread(target=writer)
    thread.start()
    reads = 0
    try:
        while not stop.is_set():
            data = target.read_bytes()
            assert _content(data) in versions, f"partial read of {len(data)} bytes"
            reads += 1
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not failures
    assert reads > 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name]


# --- Clipboard: copied tokens are cleared -----------------------------------------------------


def test_clipboard_copied_tokens_are_cleared(qtbot, make_wizard) -> None:
    """From the real summary page: the token goes on the clipboard and is wiped after a while.

    The panel's own tests (tests/ui/test_copy_fields.py) cover masking, "something else was
    copied since" and wiping at quit.
    """
    wizard = make_wizard()
    state = example_state("nmbrs-overkoepelend")
    wizard.load_state(state)
    wizard.setStartId(int(Step.SUMMARY))
    wizard.restart()
    assert wizard.current_step() is Step.SUMMARY
    panel = wizard.pages[Step.SUMMARY].copy_panel
    panel.refresh()
    panel.clear_after_ms = 100
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    button = panel.findChild(QPushButton, "copy_token")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == state.nmbrs.token
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert wizard.state.nmbrs.token == state.nmbrs.token


# --- Environment: proxy credentials from the environment are never logged -------------------

PROXY_USER = "proxyclerk"
PROXY_PASSWORD = "Env-Pr0xy-Sentinel-5521"


def _proxy_environment(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    credentials = proxy_url.replace("http://", f"http://{PROXY_USER}:{PROXY_PASSWORD}@")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, credentials)
    # conftest keeps loopback traffic away from proxies; here it must go through one.
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)


def test_environment_proxy_credentials_are_never_logged(
    fake_afas: FakeAfas,
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    closed_loopback_port: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Checks run through a password-protected proxy from the environment, at DEBUG level.

    The log-only twin is test_proxy_credentials_from_the_environment_are_never_logged in
    test_diagnostics_log.py; this one runs the real checks, a proxy failure and a traceback.
    """
    nmbrs_scenario.faults = {"Partner_Get": FaultMode.XML_BOMB}  # so the probe logs a warning
    log = logging.getLogger("wizard.test_threat_model")
    basic = base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()
    with _Server(_RelayProxy) as proxy:
        _proxy_environment(monkeypatch, proxy.url)
        forget_secrets()
        log_path = configure_logging(tmp_path / "logs", level=logging.DEBUG)
        try:
            afas_report = _afas(fake_afas)
            nmbrs_report = _nmbrs(fake_nmbrs, tmp_path / "wsdl")
            log.info("checks done: afas ok=%s, nmbrs ok=%s", afas_report.ok, nmbrs_report.ok)
            # A proxy that refuses connections: the error path, traceback included.
            _proxy_environment(monkeypatch, f"http://127.0.0.1:{closed_loopback_port}")
            with pytest.raises(CheckFailed) as caught:
                _afas(fake_afas, replace(FAST, connect_timeout=REFUSAL_CONNECT_TIMEOUT))
            log.warning("check failed: %s", str(caught.value), exc_info=caught.value)
            for handler in logging.getLogger("wizard").handlers:
                handler.flush()
            text = log_path.read_text(encoding="utf-8")
        finally:
            stop_logging()
            forget_secrets()
    # The checks really went through the proxy, with the credentials.
    assert afas_report.ok
    assert proxy.seen and all(auth == f"Basic {basic}" for _m, _t, auth in proxy.seen)
    assert caught.value.kind is NetworkProblem.PROXY
    assert "Nmbrs check" in text and "check failed" in text
    for secret in (PROXY_PASSWORD, basic, f"{PROXY_USER}:"):
        assert secret not in text
        assert secret not in repr(afas_report) + repr(nmbrs_report) + str(caught.value)
