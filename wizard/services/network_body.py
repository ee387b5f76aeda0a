"""An answer's body, decoded by the wizard itself and counted as it streams in.

httpx inflates a gzip or deflate body in one call per received chunk, and a chain such as
"Content-Encoding: gzip, gzip" layer by layer, so 64 KiB of a bomb can become gigabytes before
anyone counts. Here every layer inflates at most `PIECE_BYTES` at a time and the decoded bytes
are counted against the cap, so memory stays bounded whatever a server sends.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Protocol

import httpx

from wizard.services.network_errors import CheckFailed, NetworkProblem

# What the wizard asks for, so no server has a reason to send br or zstd.
ACCEPT_ENCODING = "gzip, deflate"
# Largest piece one layer hands on at a time.
PIECE_BYTES = 64 * 1024
# "gzip, gzip" is legal HTTP; more layers than this is not an answer from Nmbrs or AFAS.
MAX_CODINGS = 2

_IDENTITY = {"", "identity"}


class _Layer(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class _Inflate:
    """One gzip or deflate layer that never produces more than PIECE_BYTES per step."""

    def __init__(self, coding: str, host: str) -> None:
        self._host = host
        # gzip: the gzip header; deflate: zlib-wrapped, or raw deflate as some servers send.
        self._raw_fallback = coding == "deflate"
        wbits = zlib.MAX_WBITS | 16 if coding != "deflate" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)
        self._started = False

    def _step(self, data: bytes) -> bytes:
        try:
            piece = self._inflater.decompress(data, PIECE_BYTES)
        except zlib.error:
            if self._raw_fallback and not self._started:
                self._raw_fallback = False
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._step(data)
            raise CheckFailed(NetworkProblem.MALFORMED, host=self._host) from None
        self._started = True
        return piece

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self._inflater.eof:
            piece = self._step(data)
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
            # A full piece may leave output waiting inside zlib even when all input is used.
            if not data and len(piece) < PIECE_BYTES:
                return
        # Bytes after the end of the stream are ignored, as httpx does.

    def finish(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        rest = self._inflater.flush()
        if rest:
            yield rest


def _codings(header_values: Iterable[str], host: str) -> list[str]:
    codings = [
        coding.strip().lower()
        for value in header_values
        for coding in value.split(",")
        if coding.strip().lower() not in _IDENTITY
    ]
    codings = ["gzip" if coding == "x-gzip" else coding for coding in codings]
    if len(codings) > MAX_CODINGS or any(c not in ("gzip", "deflate") for c in codings):
        # br, zstd or compress were never asked for (see ACCEPT_ENCODING).
        raise CheckFailed(NetworkProblem.MALFORMED, host=host)
    return codings


class _Budget:
    """Counts received and decoded bytes; raises OVERSIZED past the cap."""

    def __init__(self, max_bytes: int, host: str) -> None:
        self._max_bytes = max_bytes
        self._host = host
        self._received = 0
        self._decoded = 0

    def received(self, size: int) -> None:
        self._received += size
        if self._received > self._max_bytes:
            raise CheckFailed(NetworkProblem.OVERSIZED, host=self._host)

    def decoded(self, piece: bytes) -> bytes:
        self._decoded += len(piece)
        if self._decoded > self._max_bytes:
            raise CheckFailed(NetworkProblem.OVERSIZED, host=self._host)
        return piece


class BodyDecoder:
    """Decodes one body's content codings, in order, within `max_bytes` decoded bytes."""

    def __init__(self, codings: list[str], max_bytes: int, host: str) -> None:
        # Content-Encoding lists codings in the order they were applied: undo the last first.
        self._layers: list[_Layer] = [_Inflate(coding, host) for coding in reversed(codings)]
        self._budget = _Budget(max_bytes, host)

    def _through(self, pieces: Iterator[bytes], depth: int) -> Iterator[bytes]:
        if depth == len(self._layers):
            yield from pieces
            return
        layer = self._layers[depth]
        for piece in pieces:
            yield from self._through(layer.feed(piece), depth + 1)

    def _finish_from(self, depth: int) -> Iterator[bytes]:
        # Ending layer N can still release output that layers after N must decode.
        for index in range(depth, len(self._layers)):
            yield from self._through(self._layers[index].finish(), index + 1)

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """The decoded pieces of one received chunk."""
        self._budget.received(len(chunk))
        for piece in self._through(iter((chunk,)), 0):
            yield self._budget.decoded(piece)

    def finish(self) -> Iterator[bytes]:
        """What the layers still hold once the whole body has arrived."""
        for piece in self._finish_from(0):
            yield self._budget.decoded(piece)


def take_over_decoding(response: httpx.Response, max_bytes: int) -> BodyDecoder:
    """A decoder for `response`'s body; httpx is told the body is no longer encoded.

    Raises CheckFailed(MALFORMED) for a coding the wizard did not ask for.
    """
    host = response.request.url.host
    codings = _codings(response.headers.get_list("content-encoding"), host)
    # httpx picks its own decoder from this header when the body is first read.
    if "content-encoding" in response.headers:
        del response.headers["content-encoding"]
    return BodyDecoder(codings, max_bytes, host)


class CappedSyncStream(httpx.SyncByteStream):
    """The raw body stream, decoded and capped, for whoever reads the response (zeep too)."""

    def __init__(self, stream: httpx.SyncByteStream, decoder: BodyDecoder) -> None:
        self._stream = stream
        self._decoder = decoder

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield from self._decoder.feed(chunk)
        yield from self._decoder.finish()

    def close(self) -> None:
        self._stream.close()


class CappedAsyncStream(httpx.AsyncByteStream):
    """The async twin of CappedSyncStream."""

    def __init__(self, stream: httpx.AsyncByteStream, decoder: BodyDecoder) -> None:
        self._stream = stream
        self._decoder = decoder

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for piece in self._decoder.feed(chunk):
                yield piece
        for piece in self._decoder.finish():
            yield piece

    async def aclose(self) -> None:
        await self._stream.aclose()
