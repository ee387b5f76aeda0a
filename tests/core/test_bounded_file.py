"""The one reader for files the wizard did not just write itself: regular files, bounded."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from wizard.core.bounded_file import FileTooLargeError, NotARegularFileError, read_regular_file


def test_a_regular_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100


def test_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLargeError) as caught:
        read_regular_file(path, 100)
    assert caught.value.limit == 100


def test_a_folder_is_not_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFileError):
        read_regular_file(tmp_path, 100)


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and /dev/zero")
def test_a_fifo_and_a_device_are_refused_without_reading(tmp_path: Path) -> None:
    """Both used to block or run forever; O_NONBLOCK opens a FIFO without a writer at once."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    zero = tmp_path / "zero"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        with pytest.raises(NotARegularFileError):
            read_regular_file(path, 100)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing", 100)


@pytest.mark.skipif(sys.platform != "linux", reason="/proc reports size 0 for growing files")
def test_a_file_larger_than_its_reported_size_is_cut_at_the_limit() -> None:
    """/proc files report size 0 and have content: the size check alone is not enough."""
    with pytest.raises(FileTooLargeError):
        read_regular_file("/proc/self/maps", 10)
