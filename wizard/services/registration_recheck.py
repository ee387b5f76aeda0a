"""Check a saved registration again: every login in it, on any path, with tokens found where
they are kept (the file, else secure storage, else what the caller supplies for a single login).

Shared by `python -m wizard check --registration` and the start page's re-check.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core.check_fixes import combined_check
from wizard.core.check_result import CheckReport, CheckRun
from wizard.core.login_check_summary import path_logins
from wizard.core.message import Message, Translate, in_english
from wizard.core.model import AccountType, Package, WizardState
from wizard.core.paths import LoginPlace, login_place
from wizard.core.registration_file import (
    MSG_READ_ONLY,
    MSG_WRITE_FAILED,
    ImportedRegistration,
    RegistrationError,
    RegistrationWriteError,
    export_registration,
)
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.secret_store import SecretStore, SecretStoreError

if TYPE_CHECKING:
    # Only named in annotations here: the employers step imports this module when the clerk
    # clicks "check every employer", and httpx and asyncio would hold the window for a while.
    from wizard.services.network_settings import NetworkSettings


CONTEXT = "RegistrationRecheck"
MSG_UNKNOWN_CHECK = QT_TRANSLATE_NOOP(
    "RegistrationRecheck",
    "The re-check of a saved file cannot run this path's live check yet: run the live check in "
    "the wizard instead.",
)


class TokenSource(StrEnum):
    """Where a login's token came from."""

    FILE = "file"
    SECURE_STORAGE = "secure_storage"
    SUPPLIED = "supplied"  # the environment or standard input, for a single login


@dataclass
class RecheckLogin:
    """One login of the registration, with its token when one was found."""

    subject: str
    label: str
    token: str | None = field(default=None, repr=False)
    token_source: TokenSource | None = None
    # AFAS only: the token version stored with the token.
    token_version: str = "1"
    # True when secure storage could not be read (locked, missing) while looking for the token.
    storage_unreadable: bool = False


def find_tokens(
    state: WizardState,
    *,
    tokens_in_file: bool,
    secrets: SecretStore | None,
    supplied: Callable[[], str | None] | None = None,
) -> list[RecheckLogin]:
    """Every login of `state` with its token: from the file, else secure storage, else (only
    when the registration has one login) from `supplied`, asked for only then."""
    logins = [RecheckLogin(subject, label) for subject, label in path_logins(state)]
    in_file = _file_tokens(state) if tokens_in_file else {}
    for login in logins:
        token = in_file.get(login.subject)
        if token:
            login.token, login.token_source = token, TokenSource.FILE
            # Only an AFAS token has a version.
            if state.package is Package.AFAS:
                login.token_version = state.afas.token_version or "1"
            continue
        if secrets is not None:
            _from_secure_storage(login, state, secrets)
    if len(logins) == 1 and logins[0].token is None and supplied is not None:
        token = supplied()
        if token:
            logins[0].token, logins[0].token_source = token, TokenSource.SUPPLIED
            # Only an AFAS token has a version.
            if state.package is Package.AFAS:
                logins[0].token_version = state.afas.token_version or "1"
    return logins


def _file_tokens(state: WizardState) -> dict[str, str]:
    logins = login_place(state)
    if logins is LoginPlace.AFAS_FORM:
        return {state.afas.customer_number: state.afas.data_token}
    if logins is LoginPlace.EMPLOYERS:
        return {employer.username: employer.token for employer in state.employers}
    return {state.nmbrs.username: state.nmbrs.token}


def _from_secure_storage(login: RecheckLogin, state: WizardState, secrets: SecretStore) -> None:
    try:
        # The keyring keeps AFAS tokens with their version, Nmbrs tokens by username.
        if state.package is Package.AFAS:
            stored = secrets.load_afas_token(login.subject)
            if stored is not None:
                login.token, login.token_version = stored.token, stored.version or "1"
        else:
            login.token = secrets.load_nmbrs_token(login.subject)
    except SecretStoreError:
        # Locked or missing secure storage: the login has no token, and the clerk is told why.
        login.token = None
        login.storage_unreadable = True
    if login.token:
        login.token_source = TokenSource.SECURE_STORAGE


def _domain_of(state: WizardState, username: str) -> str:
    if login_place(state) is LoginPlace.EMPLOYERS:
        return next((e.domain for e in state.employers if e.username == username), "")
    return state.nmbrs.domain


def record_runs(
    path: Path, imported: ImportedRegistration, translate: Translate = in_english
) -> RegistrationError | None:
    """Write the state's check runs back into the registration file it came from, with their
    dates (section controle_per_login, and controle), their messages in the language
    `translate` gives; why not, when that failed.

    The file keeps its tokens, or keeps leaving them out, as it did; the entry of a login that
    was not checked again stays as it was. A read-only file is left alone.
    """
    state = imported.state
    combined = combined_check(state)
    check, check_time = combined if combined else (imported.check, imported.check_time)
    if _read_only(path):
        return RegistrationWriteError(MSG_READ_ONLY, path=str(path))
    try:
        export_registration(
            path,
            state,
            include_tokens=not imported.tokens_left_out,
            check=check,
            check_time=check_time,
            now=imported.made_at,
            version=imported.version,
            translate=translate,
            earlier_login_checks=imported.login_checks,
        )
    except RegistrationError as error:
        return error
    except ValueError as error:
        return RegistrationWriteError(MSG_WRITE_FAILED, path=str(path), reason=str(error))
    return None


def _read_only(path: Path) -> bool:
    # The mode, not os.access: an administrator may write anywhere, but a file the clerk made
    # read-only must not be replaced (the atomic rename would do so without asking).
    try:
        return not path.stat().st_mode & stat.S_IWUSR
    except OSError:
        return False


@dataclass
class RecheckResult:
    """The runs of the logins that were checked (by subject); `stopped` when cancelled."""

    runs: dict[str, CheckRun] = field(default_factory=dict)
    stopped: bool = False


def recheck(
    state: WizardState,
    logins: Sequence[RecheckLogin],
    settings: NetworkSettings,
    *,
    sandbox: bool = False,
    endpoint: str | None = None,
    wsdl_cache_dir: Path | None = None,
    connector_list: Path | None = None,
    expected_connectors: Sequence[str] | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[str, bool, CheckRun | None], None] | None = None,
) -> RecheckResult:
    """Check every login that has a token; blocking, so call it off the GUI thread.

    `progress(subject, started, run)` is called from the worker as each login starts and ends.
    """
    with_token = [login for login in logins if login.token]
    # A path registered later has a check of its own this re-check does not know: it says so,
    # and never sends that path's token to Nmbrs.
    if state.package is not None and state.package not in (Package.NMBRS, Package.AFAS):
        return _not_run_here(state.package, with_token)
    # The re-check runs the one check of the file's package, each in its own way.
    if state.package is Package.AFAS:
        return _recheck_afas(
            state,
            with_token,
            settings,
            endpoint=endpoint,
            connector_list=connector_list,
            expected_connectors=expected_connectors,
            progress=progress,
            cancel=cancel,
        )
    # Lazy: zeep and lxml load only for Nmbrs, on the worker.
    from wizard.services.nmbrs.batch import BatchLogin, run_batch

    batch = [
        BatchLogin(login.subject, login.token or "", _domain_of(state, login.subject))
        for login in with_token
    ]

    def by_subject(index: int, started: bool, run: CheckRun | None) -> None:
        if progress is not None:
            progress(batch[index].subject, started, run)

    result = run_batch(
        batch,
        state.account_type or AccountType.UMBRELLA,
        settings,
        cancel=cancel,
        sandbox=sandbox,
        endpoint=endpoint,
        wsdl_cache_dir=wsdl_cache_dir,
        progress=by_subject,
    )
    return RecheckResult(
        {batch[index].subject: run for index, run in result.runs.items()}, result.stopped
    )


def _not_run_here(package: Package, logins: Sequence[RecheckLogin]) -> RecheckResult:
    now = datetime.now().astimezone()
    report = CheckReport(package=package, error=Message(CONTEXT, MSG_UNKNOWN_CHECK))
    return RecheckResult({login.subject: CheckRun(login.subject, report, now) for login in logins})


def _recheck_afas(
    state: WizardState,
    logins: Sequence[RecheckLogin],
    settings: NetworkSettings,
    *,
    endpoint: str | None,
    connector_list: Path | None,
    expected_connectors: Sequence[str] | None,
    progress: Callable[[str, bool, CheckRun | None], None] | None,
    cancel: threading.Event | None = None,
) -> RecheckResult:
    """Each login in turn; once `cancel` is set, none starts and a run that ends is dropped
    (as the Nmbrs batch does: no row changes after the clerk stopped)."""
    # Lazy: httpx loads on the worker, when the check runs.
    from wizard.services.afas.check import PACKAGE, check_afas
    from wizard.services.network_errors import CheckFailed

    result = RecheckResult()
    for login in logins:
        if cancel is not None and cancel.is_set():
            result.stopped = True
            break
        if progress is not None:
            progress(login.subject, True, None)
        try:
            report = check_afas(
                login.subject,
                login.token or "",
                settings,
                environment=state.afas.environment,
                token_version=login.token_version,
                expected_connectors=expected_connectors,
                connector_list=connector_list,
                employer_codes=state.afas.employer_codes,
                endpoint=endpoint,
            )
        except CheckFailed as failure:
            report = CheckReport(package=PACKAGE, error=failure.message)
        if cancel is not None and cancel.is_set():
            result.stopped = True
            break
        run = CheckRun(login.subject, report, datetime.now().astimezone())
        result.runs[login.subject] = run
        if progress is not None:
            progress(login.subject, False, run)
    return result
