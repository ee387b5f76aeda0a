"""The words of a live-check result, defined once for the check page, the per-login table, the
PDF and the command line, so that each front end names a status or a column the same way."""

from __future__ import annotations

from wizard.core.check_result import CallStatus
from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "CheckWords"

# What a call or connector turned out to be (the check page shows AFAS's own words for the
# first two: assigned, missing).
STATUS_WORDS: dict[CallStatus, Message] = {
    CallStatus.ACTIVE: Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Active")),
    CallStatus.INACTIVE: Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Not active")),
    CallStatus.NO_DATA_ACCESS: Message(
        CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "No access to the data")
    ),
    CallStatus.AUTH_FAILED: Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Login refused")),
    CallStatus.ERROR: Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Error")),
    CallStatus.NOT_CHECKED: Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Not checked")),
}

# Column headings of the result tables.
LOGIN = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Login"))
SERVICE = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Service"))
STATUS = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Status"))
FIX = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Fix"))
RESULT = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Result"))
DETAILS = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Details"))
RESULT_PER_LOGIN = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Result per login"))

# Rows of the AFAS check that are about the whole check, not one connector.
APP_CONNECTOR = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "App Connector"))
CONNECTOR_LIST = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "a.s.r.'s connector list"))

# What a whole check came to.
RESULT_PASSED = Message(
    CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Result: everything required is in place.")
)
RESULT_PROBLEMS = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP("CheckWords", "Result: something required is missing or was refused."),
)

# Facts the check learned; the front end fills the {placeholders}.
AFAS_ENVIRONMENT = Message(
    CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "AFAS environment: {environment}")
)
NOT_ASSIGNED = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Not assigned: {names}"))
# Only AFAS reports an expiry date, so the Dutch names its data token (datatoken).
TOKEN_VALID_UNTIL = Message(
    CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "The token is valid until {date}.")
)
NOT_ACTIVE_CALLS = Message(CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Not active: {names}"))
SUGGESTED_DOMAIN = Message(
    CONTEXT, QT_TRANSLATE_NOOP("CheckWords", "Nmbrs says the domain is {domain}")
)
