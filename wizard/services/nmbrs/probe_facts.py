"""What the Nmbrs probe learns along the way, and how it fills each operation's parameters.

Only identifiers (company, employee and run ids, a period) are taken from answers; names,
addresses and the like are never read out of them. Company names are the one exception: the
clerk sees them to judge whether the login's filter is right.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from wizard.services.nmbrs.soap_client import Parameter
from wizard.services.nmbrs.texts import (
    MSG_NOT_TESTED_COMPANIES_UNKNOWN,
    MSG_NOT_TESTED_NO_COMPANY,
    MSG_NOT_TESTED_NO_EMPLOYEE,
    MSG_NOT_TESTED_NO_RUN,
    MSG_UNFILLABLE,
    nmbrs_message,
)

COMPANY = "company"
EMPLOYEE = "employee"
YEAR = "year"
PERIOD = "period"
RUN = "run"
TASK = "task"
WAGE_CODE = "wage_code"
EMPLOYEE_TYPE = "employee_type"

# Parameter names (lower case) the probe can fill, whatever their casing in the WSDL.
PARAMETER_KINDS = {
    "companyid": COMPANY,
    "employeeid": EMPLOYEE,
    "year": YEAR,
    "intyear": YEAR,
    "period": PERIOD,
    "runid": RUN,
    "taskid": TASK,
    "wagecode": WAGE_CODE,
    "employeetype": EMPLOYEE_TYPE,
}
# Parameters the probe fills from their WSDL type when it does not know the name.
ENUMERATION = "enumeration"
BOOLEAN = "boolean"
DATE = "date"
DATETIME = "datetime"
GUID = "guid"
NUMBER = "number"
TYPE_KINDS = {
    "boolean": BOOLEAN,
    "date": DATE,
    "dateTime": DATETIME,
    **dict.fromkeys(
        (
            "int",
            "long",
            "short",
            "byte",
            "integer",
            "positiveInteger",
            "nonNegativeInteger",
            "unsignedInt",
            "unsignedLong",
            "unsignedShort",
            "unsignedByte",
            "decimal",
            "double",
            "float",
        ),
        NUMBER,
    ),
}
TYPED_KINDS = frozenset({ENUMERATION, BOOLEAN, DATE, DATETIME, GUID, NUMBER})
# Of an enumeration, the value meaning active (or all) employees is taken, else the first.
PREFERRED_CHOICES = ("active", "all")
# A made-up number or GUID may name something the login cannot see: a data-access refusal of
# such a call says nothing about the login's rights.
GUESSED_KINDS = frozenset({NUMBER, GUID})
PROBE_NUMBER = 1
# Calls that need these wait for the stage that finds an employee or a payroll run.
LATE_KINDS = frozenset({EMPLOYEE, RUN})

# Any wage code will do: the probe only needs Nmbrs to accept the call, not a useful report.
PROBE_WAGE_CODE = 1
# Used when EmployeeType_GetList is not allowed; the real ids come from that call.
FALLBACK_EMPLOYEE_TYPES = (1, 2)

_PERIOD = re.compile(r"^\s*(\d{4})-(\d{1,2})")


class NotTestable(Exception):
    """A call's parameters cannot be filled; `message` says why, translated when shown."""

    def __init__(self, text: str, /, **arguments: str) -> None:
        super().__init__(text)
        self.message = nmbrs_message(text, **arguments)


@dataclass(frozen=True)
class Run:
    """A payroll run found by Run_GetList."""

    company_id: int
    run_id: int
    year: int


@dataclass
class ProbeFacts:
    """Identifiers the probe has found so far; None means "not (yet) known"."""

    companies: list[tuple[int, str]] | None = None
    employee: tuple[int, int] | None = None
    run: Run | None = None
    period: tuple[int, int] = field(default_factory=lambda: (date.today().year, date.today().month))
    employee_types: tuple[int, ...] = FALLBACK_EMPLOYEE_TYPES

    def first_company(self) -> int:
        """The company the company-level calls are probed with."""
        if self.companies is None:
            raise NotTestable(MSG_NOT_TESTED_COMPANIES_UNKNOWN)
        if not self.companies:
            raise NotTestable(MSG_NOT_TESTED_NO_COMPANY)
        return self.companies[0][0]


def typed_kind(parameter: Parameter) -> str | None:
    """The kind of a parameter filled from its WSDL type alone, or None when it cannot be."""
    if parameter.enumeration:
        return ENUMERATION
    if parameter.type_name.lower() == "guid":
        return GUID
    return TYPE_KINDS.get(parameter.xsd_type)


def parameter_kinds(parameters: Sequence[Parameter]) -> dict[str, str]:
    """Parameter name -> kind for every parameter the probe can fill.

    A parameter is filled by its name when the probe knows what it means (a company, a year),
    otherwise by its type. Raises NotTestable for a required parameter it cannot fill.
    """
    kinds: dict[str, str] = {}
    for parameter in parameters:
        # An enumeration only takes its own values, whatever the parameter is called.
        by_name = None if parameter.enumeration else PARAMETER_KINDS.get(parameter.name.lower())
        kind = by_name or typed_kind(parameter)
        if kind is not None:
            kinds[parameter.name] = kind
        elif parameter.required:
            raise NotTestable(MSG_UNFILLABLE, parameter=parameter.name)
    return kinds


@dataclass(frozen=True)
class ProbeArguments:
    """The body of one probe call, and which parameters hold a made-up id-like value."""

    values: dict[str, Any]
    guessed: tuple[str, ...] = ()


def fill_arguments(
    parameters: Sequence[Parameter], facts: ProbeFacts, overrides: dict[str, Any] | None = None
) -> ProbeArguments:
    """The keyword arguments for one call, from the facts (and `overrides` by kind).

    Raises NotTestable when a parameter cannot be filled or a prerequisite (company, employee,
    run) has not been found.
    """
    overrides = overrides or {}
    kinds = parameter_kinds(parameters)
    needed = set(kinds.values())
    values: dict[str, Any] = {}
    for parameter in parameters:
        kind = kinds.get(parameter.name)
        if kind is None:
            continue
        if kind in overrides:
            values[parameter.name] = overrides[kind]
        elif kind in TYPED_KINDS:
            values[parameter.name] = _typed_value(kind, parameter)
        else:
            values[parameter.name] = _value(kind, needed, facts)
    guessed = tuple(name for name, kind in kinds.items() if kind in GUESSED_KINDS)
    return ProbeArguments(values, guessed)


def _typed_value(kind: str, parameter: Parameter) -> Any:
    """A value the WSDL's type allows, for a parameter whose meaning the probe does not know."""
    if kind == ENUMERATION:
        by_lower = {value.lower(): value for value in parameter.enumeration}
        preferred = (by_lower[wanted] for wanted in PREFERRED_CHOICES if wanted in by_lower)
        return next(preferred, parameter.enumeration[0])
    if kind == BOOLEAN:
        return False
    if kind == DATE:
        return date.today()
    if kind == DATETIME:
        return datetime.combine(date.today(), time())
    if kind == GUID:
        return str(uuid.uuid4())
    return PROBE_NUMBER


def _value(kind: str, needed: set[str], facts: ProbeFacts) -> Any:
    if kind == COMPANY:
        # The company must match the run or employee the call is probed with.
        if RUN in needed:
            return _run(facts).company_id
        if EMPLOYEE in needed:
            return _employee(facts)[0]
        return facts.first_company()
    if kind == EMPLOYEE:
        return _employee(facts)[1]
    if kind == RUN:
        return _run(facts).run_id
    if kind == YEAR:
        return _run(facts).year if RUN in needed else facts.period[0]
    if kind == PERIOD:
        return facts.period[1]
    if kind == TASK:
        # A task id that does not exist: the answer (2019-2021) proves the call is enabled.
        return str(uuid.uuid4())
    if kind == WAGE_CODE:
        return PROBE_WAGE_CODE
    return facts.employee_types[0]


def _employee(facts: ProbeFacts) -> tuple[int, int]:
    facts.first_company()
    if facts.employee is None:
        raise NotTestable(MSG_NOT_TESTED_NO_EMPLOYEE)
    return facts.employee


def _run(facts: ProbeFacts) -> Run:
    facts.first_company()
    if facts.run is None:
        raise NotTestable(MSG_NOT_TESTED_NO_RUN)
    return facts.run


# ---- reading identifiers out of zeep results (and nothing else) ----


def _values(obj: Any) -> dict[str, Any]:
    values = getattr(obj, "__values__", None)
    return values if isinstance(values, dict) else {}


def field_value(obj: Any, *names: str) -> Any:
    """The first of `names` (matched case-insensitively) in a zeep object, or None."""
    values = _values(obj)
    wanted = {name.lower() for name in names}
    for key, value in values.items():
        if key.lower() in wanted:
            return value
    return None


def items(result: Any) -> list[Any]:
    """The elements of an ArrayOf... result, whether or not zeep unwrapped the array."""
    if result is None:
        return []
    if isinstance(result, list):
        return result
    values = _values(result)
    if len(values) == 1:
        only = next(iter(values.values()))
        return only if isinstance(only, list) else [only] if only is not None else []
    return [result]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def company_list(result: Any) -> list[tuple[int, str]]:
    """(id, name) of every company in a List_GetAll answer."""
    companies: list[tuple[int, str]] = []
    for company in items(result):
        company_id = _int(field_value(company, "ID", "Id"))
        if company_id is not None:
            companies.append((company_id, str(field_value(company, "Name") or "")))
    return companies


def first_id(result: Any) -> int | None:
    """The id of the first element of a list answer (an employee of List_GetByCompany)."""
    for element in items(result):
        element_id = _int(field_value(element, "Id", "ID", "EmployeeId"))
        if element_id is not None:
            return element_id
    return None


def id_list(result: Any) -> tuple[int, ...]:
    """The ids of every element of a list answer (EmployeeType_GetList)."""
    found = (_int(field_value(element, "Id", "ID")) for element in items(result))
    return tuple(value for value in found if value is not None)


def first_run(result: Any, company_id: int, year: int) -> Run | None:
    """The first payroll run in a Run_GetList answer."""
    for run in items(result):
        run_id = _int(field_value(run, "ID", "Id"))
        if run_id is not None:
            run_year = _int(field_value(run, "Year")) or year
            return Run(company_id=company_id, run_id=run_id, year=run_year)
    return None


def period_of(result: Any) -> tuple[int, int] | None:
    """(year, period) from a Company_GetCurrentPeriod answer such as "2024-03-M"."""
    match = _PERIOD.match(str(result or ""))
    if match is None:
        return None
    year, period = int(match.group(1)), int(match.group(2))
    return (year, period) if period >= 1 else None


def subdomain_of(result: Any) -> str | None:
    """The SubDomain an Environment_Get answer names."""
    value = field_value(result, "SubDomain")
    return str(value).strip() if value else None
