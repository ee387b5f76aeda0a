"""Memory and time stay bounded, and a bad answer or setting gives a message, whatever a server
or the environment sends (issue 15 §2, §5 and the DTDForbidden noise).

The memory tests run the real program under a 1 GiB address-space limit against a loopback
server sending decompression bombs; the time tests use a server that trickles its answer.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.check_messages import english
from tests.cli_arguments import nmbrs_check_argv
from tests.fakes.fake_afas import FakeAfas
from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode, NmbrsScenario
from tests.fakes.hostile_server import (
    HostileAnswer,
    HostileConfig,
    HostileServer,
    deflate_bomb,
    double_gzip_bomb,
    gzip_bomb,
)
from wizard.core.model import AccountType
from wizard.services.afas.check import check_afas
from wizard.services.network_body import PIECE_BYTES, BodyDecoder
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.network_settings import NetworkSettings, make_async_client, make_client
from wizard.services.nmbrs.check import run_nmbrs_check

REPO = Path(__file__).resolve().parents[1]
AFAS_TOKEN = "0123456789ABCDEF" * 4
NMBRS_TOKEN = "fake-valid-token-0123456789"
ONE_GIB = 1024**3
EXPECTED = ["BP_Werkgevers"]

MSG_TOO_LARGE = "was far larger than expected"
MSG_NOT_IN_TIME = "did not answer in time"
MSG_MALFORMED = "incomplete or not in the expected format"

# Generous: the outcome is what is tested, this only catches a check that never ends.
GENEROUS_SECONDS = 30


@functools.cache
def _bomb(kind: str) -> bytes:
    return {"gzip": gzip_bomb, "deflate": deflate_bomb, "gzip, gzip": double_gzip_bomb}[kind]()


def _prlimit() -> str:
    found = shutil.which("prlimit")
    if found is None:
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail("prlimit (util-linux) is needed for the memory tests")
        pytest.skip("prlimit is not available on this system")
    return found


def _clean_environment(**extra: str) -> dict[str, str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.lower().endswith("_proxy") and name.lower() != "no_proxy"
    }
    return dict(environment, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", **extra)


def _run_wizard(
    argv: list[str], environment: dict[str, str], *, memory_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", *argv]
    if memory_limit is not None:
        command = [_prlimit(), f"--as={memory_limit}", *command]
    return subprocess.run(
        command,
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _afas_argv(origin: str, *extra: str) -> list[str]:
    return [
        "check",
        "afas",
        "--customer-number",
        "12345",
        "--endpoint",
        origin + "/ProfitRestServices",
        "--connectors",
        ",".join(EXPECTED),
        "--lang",
        "en",
        *extra,
    ]


def _nmbrs_argv(origin: str, cache: Path, *extra: str) -> list[str]:
    return nmbrs_check_argv(origin, cache, "--lang", "en", *extra)


def _assert_clean_exit(result: subprocess.CompletedProcess[str], code: int, message: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == code, result.stderr[-2000:]
    assert message in result.stdout + result.stderr


# --- §2 decompressed size: the real program under a 1 GiB address-space limit ---------------


@pytest.mark.parametrize("coding", ["gzip", "gzip, gzip", "deflate"])
def test_afas_decompression_bomb_stops_at_the_cap(coding: str) -> None:
    answer = HostileAnswer(_bomb(coding), content_encoding=coding)
    with HostileServer(HostileConfig(answer=answer)) as server:
        result = _run_wizard(
            _afas_argv(server.origin),
            _clean_environment(AFAS_TOKEN=AFAS_TOKEN),
            memory_limit=ONE_GIB,
        )
    _assert_clean_exit(result, 2, MSG_TOO_LARGE)


@pytest.mark.parametrize("coding", ["gzip", "gzip, gzip"])
def test_nmbrs_wsdl_decompression_bomb_stops_at_the_cap(coding: str, tmp_path: Path) -> None:
    wsdl = HostileAnswer(_bomb(coding), content_encoding=coding, content_type="text/xml")
    with HostileServer(HostileConfig(wsdl=wsdl)) as server:
        result = _run_wizard(
            _nmbrs_argv(server.origin, tmp_path),
            _clean_environment(NMBRS_TOKEN=NMBRS_TOKEN),
            memory_limit=ONE_GIB,
        )
    _assert_clean_exit(result, 2, MSG_TOO_LARGE)
    assert not list(tmp_path.iterdir()), "nothing of a refused WSDL is cached"


@pytest.mark.parametrize("coding", ["gzip", "gzip, gzip"])
def test_nmbrs_soap_decompression_bomb_stops_at_the_cap(coding: str, tmp_path: Path) -> None:
    """Real WSDLs, then every SOAP answer a bomb: each call stops at the cap, and the
    companies cannot be read, so the result is "not everything works" (exit 1)."""
    answer = HostileAnswer(_bomb(coding), content_encoding=coding, content_type="text/xml")
    with HostileServer(HostileConfig(answer=answer)) as server:
        result = _run_wizard(
            _nmbrs_argv(server.origin, tmp_path),
            _clean_environment(NMBRS_TOKEN=NMBRS_TOKEN),
            memory_limit=ONE_GIB,
        )
    _assert_clean_exit(result, 1, "List_GetAll")
    assert "Result: something required is missing or was refused." in result.stdout


def test_the_decoder_holds_one_piece_at_a_time() -> None:
    """Without an address-space limit (Windows, macOS): 64 MiB out of a tiny double gzip,
    decoded to the end with a cap out of reach, never holds much more than a piece."""
    size = 64 * 1024 * 1024
    body = double_gzip_bomb(size)
    decoder = BodyDecoder(["gzip", "gzip"], max_bytes=2 * size, host="127.0.0.1")
    total = largest = 0
    tracemalloc.start()
    try:
        for start in range(0, len(body), 65536):
            for piece in decoder.feed(body[start : start + 65536]):
                total += len(piece)
                largest = max(largest, len(piece))
        for piece in decoder.finish():
            total += len(piece)
            largest = max(largest, len(piece))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert largest <= PIECE_BYTES
    assert peak < 4 * 1024 * 1024


def _fetch_with_both_clients(url: str, settings: NetworkSettings) -> list[CheckFailed]:
    """Fetch `url` with the blocking and the async client; the failures they raised."""
    failures: list[CheckFailed] = []
    with make_client(settings) as client:
        try:
            client.get(url)
        except CheckFailed as failure:
            failures.append(failure)

    async def fetch() -> None:
        async with make_async_client(settings) as client:
            await client.get(url)

    try:
        asyncio.run(fetch())
    except CheckFailed as failure:
        failures.append(failure)
    return failures


@pytest.mark.parametrize("coding", ["gzip", "x-gzip", "deflate", "gzip, gzip", "GZIP,deflate"])
def test_every_client_counts_decoded_bytes(coding: str) -> None:
    """64 MiB inflated behind every coding the wizard accepts: both clients stop at the cap."""
    body = b"\0" * (64 * 1024 * 1024)
    for part in [c.strip().lower() for c in coding.split(",")]:  # in the order applied
        body = _encoded(part, body)
    answer = HostileAnswer(body, content_encoding=coding)
    settings = NetworkSettings(max_response_bytes=1024 * 1024)
    with HostileServer(HostileConfig(answer=answer)) as server:
        failures = _fetch_with_both_clients(server.origin + "/", settings)
    assert [failure.kind for failure in failures] == [NetworkProblem.OVERSIZED] * 2


def _encoded(coding: str, data: bytes) -> bytes:
    return gzip.compress(data, 6) if coding in ("gzip", "x-gzip") else zlib.compress(data, 6)


@pytest.mark.parametrize("coding", ["gzip", "deflate", "gzip, gzip"])
def test_small_encoded_answers_are_decoded(coding: str) -> None:
    document = {"getConnectors": [{"id": name} for name in EXPECTED]}
    body = json.dumps(document).encode()
    for part in [c.strip() for c in coding.split(",")]:
        body = _encoded(part, body)
    answer = HostileAnswer(body, content_encoding=coding)
    with HostileServer(HostileConfig(answer=answer)) as server:
        with make_client(NetworkSettings()) as client:
            assert client.get(server.origin + "/").json() == document
        report = check_afas(
            "12345",
            AFAS_TOKEN,
            NetworkSettings(),
            expected_connectors=EXPECTED,
            endpoint=server.origin + "/ProfitRestServices",
        )
    assert report.ok


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, gzip, gzip"])
def test_codings_the_wizard_did_not_ask_for_are_refused(coding: str) -> None:
    answer = HostileAnswer(b"\x1f\x8b not really", content_encoding=coding)
    with HostileServer(HostileConfig(answer=answer)) as server:
        failures = _fetch_with_both_clients(server.origin + "/", NetworkSettings())
        with make_client(NetworkSettings()) as client:
            request = client.build_request("GET", server.origin + "/")
    assert [failure.kind for failure in failures] == [NetworkProblem.MALFORMED] * 2
    assert request.headers["accept-encoding"] == "gzip, deflate"


# --- §2 total deadlines: a server that trickles ---------------------------------------------


def _trickling(*, headers_too: bool = False, size: int = 4096) -> HostileConfig:
    body = json.dumps({"getConnectors": [], "padding": "x" * size}).encode()
    return HostileConfig(
        answer=HostileAnswer(body, trickle_bytes=1, trickle_pause=0.05, trickle_headers=headers_too)
    )


@pytest.mark.parametrize("headers_too", [False, True])
def test_a_trickling_answer_hits_the_request_deadline(headers_too: bool) -> None:
    settings = NetworkSettings(read_timeout=5, request_deadline=1, check_deadline=60)
    with HostileServer(_trickling(headers_too=headers_too)) as server:
        with pytest.raises(CheckFailed) as caught:
            check_afas(
                "12345",
                AFAS_TOKEN,
                settings,
                expected_connectors=EXPECTED,
                endpoint=server.origin + "/ProfitRestServices",
            )
    assert caught.value.kind is NetworkProblem.TIMEOUT
    assert MSG_NOT_IN_TIME in str(caught.value)


def test_a_trickling_streamed_body_hits_the_request_deadline() -> None:
    settings = NetworkSettings(read_timeout=5, request_deadline=1)

    async def fetch(url: str) -> None:
        async with make_async_client(settings) as client, client.stream("GET", url) as response:
            async for _chunk in response.aiter_bytes():
                pass

    with HostileServer(_trickling()) as server, pytest.raises(httpx.ReadTimeout):
        asyncio.run(fetch(server.origin + "/"))


def test_the_whole_afas_check_has_a_deadline() -> None:
    """Each request is within its own deadline; the check as a whole is not."""
    settings = NetworkSettings(read_timeout=5, request_deadline=60, check_deadline=1.5)
    with HostileServer(_trickling()) as server:
        with pytest.raises(CheckFailed) as caught:
            check_afas(
                "12345",
                AFAS_TOKEN,
                settings,
                expected_connectors=EXPECTED,
                endpoint=server.origin + "/ProfitRestServices",
            )
    assert caught.value.kind is NetworkProblem.TIMEOUT
    assert "The check took longer than 1.5 seconds and was stopped" in str(caught.value)


def test_the_whole_nmbrs_check_has_a_deadline(tmp_path: Path) -> None:
    scenario = NmbrsScenario(token=NMBRS_TOKEN, latency=0.6)
    settings = NetworkSettings(read_timeout=5, request_deadline=60, check_deadline=1)
    with FakeNmbrs(scenario) as fake:
        report = run_nmbrs_check(
            "koppeling@example.nl",
            NMBRS_TOKEN,
            "oamkb",
            AccountType.UMBRELLA,
            settings,
            endpoint=fake.base_url,
            wsdl_cache_dir=tmp_path,
        )
    assert report.error is not None
    assert "The check took longer than 1 seconds and was stopped" in english(report.error)
    assert not report.ok


def test_a_trickling_nmbrs_answer_marks_the_call_not_in_time(tmp_path: Path) -> None:
    answer = HostileAnswer(
        b"<x/>" * 512, content_type="text/xml", trickle_bytes=1, trickle_pause=0.05
    )
    settings = NetworkSettings(read_timeout=5, request_deadline=1, check_deadline=60)
    with HostileServer(HostileConfig(answer=answer)) as server:
        report = run_nmbrs_check(
            "koppeling@example.nl",
            NMBRS_TOKEN,
            "oamkb",
            AccountType.UMBRELLA,
            settings,
            endpoint=server.origin,
            wsdl_cache_dir=tmp_path,
        )
    assert report.error is not None
    assert MSG_NOT_IN_TIME in english(report.error)


def test_the_deadlines_are_command_line_options() -> None:
    with HostileServer(_trickling()) as server:
        result = _run_wizard(
            [*_afas_argv(server.origin, "--check-deadline", "1"), "--lang", "nl"],
            _clean_environment(AFAS_TOKEN=AFAS_TOKEN),
        )
    _assert_clean_exit(result, 2, "De controle duurde langer dan 1 seconden en is gestopt.")


def test_deadlines_are_settings_with_sensible_defaults() -> None:
    settings = NetworkSettings()
    assert settings.read_timeout < settings.request_deadline < settings.check_deadline <= 300
    assert "request_deadline=" in repr(settings)
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            NetworkSettings(request_deadline=bad)
        with pytest.raises(ValueError):
            NetworkSettings(check_deadline=bad)


# --- §5 messages, not tracebacks ------------------------------------------------------------


def _afas_answer(status: int, body: bytes) -> HostileConfig:
    return HostileConfig(answer=HostileAnswer(body, status=status))


DEEP_JSON = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (200, DEEP_JSON, MSG_MALFORMED),
        (200, b'{"getConnectors": ' + DEEP_JSON + b"}", MSG_MALFORMED),
        (503, b'{"retry_after": ' + DEEP_JSON + b"}", "Try again later"),
        (503, b'{"retry_after": Infinity}', "Try again later"),
        (503, b'{"retry_after": -Infinity}', "Try again later"),
        (503, b'{"retry_after": NaN}', "Try again later"),
        (503, b'{"retry_after": 1e308}', "Try again later"),
        (503, b'{"retry_after": 90000}', "Try again later"),
        (503, b'{"retry_after": 3600}', "Try again in about 60 minutes"),
    ],
    ids=[
        "deep",
        "deep-inside",
        "deep-503",
        "infinity",
        "minus-infinity",
        "nan",
        "1e308",
        "over-a-day",
        "an-hour",
    ],
)
def test_odd_afas_answers_give_a_message(status: int, body: bytes, message: str) -> None:
    with HostileServer(_afas_answer(status, body)) as server:
        result = _run_wizard(_afas_argv(server.origin), _clean_environment(AFAS_TOKEN=AFAS_TOKEN))
    _assert_clean_exit(result, 2, message)


@pytest.mark.parametrize("header", ["9" * 5000, "1" + "0" * 12, "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_an_odd_retry_after_header_says_later(header: str) -> None:
    answer = HostileAnswer(b"{}", status=503, headers={"Retry-After": header})
    with HostileServer(HostileConfig(answer=answer)) as server:
        with pytest.raises(CheckFailed) as caught:
            check_afas(
                "12345",
                AFAS_TOKEN,
                NetworkSettings(),
                expected_connectors=EXPECTED,
                endpoint=server.origin + "/ProfitRestServices",
            )
    assert "Try again later" in str(caught.value)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("ALL_PROXY", "socks5://127.0.0.1:1080", "ALL_PROXY is a SOCKS proxy"),
        ("HTTPS_PROXY", "socks5h://proxy.example.nl:1080", "HTTPS_PROXY is a SOCKS proxy"),
        ("HTTPS_PROXY", "http://[::1", "HTTPS_PROXY is not a valid address"),
        ("HTTP_PROXY", "http://proxy.example.nl:port", "HTTP_PROXY is not a valid address"),
        ("ALL_PROXY", "ftp://proxy.example.nl:21", "ALL_PROXY is not a valid address"),
    ],
)
@pytest.mark.parametrize("package", ["afas", "nmbrs"])
def test_unusable_environment_proxy_gives_a_message(
    package: str, variable: str, value: str, message: str, tmp_path: Path
) -> None:
    environment = _clean_environment(
        AFAS_TOKEN=AFAS_TOKEN, NMBRS_TOKEN=NMBRS_TOKEN, **{variable: value}
    )
    # Refused before any traffic: no server is needed.
    origin = "http://127.0.0.1:9"
    argv = _afas_argv(origin) if package == "afas" else _nmbrs_argv(origin, tmp_path)
    result = _run_wizard(argv, environment)
    _assert_clean_exit(result, 2, message)
    assert "Proxy field" in result.stderr


@pytest.mark.parametrize("value", ["ftp://proxy.example.nl:21", "socks5://127.0.0.1:1080", "[::1"])
def test_unusable_system_proxy_gives_a_message(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows and macOS urllib reads the system's proxy settings, not a variable: the
    message must not name a variable nobody set. (The system settings are stood in for.)"""
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setattr(urllib.request, "getproxies", lambda: {"https": value})
    with pytest.raises(CheckFailed) as caught:
        check_afas(
            "12345",
            AFAS_TOKEN,
            NetworkSettings(),
            expected_connectors=EXPECTED,
            endpoint="http://127.0.0.1:9/ProfitRestServices",
        )
    assert caught.value.kind is NetworkProblem.INPUT
    assert "system settings" in str(caught.value)
    assert "_PROXY" not in str(caught.value)


def test_proxy_entered_in_the_wizard_overrides_a_broken_environment(
    monkeypatch: pytest.MonkeyPatch, fake_afas: FakeAfas
) -> None:
    """The message tells the clerk to enter a proxy; doing so must then work."""
    monkeypatch.setenv("HTTPS_PROXY", "http://[::1")
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    settings = NetworkSettings(proxy_url=fake_afas.origin)
    with make_client(settings) as client:
        assert client.get("http://example.invalid/ProfitRestServices/metainfo").status_code == 401


# --- DTDForbidden and other log warnings stay off the command line's stderr -----------------


@pytest.fixture
def hostile_nmbrs() -> Iterator[Callable[[dict[str, FaultMode]], FakeNmbrs]]:
    servers: list[FakeNmbrs] = []

    def start(faults: dict[str, FaultMode]) -> FakeNmbrs:
        server = FakeNmbrs(NmbrsScenario(token=NMBRS_TOKEN, faults=faults)).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.mark.parametrize("mode", [FaultMode.XXE, FaultMode.XML_BOMB])
def test_check_nmbrs_prints_no_dtd_warnings(
    mode: FaultMode,
    hostile_nmbrs: Callable[[dict[str, FaultMode]], FakeNmbrs],
    tmp_path: Path,
) -> None:
    fake = hostile_nmbrs({"PersonalInfo_GetCurrent": mode, "Environment_Get": mode})
    result = _run_wizard(
        _nmbrs_argv(fake.base_url, tmp_path), _clean_environment(NMBRS_TOKEN=NMBRS_TOKEN)
    )
    # An answer refused for its DTD is not judged: "could not check everything", exit 2.
    _assert_clean_exit(result, 2, "PersonalInfo_GetCurrent")
    assert "DTDForbidden" not in result.stderr
    assert result.stderr == ""


def test_every_http_client_comes_from_the_shared_setup() -> None:
    """The size cap, decoding and deadlines live in network_settings' clients; a client built
    anywhere else would bypass them."""
    allowed = {"network_settings.py", "network_deadline.py"}
    builders = ("httpx.Client(", "httpx.AsyncClient(", "httpx.get(", "httpx.post(", "httpx.stream(")
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "wizard").rglob("*.py")
        if path.name not in allowed and any(b in path.read_text("utf-8") for b in builders)
    ]
    assert offenders == []
