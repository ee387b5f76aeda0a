"""The registration file: golden exports, round trips, the schema, validation and write errors.

Regenerate the golden files with UPDATE_GOLDEN=1 after a deliberate format change, and review
the diff.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.check_messages import english
from wizard.core import atomic_file, registration_file
from wizard.core import field_rules as rules
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, Verdict
from wizard.core.model import (
    NOT_YET_GIVEN,
    AccountType,
    AfasRegistration,
    Employer,
    NmbrsRegistration,
    Package,
    WizardState,
)
from wizard.core.registration_examples import (
    EXAMPLE_NAMES,
    example_file,
    example_json,
    example_state,
)
from wizard.core.registration_file import (
    MAX_FILE_BYTES,
    MSG_NOT_TEXT,
    TOKENS_APART,
    RegistrationInvalidError,
    RegistrationReadError,
    RegistrationWriteError,
    build_registration,
    export_registration,
    import_registration,
    load_registration,
    parse_registration,
    registration_json,
    validate_registration,
)
from wizard.core.registration_schema import (
    MSG_NOT_CANONICAL_SECRET,
    NMBRS_LOGIN_KEYS,
    form_fields,
    load_schema,
    login_fields,
    path_fields,
    schema_validator,
)

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2025, 3, 4, 14, 15, 16, tzinfo=timezone(timedelta(hours=1)))
CHECK_TIME = datetime(2025, 3, 4, 13, 0, tzinfo=UTC)
VERSION = "9.9.9-test"

UMBRELLA_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
DEBTOR_TOKENS = ("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "ffeeddccbbaa99887766554433221100")
DATA_TOKEN = "ABCDEF0123456789" * 4


def umbrella_state() -> WizardState:
    return WizardState(
        package=Package.NMBRS,
        account_type=AccountType.UMBRELLA,
        nmbrs=NmbrsRegistration(
            company_name="Testbureau Loon & Zo B.V.",
            contact_person="Pietje Proef",
            email="proef@example.com",
            phone="+31 20 123 4567",
            username="asr-koppeling@example.com",
            token=UMBRELLA_TOKEN,
            domain="testbureau",
        ),
    )


def per_debtor_state() -> WizardState:
    return WizardState(
        package=Package.NMBRS,
        account_type=AccountType.PER_DEBTOR,
        nmbrs=NmbrsRegistration(
            company_name="Testbureau Per Debiteur B.V.",
            contact_person="Klaas Proef",
            email="klaas@example.com",
            phone="010 123 4567",
        ),
        employers=[
            Employer("Bakkerij Één B.V.", "een@example.com", DEBTOR_TOKENS[0], "testbureau"),
            Employer("Garage Twee", "twee@example.com", DEBTOR_TOKENS[1], "ander-domein"),
        ],
    )


def afas_state() -> WizardState:
    return WizardState(
        package=Package.AFAS,
        afas=AfasRegistration(
            company_name="Eigen Beheer Test B.V.",
            email="hr@example.com",
            framework_contract_number="RC-4711",
            loonheffingennummer="111222333L01",
            employer_codes=["001", "Holding 2"],
            customer_number="54321",
            token_version="3",
            data_token=DATA_TOKEN,
        ),
    )


def umbrella_check() -> CheckReport:
    return CheckReport(
        package=Package.NMBRS,
        ok=False,
        checks=[
            CheckItem("CompanyService", "List_GetAll", CallStatus.ACTIVE),
            CheckItem("EmployeeService", "Children_Get", CallStatus.INACTIVE, "Set to Active."),
        ],
    )


def afas_check() -> CheckReport:
    return CheckReport(
        package=Package.AFAS,
        ok=True,
        checks=[CheckItem("", "Voorbeeldconnector_Medewerkers", CallStatus.ACTIVE)],
    )


def not_run_check() -> CheckReport:
    return CheckReport(package=Package.NMBRS, error="De server 127.0.0.1 weigerde de verbinding.")


CASES = {
    "nmbrs-overkoepelend": (umbrella_state, umbrella_check),
    "nmbrs-per-debiteur": (per_debtor_state, not_run_check),
    "afas": (afas_state, afas_check),
}


def golden_bytes(name: str, actual: bytes) -> bytes:
    path = GOLDEN / f"aanmelding-{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(actual)
    return path.read_bytes()


def state_json(name: str, *, include_tokens: bool = True) -> bytes:
    make_state, make_check = CASES[name]
    return registration_json(
        make_state(),
        include_tokens=include_tokens,
        check=make_check(),
        check_time=CHECK_TIME,
        now=NOW,
        version=VERSION,
    )


# --- Export: golden files -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(name: str, tmp_path: Path) -> None:
    actual = state_json(name)
    assert actual == golden_bytes(name, actual)
    make_state, make_check = CASES[name]
    target = tmp_path / "aanmelding.json"
    export_registration(
        target, make_state(), check=make_check(), check_time=CHECK_TIME, now=NOW, version=VERSION
    )
    assert target.read_bytes() == actual


def test_export_without_tokens_matches_golden_file() -> None:
    actual = state_json("nmbrs-per-debiteur", include_tokens=False)
    assert actual == golden_bytes("nmbrs-per-debiteur-zonder-tokens", actual)
    for token in DEBTOR_TOKENS:
        assert token.encode() not in actual


def test_file_format_is_utf8_indented_with_final_newline() -> None:
    data = state_json("nmbrs-per-debiteur")
    assert data.endswith(b"}\n")
    assert "Één".encode() in data  # not \u-escaped
    assert data.startswith(b'{\n  "schemaversie": 2,\n  "gemaakt_op"')


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_export_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "aanmelding.json"
    export_registration(target, afas_state(), now=NOW)
    assert target.stat().st_mode & 0o777 == 0o600


def test_tokens_left_out_everywhere() -> None:
    for name in CASES:
        document = json.loads(state_json(name, include_tokens=False))
        assert document["tokens_apart_aangeleverd"] is True
        assert validate_registration(document) == []
    umbrella = json.loads(state_json("nmbrs-overkoepelend", include_tokens=False))
    assert umbrella["formulier"]["API-Token Nmbrs"] == TOKENS_APART
    afas = json.loads(state_json("afas", include_tokens=False))
    assert afas["formulier"]["Datatoken AFAS"] == TOKENS_APART


def test_per_debtor_form_says_not_yet_given() -> None:
    document = json.loads(state_json("nmbrs-per-debiteur"))
    assert document["formulier"]["Gebruikersnaam Nmbrs"] == NOT_YET_GIVEN
    assert document["formulier"]["API Token"] == NOT_YET_GIVEN
    assert [entry["api_token"] for entry in document["werkgevers"]] == list(DEBTOR_TOKENS)


def test_only_per_debtor_has_employers() -> None:
    state = umbrella_state()
    state.employers = [Employer("Stale", "stale@example.com", "x", "stale")]
    assert "werkgevers" not in build_registration(state, now=NOW)
    assert "werkgevers" not in build_registration(afas_state(), now=NOW)
    empty = per_debtor_state()
    empty.employers = []
    document = build_registration(empty, now=NOW)
    assert document["werkgevers"] == []
    assert validate_registration(document) == []


def test_build_is_pure() -> None:
    state = per_debtor_state()
    before = copy.deepcopy(state)
    first = build_registration(state, now=NOW, version=VERSION)
    second = build_registration(state, now=NOW, version=VERSION)
    assert first == second
    assert state == before


def test_build_records_time_and_version_by_default() -> None:
    document = build_registration(afas_state())
    made_at = datetime.fromisoformat(document["gemaakt_op"])
    assert made_at.tzinfo is not None
    assert abs(datetime.now(UTC) - made_at) < timedelta(minutes=1)
    assert document["gemaakt_met"]["programma"] == "Salariskoppeling Wizard"
    assert document["gemaakt_met"]["versie"]


def test_build_writes_values_in_standard_form() -> None:
    state = umbrella_state()
    state.nmbrs.domain = "https://TestBureau.nmbrs.nl/"
    state.nmbrs.token = f"  {UMBRELLA_TOKEN}\n"
    document = build_registration(state, now=NOW)
    form = document["formulier"]
    assert document["nmbrs_login"] == {"domein": "testbureau"}
    assert form["API-Token Nmbrs"] == UMBRELLA_TOKEN
    afas = afas_state()
    afas.afas.loonheffingennummer = "1112.22.333 l01"
    afas.afas.employer_codes = [" 001", "Holding 2 "]
    afas.afas.data_token = f"<token><version>3</version><data>{DATA_TOKEN}</data></token>"
    form = build_registration(afas, now=NOW)["formulier"]
    assert form["Loonheffingennummer"] == "111222333L01"
    assert form["Werkgeverscode entiteit in AFAS"] == ["001", "Holding 2"]
    assert form["Datatoken AFAS"] == DATA_TOKEN


def test_build_needs_a_path() -> None:
    with pytest.raises(ValueError):
        build_registration(WizardState(), now=NOW)
    with pytest.raises(ValueError):
        build_registration(WizardState(package=Package.NMBRS), now=NOW)


def test_a_check_that_could_not_run_is_stored_as_not_run_with_its_reason() -> None:
    failed = CheckReport(package=Package.NMBRS, error="network")
    document = build_registration(umbrella_state(), check=failed, now=NOW)
    assert document["controle"] == {
        "tijdstip": NOW.isoformat(),
        "uitkomst": "niet_uitgevoerd",
        "reden": "network",
        "ok": False,
        "resultaten": [],
    }
    assert validate_registration(document) == []
    imported = load_registration(registration_json(umbrella_state(), check=failed, now=NOW))
    assert imported.check is not None and english(imported.check.error) == "network"
    assert imported.check.verdict is Verdict.NOT_RUN


def test_a_check_that_could_not_judge_everything_is_stored_as_not_checked() -> None:
    partial = CheckReport(
        package=Package.AFAS,
        checks=[
            CheckItem("afas", "Profit_Employers", CallStatus.ACTIVE, "Assigned."),
            CheckItem("afas", "asr_connector_list", CallStatus.NOT_CHECKED, "Not compared."),
        ],
        error="Not compared.",
    )
    document = build_registration(afas_state(), check=partial, now=NOW)
    assert document["controle"]["uitkomst"] == "niet_gecontroleerd"
    assert document["controle"]["reden"] == "Not compared."
    assert validate_registration(document) == []
    imported = load_registration(registration_json(afas_state(), check=partial, now=NOW))
    assert imported.check is not None and imported.check.verdict is Verdict.NOT_CHECKED


def test_the_nmbrs_domain_is_not_in_the_form_section() -> None:
    document = json.loads(state_json("nmbrs-overkoepelend"))
    assert "Domeinnaam Nmbrs" not in document["formulier"]
    assert document["nmbrs_login"] == {"domein": "testbureau"}
    moved = copy.deepcopy(document)
    moved["formulier"]["Domeinnaam Nmbrs"] = moved.pop("nmbrs_login")["domein"]
    assert [problem.path for problem in validate_registration(moved)] == [
        ("formulier", "Domeinnaam Nmbrs"),
        ("nmbrs_login",),
    ]


# --- Schema version 1 files ----------------------------------------------------------------

V1_GOLDEN = GOLDEN / "v1"


@pytest.mark.parametrize("name", sorted(path.stem for path in V1_GOLDEN.glob("*.json")))
def test_a_version_1_file_is_valid_and_imports_as_the_same_state(name: str) -> None:
    data = (V1_GOLDEN / f"{name}.json").read_bytes()
    assert json.loads(data)["schemaversie"] == 1
    assert validate_registration(json.loads(data)) == []
    imported = load_registration(data)
    assert imported.schema_version == 1
    case = name.removeprefix("aanmelding-").removesuffix("-zonder-tokens")
    expected = CASES[case][0]()
    if imported.tokens_left_out:
        for employer in expected.employers:
            employer.token = ""
    assert imported.state == expected


def test_a_version_1_check_migrates_to_a_verdict() -> None:
    imported = load_registration((V1_GOLDEN / "aanmelding-nmbrs-overkoepelend.json").read_bytes())
    assert imported.check is not None
    assert imported.check.verdict is Verdict.PROBLEMS and imported.check.error is None
    assert imported.check.checks == umbrella_check().checks
    assert imported.state.nmbrs.domain == "testbureau"
    afas = load_registration((V1_GOLDEN / "aanmelding-afas.json").read_bytes())
    assert afas.check is not None and afas.check.verdict is Verdict.PASSED


def test_a_version_1_file_is_checked_against_the_version_1_rules() -> None:
    document = json.loads((V1_GOLDEN / "aanmelding-nmbrs-overkoepelend.json").read_bytes())
    document["formulier"]["Domeinnaam Nmbrs"] = "not a domain!"
    assert [problem.path for problem in validate_registration(document)] == [
        ("formulier", "Domeinnaam Nmbrs")
    ]
    del document["formulier"]["Domeinnaam Nmbrs"]
    document["nmbrs_login"] = {"domein": "testbureau"}
    paths = [problem.path for problem in validate_registration(document)]
    assert ("nmbrs_login",) in paths and ("formulier", "Domeinnaam Nmbrs") in paths


def test_check_time_defaults_to_now() -> None:
    document = build_registration(umbrella_state(), check=umbrella_check(), now=NOW)
    assert document["controle"]["tijdstip"] == NOW.isoformat()


# --- Round trip ----------------------------------------------------------------------------

ROUND_TRIP_STATES = {
    **{f"example-{name}": (lambda name=name: example_state(name)) for name in EXAMPLE_NAMES},
    **{f"golden-{name}": make_state for name, (make_state, _) in CASES.items()},
}


@pytest.mark.parametrize("name", sorted(ROUND_TRIP_STATES))
def test_export_then_import_gives_the_same_state(name: str, tmp_path: Path) -> None:
    state = ROUND_TRIP_STATES[name]()
    target = tmp_path / "aanmelding.json"
    export_registration(target, state, now=NOW)
    imported = import_registration(target)
    assert imported.state == state
    assert imported.state.ticked == set()
    assert not imported.tokens_left_out
    assert parse_registration(target.read_bytes()) == state


def test_import_without_tokens_leaves_tokens_empty() -> None:
    state = per_debtor_state()
    imported = load_registration(registration_json(state, include_tokens=False, now=NOW))
    assert imported.tokens_left_out
    assert [employer.token for employer in imported.state.employers] == ["", ""]
    for employer in state.employers:
        employer.token = ""
    assert imported.state == state
    afas = load_registration(registration_json(afas_state(), include_tokens=False, now=NOW))
    assert afas.state.afas.data_token == ""


def test_import_restores_metadata_and_check() -> None:
    imported = load_registration(state_json("nmbrs-overkoepelend"))
    assert imported.made_at == NOW
    assert imported.version == VERSION
    assert imported.program == "Salariskoppeling Wizard"
    assert imported.check_time == CHECK_TIME
    assert imported.check is not None
    assert imported.check.ok is False
    assert imported.check.checks == umbrella_check().checks


def test_import_accepts_a_byte_order_mark() -> None:
    data = b"\xef\xbb\xbf" + example_json("afas")
    assert parse_registration(data) == example_state("afas")


# --- Schema and examples -------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(load_schema())


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_are_valid(name: str) -> None:
    document = json.loads(example_file(name).read_text(encoding="utf-8"))
    # Plain jsonschema, as a third party would check it, and our own validation with the rules.
    plain = Draft202012Validator(load_schema())
    assert list(plain.iter_errors(document)) == []
    assert list(schema_validator().iter_errors(document)) == []
    assert validate_registration(document) == []


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_shipped_examples_are_reproducible(name: str) -> None:
    assert example_json(name) == example_file(name).read_bytes()


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_files_are_valid(name: str) -> None:
    document = json.loads((GOLDEN / f"aanmelding-{name}.json").read_text(encoding="utf-8"))
    assert validate_registration(document) == []


@pytest.mark.parametrize(
    ("definition", "package", "account_type"),
    [
        ("formulier_nmbrs_overkoepelend", Package.NMBRS, AccountType.UMBRELLA),
        ("formulier_nmbrs_per_debiteur", Package.NMBRS, AccountType.PER_DEBTOR),
        ("formulier_afas", Package.AFAS, None),
    ],
)
def test_schema_form_matches_the_manual_fields(
    definition: str, package: Package, account_type: AccountType | None
) -> None:
    form = load_schema()["$defs"][definition]
    labels = [field.form_label for field in form_fields(package, account_type)]
    assert list(form["properties"]) == labels
    assert form["required"] == labels
    for field in path_fields(package, account_type):
        if field.fixed is not None:
            assert form["properties"][field.form_label] == {"const": field.fixed}
    # Version 1 had every field in the form section, the Nmbrs domain too.
    old = load_schema(1)["$defs"][definition]
    assert list(old["properties"]) == [
        field.form_label for field in path_fields(package, account_type)
    ]
    login = load_schema()["$defs"]["nmbrs_login"]["properties"]
    assert [NMBRS_LOGIN_KEYS[field.key] for field in login_fields(package, account_type)] == (
        list(login) if account_type is AccountType.UMBRELLA else []
    )


# --- Validation ----------------------------------------------------------------------------


def example_document(name: str) -> dict:
    return json.loads(example_json(name))


def problem_map(document: object) -> dict[str, str]:
    return {problem.field: problem.english() for problem in validate_registration(document)}


def test_a_wrong_path_combination_is_reported() -> None:
    document = example_document("afas")
    document["accounttype"] = "overkoepelend"
    assert problem_map(document) == {"accounttype": "This field must be null."}
    document = example_document("nmbrs-overkoepelend")
    document["accounttype"] = None
    assert "accounttype" in problem_map(document)


def test_fields_of_another_path_are_not_allowed() -> None:
    document = example_document("nmbrs-overkoepelend")
    document["formulier"]["Klantnummer AFAS"] = "12345"
    document["werkgevers"] = []
    problems = problem_map(document)
    assert set(problems) == {"Klantnummer AFAS", "werkgevers"}
    assert "does not belong" in problems["werkgevers"]


def test_fixed_values_must_stay_fixed() -> None:
    document = example_document("nmbrs-per-debiteur")
    document["formulier"]["API Token"] = "secret-token-value"
    problems = validate_registration(document)
    assert [problem.field for problem in problems] == ["API Token"]
    assert "nog op te geven" in problems[0].english()
    assert "secret-token-value" not in problems[0].english()


def test_tokens_apart_requires_the_literal() -> None:
    document = example_document("afas")
    document["tokens_apart_aangeleverd"] = True
    problems = validate_registration(document)
    assert [problem.field for problem in problems] == ["Datatoken AFAS"]
    assert DATA_TOKEN[:16] not in str(problems)


def test_the_literal_is_not_a_token() -> None:
    document = example_document("nmbrs-overkoepelend")
    document["formulier"]["API-Token Nmbrs"] = TOKENS_APART
    assert problem_map(document) == {
        "API-Token Nmbrs": "The API token must not contain spaces or line breaks."
    }


def test_one_problem_per_field_preferring_the_field_rule() -> None:
    document = example_document("afas")
    document["formulier"]["Klantnummer AFAS"] = "1234"
    document["formulier"]["Werkgeverscode entiteit in AFAS"] = []
    problems = validate_registration(document)
    assert [(p.field, p.english()) for p in problems] == [
        (
            "Werkgeverscode entiteit in AFAS",
            "Enter at least one employer code; separate several with commas.",
        ),
        ("Klantnummer AFAS", rules.MSG_CUSTOMER_NUMBER),
    ]


def test_values_not_in_standard_form_are_reported() -> None:
    document = example_document("nmbrs-per-debiteur")
    document["werkgevers"][1]["domein"] = "https://voorbeeld.nmbrs.nl"
    document["werkgevers"][0]["api_token"] = " voorbeeld-token "
    problems = problem_map(document)
    assert problems == {
        "werkgevers[1].domein": "Write this value in its standard form: voorbeeld",
        "werkgevers[0].api_token": MSG_NOT_CANONICAL_SECRET,
    }


def test_rule_fields_with_odd_digits_still_fail_the_schema() -> None:
    # Arabic-Indic digits pass the elfproef code, but a.s.r. expects ASCII digits.
    document = example_document("afas")
    document["formulier"]["Loonheffingennummer"] = "١٢٣٤٥٦٧٨٢L01"
    assert "Loonheffingennummer" in problem_map(document)


@pytest.mark.parametrize("version", [3, 0, True, 1.0, 2.0, "1", None, [1]])
def test_unknown_schema_version(version: object) -> None:
    document = example_document("afas")
    document["schemaversie"] = version
    problems = validate_registration(document)
    assert len(problems) == 1
    assert problems[0].field == "schemaversie"
    assert "Unknown schema version" in problems[0].english()


@pytest.mark.parametrize("document", [[], "text", 42, None, True])
def test_not_an_object(document: object) -> None:
    problems = validate_registration(document)
    assert len(problems) == 1
    assert problems[0].field == ""


def test_missing_fields_are_listed_in_file_order() -> None:
    fields = [problem.field for problem in validate_registration({})]
    assert fields == [
        "schemaversie",
        "gemaakt_op",
        "gemaakt_met",
        "pad",
        "accounttype",
        "tokens_apart_aangeleverd",
        "formulier",
    ]


def test_bad_times_are_reported() -> None:
    document = example_document("nmbrs-overkoepelend")
    document["gemaakt_op"] = "2025-02-30T10:00:00+01:00"
    document["controle"]["tijdstip"] = "2025-01-15 10:05"
    assert set(problem_map(document)) == {"gemaakt_op", "controle.tijdstip"}
    document["gemaakt_op"] = "2025-01-15T10:00:00"
    assert set(problem_map(document)) >= {"gemaakt_op"}


def test_unpaired_surrogates_are_reported() -> None:
    document = example_document("afas")
    document["formulier"]["Bedrijfsnaam"] = "Bad \ud800 name"
    problems = problem_map(document)
    assert set(problems) == {"Bedrijfsnaam"}


def test_problem_field_names_are_printable() -> None:
    document = example_document("afas")
    document["formulier"]["\x1b[31mred" + "x" * 200] = "y"
    (field,) = problem_map(document)
    assert "\x1b" not in field
    assert len(field) < 80


# --- Parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"\xff\xfe\x00junk", "not text"),
        (b"{", "not valid JSON (line 1, column 2)"),
        (b'{"a": NaN}', "value JSON does not allow"),
        (b'{"a": ' + b"9" * 5000 + b"}", "value JSON does not allow"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_data(data: bytes, fragment: str) -> None:
    with pytest.raises(RegistrationReadError) as caught:
        parse_registration(data)
    assert fragment in str(caught.value)


def test_duplicate_keys_are_invalid() -> None:
    data = example_json("afas").replace(b'"pad": "afas",', b'"pad": "afas", "pad": "afas",')
    with pytest.raises(RegistrationInvalidError) as caught:
        parse_registration(data)
    assert 'The field "pad" appears more than once.' in str(caught.value)


def test_size_is_checked_before_parsing() -> None:
    data = b" " * MAX_FILE_BYTES + b"{}"
    started = time.perf_counter()
    with pytest.raises(RegistrationReadError, match="larger than"):
        parse_registration(data)
    assert time.perf_counter() - started < 0.5


def test_read_refuses_a_large_file_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.write(b'{"schemaversie": 1, "x": "')
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(RegistrationReadError, match="larger than"):
        import_registration(big)
    assert time.perf_counter() - started < 1


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RegistrationReadError, match="does not exist"):
        import_registration(tmp_path / "missing.json")
    with pytest.raises(RegistrationReadError, match="is a folder"):
        import_registration(tmp_path)


def test_errors_never_contain_tokens() -> None:
    document = example_document("nmbrs-per-debiteur")
    document["werkgevers"][0]["api_token"] = "geheim token met spaties"
    document["werkgevers"][1]["api_token"] = 12345
    data = json.dumps(document).encode()
    with pytest.raises(RegistrationInvalidError) as caught:
        parse_registration(data)
    text = str(caught.value) + repr(caught.value.problems)
    assert "geheim" not in text
    assert "12345" not in text
    imported = load_registration(example_json("nmbrs-per-debiteur"))
    assert "voorbeeld-token" not in repr(imported)


# --- Writing -------------------------------------------------------------------------------


def test_export_refuses_an_invalid_state(tmp_path: Path) -> None:
    state = afas_state()
    state.afas.data_token = "A" * 63
    target = tmp_path / "aanmelding.json"
    with pytest.raises(RegistrationInvalidError) as caught:
        export_registration(target, state, now=NOW)
    assert [problem.field for problem in caught.value.problems] == ["Datatoken AFAS"]
    assert "A" * 63 not in str(caught.value)
    assert not target.exists()


def test_export_into_a_missing_folder_loses_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    state = umbrella_state()
    before = copy.deepcopy(state)
    with pytest.raises(RegistrationWriteError) as caught:
        export_registration(blocker / "aanmelding.json", state, now=NOW)
    assert str(blocker / "aanmelding.json") in str(caught.value)
    assert "Nothing was lost" in str(caught.value)
    assert UMBRELLA_TOKEN not in str(caught.value)
    assert state == before
    assert blocker.read_text() == "not a folder"


def test_a_full_disk_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up below write_atomic (fsync fails), as it does in real life.

    Patching write_atomic itself would keep the earlier file by construction.
    """
    target = tmp_path / "aanmelding.json"
    target.write_bytes(b"earlier export")

    def full_disk(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.os, "fsync", full_disk)
    with pytest.raises(RegistrationWriteError, match=os.strerror(errno.ENOSPC)):
        export_registration(target, afas_state(), now=NOW)
    assert target.read_bytes() == b"earlier export"
    assert [path.name for path in tmp_path.iterdir()] == ["aanmelding.json"]


def test_write_error_reason_falls_back_to_the_error_type() -> None:
    assert registration_file._reason(OSError()) == "OSError"


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff"])
def test_a_lone_surrogate_is_not_text(tmp_path: Path, escape: str) -> None:
    """Valid JSON, but text that can never be saved or exported again: refused on import."""
    document = example_json("afas").decode("utf-8").replace('"Voorbeeld', f'"{escape}Voorbeeld', 1)
    assert escape in document
    path = tmp_path / "aanmelding.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(RegistrationReadError) as caught:
        import_registration(path)
    assert caught.value.message.source == MSG_NOT_TEXT


def _login_entries(document: dict) -> dict[str, dict]:
    return {entry["login"]: entry for entry in document.get("controle_per_login", [])}


def test_import_then_save_keeps_the_recorded_result_of_each_login_not_checked_since(
    tmp_path: Path,
) -> None:
    from wizard.core.check_result import CheckRun

    state = per_debtor_state()
    state.employers.append(Employer("Drukkerij Drie", "drie@example.com", "", "drie"))
    good = CheckReport(package=Package.NMBRS, ok=True)
    missing = CheckReport(
        package=Package.NMBRS,
        checks=[CheckItem("nmbrs", "Employee_GetList", CallStatus.INACTIVE, "1002")],
    )
    state.record_check(CheckRun("een@example.com", good, CHECK_TIME))
    state.record_check(CheckRun("twee@example.com", missing, CHECK_TIME))
    path = tmp_path / "aanmelding.json"
    export_registration(path, state, include_tokens=False, now=NOW, version=VERSION)
    first = _login_entries(json.loads(path.read_text(encoding="utf-8")))
    assert set(first) == {"een@example.com", "twee@example.com"}

    # Export -> import -> export, nothing checked in between: the section is unchanged.
    imported = import_registration(path).state
    again = tmp_path / "opnieuw.json"
    export_registration(again, imported, include_tokens=False, now=NOW, version=VERSION)
    document = json.loads(again.read_text(encoding="utf-8"))
    assert not validate_registration(document)
    assert _login_entries(document) == first

    # A newer check of one login replaces its entry; the other keeps its own, with its date.
    later = CHECK_TIME + timedelta(days=30)
    imported.record_check(CheckRun("twee@example.com", good, later))
    # An employer removed since takes its entry with it.
    imported.employers = [e for e in imported.employers if e.username != "een@example.com"]
    entries = _login_entries(
        build_registration(imported, include_tokens=False, now=NOW, version=VERSION)
    )
    assert set(entries) == {"twee@example.com"}
    assert entries["twee@example.com"]["uitkomst"] == "alles_in_orde"
    assert datetime.fromisoformat(entries["twee@example.com"]["tijdstip"]) == later


def test_a_recorded_result_newer_than_the_sessions_check_is_kept() -> None:
    from wizard.core.check_result import CheckRun

    state = per_debtor_state()
    recorded = {
        "login": "een@example.com",
        "tijdstip": "2025-06-01T09:00:00+02:00",
        "uitkomst": "alles_in_orde",
        "ontbrekende_api_calls": [],
        "voorgesteld_domein": None,
        "reden": None,
        "laatst_in_orde": "2025-06-01T09:00:00+02:00",
    }
    state.recorded_login_checks = [recorded]
    state.record_check(CheckRun("een@example.com", CheckReport(package=Package.NMBRS), CHECK_TIME))
    entries = _login_entries(build_registration(state, now=NOW, version=VERSION))
    assert entries["een@example.com"] == recorded
