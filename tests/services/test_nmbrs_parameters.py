"""How the Nmbrs probe fills an operation's parameters: by name when it knows what they mean,
otherwise from the type the WSDL declares (enumerations, booleans, dates, GUIDs, numbers)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.check_messages import english
from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from wizard.core.check_result import CallStatus
from wizard.core.message import Translate
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check
from wizard.services.nmbrs.outcomes import NOT_CHECKED_STATUS, CallOutcome
from wizard.services.nmbrs.probe_facts import (
    NotTestable,
    ProbeFacts,
    fill_arguments,
    parameter_kinds,
)
from wizard.services.nmbrs.soap_client import Parameter
from wizard.services.nmbrs.texts import MSG_GUESS_REFUSED, MSG_UNFILLABLE

FACTS = ProbeFacts(companies=[(101, "Bakkerij")])


def enumeration(name: str, *values: str) -> Parameter:
    return Parameter(name, True, xsd_type="string", type_name="Kind", enumeration=values)


@pytest.mark.parametrize(
    ("values", "chosen"),
    [
        (("active", "notActive", "all"), "active"),
        (("notActive", "All"), "All"),
        (("Inactive", "Hourly", "Monthly"), "Inactive"),
    ],
)
def test_an_enumeration_gets_active_or_all_else_its_first_value(
    values: tuple[str, ...], chosen: str
) -> None:
    arguments = fill_arguments(
        [Parameter("CompanyId", True, "int", "int"), enumeration("active", *values)], FACTS
    )

    assert arguments.values == {"CompanyId": 101, "active": chosen}
    assert arguments.guessed == ()


def test_an_enumeration_wins_over_a_known_name() -> None:
    # Our research says v3 takes an EmployeeType int; a WSDL that makes it an enumeration decides.
    arguments = fill_arguments([enumeration("EmployeeType", "Permanent", "Temporary")], FACTS)

    assert arguments.values == {"EmployeeType": "Permanent"}


def test_simple_types_are_filled_with_a_value_of_their_type() -> None:
    parameters = [
        Parameter("IncludeHistory", True, "boolean", "boolean"),
        Parameter("ReferenceDate", True, "dateTime", "dateTime"),
        Parameter("Day", True, "date", "date"),
        Parameter("RequestId", True, "string", "guid"),
        Parameter("Amount", True, "decimal", "decimal"),
        Parameter("Count", True, "int", "int"),
    ]
    values = fill_arguments(parameters, FACTS)

    assert values.values["IncludeHistory"] is False
    assert values.values["ReferenceDate"] == datetime.combine(date.today(), datetime.min.time())
    assert values.values["Day"] == date.today()
    assert uuid.UUID(values.values["RequestId"])
    assert values.values["Amount"] == values.values["Count"] == 1
    # Made-up numbers and GUIDs may name nothing the login sees.
    assert values.guessed == ("RequestId", "Amount", "Count")


def test_known_names_are_filled_from_the_facts_not_guessed() -> None:
    arguments = fill_arguments([Parameter("companyID", True, "int", "int")], FACTS)

    assert arguments.values == {"companyID": 101}
    assert arguments.guessed == ()


def test_an_optional_parameter_the_probe_cannot_fill_is_left_out() -> None:
    parameters = [Parameter("CompanyId", True, "int", "int"), Parameter("Remark", False, "string")]

    assert fill_arguments(parameters, FACTS).values == {"CompanyId": 101}


@pytest.mark.parametrize(
    "parameter",
    [
        Parameter("Remark", True, "string", "string"),
        Parameter("Employee", True, "", "PersonalInfo"),
        Parameter("Picture", True, "base64Binary", "base64Binary"),
    ],
)
def test_a_required_free_text_or_complex_parameter_is_not_testable(parameter: Parameter) -> None:
    with pytest.raises(NotTestable) as caught:
        parameter_kinds([parameter])

    assert caught.value.message.source == MSG_UNFILLABLE
    assert dict(caught.value.message.arguments) == {"parameter": parameter.name}


def test_the_not_testable_message_is_translated_before_it_is_filled(dutch: Translate) -> None:
    with pytest.raises(NotTestable) as caught:
        parameter_kinds([Parameter("Remark", True, "string", "string")])
    outcome = CallOutcome(NOT_CHECKED_STATUS, caught.value.message)

    assert outcome.message.shown(dutch) == (
        "Niet getest: de API-call vraagt om Remark, en dat kan de wizard niet invullen."
    )


def test_a_data_access_refusal_of_a_made_up_value_is_not_a_rights_finding(
    fake_nmbrs: FakeNmbrs, nmbrs_scenario: NmbrsScenario, tmp_path: Path
) -> None:
    # A WSDL whose Company_GetCurrentPeriod takes an int the probe does not know: it sends 1,
    # and Nmbrs answers 2004 because no company 1 is visible.
    nmbrs_scenario.param_renames = {"CompanyService.Company_GetCurrentPeriod.CompanyId": "Ref"}
    report = run_nmbrs_check(
        nmbrs_scenario.username,
        nmbrs_scenario.token,
        nmbrs_scenario.domain,
        AccountType.UMBRELLA,
        NetworkSettings(connect_timeout=2.0, read_timeout=5.0),
        endpoint=fake_nmbrs.base_url,
        wsdl_cache_dir=tmp_path,
    )

    sent = {operation: params for _, operation, params in fake_nmbrs.calls}
    assert sent["Company_GetCurrentPeriod"] == ("Ref",)
    item = next(i for i in report.checks if i.name == "Company_GetCurrentPeriod")
    assert item.status is NOT_CHECKED_STATUS
    assert item.status is not CallStatus.NO_DATA_ACCESS
    assert english(item.message) == MSG_GUESS_REFUSED.format(parameter="Ref")
