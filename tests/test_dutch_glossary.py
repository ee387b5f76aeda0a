"""The Dutch texts use one word for one thing: the glossary's "not" words stay out.

The glossary (../shared/reference/glossary-nl.md) decides each term once. This test reads
every Dutch translation in the catalogue and every Dutch text of the manual content, and
fails on a word the glossary rejects. A few reviewed exceptions are listed with a reason.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "wizard_nl.ts"
MANUAL = ROOT / "resources" / "manual"


class DutchText(NamedTuple):
    """One Dutch text and where it lives: a catalogue context or a manual key path."""

    where: str
    text: str
    # Which path the text belongs to: "afas", "nmbrs" or "" (shared).
    path: str
    # A button or menu command (catalogue), a checklist item (manual), or plain text.
    kind: str = "text"


class Rule(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    # The glossary's word to use instead, for the failure message.
    instead: str
    applies: tuple[str, ...] = ("afas", "nmbrs", "")
    kinds: tuple[str, ...] = ("text", "button", "item", "mail")


def _rule(
    name: str,
    pattern: str,
    instead: str,
    applies: tuple[str, ...] = ("afas", "nmbrs", ""),
    kinds: tuple[str, ...] = ("text", "button", "item", "mail"),
    flags: int = 0,
) -> Rule:
    return Rule(name, re.compile(pattern, flags), instead, applies, kinds)


RULES = (
    _rule("Live controle", r"\blive controle", "livecontrole", flags=re.IGNORECASE),
    _rule("medewerker", r"\bmedewerker", "werknemer", flags=re.IGNORECASE),
    _rule("support", r"\bsupport\b", "servicedesk", flags=re.IGNORECASE),
    _rule("registratie", r"\bregistratie", "aanmelding", flags=re.IGNORECASE),
    _rule("API token", r"\bAPI [Tt]oken", "API-token (the tab: API-Token)"),
    _rule("API-token on the AFAS path", r"\bAPI-token", "datatoken", applies=("afas",)),
    _rule("call", r"(?<!API-)\bcalls?\b", "API-call, API-calls", flags=re.IGNORECASE),
    _rule("Niet te testen", r"\bNiet te (testen|beoordelen)\b", "Niet getest"),
    _rule("wizard settings", r"netwerkinstellingen van de wizard", "het veld Proxy, --proxy"),
    _rule("klantlogin", r"\bklantlogin", "master bedrijfslogin (menu: Klant Logins)", flags=re.I),
    _rule("de laatste stap", r"\bde laatste stap\b", "{step:key}", flags=re.IGNORECASE),
    _rule("a step typed by hand", r"\bstap \d", "{step:key}: stap N (title) from the path data"),
    _rule("hun", r"\bhun\b", "haar (a.s.r.)", flags=re.IGNORECASE),
    _rule("we", r"\b(we|wij|ons|onze)\b", "je, de wizard", flags=re.IGNORECASE),
    _rule("u in the UI", r"\b(u|uw)\b", "je", flags=re.IGNORECASE),
    _rule("command button", r"^(Kopieer|Toon|Vergeet)\b", "the infinitive", kinds=("button",)),
    _rule("Ik heb", r"^Ik heb\b", "a command (Zet … op Active)", kinds=("item",)),
    _rule("straight quotes", r'"', "curly quotes “…”"),
    _rule("aan staat", r"\baan staat\b", "aanstaat"),
    _rule("template user", r"\btemplate users?\b", "Template User"),
    _rule(
        "gebruiker for the Nmbrs login",
        r"\bgebruikers?\b",
        "login (gebruiker only in step titles from the manual)",
        applies=("nmbrs",),
        flags=re.IGNORECASE,
    ),
)

# (where, rule name): reviewed exceptions, each with its reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("fields.nmbrs_per_debtor.token.label", "API token"): (
        "a.s.r.'s per-debtor form names the field “API Token”; the input page uses the form's "
        "label, so it matches the copy tab"
    ),
    ("steps.afas_connector_zip.mail.body", "u in the UI"): (
        "the clerk's own e-mail to a.s.r.: the glossary has it address a.s.r. with u"
    ),
    ("steps.umbrella_send_form.sent", "Ik heb"): (
        "the send-form tick confirms what the clerk did, in the clerk's words, as issue 11 asks "
        "(“Ik heb het formulier verstuurd”); it is no action to carry out in Nmbrs or AFAS"
    ),
    ("steps.debtor_send_form.sent", "Ik heb"): (
        "the send-form tick confirms what the clerk did, in the clerk's words, as issue 11 asks "
        "(“Ik heb het formulier verstuurd”); it is no action to carry out in Nmbrs or AFAS"
    ),
    ("steps.afas_send_form.sent", "Ik heb"): (
        "the send-form tick confirms what the clerk did, in the clerk's words, as issue 11 asks "
        "(“Ik heb het formulier verstuurd”); it is no action to carry out in Nmbrs or AFAS"
    ),
    ("steps.afas_connector_zip.mail.body", "we"): (
        "the clerk writes for the firm (Wij leveren onze gegevens …); it is not the wizard speaking"
    ),
}


def _catalogue() -> Iterator[DutchText]:
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        path = "afas" if name.startswith("Afas") else "nmbrs" if name.startswith("Nmbrs") else ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            # A short text with a mnemonic and no full stop is a button or menu command.
            kind = "button" if "&" in source and not source.rstrip().endswith(".") else "text"
            kind = "button" if source in ("Copy", "Show", "Copy {field}") else kind
            for text in forms or [translation.text or ""]:
                yield DutchText(f"{name}: {source}", text.replace("&", ""), path, kind)


def _path_of(key: str) -> str:
    if key.startswith("afas"):
        return "afas"
    return "nmbrs" if key.startswith(("umbrella", "debtor", "nmbrs")) else ""


def _manual() -> Iterator[DutchText]:
    steps: dict[str, Any] = json.loads((MANUAL / "steps.json").read_text(encoding="utf-8"))
    for key, step in steps.items():
        if key.startswith("_"):
            continue
        path = _path_of(key)
        # Step titles are the manual's own (glossary: "except in step titles").
        yield DutchText(f"steps.{key}.intro", step["intro"]["nl"], path)
        items = [*step["items"], *([step["skip_item"]] if "skip_item" in step else [])]
        for item in items:
            yield DutchText(f"steps.{key}.{item['id']}", item["text"]["nl"], path, "item")
        if "mail" in step:
            mail = step["mail"]
            yield DutchText(f"steps.{key}.mail.note", mail["note"]["nl"], path)
            yield DutchText(f"steps.{key}.mail.subject", mail["subject"]["nl"], path, "mail")
            yield DutchText(f"steps.{key}.mail.body", mail["body"]["nl"], path, "mail")
    fields: dict[str, Any] = json.loads(
        (MANUAL / "registration_fields.json").read_text(encoding="utf-8")
    )
    for group, entries in fields.items():
        if group.startswith("_"):
            continue
        for field in entries:
            for part in ("label", "help"):
                where = f"fields.{group}.{field['key']}.{part}"
                yield DutchText(where, field[part]["nl"], _path_of(group))
    choice: dict[str, Any] = json.loads((MANUAL / "account_types.json").read_text("utf-8"))
    yield DutchText("account_types.intro", choice["intro"]["nl"], "nmbrs")
    for kind, option in choice["options"].items():
        for part in ("title", "summary", "pros", "cons"):
            yield DutchText(f"account_types.{kind}.{part}", option[part]["nl"], "nmbrs")
    yield DutchText("account_types.doubt", choice["doubt_question"]["nl"], "nmbrs")


def dutch_texts() -> list[DutchText]:
    """Every Dutch text a clerk can read: the catalogue's translations and the manual's."""
    return [*_catalogue(), *_manual()]


def slips(texts: list[DutchText]) -> list[str]:
    """Each glossary slip as 'where: rule (use …): text'."""
    found = []
    for text in texts:
        for rule in RULES:
            if text.path not in rule.applies or text.kind not in rule.kinds:
                continue
            if (text.where, rule.name) in EXCEPTIONS:
                continue
            if rule.pattern.search(text.text):
                found.append(f"{text.where}: {rule.name} (use {rule.instead}): {text.text}")
    return found


def test_the_texts_are_read() -> None:
    texts = dutch_texts()
    assert len([text for text in texts if text.where.startswith("steps.")]) > 60
    assert len(texts) > 400


def test_the_dutch_texts_use_the_glossary_words() -> None:
    assert slips(dutch_texts()) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Voer de Live controle uit.", "Live controle"),
        ("Zonder gegevens van medewerkers.", "medewerker"),
        ("Vul het in bij de laatste stap.", "de laatste stap"),
        ("Wijs ze toe in stap 3 van de AFAS-route: App Connector.", "a step typed by hand"),
        ("a.s.r. noemt dit in hun handleiding.", "hun"),
        ("Kopieer", "command button"),
    ],
)
def test_each_rule_catches_its_slip(text: str, rule: str) -> None:
    # A rule that never fires would let the whole test pass without checking anything.
    kind = "button" if rule == "command button" else "text"
    found = slips([DutchText("example", text, "nmbrs", kind)])
    assert any(f": {rule} (use" in line for line in found), found


def test_every_exception_is_still_needed() -> None:
    texts = {text.where: text for text in dutch_texts()}
    rules = {rule.name: rule for rule in RULES}
    for where, name in EXCEPTIONS:
        assert rules[name].pattern.search(texts[where].text), (where, name)


def test_the_input_page_and_the_copy_tab_use_the_same_dutch_label() -> None:
    # The copy tab shows a.s.r.'s form label; the clerk must recognise it from the input page.
    from wizard.core.manual import FieldPurpose, shipped_manual

    differing = [
        (field.key, field.label.nl, field.form_label)
        for fields in shipped_manual().fields.values()
        for field in fields
        if field.purpose is FieldPurpose.FORM and field.label.nl != field.form_label
    ]
    assert differing == []
