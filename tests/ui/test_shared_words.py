"""A shared word reads the same on every surface: check page, per-login table, PDF, command line.

Each such word is defined once (issue 10 item 3); these tests pin that the surfaces really take
it from there, in Dutch and in English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wizard.commands.check import RESULT_LINES
from wizard.core.afas_environment import ENVIRONMENT_WORDS
from wizard.core.check_result import CallStatus, Verdict
from wizard.core.login_check_summary import OUTCOME_TEXTS, LoginOutcome
from wizard.core.model import AfasEnvironment, Package
from wizard.core.step_reference import LIVE_CHECK, STEP_NUMBER
from wizard.translation import install_translators, tr
from wizard.ui.registration_pdf import environment_words, status_words
from wizard.ui.widgets.check_table import status_text


@pytest.fixture(params=["nl", "en"])
def language(qapp: object, request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    install_translators("nl")


def test_the_check_page_and_the_pdf_name_each_status_alike(language: str) -> None:
    for status in CallStatus:
        assert status_text(status, Package.NMBRS) == status_words(status)
    # The per-login table says a refused login in the same words as the call's status.
    refused = OUTCOME_TEXTS[LoginOutcome.LOGIN_REFUSED].shown(tr)
    assert refused == status_words(CallStatus.AUTH_FAILED)
    expected = {"nl": "Inloggen geweigerd", "en": "Login refused"}[language]
    assert refused == expected


def test_the_pdf_and_the_command_line_name_each_environment_alike(language: str) -> None:
    for environment in AfasEnvironment:
        assert environment_words(environment) == ENVIRONMENT_WORDS[environment].shown(tr)
    accept = {"nl": "acceptatie", "en": "accept"}[language]
    assert environment_words(AfasEnvironment.ACCEPT) == accept


def test_the_shared_words_keep_their_dutch(qapp: object) -> None:
    install_translators("nl")
    assert STEP_NUMBER.shown(tr) == "Stap {number}"
    assert LIVE_CHECK.shown(tr) == "Livecontrole"
    assert RESULT_LINES[Verdict.PASSED].shown(tr) == "Resultaat: alles wat nodig is, is in orde."
    assert status_words(CallStatus.NO_DATA_ACCESS) == "Geen toegang tot de gegevens"
