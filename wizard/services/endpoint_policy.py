"""Which addresses a check may send a token to.

Normally only https to the known Nmbrs and AFAS hosts. The `--endpoint` override exists for
tests and local fakes, so it may use plain http, but only to this computer (loopback).
"""

from __future__ import annotations

import ipaddress
import re

import httpx

from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.network_errors import CheckFailed, NetworkProblem

CONTEXT = "EndpointPolicy"

NMBRS_HOSTS = frozenset({"api.nmbrs.nl", "api-sandbox.nmbrs.nl"})
# AFAS Online: five digits of the customer number, then the environment type's REST host.
AFAS_HOST_PATTERN = re.compile(r"[0-9]{5}\.(?:rest|resttest|restaccept)\.afas\.online")

MSG_INVALID = QT_TRANSLATE_NOOP("EndpointPolicy", "This is not a valid web address: {address}")
MSG_NOT_KNOWN = QT_TRANSLATE_NOOP(
    "EndpointPolicy",
    "The wizard only connects securely (https) to the Nmbrs and AFAS servers, not to {host}.",
)
MSG_CREDENTIALS = QT_TRANSLATE_NOOP(
    "EndpointPolicy", "A web address for the check must not contain a user name or password."
)
MSG_OVERRIDE_NOT_LOOPBACK = QT_TRANSLATE_NOOP(
    "EndpointPolicy",
    "--endpoint may only point to this computer (127.0.0.1, ::1 or localhost), not to {host}.",
)
MSG_OVERRIDE_SCHEME = QT_TRANSLATE_NOOP(
    "EndpointPolicy", "--endpoint must start with http:// or https://."
)


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (also written as an IPv4-mapped address)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def is_known_host(host: str) -> bool:
    """True for the Nmbrs API hosts and the AFAS Online REST hosts."""
    name = host.lower()
    return name in NMBRS_HOSTS or AFAS_HOST_PATTERN.fullmatch(name) is not None


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        raise CheckFailed(
            NetworkProblem.ENDPOINT, MSG_INVALID, context=CONTEXT, address=url[:200]
        ) from None
    if not parsed.host:
        raise CheckFailed(NetworkProblem.ENDPOINT, MSG_INVALID, context=CONTEXT, address=url[:200])
    if parsed.userinfo:
        raise CheckFailed(NetworkProblem.ENDPOINT, MSG_CREDENTIALS, context=CONTEXT)
    return parsed


def allowed_base_url(url: str) -> str:
    """Return `url` when it is https to a known host on the standard port; else raise ENDPOINT."""
    parsed = _parse(url)
    if parsed.scheme != "https" or parsed.port is not None or not is_known_host(parsed.host):
        raise CheckFailed(NetworkProblem.ENDPOINT, MSG_NOT_KNOWN, context=CONTEXT, host=parsed.host)
    return str(parsed)


def allowed_endpoint_override(url: str) -> str:
    """Return an `--endpoint` override when it is http(s) to a loopback address; else raise."""
    parsed = _parse(url)
    if parsed.scheme not in ("http", "https"):
        raise CheckFailed(NetworkProblem.ENDPOINT, MSG_OVERRIDE_SCHEME, context=CONTEXT)
    if not is_loopback_host(parsed.host):
        raise CheckFailed(
            NetworkProblem.ENDPOINT, MSG_OVERRIDE_NOT_LOOPBACK, context=CONTEXT, host=parsed.host
        )
    return str(parsed)


def choose_base_url(standard_url: str, endpoint: str | None) -> str:
    """The base URL a check uses: the override when given (loopback only), else the standard one."""
    if endpoint is not None:
        return allowed_endpoint_override(endpoint)
    return allowed_base_url(standard_url)
