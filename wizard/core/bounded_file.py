"""Read a file only when it is a regular file within a size limit.

Every file the wizard reads from a path the clerk or a previous run chose goes through here:
a FIFO would block the reader forever, /dev/zero never ends, and a folder cannot be read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# O_NONBLOCK keeps open() of a FIFO without a writer from blocking; Windows has no FIFOs.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK_BYTES = 64 * 1024


class NotARegularFileError(OSError):
    """The path names a folder, a device, a FIFO or a socket, not an ordinary file."""


class FileTooLargeError(OSError):
    """The file holds more than the limit; nothing beyond limit + 1 bytes was read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


def _require_regular(mode: int, path: Path | str) -> None:
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(f"not a regular file: {Path(path).name}")


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The whole content of `path`, which must be a regular file of at most `limit` bytes.

    Raises:
        NotARegularFileError: `path` (after symlinks) is not a regular file.
        FileTooLargeError: the file is larger than `limit`.
        OSError: the file cannot be opened or read (missing, no permission, ...).
    """
    # Checked before opening too: Windows refuses to open a folder with "permission denied".
    _require_regular(os.stat(path).st_mode, path)
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        # And again on what was opened: the path may have been swapped in between.
        info = os.fstat(descriptor)
        _require_regular(info.st_mode, path)
        if info.st_size > limit:
            raise FileTooLargeError(limit)
        # The size may grow while reading; never more than limit + 1 bytes are taken.
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(_CHUNK_BYTES, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLargeError(limit)
    return data
