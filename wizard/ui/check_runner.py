"""Runs live checks on a QThreadPool and drops answers that no longer fit the input."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wizard.core.live_check import CheckCancelled
from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CRASHED = Message(
    "CheckRunner",
    QT_TRANSLATE_NOOP("CheckRunner", "The check stopped unexpectedly. Please try again."),
)


class _TaskSignals(QObject):
    succeeded = Signal(int, object)
    # The request and why it failed: a Message, worded when the page shows it.
    failed = Signal(int, object)


class _CheckTask(QRunnable):
    """One check on a worker thread; it touches no widget."""

    def __init__(self, request_id: int, work: Callable[[], object]) -> None:
        super().__init__()
        self.request_id = request_id
        self.work = work
        # Created on the GUI thread, so its queued signals arrive there.
        self.signals = _TaskSignals()

    def run(self) -> None:
        # Lazy: network_errors loads httpx; it loads on the worker, with the first check.
        from wizard.services.network_errors import CheckFailed

        try:
            result = self.work()
        except CheckCancelled:
            return  # the runner has moved on: nobody waits for this answer
        except CheckFailed as failure:
            self.signals.failed.emit(self.request_id, failure.message)
        except Exception:  # a bug must never leave the page "checking" forever
            # The exception text may echo a token from a server answer: log the type only.
            log.error("live check crashed", exc_info=False)
            self.signals.failed.emit(self.request_id, CRASHED)
        else:
            self.signals.succeeded.emit(self.request_id, result)


class CheckRunner(QObject):
    """Starts one check at a time per page; late answers to older requests are dropped."""

    finished = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._latest = 0
        self._input_key: object = None
        self._busy = False

    @property
    def busy(self) -> bool:
        """True while the newest request has not answered."""
        return self._busy

    def start(self, input_key: object, work: Callable[[], object]) -> int:
        """Run `work` in the pool; `input_key` describes the input it checks."""
        self._latest += 1
        self._input_key = input_key
        task = _CheckTask(self._latest, work)
        task.signals.succeeded.connect(self._on_succeeded)
        task.signals.failed.connect(self._on_failed)
        self._set_busy(True)
        self._pool.start(task)
        return self._latest

    def cancel(self) -> None:
        """Forget the running request; its answer will be dropped when it comes."""
        self._latest += 1
        self._set_busy(False)

    def input_changed(self, input_key: object) -> None:
        """Drop a running request whose input the clerk has since changed."""
        if self._busy and input_key != self._input_key:
            self.cancel()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_succeeded(self, request_id: int, result: object) -> None:
        if request_id == self._latest:
            self._set_busy(False)
            self.finished.emit(result)

    def _on_failed(self, request_id: int, message: Message) -> None:
        if request_id == self._latest:
            self._set_busy(False)
            self.failed.emit(message)
