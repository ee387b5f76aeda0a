"""Nmbrs SOAP fault codes and what each means for one probed call.

ASMX wraps the Nmbrs code in the faultstring: `Server was unable to process request. ---> 1002:
Unauthorized Access`. Only the number is relied on; the wording differs in letter case between
codes and versions.
"""

from __future__ import annotations

import re

from wizard.core.check_result import CallStatus

_CODE = re.compile(r"--->\s*(\d{4,5})\s*:\s*(.*)", re.DOTALL)
_ASMX_PREFIX = re.compile(r"^\s*Server was unable to (?:process|read) request\.\s*--->\s*")
# Fault texts are Nmbrs' own short messages; anything longer is cut so a message stays readable.
_MAX_TEXT = 200

AUTH_FAILED_CODES = frozenset({1001})
INACTIVE_CODES = frozenset({1002})
NO_DATA_ACCESS_CODES = frozenset({1003, 2003, 2004, 2009})
# Data and ID errors that Nmbrs only gives after the template let the call through:
# 2001/2002 invalid hour or wage component, 2006 invalid period, 2019-2021 background task states.
ENABLED_DATA_ERROR_CODES = frozenset({2001, 2002, 2006, 2019, 2020, 2021})
SUBSCRIPTION_CODE = 1004
COUNTRY_CODE = 3001


def fault_code(faultstring: str | None) -> int | None:
    """The Nmbrs code in a faultstring, or None when there is none."""
    match = _CODE.search(faultstring or "")
    return int(match.group(1)) if match else None


def fault_text(faultstring: str | None) -> str:
    """The human part of a faultstring without the ASMX wrapper, cut to a readable length."""
    text = faultstring or ""
    match = _CODE.search(text)
    if match:
        text = match.group(2)
    else:
        text = _ASMX_PREFIX.sub("", text)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def status_for_code(code: int | None) -> CallStatus:
    """How a fault with `code` classifies the call it came from."""
    if code in AUTH_FAILED_CODES:
        return CallStatus.AUTH_FAILED
    if code in INACTIVE_CODES:
        return CallStatus.INACTIVE
    if code in NO_DATA_ACCESS_CODES:
        return CallStatus.NO_DATA_ACCESS
    if code in ENABLED_DATA_ERROR_CODES:
        return CallStatus.ACTIVE
    return CallStatus.ERROR
