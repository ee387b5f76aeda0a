"""Turn the asr.nl addresses in a text into links that open in the browser and never wrap."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# The addresses the manuals give; a trailing full stop or bracket ends the address.
_ASR_ADDRESS = re.compile(r"(?:https?://)?www\.asr\.nl(?:/[\w\-/]*[\w\-])?")
# Qt may break a line after "/" or at "."; a word joiner (invisible) there forbids it.
WORD_JOINER = "\N{WORD JOINER}"


def _unbreakable(address: str) -> str:
    return address.replace("/", "/" + WORD_JOINER).replace(".", WORD_JOINER + "." + WORD_JOINER)


def linked_html(text: str) -> str:
    """`text` as rich text: escaped, each asr.nl address a link kept on one line."""
    parts: list[str] = []
    position = 0
    for match in _ASR_ADDRESS.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        address = match.group(0)
        target = address if address.startswith("http") else f"https://{address}"
        # An address broken over two lines is easily typed over wrong.
        parts.append(f"<a href='{html.escape(target)}'>{html.escape(_unbreakable(address))}</a>")
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br/>")


def set_linked_text(label: QLabel, text: str) -> None:
    """Show `text` in `label` with clickable asr.nl links that open in the browser."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setText(linked_html(text))
    # The accessible name stays the plain text: a screen reader reads no markup.
    label.setAccessibleName(text)
