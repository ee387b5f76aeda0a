"""Both live checks fulfil one contract: run(request, cancel) -> CheckReport, never raising
because the check could not run, stoppable from another thread, with the Package as package."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import cast

import pytest

from tests.check_messages import english
from tests.fakes.afas_fixtures import CONFIRMED_CONNECTOR_LIST
from tests.fakes.fake_afas import FakeAfas
from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from wizard.core.check_result import CheckReport, Verdict
from wizard.core.live_check import (
    AfasCheckRequest,
    CheckCancelled,
    LiveCheck,
    NmbrsCheckRequest,
    NotRunCheck,
)
from wizard.core.model import AccountType, Package
from wizard.services.afas.check import AfasCheck
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import NmbrsCheck

SETTINGS = NetworkSettings(connect_timeout=2.0, read_timeout=30.0)


def _afas(fake: FakeAfas) -> AfasCheck:
    return AfasCheck(SETTINGS, endpoint=fake.base_url, connector_list=CONFIRMED_CONNECTOR_LIST)


def _nmbrs(fake: FakeNmbrs, tmp_path: Path) -> NmbrsCheck:
    return NmbrsCheck(SETTINGS, endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "wsdl")


def _nmbrs_request(scenario: NmbrsScenario, token: str | None = None) -> NmbrsCheckRequest:
    return NmbrsCheckRequest(
        scenario.username,
        scenario.token if token is None else token,
        scenario.domain,
        AccountType.UMBRELLA,
    )


def test_both_checks_report_their_package_and_pass_against_the_fakes(
    fake_afas: FakeAfas, fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    afas: LiveCheck[AfasCheckRequest] = _afas(fake_afas)
    nmbrs: LiveCheck[NmbrsCheckRequest] = _nmbrs(fake_nmbrs, tmp_path)
    afas_report = afas.run(AfasCheckRequest("12345", fake_afas.config.data_token))
    nmbrs_report = nmbrs.run(_nmbrs_request(nmbrs_scenario))
    assert (afas.package, afas_report.package) == (Package.AFAS, Package.AFAS)
    assert (nmbrs.package, nmbrs_report.package) == (Package.NMBRS, Package.NMBRS)
    assert afas_report.verdict is Verdict.PASSED
    assert nmbrs_report.verdict is Verdict.PASSED


def test_a_check_that_cannot_run_is_a_report_not_an_exception(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    # AFAS refuses an employer code with a comma before any traffic; Nmbrs an empty token.
    afas = AfasCheck(SETTINGS, endpoint="http://127.0.0.1:9/ProfitRestServices")
    afas_report = afas.run(AfasCheckRequest("12345", "A" * 64, employer_codes=("1,2",)))
    nmbrs_report = _nmbrs(fake_nmbrs, tmp_path).run(_nmbrs_request(nmbrs_scenario, token=""))
    for report in (afas_report, nmbrs_report):
        assert report.verdict is Verdict.NOT_RUN
        assert english(report.error) and not report.checks


def test_not_run_check_reports_its_reason() -> None:
    report = NotRunCheck(Package.AFAS, "proxy unusable").run(object())
    assert (report.package, report.verdict, english(report.error)) == (
        Package.AFAS,
        Verdict.NOT_RUN,
        "proxy unusable",
    )


def _stopped(check: LiveCheck[object], request: object, started: threading.Event) -> None:
    cancel = threading.Event()
    worker_error: list[BaseException] = []

    def work() -> None:
        try:
            check.run(request, cancel)
        except BaseException as error:  # the test asserts on it below
            worker_error.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(30)
    cancel.set()
    worker.join(30)
    assert not worker.is_alive()
    assert len(worker_error) == 1 and isinstance(worker_error[0], CheckCancelled)


def _first_request(fake: FakeAfas | FakeNmbrs) -> threading.Event:
    """Set once the fake has seen a request: the check is then under way."""
    seen = threading.Event()
    record = fake.record

    def recording(*arguments: object) -> None:
        record(*arguments)
        seen.set()

    fake.record = recording
    return seen


def test_the_afas_check_can_be_stopped(fake_afas: FakeAfas) -> None:
    fake_afas.config.latency = 60.0
    request = AfasCheckRequest("12345", fake_afas.config.data_token)
    _stopped(_afas(fake_afas), request, _first_request(fake_afas))


def test_the_nmbrs_check_can_be_stopped(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    nmbrs_scenario.latency = 60.0
    started = _first_request(fake_nmbrs)
    _stopped(_nmbrs(fake_nmbrs, tmp_path), _nmbrs_request(nmbrs_scenario), started)


@pytest.mark.parametrize("package", list(Package))
def test_every_package_has_a_check(package: Package) -> None:
    checks = {Package.NMBRS: NmbrsCheck(SETTINGS), Package.AFAS: AfasCheck(SETTINGS)}
    assert checks[package].package is package


def test_a_report_takes_the_package_enum_not_its_name() -> None:
    # The verdict compares packages with `is`: a plain string would judge another way.
    with pytest.raises(TypeError):
        CheckReport(package=cast(Package, "nmbrs"))
    assert CheckReport(package=Package.NMBRS).package is Package.NMBRS
