"""Stopping the re-check of an AFAS registration: nothing starts or lands after the stop."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.fakes.afas_fixtures import CONFIRMED_CONNECTORS
from tests.fakes.fake_afas import FakeAfas
from wizard.core.registration_examples import example_json
from wizard.core.registration_file import import_registration
from wizard.services.network_settings import NetworkSettings
from wizard.services.registration_recheck import find_tokens, recheck


def test_a_stop_while_the_afas_login_is_checked_drops_its_answer(
    tmp_path: Path, fake_afas: FakeAfas
) -> None:
    # Before: the AFAS re-check ignored the stop; the answer that came after it was shown and
    # recorded, and the batch did not say it was stopped.
    path = tmp_path / "afas.json"
    path.write_bytes(example_json("afas", include_tokens=True))
    imported = import_registration(path)
    fake_afas.config.token_version = imported.state.afas.token_version or "1"
    fake_afas.config.data_token = imported.state.afas.data_token
    fake_afas.config.latency = 30.0  # held until released below
    logins = find_tokens(imported.state, tokens_in_file=True, secrets=None)
    cancel = threading.Event()
    events: list[tuple[str, bool]] = []

    def progress(subject: str, started: bool, _run: object) -> None:
        events.append((subject, started))
        if started:
            cancel.set()  # the clerk stops while this login is being checked
            fake_afas.release()

    result = recheck(
        imported.state,
        logins,
        NetworkSettings(connect_timeout=2.0, read_timeout=5.0),
        endpoint=fake_afas.base_url,
        expected_connectors=CONFIRMED_CONNECTORS,
        cancel=cancel,
        progress=progress,
    )
    assert result.stopped
    assert result.runs == {}
    assert events == [(logins[0].subject, True)]
