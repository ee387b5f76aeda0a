"""Every message the check modules can produce is in the translation catalogue (issue 14 §3)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.check_messages import CHECK_MODULES, SAME_IN_DUTCH, marked_texts
from wizard.core.message import Translate


@pytest.mark.parametrize("path", CHECK_MODULES, ids=lambda p: p.name)
def test_every_message_of_the_check_modules_has_a_dutch_translation(
    dutch: Translate, path: Path
) -> None:
    unchanged = {text for context, text in marked_texts(path) if dutch(context, text) == text}
    assert unchanged <= SAME_IN_DUTCH


def test_the_check_modules_mark_their_messages() -> None:
    texts = [text for path in CHECK_MODULES for _, text in marked_texts(path)]
    assert len(texts) > 60


def test_no_message_constant_escapes_the_catalogue() -> None:
    # A message constant that is not marked could never be translated.
    for path in CHECK_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id.startswith("MSG_") for t in node.targets
            ):
                assert isinstance(node.value, ast.Call), ast.unparse(node)
                assert getattr(node.value.func, "id", None) == "QT_TRANSLATE_NOOP"
