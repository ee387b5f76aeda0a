"""The check runner on a real thread pool: an answer to a request that is no longer the
newest, failure or success, never reaches the page. Gated by events, not by the clock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool

from wizard.core.message import Message, in_english
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.ui.check_runner import CheckRunner


def _gated(gate: threading.Event, outcome: str) -> Callable[[], object]:
    """Work that waits for `gate`, then fails like a dropped connection, crashes or answers."""

    def work() -> object:
        gate.wait(timeout=30)
        if outcome == "failure":
            raise CheckFailed(NetworkProblem.CONNECTION, host="127.0.0.1")
        if outcome == "crash":
            raise RuntimeError("a bug in the check")
        return outcome

    return work


@pytest.fixture
def runner(qtbot) -> Iterator[CheckRunner]:
    # One worker: tasks run, and emit their queued answers, in the order they were started.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = CheckRunner(pool)
    yield runner
    pool.waitForDone(30000)


@pytest.mark.parametrize("outcome", ["failure", "crash", "success"])
@pytest.mark.parametrize("how", ["cancelled", "input-changed", "superseded"])
def test_a_late_answer_of_a_stopped_check_is_dropped(
    qtbot, runner: CheckRunner, outcome: str, how: str
) -> None:
    failures: list[Message] = []
    results: list[object] = []
    runner.failed.connect(failures.append)
    runner.finished.connect(results.append)
    late = threading.Event()
    runner.start("12345", _gated(late, outcome))
    assert runner.busy
    if how == "cancelled":
        runner.cancel()
        assert not runner.busy
    elif how == "input-changed":
        runner.input_changed("54321")
        assert not runner.busy
    # The newest request runs after the stopped one on the single worker, so its answer is
    # delivered after the stale one: waiting for it is waiting past the stale answer.
    newest = threading.Event()
    newest.set()
    with qtbot.waitSignal(runner.finished, timeout=30000):
        runner.start("54321", _gated(newest, "newest"))
        late.set()
    assert failures == []
    assert results == ["newest"]
    assert not runner.busy


def test_the_newest_failure_is_shown(qtbot, runner: CheckRunner) -> None:
    """The other side: without a stop, a failure reaches the page once."""
    gate = threading.Event()
    gate.set()
    with qtbot.waitSignal(runner.failed, timeout=30000) as caught:
        runner.start("12345", _gated(gate, "failure"))
    assert "127.0.0.1" in caught.args[0].shown(in_english)
    assert not runner.busy
