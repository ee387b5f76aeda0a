"""Outcomes of a live check: pass or fail per call or connector, never the data itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from wizard.core.message import NO_MESSAGE, Message, Translate, in_english
from wizard.core.model import Package


class CallStatus(StrEnum):
    """What a probed Nmbrs call or AFAS connector turned out to be."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    NO_DATA_ACCESS = "no_data_access"
    AUTH_FAILED = "auth_failed"
    ERROR = "error"
    # Could not be judged: e.g. the AFAS connectors while a.s.r.'s list is not known. Neutral.
    NOT_CHECKED = "not_checked"


class Verdict(StrEnum):
    """What a whole check came to. Only PROBLEMS reports a failure, and only an observed one."""

    PASSED = "passed"
    PROBLEMS = "problems"
    # The check could not run (network, proxy, TLS, input): nothing was learned.
    NOT_RUN = "not_run"
    # The check ran, but part of it could not be judged; nothing failed.
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class CheckItem:
    """The result for one call (Nmbrs) or one connector (AFAS).

    `message` is for people and must never hold personal data or a secret. It stays a
    Message until shown, so a language switch shows it again in the new language.
    """

    service: str
    name: str
    status: CallStatus
    message: Message = NO_MESSAGE

    def __post_init__(self) -> None:
        if isinstance(self.message, str):
            # Plain text (a test, an older caller) is shown as it was written.
            object.__setattr__(self, "message", Message.as_written(self.message))


@dataclass
class CheckReport:
    """A whole live check, in the shape of `python -m wizard check --json`."""

    package: Package
    ok: bool = False
    checks: list[CheckItem] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    missing_connectors: list[str] = field(default_factory=list)
    environment: str | None = None
    # The day the AFAS token expires, when /metainfo says so.
    token_expiry: date | None = None
    # Why the check could not run (network, bad arguments) or could not judge everything
    # (a NOT_CHECKED item): exit code 2.
    error: Message | None = None
    # Nmbrs: the domain Nmbrs says the login belongs to, when it is not the one entered.
    suggested_domain: str | None = None

    def __post_init__(self) -> None:
        # The verdict compares with `is`: a plain "nmbrs" would quietly judge another way.
        if self.package not in Package:
            raise TypeError(f"package must be a Package, not {self.package!r}")
        if isinstance(self.error, str):
            # Plain text (a test, an older caller) is shown as it was written.
            self.error = Message.as_written(self.error)

    @property
    def verdict(self) -> Verdict:
        """Passed, problems found, not run, or not (completely) checked."""
        if self.ok:
            return Verdict.PASSED
        judged = (CallStatus.ACTIVE, CallStatus.NOT_CHECKED)
        if any(item.status not in judged for item in self.checks):
            return Verdict.PROBLEMS
        if (
            self.package is Package.NMBRS
            and self.error is None
            and self.checks
            and not self.companies
        ):
            # A login that sees no company at all was observed: the filter or tag is wrong.
            return Verdict.PROBLEMS
        if any(item.status is CallStatus.NOT_CHECKED for item in self.checks):
            return Verdict.NOT_CHECKED
        if self.error is not None:
            return Verdict.NOT_RUN
        return Verdict.PROBLEMS

    def to_json_dict(self, translate: Translate = in_english) -> dict[str, Any]:
        """The documented JSON object of the check command, its texts shown with `translate`."""
        return {
            "ok": self.ok,
            "package": self.package,
            "checks": [
                {
                    "service": item.service,
                    "name": item.name,
                    "status": item.status.value,
                    "message": item.message.shown(translate),
                }
                for item in self.checks
            ],
            "companies": list(self.companies),
            "missing_connectors": list(self.missing_connectors),
            "environment": self.environment,
            "token_expiry": self.token_expiry.isoformat() if self.token_expiry else None,
            "error": self.error.shown(translate) if self.error is not None else None,
        }


# A token that expires within this many days gets a warning: time to make a new one.
TOKEN_EXPIRY_WARNING_DAYS = 60


def expiry_is_near(expiry: date | None, today: date) -> bool:
    """True when `expiry` is less than TOKEN_EXPIRY_WARNING_DAYS days after `today`."""
    return expiry is not None and (expiry - today).days < TOKEN_EXPIRY_WARNING_DAYS


@dataclass
class CheckRun:
    """The last live check of one login (Nmbrs username) or environment (AFAS customer number)."""

    subject: str
    report: CheckReport
    finished_at: datetime
