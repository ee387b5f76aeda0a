"""Give every label on a page its own Alt+letter, so keyboard users reach each field directly."""

from __future__ import annotations


def with_mnemonic(text: str, taken: set[str]) -> str:
    """Put '&' before the first letter of `text` not yet in `taken`, and record that letter.

    Falls back to the first letter (Qt then cycles between equal mnemonics) when every
    letter is taken.
    """
    plain = text.replace("&", "&&")
    for index, char in enumerate(plain):
        key = char.lower()
        if char.isalnum() and key not in taken and plain[index - 1 : index] != "&":
            taken.add(key)
            return plain[:index] + "&" + plain[index:]
    return "&" + plain


def reserved_wizard_letters(language: str) -> set[str]:
    """Letters QWizard's own buttons use (Volgende/Terug/Voltooien, Next/Back/Finish)."""
    return {"v", "t"} if language == "nl" else {"n", "b", "f"}
