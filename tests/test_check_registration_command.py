"""`python -m wizard check --registration FILE` against the loopback fakes, on all three paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fakes.afas_fixtures import CONFIRMED_CONNECTORS
from tests.fakes.fake_afas import FakeAfas
from tests.fakes.fake_nmbrs import FakeNmbrs, FaultMode, NmbrsScenario
from tests.fakes.keyring_fixtures import memory_keyring  # noqa: F401
from tests.fakes.memory_keyring import MemoryKeyring
from wizard.cli import main
from wizard.core.registration_examples import example_file, example_json
from wizard.core.registration_file import import_registration, validate_registration
from wizard.services.secret_store import SecretStore

# No test may reach the real secure storage: every test gets an empty in-memory one.
pytestmark = pytest.mark.usefixtures("memory_keyring")

AFAS_TOKEN = ("A1B2C3D4E5F6" * 6)[:64]


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> object:
    return qapp


@pytest.fixture(autouse=True)
def _no_token_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NMBRS_TOKEN", "AFAS_TOKEN", "AFAS_TOKEN_VERSION"):
        monkeypatch.delenv(name, raising=False)


def _scenario(name: str, **changes: object) -> NmbrsScenario:
    scenario = NmbrsScenario(
        username=f"{name}@example.nl", token=f"token-{name}-0123456789abcdef", domain=name
    )
    for key, value in changes.items():
        setattr(scenario, key, value)
    return scenario


def _registration(tmp_path: Path, example: str, edit) -> Path:
    document = json.loads(example_file(example).read_text(encoding="utf-8"))
    edit(document)
    assert not validate_registration(document)
    path = tmp_path / f"{example}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _employers(*entries: tuple[str, NmbrsScenario, str | None]):
    def edit(document: dict) -> None:
        document["werkgevers"] = [
            {
                "debiteur": label,
                "gebruikersnaam": scenario.username,
                "api_token": token or "lever ik apart aan",
                "domein": scenario.domain,
            }
            for label, scenario, token in entries
        ]
        if any(token is None for _l, _s, token in entries):
            document["tokens_apart_aangeleverd"] = True
            for entry in document["werkgevers"]:
                entry["api_token"] = "lever ik apart aan"

    return edit


def _run(argv: list[str], capsys, *secrets: str) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    for secret in secrets:
        assert secret not in out + err
    return code, out, err


def test_per_debtor_with_tokens_in_the_file_mixed_results_json(tmp_path, capsys):
    good = _scenario("goed")
    missing = _scenario("rechten", inactive={"Employment_GetAll_AllEmployeesByCompany"})
    path = _registration(
        tmp_path,
        "nmbrs-per-debiteur",
        _employers(("Goed B.V.", good, good.token), ("Rechten B.V.", missing, missing.token)),
    )
    with FakeNmbrs(logins=[good, missing]) as fake:
        argv = ["check", "--registration", str(path), "--json", "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl")]
        code, out, _err = _run(argv, capsys, good.token, missing.token)
    assert code == 1
    document = json.loads(out)
    assert [entry["login"] for entry in document["logins"]] == [good.username, missing.username]
    assert [entry["outcome"] for entry in document["logins"]] == [
        "alles_in_orde",
        "api_calls_ontbreken",
    ]
    assert document["logins"][1]["missing_calls"] == ["Employment_GetAll_AllEmployeesByCompany"]
    assert {entry["token_source"] for entry in document["logins"]} == {"file"}
    assert document["ok"] is False and document["no_token"] == []
    # The run is recorded in the file, with its date; the file stays valid.
    imported = import_registration(path)
    recorded = {entry["login"]: entry for entry in imported.login_checks}
    assert recorded[good.username]["uitkomst"] == "alles_in_orde"
    assert recorded[good.username]["laatst_in_orde"] is not None
    assert recorded[missing.username]["laatst_in_orde"] is None
    assert recorded[missing.username]["tijdstip"]


def test_per_debtor_without_tokens_takes_secure_storage_and_names_the_logins_without(
    tmp_path,
    capsys,
    memory_keyring: MemoryKeyring,  # noqa: F811
):
    stored = _scenario("opgeslagen")
    absent = _scenario("zonder")
    SecretStore(memory_keyring).save_nmbrs_token(stored.username, stored.token)
    path = _registration(
        tmp_path,
        "nmbrs-per-debiteur",
        _employers(("Opgeslagen", stored, None), ("Zonder", absent, None)),
    )
    before = path.read_bytes()
    with FakeNmbrs(logins=[stored, absent]) as fake:
        argv = ["check", "--registration", str(path), "--endpoint", fake.base_url, "--lang", "en"]
        argv += ["--no-record", "--wsdl-cache-dir", str(tmp_path / "wsdl")]
        code, out, err = _run(argv, capsys, stored.token)
    assert code == 2  # nothing refused, one login could not be checked
    lines = out.splitlines()
    assert any(line.startswith("[OK] opgeslagen@example.nl") for line in lines)
    assert any(
        line.startswith("[-] zonder@example.nl") and "Not run: no token found" in line
        for line in lines
    )
    assert "Not run, no token found for: zonder@example.nl." in err
    assert "secure storage has none" in err
    assert path.read_bytes() == before  # --no-record


def test_umbrella_single_login_token_from_the_environment(tmp_path, capsys, monkeypatch):
    login = _scenario("paraplu", domain="oamkb")

    def edit(document: dict) -> None:
        document["tokens_apart_aangeleverd"] = True
        document["formulier"]["Gebruikersnaam Nmbrs"] = login.username
        document["formulier"]["API-Token Nmbrs"] = "lever ik apart aan"
        document["nmbrs_login"]["domein"] = "oamkb"

    path = _registration(tmp_path, "nmbrs-overkoepelend", edit)
    monkeypatch.setenv("NMBRS_TOKEN", login.token)
    with FakeNmbrs(logins=[login]) as fake:
        argv = ["check", "--registration", str(path), "--json", "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl")]
        code, out, _err = _run(argv, capsys, login.token)
    assert code == 0
    document = json.loads(out)
    assert document["ok"] is True
    assert document["logins"][0]["token_source"] == "supplied"
    assert document["logins"][0]["report"]["ok"] is True
    assert login.token not in path.read_text(encoding="utf-8")  # still without tokens


def test_umbrella_wrong_domain_suggests_the_right_one(tmp_path, capsys):
    login = _scenario("echt")

    def edit(document: dict) -> None:
        document["formulier"]["Gebruikersnaam Nmbrs"] = login.username
        document["formulier"]["API-Token Nmbrs"] = login.token
        document["nmbrs_login"]["domein"] = "verkeerd"

    path = _registration(tmp_path, "nmbrs-overkoepelend", edit)
    with FakeNmbrs(logins=[login]) as fake:
        argv = ["check", "--registration", str(path), "--endpoint", fake.base_url, "--lang", "en"]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl")]
        code, out, _err = _run(argv, capsys, login.token)
    assert code == 1
    assert "Wrong domain" in out and "echt" in out


def test_afas_token_from_the_file(tmp_path, capsys, fake_afas: FakeAfas):
    fake_afas.config.data_token = AFAS_TOKEN
    fake_afas.config.employers["02"] = "Tweede B.V."

    def edit(document: dict) -> None:
        document["formulier"]["Datatoken AFAS"] = AFAS_TOKEN

    path = _registration(tmp_path, "afas", edit)
    argv = ["check", "--registration", str(path), "--json", "--endpoint", fake_afas.base_url]
    argv += ["--connectors", ",".join(CONFIRMED_CONNECTORS)]
    code, out, _err = _run(argv, capsys, AFAS_TOKEN)
    assert code == 0
    document = json.loads(out)
    assert document["package"] == "afas"
    assert document["logins"][0]["login"] == "12345"
    assert document["logins"][0]["outcome"] == "alles_in_orde"


def test_afas_wrong_token_exits_1(tmp_path, capsys, fake_afas: FakeAfas):
    fake_afas.config.data_token = AFAS_TOKEN
    path = _registration(tmp_path, "afas", lambda _document: None)
    argv = ["check", "--registration", str(path), "--endpoint", fake_afas.base_url]
    argv += ["--connectors", ",".join(CONFIRMED_CONNECTORS), "--no-record"]
    code, out, _err = _run(argv, capsys)
    assert code == 1
    assert "12345" in out


def test_an_unreadable_registration_exits_2(tmp_path, capsys):
    path = tmp_path / "kapot.json"
    path.write_text("{", encoding="utf-8")
    code, out, err = _run(["check", "--registration", str(path), "--json"], capsys)
    assert code == 2
    document = json.loads(out)
    assert set(document) == {"ok", "package", "logins", "no_token", "error"}
    assert document["logins"] == [] and document["no_token"] == [] and not document["ok"]
    assert err.strip()


def test_check_without_a_target_says_what_to_choose(capsys):
    code, _out, err = _run(["check"], capsys)
    assert code == 2
    assert "--registration" in err


def test_a_read_only_file_is_not_changed_and_says_so_in_dutch(tmp_path, capsys):
    good = _scenario("goed")
    path = _registration(
        tmp_path, "nmbrs-per-debiteur", _employers(("Goed B.V.", good, good.token))
    )
    path.chmod(0o444)
    before = path.read_bytes()
    with FakeNmbrs(logins=[good]) as fake:
        argv = ["check", "--registration", str(path), "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl"), "--lang", "nl"]
        code, out, err = _run(argv, capsys, good.token)
    assert code == 0  # the check itself passed and is still shown
    assert "[OK] goed@example.nl" in out
    assert "alleen-lezen" in err and "niet gewijzigd" in err
    assert path.read_bytes() == before


def test_a_login_whose_check_could_not_run_is_not_run_never_missing_calls(tmp_path, capsys):
    broken = _scenario("kapot", faults={"*": FaultMode.HTML_PAGE})
    path = _registration(
        tmp_path, "nmbrs-per-debiteur", _employers(("Kapot B.V.", broken, broken.token))
    )
    with FakeNmbrs(logins=[broken]) as fake:
        argv = ["check", "--registration", str(path), "--json", "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl"), "--no-record"]
        code, out, _err = _run(argv, capsys, broken.token)
    assert code == 2
    entry = json.loads(out)["logins"][0]
    assert entry["outcome"] == "niet_uitgevoerd"
    assert entry["missing_calls"] == [] and entry["ok"] is False


def test_a_version_1_file_without_tokens_and_no_keyring_entry(tmp_path, capsys):
    source = Path(__file__).parent / "core" / "golden" / "v1"
    path = tmp_path / "oud.json"
    path.write_bytes((source / "aanmelding-nmbrs-per-debiteur-zonder-tokens.json").read_bytes())
    before = path.read_bytes()
    code, out, err = _run(["check", "--registration", str(path), "--lang", "en"], capsys)
    assert code == 2
    assert out.count("[-]") == 2 and out.count("Not run: no token found") == 2
    assert "Not run, no token found for:" in err
    assert path.read_bytes() == before  # nothing was checked, so nothing is rewritten


def test_a_damaged_registration_names_the_field(tmp_path, capsys):
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    document["werkgevers"][1]["gebruikersnaam"] = ""
    path = tmp_path / "beschadigd.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    code, out, err = _run(["check", "--registration", str(path), "--json", "--lang", "en"], capsys)
    assert code == 2
    assert "werkgevers" in json.loads(out)["error"] and "werkgevers" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("example", "login"),
    [
        ("nmbrs-overkoepelend", "koppeling@example.nl"),
        ("nmbrs-per-debiteur", "bakkerij@example.nl"),
        ("afas", "12345"),
    ],
)
def test_every_login_without_a_token_is_not_run_never_a_failure(tmp_path, capsys, example, login):
    # A registration saved without tokens, nothing in secure storage and no token supplied: no
    # request is made (the endpoint is a closed port), and each login says so by name.
    def without_tokens(document: dict) -> None:
        document.update(json.loads(example_json(example, include_tokens=False)))

    path = _registration(tmp_path, example, without_tokens)
    argv = ["check", "--registration", str(path), "--lang", "en", "--no-record"]
    argv += ["--endpoint", "http://127.0.0.1:9/"]
    code, out, err = _run(argv, capsys)
    assert code == 2  # not run; 1 would claim something was refused
    assert f"[-] {login}" in out and "Not run: no token found" in out
    assert "[!]" not in out and "Result: not everything could be checked" in out
    assert f"Not run, no token found for: {login}" in err
    code, out, _err = _run([*argv, "--json"], capsys)
    assert code == 2
    document = json.loads(out)
    assert login in document["no_token"]
    assert {entry["outcome"] for entry in document["logins"]} == {"geen_token"}
    assert all(entry["report"] is None for entry in document["logins"])
    assert document["error"].startswith("Not run, no token found for:")


def test_unreadable_secure_storage_is_said_not_called_empty(
    tmp_path,
    capsys,
    memory_keyring: MemoryKeyring,  # noqa: F811
):
    memory_keyring.locked = True
    path = _registration(
        tmp_path,
        "nmbrs-per-debiteur",
        lambda d: d.update(json.loads(example_json("nmbrs-per-debiteur", include_tokens=False))),
    )
    code, out, err = _run(["check", "--registration", str(path), "--lang", "en"], capsys)
    assert code == 2
    assert "secure storage could not be read" in err
    assert "has none" not in err + out


@pytest.mark.parametrize(
    "target",
    [
        ["nmbrs", "--username", "goed@example.nl", "--domain", "goed", "--path", "per-debtor"],
        ["afas", "--customer-number", "12345"],
    ],
)
def test_registration_and_a_single_target_together_are_refused(
    tmp_path, capsys, monkeypatch, target
):
    # Before: `check --registration FILE nmbrs …` quietly checked only that one login, exit 0,
    # as if the registration had been checked.
    good = _scenario("goed")
    path = _registration(tmp_path, "nmbrs-per-debiteur", _employers(("Goed B.V.", good, None)))
    monkeypatch.setenv("NMBRS_TOKEN", good.token)
    monkeypatch.setenv("AFAS_TOKEN", AFAS_TOKEN)
    with FakeNmbrs(logins=[good]) as fake:
        argv = ["check", "--registration", str(path), *target, "--endpoint", fake.base_url]
        code, out, err = _run([*argv, "--lang", "en"], capsys, good.token)
        assert code == 2
        assert "not both" in err
        code, out, _err = _run([*argv, "--json"], capsys, good.token)
    assert code == 2
    assert "--registration" in json.loads(out)["error"]
    assert import_registration(path).login_checks == []


def test_a_login_on_two_employers_is_checked_once_with_one_line(tmp_path, capsys):
    # Before: two lines and two checks of the same login.
    good = _scenario("goed")
    path = _registration(
        tmp_path,
        "nmbrs-per-debiteur",
        _employers(("Goed B.V.", good, good.token), ("Goed (kopie)", good, good.token)),
    )
    with FakeNmbrs(logins=[good]) as fake:
        argv = ["check", "--registration", str(path), "--json", "--endpoint", fake.base_url]
        argv += ["--wsdl-cache-dir", str(tmp_path / "wsdl")]
        code, out, _err = _run(argv, capsys, good.token)
    assert code == 0
    assert [entry["name"] for entry in json.loads(out)["logins"]] == ["Goed B.V."]
    assert len(import_registration(path).login_checks) == 1


def _future_version() -> bytes:
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    document["schemaversie"] = 3
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (bytes(range(256)) * 8, "not text"),
        (b"[]", "one JSON object"),
        (b'{"a": ' * 50_000 + b"1" + b"}" * 50_000, "nested too deeply"),
        (b'{"x": "' + b"a" * (2 * 1024 * 1024) + b'"}', "far too large"),
        (_future_version(), "Unknown schema version 3"),
    ],
    ids=["binary", "array", "deep", "huge", "future-version"],
)
def test_a_file_that_is_no_registration_is_not_run_exit_2_one_json_object(
    tmp_path, capsys, content, reason
):
    path = tmp_path / "aanmelding.json"
    path.write_bytes(content)
    argv = [
        "check",
        "--registration",
        str(path),
        "--lang",
        "en",
        "--endpoint",
        "http://127.0.0.1:9/",
    ]
    code, out, err = _run([*argv, "--json"], capsys)
    assert code == 2
    document = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert set(document) == {"ok", "package", "logins", "no_token", "error"}
    assert document["logins"] == [] and document["ok"] is False
    assert reason in document["error"] and reason in err
    code, out, err = _run(argv, capsys)
    assert code == 2 and reason in err
    assert path.read_bytes() == content
