"""The Nmbrs probe's three rounds of concurrent calls, and the report they add up to.

  A. Environment_Get (plain AuthHeader) with List_GetAll and EmployeeType_GetList;
  B. company-level calls, List_GetByCompany, Run_GetList and calls that need no employee;
  C. employee-level calls and report calls that need a payroll run.
So a check takes about three round trips, not one per call.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.manual import NmbrsCall
from wizard.core.message import Message
from wizard.core.model import Package
from wizard.services.network_errors import CheckFailed
from wizard.services.nmbrs.outcomes import (
    NOT_CHECKED_STATUS,
    CallOutcome,
    outcome_for_missing_service,
    probe_call,
)
from wizard.services.nmbrs.probe_facts import (
    COMPANY,
    EMPLOYEE_TYPE,
    LATE_KINDS,
    YEAR,
    NotTestable,
    ProbeFacts,
    company_list,
    fill_arguments,
    first_id,
    first_run,
    id_list,
    parameter_kinds,
    period_of,
    subdomain_of,
)
from wizard.services.nmbrs.soap_client import NmbrsLogin, NmbrsService
from wizard.services.nmbrs.texts import (
    MSG_GUESS_REFUSED,
    MSG_NOT_OFFERED,
    MSG_NOT_TESTED_LOGIN,
    MSG_WRONG_DOMAIN,
    MSG_WRONG_DOMAIN_SUGGESTION,
    PathTexts,
    nmbrs_message,
)

# Employees and runs are looked for in this many companies (in one round trip), so one empty
# or dormant company does not leave the employee calls untested.
CANDIDATE_COMPANIES = 3
MAX_EMPLOYEE_TYPES = 2

_COMPANIES = ("CompanyService", "List_GetAll")
_ENVIRONMENT = ("DebtorService", "Environment_Get")
_EMPLOYEE_TYPES = ("EmployeeService", "EmployeeType_GetList")
_EMPLOYEES = ("EmployeeService", "List_GetByCompany")
_RUNS = ("CompanyService", "Run_GetList")
_PERIOD = ("CompanyService", "Company_GetCurrentPeriod")
# Calls whose answers the probe reads; each is made by the round that needs it.
_SOURCES = frozenset({_COMPANIES, _EMPLOYEES, _RUNS, _PERIOD})
# Calls the probe makes for its own sake, whatever the path's list holds.
HELPER_CALLS = (_ENVIRONMENT, _COMPANIES, _EMPLOYEE_TYPES, _EMPLOYEES, _RUNS, _PERIOD)

_log = logging.getLogger(__name__)


def services_used(calls: Sequence[NmbrsCall]) -> frozenset[str]:
    """The services whose WSDL a probe of `calls` needs: those of the calls and the helpers."""
    return frozenset(call.service for call in calls) | {service for service, _ in HELPER_CALLS}


class NmbrsProbe:
    """One check of one login; holds the service clients and what has been learned."""

    def __init__(
        self,
        login: NmbrsLogin,
        texts: PathTexts,
        services: dict[str, NmbrsService],
        *,
        through_proxy: bool,
        unavailable: dict[str, CheckFailed] | None = None,
    ) -> None:
        self.login = login
        self.texts = texts
        self.services = services
        # Services whose WSDL could not be had, and why: only their own calls are not checked.
        self.unavailable = unavailable or {}
        self.through_proxy = through_proxy
        self.facts = ProbeFacts()

    # ---- one call ----

    async def invoke(
        self,
        service: str,
        operation: str,
        overrides: dict[str, Any] | None = None,
        extract: Callable[[Any], Any] | None = None,
    ) -> CallOutcome:
        """Call one operation with parameters filled from its signature; never raises
        (except on cancellation)."""
        client = self.services.get(service)
        if client is None:
            return outcome_for_missing_service(service, self.unavailable[service])
        if not client.has(operation):
            return CallOutcome(NOT_CHECKED_STATUS, nmbrs_message(MSG_NOT_OFFERED))
        try:
            arguments = fill_arguments(client.parameters(operation), self.facts, overrides)
        except NotTestable as reason:
            return CallOutcome(NOT_CHECKED_STATUS, reason.message)
        outcome = await probe_call(
            client,
            operation,
            arguments.values,
            self.login,
            self.texts,
            through_proxy=self.through_proxy,
            extract=extract,
        )
        if outcome.status is CallStatus.NO_DATA_ACCESS and arguments.guessed:
            message = nmbrs_message(MSG_GUESS_REFUSED, parameter=arguments.guessed[0])
            outcome = CallOutcome(NOT_CHECKED_STATUS, message)
        _log.debug("Nmbrs %s.%s: %s %s", service, operation, outcome.status.value, outcome.code)
        return outcome

    # ---- the three rounds ----

    async def run(self, calls: Sequence[NmbrsCall]) -> CheckReport:
        """Probe every call in `calls` and build the report."""
        report = CheckReport(package=Package.NMBRS)
        outcomes: dict[NmbrsCall, CallOutcome] = {}
        environment, listed = await self._round_a()
        if listed.problem is not None:
            report.error = listed.problem.message
            return report
        if listed.status is CallStatus.AUTH_FAILED:
            listed.message, report.suggested_domain = self._login_diagnosis(environment)
            for call in calls:
                outcomes[call] = (
                    listed
                    if _key(call) == _COMPANIES
                    else CallOutcome(CallStatus.AUTH_FAILED, nmbrs_message(MSG_NOT_TESTED_LOGIN))
                )
            return _report(report, calls, outcomes)
        if listed.status is CallStatus.ACTIVE and listed.value is not None:
            self.facts.companies = listed.value
            report.companies = [name for _, name in listed.value]
            if not listed.value:
                listed.message = nmbrs_message(self.texts.no_company)
        for call in calls:
            if _key(call) == _COMPANIES:
                outcomes[call] = listed
        await self._round_b(calls, outcomes)
        await self._round_c(calls, outcomes)
        return _report(report, calls, outcomes)

    async def _round_a(self) -> tuple[CallOutcome, CallOutcome]:
        environment, listed, types = await asyncio.gather(
            self.invoke(*_ENVIRONMENT, extract=subdomain_of),
            self.invoke(*_COMPANIES, extract=company_list),
            self.invoke(*_EMPLOYEE_TYPES, extract=id_list),
        )
        if types.status is CallStatus.ACTIVE and types.value:
            self.facts.employee_types = tuple(types.value[:MAX_EMPLOYEE_TYPES])
        return environment, listed

    def _login_diagnosis(self, environment: CallOutcome) -> tuple[Message, str | None]:
        """Tell a wrong username or token apart from a wrong domain, using Environment_Get.

        Returns the message and the domain Nmbrs named, if it named one.
        """
        if environment.status is CallStatus.AUTH_FAILED:
            return nmbrs_message(self.texts.bad_user_or_token), None
        step = self.texts.credentials_step
        if environment.status is CallStatus.ACTIVE:
            subdomain = environment.value
            if subdomain and subdomain.lower() != self.login.domain.lower():
                message = nmbrs_message(MSG_WRONG_DOMAIN_SUGGESTION, domain=subdomain, step=step)
                return message, subdomain
            if subdomain:
                return nmbrs_message(self.texts.login_refused), None
            return nmbrs_message(MSG_WRONG_DOMAIN, step=step), None
        # 1002 (call off in the template) and 1003 still prove username and token authenticate.
        if environment.code is not None and environment.status is not CallStatus.ERROR:
            return nmbrs_message(MSG_WRONG_DOMAIN, step=step), None
        return nmbrs_message(self.texts.login_refused), None

    async def _round_b(
        self, calls: Sequence[NmbrsCall], outcomes: dict[NmbrsCall, CallOutcome]
    ) -> None:
        facts = self.facts
        candidates = [company_id for company_id, _ in (facts.companies or [])][:CANDIDATE_COMPANIES]
        this_year = date.today().year
        # Each employee type is searched only when the WSDL's List_GetByCompany asks for one.
        kinds = facts.employee_types if self._takes(_EMPLOYEES, EMPLOYEE_TYPE) else (None,)
        searched = [(c, kind) for c in candidates for kind in kinds]
        run_years = [(c, year) for c in candidates for year in (this_year, this_year - 1)]
        early = [
            call for call in calls if _key(call) not in _SOURCES and not self._needs_late(call)
        ]
        # Without a candidate company each search is made once without one: invoke() then
        # reports why it could not be tested, without sending a request.
        employee_searches = [
            self.invoke(*_EMPLOYEES, {COMPANY: c, EMPLOYEE_TYPE: kind}, first_id)
            for c, kind in searched
        ] or [self.invoke(*_EMPLOYEES)]
        run_searches = [
            self.invoke(*_RUNS, {COMPANY: c, YEAR: year}, _runs_in(c, year))
            for c, year in run_years
        ] or [self.invoke(*_RUNS)]
        period, employees, runs, results = await asyncio.gather(
            self.invoke(*_PERIOD, extract=period_of),
            asyncio.gather(*employee_searches),
            asyncio.gather(*run_searches),
            asyncio.gather(*(self.invoke(call.service, call.operation) for call in early)),
        )
        if period.status is CallStatus.ACTIVE and period.value:
            facts.period = period.value
        # zip stops at `searched`: the stand-in search without a company has no pair.
        found = zip(searched, employees, strict=False)
        facts.employee = next(((c, o.value) for (c, _), o in found if o.value is not None), None)
        facts.run = next((o.value for o in runs if o.value is not None), None)
        combined = {_PERIOD: period, _EMPLOYEES: _combined(employees), _RUNS: _combined(runs)}
        for call in calls:
            if _key(call) in combined:
                outcomes[call] = combined[_key(call)]
        outcomes.update(zip(early, results, strict=True))

    async def _round_c(
        self, calls: Sequence[NmbrsCall], outcomes: dict[NmbrsCall, CallOutcome]
    ) -> None:
        late = [call for call in calls if call not in outcomes]
        results = await asyncio.gather(
            *(self.invoke(call.service, call.operation) for call in late)
        )
        outcomes.update(zip(late, results, strict=True))

    def _kinds(self, service: str, operation: str) -> set[str]:
        """The kinds of parameter `operation` takes; empty when unknown or not fillable."""
        client = self.services.get(service)
        if client is None or not client.has(operation):
            return set()
        try:
            return set(parameter_kinds(client.parameters(operation)).values())
        except NotTestable:
            return set()

    def _takes(self, key: tuple[str, str], kind: str) -> bool:
        return kind in self._kinds(*key)

    def _needs_late(self, call: NmbrsCall) -> bool:
        """True when the call needs an employee or a payroll run, found in round B."""
        return bool(self._kinds(call.service, call.operation) & LATE_KINDS)


def _key(call: NmbrsCall) -> tuple[str, str]:
    return (call.service, call.operation)


def _runs_in(company_id: int, year: int) -> Callable[[Any], Any]:
    return lambda result: first_run(result, company_id, year)


def _combined(outcomes: Sequence[CallOutcome]) -> CallOutcome:
    """One outcome for a call made several times: active if any answer came, else the first."""
    for outcome in outcomes:
        if outcome.status is CallStatus.ACTIVE:
            return outcome
    return outcomes[0]


def _report(
    report: CheckReport,
    calls: Sequence[NmbrsCall],
    outcomes: dict[NmbrsCall, CallOutcome],
) -> CheckReport:
    report.checks = [
        CheckItem(
            service=call.service,
            name=call.screen_name,
            status=outcomes[call].status,
            message=outcomes[call].message,
        )
        for call in calls
    ]
    report.ok = (
        report.error is None
        and bool(report.companies)
        and all(item.status is CallStatus.ACTIVE for item in report.checks)
    )
    return report
