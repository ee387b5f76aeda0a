"""The connector ZIP a.s.r. sends for AFAS: the GetConnector ids it holds (read, not extracted)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

from wizard.core.bounded_file import FileTooLargeError, NotARegularFileError, read_regular_file
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.services.network_errors import CheckFailed, NetworkProblem

# The a.s.r. ZIP holds a few small .gcn files; anything far bigger is not that ZIP.
MAX_ZIP_FILE_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 200
_CONNECTOR_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]{0,99}")

MSG_ZIP_UNREADABLE = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "The file {name} could not be opened. Choose the ZIP file with the Benefits-Plaza connectors "
    "that a.s.r. sent you ({step:afas_connector_zip}).",
)
MSG_ZIP_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "{name} is not an ordinary file (for example a folder or a device). Choose the ZIP file with "
    "the Benefits-Plaza connectors that a.s.r. sent you ({step:afas_connector_zip}).",
)
MSG_ZIP_NOT_ZIP = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "{name} is not a ZIP file. Choose the ZIP file with the Benefits-Plaza connectors that a.s.r. "
    "sent you ({step:afas_connector_zip}).",
)
MSG_ZIP_TOO_BIG = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "{name} is too large or holds too many files to be the a.s.r. connector ZIP. Choose the ZIP "
    "file that a.s.r. sent you ({step:afas_connector_zip}).",
)
MSG_ZIP_NO_GCN = QT_TRANSLATE_NOOP(
    "AfasCheck",
    "{name} holds no connector files (.gcn). Choose the ZIP file with the Benefits-Plaza "
    "connectors that a.s.r. sent you ({step:afas_connector_zip}).",
)


def unique_names(names: Iterable[str]) -> list[str]:
    """Stripped, non-empty names without case-insensitive duplicates, first one wins."""
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        cleaned = name.strip()
        if cleaned and cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            result.append(cleaned)
    return result


def _zip_problem(text: str, path: Path) -> CheckFailed:
    return CheckFailed(NetworkProblem.INPUT, text, context="AfasCheck", name=path.name)


def _declared_zip_entries(data: bytes) -> int | None:
    """The entry count from the ZIP's end record, read before zipfile loads the whole directory.

    None when there is no end record, so the file is not a ZIP.
    """
    # The end record is 22 bytes plus a comment of at most 65535 bytes.
    tail = data[-(22 + 0xFFFF) :]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    _signature, _disk, _directory_disk, _disk_entries, total = struct.unpack(
        "<4sHHHH", tail[at : at + 12]
    )
    return int(total)


def connector_ids_from_zip(path: Path) -> list[str]:
    """The GetConnector ids in the ZIP the clerk received: the stems of its .gcn files.

    Only the member names are read; nothing is extracted. Raises CheckFailed(INPUT) for a
    missing or unreadable file, a non-ZIP, a ZIP without .gcn files, or one too big to be it.
    """
    try:
        # Read whole and bounded: a FIFO or a device never reaches zipfile.
        data = read_regular_file(path, MAX_ZIP_FILE_BYTES)
    except FileTooLargeError:
        raise _zip_problem(MSG_ZIP_TOO_BIG, path) from None
    except NotARegularFileError:
        raise _zip_problem(MSG_ZIP_NOT_A_FILE, path) from None
    except OSError:
        raise _zip_problem(MSG_ZIP_UNREADABLE, path) from None
    declared = _declared_zip_entries(data)
    if declared is None:
        raise _zip_problem(MSG_ZIP_NOT_ZIP, path)
    # 0xFFFF means ZIP64, which a handful of connector files never needs.
    if declared > MAX_ZIP_MEMBERS:
        raise _zip_problem(MSG_ZIP_TOO_BIG, path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _zip_problem(MSG_ZIP_NOT_ZIP, path) from None
    except OSError:
        raise _zip_problem(MSG_ZIP_UNREADABLE, path) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise _zip_problem(MSG_ZIP_TOO_BIG, path)
    stems: list[str] = []
    for member in members:
        name = member.filename.replace("\\", "/")
        base = name.rsplit("/", 1)[-1]
        # Skip folders and the resource-fork copies macOS adds when zipping.
        if member.is_dir() or name.startswith("__MACOSX/") or base.startswith("._"):
            continue
        if not base.lower().endswith(".gcn"):
            continue
        stem = base[: -len(".gcn")].strip()
        if _CONNECTOR_ID.fullmatch(stem):
            stems.append(stem)
    ids = sorted(unique_names(stems), key=str.casefold)
    if not ids:
        raise _zip_problem(MSG_ZIP_NO_GCN, path)
    return ids
