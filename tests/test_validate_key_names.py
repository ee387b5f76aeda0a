"""`validate` never repeats a token pasted as a key name, nor a key name longer than a line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wizard.cli import main
from wizard.core.registration_examples import example_json
from wizard.core.server_text import FRAGMENT_CHARS

NMBRS_TOKEN = "3f9a0c5e7b1d42e8a6f0c9b3d5e7a1f2"
BASE64_TOKEN = "PHRva2VuPjx2ZXJzaW9uPjE8L3ZlcnNpb24+PGRhdGE+QUJDRA=="


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> None:
    del qapp


def _validate(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "aanmelding.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    return captured.out + captured.err


def _assert_no_fragment(output: str, token: str) -> None:
    for start in range(len(token) - FRAGMENT_CHARS + 1):
        assert token[start : start + FRAGMENT_CHARS] not in output, output


@pytest.mark.parametrize(
    "key",
    [NMBRS_TOKEN, BASE64_TOKEN, f"token_{NMBRS_TOKEN}", f"Datatoken {NMBRS_TOKEN.upper()}"],
)
def test_a_token_pasted_as_a_key_name_is_not_printed(
    key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(example_json("nmbrs-overkoepelend"))
    document["formulier"][key] = "x"
    document[key] = "y"
    output = _validate(tmp_path, json.dumps(document), capsys)
    assert "does not belong" in output
    _assert_no_fragment(output.casefold(), key.casefold().split("_")[-1].split(" ")[-1])


def test_a_duplicated_token_key_is_not_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(json.loads(example_json("afas")))[:-1]
    text += f', "{NMBRS_TOKEN}": 1, "{NMBRS_TOKEN}": 2}}'
    output = _validate(tmp_path, text, capsys)
    assert "appears more than once" in output
    _assert_no_fragment(output, NMBRS_TOKEN)


def test_long_key_names_are_cut_to_one_short_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(example_json("afas"))
    document["Naam van het bedrijf zoals die bij de Kamer van Koophandel staat" * 20] = "x"
    output = _validate(tmp_path, json.dumps(document), capsys)
    assert max(len(line) for line in output.splitlines()) < 200


def test_ordinary_unknown_key_names_stay_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(example_json("afas"))
    document["BP_Werkgevers2024"] = "x"
    assert "BP_Werkgevers2024" in _validate(tmp_path, json.dumps(document), capsys)
