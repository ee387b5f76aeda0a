"""Save and resume non-secret progress. Tokens never reach this file."""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.core.atomic_file import write_atomic
from wizard.core.bounded_file import FileTooLargeError, NotARegularFileError, read_regular_file
from wizard.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from wizard.core.message import Message
from wizard.core.model import (
    AccountType,
    AfasEnvironment,
    AfasRegistration,
    Employer,
    FormValues,
    NmbrsRegistration,
    Package,
    Step,
    WizardState,
)
from wizard.core.private_folder import make_private_folder
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

PROGRESS_VERSION = 1
PROGRESS_FILE_NAME = "voortgang.json"
# A progress file is a few kilobytes; anything far larger was not written by us.
MAX_PROGRESS_BYTES = 1024 * 1024

_SECRET_KEYS = {"token", "data_token"}

CONTEXT = "Progress"
MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "Progress",
    "The saved progress could not be read, so the wizard starts afresh. "
    "The damaged file was kept as {name}.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "Progress",
    "The saved progress was made by a newer version of this program, so the wizard starts "
    "afresh. The file was kept as {name}.",
)
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Progress",
    "The saved progress is not an ordinary file, so the wizard starts afresh. "
    "It was kept as {name}.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Progress",
    "The saved progress could not be opened ({reason}), so the wizard starts afresh. "
    "The file was kept as {name}.",
)
MSG_LEFT_AS_IS = QT_TRANSLATE_NOOP(
    "Progress",
    "The saved progress could not be read, and it could not be set aside either. The wizard "
    "leaves {name} as it is and does not save your progress in this session.",
)
# The {reason} of MSG_SAVE_FAILED when a text cannot be written as UTF-8 (a lone surrogate).
MSG_REASON_UNENCODABLE = QT_TRANSLATE_NOOP(
    "Progress", "a text holds a character that cannot be saved"
)
MSG_SAVE_FAILED = QT_TRANSLATE_NOOP(
    "Progress",
    "Your progress could not be saved ({reason}). Everything you typed is still here; "
    "the wizard tries again at the next change.",
)


class LoadStatus(StrEnum):
    """What was found when looking for saved progress."""

    NONE = "none"
    LOADED = "loaded"
    SET_ASIDE = "set_aside"


@dataclass(frozen=True)
class LoadOutcome:
    """The result of loading progress; `notice` is what to tell the clerk (None: nothing)."""

    status: LoadStatus
    state: WizardState | None = None
    notice: Message | None = None
    saved_at: float | None = None


class ProgressError(ValueError):
    """The progress file does not hold what this version writes."""


class ProgressFileProtectedError(OSError):
    """Saving is refused: the file on disk could not be read nor set aside, so it is kept."""


def _public(record: NmbrsRegistration | Employer | AfasRegistration) -> dict[str, Any]:
    return {
        item.name: getattr(record, item.name)
        for item in fields(record)
        if item.name not in _SECRET_KEYS
    }


def progress_document(state: WizardState, *, saved_at: float | None = None) -> dict[str, Any]:
    """The JSON-ready progress of `state`, without any secret."""
    document: dict[str, Any] = {
        "version": PROGRESS_VERSION,
        "saved_at": time.time() if saved_at is None else saved_at,
        "language": state.language,
        "package": state.package.value if state.package else None,
        "account_type": state.account_type.value if state.account_type else None,
        "current_step": state.current_step.name,
        "ticked": sorted(state.ticked),
        "nmbrs": _public(state.nmbrs),
        "employers": [_public(employer) for employer in state.employers],
        "afas": {**_public(state.afas), "environment": state.afas.environment.value},
        # Live-check choices; the proxy is left out, since it may hold a password.
        "sandbox": state.sandbox,
        "connector_zip": state.connector_zip,
    }
    # Registered paths' forms: their public half only (secrets go to the keyring).
    forms = {name: dict(form.public) for name, form in state.forms.items() if form.public}
    if forms:
        document["forms"] = forms
    return document


def _strings(raw: object, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ProgressError("section is not an object")
    result: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in allowed or key in _SECRET_KEYS:
            continue
        if key == "employer_codes":
            if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
                raise ProgressError("employer codes are not a list of text")
        elif not isinstance(value, str):
            raise ProgressError(f"{key} is not text")
        result[key] = value
    return result


def _forms(raw: object) -> dict[str, FormValues]:
    """Registered paths' forms: path name -> field key -> text."""
    if not isinstance(raw, dict):
        raise ProgressError("forms is not an object")
    forms = {}
    for name, values in raw.items():
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise ProgressError("a form is not an object of text")
        forms[name] = FormValues(public=dict(values))
    return forms


def _require_encodable(document: object) -> None:
    # JSON may hold a lone surrogate ("\ud800"): Python reads it, but it can never be
    # written back as UTF-8, so every later save would fail.
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError):
        raise ProgressError("text that cannot be encoded") from None


def state_from_document(document: object) -> WizardState:
    """Rebuild a state from a progress document.

    Raises:
        ProgressError: the document is not progress of this version.
    """
    if not isinstance(document, dict):
        raise ProgressError("not an object")
    _require_encodable(document)
    if document.get("version") != PROGRESS_VERSION:
        raise ProgressError("unknown version")
    try:
        ticked = document.get("ticked", [])
        if not isinstance(ticked, list) or not all(isinstance(item, str) for item in ticked):
            raise ProgressError("ticked is not a list of text")
        afas_raw = _strings(document.get("afas", {}), {f.name for f in fields(AfasRegistration)})
        environment = AfasEnvironment(afas_raw.pop("environment", AfasEnvironment.PRODUCTION))
        employers_raw = document.get("employers", [])
        if not isinstance(employers_raw, list):
            raise ProgressError("employers is not a list")
        language = document.get("language", "nl")
        sandbox = document.get("sandbox", False)
        connector_zip = document.get("connector_zip", "")
        if not isinstance(sandbox, bool) or not isinstance(connector_zip, str):
            raise ProgressError("live-check settings have the wrong type")
        return WizardState(
            forms=_forms(document.get("forms", {})),
            package=Package(document["package"]) if document.get("package") else None,
            account_type=AccountType(document["account_type"])
            if document.get("account_type")
            else None,
            ticked=set(ticked),
            nmbrs=NmbrsRegistration(
                **_strings(document.get("nmbrs", {}), {f.name for f in fields(NmbrsRegistration)})
            ),
            employers=[
                Employer(**_strings(raw, {f.name for f in fields(Employer)}))
                for raw in employers_raw
            ],
            afas=AfasRegistration(**afas_raw, environment=environment),
            current_step=Step[str(document.get("current_step", "START"))],
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            sandbox=sandbox,
            connector_zip=connector_zip,
        )
    except (KeyError, ValueError, TypeError) as error:
        raise ProgressError(type(error).__name__) from None


class ProgressStore:
    """The progress file in the user's application-data folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / PROGRESS_FILE_NAME
        # Set when a file that could not be read also could not be set aside: it may hold
        # the clerk's progress, so this session never writes over it.
        self.protected = False

    def save(self, state: WizardState) -> None:
        """Write the progress atomically.

        Raises:
            OSError: the folder cannot be written; the previous file is left as it was.
            ProgressFileProtectedError: load() found a file it could not read nor set aside.
            UnicodeEncodeError: the state holds text that is not valid Unicode.
        """
        if self.protected:
            raise ProgressFileProtectedError(f"{PROGRESS_FILE_NAME} is kept as it is")
        data = json.dumps(progress_document(state), ensure_ascii=False, indent=2).encode("utf-8")
        make_private_folder(self.folder)
        write_atomic(self.path, data + b"\n")

    def load(self) -> LoadOutcome:
        """Read saved progress; a damaged or foreign file is set aside, never fatal."""
        self._remove_leftover_temp_files()
        if not self.path.exists() and not self.path.is_symlink():
            return LoadOutcome(LoadStatus.NONE)
        try:
            raw = read_regular_file(self.path, MAX_PROGRESS_BYTES)
        except FileTooLargeError:
            return self._set_aside(MSG_CORRUPT)
        except NotARegularFileError:
            return self._set_aside(MSG_NOT_A_FILE)
        except OSError as error:
            # No permission, a dangling link, a locked file: it may hold progress, so it is
            # never skipped and then overwritten.
            return self._set_aside(MSG_UNREADABLE, reason=error.strerror or type(error).__name__)
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return self._set_aside(MSG_CORRUPT)
        if isinstance(document, dict) and isinstance(document.get("version"), int):
            if document["version"] > PROGRESS_VERSION:
                return self._set_aside(MSG_NEWER)
        try:
            state = state_from_document(document)
        except ProgressError:
            return self._set_aside(MSG_CORRUPT)
        saved_at = document.get("saved_at")
        return LoadOutcome(
            LoadStatus.LOADED,
            state=state,
            saved_at=float(saved_at) if isinstance(saved_at, int | float) else None,
        )

    def forget(self) -> None:
        """Remove the progress file (part of "Vergeet opgeslagen gegevens")."""
        self.path.unlink(missing_ok=True)

    def _remove_leftover_temp_files(self) -> None:
        # A save cut short (power loss, a killed process) leaves its temporary file behind;
        # it was never the progress, so it can go.
        for leftover in self.folder.glob(f".{PROGRESS_FILE_NAME}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _set_aside(self, text: str, /, **arguments: str) -> LoadOutcome:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"voortgang-onleesbaar-{stamp}.json")
        number = 1
        while target.exists():  # two set-asides in one second must not overwrite each other
            number += 1
            target = self.path.with_name(f"voortgang-onleesbaar-{stamp}-{number}.json")
        try:
            self.path.replace(target)
        except OSError:
            self.protected = True
            notice = Message(CONTEXT, MSG_LEFT_AS_IS, (("name", self.path.name),))
            return LoadOutcome(LoadStatus.SET_ASIDE, notice=notice)
        notice = Message(CONTEXT, text, (("name", target.name), *arguments.items()))
        return LoadOutcome(LoadStatus.SET_ASIDE, notice=notice)
