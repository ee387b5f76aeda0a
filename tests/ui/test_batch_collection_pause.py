"""Full garbage collections wait while a batch runs, and come back when the last batch ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wizard.ui import batch_collection_pause as pause


@pytest.fixture(autouse=True)
def _clean_collector() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    while pause.batches_running():
        pause.batch_ended()
    gc.set_threshold(*threshold)
    gc.unfreeze()


def test_a_batch_freezes_what_is_alive_and_raises_the_full_threshold() -> None:
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, 10)
    pause.batch_started()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (young, middle, 100)
    pause.batch_ended()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (young, middle, 10)


def test_overlapping_batches_resume_only_after_the_last_one() -> None:
    before = gc.get_threshold()
    pause.batch_started()
    pause.batch_started()
    pause.batch_ended()
    assert gc.get_freeze_count() > 0
    pause.batch_ended()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_an_end_without_a_start_changes_nothing() -> None:
    before = gc.get_threshold()
    pause.batch_ended()
    assert pause.batches_running() == 0
    assert gc.get_threshold() == before
