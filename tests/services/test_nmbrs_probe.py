"""The live Nmbrs check against a real loopback fake of the SOAP API (tests/fakes/fake_nmbrs)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.check_messages import english
from tests.fakes.afas_fixtures import REFUSAL_CONNECT_TIMEOUT
from tests.fakes.fake_nmbrs import (
    SENTINEL,
    FakeCompany,
    FakeNmbrs,
    FaultMode,
    NmbrsScenario,
)
from wizard.core.check_result import CallStatus, CheckReport, Verdict
from wizard.core.flow import path_steps
from wizard.core.live_check import CheckCancelled
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.step_reference import fill_step_references
from wizard.services.network_errors import PROBLEM_MESSAGES, NetworkProblem
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import (
    SANDBOX_BASE,
    check_nmbrs,
    run_nmbrs_check,
    service_base,
)
from wizard.services.nmbrs.faults import fault_code, fault_text, status_for_code
from wizard.services.nmbrs.soap_client import NmbrsLogin
from wizard.services.nmbrs.texts import (
    MSG_INACTIVE,
    MSG_NOT_OFFERED,
    MSG_NOT_TESTED_COMPANIES_UNKNOWN,
    MSG_NOT_TESTED_LOGIN,
    MSG_NOT_TESTED_NO_COMPANY,
    MSG_NOT_TESTED_NO_EMPLOYEE,
    MSG_NOT_TESTED_NO_RUN,
    path_texts,
)

UMBRELLA = AccountType.UMBRELLA
PER_DEBTOR = AccountType.PER_DEBTOR
SETTINGS = NetworkSettings(connect_timeout=2.0, read_timeout=5.0)
FAST_TIMEOUT = NetworkSettings(connect_timeout=1.0, read_timeout=0.5)
# No 8 characters in common with the employee SENTINEL: reports are scrubbed of every 8-char
# piece of the token, which would otherwise hide a leaked employee name as "***-EMPLOYEE".
SENTINEL_TOKEN = "LEAKTOKEN-7f3c9a1be05d"

EMPLOYEE_CALLS = {
    "Address_GetListCurrent",
    "BankAccount_GetListCurrent",
    "Children_Get",
    "Contract_GetCurrentPeriod",
    "Partner_Get",
    "PersonalInfo_GetCurrent",
    "Schedule_GetCurrent",
    "Schedule_GetList",
    "SVW_GetCurrent",
    "WageComponentFixed_GetCurrent",
    "WageComponentVar_GetCurrent",
}


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "wsdl-cache"


def run_check(
    fake: FakeNmbrs,
    cache_dir: Path,
    account_type: AccountType = UMBRELLA,
    *,
    token: str | None = None,
    domain: str | None = None,
    settings: NetworkSettings = SETTINGS,
) -> CheckReport:
    scenario = fake.scenario
    return run_nmbrs_check(
        scenario.username,
        scenario.token if token is None else token,
        scenario.domain if domain is None else domain,
        account_type,
        settings,
        endpoint=fake.base_url,
        wsdl_cache_dir=cache_dir,
    )


def statuses(report: CheckReport) -> dict[str, CallStatus]:
    return {item.name: item.status for item in report.checks}


def messages(report: CheckReport) -> dict[str, str]:
    return {item.name: english(item.message) for item in report.checks}


@pytest.mark.parametrize("account_type", [UMBRELLA, PER_DEBTOR])
def test_everything_active(fake_nmbrs: FakeNmbrs, cache_dir: Path, account_type: AccountType):
    report = run_check(fake_nmbrs, cache_dir, account_type)

    calls = shipped_manual().calls[account_type]
    assert report.error is None
    assert report.ok is True
    assert report.package == "nmbrs"
    assert report.companies == ["Bakkerij De Korenschoof B.V.", "Transport Vos B.V."]
    assert [(i.service, i.name) for i in report.checks] == [
        (c.service, c.screen_name) for c in calls
    ]
    assert set(statuses(report).values()) == {CallStatus.ACTIVE}
    assert all(english(item.message) == "" for item in report.checks)
    # Read operations only: the fake asserts on writes, and none appears in its log.
    called = {operation for _, operation, _ in fake_nmbrs.calls}
    assert not any(word in op for op in called for word in ("Update", "Insert", "Delete", "Set"))
    assert {c.operation for c in calls} <= called


def test_umbrella_shows_the_screen_name_and_calls_the_real_operation(
    fake_nmbrs: FakeNmbrs, cache_dir: Path
):
    report = run_check(fake_nmbrs, cache_dir)

    names = {item.name for item in report.checks}
    assert "Report_BackgroundTask_Result" in names
    assert "Report_GetWageCodesByRunCompany_FilterByWageCode_Background" in names
    assert fake_nmbrs.count("ReportService.Reports_BackgroundTask_Result") == 1
    assert fake_nmbrs.count("Reports_GetWageCodesByRunCompany_FilterByWageCode_Background") == 1
    services = {item.name: item.service for item in report.checks}
    assert services["Report_BackgroundTask_Result"] == "ReportService"
    assert services["Partner_Get"] == "EmployeeService"


def test_umbrella_with_several_calls_inactive(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {
        "Company_GetCurrentPeriod",
        "Partner_Get",
        "Reports_BackgroundTask_Result",
        "Reports_GetWageCodesByRunCompany_FilterByWageCode_Background",
    }
    report = run_check(fake_nmbrs, cache_dir)

    inactive = {n for n, s in statuses(report).items() if s is CallStatus.INACTIVE}
    assert inactive == {
        "Company_GetCurrentPeriod",
        "Partner_Get",
        "Report_BackgroundTask_Result",
        "Report_GetWageCodesByRunCompany_FilterByWageCode_Background",
    }
    assert all(messages(report)[name] == MSG_INACTIVE for name in inactive)
    # The step is named from the path data, with the title the side panel shows.
    named = fill_step_references(MSG_INACTIVE, shipped_manual(), "en", _steps(UMBRELLA))
    assert "step 2 (Check the webservice rights)" in named
    others = {s for n, s in statuses(report).items() if n not in inactive}
    assert others == {CallStatus.ACTIVE}
    assert report.ok is False
    assert report.companies


def test_per_debtor_with_several_calls_inactive(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {
        "Reports_GetWageCodesByRunCompany_v2",
        "SVW_GetCurrent",
        "EmployeeService.Salary_GetAll_AllEmployeesByCompany",
    }
    report = run_check(fake_nmbrs, cache_dir, PER_DEBTOR)

    inactive = {n for n, s in statuses(report).items() if s is CallStatus.INACTIVE}
    assert inactive == {
        "Reports_GetWageCodesByRunCompany_v2",
        "SVW_GetCurrent",
        "Salary_GetAll_AllEmployeesByCompany",
    }
    assert report.ok is False


def test_inactive_employee_list_leaves_employee_calls_untested_not_active(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {"List_GetByCompany"}
    report = run_check(fake_nmbrs, cache_dir)

    assert statuses(report)["List_GetByCompany"] is CallStatus.INACTIVE
    for name in EMPLOYEE_CALLS:
        assert statuses(report)[name] is CallStatus.NOT_CHECKED
        assert messages(report)[name] == MSG_NOT_TESTED_NO_EMPLOYEE
    assert report.ok is False


def test_bad_token(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    report = run_check(fake_nmbrs, cache_dir, token="wrong-token")

    assert report.error is None
    assert report.ok is False
    assert statuses(report)["List_GetAll"] is CallStatus.AUTH_FAILED
    assert messages(report)["List_GetAll"] == path_texts(UMBRELLA).bad_user_or_token
    others = [item for item in report.checks if item.name != "List_GetAll"]
    assert {item.status for item in others} == {CallStatus.AUTH_FAILED}
    assert {english(item.message) for item in others} == {MSG_NOT_TESTED_LOGIN}
    # Nothing beyond the first round is sent with credentials Nmbrs refused.
    assert fake_nmbrs.soap_requests() == 3


def test_bad_token_per_debtor_points_to_the_employer_step(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    report = run_check(fake_nmbrs, cache_dir, PER_DEBTOR, token="wrong-token")

    assert messages(report)["List_GetAll"] == path_texts(PER_DEBTOR).bad_user_or_token
    named = fill_step_references(
        messages(report)["List_GetAll"], shipped_manual(), "nl", _steps(PER_DEBTOR)
    )
    assert "stap 4 (Werkgevers aanmelden)" in named
    assert "stap 1 (Master bedrijfslogin aanmaken)" in named


def test_bad_domain_suggests_the_right_one(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    report = run_check(fake_nmbrs, cache_dir, domain="verkeerd")

    assert statuses(report)["List_GetAll"] is CallStatus.AUTH_FAILED
    message = messages(report)["List_GetAll"]
    assert "domain oamkb" in message
    assert "Enter oamkb as the domain in {step:umbrella_registration}" in message
    named = fill_step_references(message, shipped_manual(), "en", _steps(UMBRELLA))
    assert "in step 4a (a.s.r. registration form)" in named
    assert report.ok is False


def test_bad_domain_when_environment_get_is_switched_off(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {"DebtorService.Environment_Get"}
    report = run_check(fake_nmbrs, cache_dir, domain="verkeerd")

    message = messages(report)["List_GetAll"]
    assert message.startswith("Username and token are right, but Nmbrs does not accept the domain")
    assert "oamkb" not in message


def test_domain_is_taken_from_a_pasted_address(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    report = run_check(fake_nmbrs, cache_dir, domain="https://OAMKB.nmbrs.nl/applications")

    assert report.ok is True


def test_no_companies_visible_is_a_finding(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.companies = []
    report = run_check(fake_nmbrs, cache_dir)

    assert report.error is None
    assert report.ok is False
    assert report.companies == []
    assert statuses(report)["List_GetAll"] is CallStatus.ACTIVE
    assert messages(report)["List_GetAll"] == path_texts(UMBRELLA).no_company
    assert "Alle debiteuren" in messages(report)["List_GetAll"]
    for name in ("Company_GetCurrentPeriod", "Run_GetList", "Salary_GetAll_AllEmployeesByCompany"):
        assert statuses(report)[name] is CallStatus.NOT_CHECKED
        assert messages(report)[name] == MSG_NOT_TESTED_NO_COMPANY
    assert messages(report)["Partner_Get"] == MSG_NOT_TESTED_NO_COMPANY
    # Seeing no company at all is itself an observed finding, not a gap in the check.
    assert report.verdict is Verdict.PROBLEMS
    assert CallStatus.ACTIVE not in {statuses(report)[name] for name in EMPLOYEE_CALLS}


def test_no_data_access(fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path):
    nmbrs_scenario.no_data_access = {
        "Salary_GetAll_AllEmployeesByCompany": 2004,
        "Address_GetListCurrent": 2003,
        "Company_GetCurrentPeriod": 1003,
    }
    report = run_check(fake_nmbrs, cache_dir)

    for name in nmbrs_scenario.no_data_access:
        assert statuses(report)[name] is CallStatus.NO_DATA_ACCESS
        assert messages(report)[name] == path_texts(UMBRELLA).no_data_access
    assert report.ok is False


def test_other_fault_codes_are_errors_with_the_nmbrs_text(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.no_data_access = {"Children_Get": 9999, "Partner_Get": 3001}
    report = run_check(fake_nmbrs, cache_dir)

    assert statuses(report)["Children_Get"] is CallStatus.ERROR
    assert messages(report)["Children_Get"] == "Nmbrs answered with error 9999: Unkown"
    assert statuses(report)["Partner_Get"] is CallStatus.ERROR
    assert "country" in messages(report)["Partner_Get"]


def test_employees_are_looked_for_in_more_than_the_first_company(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.employees = {101: []}
    report = run_check(fake_nmbrs, cache_dir)

    assert report.ok is True


def test_no_payroll_run_is_reported_honestly(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.runs = {101: [], 102: []}
    report = run_check(fake_nmbrs, cache_dir, PER_DEBTOR)

    for name in (
        "Reports_GetWageCodesByRunCompany_v2",
        "Reports_GetWageCodesByRunCompany_FilterByWageCode",
    ):
        assert statuses(report)[name] is CallStatus.NOT_CHECKED
        assert messages(report)[name] == MSG_NOT_TESTED_NO_RUN
    assert statuses(report)["Run_GetList"] is CallStatus.ACTIVE
    assert report.ok is False


def test_a_call_missing_from_the_wsdl(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    # The research found Reports_GetWageCodesByRunCompany_FilterByWageCode missing from v3.
    nmbrs_scenario.omitted = {"CompanyService.Reports_GetWageCodesByRunCompany_FilterByWageCode"}
    report = run_check(fake_nmbrs, cache_dir, PER_DEBTOR)

    name = "Reports_GetWageCodesByRunCompany_FilterByWageCode"
    assert statuses(report)[name] is CallStatus.NOT_CHECKED
    assert messages(report)[name] == MSG_NOT_OFFERED
    assert fake_nmbrs.count(name) == 0


def test_employee_type_list_switched_off_falls_back(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {"EmployeeType_GetList"}
    report = run_check(fake_nmbrs, cache_dir)

    # EmployeeType_GetList is a helper, not on the a.s.r. list: it does not fail the check.
    assert report.ok is True


# ---- parameter names come from the WSDL ----


def test_parameter_casing_is_taken_from_the_wsdl(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    run_check(fake_nmbrs, cache_dir, PER_DEBTOR)
    run_check(fake_nmbrs, cache_dir, UMBRELLA)

    sent = {operation: params for _, operation, params in fake_nmbrs.calls}
    assert sent["Salary_GetAll_AllEmployeesByCompany"] == ("CompanyID",)
    assert sent["Employment_GetAll_AllEmployeesByCompany"] == ("CompanyID",)
    assert sent["Company_GetCurrentPeriod"] == ("CompanyId",)
    assert sent["Reports_GetWageCodesByRunCompany_v2"] == ("CompanyId", "RunId", "intYear")
    assert sent["Reports_GetWageCodesByRunCompany_FilterByWageCode_Background"] == (
        "companyId",
        "runId",
        "year",
        "wageCode",
    )
    assert sent["Reports_BackgroundTask_Result"] == ("TaskId",)
    assert sent["Schedule_GetList"] == ("EmployeeId", "Period", "Year")


def test_renamed_parameters_still_work(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    # A server whose WSDL spells parameters differently: the fake rejects any other casing.
    nmbrs_scenario.param_renames = {
        "CompanyService.Company_GetCurrentPeriod.CompanyId": "COMPANYID",
        "EmployeeService.Partner_Get.EmployeeId": "employeeID",
        "EmployeeService.List_GetByCompany.EmployeeType": "employeeType",
        "ReportService.Reports_BackgroundTask_Result.TaskId": "taskid",
        "CompanyService.Run_GetList.Year": "intYear",
    }
    report = run_check(fake_nmbrs, cache_dir)

    assert report.ok is True, [i for i in report.checks if i.status is not CallStatus.ACTIVE]
    sent = {operation: params for _, operation, params in fake_nmbrs.calls}
    assert sent["Company_GetCurrentPeriod"] == ("COMPANYID",)
    assert sent["Partner_Get"] == ("employeeID",)
    assert sent["Reports_BackgroundTask_Result"] == ("taskid",)


# ---- network faults ----


def test_closed_port(cache_dir: Path, closed_loopback_port: int):
    port = closed_loopback_port
    report = run_nmbrs_check(
        "koppeling@example.nl",
        "token",
        "oamkb",
        UMBRELLA,
        replace(FAST_TIMEOUT, connect_timeout=REFUSAL_CONNECT_TIMEOUT),
        endpoint=f"http://127.0.0.1:{port}",
        wsdl_cache_dir=cache_dir,
    )

    assert report.ok is False
    assert report.checks == []
    assert english(report.error) == PROBLEM_MESSAGES[NetworkProblem.REFUSED].format(
        host="127.0.0.1"
    )


def test_stalled_server_hits_the_timeout(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.faults = {"*": FaultMode.STALL}
    started = time.monotonic()
    report = run_check(fake_nmbrs, cache_dir, settings=FAST_TIMEOUT)

    assert time.monotonic() - started < 3
    assert report.ok is False
    assert english(report.error) == PROBLEM_MESSAGES[NetworkProblem.TIMEOUT].format(
        host="127.0.0.1"
    )


def test_one_stalled_call_fails_only_that_call(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.faults = {"Partner_Get": FaultMode.STALL}
    report = run_check(fake_nmbrs, cache_dir, settings=FAST_TIMEOUT)

    assert statuses(report)["Partner_Get"] is CallStatus.NOT_CHECKED
    assert "did not answer in time" in messages(report)["Partner_Get"]
    others = {s for n, s in statuses(report).items() if n != "Partner_Get"}
    assert others == {CallStatus.ACTIVE}


def test_html_error_page(fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path):
    nmbrs_scenario.faults = {"*": FaultMode.HTML_PAGE}
    report = run_check(fake_nmbrs, cache_dir)

    assert report.ok is False
    assert english(report.error) == PROBLEM_MESSAGES[NetworkProblem.PROXY_HTML].format(
        host="127.0.0.1"
    )


def test_html_error_page_with_status_200(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.faults = {"Children_Get": FaultMode.HTML_PAGE}
    nmbrs_scenario.html_status = 200
    report = run_check(fake_nmbrs, cache_dir)

    assert statuses(report)["Children_Get"] is CallStatus.NOT_CHECKED
    assert "web page came back" in messages(report)["Children_Get"]


def test_truncated_xml(fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path):
    nmbrs_scenario.faults = {"*": FaultMode.TRUNCATED_XML}
    report = run_check(fake_nmbrs, cache_dir)

    assert report.ok is False
    assert english(report.error) == PROBLEM_MESSAGES[NetworkProblem.MALFORMED].format(
        host="127.0.0.1"
    )


def test_truncated_answer_to_one_call(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.faults = {"PersonalInfo_GetCurrent": FaultMode.TRUNCATED_XML}
    report = run_check(fake_nmbrs, cache_dir)

    assert statuses(report)["PersonalInfo_GetCurrent"] is CallStatus.NOT_CHECKED
    assert "incomplete" in messages(report)["PersonalInfo_GetCurrent"]


def test_endpoint_must_be_loopback(cache_dir: Path):
    report = run_nmbrs_check(
        "koppeling@example.nl",
        "token",
        "oamkb",
        UMBRELLA,
        SETTINGS,
        endpoint="http://api.example.com/soap/v3",
        wsdl_cache_dir=cache_dir,
    )

    assert report.ok is False
    assert report.error is not None and "api.example.com" in english(report.error)


def test_service_base_urls():
    assert service_base() == "https://api.nmbrs.nl/soap/v3"
    assert service_base(sandbox=True) == SANDBOX_BASE == "https://api-sandbox.nmbrs.nl/soap/v3"
    assert service_base(endpoint="http://127.0.0.1:8123") == "http://127.0.0.1:8123/soap/v3"
    assert service_base(endpoint="http://127.0.0.1:8123/x/v3/") == "http://127.0.0.1:8123/x/v3"


def test_missing_input_is_refused_before_any_request(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    report = run_check(fake_nmbrs, cache_dir, token="")

    assert report.error is not None
    assert fake_nmbrs.wsdl_requests() == 0


# ---- privacy ----


def all_text_under(folder: Path) -> str:
    return "".join(
        path.read_bytes().decode("utf-8", "replace") for path in folder.rglob("*") if path.is_file()
    )


@pytest.mark.parametrize(
    "faults",
    [
        {},
        {"PersonalInfo_GetCurrent": FaultMode.TRUNCATED_XML, "Partner_Get": FaultMode.HTML_PAGE},
        {"*": FaultMode.TRUNCATED_XML},
    ],
)
def test_no_token_or_personal_data_leaks(
    fake_nmbrs: FakeNmbrs,
    nmbrs_scenario: NmbrsScenario,
    cache_dir: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    faults: dict[str, FaultMode],
):
    caplog.set_level(logging.DEBUG)
    nmbrs_scenario.token = SENTINEL_TOKEN
    nmbrs_scenario.faults = faults
    nmbrs_scenario.no_data_access = {"Children_Get": 9999}
    report = run_check(fake_nmbrs, cache_dir)
    wrong_token = run_check(fake_nmbrs, cache_dir, token=SENTINEL_TOKEN + "-wrong")

    if not faults:
        assert report.ok is False and statuses(report)["Partner_Get"] is CallStatus.ACTIVE
    out = capsys.readouterr()
    haystacks = [
        caplog.text,
        "".join(str(record.args) + str(record.exc_info) for record in caplog.records),
        out.out,
        out.err,
        all_text_under(cache_dir),
    ]
    for checked in (report, wrong_token):
        haystacks += [repr(checked), str(checked), json.dumps(checked.to_json_dict())]
        haystacks += [english(item.message) for item in checked.checks] + [
            english(checked.error) or ""
        ]
    for text in haystacks:
        assert SENTINEL_TOKEN not in text
        assert SENTINEL not in text


def test_login_repr_hides_the_token():
    login = NmbrsLogin("koppeling@example.nl", SENTINEL_TOKEN, "oamkb")

    assert SENTINEL_TOKEN not in repr(login)


# ---- WSDL cache ----


def test_wsdl_cache_is_reused(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    run_check(fake_nmbrs, cache_dir)
    assert fake_nmbrs.wsdl_requests() == 4
    second = run_check(fake_nmbrs, cache_dir, PER_DEBTOR)

    assert second.ok is True
    assert fake_nmbrs.wsdl_requests() == 4
    assert len(list(cache_dir.glob("*.wsdl"))) == 4


def test_expired_wsdl_cache_is_refreshed(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    run_check(fake_nmbrs, cache_dir)
    eight_days_ago = time.time() - 8 * 24 * 3600
    for path in cache_dir.glob("*.wsdl"):
        os.utime(path, (eight_days_ago, eight_days_ago))
    run_check(fake_nmbrs, cache_dir)

    assert fake_nmbrs.wsdl_requests() == 8


# ---- per-debtor batch, threads and cancellation ----


def test_per_debtor_batch_with_one_bad_employer(
    fake_nmbrs_factory: Callable[[NmbrsScenario], FakeNmbrs], cache_dir: Path
):
    employers = [
        NmbrsScenario(username=f"debiteur{n}@example.nl", token=f"token-{n}", domain=f"klant{n}")
        for n in range(3)
    ]
    for n, scenario in enumerate(employers):
        scenario.companies = [FakeCompany(200 + n, f"Werkgever {n} B.V.")]
    servers = [fake_nmbrs_factory(scenario) for scenario in employers]
    tokens = ["token-0", "not-the-token", "token-2"]

    reports = [
        run_nmbrs_check(
            server.scenario.username,
            token,
            server.scenario.domain,
            PER_DEBTOR,
            SETTINGS,
            endpoint=server.base_url,
            wsdl_cache_dir=cache_dir,
        )
        for server, token in zip(servers, tokens, strict=True)
    ]

    assert [r.ok for r in reports] == [True, False, True]
    assert reports[0].companies == ["Werkgever 0 B.V."]
    assert statuses(reports[1])["List_GetAll"] is CallStatus.AUTH_FAILED
    assert messages(reports[1])["List_GetAll"] == path_texts(PER_DEBTOR).bad_user_or_token


def test_sync_wrapper_runs_in_a_worker_thread(fake_nmbrs: FakeNmbrs, cache_dir: Path):
    results: list[CheckReport] = []
    worker = threading.Thread(target=lambda: results.append(run_check(fake_nmbrs, cache_dir)))
    worker.start()
    worker.join(timeout=30)

    assert results and results[0].ok is True


def test_cancel_from_another_thread(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.latency = 10.0
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(CheckCancelled):
        run_nmbrs_check(
            nmbrs_scenario.username,
            nmbrs_scenario.token,
            nmbrs_scenario.domain,
            UMBRELLA,
            NetworkSettings(read_timeout=30.0),
            endpoint=fake_nmbrs.base_url,
            wsdl_cache_dir=cache_dir,
            cancel=cancel,
        )

    assert time.monotonic() - started < 2


def test_cancel_the_async_task(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.latency = 10.0

    async def cancel_soon() -> None:
        task = asyncio.create_task(
            check_nmbrs(
                nmbrs_scenario.username,
                nmbrs_scenario.token,
                nmbrs_scenario.domain,
                UMBRELLA,
                NetworkSettings(read_timeout=30.0),
                endpoint=fake_nmbrs.base_url,
                wsdl_cache_dir=cache_dir,
            )
        )
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    started = time.monotonic()
    asyncio.run(cancel_soon())
    assert time.monotonic() - started < 2


def test_company_list_switched_off(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, cache_dir: Path
):
    nmbrs_scenario.inactive = {"CompanyService.List_GetAll"}
    report = run_check(fake_nmbrs, cache_dir)

    assert statuses(report)["List_GetAll"] is CallStatus.INACTIVE
    assert messages(report)["Company_GetCurrentPeriod"] == MSG_NOT_TESTED_COMPANIES_UNKNOWN
    assert messages(report)["Partner_Get"] == MSG_NOT_TESTED_COMPANIES_UNKNOWN
    # A call that needs no company is still probed.
    assert statuses(report)["Report_BackgroundTask_Result"] is CallStatus.ACTIVE
    assert report.companies == []
    assert report.ok is False


# ---- fault codes ----


@pytest.mark.parametrize(
    ("faultstring", "code", "status"),
    [
        (
            "Server was unable to process request. ---> 1001: Invalid Authentication",
            1001,
            CallStatus.AUTH_FAILED,
        ),
        (
            "Server was unable to process request. ---> 1002: Unauthorized Access",
            1002,
            CallStatus.INACTIVE,
        ),
        (
            "Server was unable to process request. ---> 1003: Unauthorized access",
            1003,
            CallStatus.NO_DATA_ACCESS,
        ),
        ("---> 2004: Unauthorized Access", 2004, CallStatus.NO_DATA_ACCESS),
        ("--->2009:Unauthorized Access", 2009, CallStatus.NO_DATA_ACCESS),
        ("---> 2006: Invalid Period", 2006, CallStatus.ACTIVE),
        ("---> 2020: Task status not available", 2020, CallStatus.ACTIVE),
        ("---> 1004: Disabled, no valid subscription", 1004, CallStatus.ERROR),
        ("Server was unable to read request. ---> Unexpected element", None, CallStatus.ERROR),
        (None, None, CallStatus.ERROR),
    ],
)
def test_fault_codes(faultstring: str | None, code: int | None, status: CallStatus):
    assert fault_code(faultstring) == code
    assert status_for_code(fault_code(faultstring)) is status


def test_fault_text_drops_the_asmx_wrapper():
    assert fault_text("Server was unable to process request. ---> 2006: Invalid Period") == (
        "Invalid Period"
    )
    assert fault_text("Server was unable to read request. ---> Bad XML") == "Bad XML"
    assert len(fault_text("---> 9999: " + "x" * 1000)) == 200


def _steps(account_type: AccountType) -> tuple[Step, ...]:
    return path_steps(WizardState(package=Package.NMBRS, account_type=account_type))
