"""Outcomes of a live check: pass or fail per call or connector, never the data itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class CallStatus(StrEnum):
    """What a probed Nmbrs call or AFAS connector turned out to be."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    NO_DATA_ACCESS = "no_data_access"
    AUTH_FAILED = "auth_failed"
    ERROR = "error"


@dataclass(frozen=True)
class CheckItem:
    """The result for one call (Nmbrs) or one connector (AFAS).

    `message` is for people and must never hold personal data or a secret.
    """

    service: str
    name: str
    status: CallStatus
    message: str = ""


@dataclass
class CheckReport:
    """A whole live check, in the shape of `python -m wizard check --json`."""

    package: str
    ok: bool = False
    checks: list[CheckItem] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    missing_connectors: list[str] = field(default_factory=list)
    environment: str | None = None
    # Set when the check could not run at all (network, bad arguments): exit code 2.
    error: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The documented JSON object of the check command."""
        return {
            "ok": self.ok,
            "package": self.package,
            "checks": [
                {
                    "service": item.service,
                    "name": item.name,
                    "status": item.status.value,
                    "message": item.message,
                }
                for item in self.checks
            ],
            "companies": list(self.companies),
            "missing_connectors": list(self.missing_connectors),
            "environment": self.environment,
        }


@dataclass
class CheckRun:
    """The last live check of one login (Nmbrs username) or environment (AFAS customer number)."""

    subject: str
    report: CheckReport
    finished_at: datetime
