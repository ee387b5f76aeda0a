"""The threaded HTTP server under every loopback fake: bound to 127.0.0.1, quiet about hang-ups."""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any

# Clients of the fakes hang up on purpose (cancelled checks, timeouts, size caps); socketserver
# would print a traceback for each into the test output.
_HANG_UPS = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)


class LoopbackHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1 that neither blocks on close nor reports hang-ups."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, handler: type, port: int = 0, **kwargs: Any) -> None:
        super().__init__(("127.0.0.1", port), handler, **kwargs)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], _HANG_UPS):
            return
        super().handle_error(request, client_address)
