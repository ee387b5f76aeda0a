"""The four Nmbrs SOAP services of one check: addresses, WSDLs (cached) and zeep clients."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import Any

import httpx
from lxml import etree
from zeep import exceptions as zeep_errors
from zeep.wsdl import Document

from wizard.services.endpoint_policy import choose_base_url
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.nmbrs_soap import NmbrsService, QuietAsyncTransport, parse_document
from wizard.services.nmbrs_wsdl_cache import WsdlCache, fetch_wsdl

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


async def load_services(
    base: str,
    http: httpx.AsyncClient,
    cache: WsdlCache,
    *,
    through_proxy: bool,
) -> dict[str, NmbrsService]:
    """A client for each service under `base`, built from its (cached) WSDL.

    Raises CheckFailed when a WSDL cannot be fetched or read.
    """
    addresses = {service: f"{base}/{service}.asmx" for service in SERVICES}
    contents = await _all(
        fetch_wsdl(f"{address}?WSDL", http, cache, through_proxy=through_proxy)
        for address in addresses.values()
    )
    documents = await _all(
        asyncio.to_thread(_parse, f"{address}?WSDL", content)
        for address, content in zip(addresses.values(), contents, strict=True)
    )
    transport = QuietAsyncTransport(http)
    return {
        service: NmbrsService(service, document, addresses[service], transport)
        for service, document in zip(SERVICES, documents, strict=True)
    }


def _parse(url: str, content: bytes) -> Document:
    try:
        return parse_document(url, content)
    except (zeep_errors.Error, etree.LxmlError, ValueError, KeyError, AttributeError):
        raise CheckFailed(NetworkProblem.MALFORMED, host=httpx.URL(url).host) from None


async def _all(jobs: Iterable[Awaitable[Any]]) -> list[Any]:
    """Await all `jobs` together; raise the first failure only after every job has ended."""
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return list(results)
