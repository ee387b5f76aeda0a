"""The registration file's format: its JSON Schema, field names per path, and validation.

Validation combines the schema (structure, types, fixed values) with the field rules of
`wizard.core.field_rules`, which are authoritative for values. Problems never quote a secret.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from wizard.core.field_rules import check_field, split_employer_codes
from wizard.core.manual import FieldPurpose, FormField, shipped_manual
from wizard.core.message import Message, in_english
from wizard.core.model import AccountType, Package
from wizard.core.paths import LoginPlace, PathSpec, all_paths, path_spec
from wizard.core.resource_files import resource_path
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "RegistrationFile"
# Files are written in SCHEMA_VERSION; every version in SCHEMA_FILES is still read.
SCHEMA_VERSION = 2
SCHEMA_FILES = {1: "aanmelding-v1.schema.json", 2: "aanmelding-v2.schema.json"}

# What the file says in a token field when the clerk delivers the tokens separately.
TOKENS_APART = "lever ik apart aan"

# Since version 2 the values the live check needs but a.s.r.'s form does not ask (the umbrella
# login's Nmbrs domain) have a section of their own; model attribute -> key in that section.
NMBRS_LOGIN_SECTION = "nmbrs_login"
NMBRS_LOGIN_KEYS = {"domain": "domein"}

# Employer attributes on the model and their keys in the file.
EMPLOYER_KEYS = {
    "debtor_name": "debiteur",
    "username": "gebruikersnaam",
    "token": "api_token",
    "domain": "domein",
}

# Field rules report these better than the schema's pattern or length checks, so on fields that a
# rule checks these schema errors are dropped whenever the rule already found a problem.
_VALUE_VALIDATORS = {"pattern", "minLength", "maxLength", "minItems", "format"}
_TIME_KEYS = {"gemaakt_op", "tijdstip"}
_MAX_NAME_LENGTH = 40
# A run without spaces that looks like a token (a key name may be a pasted token): 16+ token
# characters with a quarter digits (hex tokens are about 60 % digits; field names have few),
# or 32+ of them (base64). Only its first few characters are shown, too few to be a leak.
_SECRET_LOOKING = re.compile(r"[A-Za-z0-9+/=_\-]{16,}")
_SECRET_PREVIEW_CHARS = 4

MSG_NOT_REGISTRATION = QT_TRANSLATE_NOOP(
    "RegistrationFile", "This is not a registration file: it must hold one JSON object."
)
MSG_UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "Unknown schema version {version}. This program reads schema versions 1 to {supported}.",
)
MSG_MISSING = QT_TRANSLATE_NOOP("RegistrationFile", "This field is missing.")
MSG_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "RegistrationFile", "This field does not belong in a registration file for this path."
)
# What a field of the wrong type must be, by the JSON type the schema expects.
_TYPE_MESSAGES = {
    "string": QT_TRANSLATE_NOOP("RegistrationFile", "This field must be text."),
    "boolean": QT_TRANSLATE_NOOP("RegistrationFile", "This field must be true or false."),
    "integer": QT_TRANSLATE_NOOP("RegistrationFile", "This field must be a whole number."),
    "array": QT_TRANSLATE_NOOP("RegistrationFile", "This field must be a list."),
    "object": QT_TRANSLATE_NOOP(
        "RegistrationFile", "This field must be a group of fields (a JSON object)."
    ),
}
MSG_TYPE_OTHER = QT_TRANSLATE_NOOP("RegistrationFile", "This field has the wrong type.")
MSG_CONST = QT_TRANSLATE_NOOP("RegistrationFile", "This field must be {expected}.")
MSG_ENUM = QT_TRANSLATE_NOOP("RegistrationFile", "This field must be one of: {choices}.")
MSG_DATETIME = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "This is not a date and time with a time zone, such as 2025-01-31T09:30:00+01:00.",
)
MSG_EMPTY_TEXT = QT_TRANSLATE_NOOP("RegistrationFile", "This field must not be empty.")
MSG_FORM = QT_TRANSLATE_NOOP("RegistrationFile", "This value does not have the expected form.")
MSG_NOT_CANONICAL = QT_TRANSLATE_NOOP(
    "RegistrationFile", "Write this value in its standard form: {expected}"
)
MSG_NOT_CANONICAL_SECRET = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "This token is not in its standard form. Enter only the token itself, "
    "without spaces or other text around it.",
)
MSG_BAD_TEXT = QT_TRANSLATE_NOOP(
    "RegistrationFile", "This text contains characters that cannot be stored (unpaired surrogates)."
)
MSG_DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The field {name} appears more than once."
)

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a registration file, for one field.

    `message` is worded when shown; no argument of it ever holds a token.
    """

    path: JsonPath
    message: Message

    @property
    def field(self) -> str:
        """The field as people read it: the Dutch form label, else a JSON path; "" for the file."""
        if len(self.path) >= 2 and self.path[0] == "formulier":
            head = _safe_name(str(self.path[1]))
            return head + "".join(_path_part(part) for part in self.path[2:])
        text = "".join(_path_part(part) for part in self.path)
        return text.removeprefix(".")

    def english(self) -> str:
        """The message in English (for logs and exceptions)."""
        return self.message.shown(in_english)


def _problem(path: JsonPath, text: str, /, **arguments: str) -> Problem:
    """A problem worded by a text of this module (context RegistrationFile)."""
    return Problem(path, Message.of(CONTEXT, text, **arguments))


def _path_part(part: str | int) -> str:
    return f"[{part}]" if isinstance(part, int) else f".{_safe_name(part)}"


def _looks_secret(run: str) -> bool:
    digits = sum(char.isdigit() for char in run)
    return len(run) >= 32 or (digits >= 4 and digits * 4 >= len(run))


def _safe_name(name: str) -> str:
    """A key from an untrusted file: printable, one short line, and never a token's worth.

    A token pasted as a key name would otherwise be repeated in the message about it.
    """
    cut = len(name) > _MAX_NAME_LENGTH
    name = name[:_MAX_NAME_LENGTH]
    for run in _SECRET_LOOKING.finditer(name):
        if _looks_secret(run.group()):
            name, cut = name[: run.start() + _SECRET_PREVIEW_CHARS], True
            break
    shown = "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in name)
    return shown + ("…" if cut else "")


def shown_key_name(name: str) -> str:
    """A key name from an untrusted file as messages may quote it (see _safe_name)."""
    return _safe_name(name)


def _json_text(value: object) -> str:
    """A schema constant as JSON text; constants come from the schema, never from the file."""
    return json.dumps(value, ensure_ascii=False)


def path_fields(package: Package, account_type: AccountType | None) -> tuple[FormField, ...]:
    """The a.s.r. form fields of one path, in form order."""
    # Nmbrs without an account type reads as the umbrella path (version 1 files, examples).
    spec = path_spec(package, account_type) or path_spec(package, AccountType.UMBRELLA)
    if spec is None:
        raise ValueError(f"no path for {package}")
    return shipped_manual().fields[spec.form_fields]


def form_fields(package: Package, account_type: AccountType | None) -> tuple[FormField, ...]:
    """The fields of `formulier` (version 2): those that are on a.s.r.'s form."""
    return tuple(
        field
        for field in path_fields(package, account_type)
        if field.purpose is not FieldPurpose.LIVE_CHECK
    )


def login_fields(package: Package, account_type: AccountType | None) -> tuple[FormField, ...]:
    """The fields of the `nmbrs_login` section (version 2): needed for the live check only."""
    return tuple(
        field
        for field in path_fields(package, account_type)
        if field.purpose is FieldPurpose.LIVE_CHECK
    )


def _formulier_fields(
    version: int, package: Package, account_type: AccountType | None
) -> tuple[FormField, ...]:
    # Version 1 kept every field, the Nmbrs domain too, in `formulier`.
    return (
        path_fields(package, account_type) if version == 1 else form_fields(package, account_type)
    )


def employer_fields() -> tuple[FormField, ...]:
    """The per-employer fields of the per-debtor path."""
    return shipped_manual().fields["nmbrs_employer"]


# The `formulier` schemas of registered paths, by their name in "pad" (current version only).
_REGISTERED_FORMS: dict[str, dict[str, Any]] = {}


def register_form_schema(registration_name: str, form_schema: dict[str, Any]) -> None:
    """Accept "pad": `registration_name` in the current version, its `formulier` as given.

    A path not in the shipped schema registers its form's schema fragment with its path.
    """
    _REGISTERED_FORMS[registration_name] = form_schema
    load_schema.cache_clear()
    schema_validator.cache_clear()


def unregister_form_schema(registration_name: str) -> None:
    """Forget a registered path's form schema (a test cleaning up)."""
    _REGISTERED_FORMS.pop(registration_name, None)
    load_schema.cache_clear()
    schema_validator.cache_clear()


@cache
def load_schema(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    """The JSON Schema of the registration file, of `version` (the current one).

    The current version also accepts the registered paths (see register_form_schema).
    """
    with resource_path("schema", SCHEMA_FILES[version]).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    if version != SCHEMA_VERSION:
        return schema
    for name, form_schema in _REGISTERED_FORMS.items():
        schema["properties"]["pad"]["enum"].append(name)
        schema["allOf"].append(
            {
                "if": {"required": ["pad"], "properties": {"pad": {"const": name}}},
                "then": {
                    "properties": {
                        "accounttype": {"const": None},
                        "formulier": form_schema,
                        "nmbrs_login": {"not": {}},
                        "werkgevers": {"not": {}},
                    }
                },
            }
        )
    return schema


def _date_time_checker() -> FormatChecker:
    # Lazy: jsonschema, the slowest import of the program, loads when a file is validated.
    from jsonschema import FormatChecker

    # jsonschema only checks date-time with an optional package; this check needs none.
    checker = FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _is_date_time(instance: object) -> bool:
        if not isinstance(instance, str):
            return True
        parsed = datetime.fromisoformat(instance)
        return "T" in instance and parsed.tzinfo is not None

    return checker


@cache
def schema_validator(version: int = SCHEMA_VERSION) -> Draft202012Validator:
    """A validator for the shipped schema of `version`, checking date-time formats."""
    # Lazy: jsonschema, the slowest import of the program, loads when a file is validated.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(version), format_checker=_date_time_checker())


def validate_registration(document: object) -> list[Problem]:
    """Check a parsed registration file against the schema and the field rules.

    Args:
        document: the parsed JSON, of any type.

    Returns:
        The problems, in the order of the document's fields; empty when the file is valid.
    """
    if not isinstance(document, dict):
        return [_problem((), MSG_NOT_REGISTRATION)]
    version = SCHEMA_VERSION
    if "schemaversie" in document:
        version = document["schemaversie"]
        # bool is an int in Python, and 1.0 equals 1; neither is the version number 1.
        if type(version) is not int or version not in SCHEMA_FILES:
            shown = _safe_name(json.dumps(version, ensure_ascii=False, default=str))
            return [
                _problem(
                    ("schemaversie",),
                    MSG_UNKNOWN_VERSION,
                    version=shown,
                    supported=str(SCHEMA_VERSION),
                )
            ]
    # Unpaired surrogates could not be written back as UTF-8; the field rules skip such text.
    text_problems = list(_bad_text(document))
    rule_problems, rule_paths = _rule_problems(document, version)
    problems = text_problems + rule_problems
    seen = {(problem.path, problem.message.source) for problem in problems}
    failed_paths = {problem.path for problem in problems}
    for error in schema_validator(version).iter_errors(document):
        for problem in _schema_problems(error):
            value_error = error.validator in _VALUE_VALIDATORS
            rule_path = _rule_path(problem.path, rule_paths)
            if value_error and rule_path is not None and rule_path in failed_paths:
                continue
            key = (problem.path, problem.message.source)
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return _ordered(document, problems)


def _rule_path(path: JsonPath, rule_paths: set[JsonPath]) -> JsonPath | None:
    """The rule-checked field that `path` is, or lies in (an item of the employer codes)."""
    for length in range(len(path), 0, -1):
        if path[:length] in rule_paths:
            return path[:length]
    return None


def _bad_text(document: object) -> Iterator[Problem]:
    """Unpaired surrogates anywhere, in keys or values; iterative, as nesting can be deep."""
    stack: list[tuple[JsonPath, object]] = [((), document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not _is_storable(key):
                    yield _problem((*path, key), MSG_BAD_TEXT)
                else:
                    stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
        elif isinstance(value, str) and not _is_storable(value):
            yield _problem(path, MSG_BAD_TEXT)


def _is_text(value: object) -> bool:
    """A string the field rules can judge; other values are the schema's or _bad_text's."""
    return isinstance(value, str) and _is_storable(value)


def _is_storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _ordered(document: dict[str, Any], problems: list[Problem]) -> list[Problem]:
    """Sort problems into the order of the fields in the file, missing fields last."""

    known = _known_order()

    def key(problem: Problem) -> tuple[tuple[int, int, str], ...]:
        parts: list[tuple[int, int, str]] = []
        node: object = document
        for part in problem.path:
            if isinstance(node, dict) and isinstance(part, str):
                names = list(node)
                index = names.index(part) if part in node else len(names)
                parts.append((index, known.get(part, len(known)), part))
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int):
                parts.append((part, 0, ""))
                node = node[part] if 0 <= part < len(node) else None
            else:
                parts.append((1 << 30, 0, str(part)))
                node = None
        return tuple(parts)

    return sorted(problems, key=key)


def _known_order() -> dict[str, int]:
    """Field names in the order a built file has them, to list missing fields in that order."""
    schema = load_schema()
    names = [*schema["properties"], "programma", "versie"]
    names += ["tijdstip", "uitkomst", "reden", "ok", "resultaten", *NMBRS_LOGIN_KEYS.values()]
    # Not cached: a path registered later brings its own form fields.
    for spec in all_paths():
        fields = path_fields(spec.package, spec.account_type)
        names.extend(form_field.form_label for form_field in fields)
    names.extend(EMPLOYER_KEYS.values())
    names.extend(("service", "naam", "status", "melding"))
    order: dict[str, int] = {}
    for name in names:
        order.setdefault(name, len(order))
    return order


def path_of_names(pad: object, kind: object) -> PathSpec | None:
    """The path a file's `pad` and `accounttype` name, when they make sense together."""
    for spec in all_paths():
        if spec.registration_name != pad:
            continue
        if kind == spec.registration_account_type:
            return spec
    return None


def _field_set_key(document: dict[str, Any]) -> tuple[Package, AccountType | None] | None:
    """The path the document is on, when `pad` and `accounttype` make sense together."""
    spec = path_of_names(document.get("pad"), document.get("accounttype"))
    return (spec.package, spec.account_type) if spec is not None else None


def _rule_problems(document: dict[str, Any], version: int) -> tuple[list[Problem], set[JsonPath]]:
    """Apply the field rules where the structure holds; return the problems and checked paths."""
    problems: list[Problem] = []
    checked: set[JsonPath] = set()
    path_key = _field_set_key(document)
    if path_key is None:
        return problems, checked
    tokens_apart = document.get("tokens_apart_aangeleverd") is True
    form = document.get("formulier")
    if isinstance(form, dict):
        for form_field in _formulier_fields(version, *path_key):
            if form_field.fixed is None and form_field.form_label in form:
                path: JsonPath = ("formulier", form_field.form_label)
                checked.add(path)
                problems.extend(_check(path, form_field, form[form_field.form_label], tokens_apart))
    login = document.get(NMBRS_LOGIN_SECTION)
    if version >= 2 and isinstance(login, dict):
        for form_field in login_fields(*path_key):
            json_key = NMBRS_LOGIN_KEYS[form_field.key]
            if json_key in login:
                path = (NMBRS_LOGIN_SECTION, json_key)
                checked.add(path)
                problems.extend(_check(path, form_field, login[json_key], tokens_apart))
    employers = document.get("werkgevers")
    spec = path_spec(*path_key)
    if spec is not None and spec.logins is LoginPlace.EMPLOYERS and isinstance(employers, list):
        for index, employer in enumerate(employers):
            if not isinstance(employer, dict):
                continue
            for form_field in employer_fields():
                json_key = EMPLOYER_KEYS[form_field.key]
                if json_key in employer:
                    path = ("werkgevers", index, json_key)
                    checked.add(path)
                    problems.extend(_check(path, form_field, employer[json_key], tokens_apart))
    return problems, checked


def _check(
    path: JsonPath, form_field: FormField, value: object, tokens_apart: bool
) -> list[Problem]:
    """Run one field's rule; wrong types are left to the schema."""
    if form_field.secret and tokens_apart:
        return []
    if form_field.rule == "employer_codes":
        if not isinstance(value, list) or not all(_is_text(code) for code in value):
            return []
        result = check_field(form_field.rule, ", ".join(value))
        canonical: object = split_employer_codes(result.value)
    else:
        if not _is_text(value):
            return []
        result = check_field(form_field.rule, value)
        canonical = result.value
    if result.problem is not None:
        return [Problem(path, result.problem)]
    if canonical != value:
        if form_field.secret:
            return [_problem(path, MSG_NOT_CANONICAL_SECRET)]
        shown = ", ".join(canonical) if isinstance(canonical, list) else str(canonical)
        return [_problem(path, MSG_NOT_CANONICAL, expected=shown)]
    return []


def _schema_problems(error: ValidationError) -> list[Problem]:
    """Turn one schema error into problems with our own texts.

    jsonschema's messages quote the offending value, which may be a token, so they are never used.
    """
    path: JsonPath = tuple(error.absolute_path)
    validator = error.validator
    instance = error.instance
    if validator == "required":
        missing = [name for name in error.validator_value if name not in instance]
        return [_problem((*path, name), MSG_MISSING) for name in missing]
    if validator == "additionalProperties":
        allowed = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        return [
            _problem((*path, name), MSG_NOT_ALLOWED) for name in instance if name not in allowed
        ]
    if validator == "not":
        return [_problem(path, MSG_NOT_ALLOWED)]
    if validator == "type":
        expected = error.validator_value
        message = (
            _TYPE_MESSAGES.get(expected, MSG_TYPE_OTHER) if isinstance(expected, str) else None
        )
        return [_problem(path, message or MSG_TYPE_OTHER)]
    if validator == "const":
        return [_problem(path, MSG_CONST, expected=_json_text(error.validator_value))]
    if validator == "enum":
        choices = ", ".join(_json_text(choice) for choice in error.validator_value)
        return [_problem(path, MSG_ENUM, choices=choices)]
    if path and path[-1] in _TIME_KEYS and validator in ("format", "pattern"):
        return [_problem(path, MSG_DATETIME)]
    if validator == "minLength" and error.validator_value == 1:
        return [_problem(path, MSG_EMPTY_TEXT)]
    if validator == "minItems":
        return [_problem(path, MSG_EMPTY_TEXT)]
    return [_problem(path, MSG_FORM)]
