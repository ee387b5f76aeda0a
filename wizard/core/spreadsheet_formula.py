"""Text a spreadsheet would take for a formula: flagged on import, defused on export.

A debtor name such as `=HYPERLINK(...)` or `+31 Bakkerij` is just text to the wizard, which never
evaluates anything. Excel and LibreOffice, though, run a cell that starts with one of these signs
when a CSV file is opened, also after leading spaces or control characters.
"""

from __future__ import annotations

import unicodedata

# Also their full-width forms, which spreadsheets fold to the ASCII signs.
FORMULA_SIGNS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_sign(text: str) -> str | None:
    """The sign that makes `text` a formula to a spreadsheet, or None when it is plain text."""
    for character in text:
        if character.isspace() or unicodedata.category(character).startswith("C"):
            continue
        return character if character in FORMULA_SIGNS else None
    return None
