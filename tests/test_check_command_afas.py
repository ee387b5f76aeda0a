"""`python -m wizard check` against the loopback fakes: output, exit codes, no token leak.

Mostly `check afas`; a few tests at the end cover the `check nmbrs` branch.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli_arguments import nmbrs_check_argv
from tests.fakes.afas_fixtures import CONFIRMED_CONNECTORS
from tests.fakes.fake_afas import NOT_ASSIGNED_MESSAGE, FakeAfas, FakeAfasScenario
from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from wizard.cli import main

SENTINEL = ("5E171E1C0FFEE" * 5)[:64]
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> object:
    # The command creates a QCoreApplication when none exists; a QApplication made first
    # keeps later widget tests in the same session working.
    return qapp


@pytest.fixture
def afas(fake_afas: FakeAfas, monkeypatch: pytest.MonkeyPatch) -> FakeAfas:
    """The fake with the sentinel as its token, and that token in AFAS_TOKEN."""
    fake_afas.config.data_token = SENTINEL
    monkeypatch.setenv("AFAS_TOKEN", SENTINEL)
    monkeypatch.delenv("AFAS_TOKEN_VERSION", raising=False)
    return fake_afas


def check(fake: FakeAfas, *extra: str) -> list[str]:
    """`check afas` against the fake; it expects the placeholder connectors unless told."""
    if "--connectors" not in extra and "--connector-zip" not in extra:
        extra = (*extra, "--connectors", ",".join(CONFIRMED_CONNECTORS))
    return [
        "check",
        "afas",
        "--customer-number",
        "12345",
        "--endpoint",
        fake.base_url,
        "--read-timeout",
        "5",
        "--connect-timeout",
        "2",
        *extra,
    ]


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert SENTINEL not in out + err
    return code, out, err


def json_of(out: str) -> dict[str, object]:
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, "exactly one JSON object"
    document = json.loads(lines[0])
    assert set(document) == {
        "ok",
        "package",
        "checks",
        "companies",
        "missing_connectors",
        "environment",
        "token_expiry",
        "error",
    }
    return document


def test_everything_assigned_exits_0(afas: FakeAfas, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_cli(check(afas, "--json"), capsys)
    document = json_of(out)
    assert code == 0
    assert document["ok"] is True
    assert document["error"] is None
    assert document["package"] == "afas"
    assert document["environment"] == "O12345AA"
    first = document["checks"][0]  # type: ignore[index]
    assert set(first) == {"service", "name", "status", "message"}
    assert first["status"] == "active"


def test_unconfirmed_list_without_zip_is_not_checked_and_exits_2(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = check(afas, "--json", "--lang", "en")
    argv = argv[: argv.index("--connectors")]  # as a clerk runs it: no ZIP, no list
    code, out, err = run_cli(argv, capsys)
    assert code == 2
    document = json_of(out)
    assert document["ok"] is False
    assert "ZIP" in str(document["error"]) and "ZIP" in err
    statuses = {item["name"]: item["status"] for item in document["checks"]}  # type: ignore[union-attr,index]
    assert statuses.pop("asr_connector_list") == "not_checked"
    assert set(statuses.values()) == {"active"}
    assert document["missing_connectors"] == []
    code, out, _err = run_cli([part for part in argv if part != "--json"], capsys)
    assert code == 2
    assert "[NOT CHECKED] a.s.r.'s connector list: Not compared" in out
    assert "Result: not everything could be checked; nothing was refused." in out


def test_missing_connector_exits_1(afas: FakeAfas, capsys: pytest.CaptureFixture[str]) -> None:
    afas.config.assigned_connectors.remove("BP_Dienstverbanden")
    code, out, _err = run_cli(check(afas, "--json"), capsys)
    assert code == 1
    assert json_of(out)["missing_connectors"] == ["BP_Dienstverbanden"]


def test_missing_connector_from_the_zip(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = tmp_path / "asr.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("BP_Werkgevers.gcn", b"x")
        handle.writestr("BP_Pensioen.gcn", b"x")
    code, out, _err = run_cli(check(afas, "--json", "--connector-zip", str(archive)), capsys)
    assert code == 1
    document = json_of(out)
    assert document["missing_connectors"] == ["BP_Pensioen"]


def test_connectors_named_on_the_command_line(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(
        check(afas, "--json", "--connectors", "BP_Werkgevers, Profit_Employers"), capsys
    )
    assert code == 0
    names = [item["name"] for item in json_of(out)["checks"] if item["service"] == "afas"]  # type: ignore[union-attr,index]
    assert names == ["BP_Werkgevers", "Profit_Employers"]


def test_human_output_in_english(afas: FakeAfas, capsys: pytest.CaptureFixture[str]) -> None:
    afas.config.assigned_connectors.remove("BP_Salarissen")
    code, out, _err = run_cli(check(afas, "--lang", "en", "--employer-codes", "01"), capsys)
    assert code == 1
    assert "AFAS check for customer number 12345 (production)" in out
    assert "AFAS environment: O12345AA" in out
    assert "[MISSING] BP_Salarissen: Not assigned to the App Connector." in out
    assert "[OK] Employer code 01: This employer code exists in AFAS." in out
    assert "Result: something required is missing or was refused." in out


def test_dutch_is_the_default_language(afas: FakeAfas, capsys: pytest.CaptureFixture[str]) -> None:
    # Without .qm files the source text shows; this checks the default path runs.
    code, out, _err = run_cli(check(afas), capsys)
    assert code == 0
    assert "12345" in out


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        (FakeAfasScenario.UNAUTHORIZED, "did not accept the data token"),
        (FakeAfasScenario.FORBIDDEN, "IP restriction"),
        (FakeAfasScenario.NOT_FOUND, "5-digit customer number"),
    ],
)
def test_refusals_exit_1(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], scenario: FakeAfasScenario, words: str
) -> None:
    afas.config.scenario = scenario
    code, out, _err = run_cli(check(afas, "--lang", "en"), capsys)
    assert code == 1
    assert words in out


def test_niet_geautoriseerd_exits_1(afas: FakeAfas, capsys: pytest.CaptureFixture[str]) -> None:
    afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    afas.config.external_message = NOT_ASSIGNED_MESSAGE
    code, out, _err = run_cli(check(afas, "--json", "--lang", "en"), capsys)
    assert code == 1
    item = json_of(out)["checks"][0]  # type: ignore[index]
    assert item["status"] == "no_data_access"
    assert "niet geautoriseerd" in item["message"]


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        (FakeAfasScenario.MAINTENANCE, "maintenance"),
        (FakeAfasScenario.HTML_PAGE, "web page came back"),
        (FakeAfasScenario.TRUNCATED_JSON, "incomplete"),
        (FakeAfasScenario.STALL, "did not answer in time"),
    ],
)
def test_checks_that_could_not_run_exit_2(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], scenario: FakeAfasScenario, words: str
) -> None:
    afas.config.scenario = scenario
    # A short read timeout, so the stall (5 s) is cut off; a later option wins in argparse.
    argv = check(afas, "--json", "--lang", "en", "--read-timeout", "0.5")
    code, out, err = run_cli(argv, capsys)
    assert code == 2
    document = json_of(out)
    assert document["ok"] is False
    assert words in err
    # The reason is in the JSON too, and nothing that looks like a result.
    assert words in str(document["error"])
    assert document["checks"] == [] and document["missing_connectors"] == []


def test_closed_port_exits_2(
    closed_loopback_port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFAS_TOKEN", SENTINEL)
    argv = [
        "check",
        "afas",
        "--customer-number",
        "12345",
        "--endpoint",
        f"http://127.0.0.1:{closed_loopback_port}/ProfitRestServices",
        "--lang",
        "en",
    ]
    code, out, err = run_cli(argv, capsys)
    assert code == 2
    assert "The check could not run." in out
    assert "refused the connection" in err


def test_missing_token_exits_2(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AFAS_TOKEN")
    code, _out, err = run_cli(check(afas, "--lang", "en"), capsys)
    assert code == 2
    assert "AFAS_TOKEN" in err
    assert afas.requests == []


def test_token_from_stdin(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AFAS_TOKEN")
    monkeypatch.setattr(sys, "stdin", io.StringIO(SENTINEL + "\n"))
    code, _out, _err = run_cli(check(afas, "--token-stdin"), capsys)
    assert code == 0
    assert afas.requests[0].token_accepted


def test_token_version_from_the_environment(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    afas.config.token_version = "2"
    monkeypatch.setenv("AFAS_TOKEN_VERSION", "2")
    code, _out, _err = run_cli(check(afas), capsys)
    assert code == 0


@pytest.mark.parametrize("option", [["--token", SENTINEL], [f"--token={SENTINEL}"]])
def test_token_is_never_accepted_from_argv(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(check(afas, *option))
    out, err = capsys.readouterr()
    assert caught.value.code == 2
    assert SENTINEL not in out + err
    assert "--token-stdin" in err
    assert afas.requests == []


@pytest.mark.parametrize(
    "extra",
    [
        ["--endpoint", "http://example.com/ProfitRestServices"],
        ["--customer-number", "1234"],
        ["--connector-zip", "does-not-exist.zip"],
        ["--proxy", "socks5://proxy.example:1080"],
    ],
)
def test_bad_arguments_exit_2(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    code, out, _err = run_cli(check(afas, "--json", *extra), capsys)
    assert code == 2
    assert json_of(out)["ok"] is False
    assert afas.requests == []


def test_invalid_timeout_is_an_argparse_error(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(check(afas, "--read-timeout", "0"))
    capsys.readouterr()
    assert caught.value.code == 2


def _subprocess(argv: list[str]) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, AFAS_TOKEN=SENTINEL, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "wizard", *argv],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_as_a_subprocess(afas: FakeAfas) -> None:
    result = _subprocess(check(afas, "--json"))
    assert result.returncode == 0, result.stderr
    assert json_of(result.stdout)["ok"] is True
    assert SENTINEL not in result.stdout + result.stderr


def test_as_a_subprocess_when_refused(afas: FakeAfas) -> None:
    afas.config.scenario = FakeAfasScenario.UNAUTHORIZED
    result = _subprocess(check(afas, "--lang", "en"))
    assert result.returncode == 1
    assert "did not accept the data token" in result.stdout
    assert SENTINEL not in result.stdout + result.stderr


# --- the nmbrs branch of the same command (the probe itself is tested in test_nmbrs_probe) --

NMBRS_SENTINEL = "NMBRS-SENTINEL-TOKEN-4c1d9e"


@pytest.fixture
def nmbrs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNmbrs]:
    monkeypatch.setenv("NMBRS_TOKEN", NMBRS_SENTINEL)
    with FakeNmbrs(NmbrsScenario(token=NMBRS_SENTINEL)) as server:
        yield server


def nmbrs_check(endpoint: str, cache: Path, *extra: str) -> list[str]:
    return nmbrs_check_argv(endpoint, cache, "--read-timeout", "2", *extra)


def test_nmbrs_everything_active_exits_0(
    nmbrs: FakeNmbrs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(nmbrs_check(nmbrs.base_url, tmp_path, "--json"))
    out, err = capsys.readouterr()
    assert code == 0, err
    document = json_of(out)
    assert document["package"] == "nmbrs"
    assert document["ok"] is True
    assert NMBRS_SENTINEL not in out + err


def test_nmbrs_inactive_call_exits_1(
    nmbrs: FakeNmbrs, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nmbrs.scenario.inactive.add("PersonalInfo_GetCurrent")
    code = main(nmbrs_check(nmbrs.base_url, tmp_path, "--lang", "en"))
    out, err = capsys.readouterr()
    assert code == 1
    assert "[MISSING] PersonalInfo_GetCurrent: This call is not active" in out
    assert NMBRS_SENTINEL not in out + err


def test_nmbrs_refused_connection_exits_2(
    nmbrs: FakeNmbrs,
    closed_loopback_port: int,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    endpoint = f"http://127.0.0.1:{closed_loopback_port}/soap/v3"
    code = main(nmbrs_check(endpoint, tmp_path, "--json", "--lang", "en"))
    out, err = capsys.readouterr()
    assert code == 2
    document = json_of(out)
    assert document["ok"] is False
    assert "refused the connection" in err
    assert "refused the connection" in str(document["error"])
    assert document["checks"] == [] and document["companies"] == []


def test_nmbrs_without_token_exits_2(
    nmbrs: FakeNmbrs,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NMBRS_TOKEN")
    code = main(nmbrs_check(nmbrs.base_url, tmp_path, "--lang", "en"))
    _out, err = capsys.readouterr()
    assert code == 2
    assert "NMBRS_TOKEN" in err
    assert nmbrs.soap_requests() == 0
    assert nmbrs.wsdl_requests() == 0


def test_token_expiry_is_printed_with_a_warning_when_near(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = date.today() + timedelta(days=10)
    afas.config.token_expiry = soon.isoformat()
    code, out, _err = run_cli(check(afas, "--lang", "en"), capsys)
    assert code == 0
    assert f"Token valid until: {soon.isoformat()}" in out
    assert "Warning: the token expires within 60 days" in out
    code, out, _err = run_cli(check(afas, "--json"), capsys)
    assert code == 0
    assert json_of(out)["token_expiry"] == soon.isoformat()


def test_environment_name_as_customer_number_gives_its_type(
    afas: FakeAfas, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = check(afas, "--lang", "en")
    argv[argv.index("--customer-number") + 1] = "T12345AA"
    code, out, _err = run_cli(argv, capsys)
    assert code == 0
    assert "AFAS check for customer number T12345AA (test)" in out


# --- arguments are checked before the token is asked for (issue 16) -----------------------


def test_nmbrs_a_wrong_username_is_named_before_the_missing_token(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NMBRS_TOKEN", raising=False)
    argv = nmbrs_check("http://127.0.0.1:9/soap/v3", tmp_path, "--lang", "en")
    argv[argv.index("koppeling@example.nl")] = "jan de vries"
    code = main(argv)
    _out, err = capsys.readouterr()
    assert code == 2
    assert "--username" in err and "e-mail address" in err
    assert "NMBRS_TOKEN" not in err


def test_nmbrs_a_wrong_domain_is_named_in_dutch_before_the_token(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NMBRS_TOKEN", raising=False)
    argv = nmbrs_check("http://127.0.0.1:9/soap/v3", tmp_path)
    argv[argv.index("oamkb")] = "niet een domein!"
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("--domain: ") and "Nmbrs-domein" in err
    assert "NMBRS_TOKEN" not in err


def test_afas_a_wrong_customer_number_is_named_before_the_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AFAS_TOKEN", raising=False)
    code = main(["check", "afas", "--customer-number", "123", "--lang", "en"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert "--customer-number" in err
    assert "AFAS_TOKEN" not in err


def test_afas_an_endpoint_off_loopback_is_refused_before_the_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AFAS_TOKEN", raising=False)
    argv = ["check", "afas", "--customer-number", "12345", "--endpoint", "http://example.com/x"]
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "AFAS_TOKEN" not in err


def test_afas_an_unreadable_connector_zip_is_named_before_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AFAS_TOKEN", raising=False)
    missing = tmp_path / "connectoren.zip"
    argv = ["check", "afas", "--customer-number", "12345", "--connector-zip", str(missing)]
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "connectoren.zip" in err and "AFAS_TOKEN" not in err
