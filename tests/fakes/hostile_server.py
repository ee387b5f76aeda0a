"""A loopback server that answers like a hostile Nmbrs or AFAS: bombs, trickles, odd bodies.

Nmbrs WSDLs are the fake's real ones (unless the WSDL itself is the attack), so the check gets
as far as the SOAP answers; every other answer is the configured `HostileAnswer`.
"""

from __future__ import annotations

import gzip
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from tests.fakes.loopback_server import LoopbackHTTPServer
from tests.fakes.nmbrs_wsdl_spec import SERVICES, build_wsdl, service_shape

GIB = 1024**3
_MIB_OF_ZEROS = b"\0" * (1024 * 1024)


def _raw_deflate_of_zeros(size: int) -> bytes:
    """Raw deflate of `size` zero bytes, built from one compressed MiB repeated (fast).

    A full flush ends each MiB byte-aligned and without history, so the same bytes can follow
    each other; the final empty block closes the stream.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    one_mib = compressor.compress(_MIB_OF_ZEROS) + compressor.flush(zlib.Z_FULL_FLUSH)
    return one_mib * (size // len(_MIB_OF_ZEROS)) + compressor.flush(zlib.Z_FINISH)


def _checksums_of_zeros(size: int) -> tuple[int, int]:
    crc, adler = 0, 1
    for _ in range(size // len(_MIB_OF_ZEROS)):
        crc = zlib.crc32(_MIB_OF_ZEROS, crc)
        adler = zlib.adler32(_MIB_OF_ZEROS, adler)
    return crc, adler


def gzip_bomb(size: int = GIB) -> bytes:
    """About 1 MB of gzip that inflates to `size` (a multiple of 1 MiB) zero bytes."""
    crc, _adler = _checksums_of_zeros(size)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = crc.to_bytes(4, "little") + (size % 2**32).to_bytes(4, "little")
    return header + _raw_deflate_of_zeros(size) + trailer


def deflate_bomb(size: int = GIB) -> bytes:
    """The zlib-wrapped twin of gzip_bomb, as "Content-Encoding: deflate" means."""
    _crc, adler = _checksums_of_zeros(size)
    return b"\x78\xda" + _raw_deflate_of_zeros(size) + adler.to_bytes(4, "big")


def double_gzip_bomb(size: int = GIB) -> bytes:
    """A gzip inside a gzip: under 2 KB that inflates to `size` in two steps."""
    return gzip.compress(gzip_bomb(size), 9)


@dataclass
class HostileAnswer:
    """One answer: a body with its Content-Encoding, optionally sent a few bytes at a time."""

    body: bytes = b""
    content_encoding: str | None = None
    content_type: str = "application/json; charset=utf-8"
    status: int = 200
    # Trickle: this many bytes, then a pause of `trickle_pause` seconds, until all is sent.
    trickle_bytes: int = 0
    trickle_pause: float = 0.2
    # Trickle the status line and headers too, so not even the headers complete quickly.
    trickle_headers: bool = False
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class HostileConfig:
    """What the server sends: `wsdl` for Nmbrs WSDL downloads (None: the fake's real WSDL),
    `answer` for everything else."""

    answer: HostileAnswer = field(default_factory=HostileAnswer)
    wsdl: HostileAnswer | None = None


class HostileServer(LoopbackHTTPServer):
    """The server; use as a context manager."""

    request_queue_size = 64

    def __init__(self, config: HostileConfig) -> None:
        super().__init__(_Handler)
        self.config = config
        self.stopping = threading.Event()
        self.requests = 0

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> HostileServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: HostileServer

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def do_GET(self) -> None:
        self.server.requests += 1
        path = urlsplit(self.path)
        config = self.server.config
        if path.query.lower() == "wsdl" and config.wsdl is None:
            self._real_wsdl(path.path)
            return
        if path.query.lower() == "wsdl" and config.wsdl is not None:
            self._play(config.wsdl)
            return
        self._play(config.answer)

    def do_POST(self) -> None:
        self.server.requests += 1
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._play(self.server.config.answer)

    def _real_wsdl(self, path: str) -> None:
        service = next((s for s in SERVICES if path.endswith(f"/{s}.asmx")), None)
        if service is None:
            self._play(HostileAnswer(b"Not found", status=404, content_type="text/plain"))
            return
        address = f"{self.server.origin}{path}"
        wsdl = build_wsdl(service_shape(service), address).encode()
        self._play(HostileAnswer(wsdl, content_type="text/xml; charset=utf-8"))

    def _play(self, answer: HostileAnswer) -> None:
        lines = [f"HTTP/1.1 {answer.status} Hostile", f"Content-Type: {answer.content_type}"]
        if answer.content_encoding is not None:
            lines.append(f"Content-Encoding: {answer.content_encoding}")
        lines += [f"{name}: {value}" for name, value in answer.headers.items()]
        lines += [f"Content-Length: {len(answer.body)}", "Connection: close", "", ""]
        head = "\r\n".join(lines).encode("ascii")
        self.close_connection = True
        try:
            if answer.trickle_bytes and answer.trickle_headers:
                self._trickle(head + answer.body, answer)
                return
            self.wfile.write(head)
            if answer.trickle_bytes:
                self._trickle(answer.body, answer)
            else:
                self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should

    def _trickle(self, data: bytes, answer: HostileAnswer) -> None:
        for start in range(0, len(data), answer.trickle_bytes):
            if self.server.stopping.is_set():
                return
            self.wfile.write(data[start : start + answer.trickle_bytes])
            self.wfile.flush()
            self.server.stopping.wait(answer.trickle_pause)
