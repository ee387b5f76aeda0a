"""The Nmbrs check of many logins at once (per-debtor path: one login per employer).

The checks overlap, but the load on Nmbrs stays bounded: at most MAX_LOGINS_AT_ONCE logins are
checked at a time, and all of them together never have more than MAX_REQUESTS_IN_FLIGHT SOAP
requests in flight (one semaphore, shared by every check's transport). Everything runs in one
event loop on one worker thread; stopping the batch cancels every check still running.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from wizard.core.check_result import CheckReport, CheckRun
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import check_nmbrs

MAX_LOGINS_AT_ONCE = 4
MAX_REQUESTS_IN_FLIGHT = 32


@dataclass(frozen=True)
class BatchLogin:
    """One login to check; `subject` is its username, as the check runs are keyed."""

    username: str
    token: str = field(repr=False)
    domain: str

    @property
    def subject(self) -> str:
        """The key of this login's check run."""
        return self.username


# Called from the worker thread: (index in the batch, True when started / False when done).
Progress = Callable[[int, bool, CheckRun | None], None]


@dataclass
class BatchResult:
    """The runs that finished (by index in the batch); `stopped` when the clerk stopped it."""

    runs: dict[int, CheckRun] = field(default_factory=dict)
    stopped: bool = False


async def check_logins(
    logins: Sequence[BatchLogin],
    account_type: AccountType,
    settings: NetworkSettings,
    *,
    sandbox: bool = False,
    endpoint: str | None = None,
    wsdl_cache_dir: Path | None = None,
    progress: Progress | None = None,
    result: BatchResult | None = None,
    max_logins: int = MAX_LOGINS_AT_ONCE,
    max_requests: int = MAX_REQUESTS_IN_FLIGHT,
    cancel: threading.Event | None = None,
) -> BatchResult:
    """Check every login; each finished run lands in `result` as soon as it is known.

    Once `cancel` is set, no login starts and no finished one is reported or kept: the clerk
    stopped the batch, and the rows must not change after that (the loop notices the stop
    only at its next look, up to 50 ms later).
    """
    result = result if result is not None else BatchResult()
    login_slots = asyncio.Semaphore(max_logins)
    request_limit = asyncio.Semaphore(max_requests)

    def stopped() -> bool:
        return cancel is not None and cancel.is_set()

    async def one(index: int, login: BatchLogin) -> None:
        async with login_slots:
            if stopped():
                return
            if progress is not None:
                progress(index, True, None)
            report: CheckReport = await check_nmbrs(
                login.username,
                login.token,
                login.domain,
                account_type,
                settings,
                sandbox=sandbox,
                endpoint=endpoint,
                wsdl_cache_dir=wsdl_cache_dir,
                request_limit=request_limit,
            )
            if stopped():
                return
            run = CheckRun(login.subject, report, datetime.now().astimezone())
            result.runs[index] = run
            if progress is not None:
                progress(index, False, run)

    await asyncio.gather(*(one(index, login) for index, login in enumerate(logins)))
    return result


def run_batch(
    logins: Sequence[BatchLogin],
    account_type: AccountType,
    settings: NetworkSettings,
    *,
    cancel: threading.Event | None = None,
    sandbox: bool = False,
    endpoint: str | None = None,
    wsdl_cache_dir: Path | None = None,
    progress: Progress | None = None,
    max_logins: int = MAX_LOGINS_AT_ONCE,
    max_requests: int = MAX_REQUESTS_IN_FLIGHT,
) -> BatchResult:
    """`check_logins` for a worker thread. Setting `cancel` stops the batch: the runs that
    finished before are kept, and `stopped` is set."""
    result = BatchResult()

    async def main() -> None:
        task = asyncio.ensure_future(
            check_logins(
                logins,
                account_type,
                settings,
                sandbox=sandbox,
                endpoint=endpoint,
                wsdl_cache_dir=wsdl_cache_dir,
                progress=progress,
                result=result,
                max_logins=max_logins,
                max_requests=max_requests,
                cancel=cancel,
            )
        )
        while not task.done():
            await asyncio.wait({task}, timeout=0.05)
            if cancel is not None and cancel.is_set() and not task.done():
                task.cancel()
                result.stopped = True
        if not task.cancelled():
            task.result()
        # Stopped before the loop looked: the logins left returned without a run.
        if cancel is not None and cancel.is_set() and len(result.runs) < len(logins):
            result.stopped = True

    asyncio.run(main())
    return result
