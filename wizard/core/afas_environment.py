"""What a clerk pastes for an AFAS environment: `12345`, `O12345AA`, `T12345AA`, `A12345AA`, or
the environment's web address. AFAS names production environments O…, test T… and accept A…
(help.afas.nl "Endpoints van Profit Connectoren"; shared/reference/afas-api.md section 1).
Also the environment types in words, one definition for the PDF and the command line."""

from __future__ import annotations

import re
from typing import NamedTuple

from wizard.core.message import Message
from wizard.core.model import AfasEnvironment
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

_LETTERS = {"O": AfasEnvironment.PRODUCTION, "T": AfasEnvironment.TEST, "A": AfasEnvironment.ACCEPT}
# The host part after the digits: rest/soap for production, …test and …accept for the others.
_HOST_TYPES = {
    "": AfasEnvironment.PRODUCTION,
    "test": AfasEnvironment.TEST,
    "accept": AfasEnvironment.ACCEPT,
}

# The environment type in words, for the PDF and the command line.
CONTEXT = "AfasEnvironment"
ENVIRONMENT_WORDS: dict[AfasEnvironment, Message] = {
    AfasEnvironment.PRODUCTION: Message(
        CONTEXT, QT_TRANSLATE_NOOP("AfasEnvironment", "production")
    ),
    AfasEnvironment.TEST: Message(CONTEXT, QT_TRANSLATE_NOOP("AfasEnvironment", "test")),
    AfasEnvironment.ACCEPT: Message(CONTEXT, QT_TRANSLATE_NOOP("AfasEnvironment", "accept")),
}

_NAME = re.compile(r"(?P<letter>[OTAota])?(?P<digits>[0-9]{5})(?P<suffix>[A-Za-z]{2})?")
_ADDRESS = re.compile(
    r"(?:https?://)?(?P<digits>[0-9]{5})\.(?:rest|soap)(?P<kind>test|accept)?"
    r"\.afas\.online(?::[0-9]+)?(?:[/?#].*)?",
    re.IGNORECASE,
)


class ParsedEnvironment(NamedTuple):
    """The five digits of the customer number, and the environment type when the text says it."""

    customer_number: str
    environment: AfasEnvironment | None


def parse_afas_environment(text: str) -> ParsedEnvironment | None:
    """The customer number (and type) in `text`, or None when it is none of the known forms.

    Five digits alone say nothing about the type, so `environment` is then None.
    """
    compact = text.strip()
    name = _NAME.fullmatch(compact)
    if name is not None:
        letter = name.group("letter")
        environment = _LETTERS[letter.upper()] if letter else None
        if name.group("suffix") and environment is None:
            return None  # "12345AA" without its letter is no environment name
        return ParsedEnvironment(name.group("digits"), environment)
    address = _ADDRESS.fullmatch(compact)
    if address is not None:
        kind = (address.group("kind") or "").lower()
        return ParsedEnvironment(address.group("digits"), _HOST_TYPES[kind])
    return None
