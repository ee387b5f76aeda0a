"""How the live checks are set up: endpoints, timeouts and caches injected; builds each check.

Created before the window first shows, so it loads nothing of the checks themselves; the
shipped checks are registered by wizard.ui.shipped_checks, with the check pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.core.message import Message
from wizard.core.model import Package

if TYPE_CHECKING:
    # Annotations only: the wizard creates this object before its window first shows.
    import threading
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from wizard.core.check_result import CheckRun
    from wizard.core.live_check import AfasCheckRequest, LiveCheck, NmbrsCheckRequest
    from wizard.core.model import WizardState
    from wizard.services.network_settings import NetworkSettings
    from wizard.services.registration_recheck import RecheckLogin, RecheckResult


@dataclass(frozen=True)
class LiveCheckConfig:
    """Endpoints are None in production; tests point them at loopback fakes."""

    nmbrs_endpoint: str | None = None
    afas_endpoint: str | None = None
    # The expected AFAS connectors' data file; None is the one under resources/.
    afas_connector_list: Path | None = None
    wsdl_cache_dir: Path | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None
    request_deadline: float | None = None
    check_deadline: float | None = None

    def settings(self, proxy_url: str) -> NetworkSettings:
        """Network settings with the proxy the clerk entered (empty: from the environment)."""
        # Lazy: the network stack loads when a check runs, not before the first paint.
        from wizard.services.network_settings import NetworkSettings

        chosen = {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "request_deadline": self.request_deadline,
            "check_deadline": self.check_deadline,
        }
        timeouts = {name: seconds for name, seconds in chosen.items() if seconds is not None}
        return NetworkSettings(proxy_url=proxy_url or None, **timeouts)

    def nmbrs_check(self, proxy_url: str) -> LiveCheck[NmbrsCheckRequest]:
        """The Nmbrs check (build and run it in a worker)."""
        # Lazy: zeep, lxml and httpx load on the worker, when the check runs.
        from wizard.core.live_check import NotRunCheck
        from wizard.services.nmbrs.check import NmbrsCheck

        settings = self._settings_or_reason(proxy_url)
        if isinstance(settings, Message):
            return NotRunCheck(Package.NMBRS, settings)
        return NmbrsCheck(
            settings, endpoint=self.nmbrs_endpoint, wsdl_cache_dir=self.wsdl_cache_dir
        )

    def afas_check(self, proxy_url: str) -> LiveCheck[AfasCheckRequest]:
        """The AFAS check (build and run it in a worker)."""
        # Lazy: httpx loads on the worker, when the check runs.
        from wizard.core.live_check import NotRunCheck
        from wizard.services.afas.check import AfasCheck

        settings = self._settings_or_reason(proxy_url)
        if isinstance(settings, Message):
            return NotRunCheck(Package.AFAS, settings)
        return AfasCheck(
            settings,
            endpoint=self.afas_endpoint,
            connector_list=self.afas_connector_list,
        )

    def recheck(
        self,
        state: WizardState,
        logins: Sequence[RecheckLogin],
        *,
        sandbox: bool,
        proxy_url: str,
        cancel: threading.Event | None = None,
        progress: Callable[[str, bool, CheckRun | None], None] | None = None,
    ) -> RecheckResult:
        """Check many logins at once, bounded (blocking; run it in a worker)."""
        # Lazy: the re-check service loads on the worker, when the check runs.
        from wizard.services.registration_recheck import recheck

        # The re-check of a saved file runs the one check of its package.
        afas = state.package is Package.AFAS
        return recheck(
            state,
            logins,
            self.settings(proxy_url),
            sandbox=sandbox,
            endpoint=self.afas_endpoint if afas else self.nmbrs_endpoint,
            wsdl_cache_dir=self.wsdl_cache_dir,
            connector_list=self.afas_connector_list,
            cancel=cancel,
            progress=progress,
        )

    def _settings_or_reason(self, proxy_url: str) -> NetworkSettings | Message:
        """The settings, or why they are unusable (then the check reports it did not run)."""
        # Lazy: network_errors loads httpx, when a check runs.
        from wizard.services.network_errors import CheckFailed

        try:
            return self.settings(proxy_url)
        except CheckFailed as failure:
            return failure.message
