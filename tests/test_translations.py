"""Dutch is complete, placeholders survive, and the compiled .qm matches the .ts source."""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
TS = I18N / "wizard_nl.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")

# Source texts that may sit in more than one context: only where the Dutch truly differs.
SHARED_SOURCE_TEXTS: dict[str, str] = {
    "Nmbrs says the domain is {domain}": (
        "`check --registration` puts it after a colon or semicolon (“ontbreekt: …; volgens "
        "Nmbrs …”), so there the Dutch starts in lower case; the tables start a cell with it"
    ),
}
# The modules that define texts shared by several front ends (a Message per text).
VOCABULARY_MODULES = (
    "wizard.core.afas_environment",
    "wizard.core.check_words",
    "wizard.core.file_read_errors",
    "wizard.core.login_check_summary",
    "wizard.core.registration_words",
    "wizard.core.step_reference",
    "wizard.ui.file_filters",
)


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


def _contexts_by_source() -> dict[str, set[str]]:
    contexts: dict[str, set[str]] = defaultdict(set)
    for context, message in _messages():
        contexts[message.findtext("source") or ""].add(context)
    return contexts


def test_each_source_text_lives_in_one_context() -> None:
    # One text, one home: a second context drifts to other Dutch (issue 10 item 3).
    allowed = SHARED_SOURCE_TEXTS.keys()
    shared = {
        source: sorted(contexts)
        for source, contexts in _contexts_by_source().items()
        if len(contexts) > 1 and source not in allowed
    }
    assert shared == {}


# Contexts Qt's own catalogue (qtbase_nl) translates; the wizard only reads their texts.
QT_OWN_CONTEXTS = {"QWizard"}


def _marked_texts() -> list[tuple[str, int, str, str]]:
    """(file, line, context, source) of each translate/QT_TRANSLATE_NOOP call with literals."""
    found = []
    for path in sorted((Path(__file__).resolve().parents[1] / "wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            function = node.func
            name = (
                function.attr
                if isinstance(function, ast.Attribute)
                else getattr(function, "id", "")
            )
            context, source = node.args[:2]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(source, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(source.value, str)
            ):
                found.append((path.name, node.lineno, context.value, source.value))
    return found


def test_every_text_the_code_translates_is_in_the_catalogue_in_its_context() -> None:
    # A text asked for in another context (or with another Alt+letter) stays English.
    catalogue = {(context, message.findtext("source")) for context, message in _messages()}
    missing = [
        found
        for found in _marked_texts()
        if found[2] not in QT_OWN_CONTEXTS and (found[2], found[3]) not in catalogue
    ]
    assert missing == []


def test_every_allowed_shared_text_is_still_shared() -> None:
    contexts = _contexts_by_source()
    allowed = SHARED_SOURCE_TEXTS.keys()
    assert [source for source in sorted(allowed) if len(contexts[source]) < 2] == []


def test_every_shared_term_is_in_the_catalogue_in_its_own_context() -> None:
    from wizard.core.message import Message

    catalogue = {(context, message.findtext("source")) for context, message in _messages()}
    terms = []
    for name in VOCABULARY_MODULES:
        for value in vars(importlib.import_module(name)).values():
            values = value.values() if isinstance(value, dict) else [value]
            terms += [term for term in values if isinstance(term, Message)]
    assert len(terms) > 40
    assert [t for t in terms if (t.context, t.source) not in catalogue] == []


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


def test_the_documented_lupdate_run_changes_no_message(tmp_path: Path) -> None:
    # README "Translate" runs lupdate over wizard/: it must find each text in the context the
    # catalogue has it in (a local `tr` helper or Qt's own texts would move or add entries).
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__file__).parents[1] / ".venv/bin/pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.fail("pyside6-lupdate is missing; install PySide6-Essentials")
    updated = tmp_path / "wizard_nl.ts"
    shutil.copy(TS, updated)
    wizard = Path(__file__).parents[1] / "wizard"
    command = [lupdate, "-silent", "-extensions", "py", str(wizard), "-ts", str(updated)]
    subprocess.run([*command, "-no-obsolete"], check=True)

    def entries(path: Path) -> dict[tuple[str, str], str | None]:
        return {
            (context.findtext("name") or "", message.findtext("source") or ""): message.find(
                "translation"
            ).get("type")
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
        }

    assert entries(updated) == entries(TS)


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
