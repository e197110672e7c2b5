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
import sys

__all__ = ["current_cell_source", "typed_in_literal"]


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


def _is_literal(node: ast.AST) -> bool:
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
