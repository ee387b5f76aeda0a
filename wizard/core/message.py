"""A message for the clerk, kept untranslated until it is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """An English source text marked for translation in `context`, with its {placeholders}.

    Stored as it is, so a language switch shows it again in the new language. No argument
    ever holds a secret.
    """

    context: str
    source: str
    arguments: tuple[tuple[str, str], ...] = ()

    def shown(self, translate: Callable[[str, str], str]) -> str:
        """The text in the language `translate` gives (e.g. QCoreApplication.translate)."""
        text = translate(self.context, self.source)
        for name, value in self.arguments:
            text = text.replace("{" + name + "}", value)
        return text
