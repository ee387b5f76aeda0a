"""The one contract every live check fulfils, and what each check is asked.

A check is an object with `package` and `run(request, cancel) -> CheckReport`. Its one rule for
failures: `run` never raises because the check could not run; the report then has no items and
the reason in `error` (verdict NOT_RUN). Setting `cancel` stops it from any thread; `run` then
raises CheckCancelled, because a stopped check has no report at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from wizard.core.model import AccountType, AfasEnvironment, Package

if TYPE_CHECKING:
    import threading

    from wizard.core.check_result import CheckReport
    from wizard.core.message import Message


class CheckCancelled(Exception):
    """The clerk stopped the check (or changed its input) before it finished."""


@dataclass(frozen=True)
class NmbrsCheckRequest:
    """One Nmbrs login, checked against the call list of its account type."""

    username: str
    token: str = field(repr=False)
    domain: str
    account_type: AccountType
    sandbox: bool = False


@dataclass(frozen=True)
class AfasCheckRequest:
    """One AFAS environment's App Connector, its connectors and the employer codes."""

    customer_number: str
    token: str = field(repr=False)
    token_version: str = "1"
    environment: AfasEnvironment = AfasEnvironment.PRODUCTION
    # The GetConnector ids to look for; None: the shipped list (compared only once confirmed).
    expected_connectors: tuple[str, ...] | None = None
    employer_codes: tuple[str, ...] = ()


_Request = TypeVar("_Request", contravariant=True)


class LiveCheck(Protocol[_Request]):
    """What the check pages and `python -m wizard check` call."""

    @property
    def package(self) -> Package: ...

    def run(self, request: _Request, cancel: threading.Event | None = None) -> CheckReport:
        """Check `request` live (blocking: call it off the GUI thread)."""
        ...


@dataclass(frozen=True)
class NotRunCheck:
    """A check that cannot start (e.g. the proxy setting is unusable): it reports why."""

    package: Package
    reason: Message

    def run(self, request: object, cancel: threading.Event | None = None) -> CheckReport:
        """A report with no items and the reason: verdict NOT_RUN."""
        del request, cancel
        # Lazy: check_result loads datetime, which the start page does not need.
        from wizard.core.check_result import CheckReport

        return CheckReport(package=self.package, error=self.reason)
