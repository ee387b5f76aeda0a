"""The one function that takes our secrets out of a server's words, and plain one-line display."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.model import Employer, Package, WizardState
from wizard.core.server_text import (
    FRAGMENT_CHARS,
    REPLACEMENT,
    SECRET_REMOVED,
    SecretScrubber,
    plain_line,
    report_without_secrets,
    state_secrets,
    without_secrets,
)

NMBRS_TOKEN = "3f9a0c5e7b1d42e8a6f0c9b3d5e7a1f2"  # 32 hex characters, as Nmbrs issues them
AFAS_TOKEN = "A1B2C3D4E5F60718293A4B5C6D7E8F90" * 2  # 64 hex characters
SECRETS = (NMBRS_TOKEN, AFAS_TOKEN)


def _assert_no_fragment(text: str, secret: str = NMBRS_TOKEN) -> None:
    folded = text.casefold()
    for start in range(len(secret) - FRAGMENT_CHARS + 1):
        assert secret[start : start + FRAGMENT_CHARS].casefold() not in folded, text


# Texts a server could send back, each echoing the token somewhere.
ECHOES = {
    "soap fault": (
        "Server was unable to process request. ---> 1001: Invalid Authentication for token "
        f"{NMBRS_TOKEN}"
    ),
    "soap fault quoting the header": (
        f"<AuthHeader><Username>a@b.nl</Username><Token>{NMBRS_TOKEN}</Token></AuthHeader>"
    ),
    "afas error body, upper case": f"Het token {AFAS_TOKEN.upper()} is niet geldig",
    "afas error body, lower case": f"token={AFAS_TOKEN.lower()}",
    "log reference holding half a token": f"{AFAS_TOKEN[:32]}",
    "log reference with a token fragment inside": f"REF-{NMBRS_TOKEN[5:17]}-2025",
    "company name": f"Bakkerij {NMBRS_TOKEN[:16]} B.V.",
    "connector id": f"BP_{AFAS_TOKEN[20:44]}_Salarissen",
    "token wrapped over two lines": f"{NMBRS_TOKEN[:16]}\n{NMBRS_TOKEN[16:]}",
    "url encoded": quote(f"token={NMBRS_TOKEN}"),
    "json escaped": json.dumps({"message": f"bad {NMBRS_TOKEN}"}),
}


@pytest.mark.parametrize("text", ECHOES.values(), ids=ECHOES.keys())
def test_every_echo_of_a_token_is_removed(text: str) -> None:
    scrubbed = without_secrets(text, SECRETS)
    assert SECRET_REMOVED in scrubbed
    _assert_no_fragment(scrubbed, NMBRS_TOKEN)
    _assert_no_fragment(scrubbed, AFAS_TOKEN)


def test_ordinary_words_around_a_secret_stay() -> None:
    text = f"Bakkerij De Korenschoof B.V. (ref 0F1E2D3C) token {NMBRS_TOKEN.upper()} ongeldig"
    assert without_secrets(text, SECRETS) == (
        f"Bakkerij De Korenschoof B.V. (ref 0F1E2D3C) token {SECRET_REMOVED} ongeldig"
    )


def test_a_fragment_shorter_than_the_window_is_not_a_leak() -> None:
    short = NMBRS_TOKEN[3 : 3 + FRAGMENT_CHARS - 1]
    assert without_secrets(f"ref {short}", SECRETS) == f"ref {short}"


def test_a_short_secret_is_removed_whole_in_any_case() -> None:
    assert without_secrets("Proxy said: PaSsWd1 refused", ["passwd1"]) == (
        f"Proxy said: {SECRET_REMOVED} refused"
    )


def test_empty_and_tiny_secrets_change_nothing() -> None:
    scrubber = SecretScrubber(["", None, "abc"])
    assert not scrubber
    assert scrubber.scrub("abc abc") == "abc abc"


def test_the_scrubber_repr_holds_no_secret() -> None:
    assert NMBRS_TOKEN[:FRAGMENT_CHARS] not in repr(SecretScrubber(SECRETS))


def test_characters_that_change_length_when_lower_cased_keep_the_positions() -> None:
    # "İ".lower() is two characters; a naive lower() would shift the replaced span.
    text = f"İİİ {NMBRS_TOKEN} İ"
    assert without_secrets(text, SECRETS) == f"İİİ {SECRET_REMOVED} İ"


@given(
    prefix=st.text(max_size=40),
    suffix=st.text(max_size=40),
    start=st.integers(0, len(NMBRS_TOKEN) - FRAGMENT_CHARS),
    length=st.integers(FRAGMENT_CHARS, len(NMBRS_TOKEN)),
    upper=st.booleans(),
)
def test_any_long_fragment_anywhere_is_removed(
    prefix: str, suffix: str, start: int, length: int, upper: bool
) -> None:
    fragment = NMBRS_TOKEN[start : start + length]
    fragment = fragment.upper() if upper else fragment
    _assert_no_fragment(without_secrets(prefix + fragment + suffix, SECRETS))


def _echoing_report() -> CheckReport:
    return CheckReport(
        package=Package.AFAS,
        checks=[
            CheckItem("afas_extra", f"BP_{AFAS_TOKEN}", CallStatus.ACTIVE, "ok"),
            CheckItem("afas", "App Connector", CallStatus.ERROR, f"ref {AFAS_TOKEN[:20]}"),
        ],
        companies=[f"Bedrijf {AFAS_TOKEN.lower()}"],
        missing_connectors=[f"X{AFAS_TOKEN[10:30]}"],
        environment=AFAS_TOKEN[:12],
        error=f"token {AFAS_TOKEN}",
    )


def test_a_whole_report_is_scrubbed() -> None:
    scrubbed = report_without_secrets(_echoing_report(), [AFAS_TOKEN])
    text = json.dumps(scrubbed.to_json_dict()) + str(scrubbed.error)
    _assert_no_fragment(text, AFAS_TOKEN)
    assert scrubbed.checks[0].name == f"BP_{SECRET_REMOVED}"
    assert scrubbed.companies == [f"Bedrijf {SECRET_REMOVED}"]


def test_state_secrets_are_every_token() -> None:
    state = WizardState(package=Package.NMBRS)
    state.nmbrs.token = NMBRS_TOKEN
    state.afas.data_token = AFAS_TOKEN
    state.employers = [Employer("A", "a@b.nl", "employer-token-1234", "x")]
    state.check_runs = []
    assert set(state_secrets(state)) == {
        NMBRS_TOKEN,
        AFAS_TOKEN,
        "employer-token-1234",
    }


# --- plain, one-line display ---------------------------------------------------------------


def test_terminal_escapes_newlines_and_bidi_overrides_are_neutralised() -> None:
    hostile = "Bakkerij\nResult: everything required is in place.\x1b]0;pwned\x07\x1b[2J\u202eevil"
    shown = plain_line(hostile)
    assert "\n" not in shown and "\x1b" not in shown and "\x07" not in shown
    assert "\u202e" not in shown
    assert shown.startswith("Bakkerij Result:")
    assert shown.count(REPLACEMENT) == 4


def test_markup_is_kept_as_text_for_a_plain_text_widget() -> None:
    assert plain_line("<b>Bold</b> <img src=x>") == "<b>Bold</b> <img src=x>"


def test_long_values_are_cut_quickly() -> None:
    shown = plain_line("x" * 300_000, 200)
    assert len(shown) == 200 and shown.endswith("…")


def test_ordinary_names_pass_unchanged() -> None:
    for name in ("Transport Vos B.V.", "Café ’t Hoekje", "شركة", "BP_Salarissen"):
        assert plain_line(name) == name
