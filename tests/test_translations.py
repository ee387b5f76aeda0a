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


def _translations(message: ET.Element) -> list[str]:
    """The translation; for a plural message (numerus) each of its forms."""
    element = message.find("translation")
    forms = [form.text or "" for form in element.iter("numerusform")]
    return forms or [element.text or ""]


def test_every_dutch_string_is_translated() -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in _messages()
        if message.find("translation").get("type") == "unfinished"
        or not all(form.strip() for form in _translations(message))
    ]
    assert not unfinished


def test_no_source_text_lives_in_an_unnamed_context() -> None:
    # QT_TRANSLATE_NOOP needs a literal context, or lupdate files the text under "".
    assert all(context for context, _message in _messages())


def test_placeholders_survive_translation() -> None:
    for _context, message in _messages():
        source = message.findtext("source") or ""
        for translation in _translations(message):
            if not translation:
                continue  # reported by test_every_dutch_string_is_translated
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), source


def test_mnemonics_survive_translation() -> None:
    for _context, message in _messages():
        source = message.findtext("source") or ""
        translation = " ".join(_translations(message))
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


def test_a_count_takes_the_dutch_plural_form(qapp) -> None:
    """ "1 bedrijven" is wrong: the count picks the singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    from wizard.translation import install_translators

    source = "Companies {login} sees (%n): {names}"
    try:
        install_translators("nl")
        one = QCoreApplication.translate("NmbrsCheckPage", source, "", 1)
        two = QCoreApplication.translate("NmbrsCheckPage", source, "", 2)
        assert one == "{login} ziet 1 bedrijf: {names}"
        assert two == "{login} ziet 2 bedrijven: {names}"
        install_translators("en")
        one = QCoreApplication.translate("NmbrsCheckPage", source, "", 1)
        assert one == "Companies {login} sees (1): {names}"
    finally:
        install_translators("nl")
