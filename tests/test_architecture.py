"""The one-way doors: core and services never import Qt or the UI, services never the
translation module, core never services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "wizard"
QT_FREE = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "services").rglob("*.py")])


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            # `from wizard import translation` imports the module wizard.translation.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_and_services_do_not_import_qt(path: Path) -> None:
    forbidden = {
        name for name in _imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}
    }
    assert not forbidden, f"{path} imports {forbidden}"


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_and_services_do_not_import_the_ui(path: Path) -> None:
    imported = _imported_modules(path)
    assert not {name for name in imported if name.startswith(("wizard.ui", "wizard.app"))}


def test_core_does_not_import_services() -> None:
    for path in (ROOT / "core").rglob("*.py"):
        assert not any(name.startswith("wizard.services") for name in _imported_modules(path))


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "services").rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_services_do_not_import_the_translation_module(path: Path) -> None:
    # wizard.translation loads Qt; services mark texts as Messages, worded by the front end.
    assert "wizard.translation" not in _imported_modules(path)
