"""The shape of ``helpers/``: small modules, small functions, private names kept private.

Each test lists every offender, so a failure says what to split or rename.
Limits: a module holds at most ``MAX_MODULE_LINES`` lines, a function or
method at most ``MAX_FUNCTION_LINES`` (its whole definition, docstring
included), and no module imports a ``_private`` name from another module.
"""

from __future__ import annotations

import ast
import re
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


# --------------------------------------------------------------------------- the layer table is a contract

ARCHITECTURE = HELPERS.parent / "docs" / "architecture.md"
_ROW = re.compile(r"^\| (\d+)\. [^|]+\| ([^|]+) \|")


def layer_table(text: str) -> dict[str, int]:
    """``helpers/`` path (a module ``x.py`` or a folder ``x/``) → layer number, from the table's rows.

    What a row says in brackets is a note, not a module of that layer.

    >>> layer_table("| 1. Text | `text/` | ground |\\n| 2. Records | `article.py` (over `text/`) | text |")
    {'text/': 1, 'article.py': 2}
    """
    out: dict[str, int] = {}
    for line in text.splitlines():
        row = _ROW.match(line)
        if not row:
            continue
        for path in re.findall(r"`([\w/.]+(?:\.py|/))`", re.sub(r"\([^)]*\)", "", row.group(2))):
            if path in out:
                raise ValueError(f"docs/architecture.md: {path} is in two layers ({out[path]} and {row.group(1)})")
            out[path] = int(row.group(1))
    return out


def layer_of(relative: str, table: dict[str, int]) -> int | None:
    """The layer of a module path inside ``helpers/`` (``text/walk.py``): its own row or its folder's.

    >>> layer_of("text/walk.py", {"text/": 1}), layer_of("cli.py", {"text/": 1})
    (1, None)
    """
    if relative in table:
        return table[relative]
    folders = [path for path in table if path.endswith("/") and relative.startswith(path)]
    return table[max(folders, key=len)] if folders else None


def _target(path: Path, node: ast.ImportFrom, name: str) -> str | None:
    """The ``helpers/`` module an import reads (``from ..datasets import x`` → ``datasets/``), else None."""
    if node.level:
        base = path.parent
        for _ in range(node.level - 1):
            base = base.parent
    elif (node.module or "").split(".")[0] == "helpers":
        base = HELPERS.parent
    else:
        return None
    where = base.joinpath(*(node.module or "").split(".")) if node.module else base
    for candidate in (where / name, where):  # ``from . import resources`` names a module
        if candidate.with_suffix(".py").is_file():
            return candidate.with_suffix(".py").relative_to(HELPERS).as_posix()
        if candidate == HELPERS:  # ``from helpers import parse_article``: the public map, the top layer
            return "__init__.py"
        if candidate.is_dir():
            return candidate.relative_to(HELPERS).as_posix() + "/"
    return None


def layer_offenders() -> list[str]:
    """``path:line`` for every import of a higher layer, and every module the table does not place.

    Imports inside functions count: a lazy import is still a dependency.
    """
    table = layer_table(ARCHITECTURE.read_text(encoding="utf-8"))
    out = []
    for path in _modules():
        relative = path.relative_to(HELPERS).as_posix()
        mine = layer_of(relative, table)
        if mine is None:
            out.append(f"{_name(path)}: in no layer of docs/architecture.md's table — add it to a row")
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    target = _target(path, node, alias.name)
                    theirs = layer_of(target, table) if target else None
                    if theirs is not None and theirs > mine:
                        out.append(f"{_name(path)}:{node.lineno}: layer {mine} imports {target} (layer {theirs})")
    return sorted(set(out))


def test_no_module_imports_a_higher_layer():
    assert layer_offenders() == []


def test_a_lower_layer_importing_a_higher_one_is_found(tmp_path, monkeypatch):
    planted = tmp_path / "helpers"
    (planted / "text").mkdir(parents=True)
    (planted / "charts").mkdir()
    (planted / "charts" / "__init__.py").write_text("from ..text import tokens\n", encoding="utf-8")
    (planted / "text" / "tokens.py").write_text("x = 1\n", encoding="utf-8")
    (planted / "text" / "walk.py").write_text("def f():\n    from ..charts import draw\n", encoding="utf-8")
    (planted / "stray.py").write_text("", encoding="utf-8")
    doc = tmp_path / "architecture.md"
    doc.write_text("| 1. Text | `text/` | ground |\n| 5. Charts | `charts/` | text |\n", encoding="utf-8")
    module = __import__(__name__)
    monkeypatch.setattr(module, "HELPERS", planted)
    monkeypatch.setattr(module, "ARCHITECTURE", doc)
    assert layer_offenders() == [
        "helpers/stray.py: in no layer of docs/architecture.md's table — add it to a row",
        "helpers/text/walk.py:2: layer 1 imports charts/ (layer 5)",
    ]
