"""Employers from a CSV or Excel (.xlsx) file: read, recognise the columns, judge every row.

The per-debtor path may hold dozens of employers. The clerk keeps them in a spreadsheet; this
module turns that file into a preview, a verdict per row, before anything is added. Columns are
recognised by their header (Dutch or English, any order). Nothing here changes the clerk's list:
`add_importable` adds the accepted rows to it, never replacing an employer already there.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from wizard.core.bounded_file import FileTooLargeError, NotARegularFileError, read_regular_file
from wizard.core.field_rules import check_field
from wizard.core.file_read_errors import CANNOT_READ, FILE_NOT_FOUND, NO_READ_PERMISSION
from wizard.core.message import Message, in_english
from wizard.core.model import Employer
from wizard.core.spreadsheet_formula import formula_sign
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "EmployerImport"

# An employer list of thousands of rows is well under 1 MB; 5 MB leaves room for an .xlsx
# with formatting, and refuses a wrongly chosen file (a backup, a video) before it is parsed.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
# What an .xlsx may unpack to: a 10,000-row list is a few MB of XML. A zip bomb (a small file
# that unpacks to gigabytes) is refused before openpyxl reads any of it.
MAX_WORKBOOK_UNPACKED_BYTES = 50 * 1024 * 1024
# The header may follow a title and blank lines ("Werkgevers 2026"); it is looked for this far.
HEADER_SEARCH_ROWS = 10

MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The file is larger than {limit} MB; an employer list is far smaller. Choose the right "
    "file, or save only the employers as CSV.",
)
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "EmployerImport", "{path} is not an ordinary file (for example a folder or a device)."
)
MSG_BINARY = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The file is not a CSV file or an Excel workbook (.xlsx). In Excel, choose Save As and "
    "then CSV or Excel Workbook.",
)
MSG_OLD_EXCEL = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "This is an old Excel file (.xls). In Excel, choose Save As and then Excel Workbook "
    "(.xlsx) or CSV.",
)
MSG_BAD_WORKBOOK = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The Excel file could not be read: it is damaged or not an Excel workbook (.xlsx).",
)
MSG_WORKBOOK_TOO_LARGE = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The Excel file unpacks to more than {limit} MB; an employer list is far smaller. Save "
    "only the employers as CSV or as a new Excel workbook.",
)
MSG_ENCRYPTED_WORKBOOK = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The Excel file is protected with a password, so it cannot be read. Remove the password "
    "in Excel and save again, or save the list as CSV.",
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The file is not readable text. Save it from Excel as CSV (UTF-8) and try again.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP("EmployerImport", "The file holds no rows.")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "EmployerImport", "The file has more than {limit} rows. Split it into smaller files."
)
MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "The first row must name the columns. Not found: {columns}. The template shows the "
    "column names.",
)
MSG_DOUBLE_COLUMN = QT_TRANSLATE_NOOP(
    "EmployerImport", "The first row names the column {column} twice."
)
MSG_DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP(
    "EmployerImport", "The username is also on row {row}; only the first is imported."
)
MSG_FORMULA_START = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "Starts with {sign}, which a spreadsheet may run as a formula. The wizard keeps it as "
    "text and never runs it; a saved CSV table puts ' before it.",
)
MSG_ALREADY_LISTED = QT_TRANSLATE_NOOP(
    "EmployerImport",
    "An employer with this username is already in the list. It is not overwritten; change it "
    "there by hand if needed.",
)


class Column(StrEnum):
    """A column the import understands; the value is its Dutch name, as in the template."""

    DEBTOR_NAME = "naam debiteur"
    DOMAIN = "Nmbrs-domein"
    USERNAME = "gebruikersnaam"
    LOONHEFFINGENNUMMER = "loonheffingennummer"
    TOKEN = "token"


REQUIRED_COLUMNS = (Column.DEBTOR_NAME, Column.DOMAIN, Column.USERNAME)


def _header_key(text: str) -> str:
    """A header reduced to lower-case letters and digits: 'Nmbrs-domein ' -> 'nmbrsdomein'."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


# Every header each column is known by, Dutch and English; compared through _header_key.
_HEADER_NAMES: dict[Column, tuple[str, ...]] = {
    Column.DEBTOR_NAME: (
        "naam debiteur",
        "debiteur",
        "debiteurnaam",
        "naam werkgever",
        "werkgever",
        "debtor name",
        "debtor",
        "employer name",
        "employer",
    ),
    Column.DOMAIN: (
        "Nmbrs-domein",
        "domein",
        "domeinnaam",
        "domeinnaam Nmbrs",
        "Nmbrs domain",
        "domain",
        "subdomain",
    ),
    Column.USERNAME: (
        "gebruikersnaam",
        "gebruikersnaam Nmbrs",
        "e-mailadres login",
        "username",
        "user name",
        "Nmbrs username",
        "login",
    ),
    Column.LOONHEFFINGENNUMMER: (
        "loonheffingennummer",
        "loonheffingnummer",
        "loonheffingsnummer",
        "LH-nummer",
        "payroll tax number",
        "wage tax number",
    ),
    Column.TOKEN: ("token", "API-token", "API token", "API-token Nmbrs", "Nmbrs API token"),
}
_COLUMN_BY_HEADER = {
    _header_key(name): column for column, names in _HEADER_NAMES.items() for name in names
}

# The field rule each column is checked with; the token's rule only warns about its form.
_RULES = {
    Column.DEBTOR_NAME: "required",
    Column.DOMAIN: "nmbrs_domain",
    Column.USERNAME: "nmbrs_username",
    Column.LOONHEFFINGENNUMMER: "loonheffingennummer",
    Column.TOKEN: "nmbrs_token",
}
_OPTIONAL = {Column.LOONHEFFINGENNUMMER, Column.TOKEN}
_EMPLOYER_ATTRIBUTES = {
    Column.DEBTOR_NAME: "debtor_name",
    Column.DOMAIN: "domain",
    Column.USERNAME: "username",
    Column.LOONHEFFINGENNUMMER: "loonheffingennummer",
    Column.TOKEN: "token",
}


class EmployerImportError(Exception):
    """The file as a whole cannot be imported; `message` says why, worded when shown."""

    def __init__(self, text: str | Message, /, **arguments: str) -> None:
        # A text shared with other files' errors comes as a Message and brings its own context.
        shared = text if isinstance(text, Message) else Message(CONTEXT, text)
        self.message = shared.with_values(**arguments)
        super().__init__(self.message.shown(in_english))


class RowVerdict(StrEnum):
    """What the import does with one row."""

    ADD = "add"
    # Added, with a doubt the clerk may want to look at (e.g. a token of an odd form).
    ADD_WITH_WARNING = "add_with_warning"
    REFUSED = "refused"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_LISTED = "already_listed"


@dataclass(frozen=True)
class RowIssue:
    """One remark on a row, about `column` (None: the whole row), worded when shown."""

    column: Column | None
    message: Message
    blocking: bool = True


@dataclass
class ImportRow:
    """One non-empty data row: its number in the file (the header is row 1) and its verdict."""

    number: int
    employer: Employer
    issues: list[RowIssue] = field(default_factory=list)
    duplicate_of: int | None = None
    already_listed: bool = False

    @property
    def verdict(self) -> RowVerdict:
        """Refused beats duplicate beats already listed beats a warning."""
        if any(issue.blocking and issue.column is not None for issue in self.issues):
            return RowVerdict.REFUSED
        if self.duplicate_of is not None:
            return RowVerdict.DUPLICATE_IN_FILE
        if self.already_listed:
            return RowVerdict.ALREADY_LISTED
        if self.issues:
            return RowVerdict.ADD_WITH_WARNING
        return RowVerdict.ADD

    @property
    def importable(self) -> bool:
        """True when the row will be added."""
        return self.verdict in (RowVerdict.ADD, RowVerdict.ADD_WITH_WARNING)


@dataclass
class EmployerTable:
    """A parsed file: its rows with verdicts, and what the clerk should know about it."""

    rows: list[ImportRow]
    # The header text of each recognised column, as the file spells it.
    headers: dict[Column, str]
    skipped_empty: int = 0
    # "xlsx", or the text encoding of a CSV file ("utf-8", "utf-8-sig", "cp1252", "utf-16").
    source: str = "utf-8"
    delimiter: str = ","
    ignored_headers: list[str] = field(default_factory=list)

    @property
    def has_tokens(self) -> bool:
        """True when the file has a token column with at least one token in it."""
        return any(row.employer.token for row in self.rows)

    @property
    def importable(self) -> list[ImportRow]:
        """The rows that will be added."""
        return [row for row in self.rows if row.importable]

    def column_name(self, column: Column | None) -> str:
        """The column as the file names it (its Dutch name when the file has no such column)."""
        if column is None:
            return ""
        return self.headers.get(column, column.value)


# ---- reading the file ----


def read_employer_file(path: Path | str) -> bytes:
    """The bytes of the file, refusing anything that is not a regular file of sensible size."""
    shown = str(path)
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        megabytes = str(MAX_FILE_BYTES // (1024 * 1024))
        raise EmployerImportError(MSG_TOO_LARGE, limit=megabytes) from None
    except NotARegularFileError:
        raise EmployerImportError(MSG_NOT_A_FILE, path=shown) from None
    except FileNotFoundError:
        raise EmployerImportError(FILE_NOT_FOUND, path=shown) from None
    except PermissionError:
        raise EmployerImportError(NO_READ_PERMISSION, path=shown) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise EmployerImportError(CANNOT_READ, path=shown, reason=reason) from None


def decode_csv_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    Excel writes UTF-8 with a byte-order mark ("CSV UTF-8"), Windows-1252 ("CSV"), or UTF-16
    ("Unicode text"); other programs write UTF-8 without a mark.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise EmployerImportError(MSG_NOT_TEXT) from None
    if b"\x00" in data:
        raise EmployerImportError(MSG_BINARY)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise EmployerImportError(MSG_NOT_TEXT) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise EmployerImportError(MSG_NOT_TEXT) from None


_DELIMITERS = (";", ",", "\t")


def _delimiter(text: str) -> str:
    """';' (Dutch Excel), ',' or a tab: the one that makes a header of one of the first lines;
    else whichever the first line with any of them has most of.

    A title line above the header ("Werkgevers, versie 2") is passed over.
    """
    # Universal newlines: a line may end in \r\n, \n or a lone \r (old Mac Excel).
    lines = (line.rstrip("\n") for line in io.StringIO(text, newline=None) if line.strip())
    first_lines = list(itertools.islice(lines, HEADER_SEARCH_ROWS))
    for delimiter in _DELIMITERS:
        for line in first_lines:
            if _is_header(_split_line(line, delimiter)):
                return delimiter
    for line in first_lines:
        counts = {delimiter: line.count(delimiter) for delimiter in _DELIMITERS}
        best = max(counts, key=lambda delimiter: counts[delimiter])
        if counts[best]:
            return best
    return ","


def _split_line(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # a quote opened on this line closes on a later one
        return []


def _csv_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error:
        raise EmployerImportError(MSG_NOT_TEXT) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # A number typed into Excel comes back as 123.0; the clerk typed 123.
        return str(int(value))
    return str(value)


def _refuse_zip_bomb(data: bytes) -> None:
    """Refuse a workbook that unpacks to far more than any employer list.

    The sizes come from the zip's directory; zipfile stops a member at its stated size, so a
    member that lies about it fails as damaged rather than unpacking further.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise EmployerImportError(MSG_BAD_WORKBOOK) from None
    if unpacked > MAX_WORKBOOK_UNPACKED_BYTES:
        megabytes = str(MAX_WORKBOOK_UNPACKED_BYTES // (1024 * 1024))
        raise EmployerImportError(MSG_WORKBOOK_TOO_LARGE, limit=megabytes)


def _bounded_rows(rows: Iterable[list[str]]) -> list[list[str]]:
    """The rows, a blank one as []; reading stops once more rows hold text than a list may.

    Only rows with text count: a sheet formatted down to row 30,000, or its CSV with a line of
    ';;;' for each such row, is not "too many rows" for its 50 employers.
    """
    kept: list[list[str]] = []
    with_text = 0
    for cells in rows:
        if not any(cell.strip() for cell in cells):
            kept.append([])
            continue
        kept.append(cells)
        with_text += 1
        if with_text > MAX_ROWS + HEADER_SEARCH_ROWS:
            break
    return kept


def _sheet_rows(sheet: object) -> list[list[str]]:
    values = sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]
    return _bounded_rows([_cell_text(value) for value in row] for row in values)


def _xlsx_sheets(data: bytes) -> list[list[list[str]]]:
    """The rows of every worksheet, in the workbook's order."""
    _refuse_zip_bomb(data)
    # Lazy: openpyxl (~100 ms) loads when an Excel file is chosen, not with the pages.
    from openpyxl import load_workbook

    # openpyxl raises many kinds of error on a damaged part (XML syntax errors from lxml or
    # ElementTree, KeyError, IndexError, ...): any of them means the workbook is damaged.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise EmployerImportError(MSG_BAD_WORKBOOK) from None
    try:
        tables: list[list[list[str]]] = []
        for sheet in workbook.worksheets:
            tables.append(_sheet_rows(sheet))
            header_at = _header_row(tables[-1])
            if header_at is not None and _is_header(tables[-1][header_at]):
                break  # the employers' sheet: the sheets after it are not read
        return tables
    except Exception:
        raise EmployerImportError(MSG_BAD_WORKBOOK) from None
    finally:
        workbook.close()


# An encrypted .xlsx is an OLE container (like an old .xls) holding these streams.
_ENCRYPTED_STREAM_NAMES = (
    "EncryptedPackage".encode("utf-16-le"),
    "EncryptionInfo".encode("utf-16-le"),
)


def _raw_tables(data: bytes) -> tuple[list[list[list[str]]], str, str]:
    """The file's tables (an .xlsx: one per sheet) as rows of text cells, what it was ("xlsx"
    or an encoding), and the delimiter."""
    if not data.strip():
        raise EmployerImportError(MSG_EMPTY)
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_sheets(data), "xlsx", ""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if all(name in data for name in _ENCRYPTED_STREAM_NAMES):
            raise EmployerImportError(MSG_ENCRYPTED_WORKBOOK)
        raise EmployerImportError(MSG_OLD_EXCEL)
    text, encoding = decode_csv_text(data)
    delimiter = _delimiter(text)
    return [_bounded_rows(_csv_rows(text, delimiter))], encoding, delimiter


def _header_row(rows: list[list[str]]) -> int | None:
    """Where the header is: of the first non-empty rows, the first that names the most required
    columns (all of them, normally; else its missing columns are reported)."""
    filled_rows = (i for i, row in enumerate(rows) if any(cell.strip() for cell in row))
    candidates = list(itertools.islice(filled_rows, HEADER_SEARCH_ROWS))
    if not candidates:
        return None
    return max(candidates, key=lambda index: _required_named(rows[index]))


def _pick_table(tables: list[list[list[str]]]) -> tuple[list[list[str]], int]:
    """The table the employers are in (an .xlsx: the first sheet with a header) and its header."""
    found = [(rows, _header_row(rows)) for rows in tables]
    for rows, header_at in found:
        if header_at is not None and _is_header(rows[header_at]):
            return rows, header_at
    for rows, header_at in found:
        if header_at is not None:
            return rows, header_at
    raise EmployerImportError(MSG_EMPTY)


def _required_named(cells: Sequence[str]) -> int:
    known = {_COLUMN_BY_HEADER.get(_header_key(cell.strip().lstrip("\ufeff"))) for cell in cells}
    return sum(column in known for column in REQUIRED_COLUMNS)


def _is_header(cells: Sequence[str]) -> bool:
    return _required_named(cells) == len(REQUIRED_COLUMNS)


def _headers(cells: Sequence[str]) -> tuple[dict[Column, int], dict[Column, str], list[str]]:
    positions: dict[Column, int] = {}
    names: dict[Column, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        shown = cell.strip().lstrip("\ufeff")
        column = _COLUMN_BY_HEADER.get(_header_key(shown))
        if column is None:
            if shown:
                ignored.append(shown)
            continue
        if column in positions:
            raise EmployerImportError(MSG_DOUBLE_COLUMN, column=shown)
        positions[column] = index
        names[column] = shown
    missing = [column.value for column in REQUIRED_COLUMNS if column not in positions]
    if missing:
        raise EmployerImportError(MSG_MISSING_COLUMNS, columns=", ".join(missing))
    return positions, names, ignored


def _judge(number: int, cells: Sequence[str], positions: dict[Column, int]) -> ImportRow:
    employer = Employer()
    issues: list[RowIssue] = []
    for column, index in positions.items():
        raw = cells[index] if index < len(cells) else ""
        attribute = _EMPLOYER_ATTRIBUTES[column]
        if column in _OPTIONAL and not raw.strip():
            continue
        result = check_field(_RULES[column], raw)
        # The cleaned value when accepted; else as in the file, so the clerk sees what it says.
        setattr(employer, attribute, result.value if result.ok else raw.strip())
        if result.problem is not None:
            issues.append(RowIssue(column, result.problem))
            continue
        if result.warning is not None:
            issues.append(RowIssue(column, result.warning, blocking=False))
        # Kept as written (it may really be the name), but the clerk is told: the wizard never
        # evaluates it, a spreadsheet opening an export might.
        sign = formula_sign(getattr(employer, attribute)) if column is not Column.TOKEN else None
        if sign is not None:
            formula = Message(CONTEXT, MSG_FORMULA_START, (("sign", sign),))
            issues.append(RowIssue(column, formula, blocking=False))
    return ImportRow(number, employer, issues)


def _username_key(username: str) -> str:
    return username.strip().casefold()


def parse_employer_table(data: bytes, existing: Iterable[Employer] = ()) -> EmployerTable:
    """Judge every row of a CSV or .xlsx file against the field rules and `existing` employers.

    Raises:
        EmployerImportError: the file as a whole cannot be read (not text, not a workbook,
            no header, too many rows).
    """
    tables, source, delimiter = _raw_tables(data)
    raw_rows, header_at = _pick_table(tables)
    if sum(1 for row in raw_rows[header_at + 1 :] if row) > MAX_ROWS:
        raise EmployerImportError(MSG_TOO_MANY_ROWS, limit=str(MAX_ROWS))
    positions, names, ignored = _headers(raw_rows[header_at])
    listed = {_username_key(e.username) for e in existing if e.username.strip()}
    first_row_of: dict[str, int] = {}
    rows: list[ImportRow] = []
    skipped = 0
    for offset, cells in enumerate(raw_rows[header_at + 1 :], start=header_at + 2):
        if not any(cell.strip() for cell in cells):
            skipped += 1
            continue
        row = _judge(offset, cells, positions)
        key = _username_key(row.employer.username)
        if key:
            if key in first_row_of:
                row.duplicate_of = first_row_of[key]
                row.issues.append(
                    RowIssue(
                        Column.USERNAME,
                        Message(CONTEXT, MSG_DUPLICATE_IN_FILE, (("row", str(first_row_of[key])),)),
                        blocking=False,
                    )
                )
            elif row.verdict is not RowVerdict.REFUSED:
                # A refused row is not imported, so a later good row with its username is.
                first_row_of[key] = offset
            if key in listed:
                row.already_listed = True
                row.issues.append(
                    RowIssue(Column.USERNAME, Message(CONTEXT, MSG_ALREADY_LISTED), blocking=False)
                )
        rows.append(row)
    if not rows:
        raise EmployerImportError(MSG_EMPTY)
    return EmployerTable(rows, names, skipped, source, delimiter, ignored)


def add_importable(employers: list[Employer], table: EmployerTable) -> list[Employer]:
    """Append the table's accepted rows to `employers`; returns the employers added.

    An employer whose username is in the list by now is skipped, never overwritten.
    """
    listed = {_username_key(e.username) for e in employers if e.username.strip()}
    added: list[Employer] = []
    for row in table.importable:
        key = _username_key(row.employer.username)
        if key in listed:
            continue
        listed.add(key)
        employer = Employer(**vars(row.employer))
        employers.append(employer)
        added.append(employer)
    return added


# ---- the template ----

TEMPLATE_FILE_NAME = "werkgevers-sjabloon.csv"


def template_csv() -> bytes:
    """An empty employer list as Dutch Excel opens it: UTF-8 with a mark, ';' between columns.

    The token column is left out on purpose: a file with tokens must not be kept or sent.
    """
    header = ";".join(
        column.value
        for column in (
            Column.DEBTOR_NAME,
            Column.DOMAIN,
            Column.USERNAME,
            Column.LOONHEFFINGENNUMMER,
        )
    )
    return codecs.BOM_UTF8 + (header + "\r\n").encode("utf-8")
