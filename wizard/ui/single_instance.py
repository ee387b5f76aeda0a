"""Keep a second copy of the wizard from running next to the first one.

Two copies would each autosave their own state into the same progress file, so whichever saved
last would silently undo the other's work. A QLockFile in the per-user application-data folder
lets the second copy notice the first and step aside.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from wizard.core.private_folder import make_private_folder

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "salariskoppeling-wizard.lock"
# The lock is held for as long as the window is open, possibly hours, so its age says nothing:
# 0 turns the age rule off. A crashed copy's lock is still taken over at once, because QLockFile
# sees that the process named in it is gone (or that the computer has rebooted since).
STALE_LOCK_TIME_MS = 0


class SingleInstanceLock:
    """The lock of the running copy; release() (or exit) lets the next copy start."""

    def __init__(self, path: Path, lock: QLockFile | None) -> None:
        self.path = path
        self._lock = lock

    @property
    def guarded(self) -> bool:
        """False when the lock file could not be made and this copy runs without the guard."""
        return self._lock is not None and self._lock.isLocked()

    def release(self) -> None:
        """Remove the lock file; safe to call more than once."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def acquire(folder: Path) -> SingleInstanceLock | None:
    """Take the single-instance lock in `folder`, the per-user application-data folder.

    Returns:
        The lock, to keep alive for the program's lifetime; None when another running copy
        holds it. A lock left behind by a crashed copy is taken over.

        When the lock file cannot be made at all (a read-only or missing profile folder), the
        lock is returned unguarded: refusing to start would lock the clerk out over a problem
        the progress store reports anyway, and atomic saves keep two copies from corrupting
        each other's file.
    """
    path = folder / LOCK_FILE_NAME
    try:
        make_private_folder(folder)
    except OSError as error:
        log.warning("Single-instance lock not available (%s)", type(error).__name__)
        return SingleInstanceLock(path, None)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(STALE_LOCK_TIME_MS)
    if lock.tryLock(0):
        return SingleInstanceLock(path, lock)
    if lock.error() is QLockFile.LockError.LockFailedError:
        return None
    log.warning("Single-instance lock not available (%s)", lock.error().name)
    return SingleInstanceLock(path, None)
