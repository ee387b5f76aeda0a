"""Words of the registration as the summary, the copy tab, the employers page and the PDF show
it, defined once so that each of them names an employer or an empty field the same way."""

from __future__ import annotations

from wizard.core.message import Message
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "RegistrationWords"

EMPLOYERS = Message(CONTEXT, QT_TRANSLATE_NOOP("RegistrationWords", "Employers"))
NO_EMPLOYERS_YET = Message(
    CONTEXT, QT_TRANSLATE_NOOP("RegistrationWords", "No employers entered yet.")
)
# An employer by its place in the list, with its debtor name once it has one.
EMPLOYER_NUMBER = Message(CONTEXT, QT_TRANSLATE_NOOP("RegistrationWords", "Employer {number}"))
EMPLOYER_NUMBER_NAME = Message(
    CONTEXT, QT_TRANSLATE_NOOP("RegistrationWords", "Employer {number}: {name}")
)
# In place of an empty value.
NOT_FILLED_IN = Message(CONTEXT, QT_TRANSLATE_NOOP("RegistrationWords", "(not filled in)"))
