"""`python -m wizard validate` and `export --example`: exit codes, problem lines, bad input."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.cli import main
from wizard.core import atomic_file
from wizard.core.registration_examples import EXAMPLE_NAMES, example_file, example_json
from wizard.core.registration_file import (
    TOKENS_APART,
    RegistrationError,
    parse_registration,
    validate_registration,
)
from wizard.core.registration_schema import EMPLOYER_KEYS, load_schema

REPO = Path(__file__).resolve().parents[1]
FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> None:
    # The command installs translators on the running application; creating it through
    # pytest-qt keeps it a QApplication, so later widget tests in the session still work.
    del qapp


def example(name: str) -> dict[str, Any]:
    return json.loads(example_json(name))


def write(tmp_path: Path, document: object, name: str = "aanmelding.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def run_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    """Exit code, the problem lines (after the checked headline of an invalid file), stderr."""
    code = main(["validate", str(path), "--lang", "en"])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    if code == 1:
        count = len(lines) - 1
        assert lines[0] == (
            "Not valid: 1 problem" if count == 1 else f"Not valid: {count} problems"
        )
        lines = lines[1:]
    return code, lines, captured.err


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_are_valid(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = run_validate(example_file(name), capsys)
    assert code == 0
    assert lines == [f"{example_file(name)} is a valid registration file."]
    assert err == ""


def test_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("afas")
    document["formulier"]["Klantnummer AFAS"] = 12345
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == ["Klantnummer AFAS: This field must be text."]


def test_wrong_type_of_the_whole_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("nmbrs-overkoepelend")
    document["formulier"] = ["not", "an", "object"]
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == ["formulier: This field must be a group of fields (a JSON object)."]


def test_missing_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("nmbrs-overkoepelend")
    del document["formulier"]["E-mailadres"]
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == ["E-mailadres: This field is missing."]


def test_missing_employer_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("nmbrs-per-debiteur")
    del document["werkgevers"][1]["domein"]
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == ["werkgevers[1].domein: This field is missing."]


def test_bad_elfproef(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("afas")
    document["formulier"]["Loonheffingennummer"] = "123456789L01"
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith("Loonheffingennummer: ")
    assert "eleven-test" in lines[0]


def test_token_of_63_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("afas")
    short_token = document["formulier"]["Datatoken AFAS"][:63]
    document["formulier"]["Datatoken AFAS"] = short_token
    code, lines, err = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == [
        "Datatoken AFAS: The AFAS data token is exactly 64 characters; this one has 63."
    ]
    assert short_token not in "\n".join(lines) + err


def test_unknown_schema_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("afas")
    document["schemaversie"] = 3
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert lines == [
        "schemaversie: Unknown schema version 3. This program reads schema versions 1 to 2."
    ]


def test_a_version_1_file_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golden = (
        Path(__file__).parent / "core" / "golden" / "v1" / "aanmelding-nmbrs-overkoepelend.json"
    )
    document = json.loads(golden.read_text(encoding="utf-8"))
    assert document["schemaversie"] == 1
    code, _lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 0


def test_one_line_per_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = example("nmbrs-per-debiteur")
    document["formulier"]["Telefoonnummer"] = ""
    document["werkgevers"][0]["gebruikersnaam"] = "geen-e-mailadres"
    document["werkgevers"][1]["domein"] = "Niet Goed!"
    document["onbekend"] = True
    code, lines, _ = run_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert [line.split(":")[0] for line in lines] == [
        "Telefoonnummer",
        "werkgevers[0].gebruikersnaam",
        "werkgevers[1].domein",
        "onbekend",
    ]


def test_json_that_is_not_an_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = run_validate(write(tmp_path, [1, 2, 3]), capsys)
    assert code == 1
    assert lines == ["This is not a registration file: it must hold one JSON object."]


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    code, lines, err = run_validate(path, capsys)
    assert code == 2
    assert lines == []
    assert err.strip() == "The file is empty."


def test_binary_junk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 8 + b"\x89PNG\r\n\x1a\n\xff\xfe")
    code, lines, err = run_validate(path, capsys)
    assert code == 2
    assert lines == []
    assert "not text" in err


def test_ascii_junk_is_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.json"
    path.write_text("schemaversie = 1\n")
    code, _, err = run_validate(path, capsys)
    assert code == 2
    assert "not valid JSON (line 1, column 1)" in err


def test_file_of_50_mb_is_refused_fast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.write(example_json("afas")[:-2] + b', "opvulling": "')
        handle.truncate(FIFTY_MB)  # sparse, so the test itself stays fast
    assert path.stat().st_size == FIFTY_MB
    started = time.perf_counter()
    code, lines, err = run_validate(path, capsys)
    assert time.perf_counter() - started < 2
    assert code == 2
    assert lines == []
    assert "larger than 1048576 bytes" in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_validate(tmp_path / "nergens.json", capsys)
    assert code == 2
    assert "nergens.json does not exist" in err


def _dutch_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_invalid_file_starts_with_a_dutch_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = example("nmbrs-per-debiteur")
    document["formulier"]["E-mailadres"] = "geen e-mailadres"
    document["werkgevers"][1]["domein"] = "Niet Goed!"
    code, out, _err = _dutch_validate(write(tmp_path, document), capsys)
    assert code == 1
    assert out.splitlines()[0] == "Niet geldig: 2 problemen"
    document["werkgevers"][1]["domein"] = "oamkb"
    code, out, _err = _dutch_validate(write(tmp_path, document), capsys)
    assert out.splitlines()[0] == "Niet geldig: 1 probleem"


def test_common_os_errors_are_explained_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = _dutch_validate(tmp_path / "nergens.json", capsys)
    assert code == 2
    assert "nergens.json bestaat niet" in err and "No such file" not in err
    code, _out, err = _dutch_validate(tmp_path, capsys)
    assert code == 2
    assert "is een map" in err and "directory" not in err
    locked = write(tmp_path, example("afas"), "op-slot.json")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            # Root (as in CI containers) reads any file: refuse the way the OS would.
            real_open = os.open

            def refuse(path: object, *args: object, **kwargs: object) -> int:
                if str(path) == str(locked):
                    raise PermissionError(13, "Permission denied", str(locked))
                return real_open(path, *args, **kwargs)

            monkeypatch.setattr(os, "open", refuse)
        code, _out, err = _dutch_validate(locked, capsys)
    finally:
        monkeypatch.undo()
        locked.chmod(0o600)
    assert code == 2
    assert "geen toestemming" in err and "Permission denied" not in err


def test_language_option_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "validate", str(example_file("afas"))])
    assert code == 0
    assert "is a valid registration file" in capsys.readouterr().out


def test_dutch_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    # Without compiled translations the source text shows; the point is that it runs.
    assert main(["validate", str(example_file("afas"))]) == 0
    assert str(example_file("afas")) in capsys.readouterr().out


def test_subprocess_run(tmp_path: Path) -> None:
    document = example("afas")
    document["formulier"]["Klantnummer AFAS"] = "1234"
    path = write(tmp_path, document)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "validate", str(path), "--lang", "en"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "Not valid: 1 problem",
        "Klantnummer AFAS: The AFAS customer number is exactly 5 digits. You may also paste the "
        "environment name (for example O12345AA) or the web address of the environment.",
    ]


# --- export --example ----------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_export_example_reproduces_the_file(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uit.json"
    assert main(["export", "--example", name, str(target), "--lang", "en"]) == 0
    assert target.read_bytes() == example_file(name).read_bytes()
    out = capsys.readouterr().out
    assert "contains the tokens" in out and "never e-mail it" in out


def test_export_example_without_tokens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "uit.json"
    code = main(["export", "--example", "nmbrs-per-debiteur", str(target), "--without-tokens"])
    assert code == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert {entry["api_token"] for entry in document["werkgevers"]} == {TOKENS_APART}
    assert validate_registration(document) == []
    out = capsys.readouterr().out
    assert "lever ik apart aan" in out
    # Per debtor each employer's token goes with that employer's registration.
    assert "wanneer je die werkgever bij a.s.r. aanmeldt" in out
    assert "salarisverwerkers" not in out


def test_export_where_the_parent_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    code = main(["export", "--example", "afas", str(blocker / "uit.json"), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 2
    assert "could not be saved" in captured.err
    assert "0123456789ABCDEF" not in captured.err + captured.out


def _refuse_new_files_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `folder` read-only for the wizard, also for root (who writes anyway).

    The fault is injected where the OS reports it, below write_atomic: creating the temporary
    file fails with EACCES, as a read-only folder makes it.
    """
    real_mkstemp = atomic_file.tempfile.mkstemp

    def read_only_mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs.get("dir") or ".").resolve() == folder.resolve():
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", read_only_mkstemp)


def test_export_into_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    earlier = folder / "uit.json"
    earlier.write_bytes(b"earlier export")
    _refuse_new_files_in(folder, monkeypatch)
    code = main(["export", "--example", "afas", str(earlier), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 2
    assert "could not be saved" in captured.err
    assert os.strerror(errno.EACCES) in captured.err
    assert "Nothing was lost" in captured.err
    assert earlier.read_bytes() == b"earlier export"
    assert sorted(path.name for path in folder.iterdir()) == ["uit.json"]


# --- The importer never raises anything but its own error ----------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _known_keys() -> list[str]:
    schema = load_schema()
    keys = list(schema["properties"])
    for definition in schema["$defs"].values():
        keys.extend(definition.get("properties", {}))
    return [*keys, *EMPLOYER_KEYS.values(), "resultaten", "tijdstip"]


KNOWN_KEYS = _known_keys()
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _importer_outcome(data: bytes) -> None:
    try:
        parse_registration(data)
    except RegistrationError:
        pass


@PROPERTY_SETTINGS
@given(st.binary(max_size=2048))
def test_importer_on_arbitrary_bytes(data: bytes) -> None:
    _importer_outcome(data)


@PROPERTY_SETTINGS
@given(json_values)
def test_importer_on_arbitrary_json(value: object) -> None:
    _importer_outcome(json.dumps(value).encode())


@st.composite
def mutated_examples(draw: st.DrawFn) -> dict[str, Any]:
    """An example file with a few values replaced, keys removed or keys added at any depth."""
    document = example(draw(st.sampled_from(EXAMPLE_NAMES)))
    for _ in range(draw(st.integers(1, 4))):
        node: Any = document
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                node[key] = draw(json_values | st.sampled_from([*KNOWN_KEYS, TOKENS_APART]))
            elif action == "delete" and isinstance(node, dict):
                del node[key]
            elif isinstance(node, dict):
                node[draw(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8))] = draw(json_values)
            break
    return document


@PROPERTY_SETTINGS
@given(mutated_examples(), st.booleans())
def test_importer_on_mutated_examples(document: dict[str, Any], ascii_only: bool) -> None:
    _importer_outcome(json.dumps(document, ensure_ascii=ascii_only).encode())
    # Whatever validation says must also be printable without error.
    for problem in validate_registration(document):
        problem.english().encode("utf-8")
        problem.field.encode("utf-8")
