"""What the learner typed in the cell that is running: was an answer computed, or typed in as a literal?

``check`` can tell a literal from a computed value only by the cell's source,
which IPython keeps in its input history while the cell runs. Outside IPython
(a script, the tests) there is no cell, and nothing is claimed.

>>> typed_in_literal("0.1", 'answer_0_1 = 9\\ncheck("0.1", answer_0_1)')
'9'
>>> typed_in_literal("0.1", 'answer_0_1 = len(article.paragraphs)\\ncheck("0.1", answer_0_1)') is None
True
"""

from __future__ import annotations

import ast
import json
import sys
from functools import cache
from pathlib import Path

__all__ = ["course_demonstrations", "current_cell_source", "is_demonstration", "typed_in_literal"]

#: The course's student notebooks (beside the package in the course folder).
NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def current_cell_source() -> str | None:
    """The source of the cell IPython is running now, or None outside IPython.

    >>> isinstance(current_cell_source(), (str, type(None)))
    True
    """
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    try:
        shell = ipython.get_ipython()
        history = shell.history_manager.input_hist_raw if shell is not None else None
        return history[-1] if history else None
    except Exception:
        return None


_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.USub, ast.UAdd)


def _is_sum_of_numbers(node: ast.AST) -> bool:
    """Arithmetic on numbers typed in, such as ``1996 - 1960``: a value typed, not computed from the data."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, _ARITHMETIC):
        return _is_sum_of_numbers(node.left) and _is_sum_of_numbers(node.right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, _ARITHMETIC):
        return _is_sum_of_numbers(node.operand)
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def _is_literal(node: ast.AST) -> bool:
    """A value written in the cell: a literal, or arithmetic on typed-in numbers.

    >>> _is_literal(ast.parse("1996 - 1960", mode="eval").body), _is_literal(ast.parse("b - a", mode="eval").body)
    (True, False)
    """
    if _is_sum_of_numbers(node) and not isinstance(node, ast.Constant):
        return True
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return not (isinstance(node, ast.Constant) and node.value is Ellipsis)


def _checked_node(tree: ast.AST, qid: str) -> ast.Call | None:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        first = node.args[0]
        if name == "check" and isinstance(first, ast.Constant) and str(first.value).strip() == qid:
            return node
    return None


def typed_in_literal(qid: str, source: str | None = None) -> str | None:
    """The literal typed as the answer to ``qid`` in the cell ``source`` (default: the running cell), else None.

    >>> typed_in_literal("2.1", 'a = [3, 5]\\ncheck("2.1", a)')
    '[3, 5]'
    """
    source = current_cell_source() if source is None else source
    if not source or len(source) > 100_000:
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    call = _checked_node(tree, qid)
    if call is None:
        return None
    answer = call.args[1]
    if isinstance(answer, ast.Name):
        assigned = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and node.lineno < call.lineno
            and any(isinstance(t, ast.Name) and t.id == answer.id for t in node.targets)
        ]
        if not assigned:
            return None
        answer = max(assigned, key=lambda n: n.lineno)
    return ast.get_source_segment(source, answer) if _is_literal(answer) else None


def _literal_in_call(qid: str, source: str) -> bool:
    """True when ``source`` checks ``qid`` with a literal written inside the call: ``check("0.1", 3)``."""
    try:
        call = _checked_node(ast.parse(source), qid)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    return call is not None and _is_literal(call.args[1])


@cache
def course_demonstrations(folder: Path = NOTEBOOKS) -> frozenset[str]:
    """The code cells of the course's notebooks that check a value written inside ``check(...)``: demonstrations.

    >>> any('check("0.1", 3)' in cell for cell in course_demonstrations())
    True
    """
    found = set()
    for path in sorted(Path(folder).glob("[0-9][0-9]-*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        for cell in cells:
            source = cell.get("source", "") if isinstance(cell, dict) and cell.get("cell_type") == "code" else ""
            source = "".join(source) if isinstance(source, list) else str(source)
            if "check(" in source:
                found.add(source.strip())
    return frozenset(found)


def is_demonstration(qid: str, source: str | None = None) -> bool:
    """True when the running cell (or ``source``) is one of the course's own demonstrations of ``check``.

    A demonstration checks a value written inside the call, and its cell is
    exactly as the course wrote it; a learner's answer cell passes a name
    (``check("0.1", answer_0_1)``), and a cell the learner changed is theirs.

    >>> is_demonstration("0.1", 'check("0.1", 3)'), is_demonstration("0.1", 'check("0.1", 4)')
    (True, False)
    """
    source = current_cell_source() if source is None else source
    if not source or len(source) > 10_000 or not _literal_in_call(qid, source):
        return False
    return source.strip() in course_demonstrations()
