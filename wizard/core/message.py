"""A message for the clerk, kept untranslated until it is shown."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# (context, source text) -> translated text; front ends pass wizard.translation.tr.
Translate = Callable[[str, str], str]


def in_english(context: str, text: str) -> str:
    """The English source text: the translation when no front end translates."""
    del context
    return text


# A {name} placeholder; `{step:key}` has a colon and is left for the step-naming front end.
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# The context of a text that is no source text: shown as it is, never translated (e.g. text
# read back from an older file, in whatever language it was written).
AS_WRITTEN = ""


@dataclass(frozen=True)
class Message:
    """An English source text marked for translation in `context`, with its {placeholders}.

    Stored as it is, so a language switch shows it again in the new language. No argument
    ever holds a secret. An argument may itself be a Message (e.g. a network problem that
    fills a check result's {reason}); it is shown in the same language.
    """

    context: str
    source: str
    arguments: tuple[tuple[str, str | Message], ...] = ()

    @classmethod
    def as_written(cls, text: str, *arguments: tuple[str, str | Message]) -> Message:
        """A text shown as it is (its {placeholders} filled), in the language it was written in."""
        return cls(AS_WRITTEN, text, arguments)

    @classmethod
    def of(cls, context: str, source: str, /, **arguments: str | Message) -> Message:
        """`source` in `context`, its {placeholders} filled by keyword when shown."""
        return cls(context, source, tuple(arguments.items()))

    def with_values(self, **arguments: str | Message) -> Message:
        """This text (e.g. a shared term) with its {placeholders} filled by keyword."""
        return Message(self.context, self.source, tuple(arguments.items()))

    def __bool__(self) -> bool:
        return bool(self.source)

    def shown(self, translate: Callable[[str, str], str]) -> str:
        """The text in the language `translate` gives (e.g. QCoreApplication.translate)."""
        values = {
            name: value.shown(translate) if isinstance(value, Message) else value
            for name, value in self.arguments
        }

        def fill(match: re.Match[str]) -> str:
            return values.get(match.group(1), match.group(0))

        # One pass, so a value that itself holds "{name}" (a server's text) is never filled.
        text = self.source if self.context == AS_WRITTEN else translate(self.context, self.source)
        return _PLACEHOLDER.sub(fill, text) if values else text

    def with_arguments(self, change: Callable[[str], str]) -> Message:
        """A copy whose plain-text arguments (and as-written text) went through `change`.

        For scrubbing: server-supplied text only ever sits in arguments or as-written text.
        """
        return Message(
            self.context,
            change(self.source) if self.context == AS_WRITTEN else self.source,
            tuple(
                (
                    name,
                    value.with_arguments(change) if isinstance(value, Message) else change(value),
                )
                for name, value in self.arguments
            ),
        )


# A check result with nothing to say.
NO_MESSAGE = Message(AS_WRITTEN, "")


def filled(text: str, /, **arguments: str) -> str:
    """`text`, already in the clerk's language (e.g. from Qt's tr), with its {placeholders}
    filled the way Message.shown fills them: once, so a value holding "{name}" stays as it is."""
    return Message.as_written(text, *arguments.items()).shown(in_english)
