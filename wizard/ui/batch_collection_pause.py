"""While a batch check runs, Python's full garbage collections wait.

The worker's parsing leaves many objects behind, and a full collection then held every thread,
the window's too, for 12-31 ms (more under load) in the middle of a batch. Young objects are
still collected as usual; the full collection comes after the last running batch ends.
"""

from __future__ import annotations

import gc

_running = 0
_saved_threshold: tuple[int, int, int] | None = None


def batch_started() -> None:
    global _running, _saved_threshold
    if _running == 0:
        # Everything alive now (Qt wrappers, modules, parsed WSDLs) leaves the collector's view
        # until the batch ends: a collection during the batch scans only new objects.
        gc.freeze()
        _saved_threshold = gc.get_threshold()
        young, middle, full = _saved_threshold
        gc.set_threshold(young, middle, max(full, 100))
    _running += 1


def batch_ended() -> None:
    global _running, _saved_threshold
    if _running == 0:  # an end without a start changes nothing
        return
    _running -= 1
    if _running == 0 and _saved_threshold is not None:
        gc.set_threshold(*_saved_threshold)
        _saved_threshold = None
        # Back in view, so garbage that was alive at the start is collected after all.
        gc.unfreeze()


def batches_running() -> int:
    return _running
