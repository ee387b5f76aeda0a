"""The support bundle ("Diagnose exporteren"): a ZIP a clerk can send to support.

It holds the redacted log, versions, the chosen path, check results and network settings,
and never a secret or an entered detail. `bundle_entries` builds every member first, so the
GUI can show the clerk what goes in (names and descriptions) before anything is written.
"""

from __future__ import annotations

import io
import json
import logging
import platform
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from wizard.core.atomic_file import write_atomic
from wizard.core.flow import path_steps, step_done
from wizard.core.manual import Manual, shipped_manual
from wizard.core.message import in_english
from wizard.core.model import WizardState
from wizard.core.paths import LoginPlace, check_subjects, login_place
from wizard.core.server_text import SecretScrubber, state_secrets
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.diagnostics_log import (
    describe_environment_proxies,
    log_files,
    redact_known_secrets,
    redact_text,
)
from wizard.services.network_settings import NetworkSettings, describe_proxy, proxy_host_port

CONTEXT = "SupportBundle"

LOG_FOLDER = "log"
VERSION_NAME = "versie.txt"
PATH_NAME = "pad.json"
CHECKS_NAME = "controle.json"
NETWORK_NAME = "netwerk.json"

DESCRIBE_LOG = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "The wizard's log: steps taken, check results and errors. Tokens, passwords and "
    "answers from Nmbrs or AFAS are left out.",
)
DESCRIBE_OLD_LOG = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "An older part of the wizard's log, with tokens and passwords left out as well.",
)
DESCRIBE_VERSION = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "The version of the wizard, of Python and Qt, and the operating system.",
)
DESCRIBE_PATH = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "The chosen package and account type, the current step and which steps are done. "
    "None of the details you entered.",
)
DESCRIBE_CHECKS = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "The results of the live checks per call or connector, and the number of companies "
    "found (not their names).",
)
DESCRIBE_NETWORK = QT_TRANSLATE_NOOP(
    "SupportBundle",
    "The network settings: proxy server and port (without user name or password), the "
    "addresses that skip the proxy, the timeouts and whether the sandbox is used.",
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BundleEntry:
    """One member of the ZIP.

    `description` is an English source text marked in the "SupportBundle" context; the GUI
    shows it translated next to `name` before the clerk confirms.
    """

    name: str
    description: str
    data: bytes = field(repr=False)


def _json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _log_entries(log_path: Path | None) -> list[BundleEntry]:
    if log_path is None:
        return []
    entries: list[BundleEntry] = []
    for number, path in enumerate(log_files(log_path)):
        try:
            raw = path.read_bytes()
        except OSError as error:
            _log.warning("Log file left out of the support bundle (%s)", type(error).__name__)
            continue
        # Redacted again on the way in: a secret registered after it was logged, or a line
        # written by an older version, is caught here.
        text = redact_text(raw.decode("utf-8", errors="replace"))
        entries.append(
            BundleEntry(
                name=f"{LOG_FOLDER}/{path.name}",
                description=DESCRIBE_LOG if number == 0 else DESCRIBE_OLD_LOG,
                data=text.encode("utf-8"),
            )
        )
    return entries


def _version_entry(version: str, qt_version: str | None, now: datetime) -> BundleEntry:
    frozen = "yes" if getattr(sys, "frozen", False) else "no"
    # No host name or user name: platform.platform() gives neither.
    lines = [
        f"Salariskoppeling Wizard {version}",
        f"Created: {now.isoformat(timespec='seconds')}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qt_version or 'unknown'}",
        f"OS: {platform.system()} {platform.release()} ({platform.version()})",
        f"Platform: {platform.platform()}",
        f"Machine: {platform.machine()}",
        f"Frozen build: {frozen}",
    ]
    return BundleEntry(VERSION_NAME, DESCRIBE_VERSION, ("\n".join(lines) + "\n").encode("utf-8"))


def _path_entry(state: WizardState, manual: Manual) -> BundleEntry:
    steps = [
        {
            "step": step.name,
            "id": int(step),
            "done": step_done(step, state, manual),
            "current": step is state.current_step,
        }
        for step in path_steps(state)
    ]
    document: dict[str, Any] = {
        "package": state.package.value if state.package else None,
        "account_type": state.account_type.value if state.account_type else None,
        "current_step": state.current_step.name,
        "language": state.language,
        "steps": steps,
    }
    if login_place(state) is LoginPlace.EMPLOYERS:
        # A count helps support; the employers' names and logins stay out.
        document["employer_count"] = len(state.employers)
    return BundleEntry(PATH_NAME, DESCRIBE_PATH, _json_bytes(document))


def _checks_entry(state: WizardState) -> BundleEntry:
    # Logins (e-mail addresses) and customer numbers identify people and clients: runs are
    # numbered instead, with a flag for whether they belong to the path chosen now.
    subjects = set(check_subjects(state))
    # Every text below may hold a server's words: the clerk's tokens, even in part, come out.
    scrub = SecretScrubber(state_secrets(state)).scrub
    # Messages in English, the source language: support reads them whatever the clerk chose.
    runs = [
        {
            "run": number,
            "on_current_path": run.subject in subjects,
            "finished_at": run.finished_at.isoformat(timespec="seconds"),
            "package": run.report.package,
            "ok": run.report.ok,
            "environment": scrub(run.report.environment) if run.report.environment else None,
            "error": (
                scrub(redact_text(run.report.error.shown(in_english))) if run.report.error else None
            ),
            "checks": [
                {
                    "service": scrub(redact_text(item.service)),
                    "name": scrub(redact_text(item.name)),
                    "status": item.status.value,
                    "message": scrub(redact_text(item.message.shown(in_english))),
                }
                for item in run.report.checks
            ],
            "company_count": len(run.report.companies),
            "missing_connectors": [scrub(name) for name in run.report.missing_connectors],
        }
        for number, run in enumerate(state.check_runs, start=1)
    ]
    return BundleEntry(CHECKS_NAME, DESCRIBE_CHECKS, _json_bytes({"runs": runs}))


def _network_entry(state: WizardState, settings: NetworkSettings) -> BundleEntry:
    environment = describe_environment_proxies()
    no_proxy = environment.pop("NO_PROXY", "")
    document: dict[str, Any] = {
        "proxy": proxy_host_port(settings.proxy_url) if settings.proxy_url else "environment",
        # What https requests really use: the wizard's proxy, or the environment's and
        # system's (None means direct). Only host and port, never credentials.
        "https_proxy_in_use": describe_proxy(settings),
        "environment_proxies": environment,
        "no_proxy": [host for host in no_proxy.split(",") if host],
        "connect_timeout": settings.connect_timeout,
        "read_timeout": settings.read_timeout,
        "request_deadline": settings.request_deadline,
        "check_deadline": settings.check_deadline,
        "max_response_bytes": settings.max_response_bytes,
        "sandbox": state.sandbox,
    }
    return BundleEntry(NETWORK_NAME, DESCRIBE_NETWORK, _json_bytes(document))


def bundle_entries(
    state: WizardState,
    *,
    log_path: Path | None,
    network_settings: NetworkSettings,
    version: str,
    now: datetime,
    qt_version: str | None = None,
    manual: Manual | None = None,
) -> list[BundleEntry]:
    """Everything the support bundle will hold, in order, ready to show and then write.

    Args:
        state: the wizard's state; only choices, step progress and check results are used.
        log_path: the current log file from configure_logging; None or a missing file means
            no log entries. Rotated files next to it are included too.
        network_settings: the settings the live checks use.
        version: the program version (wizard.__version__).
        now: the creation time written in versie.txt.
        qt_version: the Qt version as text; the GUI passes it, since services know no Qt.
        manual: the manual that decides when a step is done; the shipped one by default.
    """
    entries = [
        *_log_entries(log_path),
        _version_entry(version, qt_version, now),
        _path_entry(state, manual or shipped_manual()),
        _checks_entry(state),
        _network_entry(state, network_settings),
    ]
    # Last line of defence: whatever a member holds, no registered secret leaves the PC.
    return [
        BundleEntry(
            entry.name,
            entry.description,
            redact_known_secrets(entry.data.decode("utf-8")).encode("utf-8"),
        )
        for entry in entries
    ]


def bundle_zip_bytes(entries: list[BundleEntry]) -> bytes:
    """The ZIP archive of `entries`, built in memory."""
    names = [entry.name for entry in entries]
    if len(set(names)) != len(names):
        raise ValueError("support bundle entries must have unique names")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            archive.writestr(entry.name, entry.data)
    return buffer.getvalue()


def write_support_bundle(path: Path, entries: list[BundleEntry]) -> None:
    """Write the ZIP of `entries` to `path` at once, or not at all.

    Raises:
        OSError: the folder is missing or read-only, the disk is full, and so on. No partial
            file is left behind, and an existing file at `path` is untouched.
    """
    write_atomic(path, bundle_zip_bytes(entries))
