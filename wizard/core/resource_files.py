"""Where the shipped resources live: in the package when installed or frozen, else the repo."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

# The package folder, as importlib.resources.files("wizard") gives it for a package on disk
# (an installed wheel and PyInstaller's onedir both are); importlib.resources itself is not
# imported because it pulls in zipfile, a few milliseconds before the first window.
_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def resource_root() -> Path:
    """Return the folder that holds `manual/`, `i18n/`, `schema/` and the other resources.

    An installed wheel carries them as `wizard/_resources`; a PyInstaller build unpacks them
    next to the code; a source checkout has them at the top level.
    """
    packaged = _PACKAGE / "_resources"
    if packaged.is_dir():
        return packaged
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None and (Path(frozen_root) / "resources").is_dir():
        return Path(frozen_root) / "resources"
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file below the resource root."""
    return resource_root().joinpath(*parts)
