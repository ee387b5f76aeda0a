"""The employers step imports a CSV or Excel list: preview first, adds only, bad files explained."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.wizard_driver import at
from wizard.core.message import Message
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.services.secret_store import SecretStore
from wizard.ui.screenshot_tour import sample_state

TYPED = Employer("Getypt B.V.", "getypt@example.nl", "getypt-token-0123456789", "getypt")
TOKEN_A = "import-token-aaaa-0123456789"


def _open_employers_page(make_wizard, secrets=None):
    wizard = make_wizard(language="nl", secrets=secrets)
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, "nl")
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    state.employers = [Employer(**vars(TYPED))]
    state.current_step = Step.DEBTOR_EMPLOYERS
    wizard.load_state(state)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    return wizard, wizard.currentPage()


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "Employer lists")
    )


def _import(qtbot, monkeypatch, page, path: Path):
    _choose(monkeypatch, path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    return page.import_preview


def test_a_dutch_excel_csv_is_previewed_then_added_without_overwriting(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    wizard, page = _open_employers_page(make_wizard)
    rows = [
        "naam debiteur;Nmbrs-domein;gebruikersnaam;loonheffingennummer",
        "Bakkerij Brood;bakkerij;api@bakkerij.example.nl;123456782L01",
        ";;;",
        "Café Één;cafe;geen-mailadres;",
        "Getypt opnieuw;ander;GETYPT@example.nl;",
        "Bakkerij tweemaal;bakkerij;api@bakkerij.example.nl;",
    ]
    path = tmp_path / "werkgevers.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    preview = _import(qtbot, monkeypatch, page, path)
    assert preview is not None and preview.isVisible()
    # Nothing is added before the clerk says so.
    assert wizard.state.employers == [TYPED]
    model = preview.model
    assert model.rowCount() == 4
    verdicts = [model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert verdicts[0] == "Wordt toegevoegd"
    # The cell leaves out the row number (it has its own column); the details line says it all.
    assert "Kolom gebruikersnaam" in model.data(model.index(1, 4))
    assert preview.details.text().startswith("Rij 4, kolom gebruikersnaam")
    assert "Rij 4, kolom gebruikersnaam" in verdicts[1]
    assert "Rij 5" in verdicts[2] and "staat al in de lijst" in verdicts[2]
    assert "Rij 6" in verdicts[3] and "ook op rij 2" in verdicts[3]
    assert "1 van 4" in preview.summary.text()
    assert not preview.token_warning.isVisible()
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    names = [employer.debtor_name for employer in wizard.state.employers]
    assert names == ["Getypt B.V.", "Bakkerij Brood"]
    assert wizard.state.employers[0] == TYPED  # the typed employer is untouched
    assert wizard.state.employers[1].loonheffingennummer == "123456782L01"
    assert len(page.cards) == 2
    assert "toegevoegd uit het bestand: 1;" in wizard.notice_bar.text()


def test_cancel_adds_nothing(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard, page = _open_employers_page(make_wizard)
    path = tmp_path / "werkgevers.csv"
    path.write_text("Debtor name,Domain,Username\nA,a,api@a.example.nl\n", encoding="utf-8")
    preview = _import(qtbot, monkeypatch, page, path)
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.state.employers == [TYPED]
    assert len(page.cards) == 1


def test_tokens_from_the_file_go_to_secure_storage_with_a_warning(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    backend = MemoryKeyring()
    wizard, page = _open_employers_page(make_wizard, SecretStore(backend))
    path = tmp_path / "met-tokens.csv"
    text = f"Naam debiteur;Domein;Gebruikersnaam;API-token\r\nA;a;api@a.example.nl;{TOKEN_A}\r\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    preview = _import(qtbot, monkeypatch, page, path)
    assert preview.token_warning.isVisible()
    assert "nooit" in preview.token_warning.text()
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    assert wizard.state.employers[-1].token == TOKEN_A
    qtbot.waitUntil(lambda: TOKEN_A in backend.entries.values(), timeout=3000)
    # The file is read, never copied: no other file holds the token.
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["met-tokens.csv"]
    for written in (tmp_path / "appdata").rglob("*"):
        if written.is_file():
            assert TOKEN_A.encode() not in written.read_bytes()


def test_a_locked_keyring_is_said_never_that_the_tokens_are_stored(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # Before: the notice said the tokens were in secure storage although the keyring refused.
    backend = MemoryKeyring()
    backend.locked = True
    wizard, page = _open_employers_page(make_wizard, SecretStore(backend))
    path = tmp_path / "met-tokens.csv"
    text = f"Naam debiteur;Domein;Gebruikersnaam;API-token\r\nA;a;api@a.example.nl;{TOKEN_A}\r\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    preview = _import(qtbot, monkeypatch, page, path)
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    notice = wizard.notice_bar.text()
    assert "staan nu in de beveiligde opslag" not in notice
    assert "konden niet in de beveiligde opslag" in notice and "verstuur het nooit" in notice
    assert wizard.state.employers[-1].token == TOKEN_A  # kept in memory, nothing lost
    wizard.save_progress()
    for written in (tmp_path / "appdata").rglob("*"):
        if written.is_file():
            assert TOKEN_A.encode() not in written.read_bytes()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "geen CSV-bestand"),
        (b"naam;domein\r\nA;a\r\n", "gebruikersnaam"),
        (b"", "geen rijen"),
    ],
)
def test_a_bad_file_gets_a_dutch_notice_and_nothing_is_lost(
    qtbot, make_wizard, tmp_path, monkeypatch, content, expected
):
    wizard, page = _open_employers_page(make_wizard)
    path = tmp_path / "slecht.csv"
    path.write_bytes(content)
    assert _import(qtbot, monkeypatch, page, path) is None
    assert expected in wizard.notice_bar.text()
    assert wizard.state.employers == [TYPED]
    assert at(wizard) is Step.DEBTOR_EMPLOYERS


def test_a_damaged_workbook_gets_a_dutch_notice_not_a_crash(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # Before: a workbook whose sheet XML was cut off raised ParseError out of the click.
    workbook = Workbook()
    workbook.active.append(["naam debiteur", "Nmbrs-domein", "gebruikersnaam"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(buffer)
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name.endswith("sheet1.xml") else data)
    wizard, page = _open_employers_page(make_wizard)
    path = tmp_path / "beschadigd.xlsx"
    path.write_bytes(damaged.getvalue())
    assert _import(qtbot, monkeypatch, page, path) is None
    assert "beschadigd" in wizard.notice_bar.text()
    assert wizard.state.employers == [TYPED]
    assert len(page.cards) == 1


def test_a_10_mb_file_is_refused_with_a_notice(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard, page = _open_employers_page(make_wizard)
    path = tmp_path / "groot.csv"
    path.write_bytes(b"naam debiteur;Nmbrs-domein;gebruikersnaam\r\n" + b"x;y;z\r\n" * 1_800_000)
    assert _import(qtbot, monkeypatch, page, path) is None
    assert "5 MB" in wizard.notice_bar.text()
    assert wizard.state.employers == [TYPED]


def test_5000_rows_reach_the_preview(qtbot, make_wizard, tmp_path, monkeypatch):
    _wizard, page = _open_employers_page(make_wizard)
    lines = ["naam debiteur,Nmbrs-domein,gebruikersnaam"]
    lines += [f"Debiteur {i},d{i},api{i}@example.nl" for i in range(5000)]
    path = tmp_path / "veel.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    preview = _import(qtbot, monkeypatch, page, path)
    assert preview.model.rowCount() == 5000
    assert preview.add_button.isEnabled()


def test_the_template_is_saved_where_the_clerk_chooses(qtbot, make_wizard, tmp_path, monkeypatch):
    _wizard, page = _open_employers_page(make_wizard)
    target = tmp_path / "sjabloon.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV"))
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(codecs.BOM_UTF8 + b"naam debiteur;Nmbrs-domein")
    # The template reads back as a valid (empty) list.
    target.write_bytes(target.read_bytes() + b"A;a;api@a.example.nl;\r\n")
    preview = _import(qtbot, monkeypatch, page, target)
    assert preview.model.rowCount() == 1


def test_hostile_cells_are_shown_as_plain_bounded_text(qtbot, make_wizard, tmp_path, monkeypatch):
    _wizard, page = _open_employers_page(make_wizard)
    hostile = "Bakkerij\u202eV.B\x1b[2J" + "x" * 20_000
    rows = [
        "naam debiteur\u202e;Nmbrs-domein;gebruikersnaam",
        f'"{hostile}";bakkerij;api@bakkerij.example.nl',
        'Goed;goed\u2066;=HYPERLINK("http://evil.example")',
    ]
    path = tmp_path / "vijandig.csv"
    path.write_text("\r\n".join(rows), encoding="utf-8")
    preview = _import(qtbot, monkeypatch, page, path)
    assert preview is not None
    model = preview.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = str(model.data(model.index(row, column), role))
                for line in text.split("\n"):
                    assert line.isprintable(), repr(line[:80])
                    assert len(line) <= 1_000
    preview.view.selectRow(0)
    assert preview.details.text().replace("\n", "").isprintable()
    preview.reject()


def test_a_name_starting_like_a_formula_is_flagged_in_dutch_and_kept_as_text(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    wizard, page = _open_employers_page(make_wizard)
    rows = [
        "naam debiteur;Nmbrs-domein;gebruikersnaam",
        "Bakkerij Brood;bakkerij;api@bakkerij.example.nl",
        "=SOM(A1:A9);formule;api@formule.example.nl",
    ]
    path = tmp_path / "werkgevers.csv"
    path.write_text("\r\n".join(rows), encoding="utf-8")
    preview = _import(qtbot, monkeypatch, page, path)
    model = preview.model
    verdict = model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert verdict.startswith("Wordt toegevoegd; controleer")
    assert "Rij 3, kolom naam debiteur: Begint met =" in verdict
    assert "als tekst" in verdict
    assert model.data(model.index(1, 1)) == "=SOM(A1:A9)"
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    assert wizard.state.employers[-1].debtor_name == "=SOM(A1:A9)"


def test_the_notice_bar_shows_markup_from_a_file_as_text(make_wizard):
    wizard = make_wizard(language="nl")
    # E.g. a file name or a damaged file's value in the reason of a notice.
    wizard.show_notice(
        Message.as_written("Het bestand <b>x</b><img src='y'>.json kon niet worden gelezen.")
    )
    assert wizard.notice_bar.label.textFormat() is Qt.TextFormat.PlainText
    assert "<img src='y'>" in wizard.notice_bar.text()


def test_no_token_added_means_no_word_about_tokens_stored(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # The only row with a token is already in the list, so no token comes in. Before: the
    # notice still said the tokens were in secure storage now.
    backend = MemoryKeyring()
    wizard, page = _open_employers_page(make_wizard, SecretStore(backend))
    path = tmp_path / "met-tokens.csv"
    text = (
        "Naam debiteur;Domein;Gebruikersnaam;API-token\r\n"
        f"Getypt;getypt;{TYPED.username};{TOKEN_A}\r\n"
        "Nieuw;nieuw;nieuw@example.nl;\r\n"
    )
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    preview = _import(qtbot, monkeypatch, page, path)
    assert preview.token_warning.isVisible()  # the file holds a token: delete it
    qtbot.mouseClick(preview.add_button, Qt.MouseButton.LeftButton)
    assert "beveiligde opslag" not in wizard.notice_bar.text()
    assert TOKEN_A not in backend.entries.values()
    assert wizard.state.employers[0] == TYPED
