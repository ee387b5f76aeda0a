"""The fake Nmbrs server itself: WSDL shape, ASMX faults and the auth header, seen on the wire."""

from __future__ import annotations

import httpx
import pytest
from lxml import etree

from tests.fakes.fake_nmbrs import SENTINEL_NAME, SOAP11, FakeNmbrs, NmbrsScenario
from tests.fakes.nmbrs_wsdl_spec import SERVICES

WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/"


def envelope(service: str, body: str, header: str = "") -> bytes:
    ns = f"https://api.nmbrs.nl/soap/v3/{service}"
    return (
        f'<soap:Envelope xmlns:soap="{SOAP11}" xmlns:n="{ns}">'
        f"<soap:Header>{header}</soap:Header><soap:Body>{body}</soap:Body></soap:Envelope>"
    ).encode()


def auth(scenario: NmbrsScenario, *, domain: str | None = None) -> str:
    return (
        f"<n:AuthHeaderWithDomain><n:Username>{scenario.username}</n:Username>"
        f"<n:Token>{scenario.token}</n:Token><n:Domain>{domain or scenario.domain}</n:Domain>"
        "</n:AuthHeaderWithDomain>"
    )


def post(fake: FakeNmbrs, service: str, payload: bytes) -> httpx.Response:
    return httpx.post(
        f"{fake.base_url}/{service}.asmx",
        content=payload,
        headers={"Content-Type": "text/xml; charset=utf-8"},
    )


def faultstring(response: httpx.Response) -> str:
    root = etree.fromstring(response.content)
    return root.findtext(f"{{{SOAP11}}}Body/{{{SOAP11}}}Fault/faultstring") or ""


@pytest.mark.parametrize("service", SERVICES)
def test_wsdl_is_served_at_the_documented_address(fake_nmbrs: FakeNmbrs, service: str):
    response = httpx.get(f"{fake_nmbrs.base_url}/{service}.asmx?WSDL")

    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.get("targetNamespace") == f"https://api.nmbrs.nl/soap/v3/{service}"
    assert root.find(f"{{{WSDL}}}binding[@name='{service}Soap']") is not None
    assert fake_nmbrs.wsdl_requests() == 1


def test_environment_get_declares_the_plain_auth_header(fake_nmbrs: FakeNmbrs):
    text = httpx.get(f"{fake_nmbrs.base_url}/DebtorService.asmx?WSDL").text

    assert '<wsdl:message name="Environment_GetAuthHeader">' in text
    assert '<wsdl:message name="List_GetAllAuthHeaderWithDomain">' in text


def test_answer_carries_the_sentinel(fake_nmbrs: FakeNmbrs):
    scenario = fake_nmbrs.scenario
    body = "<n:Partner_Get><n:EmployeeId>5001</n:EmployeeId></n:Partner_Get>"
    response = post(
        fake_nmbrs, "EmployeeService", envelope("EmployeeService", body, auth(scenario))
    )

    assert response.status_code == 200
    assert SENTINEL_NAME in response.text


def test_wrong_domain_is_an_asmx_fault_1001(fake_nmbrs: FakeNmbrs):
    scenario = fake_nmbrs.scenario
    payload = envelope("CompanyService", "<n:List_GetAll />", auth(scenario, domain="elders"))
    response = post(fake_nmbrs, "CompanyService", payload)

    assert response.status_code == 500
    assert faultstring(response) == (
        "Server was unable to process request. ---> 1001: Invalid Authentication"
    )
    root = etree.fromstring(response.content)
    assert root.findtext(f".//{{{SOAP11}}}Fault/faultcode") == "soap:Server"


def test_missing_header_is_refused(fake_nmbrs: FakeNmbrs):
    response = post(fake_nmbrs, "CompanyService", envelope("CompanyService", "<n:List_GetAll />"))

    assert "---> 1001:" in faultstring(response)


def test_parameter_names_are_case_sensitive(fake_nmbrs: FakeNmbrs):
    scenario = fake_nmbrs.scenario
    body = (
        "<n:Salary_GetAll_AllEmployeesByCompany><n:CompanyId>101</n:CompanyId>"
        "</n:Salary_GetAll_AllEmployeesByCompany>"
    )
    response = post(
        fake_nmbrs, "EmployeeService", envelope("EmployeeService", body, auth(scenario))
    )

    assert response.status_code == 500
    assert "Unexpected element CompanyId" in faultstring(response)


def test_inactive_call_and_counts(fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario):
    nmbrs_scenario.inactive = {"CompanyService.List_GetAll"}
    payload = envelope("CompanyService", "<n:List_GetAll />", auth(nmbrs_scenario))
    response = post(fake_nmbrs, "CompanyService", payload)

    assert "---> 1002: Unauthorized Access" in faultstring(response)
    assert fake_nmbrs.count("CompanyService.List_GetAll") == 1
    assert fake_nmbrs.soap_requests() == 1
