"""The languages the wizard speaks: English is the source language, Dutch the default."""

from __future__ import annotations

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
