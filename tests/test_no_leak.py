"""Nothing the wizard writes or prints holds a token or an employee's data.

Every path and the main check scenarios run with a sentinel token and with fake servers whose
answers carry a sentinel employee. Then every file written (log, progress, export without tokens,
PDF text, diagnostics ZIP members) and stdout/stderr are searched for both sentinels.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.fakes.fake_afas import FakeAfas, FakeAfasConfig, FakeAfasScenario
from tests.fakes.fake_nmbrs import SENTINEL, FakeNmbrs, FaultMode, NmbrsScenario
from tests.fakes.keyring_fixtures import memory_keyring  # noqa: F401
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, AfasEnvironment, Employer, Package, Step, WizardState
from wizard.core.progress_store import ProgressStore
from wizard.services.diagnostics_log import configure_logging, stop_logging
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard

# Shares no 8 characters with the employee sentinels: server text is scrubbed of every 8-char
# piece of the token, which would otherwise hide a leaked "SENTINEL-EMPLOYEE" as "***-EMPLOYEE".
NMBRS_TOKEN = "LEAKTOKEN-nmbrs-7f3a9c21"
AFAS_TOKEN = "5E5E5E5E" * 8  # 64 hex characters, as AFAS issues them
AFAS_EMPLOYER = f"{SENTINEL}-Werkgever"
SENTINELS = (NMBRS_TOKEN, AFAS_TOKEN, SENTINEL, AFAS_EMPLOYER)

NMBRS_SCENARIOS = {
    "all-active": {},
    "some-inactive": {"inactive": {"Children_Get", "Reports_BackgroundTask_Result"}},
    "bad-token": {"token": "another-token-entirely"},
    "bad-domain": {"domain": "elders"},
    "html-page": {"faults": {"*": FaultMode.HTML_PAGE}},
    "xml-bomb": {"faults": {"*": FaultMode.XML_BOMB}},
}
AFAS_SCENARIOS = {
    "all-assigned": {},
    "missing-connector": {"assigned_connectors": ["BP_Werkgevers", "Profit_Employers"]},
    "unauthorized": {"scenario": FakeAfasScenario.UNAUTHORIZED},
    "server-error": {"scenario": FakeAfasScenario.SERVER_ERROR},
}


def _nmbrs_state(account_type: AccountType, scenario: NmbrsScenario) -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=account_type)
    registration = state.nmbrs
    registration.company_name, registration.contact_person = "Voorbeeld B.V.", "Jan Voorbeeld"
    registration.email, registration.phone = "jan@example.nl", "020 123 4567"
    if account_type is AccountType.UMBRELLA:
        registration.username, registration.token = scenario.username, NMBRS_TOKEN
        registration.domain = "oamkb"
    else:
        state.employers = [Employer("Bakkerij B.V.", scenario.username, NMBRS_TOKEN, "oamkb")]
    return state


def _afas_state() -> WizardState:
    state = WizardState(package=Package.AFAS)
    afas = state.afas
    afas.company_name, afas.email = "Voorbeeld Zorg B.V.", "hr@example.nl"
    afas.framework_contract_number, afas.loonheffingennummer = "RC-1", "123456782L01"
    afas.employer_codes, afas.customer_number = ["01"], "12345"
    afas.data_token, afas.environment = AFAS_TOKEN, AfasEnvironment.PRODUCTION
    return state


def _run_check(qtbot, wizard: MainWizard, step: Step) -> None:
    wizard.ensure_pages()
    wizard.setStartId(int(step))
    wizard.restart()
    page = wizard.pages[step]
    page.start_check()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20000)


def _write_everything(wizard: MainWizard, folder: Path) -> None:
    wizard.tokens.register_secrets()
    assert wizard.save_progress()
    summary = wizard.pages[Step.SUMMARY]
    summary.export_panel.tokens_box.setChecked(False)
    summary.export_panel.save_registration(folder / "aanmelding.json")
    assert summary.export_panel.save_pdf(folder / "aanmelding.pdf")
    assert wizard.side_actions.export_diagnostics(folder / "diagnose.zip")


def _texts(folder: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        found[str(path)] = path.read_bytes()
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    found[f"{path}!{name}"] = archive.read(name)
        if path.suffix == ".pdf":
            pdftotext = shutil.which("pdftotext")
            if pdftotext is None and not sys.platform.startswith("linux"):
                # The Windows release runner has no poppler: the raw bytes are still searched.
                continue
            assert pdftotext, "pdftotext (Debian package poppler-utils) is needed"
            text = subprocess.run(
                [pdftotext, str(path), "-"], capture_output=True, check=True
            ).stdout
            found[f"{path}!text"] = text
    return found


def _assert_clean(folder: Path, captured: str) -> None:
    for name, data in _texts(folder).items():
        for sentinel in SENTINELS:
            assert sentinel.encode() not in data, f"{sentinel} leaked into {name}"
            assert sentinel.lower().encode() not in data.lower(), f"{sentinel} in {name}"
    for sentinel in SENTINELS:
        assert sentinel not in captured


@pytest.fixture
def logged(tmp_path):
    log_path = configure_logging(tmp_path / "written" / "logs", level=logging.DEBUG)
    yield log_path
    stop_logging()


@pytest.mark.parametrize("account_type", list(AccountType))
@pytest.mark.parametrize("scenario_name", sorted(NMBRS_SCENARIOS))
def test_nmbrs_paths_leak_nothing(
    qtbot, qapp, tmp_path, logged, capfd, account_type, scenario_name
) -> None:
    scenario = NmbrsScenario(token=NMBRS_TOKEN)
    for key, value in NMBRS_SCENARIOS[scenario_name].items():
        setattr(scenario, key, value)
    written = tmp_path / "written"
    with FakeNmbrs(scenario) as fake:
        services = LiveCheckConfig(
            nmbrs_endpoint=fake.base_url,
            wsdl_cache_dir=written / "wsdl",
            connect_timeout=2,
            read_timeout=5,
        )
        state = _nmbrs_state(account_type, scenario)
        wizard = MainWizard(
            shipped_manual(),
            ProgressStore(written / "appdata"),
            state,
            check_config=services,
            log_path=logged,
        )
        qtbot.addWidget(wizard)
        wizard.show()
        _run_check(qtbot, wizard, Step.NMBRS_CHECK)
        assert state.check_runs, "the check did not record a result"
        _write_everything(wizard, written)
        wizard.pool.waitForDone(10000)
    captured = capfd.readouterr()
    _assert_clean(written, captured.out + captured.err)


@pytest.mark.parametrize("scenario_name", sorted(AFAS_SCENARIOS))
def test_afas_path_leaks_nothing(qtbot, qapp, tmp_path, logged, capfd, scenario_name) -> None:

    config = FakeAfasConfig(
        data_token=AFAS_TOKEN,
        assigned_connectors=[
            "BP_Werkgevers",
            "BP_Medewerkers",
            "BP_Dienstverbanden",
            "BP_Salarissen",
            "Profit_Employers",
        ],
        employers={"01": AFAS_EMPLOYER},
        # AFAS echoing the token in its error text must not carry it into any file.
        external_message=f"Ongeldig token {AFAS_TOKEN}",
    )
    for key, value in AFAS_SCENARIOS[scenario_name].items():
        setattr(config, key, value)
    written = tmp_path / "written"
    with FakeAfas(config) as fake:
        services = LiveCheckConfig(afas_endpoint=fake.base_url, connect_timeout=2, read_timeout=5)
        wizard = MainWizard(
            shipped_manual(),
            ProgressStore(written / "appdata"),
            _afas_state(),
            check_config=services,
            log_path=logged,
        )
        qtbot.addWidget(wizard)
        wizard.show()
        _run_check(qtbot, wizard, Step.AFAS_CHECK)
        _write_everything(wizard, written)
        wizard.pool.waitForDone(10000)
    captured = capfd.readouterr()
    _assert_clean(written, captured.out + captured.err)


# ---- issue 13: the batch table's CSV export, the re-check's write-back, check --registration ----


def _batch_logins() -> list[NmbrsScenario]:
    """One login per kind of answer; every one accepts NMBRS_TOKEN, and one echoes it."""
    logins = [
        NmbrsScenario(username="goed@example.nl", token=NMBRS_TOKEN),
        NmbrsScenario(
            username="rechten@example.nl",
            token=NMBRS_TOKEN,
            inactive={"Children_Get", "Reports_BackgroundTask_Result"},
        ),
        NmbrsScenario(
            username="echo@example.nl",
            token=NMBRS_TOKEN,
            fault_texts={"*": f"Token {NMBRS_TOKEN} is niet geldig"},
        ),
        NmbrsScenario(username="elders@example.nl", token=NMBRS_TOKEN, domain="elders"),
        NmbrsScenario(
            username="html@example.nl", token=NMBRS_TOKEN, faults={"*": FaultMode.HTML_PAGE}
        ),
    ]
    return logins


def _batch_state(logins: list[NmbrsScenario]) -> WizardState:
    state = _nmbrs_state(AccountType.PER_DEBTOR, logins[0])
    state.employers = [
        Employer(f"Werkgever {index}", login.username, NMBRS_TOKEN, "oamkb")
        for index, login in enumerate(logins)
    ]
    return state


def test_batch_check_csv_export_and_pdf_leak_nothing(
    qtbot, qapp, tmp_path, logged, capfd, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    logins = _batch_logins()
    written = tmp_path / "written"
    with FakeNmbrs(logins=logins) as fake:
        services = LiveCheckConfig(
            nmbrs_endpoint=fake.base_url,
            wsdl_cache_dir=written / "wsdl",
            connect_timeout=2,
            read_timeout=5,
        )
        state = _batch_state(logins)
        wizard = MainWizard(
            shipped_manual(),
            ProgressStore(written / "appdata"),
            state,
            check_config=services,
            log_path=logged,
        )
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.ensure_pages()
        wizard.setStartId(int(Step.DEBTOR_EMPLOYERS))
        wizard.restart()
        panel = wizard.pages[Step.DEBTOR_EMPLOYERS].batch_panel
        panel.check_button.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=30000)
        assert len(state.check_runs) == len(logins)
        target = written / "controle-per-login.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "*"))
        assert panel.choose_export() == target
        _write_everything(wizard, written)
        wizard.pool.waitForDone(10000)
    captured = capfd.readouterr()
    _assert_clean(written, captured.out + captured.err)


@pytest.mark.parametrize("as_json", [False, True], ids=["lines", "json"])
def test_check_registration_output_and_write_back_leak_nothing(
    tmp_path,
    logged,
    capfd,
    monkeypatch,
    memory_keyring,  # noqa: F811
    as_json,
) -> None:
    from wizard.cli import main
    from wizard.core.registration_file import export_registration, import_registration
    from wizard.services.secret_store import SecretStore

    for name in ("NMBRS_TOKEN", "AFAS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    logins = _batch_logins()
    written = tmp_path / "written"
    # Saved without tokens; the tokens are in secure storage, so the check finds them there.
    path = written / "aanmelding.json"
    export_registration(path, _batch_state(logins), include_tokens=False)
    store = SecretStore(memory_keyring)
    for login in logins:
        store.save_nmbrs_token(login.username, NMBRS_TOKEN)
    with FakeNmbrs(logins=logins) as fake:
        argv = ["check", "--registration", str(path), "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl"), "--connect-timeout", "2"]
        code = main([*argv, "--json"] if as_json else argv)
    assert code == 1  # the inactive calls are a refusal
    recorded = import_registration(path)
    assert recorded.tokens_left_out and len(recorded.login_checks) == len(logins)
    captured = capfd.readouterr()
    _assert_clean(written, captured.out + captured.err)


def test_check_registration_with_tokens_in_the_file_prints_none(
    tmp_path, logged, capfd, monkeypatch
) -> None:
    from wizard.cli import main
    from wizard.core.registration_file import export_registration

    for name in ("NMBRS_TOKEN", "AFAS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    logins = _batch_logins()
    path = tmp_path / "met-tokens.json"
    export_registration(path, _batch_state(logins), include_tokens=True)
    with FakeNmbrs(logins=logins) as fake:
        for extra in ([], ["--json"]):
            argv = ["check", "--registration", str(path), "--endpoint", fake.base_url]
            argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl"), "--no-record", *extra]
            assert main(argv) == 1
    captured = capfd.readouterr()
    for sentinel in SENTINELS:
        assert sentinel.lower() not in (captured.out + captured.err).lower()


@pytest.mark.parametrize("scenario_name", sorted(AFAS_SCENARIOS))
def test_check_registration_afas_write_back_leaks_nothing(
    tmp_path,
    logged,
    capfd,
    monkeypatch,
    memory_keyring,  # noqa: F811
    scenario_name,
) -> None:
    from wizard.cli import main
    from wizard.core.registration_file import export_registration, import_registration
    from wizard.services.secret_store import SecretStore

    for name in ("NMBRS_TOKEN", "AFAS_TOKEN", "AFAS_TOKEN_VERSION"):
        monkeypatch.delenv(name, raising=False)
    config = FakeAfasConfig(
        data_token=AFAS_TOKEN,
        assigned_connectors=["BP_Werkgevers", "BP_Medewerkers", "Profit_Employers"],
        employers={"01": AFAS_EMPLOYER},
        external_message=f"Ongeldig token {AFAS_TOKEN}",
    )
    for key, value in AFAS_SCENARIOS[scenario_name].items():
        setattr(config, key, value)
    written = tmp_path / "written"
    path = written / "aanmelding-afas.json"
    export_registration(path, _afas_state(), include_tokens=False)
    SecretStore(memory_keyring).save_afas_token("12345", AFAS_TOKEN)
    with FakeAfas(config) as fake:
        for extra in ([], ["--json"]):
            argv = ["check", "--registration", str(path), "--endpoint", fake.base_url, *extra]
            assert main([*argv, "--connectors", "BP_Werkgevers,BP_Medewerkers"]) in (0, 1, 2)
    assert import_registration(path).login_checks  # the run was recorded
    captured = capfd.readouterr()
    _assert_clean(written, captured.out + captured.err)
