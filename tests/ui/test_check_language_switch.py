"""A check made in one language is shown in the other after the clerk switches language.

Check results keep their messages untranslated (wizard.core.message.Message), so the check
table, the status line, the summary, the PDF and the registration file made afterwards all
speak the language chosen now, never the one the check ran in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fakes.afas_fixtures import REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN
from tests.ui.test_check_verdicts import _run_check, _summary_outputs
from tests.ui.test_dutch_screenshots import (
    _SPLIT,
    MIN_FRAGMENT,
    TS,
    english_fragments,
    visible_texts,
)
from tests.ui.test_live_check_pages import _to_nmbrs_check
from tests.ui.wizard_driver import walk_afas_to_check
from wizard.core.check_result import Verdict
from wizard.services.nmbrs.texts import MSG_INACTIVE
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard


def dutch_fragments() -> set[str]:
    """Pieces of every Dutch translation that differs from its English source."""
    fragments: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            if text == source:
                continue
            for piece in _SPLIT.split(text):
                piece = piece.strip(" .,:;()")
                if len(piece) >= MIN_FRAGMENT and piece not in source:
                    fragments.add(piece)
    return fragments


def _other_language(language: str) -> set[str]:
    """The catalogue's sentences that must not show once `language` is chosen."""
    return english_fragments() if language == "nl" else dutch_fragments()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _foreign(texts: list[str], fragments: set[str]) -> list[str]:
    return sorted({fragment for text in texts for fragment in fragments if fragment in text})


def _inactive_words(language: str) -> str:
    """The fixed start of 'This call is not active…' in `language` (before its step name)."""
    if language == "en":
        return MSG_INACTIVE.split("{")[0].strip()
    for message in ET.parse(TS).getroot().iter("message"):
        if message.findtext("source") == MSG_INACTIVE:
            return (message.findtext("translation") or "").split("{")[0].strip()
    raise AssertionError("MSG_INACTIVE has no Dutch translation")


def _nmbrs_wizard(make_wizard, language: str, endpoint: str, tmp_path: Path) -> MainWizard:
    config = LiveCheckConfig(
        nmbrs_endpoint=endpoint,
        wsdl_cache_dir=tmp_path / "wsdl",
        connect_timeout=REFUSAL_CONNECT_TIMEOUT,
        read_timeout=5,
    )
    return make_wizard(language, check_config=config)


def _switch(wizard: MainWizard, language: str) -> None:
    """Choose `language` as the clerk does; widgets re-word on Qt's LanguageChange event."""
    wizard.set_language(language)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def test_the_two_catalogues_give_fragments() -> None:
    # Each test below would pass vacuously without them.
    first_sentence = _inactive_words("nl").split(". ")[0]
    assert first_sentence in dutch_fragments()
    assert len(dutch_fragments()) > 150


@pytest.mark.parametrize(("first", "then"), [("en", "nl"), ("nl", "en")])
def test_check_results_follow_a_language_switch(
    first: str, then: str, qtbot, make_wizard, fake_nmbrs, nmbrs_scenario, tmp_path: Path
) -> None:
    nmbrs_scenario.inactive = {"Children_Get"}
    wizard = _nmbrs_wizard(make_wizard, first, fake_nmbrs.base_url, tmp_path)
    _to_nmbrs_check(qtbot, wizard, nmbrs_scenario)
    page = wizard.currentPage()
    _run_check(qtbot, wizard)
    run = wizard.state.check_run(nmbrs_scenario.username)
    assert run is not None and run.report.verdict is Verdict.PROBLEMS
    before = visible_texts(wizard)
    assert any(_inactive_words(first) in text for text in before)

    _switch(wizard, then)

    after = visible_texts(wizard)
    fragments = _other_language(then)
    assert _foreign(after, fragments) == []
    assert any(_inactive_words(then) in text for text in after)
    assert page.table.rowCount() > 0

    overview, pdf, document = _summary_outputs(qtbot, wizard, tmp_path)
    assert _foreign([_flat(overview), _flat(pdf)], fragments) == []
    assert _inactive_words(then) in _flat(pdf)
    # The file's melding is rendered text, in the language of the export.
    messages = {item["naam"]: item["melding"] for item in document["controle"]["resultaten"]}
    assert messages["Children_Get"].startswith(_inactive_words(then))


@pytest.mark.parametrize(("first", "then"), [("nl", "en"), ("en", "nl")])
def test_a_check_that_did_not_run_explains_why_in_the_new_language(
    first: str, then: str, qtbot, make_wizard, nmbrs_scenario, closed_loopback_port: int, tmp_path
) -> None:
    endpoint = f"http://127.0.0.1:{closed_loopback_port}/soap/v3"
    wizard = _nmbrs_wizard(make_wizard, first, endpoint, tmp_path)
    _to_nmbrs_check(qtbot, wizard, nmbrs_scenario)
    page = wizard.currentPage()
    _run_check(qtbot, wizard)
    run = wizard.state.check_run(nmbrs_scenario.username)
    assert run is not None and run.report.verdict is Verdict.NOT_RUN
    refused = {"en": "refused the connection", "nl": "weigerde de verbinding"}
    assert refused[first] in page.status.text()

    _switch(wizard, then)

    # The status line, the reason in it and the side panel follow the new language.
    assert refused[then] in page.status.text()
    assert _foreign(visible_texts(wizard), _other_language(then)) == []
    overview, pdf, _document = _summary_outputs(qtbot, wizard, tmp_path)
    assert refused[then] in _flat(overview)
    assert refused[then] in _flat(pdf)
    assert _foreign([_flat(overview), _flat(pdf)], _other_language(then)) == []


def test_an_unusable_connector_zip_is_explained_in_the_new_language(
    qtbot, make_wizard, tmp_path: Path
) -> None:
    wizard = make_wizard("en")
    walk_afas_to_check(qtbot, wizard, DEFAULT_DATA_TOKEN)
    page = wizard.currentPage()
    not_a_zip = tmp_path / "connectoren.zip"
    not_a_zip.write_text("no zip", encoding="utf-8")
    page.use_connector_zip(not_a_zip)
    assert "connectoren.zip is not a ZIP file" in page.zip_label.text()

    _switch(wizard, "nl")

    assert "connectoren.zip is geen ZIP-bestand" in page.zip_label.text()
    # The step it names follows too.
    assert "(stap " in page.zip_label.text()
