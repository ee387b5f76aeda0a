"""Write files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

# Windows refuses to replace a file another program has open (a virus scanner, an indexer, a
# backup tool); such holds last milliseconds, so the rename is tried a few times.
_REPLACE_ATTEMPTS = 10
_REPLACE_PAUSE_S = 0.05


def write_atomic(path: Path, data: bytes, *, owner_only: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    Args:
        path: the target file; its folder must exist.
        data: the complete new content.
        owner_only: restrict the file to the current user where the OS supports it.

    Raises:
        OSError: the folder is read-only, the disk is full, and so on. The old file is untouched.
    """
    folder = path.parent
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        if owner_only:
            # mkstemp creates 0600 on POSIX already; on Windows the profile folder is private.
            with contextlib.suppress(OSError):
                os.chmod(temp_name, 0o600)
        _replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _replace(source: str, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_S)
