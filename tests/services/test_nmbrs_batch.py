"""Many logins checked at once against one fake Nmbrs: bounded, mixed results, can be stopped."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode, NmbrsScenario
from wizard.core.check_result import Verdict
from wizard.core.login_check_summary import LoginOutcome, outcome_of
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.batch import BatchLogin, run_batch

SETTINGS = NetworkSettings(connect_timeout=2.0, read_timeout=5.0)


def login(name: str, **changes: object) -> NmbrsScenario:
    scenario = NmbrsScenario(
        username=f"{name}@example.nl", token=f"token-{name}-0123456789abcdef", domain=name
    )
    for key, value in changes.items():
        setattr(scenario, key, value)
    return scenario


def batch_login(scenario: NmbrsScenario, **changes: str) -> BatchLogin:
    values = {"username": scenario.username, "token": scenario.token, "domain": scenario.domain}
    values.update(changes)
    return BatchLogin(**values)


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "wsdl"


def test_mixed_results_each_login_judged_by_its_own_scenario(cache_dir: Path) -> None:
    good = login("goed")
    missing = login("rechten", inactive={"Employment_GetAll_AllEmployeesByCompany"})
    wrong_domain = login("domein")
    no_companies = login("leeg", companies=[])
    refused = login("geweigerd")
    broken = login("kapot", faults={"*": FaultMode.HTML_PAGE})
    logins = [
        batch_login(good),
        batch_login(missing),
        batch_login(wrong_domain, domain="andere"),
        batch_login(no_companies),
        batch_login(refused, token="not-the-token-0123456789"),
        batch_login(broken),
    ]
    scenarios = [good, missing, wrong_domain, no_companies, refused, broken]
    with FakeNmbrs(logins=scenarios) as fake:
        result = run_batch(
            logins,
            AccountType.PER_DEBTOR,
            SETTINGS,
            endpoint=fake.base_url,
            wsdl_cache_dir=cache_dir,
        )
    assert not result.stopped
    outcomes = [outcome_of(result.runs[index].report) for index in range(len(logins))]
    assert outcomes == [
        LoginOutcome.ALL_GOOD,
        LoginOutcome.MISSING_CALLS,
        LoginOutcome.WRONG_DOMAIN,
        LoginOutcome.NO_COMPANIES,
        LoginOutcome.LOGIN_REFUSED,
        LoginOutcome.COULD_NOT_RUN,
    ]
    assert result.runs[2].report.suggested_domain == "domein"
    assert result.runs[5].report.verdict is Verdict.NOT_RUN


def test_at_most_4_logins_and_32_requests_in_flight(cache_dir: Path) -> None:
    scenarios = [login(f"w{i}", latency=0.05) for i in range(12)]
    started: list[int] = []
    running: set[int] = set()
    peak_logins = 0
    lock = threading.Lock()

    def progress(index: int, starting: bool, _run: object) -> None:
        nonlocal peak_logins
        with lock:
            if starting:
                started.append(index)
                running.add(index)
                peak_logins = max(peak_logins, len(running))
            else:
                running.discard(index)

    with FakeNmbrs(logins=scenarios) as fake:
        result = run_batch(
            [batch_login(s) for s in scenarios],
            AccountType.PER_DEBTOR,
            SETTINGS,
            endpoint=fake.base_url,
            wsdl_cache_dir=cache_dir,
            progress=progress,
        )
        peak_requests = fake.peak_in_flight
    assert len(result.runs) == 12
    assert all(run.report.ok for run in result.runs.values())
    assert sorted(started) == list(range(12))
    assert peak_logins <= 4
    assert 4 < peak_requests <= 32


def test_a_tighter_request_limit_is_kept(cache_dir: Path) -> None:
    scenarios = [login(f"k{i}", latency=0.02) for i in range(4)]
    with FakeNmbrs(logins=scenarios) as fake:
        run_batch(
            [batch_login(s) for s in scenarios],
            AccountType.UMBRELLA,
            SETTINGS,
            endpoint=fake.base_url,
            wsdl_cache_dir=cache_dir,
            max_requests=3,
        )
        assert fake.peak_in_flight <= 3


def test_stopping_keeps_the_finished_runs(cache_dir: Path) -> None:
    scenarios = [login("snel")] + [login(f"traag{i}", latency=5.0) for i in range(5)]
    cancel = threading.Event()

    def progress(index: int, starting: bool, _run: object) -> None:
        if not starting and index == 0:
            cancel.set()

    with FakeNmbrs(logins=scenarios) as fake:
        result = run_batch(
            [batch_login(s) for s in scenarios],
            AccountType.PER_DEBTOR,
            SETTINGS,
            endpoint=fake.base_url,
            wsdl_cache_dir=cache_dir,
            progress=progress,
            cancel=cancel,
            max_logins=1,
        )
    assert result.stopped
    assert list(result.runs) == [0]
    assert result.runs[0].report.ok


def test_after_the_stop_no_login_starts_or_finishes(cache_dir: Path) -> None:
    # Four quick logins finish together; the first one's end stops the batch. Before, the
    # others still reported their end, and the next logins their start, in the up to 50 ms
    # before the worker noticed the stop: rows changed after the clerk had stopped.
    scenarios = [login(f"snel{i}") for i in range(4)] + [
        login(f"traag{i}", latency=5.0) for i in range(4)
    ]
    cancel = threading.Event()
    after_stop: list[tuple[int, bool]] = []

    def progress(index: int, starting: bool, _run: object) -> None:
        if cancel.is_set():
            after_stop.append((index, starting))
        elif not starting:
            cancel.set()

    with FakeNmbrs(logins=scenarios) as fake:
        result = run_batch(
            [batch_login(s) for s in scenarios],
            AccountType.PER_DEBTOR,
            SETTINGS,
            endpoint=fake.base_url,
            wsdl_cache_dir=cache_dir,
            progress=progress,
            cancel=cancel,
        )
    assert result.stopped
    assert after_stop == []
    assert len(result.runs) == 1  # only the run reported before the stop counts
