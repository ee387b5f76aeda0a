"""The four Nmbrs SOAP services of one check: addresses, WSDLs (cached) and zeep clients."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx
from lxml import etree
from zeep import exceptions as zeep_errors
from zeep.wsdl import Document

from wizard.services.endpoint_policy import choose_base_url
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.nmbrs.soap_client import (
    Enumerations,
    NmbrsService,
    QuietAsyncTransport,
    enumerations,
    parse_document,
)
from wizard.services.nmbrs.texts import CONTEXT, MSG_WSDL_NOT_FOUND
from wizard.services.nmbrs.wsdl_cache import WsdlCache, fetch_wsdl

PRODUCTION_BASE = "https://api.nmbrs.nl/soap/v3"
SANDBOX_BASE = "https://api-sandbox.nmbrs.nl/soap/v3"
SERVICES = ("CompanyService", "EmployeeService", "ReportService", "DebtorService")


def service_base(*, sandbox: bool = False, endpoint: str | None = None) -> str:
    """The base URL of the SOAP services: production, sandbox, or a loopback override.

    `endpoint` replaces `https://api.nmbrs.nl/soap/v3`; a bare `http://127.0.0.1:port` gets
    `/soap/v3` appended. Raises CheckFailed(ENDPOINT) for an address the policy refuses.
    """
    standard = SANDBOX_BASE if sandbox else PRODUCTION_BASE
    base = choose_base_url(standard, endpoint).rstrip("/")
    if endpoint is not None and httpx.URL(base).path in ("", "/"):
        base += "/soap/v3"
    return base


@dataclass
class LoadedServices:
    """The service clients of one check, and the services whose WSDL could not be had."""

    clients: dict[str, NmbrsService] = field(default_factory=dict)
    unavailable: dict[str, CheckFailed] = field(default_factory=dict)


async def load_services(
    base: str,
    http: httpx.AsyncClient,
    cache: WsdlCache,
    *,
    through_proxy: bool,
    services: Iterable[str] = SERVICES,
    request_limit: asyncio.Semaphore | None = None,
) -> LoadedServices:
    """A client for each of `services` under `base`, built from its (cached) WSDL.

    Only the WSDLs of `services` are fetched. A service whose WSDL cannot be fetched or read
    is listed in `unavailable` with the reason; CheckFailed is raised only when none loads.
    """
    asked = set(services)
    wanted = [service for service in SERVICES if service in asked]
    addresses = {service: f"{base}/{service}.asmx" for service in wanted}
    results = await asyncio.gather(
        *(
            _load(service, f"{addresses[service]}?WSDL", http, cache, through_proxy)
            for service in wanted
        ),
        return_exceptions=True,
    )
    loaded = LoadedServices()
    transport = QuietAsyncTransport(http, request_limit)
    for service, result in zip(wanted, results, strict=True):
        if isinstance(result, CheckFailed):
            loaded.unavailable[service] = result
        elif isinstance(result, BaseException):
            raise result
        else:
            document, enumerated = result
            loaded.clients[service] = NmbrsService(
                service, document, addresses[service], transport, enumerated
            )
    if not loaded.clients and loaded.unavailable:
        raise next(iter(loaded.unavailable.values()))
    return loaded


async def _load(
    service: str, url: str, http: httpx.AsyncClient, cache: WsdlCache, through_proxy: bool
) -> tuple[Document, Enumerations]:
    """The parsed WSDL of one service. Only a WSDL that parses is cached, and a cached one
    that no longer parses is dropped and fetched again, so a refused document never sticks."""
    cached = cache.read_fresh(url)
    if cached is not None:
        try:
            return await asyncio.to_thread(_parse, url, cached)
        except CheckFailed:
            cache.drop(url)
    try:
        content = await fetch_wsdl(url, http, through_proxy=through_proxy)
    except CheckFailed as failure:
        if failure.kind is NetworkProblem.HTTP_STATUS and failure.argument("status") == "404":
            raise _not_found(service, failure) from None
        raise
    parsed = await asyncio.to_thread(_parse, url, content)
    cache.store(url, content)
    return parsed


def _not_found(service: str, failure: CheckFailed) -> CheckFailed:
    # The API host itself says the address does not exist: not a proxy's page, not a fault.
    return CheckFailed(
        NetworkProblem.HTTP_STATUS,
        MSG_WSDL_NOT_FOUND,
        context=CONTEXT,
        service=service,
        host=failure.argument("host") or "?",
        status=failure.argument("status") or "?",
    )


def _parse(url: str, content: bytes) -> tuple[Document, Enumerations]:
    try:
        return parse_document(url, content), enumerations(content)
    except (zeep_errors.Error, etree.LxmlError, ValueError, KeyError, AttributeError):
        raise CheckFailed(NetworkProblem.MALFORMED, host=httpx.URL(url).host) from None
