"""Where file dialogs start: the clerk's Documents folder, never the working directory.

Started from the Start menu, the working directory is the program's install folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The clerk's Documents folder (the home folder when the OS names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def in_documents(name: str) -> str:
    """`name` inside the Documents folder: the starting choice of a save dialog."""
    return str(Path(documents_folder()) / name)
