"""The WSDL cache keeps only what the check accepted: a refused WSDL never sticks (issue 15 §6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from tests.fakes.nmbrs_wsdl_spec import build_wsdl
from wizard.core.check_result import CallStatus, CheckReport
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.services.nmbrs.outcomes import NOT_CHECKED_STATUS
from wizard.services.nmbrs.wsdl_cache import WsdlCache

SETTINGS = NetworkSettings(connect_timeout=2.0, read_timeout=5.0)
SERVICE = "CompanyService"


def healthy_wsdl(fake: FakeNmbrs) -> str:
    return build_wsdl(fake.shape(SERVICE), f"{fake.base_url}/{SERVICE}.asmx")


def with_doctype(fake: FakeNmbrs) -> bytes:
    """A WSDL the check refuses: it carries a DTD (harmless here, but DTDs are never allowed)."""
    wsdl = healthy_wsdl(fake)
    start = wsdl.index("<wsdl:definitions")
    return (wsdl[:start] + "<!DOCTYPE wsdl:definitions>\n" + wsdl[start:]).encode()


def with_foreign_import(fake: FakeNmbrs) -> bytes:
    """A WSDL the check refuses: it imports a document from another host."""
    wsdl = healthy_wsdl(fake)
    end = wsdl.index(">", wsdl.index("<wsdl:definitions")) + 1
    foreign = '<wsdl:import namespace="urn:foreign" location="http://198.51.100.7/x.wsdl" />'
    return (wsdl[:end] + foreign + wsdl[end:]).encode()


def wsdl_url(fake: FakeNmbrs) -> str:
    return f"{fake.base_url}/{SERVICE}.asmx?WSDL"


def run_check(fake: FakeNmbrs, cache_dir: Path) -> CheckReport:
    scenario = fake.scenario
    return run_nmbrs_check(
        scenario.username,
        scenario.token,
        scenario.domain,
        AccountType.UMBRELLA,
        SETTINGS,
        endpoint=fake.base_url,
        wsdl_cache_dir=cache_dir,
    )


@pytest.mark.parametrize("refused", [with_doctype, with_foreign_import])
def test_a_refused_wsdl_is_not_cached_and_the_healthy_one_is_used_next_time(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path, refused
) -> None:
    nmbrs_scenario.wsdl_override[SERVICE] = refused(fake_nmbrs)
    first = run_check(fake_nmbrs, tmp_path)

    # Only the refused service's calls are not checked; its WSDL was not kept.
    assert {i.status for i in first.checks if i.service == SERVICE} == {NOT_CHECKED_STATUS}
    assert first.ok is False
    assert not WsdlCache(tmp_path).path_for(wsdl_url(fake_nmbrs)).exists()
    assert len(list(tmp_path.glob("*.wsdl"))) == 3

    nmbrs_scenario.wsdl_override.clear()
    second = run_check(fake_nmbrs, tmp_path)

    assert second.error is None
    assert second.ok is True
    assert fake_nmbrs.count(f"WSDL {SERVICE}") == 2
    assert fake_nmbrs.count("WSDL EmployeeService") == 1


@pytest.mark.parametrize("poison", [with_doctype, with_foreign_import])
def test_a_cached_entry_that_fails_to_parse_is_dropped_and_fetched_again(
    fake_nmbrs: FakeNmbrs, tmp_path: Path, poison
) -> None:
    # As an older version of the wizard may have left it: a fresh entry that no longer parses.
    cache = WsdlCache(tmp_path)
    cache.store(wsdl_url(fake_nmbrs), poison(fake_nmbrs))
    assert cache.read_fresh(wsdl_url(fake_nmbrs)) is not None

    report = run_check(fake_nmbrs, tmp_path)

    assert report.error is None
    assert report.ok is True
    assert fake_nmbrs.count(f"WSDL {SERVICE}") == 1
    assert cache.read_fresh(wsdl_url(fake_nmbrs)) == healthy_wsdl(fake_nmbrs).encode()


def test_a_cached_entry_that_is_not_xml_is_dropped_and_fetched_again(
    fake_nmbrs: FakeNmbrs, tmp_path: Path
) -> None:
    cache = WsdlCache(tmp_path)
    cache.store(wsdl_url(fake_nmbrs), b"\x00\x01 not a WSDL")

    report = run_check(fake_nmbrs, tmp_path)

    assert report.ok is True
    assert {item.status for item in report.checks} == {CallStatus.ACTIVE}
    assert cache.read_fresh(wsdl_url(fake_nmbrs)) == healthy_wsdl(fake_nmbrs).encode()
