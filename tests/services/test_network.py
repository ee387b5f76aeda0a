"""The shared network layer: settings, clients, endpoint policy, error classification."""

from __future__ import annotations

import asyncio
import datetime
import gzip
import ipaddress
import pickle
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes.afas_fixtures import REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_afas import FakeAfas, FakeAfasScenario
from tests.fakes.loopback_server import LoopbackHTTPServer
from wizard.services.endpoint_policy import (
    allowed_base_url,
    allowed_endpoint_override,
    choose_base_url,
    is_loopback_host,
)
from wizard.services.network_errors import (
    CheckFailed,
    NetworkProblem,
    classify_httpx_error,
    decode_json_body,
    failure_from_httpx,
    looks_like_html,
    read_capped,
)
from wizard.services.network_settings import (
    NetworkSettings,
    describe_proxy,
    make_async_client,
    make_client,
    normalize_proxy_url,
)

FAST = NetworkSettings(connect_timeout=0.5, read_timeout=0.5, max_response_bytes=64 * 1024)
TO_CLOSED_PORT = replace(FAST, connect_timeout=REFUSAL_CONNECT_TIMEOUT)


class _LoopbackServer:
    """A tiny threaded HTTP(S) server on 127.0.0.1 for one handler class."""

    def __init__(
        self, handler: type[BaseHTTPRequestHandler], tls: ssl.SSLContext | None = None
    ) -> None:
        self.server = LoopbackHTTPServer(handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.seen: list[dict[str, Any]] = []
        self.server.seen = self.seen  # type: ignore[attr-defined]

    @property
    def port(self) -> int:
        return self.server.port

    def __enter__(self) -> _LoopbackServer:
        self.server.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.stop()


class _ForwardProxy(BaseHTTPRequestHandler):
    """Answers absolute-form requests itself, recording what a proxy would see."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.server.seen.append(  # type: ignore[attr-defined]
            {
                "target": self.path,
                "proxy_auth": self.headers.get("Proxy-Authorization") is not None,
            }
        )
        body = b'{"via": "proxy"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _GzipBomb(BaseHTTPRequestHandler):
    """A small gzip body that inflates to 1 MiB."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = gzip.compress(b"0" * (1024 * 1024))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# --- settings and proxy ----------------------------------------------------------------------


def test_defaults_match_the_agreed_values() -> None:
    settings = NetworkSettings()
    assert settings.proxy_url is None
    assert settings.connect_timeout == 5.0
    assert settings.read_timeout == 20.0
    assert settings.max_response_bytes == 5 * 1024 * 1024
    assert settings.timeout.connect == 5.0
    assert settings.timeout.read == 20.0


def test_repr_and_description_hide_proxy_credentials() -> None:
    settings = NetworkSettings(proxy_url="http://alice:pr0xy-s3cret@proxy.example.nl:8080")
    assert "pr0xy-s3cret" not in repr(settings)
    assert "alice" not in repr(settings)
    assert "proxy.example.nl:8080" in repr(settings)
    assert describe_proxy(settings) == "proxy.example.nl:8080"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("   ", None),
        ("proxy.example.nl:3128", "http://proxy.example.nl:3128"),
        ("https://proxy.example.nl:443", "https://proxy.example.nl:443"),
        (" http://[::1]:3128 ", "http://[::1]:3128"),
    ],
)
def test_proxy_input_is_normalized(typed: str, expected: str | None) -> None:
    assert normalize_proxy_url(typed) == expected


@pytest.mark.parametrize(
    "typed", ["socks5://proxy.example.nl:1080", "http://proxy.example.nl", "http://:8080", "a b"]
)
def test_unusable_proxy_is_refused_as_input(typed: str) -> None:
    with pytest.raises(CheckFailed) as caught:
        NetworkSettings(proxy_url=typed)
    assert caught.value.kind is NetworkProblem.INPUT


def test_environment_proxy_is_described_and_no_proxy_honoured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://bob:env-s3cret@envproxy.example.nl:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    assert describe_proxy(NetworkSettings()) == "envproxy.example.nl:3128"
    assert describe_proxy(NetworkSettings(), "https://127.0.0.1:9/x") is None


def test_configured_proxy_carries_the_requests(fake_afas: FakeAfas) -> None:
    with _LoopbackServer(_ForwardProxy) as proxy:
        settings = NetworkSettings(
            proxy_url=f"http://user:pw@127.0.0.1:{proxy.port}", connect_timeout=0.5, read_timeout=1
        )
        with make_client(settings) as client:
            response = client.get(fake_afas.origin + "/ProfitRestServices/profitversion")
        assert response.json() == {"via": "proxy"}
        assert proxy.seen == [
            {"target": fake_afas.origin + "/ProfitRestServices/profitversion", "proxy_auth": True}
        ]
    # The configured proxy won, so the fake itself was never asked.
    assert fake_afas.requests == []


def test_environment_proxy_is_used_when_none_is_configured(
    fake_afas: FakeAfas, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _LoopbackServer(_ForwardProxy) as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        with make_client(FAST) as client:
            response = client.get(fake_afas.origin + "/x")
        assert response.json() == {"via": "proxy"}
        assert len(proxy.seen) == 1


# --- redirects ------------------------------------------------------------------------------


def test_redirect_to_another_host_is_refused(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.REDIRECT_OTHER_HOST
    with make_client(FAST) as client, pytest.raises(CheckFailed) as caught:
        client.get(fake_afas.base_url + "/metainfo")
    assert caught.value.kind is NetworkProblem.REDIRECT
    assert len(fake_afas.requests) == 1


def test_redirect_to_another_host_is_refused_async(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.REDIRECT_OTHER_HOST

    async def fetch() -> None:
        async with make_async_client(FAST) as client:
            await client.get(fake_afas.base_url + "/metainfo")

    with pytest.raises(CheckFailed) as caught:
        asyncio.run(fetch())
    assert caught.value.kind is NetworkProblem.REDIRECT


def test_redirect_on_the_same_host_is_followed(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.REDIRECT_SAME_HOST
    with make_client(FAST) as client:
        response = client.get(fake_afas.base_url + "/profitversion")
    assert response.status_code == 401  # followed, then refused for want of a token
    assert [request.query for request in fake_afas.requests] == [{}, {"redirected": ["1"]}]


# --- transport errors -----------------------------------------------------------------------


def test_closed_port_is_refused(closed_loopback_port: int) -> None:
    with make_client(TO_CLOSED_PORT) as client, pytest.raises(httpx.HTTPError) as caught:
        client.get(f"http://127.0.0.1:{closed_loopback_port}/")
    assert classify_httpx_error(caught.value) is NetworkProblem.REFUSED
    failure = failure_from_httpx(caught.value)
    assert failure.kind is NetworkProblem.REFUSED
    assert "127.0.0.1" in str(failure)


def test_closed_port_is_refused_async(closed_loopback_port: int) -> None:
    async def fetch() -> None:
        async with make_async_client(TO_CLOSED_PORT) as client:
            await client.get(f"http://127.0.0.1:{closed_loopback_port}/")

    with pytest.raises(httpx.HTTPError) as caught:
        asyncio.run(fetch())
    assert classify_httpx_error(caught.value) is NetworkProblem.REFUSED


def test_refused_proxy_is_reported_as_proxy(closed_loopback_port: int) -> None:
    settings = NetworkSettings(
        proxy_url=f"http://127.0.0.1:{closed_loopback_port}",
        connect_timeout=REFUSAL_CONNECT_TIMEOUT,
    )
    with make_client(settings) as client, pytest.raises(httpx.HTTPError) as caught:
        client.get("http://127.0.0.1:9/")
    assert failure_from_httpx(caught.value, through_proxy=True).kind is NetworkProblem.PROXY


def test_stalled_server_hits_the_read_timeout(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.STALL
    started = time.monotonic()
    with make_client(FAST) as client, pytest.raises(httpx.HTTPError) as caught:
        client.get(fake_afas.base_url + "/metainfo")
    assert time.monotonic() - started < 2
    assert failure_from_httpx(caught.value).kind is NetworkProblem.TIMEOUT


def test_stalled_server_hits_the_read_timeout_async(fake_afas: FakeAfas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.STALL

    async def fetch() -> None:
        async with make_async_client(FAST) as client:
            await client.get(fake_afas.base_url + "/metainfo")

    with pytest.raises(httpx.HTTPError) as caught:
        asyncio.run(fetch())
    assert classify_httpx_error(caught.value) is NetworkProblem.TIMEOUT


def test_tls_to_a_plain_http_server_is_a_tls_failure(fake_afas: FakeAfas) -> None:
    with make_client(FAST) as client, pytest.raises(httpx.HTTPError) as caught:
        client.get(f"https://127.0.0.1:{fake_afas.port}/")
    assert classify_httpx_error(caught.value) is NetworkProblem.TLS


@pytest.fixture
def self_signed_tls(tmp_path: Path) -> Iterator[ssl.SSLContext]:
    """A server TLS context with a certificate no trust store knows."""
    crypto = pytest.importorskip("cryptography")
    del crypto
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file = tmp_path / "cert.pem"
    key_file = tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    yield context


def test_untrusted_certificate_is_a_tls_failure(self_signed_tls: ssl.SSLContext) -> None:
    with _LoopbackServer(_ForwardProxy, tls=self_signed_tls) as server:
        with make_client(FAST) as client, pytest.raises(httpx.HTTPError) as caught:
            client.get(f"https://127.0.0.1:{server.port}/")
        assert failure_from_httpx(caught.value).kind is NetworkProblem.TLS
        assert server.seen == []


def test_dns_failure_is_told_apart() -> None:
    # A real lookup would leave the machine, so the resolver's error is built here.
    request = httpx.Request("GET", "https://99999.rest.afas.online/ProfitRestServices/metainfo")
    error = httpx.ConnectError("[Errno -2] Name or service not known", request=request)
    error.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert classify_httpx_error(error) is NetworkProblem.DNS
    failure = failure_from_httpx(error)
    assert failure.kind is NetworkProblem.DNS
    assert "99999.rest.afas.online" in str(failure)
    # Only the text survived (some stacks re-raise a plain OSError).
    text_only = httpx.ConnectError("getaddrinfo failed", request=request)
    assert classify_httpx_error(text_only) is NetworkProblem.DNS
    assert failure_from_httpx(error, through_proxy=True).kind is NetworkProblem.PROXY


def test_unknown_connect_error_is_a_connection_problem() -> None:
    request = httpx.Request("GET", "https://api.nmbrs.nl/")
    error = httpx.ConnectError("something odd", request=request)
    assert classify_httpx_error(error) is NetworkProblem.CONNECTION
    assert classify_httpx_error(httpx.ConnectError("no request")) is NetworkProblem.CONNECTION
    assert "?" in str(failure_from_httpx(httpx.ConnectError("no request")))


# --- response bodies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "scenario", [FakeAfasScenario.OVERSIZED, FakeAfasScenario.OVERSIZED_STREAMED]
)
def test_oversized_body_is_refused(fake_afas: FakeAfas, scenario: FakeAfasScenario) -> None:
    fake_afas.config.scenario = scenario
    fake_afas.config.oversized_bytes = 1024 * 1024
    with make_client(FAST) as client:
        # With a Content-Length the client refuses at once, else while reading.
        with (
            pytest.raises(CheckFailed) as caught,
            client.stream("GET", fake_afas.base_url + "/metainfo") as response,
        ):
            read_capped(response, FAST.max_response_bytes)
        assert caught.value.kind is NetworkProblem.OVERSIZED
        # A plain read (as zeep does) is capped by the client itself.
        with pytest.raises(CheckFailed) as caught:
            client.get(fake_afas.base_url + "/metainfo")
        assert caught.value.kind is NetworkProblem.OVERSIZED


def test_small_compressed_body_that_inflates_is_refused() -> None:
    with _LoopbackServer(_GzipBomb) as server, make_client(FAST) as client:
        with client.stream("GET", f"http://127.0.0.1:{server.port}/") as response:
            with pytest.raises(CheckFailed) as caught:
                read_capped(response, FAST.max_response_bytes)
    assert caught.value.kind is NetworkProblem.OVERSIZED


def test_body_within_the_cap_is_read(fake_afas: FakeAfas) -> None:
    with (
        make_client(FAST) as client,
        client.stream("GET", fake_afas.base_url + "/metainfo") as response,
    ):
        body = read_capped(response, FAST.max_response_bytes)
    assert body == b""  # 401 without a token: AFAS sends an empty body
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=utf-8", b"", True),
        ("application/json", b"\n  <!DOCTYPE html><html></html>", True),
        ("application/json", b"\xef\xbb\xbf<html><body>blocked</body></html>", True),
        ("text/xml", b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("application/json", b'{"getConnectors": []}', False),
        ("text/xml", b'<?xml version="1.0"?><soap:Envelope/>', False),
        ("", b"", False),
    ],
)
def test_html_is_recognised(content_type: str, body: bytes, expected: bool) -> None:
    assert looks_like_html(content_type, body) is expected


def test_json_decoding_tells_html_and_malformed_apart() -> None:
    with pytest.raises(CheckFailed) as caught:
        decode_json_body(b"<!DOCTYPE html><p>Proxy error</p>", "text/html", "h.example")
    assert caught.value.kind is NetworkProblem.PROXY_HTML
    with pytest.raises(CheckFailed) as caught:
        decode_json_body(b'{"rows": [{"Name": "Jansen', "application/json", "h.example")
    assert caught.value.kind is NetworkProblem.MALFORMED
    # The decode error (which holds the body) is not chained to the failure.
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert decode_json_body(b'{"a": 1}', "application/json", "h.example") == {"a": 1}


# --- CheckFailed ----------------------------------------------------------------------------


def test_check_failed_renders_in_the_front_ends_language() -> None:
    failure = CheckFailed(NetworkProblem.TIMEOUT, host="12345.rest.afas.online")
    assert "12345.rest.afas.online" in str(failure)
    assert repr(failure).startswith("CheckFailed('timeout'")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "VERTAALD {host}"

    assert failure.message.shown(translate) == "VERTAALD 12345.rest.afas.online"
    assert seen == [("NetworkProblem", failure.message.source)]
    copy = pickle.loads(pickle.dumps(failure))
    assert (copy.kind, copy.message) == (failure.kind, failure.message)


def test_every_problem_has_a_message() -> None:
    for kind in NetworkProblem:
        message = str(CheckFailed(kind, host="h.example", status="502"))
        assert message and "{" not in message


# --- endpoint policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.nmbrs.nl/soap/v3/EmployeeService.asmx",
        "https://api-sandbox.nmbrs.nl/soap/v3/CompanyService.asmx?WSDL",
        "https://12345.rest.afas.online/ProfitRestServices",
        "https://12345.resttest.afas.online/ProfitRestServices",
        "https://12345.restaccept.afas.online/ProfitRestServices",
        "https://API.NMBRS.NL:443/soap",
    ],
)
def test_known_https_hosts_are_allowed(url: str) -> None:
    assert allowed_base_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.nmbrs.nl/soap",
        "http://12345.rest.afas.online/ProfitRestServices",
        "https://evil.example.com/",
        "https://1234.rest.afas.online/ProfitRestServices",
        "https://123456.rest.afas.online/ProfitRestServices",
        "https://12345.restcursus.afas.online/ProfitRestServices",
        "https://12345.rest.afas.online.evil.example/ProfitRestServices",
        "https://api.nmbrs.nl:8443/soap",
        "https://user:pw@api.nmbrs.nl/soap",
        "https://127.0.0.1/",
        "not a url",
    ],
)
def test_other_addresses_are_refused(url: str) -> None:
    with pytest.raises(CheckFailed) as caught:
        allowed_base_url(url)
    assert caught.value.kind is NetworkProblem.ENDPOINT
    assert "pw@" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/ProfitRestServices",
        "http://127.1.2.3/",
        "http://[::1]:8080/",
        "http://localhost:1/",
        "https://LOCALHOST/",
        "http://[::ffff:127.0.0.1]:80/",
    ],
)
def test_endpoint_override_may_use_http_to_loopback(url: str) -> None:
    assert allowed_endpoint_override(url)
    assert choose_base_url("https://api.nmbrs.nl/soap", url) == allowed_endpoint_override(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/",
        "https://example.com/",
        "http://10.0.0.1/",
        "http://192.168.1.10:8080/",
        "http://[::2]/",
        "http://localhost.example.com/",
        "ftp://127.0.0.1/",
        "http://user:pw@127.0.0.1/",
    ],
)
def test_endpoint_override_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(CheckFailed) as caught:
        allowed_endpoint_override(url)
    assert caught.value.kind is NetworkProblem.ENDPOINT


def test_loopback_host_names() -> None:
    assert is_loopback_host("127.0.0.1")
    assert is_loopback_host("[::1]")
    assert not is_loopback_host("0.0.0.0")
    assert not is_loopback_host("api.nmbrs.nl")
