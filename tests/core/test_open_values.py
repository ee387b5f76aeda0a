"""Package and Step keep an enum's API and take new members at run time."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from wizard.core.model import Package, Step


def test_existing_members_read_as_the_enums_did() -> None:
    assert Step(40) is Step.NMBRS_CHECK
    assert Step["AFAS_USER"] is Step.AFAS_USER
    assert Step.START.name == "START" and Step.START.value == 0 and int(Step.FINISH) == 91
    assert Package("nmbrs") is Package.NMBRS and Package.AFAS == "afas"
    assert f"{Package.AFAS}" == "afas" and str(Step.SUMMARY) == "90"
    assert json.dumps([Package.AFAS, Step.FINISH]) == '["afas", 91]'
    assert list(Step) == sorted(Step) and list(Package) == [Package.NMBRS, Package.AFAS]


def test_copies_and_pickles_are_the_same_member() -> None:
    assert copy.deepcopy(Step.START) is Step.START
    assert pickle.loads(pickle.dumps(Package.AFAS)) is Package.AFAS


def test_unknown_values_raise_like_an_enum() -> None:
    with pytest.raises(ValueError):
        Step(5)
    with pytest.raises(KeyError):
        Step["NO_SUCH_STEP"]
    with pytest.raises(ValueError):
        Package("no-such-package")


def test_register_is_idempotent_and_refuses_clashes() -> None:
    member = Step.register("OPEN_VALUES_PROBE", 77)
    try:
        assert Step.register("OPEN_VALUES_PROBE", 77) is member
        assert Step(77) is member and member in Step
        with pytest.raises(ValueError):
            Step.register("OPEN_VALUES_PROBE", 78)
        with pytest.raises(ValueError):
            Step.register("OTHER_NAME", 77)
        with pytest.raises(ValueError):
            Step.register("START", 78)
    finally:
        Step.unregister("OPEN_VALUES_PROBE")
    with pytest.raises(ValueError):
        Step(77)
    assert not hasattr(Step, "OPEN_VALUES_PROBE")
