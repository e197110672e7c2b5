"""What an answer of the wrong type is, in a learner's words: a row is a row, names in an index are pointed at.

Wrong-type messages describe the answer without showing a value that is
the answer itself (a one-item list holding the right name, a number
written as text): the learner learns what to change, not what to type.

>>> import pandas as pd
>>> row = pd.DataFrame({"place": ["Seoul"], "distance_km": [1159.0]}).iloc[0]
>>> print(shape_slip("text", row))
expected a piece of text in quotes (for example 'Tokyo'), but got a row of a table (a pandas Series whose labels are the table's columns: place, distance_km). Take the value of one column from it: row['column'].
>>> shown("number", "9", 9), shown("number", "nine", 9)
('a str (text)', "str 'nine'")
"""

from __future__ import annotations

import re
from typing import Any

from ..i18n import tr as _
from .answers import describe, normalise
from .model import ANSWER_KINDS

__all__ = ["shape_slip", "shown"]

_COLUMN_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _series_labels(answer: Any) -> list | None:
    """The labels of a pandas Series whose labels are all text, else None."""
    if type(answer).__name__ != "Series" or getattr(answer, "ndim", 0) != 1:
        return None
    labels = list(answer.index[:200])
    return labels if labels and all(isinstance(x, str) for x in labels) else None


def _is_row(answer: Any, labels: list) -> bool:
    """A row of a table: its labels are column names (lower case, no spaces)."""
    return all(_COLUMN_NAME.fullmatch(x) for x in labels)


def _values_are(answer: Any) -> str:
    kind = str(getattr(answer, "dtype", "")).lower()
    if kind.startswith("bool"):
        return "True/False values"
    return "numbers" if kind.startswith(("int", "uint", "float")) else ""


def _named_index_tip(kind: str, values: str) -> str:
    if kind == "text":
        return _("The names are its labels: .idxmax() gives the label of the biggest value, .index[0] the first label.")
    if kind in ("set", "list") and values.startswith("True"):
        return _("The names are its labels: series[series].index.tolist() keeps the labels where the value is True.")
    if kind in ("set", "list"):
        return _("The names are its labels: .index.tolist() lists them (keep the ones you want first).")
    return _("It holds one value per name; the question asks for one number.") if kind == "number" else ""


def shape_slip(kind: str, answer: Any) -> str | None:
    """A wrong-type message for a row, a Series labelled by names, or a method not called; else None.

    >>> import pandas as pd
    >>> counts = pd.Series([3, 1], index=["Tala Ioane", "Pita Faleolo"])
    >>> shape_slip("text", counts).split(". ")[-1]
    'The names are its labels: .idxmax() gives the label of the biggest value, .index[0] the first label.'
    >>> shape_slip("number", counts.sum) .endswith("Add round brackets to call it: .sum().")
    True
    """
    want = _(ANSWER_KINDS.get(kind, ""))
    if kind not in ("number", "text", "set", "list", "date", "bool"):
        return None
    name = getattr(answer, "__name__", None)
    if callable(answer) and type(answer).__name__ in ("method", "builtin_function_or_method") and name:
        return _("expected {want}, but got the method {name} itself, not its result. Add round brackets to call it: .{name}().").format(
            want=want, name=name)
    labels = _series_labels(answer)
    if labels is None:
        return None
    if _is_row(answer, labels):
        shown_labels = ", ".join(labels[:6]) + (", ..." if len(labels) > 6 else "")
        tip = (_("Take one column of the rows you keep instead: table['column'].tolist().") if kind in ("set", "list")
               else _("Take the value of one column from it: row['column']."))
        return _("expected {want}, but got a row of a table (a pandas Series whose labels are the table's columns: {labels}).").format(
            want=want, labels=shown_labels) + " " + tip
    values = _values_are(answer)
    if not values:
        return None
    if len(answer) == 1:
        values = values.replace("values", "value").replace("numbers", "number")
    return (
        f"expected {want}, but got a pandas Series of {len(answer)} {values}, labelled by name (its index). "
        + _named_index_tip(kind, values)
    ).strip()


def _same(kind: str, value: Any, expected: Any) -> bool:
    try:
        if kind == "number" and isinstance(value, str):
            value = float(value.strip())
        got, want = normalise(kind, value), normalise(kind, expected)
    except Exception:
        return False
    if got is None or want is None:
        return False
    return abs(got - want) < 0.01 * max(1.0, abs(want)) if kind == "number" else got == want


def shown(kind: str, answer: Any, expected: Any) -> str:
    """:func:`describe` of ``answer``, without its value when that value (or its one item) is the answer.

    >>> shown("text", ["NATO"], "NATO"), shown("text", ["Japan"], "NATO")
    ('a list of 1 item', "list ['Japan']")
    >>> shown("set", "Japan, France", ["France", "Japan"])
    'a str (text) that holds every name in one piece'

    """
    items = list(answer) if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) == 1 else []
    if kind in ("set", "list") and isinstance(answer, str) and _same(kind, re.split(r"\s*[,;]\s*", answer), expected):
        return "a str (text) that holds every name in one piece"
    if any(_same(kind, v, expected) for v in [answer, *items] if isinstance(v, (str, int, float))):
        if isinstance(answer, str):
            return "a str (text)"
        return f"a {type(answer).__name__} of 1 item"
    return describe(answer)
