"""The file-type filters of the open and save dialogs, each defined once for every dialog."""

from __future__ import annotations

from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "FileFilter"

REGISTRATION_FILES = Message(
    CONTEXT, QT_TRANSLATE_NOOP("FileFilter", "Registration files (*.json)")
)
CSV_FILES = Message(CONTEXT, QT_TRANSLATE_NOOP("FileFilter", "CSV files (*.csv)"))
ZIP_FILES = Message(CONTEXT, QT_TRANSLATE_NOOP("FileFilter", "ZIP files (*.zip)"))
