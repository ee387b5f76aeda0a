"""The manuals' content (steps, checklist items, call lists, form fields), loaded from resources.

The records are NamedTuples: immutable values, read once, and their classes are created about
four times faster than frozen dataclasses, which counts because they load before the first paint.
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from wizard.core.model import AccountType, Step
from wizard.core.resource_files import resource_path
from wizard.core.step_reference import fill_text


class Text(NamedTuple):
    """A text in every UI language."""

    nl: str
    en: str

    def in_language(self, language: str) -> str:
        """Return the text in `language`, falling back to Dutch."""
        return self.en if language == "en" else self.nl

    @classmethod
    def parse(cls, raw: dict[str, str]) -> Text:
        """Build from a {"nl": ..., "en": ...} mapping; both languages are required."""
        return cls(nl=raw["nl"], en=raw["en"])


class ChecklistItem(NamedTuple):
    """One action the clerk performs and ticks off."""

    id: str
    text: Text
    where: tuple[str, ...] = ()
    warning: bool = False
    # Not in a.s.r.'s manual: the wizard's own addition, its source named in the text.
    extra: bool = False
    # Screens to pick one of after `where`: alternatives, not further clicks.
    where_choice: tuple[str, ...] = ()


class NmbrsCall(NamedTuple):
    """A webservice call that must be Active in the Nmbrs API template."""

    service: str
    group: str
    screen_name: str
    operation: str

    @property
    def item_id(self) -> str:
        """The checklist id of this call; stable across manual wording changes."""
        return f"call.{self.service}.{self.operation}"


class FieldPurpose(StrEnum):
    """Why the wizard asks for a field: only FORM fields are labels of a.s.r.'s form."""

    # A field of a.s.r.'s web form, as the manual lists it.
    FORM = "form"
    # The wizard's own list of what each employer needs; no manual names these fields.
    EMPLOYER = "employer"
    # Needed only for the live check; on no a.s.r. form, so never offered to copy.
    LIVE_CHECK = "live_check"


class FormField(NamedTuple):
    """A field the clerk fills in; `purpose` says whether a.s.r.'s form asks for it."""

    key: str
    form_label: str
    rule: str
    label: Text
    help: Text
    where: tuple[str, ...] = ()
    fixed: str | None = None
    secret: bool = False
    purpose: FieldPurpose = FieldPurpose.FORM


class MailTemplate(NamedTuple):
    """A prepared e-mail (mailto) the clerk can open."""

    to: str
    subject: Text
    body: Text
    # Said next to the button: what the e-mail fills in for the clerk.
    note: Text | None = None


class StepContent(NamedTuple):
    """Everything a page shows for one step of a manual."""

    step: Step
    manual_step: int
    title: Text
    intro: Text
    items: tuple[ChecklistItem, ...]
    calls: tuple[NmbrsCall, ...] = ()
    fields: tuple[FormField, ...] = ()
    gating: bool = True
    skip_item: ChecklistItem | None = None
    skip_steps: tuple[Step, ...] = ()
    mail: MailTemplate | None = None
    # A web page the step sends the clerk to (a.s.r.'s form).
    link: str | None = None
    # "a", "b": two wizard steps that together make one step of the manual (4a, 4b).
    manual_step_part: str = ""

    @property
    def number(self) -> str:
        """The step's number as shown: the manual's number, with its part ("4b")."""
        return f"{self.manual_step}{self.manual_step_part}"

    def item_ids(self) -> tuple[str, ...]:
        """The ids of every tickable item, calls included, qualified by the step."""
        own = tuple(self.qualified(item.id) for item in self.items)
        return own + tuple(self.qualified(call.item_id) for call in self.calls)

    def qualified(self, item_id: str) -> str:
        """The id under which `item_id` of this step is stored in the state."""
        return f"{self.step.name.lower()}.{item_id}"


class AccountTypeOption(NamedTuple):
    """One of the two Nmbrs set-ups with its trade-off."""

    account_type: AccountType
    title: Text
    summary: Text
    pros: Text
    cons: Text


class AccountTypeChoice(NamedTuple):
    """The explanation shown before the clerk picks an account type."""

    intro: Text
    recommended: AccountType
    options: tuple[AccountTypeOption, ...]
    doubt_question: Text
    doubt_answers: tuple[tuple[Text, AccountType], ...]


class Manual(NamedTuple):
    """All manual content the wizard shows."""

    steps: dict[Step, StepContent]
    calls: dict[AccountType, tuple[NmbrsCall, ...]]
    fields: dict[str, tuple[FormField, ...]]
    account_types: AccountTypeChoice

    def step(self, step: Step) -> StepContent | None:
        """The content of `step`, or None for pages that are not manual steps."""
        return self.steps.get(step)


def _read(folder: Path, name: str) -> dict[str, Any]:
    with (folder / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _item(raw: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        id=raw["id"],
        text=Text.parse(raw["text"]),
        where=tuple(raw.get("where", ())),
        warning=bool(raw.get("warning", False)),
        extra=bool(raw.get("extra", False)),
        where_choice=tuple(raw.get("where_choice", ())),
    )


def _calls(raw_groups: list[dict[str, Any]]) -> tuple[NmbrsCall, ...]:
    return tuple(
        NmbrsCall(
            service=group["service"],
            group=group["group"],
            screen_name=call["screen"],
            operation=call.get("operation", call["screen"]),
        )
        for group in raw_groups
        for call in group["calls"]
    )


def _field(raw: dict[str, Any]) -> FormField:
    return FormField(
        key=raw["key"],
        form_label=raw["form_label"],
        rule=raw["rule"],
        label=Text.parse(raw["label"]),
        help=Text.parse(raw["help"]),
        where=tuple(raw.get("where", ())),
        fixed=raw.get("fixed"),
        secret=bool(raw.get("secret", False)),
        purpose=FieldPurpose(raw.get("purpose", FieldPurpose.FORM)),
    )


def _step_content(
    step: Step,
    raw: dict[str, Any],
    calls: dict[AccountType, tuple[NmbrsCall, ...]],
    fields: dict[str, tuple[FormField, ...]],
) -> StepContent:
    mail = raw.get("mail")
    return StepContent(
        step=step,
        manual_step=int(raw["manual_step"]),
        manual_step_part=str(raw.get("manual_step_part", "")),
        title=Text.parse(raw["title"]),
        intro=Text.parse(raw["intro"]),
        items=tuple(_item(item) for item in raw["items"]),
        calls=calls[AccountType(raw["calls"])] if "calls" in raw else (),
        fields=fields[raw["fields"]] if "fields" in raw else (),
        gating=bool(raw.get("gating", True)),
        skip_item=_item(raw["skip_item"]) if "skip_item" in raw else None,
        skip_steps=tuple(Step[name.upper()] for name in raw.get("skip_steps", ())),
        mail=MailTemplate(
            to=mail["to"],
            subject=Text.parse(mail["subject"]),
            body=Text.parse(mail["body"]),
            note=Text.parse(mail["note"]) if "note" in mail else None,
        )
        if mail
        else None,
        link=raw.get("link"),
    )


def add_content(
    manual: Manual, steps: dict[str, dict[str, Any]], fields: dict[str, list[dict[str, Any]]]
) -> None:
    """Add a new path's manual content, in the shapes of steps.json and registration_fields.json.

    `manual` is changed in place (its tables are dicts), so every page that holds it sees
    the new steps. The texts take `{step:key}` references like the shipped ones.
    """
    for name, entries in fields.items():
        manual.fields[name] = tuple(_field(raw) for raw in entries)
    for key, raw in steps.items():
        step = Step[key.upper()]
        manual.steps[step] = _step_content(step, raw, manual.calls, manual.fields)
    filled = _with_step_references(manual)
    for name in fields:
        manual.fields[name] = filled.fields[name]
    for key in steps:
        step = Step[key.upper()]
        manual.steps[step] = filled.steps[step]


def remove_content(manual: Manual, steps: list[str], fields: list[str]) -> None:
    """Remove content that add_content added (a test cleaning up)."""
    for key in steps:
        if key.upper() in Step.__members__:
            manual.steps.pop(Step[key.upper()], None)
    for name in fields:
        manual.fields.pop(name, None)


def load_manual(folder: Path | None = None) -> Manual:
    """Read the manual content from `folder` (the shipped `resources/manual` by default).

    Raises:
        KeyError, ValueError: when a data file is incomplete; a shipped file never is (tested).
    """
    folder = folder or resource_path("manual")
    raw_calls = _read(folder, "nmbrs_calls.json")
    calls = {kind: _calls(raw_calls[kind.value]) for kind in AccountType}
    raw_fields = _read(folder, "registration_fields.json")
    fields = {
        name: tuple(_field(raw) for raw in entries)
        for name, entries in raw_fields.items()
        if not name.startswith("_")
    }
    steps = {
        Step[key.upper()]: _step_content(Step[key.upper()], raw, calls, fields)
        for key, raw in _read(folder, "steps.json").items()
        if not key.startswith("_")
    }
    raw_choice = _read(folder, "account_types.json")
    choice = AccountTypeChoice(
        intro=Text.parse(raw_choice["intro"]),
        recommended=AccountType(raw_choice["recommended"]),
        options=tuple(
            AccountTypeOption(
                account_type=AccountType(kind),
                title=Text.parse(option["title"]),
                summary=Text.parse(option["summary"]),
                pros=Text.parse(option["pros"]),
                cons=Text.parse(option["cons"]),
            )
            for kind, option in raw_choice["options"].items()
        ),
        doubt_question=Text.parse(raw_choice["doubt_question"]),
        doubt_answers=tuple(
            (Text.parse(answer), AccountType(answer["choice"]))
            for answer in raw_choice["doubt_answers"].values()
        ),
    )
    return _with_step_references(
        Manual(steps=steps, calls=calls, fields=fields, account_types=choice)
    )


def _with_step_references(manual: Manual) -> Manual:
    """Fill each `{step:key}` in the texts with the step's number and title (see step_reference)."""

    def item(entry: ChecklistItem) -> ChecklistItem:
        return entry._replace(text=fill_text(entry.text, manual))

    def field(entry: FormField) -> FormField:
        return entry._replace(help=fill_text(entry.help, manual))

    def mail(entry: MailTemplate | None) -> MailTemplate | None:
        if entry is None:
            return None
        note = fill_text(entry.note, manual) if entry.note is not None else None
        return entry._replace(note=note)

    steps = {
        step: content._replace(
            intro=fill_text(content.intro, manual),
            items=tuple(item(entry) for entry in content.items),
            fields=tuple(field(entry) for entry in content.fields),
            skip_item=item(content.skip_item) if content.skip_item is not None else None,
            mail=mail(content.mail),
        )
        for step, content in manual.steps.items()
    }
    fields = {
        name: tuple(field(entry) for entry in entries) for name, entries in manual.fields.items()
    }
    return manual._replace(steps=steps, fields=fields)


@cache
def shipped_manual() -> Manual:
    """The manual content shipped with the program, read once."""
    return load_manual()
