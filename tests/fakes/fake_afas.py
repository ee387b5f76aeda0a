"""A loopback AFAS Profit REST server for tests: real HTTP on 127.0.0.1, in a thread.

It speaks the shapes of shared/reference/afas-api.md: the AfasToken header (base64 of the XML
token), `/ProfitRestServices/metainfo`, `/connectors/Profit_Employers` with a simple filter,
and the documented error bodies. Scenario switches produce the failures the wizard must
explain. Nothing here keeps the Authorization header; requests are recorded without it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fakes.loopback_server import LoopbackHTTPServer

BASE_PATH = "/ProfitRestServices"
# A made-up data token: 64 hex characters like AFAS's.
DEFAULT_DATA_TOKEN = "0123456789ABCDEF" * 4
NOT_ASSIGNED_MESSAGE = (
    "GetConnector niet ondersteund voor deze app of de gebruiker is niet geautoriseerd."
)
_TOKEN_XML = re.compile(r"<token><version>([0-9]+)</version><data>([^<]*)</data></token>")


class FakeAfasScenario(StrEnum):
    """How the fake answers; NORMAL behaves like a healthy AFAS environment."""

    NORMAL = "normal"
    UNAUTHORIZED = "unauthorized"  # 401, empty body
    FORBIDDEN = "forbidden"  # 403, empty body (IP restriction)
    NOT_FOUND = "not_found"  # 404, empty body
    SERVER_ERROR = "server_error"  # 500 with `external_message`
    MAINTENANCE = "maintenance"  # 503 with retry_after
    HTML_PAGE = "html_page"  # a proxy's HTML error page with status `html_status`
    TRUNCATED_JSON = "truncated_json"  # 200, complete transfer of half a JSON document
    CUT_OFF = "cut_off"  # Content-Length promises more than is sent, then the socket closes
    STALL = "stall"  # waits `stall_seconds` before answering
    OVERSIZED = "oversized"  # `oversized_bytes` of JSON with a Content-Length
    OVERSIZED_STREAMED = "oversized_streamed"  # the same without Content-Length
    REDIRECT_OTHER_HOST = "redirect_other_host"  # 302 to localhost instead of 127.0.0.1
    REDIRECT_SAME_HOST = "redirect_same_host"  # 302 to the same URL with ?redirected=1
    # Error bodies AFAS gives for different causes behind one status (shared/reference/
    # afas-api.md 4.2-4.3). The blocked GetConnector text is AFAS's documented one; the others
    # follow AFAS's wording where the documentation gives none.
    NOT_AUTHORIZED = "not_authorized"  # 500 "... niet geautoriseerd" (connector not assigned)
    GETCONNECTOR_BLOCKED = "getconnector_blocked"  # 500 "This GetConnector ... is blocked"
    APP_CONNECTOR_BLOCKED = "app_connector_blocked"  # 401 "... App Connector is geblokkeerd"
    TOKEN_EXPIRED = "token_expired"  # 401 "Het token is verlopen."
    TOKEN_NOT_BASE64 = "token_not_base64"  # 500: the header's token is not Base64 XML


_ERROR_BODIES = {
    FakeAfasScenario.NOT_AUTHORIZED: (500, NOT_ASSIGNED_MESSAGE),
    FakeAfasScenario.GETCONNECTOR_BLOCKED: (500, "This GetConnector (definition) is blocked."),
    FakeAfasScenario.APP_CONNECTOR_BLOCKED: (401, "De App Connector is geblokkeerd."),
    FakeAfasScenario.TOKEN_EXPIRED: (401, "Het token is verlopen."),
    FakeAfasScenario.TOKEN_NOT_BASE64: (
        500,
        "Het token in de Authorization-header is niet Base64-encoded of geen geldige XML.",
    ),
}


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake saw it, without any header."""

    method: str
    path: str
    query: dict[str, list[str]]
    token_accepted: bool


@dataclass
class FakeAfasConfig:
    """What the fake environment holds and how it behaves; tests change it freely."""

    data_token: str = DEFAULT_DATA_TOKEN
    token_version: str = "1"
    assigned_connectors: list[str] = field(default_factory=list)
    envid: str | None = "O12345AA"
    # EmployerId -> name; the names stand for the personal data the check must not keep.
    employers: dict[str, str] = field(default_factory=dict)
    scenario: FakeAfasScenario = FakeAfasScenario.NORMAL
    # When set, the scenario applies only to paths ending in this text (case-insensitive).
    scenario_path: str | None = None
    external_message: str = "Er is een onverwachte fout opgetreden."
    profit_log_reference: str = "0F1E2D3C4B5A69788796A5B4C3D2E1F0"
    retry_after: int | None = 120
    # info.tokenExpiry in /metainfo; "0" means no expiry date.
    token_expiry: str = "0"
    html_status: int = 502
    stall_seconds: float = 5.0
    oversized_bytes: int = 6 * 1024 * 1024
    latency: float = 0.0
    # AFAS gives 401 or a 500 "niet geautoriseerd" for a connector not in the App Connector.
    unassigned_connector_status: int = 500


class FakeAfas:
    """The server. Use as a context manager, or start() and stop()."""

    def __init__(self, config: FakeAfasConfig | None = None) -> None:
        self.config = config or FakeAfasConfig()
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server = _Server(_Handler)
        self._server.fake = self

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The `--endpoint` value: what replaces https://{nr}.rest.afas.online/ProfitRestServices."""
        return self.origin + BASE_PATH

    def start(self) -> FakeAfas:
        self._server.start()
        return self

    def stop(self) -> None:
        # Wakes stalled handlers so no thread outlives the test by more than a moment.
        self._release.set()
        self._server.stop()

    def __enter__(self) -> FakeAfas:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def wait_released(self, seconds: float) -> None:
        self._release.wait(seconds)

    def release(self) -> None:
        """Let every held answer (latency, stall) go now: tests wait for this, not a clock."""
        self._release.set()

    def token_accepted(self, header: str | None) -> bool:
        """True for exactly `AfasToken <base64 of the configured XML token>`."""
        if header is None or not header.startswith("AfasToken "):
            return False
        try:
            xml = base64.b64decode(header[len("AfasToken ") :], validate=True).decode("ascii")
        except (binascii.Error, UnicodeDecodeError):
            return False
        match = _TOKEN_XML.fullmatch(xml)
        return (
            match is not None
            and match.group(1) == self.config.token_version
            and match.group(2) == self.config.data_token
        )


class _Server(LoopbackHTTPServer):
    fake: FakeAfas


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: test output stays clean."""

    def do_GET(self) -> None:
        fake = self.server.fake
        config = fake.config
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query)
        accepted = fake.token_accepted(self.headers.get("Authorization"))
        fake.record(RecordedRequest("GET", path, query, accepted))
        if config.latency:
            fake.wait_released(config.latency)
        scenario = config.scenario
        if config.scenario_path is not None and not path.lower().endswith(
            config.scenario_path.lower()
        ):
            scenario = FakeAfasScenario.NORMAL
        if scenario is not FakeAfasScenario.NORMAL and self._play(scenario, query):
            return
        if not accepted:
            self._send(401, b"")
            return
        self._route(path, query)

    def _play(self, scenario: FakeAfasScenario, query: dict[str, list[str]]) -> bool:
        """Answer per scenario; False when the request should be served normally after all."""
        config = self.server.fake.config
        if scenario is FakeAfasScenario.UNAUTHORIZED:
            self._send(401, b"")
        elif scenario is FakeAfasScenario.FORBIDDEN:
            self._send(403, b"")
        elif scenario is FakeAfasScenario.NOT_FOUND:
            self._send(404, b"")
        elif scenario is FakeAfasScenario.SERVER_ERROR:
            self._json(
                500,
                {
                    "externalMessage": config.external_message,
                    "errorNumber": -2147180999,
                    "profitLogReference": config.profit_log_reference,
                },
            )
        elif scenario in _ERROR_BODIES:
            status, text = _ERROR_BODIES[scenario]
            self._json(
                status,
                {
                    "externalMessage": text,
                    "errorNumber": -2147180996,
                    "profitLogReference": config.profit_log_reference,
                },
            )
        elif scenario is FakeAfasScenario.MAINTENANCE:
            body: dict[str, Any] = {"error": {"code": "503", "message": "Service Unavailable"}}
            if config.retry_after is not None:
                body["retry_after"] = config.retry_after
            self._json(503, body)
        elif scenario is FakeAfasScenario.HTML_PAGE:
            page = (
                b"<!DOCTYPE html><html><head><title>Access denied</title></head>"
                b"<body><h1>Proxy error</h1><p>The site is blocked by policy.</p></body></html>"
            )
            self._send(config.html_status, page, "text/html; charset=utf-8")
        elif scenario is FakeAfasScenario.TRUNCATED_JSON:
            self._send(200, b'{"getConnectors": [{"id": "BP_Med', "application/json")
        elif scenario is FakeAfasScenario.CUT_OFF:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "4096")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b'{"getConnectors": [')
            self.close_connection = True
        elif scenario is FakeAfasScenario.STALL:
            self.server.fake.wait_released(config.stall_seconds)
            return False
        elif scenario in (FakeAfasScenario.OVERSIZED, FakeAfasScenario.OVERSIZED_STREAMED):
            self._oversized(with_length=scenario is FakeAfasScenario.OVERSIZED)
        elif scenario is FakeAfasScenario.REDIRECT_OTHER_HOST:
            self._redirect(f"http://localhost:{self.server.fake.port}{self.path}")
        elif scenario is FakeAfasScenario.REDIRECT_SAME_HOST:
            if "redirected" in query:
                return False
            separator = "&" if "?" in self.path else "?"
            self._redirect(f"{self.path}{separator}redirected=1")
        return True

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        config = self.server.fake.config
        if not path.lower().startswith(BASE_PATH.lower()):
            self._send(404, b"")
            return
        rest = path[len(BASE_PATH) :].rstrip("/")
        lowered = rest.lower()
        if lowered == "/metainfo":
            body: dict[str, Any] = {
                "updateConnectors": [],
                "getConnectors": [
                    {"id": name, "description": name} for name in config.assigned_connectors
                ],
            }
            if config.envid is not None:
                body["info"] = {
                    "envid": config.envid,
                    "appName": "a.s.r. Benefits-Plaza",
                    "group": "AuthorizationGroup 101 (12345.ASR)",
                    "tokenExpiry": config.token_expiry,
                }
            self._json(200, body)
        elif lowered == "/profitversion":
            self._json(200, {"version": "22.22.5"})
        elif lowered.startswith("/connectors/"):
            self._connector(rest[len("/connectors/") :], query)
        else:
            self._send(404, b"")

    def _connector(self, connector_id: str, query: dict[str, list[str]]) -> None:
        config = self.server.fake.config
        assigned = {name.lower() for name in config.assigned_connectors}
        if connector_id.lower() not in assigned:
            if config.unassigned_connector_status == 401:
                self._send(401, b"")
            else:
                self._json(
                    500,
                    {
                        "externalMessage": NOT_ASSIGNED_MESSAGE,
                        "errorNumber": -2147180996,
                        "profitLogReference": config.profit_log_reference,
                    },
                )
            return
        take = int(query.get("take", ["100"])[0])
        rows: list[dict[str, Any]] = []
        if connector_id.lower() == "profit_employers":
            rows = [
                {"EmployerId": code, "Name": name, "OrganisationId": f"ORG{code}"}
                for code, name in config.employers.items()
            ]
            fields = query.get("filterfieldids", [""])[0].split(",")
            values = query.get("filtervalues", [""])[0].split(",")
            for field_id, value in zip(fields, values, strict=False):
                if field_id:
                    rows = [row for row in rows if str(row.get(field_id)) == value]
        self._json(200, {"skip": 0, "take": take, "rows": rows[: max(take, 0)]})

    def _oversized(self, *, with_length: bool) -> None:
        size = self.server.fake.config.oversized_bytes
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if with_length:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b" " * 65536
        sent = 0
        try:
            while sent < size:
                piece = chunk[: min(len(chunk), size - sent)]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            # The client stopped reading at its cap, as it should.
            self.close_connection = True

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _json(self, status: int, body: Any) -> None:
        self._send(status, json.dumps(body).encode("utf-8"), "application/json; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str | None = None) -> None:
        try:
            self.send_response(status)
            if content_type is not None:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a timeout test); nothing left to tell it.
            self.close_connection = True
