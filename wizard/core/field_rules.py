"""Rules for every field the clerk types. Messages are English sources, translated by the UI."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "FieldRules"


@dataclass(frozen=True)
class RuleResult:
    """The cleaned value and, when the value is not acceptable, why (a translatable source)."""

    value: str
    problem: str | None = None
    arguments: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        """True when the value passes the rule."""
        return self.problem is None


MSG_REQUIRED = QT_TRANSLATE_NOOP("FieldRules", "This field is required.")
MSG_INVISIBLE = QT_TRANSLATE_NOOP(
    "FieldRules",
    "The text contains invisible characters. Type it again, or paste it from the source.",
)
MSG_EMAIL = QT_TRANSLATE_NOOP("FieldRules", "This is not a valid e-mail address.")
MSG_PHONE = QT_TRANSLATE_NOOP(
    "FieldRules",
    "Enter a Dutch or international phone number, for example 020 123 4567 or +32 2 555 12 12.",
)
MSG_LH_FORMAT = QT_TRANSLATE_NOOP(
    "FieldRules",
    "A payroll tax number is 9 digits, the letter L and 2 digits, for example 123456782L01.",
)
MSG_LH_ELFPROEF = QT_TRANSLATE_NOOP(
    "FieldRules",
    "The 9 digits of this payroll tax number fail the eleven-test (elfproef). "
    "Look for a typing error.",
)
MSG_CUSTOMER_NUMBER = QT_TRANSLATE_NOOP(
    "FieldRules", "The AFAS customer number is exactly 5 digits."
)
MSG_TOKEN_VERSION = QT_TRANSLATE_NOOP(
    "FieldRules", "The token version is a whole number of 1 or more."
)
MSG_DATA_TOKEN_LENGTH = QT_TRANSLATE_NOOP(
    "FieldRules", "The AFAS data token is exactly 64 characters; this one has {count}."
)
MSG_DATA_TOKEN_CHARS = QT_TRANSLATE_NOOP(
    "FieldRules", "The AFAS data token holds only the digits 0-9 and the letters A-F."
)
MSG_DOMAIN = QT_TRANSLATE_NOOP(
    "FieldRules", "Enter the Nmbrs domain, for example oamkb or https://oamkb.nmbrs.nl."
)
MSG_USERNAME = QT_TRANSLATE_NOOP(
    "FieldRules", "The Nmbrs username is the e-mail address the login signs in with."
)
MSG_TOKEN_SPACES = QT_TRANSLATE_NOOP(
    "FieldRules", "The API token must not contain spaces or line breaks."
)
MSG_EMPLOYER_CODES = QT_TRANSLATE_NOOP(
    "FieldRules", "Enter at least one employer code; separate several with commas."
)
MSG_EMPLOYER_CODE_LENGTH = QT_TRANSLATE_NOOP(
    "FieldRules", "An employer code has at most 15 characters: {code}"
)

# Format characters (zero-width space, BOM, direction marks) and other invisible code points that
# sneak in when copying from PDFs and web pages. Ordinary spaces are handled per rule.
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Co", "Cn", "Zl", "Zp"}
_INVISIBLE_EXTRA = {"\u00a0", "\u2007", "\u202f", "\u3000", "\u180e"}


def clean_pasted(text: str) -> RuleResult:
    """Strip surrounding whitespace and line breaks; refuse invisible characters inside."""
    stripped = text.strip(" \t\r\n\v\f\u00a0\ufeff\u200b")
    for char in stripped:
        if char in _INVISIBLE_EXTRA or (
            char not in " \t" and unicodedata.category(char) in _INVISIBLE_CATEGORIES
        ):
            return RuleResult(stripped, MSG_INVISIBLE)
    return RuleResult(stripped)


def _required(value: str) -> RuleResult:
    return RuleResult(value, None if value else MSG_REQUIRED)


def _email(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    # Imported here: loading these libraries at start-up would slow the first window.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return RuleResult(value, MSG_EMAIL)
    return RuleResult(value)


def _phone(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return RuleResult(value, MSG_PHONE)
    if not phonenumbers.is_valid_number(number):
        return RuleResult(value, MSG_PHONE)
    return RuleResult(value)


_LH_PATTERN = re.compile(r"^(\d{9})L(\d{2})$")


def _loonheffingennummer(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    # Clerks type spaces, dots and a lower-case l; none of that changes the number.
    compact = re.sub(r"[\s.]", "", value).upper()
    match = _LH_PATTERN.match(compact)
    if match is None:
        return RuleResult(value, MSG_LH_FORMAT)
    from stdnum.nl import bsn

    if not bsn.is_valid(match.group(1)):
        return RuleResult(compact, MSG_LH_ELFPROEF)
    return RuleResult(compact)


def _afas_customer_number(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    return RuleResult(value, None if re.fullmatch(r"[0-9]{5}", value) else MSG_CUSTOMER_NUMBER)


def _token_version(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    if not re.fullmatch(r"[0-9]{1,9}", value) or int(value) < 1:
        return RuleResult(value, MSG_TOKEN_VERSION)
    return RuleResult(str(int(value)))


_AFAS_TOKEN_XML = re.compile(r"<data>\s*([^<]*?)\s*</data>", re.IGNORECASE)


def _afas_data_token(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    # AFAS's copy button may give the whole <token><version>..</version><data>..</data></token>.
    embedded = _AFAS_TOKEN_XML.search(value)
    token = embedded.group(1) if embedded else value
    if len(token) != 64:
        return RuleResult(token, MSG_DATA_TOKEN_LENGTH, (("count", str(len(token))),))
    if not re.fullmatch(r"[0-9A-Fa-f]{64}", token):
        return RuleResult(token, MSG_DATA_TOKEN_CHARS)
    return RuleResult(token)


_DOMAIN_PATTERN = re.compile(
    r"^(?:https?://)?(?P<sub>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)"
    r"(?:\.nmbrs(?:-sandbox)?\.(?:nl|com))?(?::\d+)?(?:[/?#].*)?$",
    re.IGNORECASE,
)


def _nmbrs_domain(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    match = _DOMAIN_PATTERN.match(value)
    if match is None:
        return RuleResult(value, MSG_DOMAIN)
    return RuleResult(match.group("sub").lower())


def _nmbrs_username(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    return RuleResult(value, None if _email(value).ok else MSG_USERNAME)


def _nmbrs_token(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, MSG_REQUIRED)
    return RuleResult(value, MSG_TOKEN_SPACES if re.search(r"\s", value) else None)


def split_employer_codes(value: str) -> list[str]:
    """Split 'A, B;C' into codes; codes are strings (leading zeros matter)."""
    return [code.strip() for code in re.split(r"[,;\n]", value) if code.strip()]


def _employer_codes(value: str) -> RuleResult:
    codes = split_employer_codes(value)
    if not codes:
        return RuleResult(value, MSG_EMPLOYER_CODES)
    for code in codes:
        if len(code) > 15:
            return RuleResult(value, MSG_EMPLOYER_CODE_LENGTH, (("code", code),))
    return RuleResult(", ".join(codes))


RULES: dict[str, Callable[[str], RuleResult]] = {
    "required": _required,
    "email": _email,
    "phone": _phone,
    "loonheffingennummer": _loonheffingennummer,
    "afas_customer_number": _afas_customer_number,
    "token_version": _token_version,
    "afas_data_token": _afas_data_token,
    "nmbrs_domain": _nmbrs_domain,
    "nmbrs_username": _nmbrs_username,
    "nmbrs_token": _nmbrs_token,
    "employer_codes": _employer_codes,
}


def check_field(rule: str, raw: str) -> RuleResult:
    """Clean pasted text, then apply `rule`.

    Args:
        rule: a key of RULES, as named in the registration-field data.
        raw: the text as typed or pasted.

    Returns:
        The cleaned value and the first problem, if any.
    """
    cleaned = clean_pasted(raw)
    if not cleaned.ok:
        return cleaned
    return RULES[rule](cleaned.value)
