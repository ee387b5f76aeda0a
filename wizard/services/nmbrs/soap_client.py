"""zeep plumbing for the Nmbrs check: one async SOAP 1.1 client per service, built from its WSDL.

Operation signatures and header fields are read from the WSDL, never assumed: Nmbrs spells the
same parameter differently per call (CompanyId, CompanyID, companyId, intYear).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import httpx
from lxml import etree
from zeep import AsyncClient, Settings
from zeep.exceptions import TransportError
from zeep.proxy import AsyncServiceProxy
from zeep.transports import AsyncTransport
from zeep.wsdl import Document
from zeep.wsdl.bindings.soap import Soap11Binding
from zeep.xsd import AnySimpleType

from wizard.services.network_errors import CheckFailed, NetworkProblem, refuse_html

# strict=False tolerates the small schema deviations ASMX answers have; huge trees allow long
# report strings. DTDs are never needed in SOAP and are refused.
SOAP_SETTINGS = Settings(strict=False, xml_huge_tree=True, forbid_dtd=True)

XSD = "http://www.w3.org/2001/XMLSchema"
# "{namespace}TypeName" -> the values an enumerated simple type allows.
Enumerations = dict[str, tuple[str, ...]]
_documents: dict[str, Document] = {}
_documents_lock = threading.Lock()
_parsing: dict[str, threading.Lock] = {}


@dataclass(frozen=True)
class NmbrsLogin:
    """The three things Nmbrs authenticates a call with."""

    username: str
    token: str = field(repr=False)
    domain: str


@dataclass(frozen=True)
class Parameter:
    """One body parameter of an operation as the WSDL declares it.

    `xsd_type` is the local name of the XML Schema built-in type it derives from ("int",
    "boolean", "dateTime", "string"...), or "" for a complex type; `type_name` its own type's
    local name ("guid", "Active"...); `enumeration` the values its simple type allows, if listed.
    """

    name: str
    required: bool
    xsd_type: str = ""
    type_name: str = ""
    enumeration: tuple[str, ...] = ()


class QuietAsyncTransport(AsyncTransport):
    """zeep's httpx transport, without its debug log of whole envelopes and answers.

    zeep logs every request (with the token in the header) and every answer (with employees'
    personal data) at DEBUG level; this transport logs neither.
    """

    def __init__(
        self, client: httpx.AsyncClient, request_limit: asyncio.Semaphore | None = None
    ) -> None:
        # super().__init__ would build a second, blocking httpx client and overwrite the headers
        # of ours; WSDLs are fetched beforehand, so only the async client is needed.
        self.client = client
        # Shared by every check of a batch: at most this many SOAP requests in flight overall.
        self.request_limit = request_limit
        self.wsdl_client = None
        self.cache = None
        self._close_session = False
        self.logger = logging.getLogger(__name__)

    def load(self, url: str) -> bytes:
        """Refuse: every document is fetched (and cached) before zeep sees it."""
        raise TransportError(f"External document not loaded: {url}")

    async def post(self, address: str, message: bytes, headers: dict[str, str]) -> httpx.Response:
        """Send one envelope. A web page raises CheckFailed(PROXY_HTML), broken XML MALFORMED."""
        if self.request_limit is None:
            response = await self.client.post(address, content=message, headers=headers)
        else:
            async with self.request_limit:
                response = await self.client.post(address, content=message, headers=headers)
        host = response.url.host
        if response.status_code == 404:
            # The API host's own "not found" page is HTML too, but no proxy's doing.
            raise CheckFailed(NetworkProblem.HTTP_STATUS, host=host, status="404")
        refuse_html(response.headers.get("content-type", ""), response.content, host)
        if response.content:
            _require_well_formed(response.content, host)
        return response

    async def aclose(self) -> None:
        """The httpx client belongs to the check, which closes it."""


def _require_well_formed(content: bytes, host: str) -> None:
    # zeep parses answers in recover mode when strict=False, which turns a cut-off answer into a
    # plausible empty result; so completeness is checked here, strictly.
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        raise CheckFailed(NetworkProblem.MALFORMED, host=host) from None


def parse_document(url: str, content: bytes) -> Document:
    """The parsed WSDL, shared by every check in this process (parsing is the slow part).

    CPU-bound: call it through asyncio.to_thread.
    """
    key = url + "\n" + hashlib.sha256(content).hexdigest()
    with _documents_lock:
        cached = _documents.get(key)
        parsing = _parsing.setdefault(key, threading.Lock())
    if cached is not None:
        return cached
    # One parse per document: the checks of a batch wait for the first instead of each parsing
    # it again, which would cost CPU (and the window's smoothness) four times over.
    with parsing:
        with _documents_lock:
            cached = _documents.get(key)
        if cached is not None:
            return cached
        document = Document(io.BytesIO(content), _OFFLINE, base=url, settings=SOAP_SETTINGS)
        with _documents_lock:
            return _documents.setdefault(key, document)


class _OfflineLoader:
    """The transport a Document is parsed with: it may not load anything else."""

    binding_classes = None

    def load(self, url: str) -> bytes:
        raise TransportError(f"External document not loaded: {url}")


_OFFLINE = _OfflineLoader()


@lru_cache(maxsize=16)
def enumerations(content: bytes) -> Enumerations:
    """The values of every enumerated simple type the WSDL's schemas declare, by "{ns}Name".

    zeep drops enumeration facets, so they are read from the document itself. Cached, like the
    parsed document: a batch reads the same WSDLs for every login. Do not change the result.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(content, parser)
    found: Enumerations = {}
    for schema in root.iter(f"{{{XSD}}}schema"):
        namespace = schema.get("targetNamespace", "")
        for simple in schema.findall(f"{{{XSD}}}simpleType"):
            values = simple.xpath("./xs:restriction/xs:enumeration/@value", namespaces={"xs": XSD})
            if simple.get("name") and values:
                found[f"{{{namespace}}}{simple.get('name')}"] = tuple(str(v) for v in values)
    return found


def _soap11_binding(document: Document, service: str) -> Soap11Binding:
    bindings = [b for b in document.bindings.values() if isinstance(b, Soap11Binding)]
    for binding in bindings:
        if binding.name.localname == f"{service}Soap":
            return binding
    if not bindings:
        raise ValueError(f"{service}: the WSDL has no SOAP 1.1 binding")
    return bindings[0]


def _children(element: Any) -> list[tuple[str, Any]]:
    element_type = getattr(element, "type", None)
    return list(getattr(element_type, "elements", []) or [])


class NmbrsService:
    """One Nmbrs SOAP service at an address, with its operations as the WSDL declares them."""

    def __init__(
        self,
        name: str,
        document: Document,
        address: str,
        transport: QuietAsyncTransport,
        enumerated: Enumerations | None = None,
    ) -> None:
        self.name = name
        self.address = address
        self._enumerated = enumerated or {}
        self._binding = _soap11_binding(document, name)
        client = AsyncClient(document, transport=transport, settings=SOAP_SETTINGS)
        # AsyncClient.create_service returns a synchronous proxy (python-zeep#1168), so the
        # async proxy is built directly.
        self._proxy = AsyncServiceProxy(client, self._binding, address=address)

    def has(self, operation: str) -> bool:
        """True when the WSDL declares `operation`."""
        return operation in self._binding.all()

    def parameters(self, operation: str) -> tuple[Parameter, ...]:
        """The body parameters of `operation`, in WSDL order and spelling."""
        body = self._binding.get(operation).input.body
        return tuple(self._parameter(name, element) for name, element in _children(body))

    def _parameter(self, name: str, element: Any) -> Parameter:
        element_type = getattr(element, "type", None)
        qname = getattr(element_type, "qname", None)
        # Built-in types and simple types derived from them carry their base's qname here.
        simple = isinstance(element_type, AnySimpleType)
        base = etree.QName(getattr(type(element_type), "_default_qname", None) or "{}x")
        return Parameter(
            name=name,
            required=(getattr(element, "min_occurs", 1) or 0) >= 1,
            xsd_type=base.localname if simple and base.namespace == XSD else "",
            type_name=etree.QName(qname).localname if qname is not None else "",
            enumeration=self._enumerated.get(str(qname), ()),
        )

    def _header(self, operation: str, login: NmbrsLogin) -> dict[str, dict[str, str]] | None:
        # Environment_Get declares AuthHeader (Username, Token), the rest AuthHeaderWithDomain;
        # the declared fields decide what is sent.
        header = self._binding.get(operation).input.header
        values = {"username": login.username, "token": login.token, "domain": login.domain}
        for part, element in _children(header):
            fields = {
                name: values[name.lower()]
                for name, _ in _children(element)
                if name.lower() in values
            }
            if "username" in {name.lower() for name in fields}:
                return {part: fields}
        return None

    async def call(self, operation: str, arguments: dict[str, Any], login: NmbrsLogin) -> Any:
        """Call `operation` with body `arguments` and the login's header; returns zeep's result.

        Raises zeep.exceptions.Fault for an ASMX fault, CheckFailed or httpx errors for network
        problems, and other zeep errors for unreadable answers.
        """
        headers = self._header(operation, login)
        method = getattr(self._proxy, operation)
        if headers is None:
            return await method(**arguments)
        return await method(**arguments, _soapheaders=headers)
