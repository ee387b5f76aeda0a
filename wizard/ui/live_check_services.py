"""What the check pages call: the real services, with endpoints and settings injected."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.translation import tr

if TYPE_CHECKING:
    # Annotations only: the wizard creates this object before its window first shows.
    import threading
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from wizard.core.check_result import CheckReport, CheckRun
    from wizard.core.model import AccountType, AfasEnvironment, WizardState
    from wizard.services.network_settings import NetworkSettings
    from wizard.services.registration_recheck import RecheckLogin, RecheckResult


@dataclass(frozen=True)
class LiveCheckServices:
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
        # The network stack is imported when a check runs, not when the window opens.
        from wizard.services.network_settings import NetworkSettings

        chosen = {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "request_deadline": self.request_deadline,
            "check_deadline": self.check_deadline,
        }
        timeouts = {name: seconds for name, seconds in chosen.items() if seconds is not None}
        return NetworkSettings(proxy_url=proxy_url or None, **timeouts)

    def check_nmbrs(
        self,
        username: str,
        token: str,
        domain: str,
        account_type: AccountType,
        *,
        sandbox: bool,
        proxy_url: str,
        cancel: threading.Event | None = None,
    ) -> CheckReport:
        """Probe every required Nmbrs call for one login (blocking; run it in a worker)."""
        from wizard.services.nmbrs_probe import run_nmbrs_check

        return run_nmbrs_check(
            username,
            token,
            domain,
            account_type,
            self.settings(proxy_url),
            sandbox=sandbox,
            endpoint=self.nmbrs_endpoint,
            wsdl_cache_dir=self.wsdl_cache_dir,
            cancel=cancel,
            translate=tr,
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
        from wizard.core.model import Package
        from wizard.services.registration_recheck import recheck

        afas = state.package is Package.AFAS
        return recheck(
            state,
            logins,
            self.settings(proxy_url),
            sandbox=sandbox,
            endpoint=self.afas_endpoint if afas else self.nmbrs_endpoint,
            wsdl_cache_dir=self.wsdl_cache_dir,
            connector_list=self.afas_connector_list,
            translate=tr,
            cancel=cancel,
            progress=progress,
        )

    def check_afas(
        self,
        customer_number: str,
        token: str,
        token_version: str,
        environment: AfasEnvironment,
        expected_connectors: list[str] | None,
        employer_codes: list[str],
        *,
        proxy_url: str,
    ) -> CheckReport:
        """Check the AFAS token and the assigned connectors (blocking; run it in a worker).

        A check that could not run comes back as a report with only its reason in `error`, so
        the page, summary, PDF and file can all say it did not run.
        """
        from wizard.core.check_result import CheckReport
        from wizard.services.afas_check import PACKAGE
        from wizard.services.network_errors import CheckFailed

        try:
            return self._check_afas(
                customer_number,
                token,
                token_version,
                environment,
                expected_connectors,
                employer_codes,
                proxy_url=proxy_url,
            )
        except CheckFailed as failure:
            return CheckReport(package=PACKAGE, error=failure.render(tr))

    def _check_afas(
        self,
        customer_number: str,
        token: str,
        token_version: str,
        environment: AfasEnvironment,
        expected_connectors: list[str] | None,
        employer_codes: list[str],
        *,
        proxy_url: str,
    ) -> CheckReport:
        from wizard.services.afas_check import check_afas

        return check_afas(
            customer_number,
            token,
            self.settings(proxy_url),
            environment=environment,
            token_version=token_version,
            expected_connectors=expected_connectors,
            connector_list=self.afas_connector_list,
            employer_codes=employer_codes,
            endpoint=self.afas_endpoint,
            translate=tr,
        )
