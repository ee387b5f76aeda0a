"""Why a file the clerk chose cannot be read, in the same words for every kind of file.

The common reasons in our own words: the OS's text would be English on most systems.
"""

from __future__ import annotations

from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "FileRead"

FILE_NOT_FOUND = Message(CONTEXT, QT_TRANSLATE_NOOP("FileRead", "The file {path} does not exist."))
NO_READ_PERMISSION = Message(
    CONTEXT, QT_TRANSLATE_NOOP("FileRead", "You have no permission to read the file {path}.")
)
# {reason} is the OS's own short text ("Input/output error"), never the file's content.
CANNOT_READ = Message(
    CONTEXT, QT_TRANSLATE_NOOP("FileRead", "The file {path} cannot be read: {reason}")
)
