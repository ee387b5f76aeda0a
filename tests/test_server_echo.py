"""Servers that echo the token, or send markup and terminal escapes, against every output.

Loopback fakes of AFAS and Nmbrs send the clerk's token back (in any letter case, halved, in a
log reference, a company name, a connector id, a SOAP fault) and hostile names. Then the check
report, `check --json`, the human CLI output, the registration file exported without tokens
and the PDF's text are searched for any fragment of the token, and for raw control characters.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from tests.check_messages import english
from tests.cli_arguments import nmbrs_check_argv
from tests.fakes.fake_afas import FakeAfas, FakeAfasScenario
from tests.fakes.fake_nmbrs import FakeCompany, FakeNmbrs, NmbrsScenario
from wizard.cli import main
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, CheckRun
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, AfasEnvironment, Package, WizardState
from wizard.core.registration_file import export_registration
from wizard.core.server_text import FRAGMENT_CHARS
from wizard.services.afas.check import check_afas
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.translation import install_translators
from wizard.ui.registration_pdf import write_registration_pdf

AFAS_TOKEN = "7D3F0A9B1C5E82D4F6A0B3C9E1D7F5A2" * 2  # 64 hex characters
NMBRS_TOKEN = "9c2e4a6b8d0f1357" * 2
NOW = datetime(2025, 3, 4, 10, 20)
FAKE_RESULT_LINE = "Result: everything required is in place."


@pytest.fixture(autouse=True)
def _english(qapp: object) -> object:
    # English messages are stable in assertions; a QApplication made first keeps Qt happy.
    install_translators("en")
    yield qapp
    install_translators("nl")


def _fragments(token: str) -> list[str]:
    return [token[i : i + FRAGMENT_CHARS].casefold() for i in range(len(token) - FRAGMENT_CHARS)]


def assert_no_token(text: str, token: str) -> None:
    """No FRAGMENT_CHARS-long piece of `token`, in any case, even across line breaks."""
    joined = "".join(text.split()).casefold()
    leaked = [piece for piece in _fragments(token) if piece in joined]
    assert not leaked, leaked


def _settings() -> NetworkSettings:
    return NetworkSettings(connect_timeout=2, read_timeout=2)


def _afas_state(report: CheckReport) -> WizardState:
    state = WizardState(package=Package.AFAS)
    afas = state.afas
    afas.company_name, afas.email = "Voorbeeld Zorg B.V.", "hr@example.nl"
    afas.framework_contract_number, afas.loonheffingennummer = "RC-1", "123456782L01"
    afas.employer_codes, afas.customer_number = ["01"], "12345"
    afas.data_token, afas.environment = AFAS_TOKEN, AfasEnvironment.PRODUCTION
    state.record_check(CheckRun("12345", report, NOW))
    return state


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is missing; install the Debian package poppler-utils")
    return subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _every_output(state: WizardState, report: CheckReport, tmp_path: Path, token: str) -> None:
    """The registration file without tokens and the PDF hold no fragment of `token`."""
    export = tmp_path / "aanmelding-zonder-tokens.json"
    export_registration(export, state, include_tokens=False, check=report, now=NOW)
    assert_no_token(export.read_text(encoding="utf-8"), token)
    pdf = tmp_path / "aanmelding.pdf"
    write_registration_pdf(pdf, state, shipped_manual(), check=report, check_time=NOW, now=NOW)
    assert_no_token(_pdf_text(pdf), token)


def test_afas_error_body_and_log_reference_echoing_the_token(
    fake_afas: FakeAfas, tmp_path: Path
) -> None:
    fake_afas.config.data_token = AFAS_TOKEN
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    # Upper case passed the old, case-sensitive redaction; half a token passed any whole match.
    fake_afas.config.external_message = f"Token {AFAS_TOKEN.lower()} is ongeldig"
    fake_afas.config.profit_log_reference = AFAS_TOKEN[:32]
    report = check_afas(
        "12345", AFAS_TOKEN, _settings(), employer_codes=["01"], endpoint=fake_afas.base_url
    )
    assert "is ongeldig" in english(report.checks[0].message)
    assert_no_token(json.dumps(report.to_json_dict()), AFAS_TOKEN)
    _every_output(_afas_state(report), report, tmp_path, AFAS_TOKEN)


def test_afas_connector_ids_and_environment_echoing_the_token(
    fake_afas: FakeAfas, tmp_path: Path
) -> None:
    fake_afas.config.data_token = AFAS_TOKEN
    fake_afas.config.assigned_connectors.append(f"BP_{AFAS_TOKEN[8:40].lower()}")
    fake_afas.config.envid = AFAS_TOKEN[20:40]
    report = check_afas("12345", AFAS_TOKEN, _settings(), endpoint=fake_afas.base_url)
    assert any(item.name.startswith("BP_***") for item in report.checks)
    assert_no_token(json.dumps(report.to_json_dict()), AFAS_TOKEN)
    _every_output(_afas_state(report), report, tmp_path, AFAS_TOKEN)


def _afas_cli(fake: FakeAfas, *extra: str) -> list[str]:
    return [
        "check",
        "afas",
        "--customer-number",
        "12345",
        "--endpoint",
        fake.base_url,
        "--lang",
        "en",
        *extra,
    ]


@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_afas_cli_prints_no_token_fragment(
    fake_afas: FakeAfas,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    as_json: bool,
) -> None:
    monkeypatch.setenv("AFAS_TOKEN", AFAS_TOKEN)
    fake_afas.config.data_token = AFAS_TOKEN
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    fake_afas.config.external_message = f"Token {AFAS_TOKEN.upper()[:40]}"
    fake_afas.config.profit_log_reference = AFAS_TOKEN[32:]
    main(_afas_cli(fake_afas, *(["--json"] if as_json else [])))
    out, err = capsys.readouterr()
    assert_no_token(out + err, AFAS_TOKEN)


# --- Nmbrs ------------------------------------------------------------------------------------


def _nmbrs_scenario(**changes: object) -> NmbrsScenario:
    scenario = NmbrsScenario(token=NMBRS_TOKEN)
    for name, value in changes.items():
        setattr(scenario, name, value)
    return scenario


def _nmbrs_cli(fake: FakeNmbrs, cache: Path, *extra: str) -> list[str]:
    return nmbrs_check_argv(fake.base_url, cache, "--lang", "en", *extra)


def test_nmbrs_fault_and_company_name_echoing_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scenario = _nmbrs_scenario(
        companies=[FakeCompany(101, f"Bakkerij {NMBRS_TOKEN.upper()} B.V.")],
        fault_texts={"Children_Get": f"Invalid token {NMBRS_TOKEN[:16]}"},
    )
    monkeypatch.setenv("NMBRS_TOKEN", NMBRS_TOKEN)
    with FakeNmbrs(scenario) as fake:
        report = run_nmbrs_check(
            "koppeling@example.nl",
            NMBRS_TOKEN,
            "oamkb",
            AccountType.UMBRELLA,
            _settings(),
            endpoint=fake.base_url,
            wsdl_cache_dir=tmp_path / "cache",
        )
        assert report.companies == ["Bakkerij *** B.V."]
        assert any("Invalid token ***" in english(item.message) for item in report.checks)
        assert_no_token(json.dumps(report.to_json_dict()), NMBRS_TOKEN)
        for extra in ((), ("--json",)):
            main(_nmbrs_cli(fake, tmp_path / "cache", *extra))
            out, err = capsys.readouterr()
            assert_no_token(out + err, NMBRS_TOKEN)
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    nmbrs = state.nmbrs
    nmbrs.company_name, nmbrs.contact_person = "Voorbeeld B.V.", "Jan Voorbeeld"
    nmbrs.email, nmbrs.phone = "jan@example.nl", "020 123 4567"
    nmbrs.username, nmbrs.token, nmbrs.domain = "koppeling@example.nl", NMBRS_TOKEN, "oamkb"
    # A report from an older run or an imported file: the export scrubs it again.
    unscrubbed = CheckReport(
        package=Package.NMBRS,
        ok=False,
        checks=[*report.checks],
        companies=[f"Bakkerij {NMBRS_TOKEN}"],
    )
    unscrubbed.checks[0] = CheckItem(
        "CompanyService", f"X{NMBRS_TOKEN}", report.checks[0].status, NMBRS_TOKEN.upper()
    )
    _every_output(state, unscrubbed, tmp_path, NMBRS_TOKEN)


# --- Server text is data, not markup or terminal control -----------------------------------

HOSTILE_COMPANY = f"Evil B.V.\n{FAKE_RESULT_LINE}\n<b>bold</b><img src=x>"
HOSTILE_CONNECTOR = "BP_\u202eevil\u202c_Salarissen"
HOSTILE_MESSAGE = "Fout\x1b]0;pwned\x07\x1b[2J\x1b[31mrood\r\nnog een regel"


def _assert_terminal_safe(out: str) -> None:
    for char in ("\x1b", "\x07", "\u202e", "\u202c", "\r"):
        assert char not in out, repr(char)


def test_nmbrs_cli_prints_hostile_company_names_as_one_plain_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scenario = _nmbrs_scenario(
        companies=[FakeCompany(101, HOSTILE_COMPANY), FakeCompany(102, "x" * 5000)],
        inactive={"Children_Get"},
    )
    monkeypatch.setenv("NMBRS_TOKEN", NMBRS_TOKEN)
    with FakeNmbrs(scenario) as fake:
        code = main(_nmbrs_cli(fake, tmp_path / "cache"))
        out, _err = capsys.readouterr()
        assert code == 1
        _assert_terminal_safe(out)
        # Only the real verdict may stand on a line of its own, and it says "missing".
        assert FAKE_RESULT_LINE not in out.splitlines()
        assert f"Evil B.V. {FAKE_RESULT_LINE} <b>bold</b>" in out
        assert max(len(line) for line in out.splitlines()) < 1_000

        main(_nmbrs_cli(fake, tmp_path / "cache", "--json"))
        out, _err = capsys.readouterr()
        _assert_terminal_safe(out)
        assert "\n" not in out.strip()
        # Faithful: the JSON holds the name exactly as Nmbrs sent it.
        assert HOSTILE_COMPANY in json.loads(out)["companies"]


def test_afas_cli_neutralises_escape_sequences_and_bidi_overrides(
    fake_afas: FakeAfas, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AFAS_TOKEN", AFAS_TOKEN)
    fake_afas.config.data_token = AFAS_TOKEN
    fake_afas.config.assigned_connectors.append(HOSTILE_CONNECTOR)
    fake_afas.config.envid = "O1\x1b[2JAA"
    main(_afas_cli(fake_afas))
    out, _err = capsys.readouterr()
    _assert_terminal_safe(out)
    assert "BP_\N{REPLACEMENT CHARACTER}evil\N{REPLACEMENT CHARACTER}_Salarissen" in out

    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    fake_afas.config.external_message = HOSTILE_MESSAGE
    for extra in ((), ("--json",)):
        main(_afas_cli(fake_afas, *extra))
        out, _err = capsys.readouterr()
        _assert_terminal_safe(out)


def test_the_support_bundle_holds_no_token_fragment_from_a_server() -> None:
    from wizard.services.support_bundle import bundle_entries

    report = CheckReport(
        package=Package.AFAS,
        checks=[CheckItem("afas_extra", f"BP_{AFAS_TOKEN[:20]}", CallStatus.ACTIVE, "")],
        missing_connectors=[f"X{AFAS_TOKEN[30:50].lower()}"],
        environment=AFAS_TOKEN[8:24],
    )
    entries = bundle_entries(
        _afas_state(report),
        log_path=None,
        network_settings=_settings(),
        version="1.2.3",
        now=NOW,
        qt_version="6.8.1",
    )
    for entry in entries:
        assert_no_token(entry.data.decode("utf-8"), AFAS_TOKEN)
