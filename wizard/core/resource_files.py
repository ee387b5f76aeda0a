"""Where the shipped resources live: in the package when installed or frozen, else the repo."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_root() -> Path:
    """Return the folder that holds `manual/`, `i18n/`, `schema/` and the other resources.

    An installed wheel carries them as `wizard/_resources`; a PyInstaller build unpacks them
    next to the code; a source checkout has them at the top level.
    """
    packaged = Path(str(resources.files("wizard"))) / "_resources"
    if packaged.is_dir():
        return packaged
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None and (Path(frozen_root) / "resources").is_dir():
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file below the resource root."""
    return resource_root().joinpath(*parts)
