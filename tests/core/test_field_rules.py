"""Every field rule: good values pass (cleaned), bad values get their own message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.core import field_rules as rules
from wizard.core.afas_environment import ParsedEnvironment, parse_afas_environment
from wizard.core.field_rules import check_field
from wizard.core.model import AfasEnvironment

TOKEN = "0123456789ABCDEF" * 4

GOOD = [
    ("email", "clerk@example.nl", "clerk@example.nl"),
    ("email", "  clerk@example.nl\n", "clerk@example.nl"),
    ("phone", "020 123 4567", "020 123 4567"),
    ("phone", "06-12345678", "06-12345678"),
    ("phone", "+32 2 555 12 12", "+32 2 555 12 12"),
    ("phone", "+44 20 7946 0958", "+44 20 7946 0958"),
    ("loonheffingennummer", "123456782L01", "123456782L01"),
    ("loonheffingennummer", "1234.56.782 l01", "123456782L01"),
    ("loonheffingennummer", "004495445L01", "004495445L01"),
    ("afas_customer_number", "12345", "12345"),
    ("afas_customer_number", "01234", "01234"),
    ("afas_customer_number", "O12345AA", "12345"),
    ("afas_customer_number", "T12345AA", "12345"),
    ("afas_customer_number", " a12345ab ", "12345"),
    ("afas_customer_number", "https://12345.resttest.afas.online/ProfitRestServices", "12345"),
    ("token_version", "1", "1"),
    ("token_version", "12", "12"),
    ("afas_data_token", TOKEN, TOKEN),
    ("afas_data_token", f"<token><version>1</version><data>{TOKEN}</data></token>", TOKEN),
    ("nmbrs_domain", "oamkb", "oamkb"),
    ("nmbrs_domain", "oamkb.nmbrs.nl", "oamkb"),
    ("nmbrs_domain", "https://oamkb.nmbrs.nl/applications/common/", "oamkb"),
    ("nmbrs_domain", "OAMKB.NMBRS.NL", "oamkb"),
    ("nmbrs_username", "koppeling@example.nl", "koppeling@example.nl"),
    ("nmbrs_token", "abc123DEF", "abc123DEF"),
    ("nmbrs_token", "\tabc123DEF\r\n", "abc123DEF"),
    ("employer_codes", "01, 02;RIS", "01, 02, RIS"),
    ("required", " Voorbeeld B.V. ", "Voorbeeld B.V."),
]


@pytest.mark.parametrize(("rule", "raw", "cleaned"), GOOD)
def test_good_values_pass_and_are_cleaned(rule: str, raw: str, cleaned: str) -> None:
    result = check_field(rule, raw)
    assert result.ok, result.problem
    assert result.value == cleaned


BAD = [
    ("email", "clerk@", rules.MSG_EMAIL),
    ("email", "", rules.MSG_REQUIRED),
    ("loonheffingennummer", "123456789L01", rules.MSG_LH_ELFPROEF),
    ("loonheffingennummer", "12345678L01", rules.MSG_LH_FORMAT),
    ("loonheffingennummer", "123456782X01", rules.MSG_LH_FORMAT),
    ("afas_customer_number", "1234", rules.MSG_CUSTOMER_NUMBER),
    ("afas_customer_number", "12345AA", rules.MSG_CUSTOMER_NUMBER),
    ("afas_customer_number", "X12345AA", rules.MSG_CUSTOMER_NUMBER),
    ("afas_customer_number", "https://12345.rest.example.com", rules.MSG_CUSTOMER_NUMBER),
    ("token_version", "0", rules.MSG_TOKEN_VERSION),
    ("token_version", "-1", rules.MSG_TOKEN_VERSION),
    ("token_version", "1.5", rules.MSG_TOKEN_VERSION),
    ("afas_data_token", TOKEN[:63], rules.MSG_DATA_TOKEN_LENGTH),
    ("afas_data_token", "G" * 64, rules.MSG_DATA_TOKEN_CHARS),
    ("nmbrs_domain", "oam kb", rules.MSG_DOMAIN),
    ("nmbrs_domain", "https://example.com/x", rules.MSG_DOMAIN),
    ("nmbrs_username", "jan", rules.MSG_USERNAME),
    ("nmbrs_token", "abc def", rules.MSG_TOKEN_SPACES),
    ("nmbrs_token", "", rules.MSG_REQUIRED),
    ("employer_codes", " , ", rules.MSG_EMPLOYER_CODES),
    ("required", "   ", rules.MSG_REQUIRED),
    ("required", "Voor\u200bbeeld", rules.MSG_INVISIBLE),
    ("nmbrs_token", "abc\u200b123", rules.MSG_INVISIBLE),
    ("required", "Voor\u00a0beeld", rules.MSG_INVISIBLE),
]


# Our own expectations: the value passes (Next is not blocked), with a warning next to it.
WARNED = [
    ("phone", "12", rules.MSG_PHONE),
    ("phone", "bel me", rules.MSG_PHONE),
    ("employer_codes", "X" * 16, rules.MSG_EMPLOYER_CODE_LENGTH),
    ("nmbrs_token", "abc123", rules.MSG_TOKEN_UNLIKELY),
    ("nmbrs_token", "x", rules.MSG_TOKEN_UNLIKELY),
    ("nmbrs_token", "token!with*odd=chars#0123456789", rules.MSG_TOKEN_UNLIKELY),
]


@pytest.mark.parametrize(("rule", "raw", "message"), WARNED)
def test_guesses_warn_without_blocking(rule: str, raw: str, message: str) -> None:
    result = check_field(rule, raw)
    assert result.ok and result.problem is None
    assert result.warning is not None and result.warning.source == message


def test_unlikely_nmbrs_token_warning_gives_its_length() -> None:
    warning = check_field("nmbrs_token", "abc123").warning
    assert warning is not None and warning.arguments == (("count", "6"),)
    assert check_field("nmbrs_token", "0f1e2d3c4b5a69788796a5b4c3d2e1f0").warning is None


@pytest.mark.parametrize(
    ("raw", "environment"),
    [
        ("12345", None),
        ("O12345AA", AfasEnvironment.PRODUCTION),
        ("T12345AA", AfasEnvironment.TEST),
        ("A12345AB", AfasEnvironment.ACCEPT),
        ("https://12345.rest.afas.online/ProfitRestServices", AfasEnvironment.PRODUCTION),
        ("12345.soaptest.afas.online", AfasEnvironment.TEST),
        ("https://12345.restaccept.afas.online", AfasEnvironment.ACCEPT),
    ],
)
def test_environment_from_what_the_clerk_pastes(
    raw: str, environment: AfasEnvironment | None
) -> None:
    assert parse_afas_environment(raw) == ParsedEnvironment("12345", environment)


@pytest.mark.parametrize(("rule", "raw", "message"), BAD)
def test_bad_values_get_their_message(rule: str, raw: str, message: str) -> None:
    result = check_field(rule, raw)
    assert result.problem is not None and result.problem.source == message


def test_data_token_message_counts_characters() -> None:
    result = check_field("afas_data_token", TOKEN[:63])
    assert result.problem is not None and dict(result.problem.arguments) == {"count": "63"}


def test_every_rule_named_in_the_data_exists() -> None:
    from wizard.core.manual import shipped_manual

    for fields in shipped_manual().fields.values():
        for form_field in fields:
            assert form_field.rule in rules.RULES


# No deadline: on a loaded 2-core machine one example may take longer than Hypothesis's
# default 200 ms without anything being wrong; speed is measured in tests/bench/.
@settings(deadline=None)
@given(rule=st.sampled_from(sorted(rules.RULES)), raw=st.text(max_size=200))
def test_rules_never_raise(rule: str, raw: str) -> None:
    result = check_field(rule, raw)
    assert isinstance(result.value, str)
