"""A loopback Nmbrs that serves Nmbrs' own public v2.1 WSDLs and checks every request against them.

The WSDLs are read from `../shared/reference/nmbrs-wsdl/` beside the repository (they are not
copied into it; NMBRS_WSDL_DIR may point elsewhere). Every SOAP request is checked the way ASMX
would: the SOAPAction, the operation's namespace, and the body and AuthHeader validated against
the WSDL's own schema. A refused request gets ASMX's client fault and is kept in
`invalid_requests`. Answers are the data the probe needs (companies, employees, runs) or an empty
answer, and Nmbrs' own fault texts (1001 Invalid Authentication, 1002 Unauthorized Access...).
"""

from __future__ import annotations

import os
import threading
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from tests.ci_environment import require_shared_copy
from tests.fakes.fake_nmbrs_wire import SOAP11, SoapFault, parse_request, response_envelope
from tests.fakes.loopback_server import LoopbackHTTPServer
from tests.fakes.nmbrs_wsdl_spec import build_wsdl, service_shape

REPOSITORY = Path(__file__).resolve().parents[2]
WSDL_DIR = Path(
    os.environ.get("NMBRS_WSDL_DIR") or REPOSITORY.parent / "shared" / "reference" / "nmbrs-wsdl"
)
WSDL_FILES = {
    "CompanyService": "v2.1-2020/CompanyService-wsdl.xml",
    "EmployeeService": "v2.1-2020/EmployeeService-wsdl.xml",
    "DebtorService": "v2.1-2017/DebtorService.wsdl",
}
SERVICES = ("CompanyService", "EmployeeService", "ReportService", "DebtorService")

_WSDL = "http://schemas.xmlsoap.org/wsdl/"
_XSD = "http://www.w3.org/2001/XMLSchema"
_SOAP_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/"
_XML = "text/xml; charset=utf-8"
# What IIS answers for an .asmx that does not exist: an HTML page with status 404.
_IIS_404 = (
    b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\r\n<html><head><title>404 - '
    b"File or directory not found.</title></head><body><h2>404 - File or directory not found."
    b"</h2></body></html>"
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def wsdl_copies_present() -> bool:
    """True when every v2.1 WSDL copy is where the tests look for it."""
    return all((WSDL_DIR / name).is_file() for name in WSDL_FILES.values())


def require_wsdl_copies() -> None:
    """Skip the calling test with a warning when the copies are missing; fail under CI."""
    if wsdl_copies_present():
        return
    message = f"Nmbrs' v2.1 WSDL copies not found in {WSDL_DIR} (see NMBRS_WSDL_DIR)"
    warnings.warn(message, stacklevel=2)
    require_shared_copy(False, message)


class _Schemas(etree.Resolver):
    """Resolves the made-up schema locations of a WSDL's embedded schemas."""

    def __init__(self, documents: dict[str, bytes]) -> None:
        super().__init__()
        self.documents = documents

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        if system_url in self.documents:
            return self.resolve_string(self.documents[system_url], context)
        return None


@dataclass(frozen=True)
class WsdlService:
    """One v2.1 service as its WSDL declares it."""

    name: str
    content: bytes
    namespace: str
    soap_actions: dict[str, str]
    # Operation -> the header element its SOAP 1.1 binding declares (AuthHeader, mostly).
    headers: dict[str, str]
    schema: etree.XMLSchema

    def validate(self, element: etree._Element) -> str | None:
        """None when `element` is valid against the WSDL's schema, else the first error."""
        document = etree.ElementTree(etree.fromstring(etree.tostring(element)))
        if self.schema.validate(document):
            return None
        return str(self.schema.error_log.last_error)


@cache
def load_service(name: str) -> WsdlService:
    """The v2.1 WSDL of `name`, with an XML Schema built from its embedded schemas."""
    content = (WSDL_DIR / WSDL_FILES[name]).read_bytes()
    root = etree.fromstring(content, _PARSER)
    namespace = root.get("targetNamespace", "")
    actions = {
        operation.get("name", ""): soap.get("soapAction", "")
        for binding in root.findall(f"{{{_WSDL}}}binding")
        if binding.find(f"{{{_SOAP_BINDING}}}binding") is not None
        for operation in binding.findall(f"{{{_WSDL}}}operation")
        for soap in operation.findall(f"{{{_SOAP_BINDING}}}operation")
    }
    headers = {
        operation.get("name", ""): header.get("part", "")
        for binding in root.findall(f"{{{_WSDL}}}binding")
        if binding.find(f"{{{_SOAP_BINDING}}}binding") is not None
        for operation in binding.findall(f"{{{_WSDL}}}operation")
        for header in operation.findall(f"{{{_WSDL}}}input/{{{_SOAP_BINDING}}}header")
    }
    schemas = root.findall(f"{{{_WSDL}}}types/{{{_XSD}}}schema")
    documents = {f"schema-{i}.xsd": etree.tostring(schema) for i, schema in enumerate(schemas)}
    # The service's schema imports the others by namespace only; they are imported first.
    ordered = sorted(
        enumerate(schemas), key=lambda pair: pair[1].get("targetNamespace") == namespace
    )
    imports = "".join(
        f'<xs:import namespace="{schema.get("targetNamespace")}" schemaLocation="schema-{i}.xsd"/>'
        for i, schema in ordered
    )
    wrapper = f'<xs:schema xmlns:xs="{_XSD}" targetNamespace="urn:wrapper">{imports}</xs:schema>'
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    parser.resolvers.add(_Schemas(documents))
    schema = etree.XMLSchema(etree.fromstring(wrapper.encode(), parser))
    return WsdlService(name, content, namespace, actions, headers, schema)


@dataclass
class V21Scenario:
    """The login, what it sees, and which services or calls are missing or switched off."""

    username: str = "koppeling@example.nl"
    token: str = field(default="fake-valid-token-0123456789", repr=False)
    # v2.1's AuthHeader has no domain; the wizard still asks for one.
    domain: str = "oamkb"
    companies: tuple[tuple[int, str], ...] = ((101, "Bakkerij De Korenschoof B.V."),)
    employees: tuple[int, ...] = (5001, 5002)
    run_year: int = field(default_factory=lambda: date.today().year)
    # Services whose WSDL answers 404 (ReportService: no copy of any version exists).
    missing: set[str] = field(default_factory=lambda: {"ReportService"})
    # Operations answered with 1002 Unauthorized Access.
    inactive: set[str] = field(default_factory=set)
    # Serve the tests' v3-style ReportService WSDL beside the v2.1 ones (no real copy exists).
    v3_report_service: bool = False


@dataclass(frozen=True)
class ReceivedCall:
    """One SOAP request as the fake read it."""

    service: str
    operation: str
    params: dict[str, str]
    header: dict[str, str]


class FakeNmbrsV21:
    """The running server. Use as a context manager."""

    def __init__(self, scenario: V21Scenario | None = None) -> None:
        self.scenario = scenario or V21Scenario()
        self.calls: list[ReceivedCall] = []
        self.invalid_requests: list[str] = []
        self.wsdl_requests: list[str] = []
        self._lock = threading.Lock()
        self._server = _Server(self)

    @property
    def base_url(self) -> str:
        """The endpoint override: it replaces https://api.nmbrs.nl/soap/v3."""
        return f"http://127.0.0.1:{self._server.port}/soap/v3"

    def __enter__(self) -> FakeNmbrsV21:
        self._server.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.stop()

    def operations(self, service: str) -> set[str]:
        """The operations the v2.1 WSDL of `service` declares (none for a missing one)."""
        if service not in WSDL_FILES:
            return set()
        return set(load_service(service).soap_actions)

    def called(self, service: str) -> set[str]:
        """The operations of `service` that were called."""
        with self._lock:
            return {call.operation for call in self.calls if call.service == service}

    def record(self, call: ReceivedCall | None = None, invalid: str | None = None) -> None:
        with self._lock:
            if call is not None:
                self.calls.append(call)
            if invalid is not None:
                self.invalid_requests.append(invalid)

    def answer(self, service: WsdlService, call: ReceivedCall) -> str:
        """The inner XML of the answer element, or raise SoapFault with Nmbrs' own text."""
        scenario = self.scenario
        if call.header.get("Username") != scenario.username or (
            call.header.get("Token") != scenario.token
        ):
            raise SoapFault(1001)
        if call.operation in scenario.inactive:
            raise SoapFault(1002)
        company_ids = {company_id for company_id, _ in scenario.companies}
        if "CompanyId" in call.params and int(call.params["CompanyId"]) not in company_ids:
            raise SoapFault(2004)
        result = f"{call.operation}Result"
        if (service.name, call.operation) == ("CompanyService", "List_GetAll"):
            companies = "".join(
                f"<Company><ID>{company_id}</ID><Number>{company_id}</Number><Name>{name}</Name>"
                "<LoonaangifteTijdvak>Month</LoonaangifteTijdvak></Company>"
                for company_id, name in scenario.companies
            )
            return f"<{result}>{companies}</{result}>"
        if call.operation == "List_GetByCompany":
            employees = "".join(
                f"<Employee><Id>{e}</Id><Number>{e}</Number></Employee>" for e in scenario.employees
            )
            return (
                f"<{result}>{employees if call.params['active'] != 'notActive' else ''}</{result}>"
            )
        if call.operation == "Run_GetList":
            if int(call.params["Year"]) != scenario.run_year:
                return f"<{result} />"
            run = (
                f"<RunInfo><ID>7001</ID><Number>1</Number><Year>{scenario.run_year}</Year>"
                "<PeriodStart>1</PeriodStart><PeriodEnd>1</PeriodEnd>"
                "<RunAt>2024-01-25T10:00:00</RunAt><IsLocked>true</IsLocked></RunInfo>"
            )
            return f"<{result}>{run}</{result}>"
        if call.operation == "Company_GetCurrentPeriod":
            return f"<{result}>{scenario.run_year}-03-M</{result}>"
        # Every other call: an answer without data, which is still an answer.
        return ""


class _Server(LoopbackHTTPServer):
    request_queue_size = 128

    def __init__(self, fake: FakeNmbrsV21) -> None:
        super().__init__(_Handler)
        self.fake = fake


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def _service(self) -> str | None:
        path = urlsplit(self.path).path.lower()
        return next((s for s in SERVICES if path == f"/soap/v3/{s}.asmx".lower()), None)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        fake = self.server.fake
        service = self._service()
        with fake._lock:
            fake.wsdl_requests.append(service or self.path)
        if service == "ReportService" and fake.scenario.v3_report_service:
            address = f"{fake.base_url}/ReportService.asmx"
            self._send(200, build_wsdl(service_shape(service), address).encode(), _XML)
            return
        if service is None or service in fake.scenario.missing or service not in WSDL_FILES:
            self._send(404, _IIS_404, "text/html")
            return
        self._send(200, load_service(service).content, _XML)

    def do_POST(self) -> None:
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        name = self._service()
        if name == "ReportService" and fake.scenario.v3_report_service:
            self._report_service(raw)
            return
        if name is None or name not in WSDL_FILES or name in fake.scenario.missing:
            self._send(404, _IIS_404, "text/html")
            return
        service = load_service(name)
        try:
            call = self._read(service, raw)
            inner = fake.answer(service, call)
        except SoapFault as fault:
            self._send(500, fault.envelope(), _XML)
            return
        operation = call.operation
        answer = f'<{operation}Response xmlns="{service.namespace}">{inner}</{operation}Response>'
        # The fake's own answers must be what the WSDL promises, too.
        problem = service.validate(etree.fromstring(answer.encode()))
        assert problem is None, f"fake answer to {operation} is invalid: {problem}"
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{SOAP11}">'
            f"<soap:Body>{answer}</soap:Body></soap:Envelope>"
        )
        self._send(200, body.encode(), _XML)

    def _report_service(self, raw: bytes) -> None:
        """The v3-style ReportService: a task id for a background report, 2019 for its result."""
        fake = self.server.fake
        shape = service_shape("ReportService")
        try:
            request = parse_request(shape, raw)
        except SoapFault as fault:
            fake.record(invalid=fault.text)
            self._send(500, fault.envelope(), _XML)
            return
        call = ReceivedCall("ReportService", request.spec.name, request.params, request.header)
        fake.record(call)
        scenario = fake.scenario
        header = request.header
        if (header.get("Username"), header.get("Token")) != (scenario.username, scenario.token):
            fault: SoapFault | None = SoapFault(1001)
        elif request.spec.name in scenario.inactive:
            fault = SoapFault(1002)
        elif request.spec.name == "Reports_BackgroundTask_Result":
            fault = SoapFault(2019)  # the probe asks for a task that does not exist
        else:
            fault = None
        if fault is not None:
            self._send(500, fault.envelope(), _XML)
            return
        self._send(200, response_envelope(shape, request, str(uuid.uuid4())), _XML)

    def _refuse(self, message: str) -> SoapFault:
        self.server.fake.record(invalid=message)
        return SoapFault(None, message, client=True)

    def _read(self, service: WsdlService, raw: bytes) -> ReceivedCall:
        try:
            envelope = etree.fromstring(raw, _PARSER)
        except etree.XMLSyntaxError:
            raise self._refuse("There is an error in the XML document.") from None
        body = envelope.find(f"{{{SOAP11}}}Body")
        if body is None or len(body) != 1:
            raise self._refuse("Not one operation in a SOAP 1.1 body.")
        element = body[0]
        qname = etree.QName(element)
        operation = qname.localname
        if qname.namespace != service.namespace or operation not in service.soap_actions:
            raise self._refuse(f"Server did not recognize the operation {operation}.")
        action = (self.headers.get("SOAPAction") or "").strip('"')
        if action != service.soap_actions[operation]:
            raise self._refuse(f"{operation}: SOAPAction {action!r} is not the WSDL's.")
        problem = service.validate(element)
        if problem is not None:
            raise self._refuse(f"{operation}: {problem}")
        # Most operations declare AuthHeader; EndServiceReason_GetList AuthHeaderWithDomain.
        declared = service.headers.get(operation, "AuthHeader")
        header = envelope.find(f"{{{SOAP11}}}Header/{{{service.namespace}}}{declared}")
        if header is None:
            raise self._refuse(f"{operation}: no {declared} in the service's namespace.")
        problem = service.validate(header)
        if problem is not None:
            raise self._refuse(f"{operation}: {declared}: {problem}")
        call = ReceivedCall(
            service=service.name,
            operation=operation,
            params={etree.QName(child).localname: child.text or "" for child in element},
            header={etree.QName(child).localname: child.text or "" for child in header},
        )
        self.server.fake.record(call)
        return call
