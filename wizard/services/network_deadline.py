"""Total deadlines: per request and per whole check, whatever pace a server keeps.

httpx's read timeout restarts with every byte received, so a server that sends one byte a
second never trips it. A request (headers and body) must finish within its deadline, and a
whole check within the check deadline; both are enforced with asyncio's timeouts, which cancel
whatever is in flight.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Coroutine
from typing import Any, TypeVar

import httpx

from wizard.core.live_check import CheckCancelled
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.network_errors import CheckFailed, NetworkProblem

CONTEXT = "NetworkProblem"

MSG_CHECK_DEADLINE = QT_TRANSLATE_NOOP(
    "NetworkProblem",
    "The check took longer than {seconds} seconds and was stopped. The server answers very "
    "slowly, or a proxy holds the connection up. Try again later; if it keeps happening, ask "
    "your IT department.",
)

_T = TypeVar("_T")


def seconds_text(seconds: float) -> str:
    """Seconds as people write them: 120, or 0.5."""
    return f"{seconds:g}"


def _request_too_slow(request: httpx.Request) -> httpx.ReadTimeout:
    # A timeout like httpx's own, so every caller's handling of timeouts applies.
    return httpx.ReadTimeout("the request's total deadline passed", request=request)


class _DeadlineStream(httpx.AsyncByteStream):
    """A streamed body that must arrive before the request's deadline."""

    def __init__(
        self, stream: httpx.AsyncByteStream, deadline: float, request: httpx.Request
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._stream.__aiter__()
        while True:
            scope = asyncio.timeout_at(self._deadline)
            try:
                async with scope:
                    chunk = await anext(chunks)
            except StopAsyncIteration:
                return
            except TimeoutError:
                if not scope.expired():
                    raise
                raise _request_too_slow(self._request) from None
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class DeadlineAsyncClient(httpx.AsyncClient):
    """An httpx AsyncClient whose every request, body included, ends by `request_deadline`.

    A request past its deadline raises httpx.ReadTimeout, as a read timeout does.
    """

    def __init__(self, *, request_deadline: float, **options: Any) -> None:
        super().__init__(**options)
        self._request_deadline = request_deadline

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        """Send within the deadline; a streamed body is held to the same deadline."""
        deadline = asyncio.get_running_loop().time() + self._request_deadline
        scope = asyncio.timeout_at(deadline)
        try:
            async with scope:
                response = await super().send(request, **options)
        except TimeoutError:
            if not scope.expired():
                raise
            raise _request_too_slow(request) from None
        if options.get("stream") and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _DeadlineStream(response.stream, deadline, request)
        return response


async def within_check_deadline(job: Awaitable[_T], seconds: float) -> _T:
    """Await `job`, cancelling it when it takes longer than `seconds`.

    Raises CheckFailed(TIMEOUT) with a message that names the deadline.
    """
    scope = asyncio.timeout(seconds)
    try:
        async with scope:
            return await job
    except TimeoutError:
        if not scope.expired():
            raise
        raise CheckFailed(
            NetworkProblem.TIMEOUT,
            MSG_CHECK_DEADLINE,
            context=CONTEXT,
            seconds=seconds_text(seconds),
        ) from None


async def _stoppable(job: Awaitable[_T], cancel: threading.Event) -> _T:
    task = asyncio.ensure_future(job)
    while not task.done():
        await asyncio.wait({task}, timeout=0.05)
        if cancel.is_set() and not task.done():
            task.cancel()
    try:
        return task.result()
    except asyncio.CancelledError:
        raise CheckCancelled from None


def run_stoppable(job: Coroutine[Any, Any, _T], cancel: threading.Event | None) -> _T:
    """Run `job` on its own event loop (for a worker thread); setting `cancel` stops it.

    Raises CheckCancelled when `cancel` stopped the job.
    """
    if cancel is None:
        return asyncio.run(job)
    return asyncio.run(_stoppable(job, cancel))
