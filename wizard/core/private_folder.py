"""Create the wizard's folders for the current user only (0700), as its files are 0600."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700


def make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents, each owner-only; existing folders are left alone.

    Raises:
        OSError: a folder cannot be created.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue  # made by someone else in the meantime: not ours to change
        # mkdir's mode passes through the umask; chmod makes it exact. Windows ignores it.
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FOLDER_MODE)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
