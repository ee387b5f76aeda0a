"""The texts the check modules mark for translation, read from their source (for Dutch tests)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from wizard.core.message import Message

REPOSITORY = Path(__file__).resolve().parents[1]
CHECK_MODULES = sorted(
    [
        *(REPOSITORY / "wizard" / "services" / "nmbrs").glob("*.py"),
        *(REPOSITORY / "wizard" / "services" / "afas").glob("*.py"),
        REPOSITORY / "wizard" / "services" / "network_errors.py",
        REPOSITORY / "wizard" / "commands" / "check.py",
    ]
)
# Product names and labels that Dutch writes the same way.
SAME_IN_DUTCH = frozenset({"OK", "App Connector", "test"})


def marked_texts(path: Path) -> list[tuple[str, str]]:
    """Every (context, text) a module marks with QT_TRANSLATE_NOOP."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and all(isinstance(arg, ast.Constant) for arg in node.args)
        ):
            context, text = (arg.value for arg in node.args)
            found.append((context, text))
    return found


def english_sentences() -> list[str]:
    """The fixed part of every marked text of the check modules, up to its first placeholder."""
    sentences = []
    for path in CHECK_MODULES:
        for _, text in marked_texts(path):
            fixed = re.split(r"\{\w+\}", text)[0].strip()
            if len(fixed.split()) >= 3:
                sentences.append(fixed)
    return sentences


def english(message: Message | None) -> str:
    """A check result's message as English text ("" for none), for assertions on its words."""
    return message.shown(lambda _context, text: text) if message is not None else ""
