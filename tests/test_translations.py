"""Dutch is complete, placeholders survive, and the compiled .qm matches the .ts source."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
TS = I18N / "wizard_nl.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def _messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TS)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_dutch_string_is_translated() -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in _messages()
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert not unfinished


def test_no_source_text_lives_in_an_unnamed_context() -> None:
    # QT_TRANSLATE_NOOP needs a literal context, or lupdate files the text under "".
    assert all(context for context, _message in _messages())


def test_placeholders_survive_translation() -> None:
    for _context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if not translation:
            continue  # reported by test_every_dutch_string_is_translated
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_mnemonics_survive_translation() -> None:
    for _context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        has_mnemonic = re.search(r"&[^&\s]", source) is not None
        assert has_mnemonic == (re.search(r"&[^&\s]", translation) is not None), source


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__file__).parents[1] / ".venv/bin/pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.fail("pyside6-lrelease is missing; install PySide6-Essentials")
    fresh = tmp_path / "wizard_nl.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (I18N / "wizard_nl.qm").read_bytes()


def test_dutch_is_loaded_and_qt_buttons_are_translated(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from wizard.translation import install_translators

    try:
        assert install_translators("nl") == "nl"
        assert QCoreApplication.translate("FieldRules", "This field is required.") == (
            "Dit veld is verplicht."
        )
        assert QCoreApplication.translate("QWizard", "&Next >") != "&Next >"
        install_translators("en")
        assert QCoreApplication.translate("FieldRules", "This field is required.") == (
            "This field is required."
        )
    finally:
        install_translators("nl")
