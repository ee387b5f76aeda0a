"""Pytest fixtures for the fake Nmbrs server. Register with `pytest_plugins`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario


@pytest.fixture
def nmbrs_scenario() -> NmbrsScenario:
    """The default scenario: everything active, two companies with employees."""
    return NmbrsScenario()


@pytest.fixture
def fake_nmbrs(nmbrs_scenario: NmbrsScenario) -> Iterator[FakeNmbrs]:
    """A running fake Nmbrs on 127.0.0.1; shut down after the test."""
    with FakeNmbrs(nmbrs_scenario) as server:
        yield server


@pytest.fixture
def fake_nmbrs_factory() -> Iterator[Callable[[NmbrsScenario], FakeNmbrs]]:
    """Start extra fake servers (one per employer, say); all are shut down after the test."""
    servers: list[FakeNmbrs] = []

    def start(scenario: NmbrsScenario) -> FakeNmbrs:
        server = FakeNmbrs(scenario).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
