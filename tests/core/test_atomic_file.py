"""write_atomic waits out a short hold on the target (Windows) and never leaves a temp file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wizard.core import atomic_file
from wizard.core.atomic_file import write_atomic


@pytest.fixture
def held_target(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """os.replace refuses as Windows does while another program holds the target open."""
    refusals = [0]
    real_replace = os.replace

    def replace(source: str, target: str | os.PathLike[str]) -> None:
        if refusals[0] > 0:
            refusals[0] -= 1
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(atomic_file.os, "replace", replace)
    monkeypatch.setattr(atomic_file, "_REPLACE_PAUSE_S", 0.0)
    return refusals


def test_a_short_hold_is_waited_out(tmp_path: Path, held_target: list[int]) -> None:
    target = tmp_path / "voortgang.json"
    target.write_bytes(b"old")
    held_target[0] = 3

    write_atomic(target, b"new")

    assert target.read_bytes() == b"new"
    assert [path.name for path in tmp_path.iterdir()] == ["voortgang.json"]


def test_a_lasting_hold_fails_and_keeps_the_old_file(
    tmp_path: Path, held_target: list[int]
) -> None:
    target = tmp_path / "voortgang.json"
    target.write_bytes(b"old")
    held_target[0] = 1_000

    with pytest.raises(PermissionError):
        write_atomic(target, b"new")

    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["voortgang.json"]
    assert held_target[0] == 1_000 - atomic_file._REPLACE_ATTEMPTS
