"""How the wizard reaches the internet: proxy, timeouts, size cap, and the httpx clients.

Every live check (AFAS over REST, Nmbrs over zeep's httpx transport) gets its client here, so
TLS, timeouts, redirects and the response size cap are the same everywhere.
"""

from __future__ import annotations

import os
import ssl
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.network_body import (
    ACCEPT_ENCODING,
    BodyDecoder,
    CappedAsyncStream,
    CappedSyncStream,
    take_over_decoding,
)
from wizard.services.network_deadline import DeadlineAsyncClient
from wizard.services.network_errors import CheckFailed, NetworkProblem, declared_length_too_large

CONTEXT = "NetworkSettings"

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 20.0
DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024
# Totals, however steadily a server trickles: one request (headers and body), one whole check.
DEFAULT_REQUEST_DEADLINE = 60.0
DEFAULT_CHECK_DEADLINE = 120.0
# Same-host redirects (for example a path's letter case) are followed, but never in a loop.
MAX_REDIRECTS = 5

MSG_PROXY_INVALID = QT_TRANSLATE_NOOP(
    "NetworkSettings",
    "Enter the proxy as an address with a port, for example http://proxy.example.nl:8080.",
)
MSG_PROXY_SCHEME = QT_TRANSLATE_NOOP(
    "NetworkSettings",
    "The wizard can use an http:// or https:// proxy only. Ask your IT department for that "
    "address of the proxy.",
)

MSG_ENVIRONMENT_PROXY_INVALID = QT_TRANSLATE_NOOP(
    "NetworkSettings",
    "The proxy set on this computer in {variable} is not a valid address, so the check did not "
    "start. Enter the proxy in the Proxy field of the live check (on the command line: "
    "--proxy), for example http://proxy.example.nl:8080, or ask your IT department to correct "
    "{variable}.",
)
MSG_ENVIRONMENT_PROXY_SCHEME = QT_TRANSLATE_NOOP(
    "NetworkSettings",
    "The proxy set on this computer in {variable} is a {scheme} proxy; the wizard can use an "
    "http:// or https:// proxy only, so the check did not start. Enter such a proxy in the "
    "Proxy field of the live check (on the command line: --proxy), or ask your IT department "
    "for one.",
)
MSG_SYSTEM_PROXY_UNUSABLE = QT_TRANSLATE_NOOP(
    "NetworkSettings",
    "The proxy in this computer's system settings is not an http:// or https:// address the "
    "wizard can use, so the check did not start. Enter the proxy in the Proxy field of the "
    "live check (on the command line: --proxy), or ask your IT department.",
)

_DEFAULT_PORTS = {"http": 80, "https": 443}
# The environment proxies httpx reads (through urllib.request.getproxies).
_ENVIRONMENT_PROXY_KEYS = ("http", "https", "all")


def normalize_proxy_url(text: str | None) -> str | None:
    """Clean a proxy typed in the wizard or given on the command line.

    An empty value means no proxy; a bare "host:port" gets http://, as browsers assume.
    Raises CheckFailed(INPUT) for anything httpx could not use as a proxy.
    """
    if text is None or not text.strip():
        return None
    cleaned = text.strip()
    if "://" not in cleaned:
        cleaned = "http://" + cleaned
    try:
        parts = urlsplit(cleaned)
        port = parts.port
    except ValueError:
        raise CheckFailed(NetworkProblem.INPUT, MSG_PROXY_INVALID, context=CONTEXT) from None
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise CheckFailed(NetworkProblem.INPUT, MSG_PROXY_SCHEME, context=CONTEXT)
    if not parts.hostname or port is None or parts.path not in ("", "/"):
        raise CheckFailed(NetworkProblem.INPUT, MSG_PROXY_INVALID, context=CONTEXT)
    return cleaned


def proxy_host_port(proxy_url: str) -> str:
    """ "host:port" of a proxy URL, without any user name or password in it."""
    try:
        parts = urlsplit(proxy_url if "://" in proxy_url else "http://" + proxy_url)
        host = parts.hostname or "?"
    except ValueError:
        # A malformed proxy variable ("http://[::1") is described, never raised.
        return "?"
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = _DEFAULT_PORTS.get(parts.scheme.lower(), 80)
    return f"{host}:{port}"


@dataclass(frozen=True, repr=False)
class NetworkSettings:
    """Proxy, timeouts and deadlines (seconds) and the largest response body the wizard reads.

    `proxy_url` is the proxy entered in the wizard; None means the environment decides
    (HTTPS_PROXY, NO_PROXY, and the system settings Python reads). It may hold a user name
    and password, so the repr shows only host and port.
    """

    proxy_url: str | None = None
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    request_deadline: float = DEFAULT_REQUEST_DEADLINE
    check_deadline: float = DEFAULT_CHECK_DEADLINE

    def __post_init__(self) -> None:
        object.__setattr__(self, "proxy_url", normalize_proxy_url(self.proxy_url))
        timeouts = (
            self.connect_timeout,
            self.read_timeout,
            self.request_deadline,
            self.check_deadline,
        )
        if not all(0 < seconds < float("inf") for seconds in timeouts):
            raise ValueError("timeouts and deadlines must be positive")
        if self.max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be positive")

    @property
    def timeout(self) -> httpx.Timeout:
        """The httpx timeout: connecting (and waiting for a pooled connection), reading, writing."""
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.read_timeout,
            pool=self.connect_timeout,
        )

    def __repr__(self) -> str:
        proxy = proxy_host_port(self.proxy_url) if self.proxy_url else None
        return (
            f"NetworkSettings(proxy={proxy!r}, connect_timeout={self.connect_timeout!r}, "
            f"read_timeout={self.read_timeout!r}, request_deadline={self.request_deadline!r}, "
            f"check_deadline={self.check_deadline!r}, "
            f"max_response_bytes={self.max_response_bytes!r})"
        )


def _environment_proxy(target_url: str | None) -> str | None:
    # httpx's trust_env reads the same urllib.request.getproxies(), so this shows what it uses.
    proxies = urllib.request.getproxies()
    scheme = "https"
    if target_url is not None:
        parts = urlsplit(target_url)
        scheme = parts.scheme.lower() or "https"
        if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
            return None
    return proxies.get(scheme) or proxies.get("all")


def describe_proxy(settings: NetworkSettings, target_url: str | None = None) -> str | None:
    """The proxy in use as "host:port", safe to show; None when the connection is direct.

    Without a proxy in `settings`, the environment's proxy for `target_url` (https when not
    given) is described, honouring NO_PROXY.
    """
    url = settings.proxy_url or _environment_proxy(target_url)
    return proxy_host_port(url) if url else None


def uses_proxy(settings: NetworkSettings, target_url: str | None = None) -> bool:
    """True when requests to `target_url` go through a proxy."""
    return describe_proxy(settings, target_url) is not None


def _proxy_variable(key: str) -> str | None:
    """The environment variable that set the proxy for `key`; None when the system did."""
    name = f"{key.upper()}_PROXY"
    return name if os.environ.get(name.lower()) or os.environ.get(name) else None


def _unusable_proxy(key: str, text: str, **arguments: str) -> CheckFailed:
    variable = _proxy_variable(key)
    if variable is None:
        # Windows' Internet Options or macOS's network settings, read by urllib.
        return CheckFailed(NetworkProblem.INPUT, MSG_SYSTEM_PROXY_UNUSABLE, context=CONTEXT)
    return CheckFailed(NetworkProblem.INPUT, text, context=CONTEXT, variable=variable, **arguments)


def refuse_unusable_environment_proxy() -> None:
    """Raise CheckFailed(INPUT) when a proxy httpx would take from the environment (or the
    system settings) is malformed or SOCKS.

    Without this, httpx fails while building its client with a ValueError, or an ImportError
    for SOCKS. SOCKS is refused, like in the Proxy field: company proxies speak http.
    """
    proxies = urllib.request.getproxies()
    for key in _ENVIRONMENT_PROXY_KEYS:
        value = (proxies.get(key) or "").strip()
        if not value:
            continue
        url = value if "://" in value else "http://" + value
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 (parsing the port is what may fail)
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL):
            raise _unusable_proxy(key, MSG_ENVIRONMENT_PROXY_INVALID) from None
        scheme = parts.scheme.lower()
        if scheme in ("socks4", "socks4a", "socks5", "socks5h"):
            raise _unusable_proxy(key, MSG_ENVIRONMENT_PROXY_SCHEME, scheme="SOCKS")
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise _unusable_proxy(key, MSG_ENVIRONMENT_PROXY_INVALID)


def _verified_tls_context() -> ssl.SSLContext:
    # The OS trust store, so a company's intercepting proxy CA installed by IT just works.
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


def _refuse_foreign_redirect(response: httpx.Response) -> None:
    """Raise REDIRECT when a redirect points to another scheme, host or port."""
    if not response.has_redirect_location:
        return
    here = response.request.url
    try:
        target = here.join(response.headers["location"])
    except (httpx.InvalidURL, ValueError):
        target = None
    if target is None or _origin(target) != _origin(here):
        raise CheckFailed(NetworkProblem.REDIRECT, host=here.host)


class _ResponseGuard:
    """Response hook: refuse foreign redirects and oversized bodies before anyone reads them.

    The body is decoded here, within the cap, instead of by httpx (see network_body).
    """

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes

    def _decoder(self, response: httpx.Response) -> BodyDecoder:
        """Check the answer's head; the decoder that then reads its body."""
        _refuse_foreign_redirect(response)
        if declared_length_too_large(response, self._max_bytes):
            raise CheckFailed(NetworkProblem.OVERSIZED, host=response.request.url.host)
        return take_over_decoding(response, self._max_bytes)


class _SyncResponseGuard(_ResponseGuard):
    """The guard of the blocking client."""

    def __call__(self, response: httpx.Response) -> None:
        decoder = self._decoder(response)
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = CappedSyncStream(response.stream, decoder)


class _AsyncResponseGuard(_ResponseGuard):
    """The guard of the asyncio client."""

    async def __call__(self, response: httpx.Response) -> None:
        decoder = self._decoder(response)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = CappedAsyncStream(response.stream, decoder)


def _client_options(
    settings: NetworkSettings, base_url: str, headers: Mapping[str, str] | None
) -> dict[str, Any]:
    """What the blocking and the asyncio client share: TLS, timeouts, proxy, redirects.

    Raises CheckFailed(INPUT) for an unusable proxy in the environment.
    """
    if settings.proxy_url is None:
        refuse_unusable_environment_proxy()
    return {
        "base_url": base_url,
        "headers": {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})},
        "timeout": settings.timeout,
        "verify": _verified_tls_context(),
        "proxy": settings.proxy_url,
        # Without a proxy of its own the environment's proxy and NO_PROXY apply.
        "trust_env": settings.proxy_url is None,
        "follow_redirects": True,
        "max_redirects": MAX_REDIRECTS,
    }


def make_client(
    settings: NetworkSettings,
    *,
    base_url: str = "",
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """A blocking httpx client with verified TLS, explicit timeouts, the proxy and the guards.

    Redirects to the same scheme, host and port are followed; any other redirect raises
    CheckFailed(REDIRECT). A body over `settings.max_response_bytes`, counted after decoding,
    raises OVERSIZED. It has no total deadline per request: the checks use the async client.
    """
    return httpx.Client(
        **_client_options(settings, base_url, headers),
        event_hooks={"response": [_SyncResponseGuard(settings.max_response_bytes)]},
    )


def make_async_client(
    settings: NetworkSettings,
    *,
    base_url: str = "",
    headers: Mapping[str, str] | None = None,
) -> httpx.AsyncClient:
    """The asyncio twin of `make_client`, for the checks: every request, body included, must
    end within `settings.request_deadline` or raises httpx.ReadTimeout."""
    return DeadlineAsyncClient(
        request_deadline=settings.request_deadline,
        **_client_options(settings, base_url, headers),
        event_hooks={"response": [_AsyncResponseGuard(settings.max_response_bytes)]},
    )
