"""Rules for every field the clerk types. Messages are Messages, translated when shown.

A `problem` blocks Next and is kept for documented facts (each rule names its source); our own
expectations give a `warning`, which the field shows but which never blocks a real value.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from wizard.core.afas_environment import parse_afas_environment
from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "FieldRules"


@dataclass(frozen=True)
class RuleResult:
    """The cleaned value and, when the value is not acceptable, why.

    `warning` is a doubt that does not block. Both are Messages, worded when shown.
    """

    value: str
    problem: Message | None = None
    warning: Message | None = None

    @property
    def ok(self) -> bool:
        """True when the value passes the rule (a warning does not count)."""
        return self.problem is None


def _says(text: str, /, **arguments: str) -> Message:
    """A text of this module (context FieldRules) with the values of its {placeholders}."""
    return Message.of(CONTEXT, text, **arguments)


MSG_REQUIRED = QT_TRANSLATE_NOOP("FieldRules", "This field is required.")
MSG_INVISIBLE = QT_TRANSLATE_NOOP(
    "FieldRules",
    "The text contains invisible characters. Type it again, or paste it from the source.",
)
MSG_EMAIL = QT_TRANSLATE_NOOP("FieldRules", "This is not a valid e-mail address.")
MSG_PHONE = QT_TRANSLATE_NOOP(
    "FieldRules",
    "This does not look like a phone number the wizard knows. Check it; you can go on if it "
    "is right. For example 020 123 4567 or +32 2 555 12 12.",
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
    "FieldRules",
    "The AFAS customer number is exactly 5 digits. You may also paste the environment name "
    "(for example O12345AA) or the web address of the environment.",
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
MSG_TOKEN_UNLIKELY = QT_TRANSLATE_NOOP(
    "FieldRules",
    "This does not look like an Nmbrs API token: it has {count} characters. Copy the whole "
    "token again. Nmbrs shows it under the profile icon at the top right > Gebruiker profiel > "
    "API-Token, or for a client login under Instellingen > Gebruikersaccount > Klant Logins. "
    "You can go on if it is right.",
)
MSG_EMPLOYER_CODES = QT_TRANSLATE_NOOP(
    "FieldRules", "Enter at least one employer code; separate several with commas."
)
MSG_EMPLOYER_CODE_LENGTH = QT_TRANSLATE_NOOP(
    "FieldRules",
    "This employer code is longer than the wizard expects (15 characters): {code}. Check it "
    "under HRM / Organisatie / Werkgever; you can go on if it is right.",
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
            return RuleResult(stripped, _says(MSG_INVISIBLE))
    return RuleResult(stripped)


def _required(value: str) -> RuleResult:
    return RuleResult(value, None if value else _says(MSG_REQUIRED))


def _email(value: str) -> RuleResult:
    # Remembered: the employers step checks every employer's username on each change of state
    # (50 employers: 100 validations each time), and an address is no secret (it is in the
    # file). Only text of an address's length: a huge paste is not kept.
    return _remembered_email(value) if len(value) <= 320 else _checked_email(value)


# Room for a whole imported list (at most 10,000 rows) and what is typed: a cache smaller
# than the list misses on every address when the list is checked in order.
@functools.lru_cache(maxsize=16_384)
def _remembered_email(value: str) -> RuleResult:
    return _checked_email(value)


def _checked_email(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    # Lazy: email_validator loads at the first e-mail check, not with the pages.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return RuleResult(value, _says(MSG_EMAIL))
    return RuleResult(value)


def _phone(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    # Lazy: phonenumbers loads at the first phone check, not with the pages.
    import phonenumbers

    # Our own check (no manual states a format), and number plans change: it only warns.
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return RuleResult(value, warning=_says(MSG_PHONE))
    if not phonenumbers.is_valid_number(number):
        return RuleResult(value, warning=_says(MSG_PHONE))
    return RuleResult(value)


_LH_PATTERN = re.compile(r"^(\d{9})L(\d{2})$")


def _loonheffingennummer(value: str) -> RuleResult:
    # Blocks: 9 digits, L, 2 digits, and the elfproef of the 9 digits are the Belastingdienst's
    # format (shared/reference/afas-api.md, section 0.6: RSIN/BSN elfproef).
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    # Clerks type spaces, dots and a lower-case l; none of that changes the number.
    compact = re.sub(r"[\s.]", "", value).upper()
    match = _LH_PATTERN.match(compact)
    if match is None:
        return RuleResult(value, _says(MSG_LH_FORMAT))
    # Lazy: stdnum loads at the first loonheffingennummer check, not with the pages.
    from stdnum.nl import bsn

    if not bsn.is_valid(match.group(1)):
        return RuleResult(compact, _says(MSG_LH_ELFPROEF))
    return RuleResult(compact)


def _afas_customer_number(value: str) -> RuleResult:
    # Blocks: the a.s.r. AFAS manual asks for the five digits of the environment name
    # (shared/handleidingen/afas-gegevens-in-eigen-beheer.txt). O12345AA, T12345AA, A12345AA
    # and the environment's web address give those digits too (help.afas.nl, see afas-api.md 1.1).
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    parsed = parse_afas_environment(value)
    if parsed is None:
        return RuleResult(value, _says(MSG_CUSTOMER_NUMBER))
    return RuleResult(parsed.customer_number)


def _token_version(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    if not re.fullmatch(r"[0-9]{1,9}", value) or int(value) < 1:
        return RuleResult(value, _says(MSG_TOKEN_VERSION))
    return RuleResult(str(int(value)))


_AFAS_TOKEN_XML = re.compile(r"<data>\s*([^<]*?)\s*</data>", re.IGNORECASE)


def _afas_data_token(value: str) -> RuleResult:
    # Blocks: AFAS's data token is 64 hexadecimal characters in all of AFAS's documentation
    # (shared/reference/afas-api.md, section 2).
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    # AFAS's copy button may give the whole <token><version>..</version><data>..</data></token>.
    embedded = _AFAS_TOKEN_XML.search(value)
    token = embedded.group(1) if embedded else value
    if len(token) != 64:
        return RuleResult(token, _says(MSG_DATA_TOKEN_LENGTH, count=str(len(token))))
    if not re.fullmatch(r"[0-9A-Fa-f]{64}", token):
        return RuleResult(token, _says(MSG_DATA_TOKEN_CHARS))
    return RuleResult(token)


_DOMAIN_PATTERN = re.compile(
    r"^(?:https?://)?(?P<sub>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)"
    r"(?:\.nmbrs(?:-sandbox)?\.(?:nl|com))?(?::\d+)?(?:[/?#].*)?$",
    re.IGNORECASE,
)


def _nmbrs_domain(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    match = _DOMAIN_PATTERN.match(value)
    if match is None:
        return RuleResult(value, _says(MSG_DOMAIN))
    return RuleResult(match.group("sub").lower())


def _nmbrs_username(value: str) -> RuleResult:
    # Blocks: the Nmbrs manual says the username is the e-mail address the login signs in with
    # (shared/handleidingen/nmbrs-aanmelden-salarisverwerker.txt, "Gebruikersnaam Nmbrs").
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    return RuleResult(value, None if _email(value).ok else _says(MSG_USERNAME))


# Our expectation of an Nmbrs API token (no manual describes its form): a long run of letters,
# digits and dashes. Anything else only warns.
_LIKELY_NMBRS_TOKEN = re.compile(r"[A-Za-z0-9-]{20,}")


def _nmbrs_token(value: str) -> RuleResult:
    if not value:
        return RuleResult(value, _says(MSG_REQUIRED))
    # A space or line break inside is never part of a token: it is a copying mistake.
    if re.search(r"\s", value):
        return RuleResult(value, _says(MSG_TOKEN_SPACES))
    if not _LIKELY_NMBRS_TOKEN.fullmatch(value):
        warning = _says(MSG_TOKEN_UNLIKELY, count=str(len(value)))
        return RuleResult(value, warning=warning)
    return RuleResult(value)


def split_employer_codes(value: str) -> list[str]:
    """Split 'A, B;C' into codes; codes are strings (leading zeros matter)."""
    return [code.strip() for code in re.split(r"[,;\n]", value) if code.strip()]


def _employer_codes(value: str) -> RuleResult:
    codes = split_employer_codes(value)
    if not codes:
        return RuleResult(value, _says(MSG_EMPLOYER_CODES))
    cleaned = ", ".join(codes)
    # 15 characters is our own expectation, not a documented limit: it only warns.
    for code in codes:
        if len(code) > 15:
            warning = _says(MSG_EMPLOYER_CODE_LENGTH, code=code)
            return RuleResult(cleaned, warning=warning)
    return RuleResult(cleaned)


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
