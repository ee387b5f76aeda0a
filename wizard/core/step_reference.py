"""“stap 3 (App Connector aanmaken)”: a step named the way the side panel shows it.

Texts name a step with a `{step:key}` placeholder instead of typing its number and title by
hand, so a renamed or renumbered step can never leave a message pointing at a page that
does not exist. `key` is a step's name in lower case (`afas_app_connector`), or the end of
one (`rights`) for a text shared by paths whose steps differ: it then means that step of the
clerk's path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wizard.core.message import Message, filled
from wizard.core.model import Step
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wizard.core.manual import Manual, StepContent, Text

# Case-blind, so a text a translator (or a test) wrote in capitals still keeps its reference.
STEP_PLACEHOLDER = re.compile(r"\{step:([a-z_]+)\}", re.IGNORECASE)
# Lower case: the reference sits inside a sentence ("Controleer stap 3 (…)").
_PATTERN = {"nl": "stap {number} ({title})", "en": "step {number} ({title})"}

# A step's name as the side panel and the page titles show it, defined once for every front end.
CONTEXT = "StepName"
# "Stap 2", before a manual step's title.
STEP_NUMBER = Message(CONTEXT, QT_TRANSLATE_NOOP("StepName", "Step {number}"))
# The wizard's own steps, which have no manual content; also the headings that name them.
LIVE_CHECK = Message(CONTEXT, QT_TRANSLATE_NOOP("StepName", "Live check"))
SUMMARY = Message(CONTEXT, QT_TRANSLATE_NOOP("StepName", "Summary"))
WHAT_HAPPENS_NEXT = Message(CONTEXT, QT_TRANSLATE_NOOP("StepName", "What happens next"))


def describe_step(content: StepContent, language: str) -> str:
    """'stap 3 (App Connector aanmaken)' in `language` (Dutch unless "en")."""
    pattern = _PATTERN["en" if language == "en" else "nl"]
    return filled(pattern, number=content.number, title=content.title.in_language(language))


def _resolve(key: str, steps: Iterable[Step]) -> Step | None:
    key = key.lower()
    for step in steps:
        name = step.name.lower()
        if name == key or name.endswith("_" + key):
            return step
    return None


def fill_step_references(
    text: str, manual: Manual, language: str, path: Iterable[Step] = tuple(Step)
) -> str:
    """Replace each `{step:key}` in `text` by the step it names; `path` settles short keys.

    A key that names no step of `path` is left as it is, so a slip shows instead of vanishing.
    """
    steps = tuple(path)

    def replace(match: re.Match[str]) -> str:
        step = _resolve(match.group(1), steps)
        content = manual.steps.get(step) if step is not None else None
        return describe_step(content, language) if content is not None else match.group(0)

    return STEP_PLACEHOLDER.sub(replace, text)


def step_keys(text: str) -> list[str]:
    """The keys of every `{step:key}` in `text`."""
    return STEP_PLACEHOLDER.findall(text)


def fill_text(text: Text, manual: Manual) -> Text:
    """`text` with its step references filled in, each language in its own words."""
    return type(text)(
        nl=fill_step_references(text.nl, manual, "nl"),
        en=fill_step_references(text.en, manual, "en"),
    )
