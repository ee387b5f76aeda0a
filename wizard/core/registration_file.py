"""The registration file (aanmelding): build it from the state, write it, read it back.

The file holds exactly the fields of a.s.r.'s form on the chosen path, keyed by their Dutch form
labels, plus the path, the account type, the Nmbrs domain the live check needs (umbrella path,
section `nmbrs_login`), the employers (per-debtor path), who made it when, and the last live
check, also one that did not run. Tokens are included unless the clerk delivers them separately.
Files of schema version 1 are read too: they are migrated to the current version on reading.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from wizard import APP_NAME, __version__
from wizard.core.atomic_file import write_atomic
from wizard.core.bounded_file import FileTooLargeError, NotARegularFileError, read_regular_file
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, Verdict
from wizard.core.field_rules import check_field, split_employer_codes
from wizard.core.file_read_errors import CANNOT_READ, FILE_NOT_FOUND, NO_READ_PERMISSION
from wizard.core.form_values import path_form, raw_form_value, set_raw_form_value
from wizard.core.login_check_summary import LoginSummary, login_summaries, path_logins
from wizard.core.manual import FormField
from wizard.core.message import Message, Translate, in_english
from wizard.core.model import AccountType, Employer, Package, WizardState
from wizard.core.paths import LoginPlace, PathSpec, chosen_path, login_place
from wizard.core.registration_schema import (
    CONTEXT,
    EMPLOYER_KEYS,
    MSG_DUPLICATE_KEY,
    NMBRS_LOGIN_KEYS,
    NMBRS_LOGIN_SECTION,
    SCHEMA_VERSION,
    TOKENS_APART,
    Problem,
    employer_fields,
    form_fields,
    login_fields,
    path_of_names,
    shown_key_name,
    validate_registration,
)
from wizard.core.server_text import SecretScrubber, state_secrets
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_FILE_BYTES",
    "TOKENS_APART",
    "ImportedRegistration",
    "Problem",
    "RegistrationError",
    "RegistrationInvalidError",
    "RegistrationReadError",
    "RegistrationWriteError",
    "build_registration",
    "dump_registration",
    "export_registration",
    "import_registration",
    "load_registration",
    "migrate_registration",
    "parse_registration",
    "read_registration_file",
    "registration_json",
    "validate_registration",
]

EMPLOYER_LOONHEFFINGENNUMMER = "loonheffingennummer"
# Optional: the last check of each login (per-debtor path: each employer), with its date.
LOGIN_CHECKS_SECTION = "controle_per_login"

# The file's words for a check's verdict (controle.uitkomst).
OUTCOME_NAMES = {
    Verdict.PASSED: "geslaagd",
    Verdict.PROBLEMS: "problemen_gevonden",
    Verdict.NOT_RUN: "niet_uitgevoerd",
    Verdict.NOT_CHECKED: "niet_gecontroleerd",
}

# A real registration file is a few kilobytes; refusing anything far larger before parsing keeps
# a wrongly chosen file (a backup, a video) from hanging the program.
MAX_FILE_BYTES = 1024 * 1024

# The tokens reach a.s.r. through its web form; a file is never the channel (no manual names one).
MSG_TOKENS_INCLUDED = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "This file contains the tokens. Anyone who has it can read the payroll data: keep it "
    "safe and never e-mail it. The tokens go to a.s.r. through its web form, not as a file.",
)
MSG_TOKENS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    'The tokens are left out: the file says "lever ik apart aan" instead. You give the '
    "tokens to a.s.r. in its web form at www.asr.nl/salarisverwerkers.",
)
# Per debtor the form says "nog op te geven": the manual has each employer's login given when
# that employer is registered.
MSG_TOKENS_LEFT_OUT_PER_EMPLOYER = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    'The tokens are left out: the file says "lever ik apart aan" instead. With an account per '
    "debtor, you give each employer's username and API token when you register that employer "
    "with a.s.r.",
)


def tokens_left_out_notice(state: WizardState) -> str:
    """What an export without tokens says about them, for `state`'s path (source text)."""
    if login_place(state) is LoginPlace.EMPLOYERS:
        return MSG_TOKENS_LEFT_OUT_PER_EMPLOYER
    return MSG_TOKENS_LEFT_OUT


MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "The file is larger than {limit} bytes; that is far too large for a registration file.",
)
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "{path} is not an ordinary file (for example a folder or a device), so it is not a "
    "registration file.",
)
MSG_IS_FOLDER = QT_TRANSLATE_NOOP("RegistrationFile", "{path} is a folder, not a file.")
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The file is not text (UTF-8), so it is not a registration file."
)
MSG_EMPTY_FILE = QT_TRANSLATE_NOOP("RegistrationFile", "The file is empty.")
MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The file is not valid JSON (line {line}, column {column})."
)
MSG_NOT_JSON_VALUE = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The file is not valid JSON: it holds a value JSON does not allow."
)
MSG_TOO_DEEP = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The file is nested too deeply to be a registration file."
)
MSG_INVALID = QT_TRANSLATE_NOOP("RegistrationFile", "The registration file is not valid.")
MSG_EXPORT_INVALID = QT_TRANSLATE_NOOP(
    "RegistrationFile", "The registration is not complete or not valid, so it was not saved."
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "The registration file could not be saved as {path}: {reason}. Nothing was lost; choose "
    "another folder, or free up disk space and try again.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "RegistrationFile",
    "The file {path} is read-only, so the result was not recorded in it; the file is unchanged.",
)


class RegistrationError(Exception):
    """Base of every error the registration file raises.

    `message` is worded when shown; no argument of it ever holds a token. str() gives the
    English text.
    """

    def __init__(self, text: str | Message, /, **arguments: str) -> None:
        # A text shared with other files' errors comes as a Message and brings its own context.
        shared = text if isinstance(text, Message) else Message(CONTEXT, text)
        self.message = shared.with_values(**arguments)
        super().__init__(self.message.shown(in_english))

    def with_fields(self, separator: str = "\n") -> Message:
        """The message and, for an invalid file, each field it gets wrong ("field: why")."""
        return self.message


class RegistrationReadError(RegistrationError):
    """The file cannot be read, is too large, or is not JSON text."""


class RegistrationInvalidError(RegistrationError):
    """The document breaks the schema or the field rules; `problems` says where."""

    def __init__(self, problems: Sequence[Problem], text: str = MSG_INVALID) -> None:
        super().__init__(text)
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __str__(self) -> str:
        return self.with_fields("; ").shown(in_english)

    def with_fields(self, separator: str = "\n") -> Message:
        # The lines are a text of their own whose {placeholders} are the messages: each is
        # worded when shown, and a field name from the file is only ever an argument.
        lines = ["{message}"]
        arguments: list[tuple[str, str | Message]] = [("message", self.message)]
        for index, problem in enumerate(self.problems):
            arguments.append((f"problem{index}", problem.message))
            if problem.field:
                arguments.append((f"field{index}", problem.field))
                lines.append(f"{{field{index}}}: {{problem{index}}}")
            else:
                lines.append(f"{{problem{index}}}")
        return Message.as_written(separator.join(lines), *arguments)


class RegistrationWriteError(RegistrationError):
    """The file could not be written; the state and any earlier file are untouched."""


@dataclass
class ImportedRegistration:
    """An imported file: the state to continue with, and what the file says about itself."""

    state: WizardState
    made_at: datetime
    program: str
    version: str
    tokens_left_out: bool
    check: CheckReport | None = None
    check_time: datetime | None = None
    # The version the file was written in; older files were migrated on reading.
    schema_version: int = SCHEMA_VERSION
    # The file's per-login section, as stored (see _login_checks).
    login_checks: list[dict[str, Any]] = field(default_factory=list)


def _timestamp(moment: datetime) -> str:
    # A naive time is taken as local time, so the file always carries its offset.
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return aware.isoformat(timespec="seconds")


def _clean(form_field: FormField, value: str | list[str]) -> str | list[str]:
    """The value in its standard form when the field rule accepts it; else as typed.

    A rejected value is kept as typed so that validation names the problem.
    """
    if isinstance(value, list):
        result = check_field(form_field.rule, ", ".join(value))
        return split_employer_codes(result.value) if result.ok else list(value)
    result = check_field(form_field.rule, value)
    return result.value if result.ok else value


def _path_of(state: WizardState) -> PathSpec:
    if state.package is None:
        raise ValueError("No path chosen: choose Nmbrs or AFAS before exporting.")
    spec = chosen_path(state)
    if spec is None:
        raise ValueError("No account type chosen: choose the Nmbrs account type before exporting.")
    return spec


def build_registration(
    state: WizardState,
    *,
    include_tokens: bool = True,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
    version: str | None = None,
    translate: Translate = in_english,
    earlier_login_checks: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The registration document for `state`, in the file's key order.

    Args:
        state: the wizard state; its path (and for Nmbrs its account type) must be chosen.
        include_tokens: False writes "lever ik apart aan" in every token field.
        check: the last live check, stored with `check_time`, with its verdict; one that
            could not run is stored as such, with its reason and no results.
        check_time: when the check ran; defaults to `now`.
        now: the creation time; the current local time by default.
        version: the program version to record; this program's by default.
        translate: the language the check's messages are written in (English by default).
        earlier_login_checks: the per-login section of the file being rewritten; the entry of
            a login that was not checked again is kept as it was.

    Raises:
        ValueError: the path or account type has not been chosen.
    """
    spec = _path_of(state)
    package, account_type = spec.package, spec.account_type
    made_at = now if now is not None else datetime.now().astimezone()
    source = path_form(spec, state)
    form: dict[str, Any] = {}
    for form_field in form_fields(package, account_type):
        if form_field.fixed is not None:
            form[form_field.form_label] = form_field.fixed
        elif form_field.secret and not include_tokens:
            form[form_field.form_label] = TOKENS_APART
        else:
            form[form_field.form_label] = _clean(form_field, raw_form_value(source, form_field.key))
    document: dict[str, Any] = {
        "schemaversie": SCHEMA_VERSION,
        "gemaakt_op": _timestamp(made_at),
        "gemaakt_met": {"programma": APP_NAME, "versie": version or __version__},
        "pad": spec.registration_name,
        "accounttype": spec.registration_account_type,
        "tokens_apart_aangeleverd": not include_tokens,
        "formulier": form,
    }
    login = login_fields(package, account_type)
    if login:
        document[NMBRS_LOGIN_SECTION] = {
            NMBRS_LOGIN_KEYS[field.key]: _clean(field, raw_form_value(source, field.key))
            for field in login
        }
    if spec.logins is LoginPlace.EMPLOYERS:
        document["werkgevers"] = [
            _employer_entry(employer, include_tokens) for employer in state.employers
        ]
    current = _login_checks(login_summaries(state), SecretScrubber(state_secrets(state)), translate)
    order = {subject: index for index, (subject, _label) in enumerate(path_logins(state))}
    entries = _newest_per_login(
        [*current, *earlier_login_checks, *state.recorded_login_checks], set(order)
    )
    if entries:
        entries.sort(key=lambda entry: order[entry["login"]])
        document[LOGIN_CHECKS_SECTION] = entries
    if check is not None:
        # Call names, messages and the reason may hold a server's words; no token may ride along.
        scrub = SecretScrubber(state_secrets(state)).scrub
        document["controle"] = {
            "tijdstip": _timestamp(check_time or made_at),
            "uitkomst": OUTCOME_NAMES[check.verdict],
            "reden": None if check.error is None else scrub(check.error.shown(translate)),
            "ok": check.ok,
            "resultaten": [
                {
                    "service": item.service,
                    "naam": scrub(item.name),
                    "status": item.status.value,
                    "melding": scrub(item.message.shown(translate)),
                }
                for item in check.checks
            ],
        }
    return document


_NEVER = datetime.min.replace(tzinfo=UTC)


def _checked_at(entry: dict[str, Any]) -> datetime:
    """When the entry's check ran; a missing or unreadable time counts as the oldest."""
    try:
        moment = datetime.fromisoformat(entry.get("tijdstip") or "")
    except (TypeError, ValueError):
        return _NEVER
    # A time without offset (a hand-edited file) is taken as local time, as when written.
    return moment if moment.tzinfo is not None else moment.astimezone()


def _newest_per_login(entries: Sequence[dict[str, Any]], logins: set[str]) -> list[dict[str, Any]]:
    """Per login of the registration, its newest entry (the first of equals: this session's
    results come first). A recorded entry keeps its own date until a newer check replaces it;
    the entry of a login no longer in the registration is left out."""
    newest: dict[str, dict[str, Any]] = {}
    for entry in entries:
        login = entry["login"]
        if login in logins and (
            login not in newest or _checked_at(entry) > _checked_at(newest[login])
        ):
            newest[login] = entry
    return list(newest.values())


def _login_checks(
    rows: Sequence[LoginSummary], scrubber: SecretScrubber, translate: Translate
) -> list[dict[str, Any]]:
    """The per-login section: each login's last check, with when it last passed."""
    return [
        {
            "login": row.subject,
            "tijdstip": _timestamp(row.checked_at) if row.checked_at else None,
            "uitkomst": row.outcome.value,
            "ontbrekende_api_calls": [scrubber.scrub(name) for name in row.missing_calls],
            "voorgesteld_domein": row.suggested_domain,
            "reden": None if row.reason is None else scrubber.scrub(row.reason.shown(translate)),
            "laatst_in_orde": _timestamp(row.last_passed) if row.last_passed else None,
        }
        for row in rows
    ]


def _employer_entry(employer: Employer, include_tokens: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for form_field in employer_fields():
        key = EMPLOYER_KEYS[form_field.key]
        if form_field.secret and not include_tokens:
            entry[key] = TOKENS_APART
        else:
            entry[key] = _clean(form_field, getattr(employer, form_field.key))
    # Optional and not on a.s.r.'s form: only an imported employer list may carry it.
    if employer.loonheffingennummer:
        entry[EMPLOYER_LOONHEFFINGENNUMMER] = employer.loonheffingennummer
    return entry


def dump_registration(document: dict[str, Any]) -> bytes:
    """The document as the file stores it: UTF-8, indent 2, keys in build order, final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def registration_json(
    state: WizardState,
    *,
    include_tokens: bool = True,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
    version: str | None = None,
    translate: Translate = in_english,
) -> bytes:
    """The file content for `state`; see build_registration for the arguments."""
    return dump_registration(
        build_registration(
            state,
            include_tokens=include_tokens,
            check=check,
            check_time=check_time,
            now=now,
            version=version,
            translate=translate,
        )
    )


def export_registration(
    path: Path | str,
    state: WizardState,
    *,
    include_tokens: bool = True,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
    version: str | None = None,
    translate: Translate = in_english,
    earlier_login_checks: Sequence[dict[str, Any]] = (),
) -> None:
    """Validate and write the registration file atomically, readable by the owner only.

    Raises:
        ValueError: the path or account type has not been chosen.
        RegistrationInvalidError: the registration breaks the schema or a field rule; nothing
            was written.
        RegistrationWriteError: the OS refused the write (read-only folder, full disk); an
            earlier file at `path` is untouched.
    """
    document = build_registration(
        state,
        include_tokens=include_tokens,
        check=check,
        check_time=check_time,
        now=now,
        version=version,
        translate=translate,
        earlier_login_checks=earlier_login_checks,
    )
    problems = validate_registration(document)
    if problems:
        raise RegistrationInvalidError(problems, MSG_EXPORT_INVALID)
    target = Path(path)
    try:
        write_atomic(target, dump_registration(document), owner_only=True)
    except OSError as error:
        raise RegistrationWriteError(
            MSG_WRITE_FAILED, path=str(target), reason=_reason(error)
        ) from error


def _reason(error: OSError) -> str:
    # strerror is the OS's own short text ("Permission denied"); it never holds file content.
    return error.strerror or type(error).__name__


def _open_problem(error: OSError, path: Path | str) -> RegistrationReadError:
    """Why a file could not be opened, as a message the clerk's language can carry."""
    # Windows reports opening a folder as "permission denied": ask the folder itself first.
    if isinstance(error, IsADirectoryError) or Path(path).is_dir():
        return RegistrationReadError(MSG_IS_FOLDER, path=str(path))
    if isinstance(error, FileNotFoundError):
        return RegistrationReadError(FILE_NOT_FOUND, path=str(path))
    if isinstance(error, PermissionError):
        return RegistrationReadError(NO_READ_PERMISSION, path=str(path))
    return RegistrationReadError(CANNOT_READ, path=str(path), reason=_reason(error))


def read_registration_file(path: Path | str) -> bytes:
    """The raw bytes of a registration file, refusing large files without reading them whole.

    Raises:
        RegistrationReadError: the file cannot be opened or is larger than MAX_FILE_BYTES.
    """
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        raise RegistrationReadError(MSG_TOO_LARGE, limit=str(MAX_FILE_BYTES)) from None
    except NotARegularFileError:
        message = MSG_IS_FOLDER if Path(path).is_dir() else MSG_NOT_A_FILE
        raise RegistrationReadError(message, path=str(path)) from None
    except OSError as error:
        raise _open_problem(error, path) from error


def _check_size(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise RegistrationReadError(MSG_TOO_LARGE, limit=str(MAX_FILE_BYTES))


class _DuplicateKeyError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last of two equal keys; in a hand-edited file that hides a
    # mistake, so it is reported instead.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> float:
    # NaN and Infinity are not JSON, though Python's parser accepts them by default.
    raise ValueError(name)


def _decode(data: bytes) -> object:
    """Parse the bytes as JSON, with the size checked first."""
    _check_size(data)
    try:
        # utf-8-sig: Windows editors may put a byte-order mark in front.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegistrationReadError(MSG_NOT_TEXT) from None
    if not text.strip():
        raise RegistrationReadError(MSG_EMPTY_FILE)
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
        # A lone surrogate escape ("\ud800") is valid JSON but no text: it could never be
        # saved or exported again.
        json.dumps(document, ensure_ascii=False).encode("utf-8")
        return document
    except UnicodeEncodeError:
        raise RegistrationReadError(MSG_NOT_TEXT) from None
    except json.JSONDecodeError as error:
        raise RegistrationReadError(
            MSG_NOT_JSON, line=str(error.lineno), column=str(error.colno)
        ) from None
    except _DuplicateKeyError as error:
        shown = f'"{shown_key_name(error.name)}"'
        problem = Problem((), Message(CONTEXT, MSG_DUPLICATE_KEY, (("name", shown),)))
        raise RegistrationInvalidError([problem]) from None
    except RecursionError:
        raise RegistrationReadError(MSG_TOO_DEEP) from None
    except ValueError:
        # Python refuses integers of thousands of digits, and _reject_constant refuses NaN.
        raise RegistrationReadError(MSG_NOT_JSON_VALUE) from None


def load_registration(data: bytes) -> ImportedRegistration:
    """Read a registration file's bytes into a state to continue with.

    Raises:
        RegistrationReadError: too large, not UTF-8 text, empty, or not JSON.
        RegistrationInvalidError: valid JSON, but not a valid registration file (this includes
            an unknown schema version).
    """
    document = _decode(data)
    problems = validate_registration(document)
    if problems:
        raise RegistrationInvalidError(problems)
    # Validation passed, so the document is an object of one known schema's shape.
    valid = cast(dict[str, Any], document)
    imported = _imported(migrate_registration(valid))
    imported.schema_version = valid["schemaversie"]
    return imported


def migrate_registration(document: dict[str, Any]) -> dict[str, Any]:
    """A valid document of any known schema version in the current version's shape.

    Version 1 kept the Nmbrs domain in `formulier` and stored no verdict in `controle` (it
    left out a check that could not run, so a stored check ran: ok decides the verdict).
    """
    if document["schemaversie"] == SCHEMA_VERSION:
        return document
    migrated: dict[str, Any] = {}
    for key, value in document.items():
        if key == "schemaversie":
            migrated[key] = SCHEMA_VERSION
        elif key == "formulier":
            form = dict(value)
            moved = {
                NMBRS_LOGIN_KEYS[field.key]: form.pop(field.form_label)
                for field in login_fields(*_path_of_document(document))
                if field.form_label in form
            }
            migrated[key] = form
            if moved:
                migrated[NMBRS_LOGIN_SECTION] = moved
        elif key == "controle":
            outcome = Verdict.PASSED if value["ok"] else Verdict.PROBLEMS
            migrated[key] = {
                "tijdstip": value["tijdstip"],
                "uitkomst": OUTCOME_NAMES[outcome],
                "reden": None,
                "ok": value["ok"],
                "resultaten": value["resultaten"],
            }
        else:
            migrated[key] = value
    return migrated


def _path_of_document(document: dict[str, Any]) -> tuple[Package, AccountType | None]:
    spec = _spec_of_document(document)
    return spec.package, spec.account_type


def _spec_of_document(document: dict[str, Any]) -> PathSpec:
    # Validation passed, so "pad" and "accounttype" name a path.
    spec = path_of_names(document["pad"], document["accounttype"])
    assert spec is not None, "a valid file names a path"
    return spec


def parse_registration(data: bytes) -> WizardState:
    """The wizard state stored in a registration file; see load_registration for the errors.

    Ticks are not in the file, so `ticked` is empty; tokens left out come back empty.
    """
    return load_registration(data).state


def import_registration(path: Path | str) -> ImportedRegistration:
    """Read and parse the registration file at `path`; see load_registration for the errors."""
    return load_registration(read_registration_file(path))


def _imported(document: dict[str, Any]) -> ImportedRegistration:
    """Build the state from a current-version document that passed validation."""
    spec = _spec_of_document(document)
    package, account_type = spec.package, spec.account_type
    tokens_left_out: bool = document["tokens_apart_aangeleverd"]
    state = WizardState(package=package, account_type=account_type)
    target = path_form(spec, state)
    form = document["formulier"]
    for form_field in login_fields(package, account_type):
        value = document[NMBRS_LOGIN_SECTION][NMBRS_LOGIN_KEYS[form_field.key]]
        set_raw_form_value(target, form_field.key, value)
    for form_field in form_fields(package, account_type):
        # Fixed values ("Nmbrs", "nog op te geven") are the form's, not the clerk's input.
        if form_field.fixed is not None:
            continue
        value = form[form_field.form_label]
        if form_field.secret and tokens_left_out:
            value = ""
        set_raw_form_value(
            target, form_field.key, list(value) if isinstance(value, list) else value
        )
    for entry in document.get("werkgevers", []):
        employer = Employer()
        for form_field in employer_fields():
            value = entry[EMPLOYER_KEYS[form_field.key]]
            setattr(
                employer, form_field.key, "" if form_field.secret and tokens_left_out else value
            )
        employer.loonheffingennummer = entry.get(EMPLOYER_LOONHEFFINGENNUMMER, "")
        state.employers.append(employer)
    check: CheckReport | None = None
    check_time: datetime | None = None
    if "controle" in document:
        stored = document["controle"]
        check = CheckReport(
            package=package,
            ok=stored["ok"],
            # Written in the language of its export: shown as it is.
            error=None if stored["reden"] is None else Message.as_written(stored["reden"]),
            checks=[
                CheckItem(
                    service=item["service"],
                    name=item["naam"],
                    status=CallStatus(item["status"]),
                    message=Message.as_written(item["melding"]),
                )
                for item in stored["resultaten"]
            ],
        )
        check_time = datetime.fromisoformat(stored["tijdstip"])
    login_checks = list(document.get(LOGIN_CHECKS_SECTION, []))
    for entry in login_checks:
        if entry["laatst_in_orde"]:
            state.last_passed[entry["login"]] = datetime.fromisoformat(entry["laatst_in_orde"])
    state.recorded_login_checks = [dict(entry) for entry in login_checks]
    return ImportedRegistration(
        login_checks=login_checks,
        state=state,
        made_at=datetime.fromisoformat(document["gemaakt_op"]),
        program=document["gemaakt_met"]["programma"],
        version=document["gemaakt_met"]["versie"],
        tokens_left_out=tokens_left_out,
        check=check,
        check_time=check_time,
    )
