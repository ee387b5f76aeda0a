"""Give every label on a page its own Alt+letter, so keyboard users reach each field directly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.ui.widgets.side_actions import SIDE_ACTION_TEXTS

# QWizard's Back and Next buttons, as (context, source) in Qt's own catalogue.
_QT_WIZARD_TEXTS = (("QWizard", "< &Back"), ("QWizard", "&Next >"))


def with_mnemonic(text: str, taken: set[str]) -> str:
    """Put '&' before the first letter of `text` not yet in `taken`, and record that letter.

    When every letter is taken the text gets no Alt+letter: a clash would send the
    clerk's typing to another control (tests/ui/test_mnemonics.py fails on either).
    """
    plain = text.replace("&", "&&")
    for index, char in enumerate(plain):
        key = char.lower()
        if char.isalnum() and key not in taken and plain[index - 1 : index] != "&":
            taken.add(key)
            return plain[:index] + "&" + plain[index:]
    return plain


def mnemonic_letter(text: str) -> str | None:
    """The lower-case letter after a single '&' in `text`, if any."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def reserved_wizard_letters() -> set[str]:
    """Letters on every page: the wizard's own buttons and the side panel's actions.

    Read from the installed translations, so a changed translation cannot clash unnoticed.
    """
    texts = [
        # Qt's own texts, translated by qtbase_nl; lupdate need not copy them to our catalogue.
        *(QCoreApplication.translate(*qt_text) for qt_text in _QT_WIZARD_TEXTS),
        QCoreApplication.translate("MainWizard", "&Finish"),
        *(QCoreApplication.translate("SideActions", text) for text in SIDE_ACTION_TEXTS),
    ]
    return {letter for letter in map(mnemonic_letter, texts) if letter is not None}
