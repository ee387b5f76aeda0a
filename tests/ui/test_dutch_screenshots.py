"""Every Dutch page of the screenshot tour shows Dutch: no sentence of the English catalogue.

The tour is what the README shows and what reviewers look at; its check pages once showed
English explanations in the Dutch pictures. This test walks the same pages and reads every
visible text, so it fails as soon as an English source text reaches a Dutch page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from wizard.ui.screenshot_tour import tour_pages

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "wizard_nl.ts"
# A piece of English this long between placeholders is a sentence, not a shared word such
# as "App Connector" or "Status".
MIN_FRAGMENT = 24
# Split at placeholders, mnemonics and sentence ends: each piece must appear as it is.
_SPLIT = re.compile(r"\{[^}]*\}|%n|&(?=\w)|\"|(?<=[.:;!?])\s+|\n")


def english_fragments() -> set[str]:
    """Pieces of every English source whose Dutch translation differs from it."""
    fragments: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if (forms or [translation.text or ""]) == [source]:
            continue
        for piece in _SPLIT.split(source):
            piece = piece.strip(" .,:;()")
            if len(piece) >= MIN_FRAGMENT:
                fragments.add(piece)
    return fragments


def visible_texts(root: QWidget) -> list[str]:
    """The texts a clerk can see on `root`: labels, buttons, table cells, rich text."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None and not widget.isColumnHidden(column):
                        texts.append(item.text())
    return [" ".join(text.replace("&", "").split()) for text in texts if text]


def test_the_fragments_cover_the_check_messages() -> None:
    # The test would pass vacuously if the catalogue could not be read.
    fragments = english_fragments()
    assert "This call is not active in the login's API template" in fragments
    assert len(fragments) > 150


def test_no_dutch_screenshot_page_shows_english_or_an_unnamed_step(qapp, tmp_path: Path) -> None:
    fragments = english_fragments()
    english: dict[str, list[str]] = {}
    for wizard, page, _language in tour_pages(tmp_path, languages=("nl",)):
        for text in visible_texts(wizard):
            found = sorted(fragment for fragment in fragments if fragment in text)
            # A step reference left unfilled would send the clerk nowhere.
            found += [text] if "{step:" in text else []
            if found:
                english.setdefault(page, []).extend(found)
    assert not english
