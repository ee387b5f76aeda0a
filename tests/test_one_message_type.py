"""One message type, one way to fill placeholders (issue 10, item 2).

Every result that tells the clerk something carries a wizard.core.message.Message, and
placeholders are filled only by Message.shown (or `filled`, which is Message.shown for a text
Qt has already translated). No `.replace("{name}", …)` chain is left in the product code.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import typing
from pathlib import Path

import pytest

from wizard.core.employer_table_import import EmployerImportError, RowIssue
from wizard.core.field_rules import RuleResult, check_field
from wizard.core.message import Message, filled, in_english
from wizard.core.progress_store import LoadOutcome
from wizard.core.registration_file import RegistrationReadError
from wizard.core.registration_schema import Problem
from wizard.services.network_errors import CheckFailed, NetworkProblem
from wizard.services.nmbrs.outcomes import CallOutcome

WIZARD = Path(__file__).resolve().parents[1] / "wizard"
_PLACEHOLDER = re.compile(r"\{\w+\}")
# `.replace("{x}", …)` calls allowed in wizard/ (file, line text), each with its reason in a
# comment next to it. None today: every placeholder is a Message's.
ALLOWED_REPLACE_CALLS: set[tuple[str, str]] = set()


def _placeholder_replace_calls() -> list[tuple[str, str]]:
    found = []
    for path in sorted(WIZARD.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
            ):
                continue
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            # A literal "{name}", or one built as "{" + name + "}".
            if (literal and _PLACEHOLDER.fullmatch(first.value)) or (
                isinstance(first, ast.BinOp) and "{" in ast.unparse(first)
            ):
                line = source.splitlines()[node.lineno - 1].strip()
                found.append((str(path.relative_to(WIZARD)), line))
    return found


def test_no_placeholder_is_filled_by_a_replace_chain() -> None:
    assert set(_placeholder_replace_calls()) <= ALLOWED_REPLACE_CALLS


@pytest.mark.parametrize(
    ("shape", "fields"),
    [
        (RuleResult, ("problem", "warning")),
        (CallOutcome, ("message",)),
        (Problem, ("message",)),
        (RowIssue, ("message",)),
        (LoadOutcome, ("notice",)),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_each_shape_carries_a_message(shape: type, fields: tuple[str, ...]) -> None:
    hints = typing.get_type_hints(shape)
    names = {field.name for field in dataclasses.fields(shape)}
    for name in fields:
        assert Message in typing.get_args(hints[name]) or hints[name] is Message, name
    # No leftover text-plus-arguments fields next to the message.
    assert not names & {"arguments", "context", "text"}


def test_the_exceptions_carry_a_message() -> None:
    failure = CheckFailed(NetworkProblem.TIMEOUT, host="api.nmbrs.nl")
    assert failure.message == Message(
        "NetworkProblem", failure.message.source, (("host", "api.nmbrs.nl"),)
    )
    assert "api.nmbrs.nl" in str(failure)
    assert isinstance(RegistrationReadError("Cannot read {path}.", path="x").message, Message)
    assert isinstance(EmployerImportError("Too many rows.").message, Message)


def test_a_rule_verdict_is_worded_when_shown() -> None:
    result = check_field("afas_data_token", "0" * 63)
    assert result.problem is not None
    catalogue = {("FieldRules", result.problem.source): "Dit token heeft {count} tekens."}
    assert result.problem.shown(lambda context, text: catalogue[(context, text)]) == (
        "Dit token heeft 63 tekens."
    )


def test_filled_fills_once_like_message_shown() -> None:
    # A value holding "{reason}" (a file name, a server's word) is never filled in turn.
    assert filled("{path}: {reason}", path="{reason}.json", reason="read-only") == (
        "{reason}.json: read-only"
    )
    message = Message.as_written("{path}: {reason}", ("path", "{reason}"), ("reason", "x"))
    assert message.shown(in_english) == filled("{path}: {reason}", path="{reason}", reason="x")
