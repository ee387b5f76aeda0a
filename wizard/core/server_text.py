"""Text that came from a server: our secrets taken out, and shown as plain, one-line data.

A server may echo what we sent it: a SOAP fault quoting the AuthHeader, an AFAS error or log
reference holding the token, a company name or connector id with markup or terminal escapes.
`SecretScrubber` is the one place that removes the clerk's tokens from such text; every path
that shows, stores, prints or exports server text goes through it (via `report_without_secrets`
for whole check reports). `plain_line` then makes a value safe for a terminal or a label.

Fragments: half a token is still a leak, so any run of FRAGMENT_CHARS or more characters that
occurs in a secret (in any letter case) is removed, not only the whole secret. Eight characters
reveal at most 32 bits of a hex token (Nmbrs tokens are 32 hex digits, AFAS tokens 64), so a
token stays unguessable, while a chance match of eight characters between a random token and
ordinary text (a GUID, a log reference) is about one in a hundred million. Shorter windows
would start to eat ordinary words; longer ones would let a wrapped or cut token through.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import quote, quote_plus

from wizard.core.check_result import CheckItem, CheckReport
from wizard.core.model import WizardState

SECRET_REMOVED = "***"
FRAGMENT_CHARS = 8
# A "secret" shorter than this is not matched at all: it would blank ordinary words.
MIN_SECRET_CHARS = 4
# Scrubbing reads at most this much of one text; server texts are cut far shorter for display.
MAX_SCRUBBED_CHARS = 100_000


class _LowerCase(dict[int, int]):
    """A str.translate table that lower-cases each character without changing the length.

    str.lower() may turn one character into two ("İ"), which would shift every index after
    it; this table keeps such characters as they are. Results are cached per character.
    """

    def __missing__(self, code: int) -> int:
        lowered = chr(code).lower()
        self[code] = ord(lowered) if len(lowered) == 1 else code
        return self[code]


_LOWER = _LowerCase()


def _lower(text: str) -> str:
    return text.translate(_LOWER)


def secret_variants(secret: str) -> set[str]:
    """The forms a secret takes when a server echoes it inside a URL, XML or JSON."""
    return {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        html.escape(secret),
        json.dumps(secret)[1:-1],
    }


class SecretScrubber:
    """Removes known secrets, and every long fragment of them, from text.

    Built once per set of secrets; `scrub` is linear in the text's length: each position's
    FRAGMENT_CHARS-long window is looked up in a set of all windows of all secrets.
    """

    def __init__(self, secrets: Iterable[str | None]) -> None:
        self._whole: set[str] = set()
        self._windows: set[str] = set()
        for secret in secrets:
            secret = (secret or "").strip()
            if len(secret) < MIN_SECRET_CHARS:
                continue
            for variant in secret_variants(secret):
                self._add(_lower(variant))
        # A secret shorter than a window can only be found whole.
        self._short = (
            re.compile("|".join(re.escape(s) for s in sorted(self._whole, key=len, reverse=True)))
            if self._whole
            else None
        )

    def _add(self, secret: str) -> None:
        if len(secret) < FRAGMENT_CHARS:
            self._whole.add(secret)
            return
        for start in range(len(secret) - FRAGMENT_CHARS + 1):
            self._windows.add(secret[start : start + FRAGMENT_CHARS])

    def __bool__(self) -> bool:
        return bool(self._windows or self._whole)

    def __repr__(self) -> str:
        return f"SecretScrubber({len(self._windows)} windows, {len(self._whole)} short)"

    def scrub(self, text: str) -> str:
        """`text` with every secret and every fragment of FRAGMENT_CHARS or more replaced."""
        if not self or not text:
            return text
        if len(text) > MAX_SCRUBBED_CHARS:
            # The rest is dropped, so nothing unscrubbed is kept.
            text = text[:MAX_SCRUBBED_CHARS] + "…"
        lowered = _lower(text)
        covered = bytearray(len(text))
        windows = self._windows
        if windows:
            width = FRAGMENT_CHARS
            for start in range(len(lowered) - width + 1):
                if lowered[start : start + width] in windows:
                    covered[start : start + width] = b"\x01" * width
        if self._short is not None:
            for match in self._short.finditer(lowered):
                covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        if not any(covered):
            return text
        parts: list[str] = []
        start = 0
        for match in re.finditer(rb"\x01+", bytes(covered)):
            parts.append(text[start : match.start()])
            parts.append(SECRET_REMOVED)
            start = match.end()
        parts.append(text[start:])
        return "".join(parts)


def without_secrets(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with the given secrets and their long fragments removed (see SecretScrubber)."""
    return SecretScrubber(secrets).scrub(text)


def state_secrets(state: WizardState) -> list[str]:
    """Every token the clerk entered: Nmbrs, AFAS, each employer's and registered paths' secrets.

    (A proxy password never reaches a server's answer the wizard keeps: proxy pages are
    refused, and a human-chosen password would blank ordinary words.)
    """
    found = [state.nmbrs.token, state.afas.data_token]
    found += [employer.token for employer in state.employers]
    found += [secret for form in state.forms.values() for secret in form.secrets.values()]
    return [secret for secret in found if secret]


def _scrubbed_item(item: CheckItem, scrubber: SecretScrubber) -> CheckItem:
    return replace(
        item,
        service=scrubber.scrub(item.service),
        name=scrubber.scrub(item.name),
        message=item.message.with_arguments(scrubber.scrub),
    )


def report_without_secrets(report: CheckReport, secrets: Iterable[str | None]) -> CheckReport:
    """A copy of `report` with the secrets removed from every text a server could have filled."""
    scrubber = SecretScrubber(secrets)
    if not scrubber:
        return report
    return replace(
        report,
        checks=[_scrubbed_item(item, scrubber) for item in report.checks],
        companies=[scrubber.scrub(name) for name in report.companies],
        missing_connectors=[scrubber.scrub(name) for name in report.missing_connectors],
        environment=scrubber.scrub(report.environment) if report.environment else None,
        error=report.error.with_arguments(scrubber.scrub) if report.error else None,
        suggested_domain=(
            scrubber.scrub(report.suggested_domain) if report.suggested_domain else None
        ),
    )


# --- Showing server text ------------------------------------------------------------------------

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
_LINE_BREAKS = re.compile(r"[\s\u2028\u2029]+")


def _shown_char(char: str) -> str:
    category = unicodedata.category(char)
    # Cc: C0/C1 controls (ESC, BEL, CSI…); Cf: format characters (zero-width, and the bidi
    # overrides and isolates that make a line read as something else);
    # Cs/Co/Cn: lone surrogates, private use and unassigned code points.
    if category[0] == "C":
        return REPLACEMENT
    return char


def plain_line(value: str, limit: int = 200) -> str:
    """`value` as one line of plain text for a terminal or label, at most `limit` characters.

    Whitespace runs (newlines included) become one space; control, format and bidi characters
    become U+FFFD, so no escape sequence, fake line or reversed text can reach the reader.
    """
    # Cut first (generously), so a huge value costs no more than a short one.
    text = _LINE_BREAKS.sub(" ", value[: limit * 2 + 16]).strip()
    if text.isprintable():
        shown = text
    else:
        shown = "".join(_shown_char(char) for char in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
