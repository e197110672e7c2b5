"""An answer in the comparable form of its kind: numbers, text, sets, lists, dates and booleans.

Case, curly quotes and spacing do not matter in text; numpy and pandas
values count as the plain values they hold; a table (a pandas DataFrame) is
never read as a list of its column names; an endless iterator is read only
up to :data:`MAX_ITEMS` items.

>>> import numpy as np
>>> normalise("number", np.int64(38)), normalise("set", ["Japan ", "japan"])
(38.0, frozenset({'japan'}))
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import numbers
import sys
from collections.abc import Iterable
from typing import Any

from ..i18n import N_
from ..i18n import tr as _
from .bounded import safe_repr

__all__ = ["MAX_ITEMS", "TooManyItems", "describe", "fold_text", "is_table", "normalise"]

#: An answer with more items than this is not read to the end (an endless iterator, say).
MAX_ITEMS = 10_000


class TooManyItems(ValueError):
    """An answer with more than MAX_ITEMS items.

    >>> import itertools
    >>> try:
    ...     normalise("set", itertools.count())
    ... except TooManyItems:
    ...     print("endless")
    endless
    """


def fold_text(text: str) -> str:
    """Text as ``check`` compares it: case, curly quotes, spacing and a final full stop ignored.

    >>> fold_text("  New Zealand’s  Government. ")
    "new zealand's government"
    """
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .")


def is_table(value: Any) -> bool:
    """True for a pandas DataFrame (or anything two-dimensional with columns).

    >>> import pandas as pd
    >>> is_table(pd.DataFrame({"a": [1]})), is_table(pd.Series([1]))
    (True, False)
    """
    return getattr(value, "ndim", None) == 2 and hasattr(value, "columns")


def describe(value: Any) -> str:
    """What a value is, in a learner's words, shortened.

    >>> import numpy as np, pandas as pd
    >>> describe(np.float64(988.0)), describe(pd.array(["a", "b"], dtype="string"))
    ('float64 988.0', 'a pandas array with 2 values')
    >>> describe(pd.DataFrame({"a": [1, 2]}))
    'a table (a pandas DataFrame, 2 rows × 1 column)'
    >>> describe(pd.Timestamp("2016-09-26")), describe(pd.Timedelta(days=27))
    ('a date (a pandas Timestamp)', 'a length of time (a pandas Timedelta)')
    """
    kind = type(value).__name__
    if kind in _TIME_WORDS:  # never the value: a date or a gap in days often holds the answer
        return _(_TIME_WORDS[kind])
    if is_table(value):
        rows, cols = value.shape
        shape = (_("1 row") if rows == 1 else _("{n} rows")).format(n=rows) + " × " + (
            _("1 column") if cols == 1 else _("{n} columns")).format(n=cols)
        return _("a table (a pandas DataFrame, {shape})").format(shape=shape)
    if kind in ("Series", "Index", "ndarray") or _is_pandas_array(value):
        size = getattr(value, "size", None)
        size = len(value) if size is None else size
        what = {"Series": N_("pandas Series (one column)"), "Index": N_("pandas Index"), "ndarray": N_("NumPy array")}
        many = _("a {what} with 1 value") if size == 1 else _("a {what} with {n} values")
        return many.format(what=_(what.get(kind, N_("pandas array"))), n=size)
    if isinstance(value, (list, tuple, set, frozenset)) and len(safe_repr(value, 200)) > 40:
        first = type(next(iter(value))).__name__
        return _("a {kind} of {n} items ({first}, ...)").format(kind=kind, n=len(value), first=first)
    return f"{kind} {safe_repr(value, 60)}"


_TIME_WORDS = {
    "Timestamp": N_("a date (a pandas Timestamp)"),
    "Timedelta": N_("a length of time (a pandas Timedelta)"),
}


def _is_pandas_array(value: Any) -> bool:
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.api.extensions.ExtensionArray)


def _as_number(value: Any):
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        numpy = sys.modules.get("numpy")  # a numpy scalar exists only once numpy is imported
        if numpy is not None and isinstance(value, numpy.generic) and numpy.issubdtype(type(value), numpy.number):
            return _as_number(value.item())
        return None
    try:
        number = float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    return None if math.isnan(number) else number


def _as_text(value: Any):
    return fold_text(value) if isinstance(value, str) else None


def _items(value: Any):
    if isinstance(value, (str, bytes, bytearray, dict)) or value is None or is_table(value) or isinstance(value, type):
        return None
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple)):  # Series, Index, arrays
        value = value.tolist()
    if not isinstance(value, Iterable):
        return None
    raw = list(itertools.islice(value, MAX_ITEMS + 1))
    if len(raw) > MAX_ITEMS:
        raise TooManyItems
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append(fold_text(item))
        elif _as_number(item) is not None:
            out.append(_as_number(item))
        else:
            out.append(item)
    return out


def _as_set(value: Any):
    items = _items(value)
    try:
        return None if items is None else frozenset(items)
    except TypeError:  # unhashable items: lists inside the list
        return None


def _as_list(value: Any):
    items = _items(value)
    return None if items is None else tuple(items)


def _as_date(value: Any):
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    if type(value).__name__ == "Timestamp":
        try:
            return value.date()
        except (TypeError, ValueError):
            return None
    return None


def _as_bool(value: Any):
    if type(value).__name__ == "bool_" and type(value).__module__ == "numpy":
        return bool(value)
    return value if isinstance(value, bool) else None


_NORMALISERS = {
    "number": _as_number,
    "text": _as_text,
    "set": _as_set,
    "list": _as_list,
    "date": _as_date,
    "bool": _as_bool,
}


def normalise(kind: str, value: Any):
    """``value`` in the comparable form of ``kind`` (None when it has the wrong shape).

    >>> normalise("set", ["Japan ", "FRANCE"]) == frozenset({"japan", "france"})
    True
    >>> normalise("number", "3") is None
    True
    """
    return _NORMALISERS[kind](value)


