"""The shape of ``helpers/``: small modules, small functions, private names kept private.

Each test lists every offender, so a failure says what to split or rename.
Limits: a module holds at most ``MAX_MODULE_LINES`` lines, a function or
method at most ``MAX_FUNCTION_LINES`` (its whole definition, docstring
included), and no module imports a ``_private`` name from another module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parent.parent / "helpers"
#: "About 400 lines"; a module over this is split by responsibility.
MAX_MODULE_LINES = 420
#: "About 60 lines"; a function over this is split into named steps.
MAX_FUNCTION_LINES = 65


def _modules() -> list[Path]:
    return sorted(HELPERS.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(HELPERS.parent).as_posix()


def module_offenders() -> list[str]:
    """``path: N lines`` for every module over the limit.

    >>> all(": " in line for line in module_offenders())
    True
    """
    out = []
    for path in _modules():
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_MODULE_LINES:
            out.append(f"{_name(path)}: {n} lines")
    return out


def function_offenders() -> list[str]:
    """``path:line name: N lines`` for every function or method over the limit."""
    out = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    out.append(f"{_name(path)}:{node.lineno} {node.name}: {n} lines")
    return out


def private_import_offenders() -> list[str]:
    """``path:line`` and the ``_name`` imported from another module of the package.

    ``from .x import _y`` and ``from helpers.x import _y`` count; a dunder
    (``__version__``) and importing a private *module* as a whole do not.
    """
    out = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            inside = node.level > 0 or (node.module or "").split(".")[0] == "helpers"
            if not inside:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    out.append(f"{_name(path)}:{node.lineno} imports {alias.name} from {'.' * node.level}{node.module or ''}")
    return out


def test_no_module_in_helpers_is_over_about_400_lines():
    assert module_offenders() == []


def test_no_function_in_helpers_is_over_about_60_lines():
    assert function_offenders() == []


def test_no_module_imports_another_modules_private_names():
    assert private_import_offenders() == []


@pytest.mark.parametrize("finder", [module_offenders, function_offenders, private_import_offenders])
def test_the_offender_lists_can_fail(finder, tmp_path, monkeypatch):
    """Each finder reports a planted offender (so an empty list means something)."""
    planted = tmp_path / "helpers"
    planted.mkdir()
    body = "from .other import _hidden\n\n\ndef long():\n" + "    x = 1\n" * 500
    (planted / "big.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "HELPERS", planted)
    assert len(finder()) == 1
