"""Live check of an Nmbrs login: credentials, the companies it sees, and every required call.

Only read operations from the manual's list (plus Environment_Get and EmployeeType_GetList) are
called, in three concurrent rounds (see nmbrs_probe). Answers are dropped at once: only ids are
read from them, and the report holds call, status and message.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from wizard.core.check_result import CallStatus, CheckReport
from wizard.core.field_rules import check_field
from wizard.core.live_check import NmbrsCheckRequest
from wizard.core.manual import shipped_manual
from wizard.core.message import Message
from wizard.core.model import AccountType, Package
from wizard.core.server_text import report_without_secrets
from wizard.services.network_deadline import run_stoppable, within_check_deadline
from wizard.services.network_errors import CheckFailed
from wizard.services.network_settings import NetworkSettings, make_async_client, uses_proxy
from wizard.services.nmbrs.nmbrs_probe import NmbrsProbe, services_used
from wizard.services.nmbrs.soap_client import NmbrsLogin
from wizard.services.nmbrs.soap_services import (
    PRODUCTION_BASE,
    SANDBOX_BASE,
    load_services,
    service_base,
)
from wizard.services.nmbrs.texts import MSG_INPUT_MISSING, path_texts
from wizard.services.nmbrs.wsdl_cache import WsdlCache, default_cache_dir

__all__ = [
    "PRODUCTION_BASE",
    "SANDBOX_BASE",
    "NmbrsCheck",
    "check_nmbrs",
    "run_nmbrs_check",
    "service_base",
]

_log = logging.getLogger(__name__)


def _clean_login(username: str, token: str, domain: str) -> NmbrsLogin | None:
    cleaned_user = check_field("required", username)
    cleaned_token = check_field("nmbrs_token", token)
    cleaned_domain = check_field("nmbrs_domain", domain)
    if not (cleaned_user.ok and cleaned_token.ok and cleaned_domain.ok):
        return None
    return NmbrsLogin(cleaned_user.value, cleaned_token.value, cleaned_domain.value)


async def check_nmbrs(
    username: str,
    token: str,
    domain: str,
    account_type: AccountType,
    settings: NetworkSettings,
    *,
    sandbox: bool = False,
    endpoint: str | None = None,
    wsdl_cache_dir: Path | None = None,
    request_limit: asyncio.Semaphore | None = None,
) -> CheckReport:
    """Check an Nmbrs login live against the call list of `account_type`.

    `endpoint` replaces https://api.nmbrs.nl/soap/v3 (loopback addresses only, for tests and
    fakes); `sandbox` uses api-sandbox.nmbrs.nl. WSDLs are cached in `wsdl_cache_dir` (a per-user
    cache folder by default) for a week. Problems that stop the whole check (network, refused
    address, incomplete input, `settings.check_deadline` passed) end up in `report.error`;
    everything else in `report.checks`.
    Cancelling the task stops every call in flight. `request_limit`, shared by the checks of
    a batch, bounds the SOAP requests in flight across all of them.
    """
    report = CheckReport(package=Package.NMBRS)
    login = _clean_login(username, token, domain)
    if login is None:
        report.error = Message("NmbrsCheck", MSG_INPUT_MISSING)
        return report
    try:
        base = service_base(sandbox=sandbox, endpoint=endpoint)
    except CheckFailed as failure:
        report.error = failure.message
        return report
    try:
        report = await within_check_deadline(
            _probe(login, account_type, settings, base, wsdl_cache_dir, request_limit),
            settings.check_deadline,
        )
    except CheckFailed as failure:
        report.error = failure.message
        return report_without_secrets(report, (token, login.token))
    active = sum(item.status is CallStatus.ACTIVE for item in report.checks)
    _log.info(
        "Nmbrs check (%s): %d of %d calls active, %d companies, ok=%s",
        account_type.value,
        active,
        len(report.checks),
        len(report.companies),
        report.ok,
    )
    # Company names, fault texts and the suggested domain are the server's words.
    return report_without_secrets(report, (token, login.token))


async def _probe(
    login: NmbrsLogin,
    account_type: AccountType,
    settings: NetworkSettings,
    base: str,
    wsdl_cache_dir: Path | None,
    request_limit: asyncio.Semaphore | None = None,
) -> CheckReport:
    """Fetch the WSDLs and run the three rounds; raises CheckFailed when nothing can run."""
    through_proxy = uses_proxy(settings, base)
    cache = WsdlCache(wsdl_cache_dir or default_cache_dir())
    calls = shipped_manual().calls[account_type]
    async with make_async_client(settings) as http:
        services = await load_services(
            base,
            http,
            cache,
            through_proxy=through_proxy,
            services=services_used(calls),
            request_limit=request_limit,
        )
        probe = NmbrsProbe(
            login,
            path_texts(account_type),
            services.clients,
            through_proxy=through_proxy,
            unavailable=services.unavailable,
        )
        return await probe.run(calls)


def run_nmbrs_check(
    username: str,
    token: str,
    domain: str,
    account_type: AccountType,
    settings: NetworkSettings,
    *,
    sandbox: bool = False,
    endpoint: str | None = None,
    wsdl_cache_dir: Path | None = None,
    cancel: threading.Event | None = None,
) -> CheckReport:
    """`check_nmbrs` for a worker thread: runs its own event loop.

    Setting `cancel` (from any thread) stops the check; it then raises CheckCancelled.
    """
    job = check_nmbrs(
        username,
        token,
        domain,
        account_type,
        settings,
        sandbox=sandbox,
        endpoint=endpoint,
        wsdl_cache_dir=wsdl_cache_dir,
    )
    report = run_stoppable(job, cancel)
    # Again here, so an early "could not run" text is covered too (scrubbing twice is harmless).
    return report_without_secrets(report, (token,))


@dataclass(frozen=True)
class NmbrsCheck:
    """The Nmbrs check under the live-check contract (wizard.core.live_check)."""

    settings: NetworkSettings
    # Replaces the Nmbrs address (loopback only, for tests and fakes).
    endpoint: str | None = None
    wsdl_cache_dir: Path | None = None

    @property
    def package(self) -> Package:
        return Package.NMBRS

    def run(self, request: NmbrsCheckRequest, cancel: threading.Event | None = None) -> CheckReport:
        """Check one login; a check that could not run is a report with only `error`."""
        return run_nmbrs_check(
            request.username,
            request.token,
            request.domain,
            request.account_type,
            self.settings,
            sandbox=request.sandbox,
            endpoint=self.endpoint,
            wsdl_cache_dir=self.wsdl_cache_dir,
            cancel=cancel,
        )
