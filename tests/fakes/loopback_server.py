"""The threaded HTTP server under every loopback fake: bound to 127.0.0.1, quiet about hang-ups."""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from typing import Any

# Clients of the fakes hang up on purpose (cancelled checks, timeouts, size caps); socketserver
# would print a traceback for each into the test output.
_HANG_UPS = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)


class LoopbackHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1 that neither blocks on close nor reports hang-ups.

    start() serves from a background thread; stop() ends it and closes the socket.
    """

    daemon_threads = True
    block_on_close = False

    def __init__(self, handler: type, port: int = 0, **kwargs: Any) -> None:
        super().__init__(("127.0.0.1", port), handler, **kwargs)
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        """The loopback port the server listens on."""
        return int(self.server_address[1])

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close the socket and wait (briefly) for the serving thread."""
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], _HANG_UPS):
            return
        super().handle_error(request, client_address)
