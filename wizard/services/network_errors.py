"""Network problems in a payroll clerk's words, for every live check (REST and SOAP alike).

Nothing here may carry a secret or a response body: messages name at most a host name, an
HTTP status or a size, so they can be shown, logged and exported as they are.
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import httpx

from wizard.core.message import Message, in_english
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "NetworkProblem"


class NetworkProblem(StrEnum):
    """Why a check could not get a usable answer; each kind has its own message."""

    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    TLS = "tls"
    PROXY = "proxy"
    PROXY_HTML = "proxy_html"
    MALFORMED = "malformed"
    OVERSIZED = "oversized"
    HTTP_STATUS = "http_status"
    UNAVAILABLE = "unavailable"
    REDIRECT = "redirect"
    CONNECTION = "connection"
    ENDPOINT = "endpoint"
    INPUT = "input"


# Every text has the same placeholders a classifier can always fill: {host}, and {status}
# for HTTP_STATUS. ENDPOINT and INPUT are normally raised with a more specific text.
PROBLEM_MESSAGES: dict[NetworkProblem, str] = {
    NetworkProblem.DNS: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The server {host} could not be found. Check that this computer is connected to the "
        "internet. On a company network a proxy may be needed: enter it in the wizard's "
        "network settings.",
    ),
    NetworkProblem.REFUSED: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The server {host} refused the connection. A firewall may be blocking it, or the "
        "service is down. Try again later, or ask your IT department.",
    ),
    NetworkProblem.TIMEOUT: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The server {host} did not answer in time. Check the internet connection and try "
        "again in a few minutes.",
    ),
    NetworkProblem.TLS: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The secure connection with {host} could not be verified. A company proxy or virus "
        "scanner may be intercepting it. Ask your IT department to add its certificate to "
        "this computer's trusted certificates.",
    ),
    NetworkProblem.PROXY: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The proxy server did not pass the connection to {host} on. Check the proxy in the "
        "wizard's network settings, or ask your IT department.",
    ),
    NetworkProblem.PROXY_HTML: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "Instead of an answer from {host} a web page came back, probably the error page of "
        "a proxy or firewall. Ask your IT department to allow this computer to reach {host}.",
    ),
    NetworkProblem.MALFORMED: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The answer from {host} was incomplete or not in the expected format. Try again; if "
        "it keeps happening, contact support.",
    ),
    NetworkProblem.OVERSIZED: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The answer from {host} was far larger than expected, so the wizard did not read it. "
        "Try again; if it keeps happening, contact support.",
    ),
    NetworkProblem.HTTP_STATUS: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The server {host} answered with an unexpected error (HTTP {status}). Try again "
        "later; if it keeps happening, contact support.",
    ),
    NetworkProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "NetworkProblem", "The service at {host} is temporarily unavailable. Try again later."
    ),
    NetworkProblem.REDIRECT: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The server {host} tried to send the wizard on to another address. To keep your "
        "token safe the wizard does not follow it. Ask your IT department whether a proxy "
        "redirects this traffic.",
    ),
    NetworkProblem.CONNECTION: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The connection with {host} failed. Check the internet connection and try again.",
    ),
    NetworkProblem.ENDPOINT: QT_TRANSLATE_NOOP(
        "NetworkProblem",
        "The wizard only connects securely (https) to the Nmbrs and AFAS servers.",
    ),
    NetworkProblem.INPUT: QT_TRANSLATE_NOOP(
        "NetworkProblem", "The check could not start because some details are missing or wrong."
    ),
}


class CheckFailed(Exception):
    """A check could not run to the end. Carries the kind and a clerk-friendly `message`.

    The message stays untranslated, so each front end shows it in the clerk's language of
    the moment with `message.shown(tr)`. `str()` gives the English text.
    """

    def __init__(
        self,
        kind: NetworkProblem,
        text: str | Message | None = None,
        *,
        context: str = CONTEXT,
        **arguments: str,
    ) -> None:
        """`text` is a source text of `context` whose {placeholders} `arguments` fill, or a
        whole Message; None gives the kind's own text."""
        self.kind = kind
        if isinstance(text, Message):
            self.message = text
        else:
            self.message = Message(
                context if text is not None else CONTEXT,
                text if text is not None else PROBLEM_MESSAGES[kind],
                tuple((name, str(value)) for name, value in arguments.items()),
            )
        super().__init__(str(self))

    def argument(self, name: str) -> str | None:
        """The value that fills the message's {name}, if it has one."""
        return next((str(value) for key, value in self.message.arguments if key == name), None)

    def __str__(self) -> str:
        return self.message.shown(in_english)

    def __repr__(self) -> str:
        return f"CheckFailed({self.kind.value!r}, {str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keeps the exception copyable and picklable despite its keyword-only arguments.
        return (_rebuild_check_failed, (self.kind, self.message))


def _rebuild_check_failed(kind: NetworkProblem, message: Message) -> CheckFailed:
    return CheckFailed(kind, message)


def _request_host(error: httpx.HTTPError) -> str:
    try:
        return error.request.url.host or "?"
    except RuntimeError:
        # httpx raises RuntimeError when the error has no request attached.
        return "?"


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from, without looping forever."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


# Texts of the operating systems' resolver and socket errors, for when only the text survived
# the wrapping (anyio and httpcore sometimes re-raise plain OSErrors).
_DNS_TEXTS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)
_REFUSED_TEXTS = ("connection refused", "actively refused", "errno 111", "errno 61", "10061")
_TLS_TEXTS = ("certificate verify failed", "[ssl", "ssl:", "tlsv1", "wrong version number")


def classify_httpx_error(error: httpx.HTTPError) -> NetworkProblem:
    """Tell DNS failure, refused connection, timeout, TLS failure and the rest apart."""
    if isinstance(error, httpx.TimeoutException):
        return NetworkProblem.TIMEOUT
    if isinstance(error, httpx.ProxyError):
        return NetworkProblem.PROXY
    if isinstance(error, httpx.TooManyRedirects):
        return NetworkProblem.REDIRECT
    if isinstance(error, httpx.UnsupportedProtocol):
        return NetworkProblem.ENDPOINT
    if isinstance(error, httpx.DecodingError | httpx.RemoteProtocolError):
        return NetworkProblem.MALFORMED
    chain = list(_causes(error))
    for cause in chain:
        if isinstance(cause, socket.gaierror):
            return NetworkProblem.DNS
        if isinstance(cause, ConnectionRefusedError):
            return NetworkProblem.REFUSED
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return NetworkProblem.TLS
        if isinstance(cause, TimeoutError):
            return NetworkProblem.TIMEOUT
    text = " ".join(str(cause) for cause in chain).lower()
    if any(marker in text for marker in _DNS_TEXTS):
        return NetworkProblem.DNS
    if any(marker in text for marker in _REFUSED_TEXTS):
        return NetworkProblem.REFUSED
    if any(marker in text for marker in _TLS_TEXTS):
        return NetworkProblem.TLS
    return NetworkProblem.CONNECTION


def failure_from_httpx(error: httpx.HTTPError, *, through_proxy: bool = False) -> CheckFailed:
    """A CheckFailed for an httpx exception, naming only the host that was asked.

    With a proxy in between, an unresolvable or refusing peer is the proxy itself.
    """
    kind = classify_httpx_error(error)
    if (
        through_proxy
        and isinstance(error, httpx.ConnectError)
        and kind in (NetworkProblem.DNS, NetworkProblem.REFUSED)
    ):
        kind = NetworkProblem.PROXY
    return CheckFailed(kind, host=_request_host(error))


def _oversized(response: httpx.Response) -> CheckFailed:
    return CheckFailed(NetworkProblem.OVERSIZED, host=response.request.url.host)


def declared_length_too_large(response: httpx.Response, max_bytes: int) -> bool:
    """True when the Content-Length header already announces more than `max_bytes`."""
    declared = response.headers.get("content-length", "").strip()
    return declared.isdigit() and int(declared) > max_bytes


def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """Read a (streamed) response body, decoded, refusing more than `max_bytes`.

    Counting decoded bytes also stops a small compressed body that inflates enormously.
    Raises CheckFailed: OVERSIZED, or the kind of any transport error while reading.
    """
    if declared_length_too_large(response, max_bytes):
        response.close()
        raise _oversized(response)
    try:
        if response.is_stream_consumed:
            body = response.content
            if len(body) > max_bytes:
                raise _oversized(response)
            return body
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > max_bytes:
                response.close()
                raise _oversized(response)
            chunks.append(chunk)
        return b"".join(chunks)
    except httpx.HTTPError as error:
        raise failure_from_httpx(error) from error


def looks_like_html(content_type: str, body: bytes) -> bool:
    """True for a web page, which is what proxies and firewalls send instead of JSON or XML."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    start = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        # An XHTML page starts with an XML declaration; skip it and look at the root.
        end = start.find(b"?>")
        start = start[end + 2 :].lstrip() if end >= 0 else start
    return start.startswith((b"<!doctype html", b"<html"))


def refuse_html(content_type: str, body: bytes, host: str) -> None:
    """Raise PROXY_HTML when a web page came back where XML or JSON was expected."""
    if looks_like_html(content_type, body):
        raise CheckFailed(NetworkProblem.PROXY_HTML, host=host)


def decode_json_body(body: bytes, content_type: str, host: str) -> Any:
    """Parse a JSON body; an HTML page gives PROXY_HTML, anything else unreadable MALFORMED."""
    refuse_html(content_type, body, host)
    try:
        return json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        # RecursionError: arrays or objects nested thousands deep, which no real answer has.
        # `from None`: the decode error keeps the whole body, which may hold personal data.
        raise CheckFailed(NetworkProblem.MALFORMED, host=host) from None
