"""An import inside a function is a deliberate lazy point, and says why.

Imports belong at the top of their module. One inside a function stays only where it pays
(start-up, the network stack on a check, command dispatch, an import cycle, a Windows-only or
optional package), and then the line right above it starts with `# Lazy:` and gives the reason.
Imports under `if TYPE_CHECKING:` are for annotations only and are not lazy points.
"""

from __future__ import annotations

import ast
from pathlib import Path

WIZARD = Path(__file__).resolve().parents[1] / "wizard"
TAG = "# Lazy:"


def _is_import(node: ast.AST) -> bool:
    return isinstance(node, ast.Import | ast.ImportFrom)


def _first_imports_in_functions(tree: ast.AST) -> list[ast.stmt]:
    """The first import of each run of imports in a function body (nested blocks included)."""
    found: list[ast.stmt] = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for block in ast.walk(function):
            for field in ("body", "orelse", "finalbody", "handlers"):
                statements = getattr(block, field, None)
                if not isinstance(statements, list):
                    continue
                previous: ast.AST | None = None
                for statement in statements:
                    if _is_import(statement) and not (previous and _is_import(previous)):
                        found.append(statement)
                    previous = statement
    return found


def untagged_lazy_imports(root: Path = WIZARD) -> list[str]:
    """`file:line` of every run of function-level imports without a `# Lazy:` line above it."""
    untagged = set()
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for statement in _first_imports_in_functions(ast.parse(source)):
            above = lines[statement.lineno - 2].strip() if statement.lineno > 1 else ""
            if not above.startswith(TAG):
                untagged.add(f"{path.relative_to(root.parent).as_posix()}:{statement.lineno}")
    return sorted(untagged)


def test_every_import_inside_a_function_says_why_it_is_lazy() -> None:
    assert untagged_lazy_imports() == []


def test_the_check_finds_an_untagged_lazy_import(tmp_path: Path) -> None:
    package = tmp_path / "wizard"
    package.mkdir()
    (package / "sample.py").write_text(
        "import json\n\n"
        "def tagged() -> None:\n"
        "    # Lazy: a reason.\n"
        "    import csv\n"
        "    import io\n\n"
        "def untagged() -> None:\n"
        "    if True:\n"
        "        import csv\n",
        encoding="utf-8",
    )
    assert untagged_lazy_imports(package) == ["wizard/sample.py:10"]
