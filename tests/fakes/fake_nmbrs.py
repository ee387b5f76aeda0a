"""A real loopback Nmbrs SOAP 1.1 server (ASMX behaviour) for tests and the benchmark.

It serves `/soap/v3/<Service>.asmx?WSDL` (see nmbrs_wsdl_spec), enforces the auth header, checks
parameter names case-sensitively against its own WSDL and answers faults the way ASMX does:
HTTP 500, faultcode soap:Server, faultstring
`Server was unable to process request. ---> NNNN: text`.
This module holds the scenario and the Nmbrs behaviour; fake_nmbrs_http the HTTP side and
fake_nmbrs_wire the XML. Successful data answers carry sentinel personal data (SENTINEL).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import TracebackType
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from tests.fakes.fake_nmbrs_http import FakeHttpServer
from tests.fakes.fake_nmbrs_wire import (
    SENTINEL,
    SENTINEL_IBAN,
    SENTINEL_NAME,
    SENTINEL_STREET,
    SOAP11,
    SoapFault,
    SoapRequest,
    report_xml,
    xml_array,
    xml_object,
)
from tests.fakes.nmbrs_wsdl_spec import ServiceShape, service_shape

__all__ = [
    "SENTINEL",
    "SENTINEL_IBAN",
    "SENTINEL_NAME",
    "SENTINEL_STREET",
    "SOAP11",
    "FakeCompany",
    "FakeNmbrs",
    "FakeRun",
    "FaultMode",
    "NmbrsScenario",
]


class FaultMode(StrEnum):
    """Network-level misbehaviour instead of an answer."""

    HTML_PAGE = "html_page"
    TRUNCATED_XML = "truncated_xml"
    XML_BOMB = "xml_bomb"  # entity expansion ("billion laughs") inside the SOAP answer
    XXE = "xxe"  # an ASMX fault whose text is an external entity pointing at `xxe_target`
    REDIRECT_OTHER_HOST = "redirect_other_host"  # 307 to localhost instead of 127.0.0.1
    OVERSIZED_STREAMED = "oversized_streamed"  # `oversized_bytes` of XML, no Content-Length
    CUT_OFF = "cut_off"  # Content-Length promises more than is sent, then the socket closes
    STALL = "stall"


@dataclass(frozen=True)
class FakeCompany:
    """A company the login can see."""

    id: int
    name: str


@dataclass(frozen=True)
class FakeRun:
    """A payroll run of a company."""

    id: int
    year: int
    period: int


def _default_companies() -> list[FakeCompany]:
    return [
        FakeCompany(101, "Bakkerij De Korenschoof B.V."),
        FakeCompany(102, "Transport Vos B.V."),
    ]


@dataclass
class NmbrsScenario:
    """What the fake server knows and how it behaves. Tests may change it while it runs.

    Operation keys are either "Operation" (any service) or "Service.Operation".
    """

    username: str = "koppeling@example.nl"
    token: str = field(default="fake-valid-token-0123456789", repr=False)
    # The login's real subdomain; Environment_Get returns it.
    domain: str = "oamkb"
    companies: list[FakeCompany] = field(default_factory=_default_companies)
    # Employee ids per company id; a company not listed has the default employees.
    employees: dict[int, list[int]] = field(default_factory=dict)
    default_employees: tuple[int, ...] = (5001, 5002)
    employee_types: tuple[tuple[int, str], ...] = ((1, "Werknemer"), (2, "Oproepkracht"))
    # Runs per company id; a company not listed has one run in the current year.
    runs: dict[int, list[FakeRun]] = field(default_factory=dict)
    current_period: tuple[int, int] = field(
        default_factory=lambda: (date.today().year, date.today().month)
    )
    inactive: set[str] = field(default_factory=set)
    # Operation key -> Nmbrs code (1003, 2003, 2004, 2009) answered instead of data.
    no_data_access: dict[str, int] = field(default_factory=dict)
    # Operation key (or "*" for every SOAP call) -> misbehaviour.
    faults: dict[str, FaultMode] = field(default_factory=dict)
    # Operation key (or "*") -> the text of a fault with code 9999, e.g. one echoing the token.
    fault_texts: dict[str, str] = field(default_factory=dict)
    html_status: int = 502
    # The file (or URL) the XXE fault's external entity names; a parser that resolves it would
    # copy that file's content into the fault text, and so into the report.
    xxe_target: str = "file:///etc/hostname"
    oversized_bytes: int = 6 * 1024 * 1024
    stall_seconds: float = 30.0
    latency: float = 0.0
    wsdl_latency: float = 0.0
    # "Service.Operation.Param" -> the name this server's WSDL (and parser) uses instead.
    param_renames: dict[str, str] = field(default_factory=dict)
    # Operations left out of the WSDL, as if Nmbrs dropped them in v3.
    omitted: set[str] = field(default_factory=set)
    # Service -> what its WSDL address serves instead of the WSDL (bytes, status 200).
    wsdl_override: dict[str, bytes] = field(default_factory=dict)

    def employees_of(self, company_id: int) -> list[int]:
        """The employee ids visible in a company."""
        return self.employees.get(company_id, list(self.default_employees))

    def runs_of(self, company_id: int) -> list[FakeRun]:
        """The payroll runs of a company."""
        default = [FakeRun(company_id * 10 + 1, self.current_period[0], 1)]
        return self.runs.get(company_id, default)

    def lookup(self, table: dict[str, Any] | set[str], service: str, operation: str) -> Any:
        """The entry for an operation key, trying "Service.Operation", "Operation" and "*"."""
        for key in (f"{service}.{operation}", operation, "*"):
            if key in table:
                return table[key] if isinstance(table, dict) else True
        return None


class FakeNmbrs:
    """The running server. Use as a context manager, or call start() and stop().

    `logins` adds more logins, each a scenario of its own (domain, rights, faults, latency):
    a SOAP call is answered by the scenario whose username its header names, else by
    `scenario`. WSDLs always come from `scenario`.
    """

    def __init__(
        self, scenario: NmbrsScenario | None = None, logins: Iterable[NmbrsScenario] = ()
    ) -> None:
        self._default = scenario or NmbrsScenario()
        self.logins = {login.username: login for login in logins}
        self._serving = threading.local()
        self.in_flight = 0
        self.peak_in_flight = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._counts: Counter[str] = Counter()
        self.calls: list[tuple[str, str, tuple[str, ...]]] = []
        self._tasks: set[str] = set()
        self._server = FakeHttpServer(self)

    @property
    def scenario(self) -> NmbrsScenario:
        """The scenario of the request this thread serves, else the default one."""
        current: NmbrsScenario | None = getattr(self._serving, "scenario", None)
        return current or self._default

    @scenario.setter
    def scenario(self, value: NmbrsScenario) -> None:
        self._default = value

    @contextmanager
    def serving(self, username: str | None) -> Iterator[None]:
        """Answer one SOAP request as the login `username` (counted as in flight meanwhile)."""
        self._serving.scenario = self.logins.get(username or "")
        with self._lock:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1
            self._serving.scenario = None

    @property
    def port(self) -> int:
        """The loopback port the server listens on."""
        return self._server.port

    @property
    def base_url(self) -> str:
        """The URL to pass as endpoint override: it replaces https://api.nmbrs.nl/soap/v3."""
        return f"http://127.0.0.1:{self.port}/soap/v3"

    def start(self) -> FakeNmbrs:
        """Start serving in a background thread."""
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving, release stalled requests and close the socket."""
        self._stopping.set()
        self._server.stop()

    def __enter__(self) -> FakeNmbrs:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- counters for tests ----

    def count(self, key: str) -> int:
        """Requests seen for "WSDL <Service>", "<Service>.<Operation>" or "<Operation>"."""
        with self._lock:
            if key in self._counts:
                return self._counts[key]
            return sum(n for k, n in self._counts.items() if k.split(".", 1)[-1] == key)

    def wsdl_requests(self) -> int:
        """All WSDL downloads so far."""
        with self._lock:
            return sum(n for k, n in self._counts.items() if k.startswith("WSDL "))

    def soap_requests(self) -> int:
        """All SOAP calls so far (including refused ones)."""
        with self._lock:
            return sum(n for k, n in self._counts.items() if not k.startswith("WSDL "))

    def reset_counts(self) -> None:
        """Forget the counters and the call log."""
        with self._lock:
            self._counts.clear()
            self.calls.clear()

    def record(self, key: str, call: tuple[str, str, tuple[str, ...]] | None = None) -> None:
        """Count a request (and log a SOAP call's operation and parameter names)."""
        with self._lock:
            self._counts[key] += 1
            if call:
                self.calls.append(call)

    # ---- behaviour ----

    def shape(self, service: str) -> ServiceShape:
        """The service as this server's scenario shapes it."""
        return service_shape(
            service, renames=self.scenario.param_renames, omitted=self.scenario.omitted
        )

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up when the server stops."""
        if seconds > 0:
            self._stopping.wait(seconds)

    def answer(self, request: SoapRequest) -> str:
        """The inner XML of `<OpResult>` for an authorised call, or raise _Fault."""
        scenario = self.scenario
        service, name = request.service, request.spec.name
        self._check_auth(request)
        if scenario.lookup(scenario.inactive, service, name):
            raise SoapFault(1002)
        code = scenario.lookup(scenario.no_data_access, service, name)
        if code:
            raise SoapFault(int(code))
        fault_text = scenario.lookup(scenario.fault_texts, service, name)
        if fault_text:
            raise SoapFault(9999, fault_text)
        handler = (
            getattr(self, f"_op_{service}_{name}", None)
            or getattr(self, f"_op_{name}", None)
            or self._employee_call
        )
        return str(handler(request))

    def _check_auth(self, request: SoapRequest) -> None:
        scenario = self.scenario
        header = request.header
        if header.get("Username") != scenario.username or header.get("Token") != scenario.token:
            raise SoapFault(1001)
        if not request.spec.plain_header and header.get("Domain") != scenario.domain:
            raise SoapFault(1001)

    def _company(self, request: SoapRequest, name: str = "CompanyId") -> int:
        company_id = request.value(name, self.scenario.param_renames)
        if company_id not in {c.id for c in self.scenario.companies}:
            raise SoapFault(2004)
        return company_id

    def _employee(self, request: SoapRequest) -> int:
        employee_id = request.value("EmployeeId", self.scenario.param_renames)
        visible = {e for c in self.scenario.companies for e in self.scenario.employees_of(c.id)}
        if employee_id not in visible:
            raise SoapFault(2003)
        return employee_id

    def _run(self, company_id: int, run_id: int) -> FakeRun:
        for run in self.scenario.runs_of(company_id):
            if run.id == run_id:
                return run
        raise SoapFault(2041, "Invalid run")

    def _op_DebtorService_Environment_Get(self, request: SoapRequest) -> str:
        sub = self.scenario.domain
        return xml_object("Domain", Domain=f"https://{sub}.nmbrs.nl", SubDomain=sub)

    def _op_DebtorService_List_GetAll(self, request: SoapRequest) -> str:
        return xml_array("Debtor", [{"Id": 1, "Number": 1, "Name": "Administratiekantoor Test"}])

    def _op_CompanyService_List_GetAll(self, request: SoapRequest) -> str:
        return xml_array(
            "Company",
            [{"ID": c.id, "Number": c.id, "Name": c.name} for c in self.scenario.companies],
        )

    def _op_Company_GetCurrentPeriod(self, request: SoapRequest) -> str:
        self._company(request)
        year, period = self.scenario.current_period
        return f"{year}-{period:02d}-M"

    def _op_Run_GetList(self, request: SoapRequest) -> str:
        company_id = self._company(request)
        year = request.value("Year", self.scenario.param_renames)
        runs = [r for r in self.scenario.runs_of(company_id) if r.year == year]
        return xml_array(
            "RunInfo",
            [
                {"ID": r.id, "Number": 1, "Year": r.year, "PeriodStart": r.period}
                | {"PeriodEnd": r.period, "Description": "Run 1", "IsLocked": "false"}
                for r in runs
            ],
        )

    def _company_report(self, request: SoapRequest, company: str, run: str, year: str) -> str:
        company_id = self._company(request, company)
        run_info = self._run(company_id, request.value(run, self.scenario.param_renames))
        del year
        return xml_escape(report_xml(self.scenario.employees_of(company_id)[0], run_info.year))

    def _op_Reports_GetWageCodesByRunCompany_v2(self, request: SoapRequest) -> str:
        return self._company_report(request, "CompanyId", "RunId", "intYear")

    def _op_Reports_GetWageCodesByRunCompany_FilterByWageCode(self, request: SoapRequest) -> str:
        return self._company_report(request, "CompanyId", "RunId", "intYear")

    def _op_Company_Update(self, request: SoapRequest) -> str:
        raise AssertionError("the probe must never call a write operation")

    def _op_PersonalInfo_Update(self, request: SoapRequest) -> str:
        raise AssertionError("the probe must never call a write operation")

    def _op_EmployeeType_GetList(self, request: SoapRequest) -> str:
        types = self.scenario.employee_types
        return xml_array("EmployeeType", [{"Id": i, "Description": d} for i, d in types])

    def _op_List_GetByCompany(self, request: SoapRequest) -> str:
        company_id = self._company(request)
        kind = request.value("EmployeeType", self.scenario.param_renames)
        if kind not in {i for i, _ in self.scenario.employee_types}:
            return ""
        return xml_array(
            "Employee", [{"Id": e, "Number": e} for e in self.scenario.employees_of(company_id)]
        )

    def _by_company(self, request: SoapRequest, type_name: str) -> str:
        company_id = self._company(request, "CompanyID")
        employees = self.scenario.employees_of(company_id)
        return xml_array(type_name, [{"EmployeeId": e} for e in employees])

    def _op_Salary_GetAll_AllEmployeesByCompany(self, request: SoapRequest) -> str:
        return self._by_company(request, "EmployeeSalaryItem")

    def _op_Employment_GetAll_AllEmployeesByCompany(self, request: SoapRequest) -> str:
        return self._by_company(request, "EmployeeEmploymentItem")

    def _op_Schedule_GetList(self, request: SoapRequest) -> str:
        self._employee(request)
        if not 1 <= request.value("Period", self.scenario.param_renames) <= 53:
            raise SoapFault(2006)
        return xml_array("Schedule", [{}])

    def _background(self, request: SoapRequest) -> str:
        company_id = self._company(request, "companyId")
        self._run(company_id, request.value("runId", self.scenario.param_renames))
        task = str(uuid.uuid4())
        with self._lock:
            self._tasks.add(task)
        return task

    def _op_Reports_GetWageCodesByRunCompany_FilterByWageCode_Background(
        self, request: SoapRequest
    ) -> str:
        return self._background(request)

    def _op_Reports_GetWageCodesByRunCompany_v2_Background(self, request: SoapRequest) -> str:
        return self._background(request)

    def _op_Reports_BackgroundTask_Result(self, request: SoapRequest) -> str:
        name = self.scenario.param_renames.get(
            "ReportService.Reports_BackgroundTask_Result.TaskId", "TaskId"
        )
        task = request.params[name]
        with self._lock:
            known = task in self._tasks
        if not known:
            raise SoapFault(2019)
        content = report_xml(self.scenario.default_employees[0], 2024)
        return xml_object("BackgroundTaskResult", TaskId=task, Status="Success", Content=content)

    def _employee_call(self, request: SoapRequest) -> str:
        # Every other employee read call: one sentinel object or list for a visible employee.
        employee_id = self._employee(request)
        result = request.spec.result or "string"
        type_name = result.removesuffix("[]")
        if result.endswith("[]"):
            return xml_array(type_name, [{"Id": employee_id}])
        return xml_object(type_name, Id=employee_id)
