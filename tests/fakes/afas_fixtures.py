"""Pytest fixtures for the loopback AFAS fake; the lead registers them via pytest_plugins."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.fake_afas import FakeAfas, FakeAfasConfig

# The ids the fake assigns by default: the placeholder list in
# resources/afas/benefits_plaza_connectors.json, plus the standard employers connector.
DEFAULT_ASSIGNED = [
    "BP_Werkgevers",
    "BP_Medewerkers",
    "BP_Dienstverbanden",
    "BP_Salarissen",
    "Profit_Employers",
]
# The shipped placeholder list marked as confirmed: the check compares against it, as it will
# once a.s.r.'s real list is in resources/afas/.
CONFIRMED_CONNECTOR_LIST = Path(__file__).with_name("confirmed_connectors.json")
CONFIRMED_CONNECTORS = DEFAULT_ASSIGNED[:4]


@pytest.fixture
def fake_afas() -> Iterator[FakeAfas]:
    """A running fake AFAS environment with every expected connector assigned."""
    config = FakeAfasConfig(
        assigned_connectors=list(DEFAULT_ASSIGNED),
        employers={"01": "Voorbeeld B.V.", "RIS": "Risico Holding B.V."},
    )
    with FakeAfas(config) as server:
        yield server


# Linux refuses a closed port at once; Windows retries the connection for about 2 s before it
# reports the refusal. Tests that expect "refused" (not "timed out") wait this long to connect.
REFUSAL_CONNECT_TIMEOUT = 5.0


@pytest.fixture
def closed_loopback_port() -> int:
    """A loopback port nobody listens on, so connecting is refused (see REFUSAL_CONNECT_TIMEOUT)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
