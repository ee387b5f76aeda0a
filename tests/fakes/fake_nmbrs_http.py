"""The fake Nmbrs server's HTTP side: WSDL downloads, SOAP posts and network misbehaviour."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tests.fakes.fake_nmbrs_wire import (
    SOAP11,
    SoapFault,
    SoapRequest,
    parse_request,
    response_envelope,
    xml_array,
)
from tests.fakes.loopback_server import LoopbackHTTPServer
from tests.fakes.nmbrs_wsdl_spec import SERVICES, ServiceShape, build_wsdl

if TYPE_CHECKING:
    from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode

_XML = "text/xml; charset=utf-8"
_PROXY_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body>"
    b"<h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>"
)


# Ten levels of ten-fold entity expansion: a parser that resolves it builds a 10 GB string.
_XML_BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (level, b"".join(b"&lol%d;" % (level - 1) for _ in range(10)))
        for level in range(1, 10)
    )
    + b']>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
    b"<soap:Body><x>&lol9;</x></soap:Body></soap:Envelope>"
)


def xxe_fault(target: str) -> bytes:
    """An ASMX fault whose text is an external entity: a resolving parser reads `target`."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "{target}">]>\n'
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
        "<soap:Fault><faultcode>soap:Server</faultcode>"
        "<faultstring>Server was unable to process request. ---&gt; 9999: &xxe;</faultstring>"
        "<detail>&xxe;</detail></soap:Fault></soap:Body></soap:Envelope>"
    ).encode()


class FakeHttpServer(LoopbackHTTPServer):
    """A threaded server bound to one FakeNmbrs."""

    # The probe opens ~20 connections at once; the default backlog of 5 would drop SYNs.
    request_queue_size = 128

    def __init__(self, fake: FakeNmbrs) -> None:
        super().__init__(FakeHandler)
        self.fake = fake


class FakeHandler(BaseHTTPRequestHandler):
    """GET ?WSDL and POST SOAP at /soap/v3/<Service>.asmx."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the body waits ~40 ms for the
    # client's delayed ACK, which would swamp every timing.
    disable_nagle_algorithm = True
    server: FakeHttpServer

    def log_message(self, format: str, *args: Any) -> None:
        del format, args  # keep test output quiet

    def _service(self) -> str | None:
        path = urlsplit(self.path).path
        for service in SERVICES:
            if path.lower() == f"/soap/v3/{service}.asmx".lower():
                return service
        return None

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """Serve a service's WSDL."""
        fake = self.server.fake
        service = self._service()
        query = urlsplit(self.path).query.lower()
        if service is None or query != "wsdl":
            self._send(404, b"Not found", "text/plain")
            return
        fake.record(f"WSDL {service}")
        fake.wait(fake.scenario.wsdl_latency)
        address = f"http://127.0.0.1:{fake.port}/soap/v3/{service}.asmx"
        if service in fake.scenario.wsdl_override:
            self._send(200, fake.scenario.wsdl_override[service], _XML)
            return
        self._send(200, build_wsdl(fake.shape(service), address).encode(), _XML)

    def do_POST(self) -> None:
        """Answer one SOAP call: data, an ASMX fault, or the scenario's misbehaviour."""
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        service = self._service()
        if service is None:
            self._send(404, b"Not found", "text/plain")
            return
        shape = fake.shape(service)
        try:
            request = parse_request(shape, raw)
        except SoapFault as fault:
            self._send(500, fault.envelope(), _XML)
            return
        fake.record(
            f"{service}.{request.spec.name}", (service, request.spec.name, tuple(request.params))
        )
        with fake.serving(request.header.get("Username")):
            self._answer(fake, shape, request)

    def _answer(self, fake: FakeNmbrs, shape: ServiceShape, request: SoapRequest) -> None:
        """Answer as the login the request names (see FakeNmbrs.serving)."""
        service = request.service
        mode = fake.scenario.lookup(fake.scenario.faults, service, request.spec.name)
        if mode is not None:
            self._misbehave(fake, mode, request)
            return
        fake.wait(fake.scenario.latency)
        try:
            inner = fake.answer(request)
        except SoapFault as fault:
            self._send(500, fault.envelope(), _XML)
            return
        self._send(200, response_envelope(shape, request, inner), _XML)

    def _oversized(self, size: int) -> None:
        """A well-formed start, then `size` bytes of padding, with no length announced."""
        self.send_response(200)
        self.send_header("Content-Type", _XML)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk = b" " * 65536
        sent = 0
        try:
            self.wfile.write(f'<?xml version="1.0"?><soap:Envelope xmlns:soap="{SOAP11}">'.encode())
            while sent < size:
                piece = chunk[: min(len(chunk), size - sent)]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its cap, as it should

    def _misbehave(self, fake: FakeNmbrs, mode: FaultMode, request: SoapRequest) -> None:
        if mode == "html_page":
            self._send(fake.scenario.html_status, _PROXY_PAGE, "text/html; charset=utf-8")
        elif mode == "xml_bomb":
            self._send(200, _XML_BOMB, _XML)
        elif mode == "xxe":
            self._send(500, xxe_fault(fake.scenario.xxe_target), _XML)
        elif mode == "redirect_other_host":
            # Same server, other host name: a client that follows it would send the token on.
            self.send_response(307)
            self.send_header("Location", f"http://localhost:{fake.port}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif mode == "oversized_streamed":
            self._oversized(fake.scenario.oversized_bytes)
        elif mode == "cut_off":
            # The network drops mid-answer: the promised length never arrives.
            self.send_response(200)
            self.send_header("Content-Type", _XML)
            self.send_header("Content-Length", "4096")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b'<?xml version="1.0"?><soap:Envelope')
            self.close_connection = True
        elif mode == "truncated_xml":
            shape = fake.shape(request.service)
            whole = response_envelope(shape, request, xml_array("Employee", [{"Id": 1}]))
            self._send(200, whole[: int(len(whole) * 0.8)], _XML)
        else:
            # Stall: say nothing until the client gives up or the server stops.
            fake.wait(fake.scenario.stall_seconds)
            self.close_connection = True
