"""Writing a re-check back into the registration file: it keeps what the file had.

Tokens stay in a file that had them and stay out of one saved without them (also when the
check took them from secure storage); the entry of a login not checked again is kept; a v1 file
is recorded in the current version with all its content; a read-only file is left alone.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from tests.fourth_path import GOOD_KEY, NAME, registered_testpakket
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, CheckRun, Verdict
from wizard.core.message import Message
from wizard.core.model import Package, WizardState
from wizard.core.registration_file import (
    MSG_READ_ONLY,
    import_registration,
    validate_registration,
)
from wizard.services.network_settings import NetworkSettings
from wizard.services.registration_recheck import (
    MSG_UNKNOWN_CHECK,
    RecheckLogin,
    find_tokens,
    recheck,
    record_runs,
)

GOLDEN = Path(__file__).resolve().parents[1] / "core" / "golden"
FIRST, SECOND = "een@example.com", "twee@example.com"
FIRST_TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
STORED_TOKEN = "uit-de-kluis-0123456789abcdef"


class _Vault:
    """Secure storage holding one Nmbrs token (the real store's load method only)."""

    def load_nmbrs_token(self, username: str) -> str | None:
        return STORED_TOKEN if username == FIRST else None


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "aanmelding.json"
    shutil.copyfile(GOLDEN / name, target)
    return target


def _passed(subject: str, moment: datetime) -> CheckRun:
    item = CheckItem("EmployeeService", "Employee_GetList", CallStatus.ACTIVE)
    report = CheckReport(package=Package.NMBRS, ok=True, checks=[item], companies=["Bakkerij"])
    return CheckRun(subject, report, moment)


def _refused(subject: str, moment: datetime) -> CheckRun:
    item = CheckItem("EmployeeService", "Employee_GetList", CallStatus.INACTIVE, "uit")
    report = CheckReport(package=Package.NMBRS, checks=[item], companies=["Garage"])
    return CheckRun(subject, report, moment)


def _record(path: Path, *runs: CheckRun) -> None:
    imported = import_registration(path)
    for run in runs:
        imported.state.record_check(run)
    assert record_runs(path, imported) is None


def test_a_file_with_tokens_keeps_them_and_all_its_content(tmp_path):
    path = _copy(tmp_path, "aanmelding-nmbrs-per-debiteur.json")
    before = json.loads(path.read_text(encoding="utf-8"))
    _record(path, _passed(FIRST, datetime.now().astimezone()))
    after = json.loads(path.read_text(encoding="utf-8"))
    assert not validate_registration(after)
    assert after["werkgevers"] == before["werkgevers"]
    assert after["formulier"] == before["formulier"]
    assert after["gemaakt_op"] == before["gemaakt_op"]
    assert after["tokens_apart_aangeleverd"] is False
    assert [entry["login"] for entry in after["controle_per_login"]] == [FIRST]


def test_a_file_without_tokens_gets_none_from_secure_storage(tmp_path):
    path = _copy(tmp_path, "aanmelding-nmbrs-per-debiteur-zonder-tokens.json")
    imported = import_registration(path)
    logins = find_tokens(imported.state, tokens_in_file=False, secrets=_Vault())  # type: ignore[arg-type]
    assert [login.token for login in logins] == [STORED_TOKEN, None]
    imported.state.record_check(_passed(FIRST, datetime.now().astimezone()))
    assert record_runs(path, imported) is None
    text = path.read_text(encoding="utf-8")
    assert STORED_TOKEN not in text
    document = json.loads(text)
    assert document["tokens_apart_aangeleverd"] is True
    assert {e["api_token"] for e in document["werkgevers"]} == {"lever ik apart aan"}


def test_a_login_not_checked_again_keeps_its_recorded_entry(tmp_path):
    path = _copy(tmp_path, "aanmelding-nmbrs-per-debiteur.json")
    earlier = datetime(2026, 1, 5, 9, 0).astimezone()
    _record(path, _passed(FIRST, earlier), _refused(SECOND, earlier))
    recorded = {e["login"]: e for e in import_registration(path).login_checks}
    assert recorded[SECOND]["uitkomst"] == "api_calls_ontbreken"
    # Only the first login is checked again (the second had no token this time).
    _record(path, _refused(FIRST, datetime.now().astimezone()))
    entries = import_registration(path).login_checks
    assert [entry["login"] for entry in entries] == [FIRST, SECOND]
    first, second = entries
    assert first["uitkomst"] == "api_calls_ontbreken"
    assert first["laatst_in_orde"] == earlier.isoformat(timespec="seconds")
    assert second == recorded[SECOND]


def test_a_version_1_file_is_recorded_with_all_its_content(tmp_path):
    path = _copy(tmp_path, "v1/aanmelding-nmbrs-per-debiteur.json")
    before = json.loads(path.read_text(encoding="utf-8"))
    _record(path, _passed(FIRST, datetime.now().astimezone()))
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["schemaversie"] == 2 and not validate_registration(after)
    assert after["werkgevers"] == before["werkgevers"]
    assert after["gemaakt_met"] == before["gemaakt_met"]
    assert FIRST_TOKEN in path.read_text(encoding="utf-8")


def test_a_read_only_file_is_left_alone_with_a_reason(tmp_path):
    path = _copy(tmp_path, "aanmelding-nmbrs-per-debiteur.json")
    path.chmod(0o444)
    before = path.read_bytes()
    imported = import_registration(path)
    imported.state.record_check(_passed(FIRST, datetime.now().astimezone()))
    problem = record_runs(path, imported)
    assert problem is not None and problem.message.source == MSG_READ_ONLY
    assert dict(problem.message.arguments)["path"] == str(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_recheck_login_repr_holds_no_token():
    login = RecheckLogin(FIRST, "Bakkerij", token=FIRST_TOKEN)
    assert FIRST_TOKEN not in repr(login)


def test_a_registered_paths_file_is_not_rechecked_against_nmbrs() -> None:
    # The re-check knows Nmbrs and AFAS only: another path's token must never go to Nmbrs.
    with registered_testpakket() as registered:
        state = WizardState(package=registered.package)
        state.form(NAME).set("username", "koppeling@proefbedrijf.nl")
        login = RecheckLogin("koppeling@proefbedrijf.nl", "", token=GOOD_KEY)
        result = recheck(state, [login], NetworkSettings(), endpoint="http://127.0.0.1:9/soap")
    run = result.runs["koppeling@proefbedrijf.nl"]
    assert run.report.verdict is Verdict.NOT_RUN and not run.report.checks
    assert run.report.error == Message("RegistrationRecheck", MSG_UNKNOWN_CHECK)
    assert registered.check.runs == []
