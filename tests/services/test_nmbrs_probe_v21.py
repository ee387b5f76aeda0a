"""The Nmbrs probe against Nmbrs' own public v2.1 WSDLs (tests/fakes/fake_nmbrs_v21).

The WSDLs are read from ../shared/reference/nmbrs-wsdl beside the repository (NMBRS_WSDL_DIR may
point elsewhere). Without them these tests are skipped with a warning, and fail when CI is set.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.check_messages import english, english_sentences
from tests.fakes.fake_nmbrs_v21 import (
    WSDL_FILES,
    FakeNmbrsV21,
    load_service,
    require_wsdl_copies,
)
from wizard.cli import main
from wizard.core.check_result import CallStatus, CheckReport
from wizard.core.manual import shipped_manual
from wizard.core.message import Translate
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings, make_async_client
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.services.nmbrs.outcomes import NOT_CHECKED_STATUS
from wizard.services.nmbrs.soap_client import NmbrsLogin
from wizard.services.nmbrs.soap_services import load_services
from wizard.services.nmbrs.texts import (
    MSG_INACTIVE,
    MSG_SERVICE_NOT_LOADED,
    MSG_WSDL_NOT_FOUND,
)
from wizard.services.nmbrs.wsdl_cache import WsdlCache

REPOSITORY = Path(__file__).resolve().parents[2]
SETTINGS = NetworkSettings(connect_timeout=2.0, read_timeout=5.0)
PATHS = [AccountType.UMBRELLA, AccountType.PER_DEBTOR]


@pytest.fixture(autouse=True)
def _wsdl_copies() -> None:
    require_wsdl_copies()


@pytest.fixture
def fake() -> Iterator[FakeNmbrsV21]:
    with FakeNmbrsV21() as server:
        yield server


def run_check(
    fake: FakeNmbrsV21,
    cache_dir: Path,
    account_type: AccountType,
) -> CheckReport:
    scenario = fake.scenario
    return run_nmbrs_check(
        scenario.username,
        scenario.token,
        "oamkb",
        account_type,
        SETTINGS,
        endpoint=fake.base_url,
        wsdl_cache_dir=cache_dir,
    )


@pytest.mark.parametrize("account_type", PATHS, ids=lambda a: a.value)
def test_every_call_the_wsdls_define_is_sent_with_a_valid_request(
    fake: FakeNmbrsV21, tmp_path: Path, account_type: AccountType
) -> None:
    report = run_check(fake, tmp_path, account_type)

    assert report.error is None
    assert fake.invalid_requests == []
    calls = shipped_manual().calls[account_type]
    defined = [c for c in calls if c.operation in fake.operations(c.service)]
    assert len(defined) >= 17
    for call in defined:
        assert call.operation in fake.called(call.service), call.operation
    status = {item.name: item.status for item in report.checks}
    assert {status[call.screen_name] for call in defined} == {CallStatus.ACTIVE}
    # Every call reached this fake at the given base: the WSDLs' own soap:address is the real
    # (shut down) v2.1 host, and a call sent there could not have come back active.
    assert len(fake.calls) >= len(defined)
    assert all(call.header["Username"] == fake.scenario.username for call in fake.calls)
    assert b"https://api.nmbrs.nl/soap/v2.1/" in load_service("CompanyService").content


def test_list_get_by_company_is_sent_with_a_valid_enumeration_value(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    run_check(fake, tmp_path, AccountType.PER_DEBTOR)

    searches = [c for c in fake.calls if c.operation == "List_GetByCompany"]
    assert searches
    # The WSDL's simpleType Active allows active, notActive and all; active is preferred.
    assert {c.params["active"] for c in searches} == {"active"}
    assert {c.params["CompanyId"] for c in searches} == {"101"}
    schema = load_service("EmployeeService")
    assert b'<s:enumeration value="active" />' in schema.content


def test_per_debtor_check_never_asks_for_the_report_service(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    report = run_check(fake, tmp_path, AccountType.PER_DEBTOR)

    assert "ReportService" not in fake.wsdl_requests
    assert sorted(fake.wsdl_requests) == sorted(WSDL_FILES)
    assert report.error is None
    assert report.companies == ["Bakkerij De Korenschoof B.V."]


@pytest.mark.parametrize("missing", ["ReportService", "DebtorService"])
def test_per_debtor_check_runs_when_a_wsdl_is_missing(
    fake: FakeNmbrsV21, tmp_path: Path, missing: str
) -> None:
    fake.scenario.missing = {"ReportService", missing}
    report = run_check(fake, tmp_path, AccountType.PER_DEBTOR)

    assert report.error is None
    assert report.checks
    assert fake.invalid_requests == []
    assert {item.status for item in report.checks if item.service != missing} >= {CallStatus.ACTIVE}


def test_a_missing_wsdl_makes_only_its_own_calls_not_checked(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    report = run_check(fake, tmp_path, AccountType.UMBRELLA)

    assert report.error is None
    by_service: dict[str, set[CallStatus]] = {}
    for item in report.checks:
        by_service.setdefault(item.service, set()).add(item.status)
    assert by_service["ReportService"] == {NOT_CHECKED_STATUS}
    assert by_service["CompanyService"] == by_service["EmployeeService"] == {CallStatus.ACTIVE}
    reports = [english(item.message) for item in report.checks if item.service == "ReportService"]
    expected = MSG_SERVICE_NOT_LOADED.format(
        service="ReportService",
        reason=MSG_WSDL_NOT_FOUND.format(host="127.0.0.1", service="ReportService", status=404),
    )
    assert reports == [expected, expected]
    # IIS's 404 page is HTML, but it is the API host's answer, not a proxy's.
    assert all("proxy" not in message for message in reports)
    assert report.ok is False


def test_every_wsdl_missing_stops_the_check_with_the_404(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    fake.scenario.missing = set(WSDL_FILES) | {"ReportService"}
    report = run_check(fake, tmp_path, AccountType.PER_DEBTOR)

    assert report.checks == []
    assert report.error is not None
    assert "HTTP 404" in english(report.error)
    assert "proxy" not in english(report.error)


def test_inactive_calls_are_answered_with_nmbrs_own_fault(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    fake.scenario.inactive = {"Partner_Get", "Run_GetList"}
    report = run_check(fake, tmp_path, AccountType.UMBRELLA)

    status = {item.name: item.status for item in report.checks}
    assert status["Partner_Get"] is CallStatus.INACTIVE
    assert status["Run_GetList"] is CallStatus.INACTIVE
    assert {english(item.message) for item in report.checks if item.name == "Partner_Get"} == {
        MSG_INACTIVE
    }
    assert status["Children_Get"] is CallStatus.ACTIVE


def test_the_fake_refuses_a_request_its_schema_does_not_allow(fake: FakeNmbrsV21) -> None:
    # The fake's validation is what the tests above rely on: it must refuse a wrong enum value.
    service = load_service("EmployeeService")
    envelope = (
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>'
        f'<AuthHeader xmlns="{service.namespace}"><Username>u</Username><Token>t</Token>'
        f'</AuthHeader></soap:Header><soap:Body><List_GetByCompany xmlns="{service.namespace}">'
        "<CompanyId>101</CompanyId><active>yes</active></List_GetByCompany></soap:Body>"
        "</soap:Envelope>"
    )
    answer = httpx.post(
        f"{fake.base_url}/EmployeeService.asmx",
        content=envelope.encode(),
        headers={
            "Content-Type": "text/xml; charset=utf-8",
            "SOAPAction": f'"{service.soap_actions["List_GetByCompany"]}"',
        },
    )

    assert answer.status_code == 500
    assert b"Server was unable to read request" in answer.content
    assert len(fake.invalid_requests) == 1
    assert "active" in fake.invalid_requests[0]


# ---- the Dutch output holds no English sentence ----


def test_the_dutch_check_holds_no_english_sentence(
    fake: FakeNmbrsV21, tmp_path: Path, dutch: Translate
) -> None:
    fake.scenario.inactive = {"Partner_Get"}
    fake.scenario.employees = ()
    reports = [run_check(fake, tmp_path, kind) for kind in PATHS]

    messages = [
        item.message.shown(dutch) for report in reports for item in report.checks if item.message
    ]
    assert messages
    assert any("Niet gecontroleerd" in message for message in messages)
    assert any("Niet getest" in message for message in messages)
    for sentence in english_sentences():
        assert not any(sentence in message for message in messages), sentence


def test_the_dutch_check_command_holds_no_english_sentence(
    fake: FakeNmbrsV21,
    tmp_path: Path,
    dutch: Translate,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NMBRS_TOKEN", fake.scenario.token)
    fake.scenario.inactive = {"SVW_GetCurrent"}
    code = main(
        [
            "check",
            "nmbrs",
            "--username",
            fake.scenario.username,
            "--domain",
            "oamkb",
            "--path",
            "umbrella",
            "--endpoint",
            fake.base_url,
            "--wsdl-cache-dir",
            str(tmp_path),
        ]
    )
    output = capsys.readouterr()

    assert code == 1
    assert "Niet gecontroleerd" in output.out
    for sentence in english_sentences():
        assert sentence not in output.out + output.err, sentence


def test_a_refused_login_is_reported_as_refused(fake: FakeNmbrsV21, tmp_path: Path) -> None:
    report = run_nmbrs_check(
        fake.scenario.username,
        "another-token-0123456789",
        "oamkb",
        AccountType.PER_DEBTOR,
        SETTINGS,
        endpoint=fake.base_url,
        wsdl_cache_dir=tmp_path,
    )

    assert report.error is None
    assert {item.status for item in report.checks} == {CallStatus.AUTH_FAILED}
    assert fake.invalid_requests == []


def test_a_404_on_a_call_is_not_called_a_proxy_page(fake: FakeNmbrsV21, tmp_path: Path) -> None:
    # The WSDL loads, then the service's address answers IIS's HTML 404 to every call.
    run_check(fake, tmp_path, AccountType.PER_DEBTOR)
    fake.scenario.missing = {"ReportService", "EmployeeService"}
    report = run_check(fake, tmp_path, AccountType.PER_DEBTOR)

    employee = [item for item in report.checks if item.service == "EmployeeService"]
    # A 404 says nothing about the login's rights: those calls are not checked, with the reason.
    assert {item.status for item in employee} == {CallStatus.NOT_CHECKED}
    assert any("HTTP 404" in english(item.message) for item in employee)
    assert not any("proxy" in english(item.message) for item in employee)


def test_the_header_each_operation_declares_is_the_one_sent(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    # v2.1's EmployeeService declares AuthHeaderWithDomain on one operation, AuthHeader elsewhere.
    async def call_both() -> None:
        async with make_async_client(SETTINGS) as http:
            loaded = await load_services(
                fake.base_url,
                http,
                WsdlCache(tmp_path),
                through_proxy=False,
                services={"EmployeeService"},
            )
            client = loaded.clients["EmployeeService"]
            login = NmbrsLogin(fake.scenario.username, fake.scenario.token, "oamkb")
            await client.call("EndServiceReason_GetList", {}, login)
            await client.call("Children_Get", {"EmployeeId": 5001}, login)

    asyncio.run(call_both())

    assert fake.invalid_requests == []
    headers = {call.operation: set(call.header) for call in fake.calls}
    assert headers["EndServiceReason_GetList"] == {"Username", "Token", "Domain"}
    assert headers["Children_Get"] == {"Username", "Token"}


def test_with_a_v3_style_report_service_beside_them_every_umbrella_call_is_sent(
    fake: FakeNmbrsV21, tmp_path: Path
) -> None:
    # As in issue 14's experiment: no ReportService WSDL of any version exists, so the tests'
    # v3-style one stands in; the Background call gets a task id, the result call 2019.
    fake.scenario.v3_report_service = True
    report = run_check(fake, tmp_path, AccountType.UMBRELLA)

    assert report.error is None
    assert fake.invalid_requests == []
    calls = shipped_manual().calls[AccountType.UMBRELLA]
    for call in calls:
        assert call.operation in fake.called(call.service), call.operation
    assert {item.status for item in report.checks} == {CallStatus.ACTIVE}
    assert report.ok is True
