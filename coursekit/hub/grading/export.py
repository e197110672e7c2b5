"""The grader's last cell: every ``answer…`` value of a submission's kernel as plain, size-capped JSON data.

This file's text is appended, as a code cell, to each submitted notebook
before the sandbox runs it, so it uses the standard library only and looks
for numpy and pandas in ``sys.modules`` (it never imports them). Its output
is untrusted data: :mod:`hub.grading.rebuild` reads it on the trusted side,
as data only.

Plain JSON stands for itself (``None``, ``True``, ``3``, ``2.5``, ``"Tokyo"``,
lists); everything else is an object tagged ``"$"``: tuples, sets, dicts,
dates, numpy scalars and arrays, pandas Series, Index and DataFrame (column
by column, with their dtypes), and, for anything else, only its type name.

>>> to_data([1, "a", (2, 3)])
[1, 'a', {'$': 'tuple', 'v': [2, 3]}]
>>> to_data({3, 1}), to_data(float("nan"))
({'$': 'set', 'v': [1, 3]}, {'$': 'float', 'v': 'nan'})
>>> to_data(len)["$"], to_data(object())
('function', {'$': 'other', 'type': 'builtins.object'})
"""

from __future__ import annotations

import datetime
import json
import math
import re
import sys

__all__ = ["ANSWER_NAME", "MAX_BYTES", "MAX_ITEMS", "export_answers", "to_data"]

#: Names the grader exports: ``answer_2_1`` and the near misses it reports (``answer21``, ``Answer_2_1b``).
ANSWER_NAME = re.compile(r"(?i)answer_?\d{1,3}_?\d{1,3}[a-z0-9_]{0,20}")
#: At most this many items of one list, set, column... (as ``check()`` reads at most 10 000).
MAX_ITEMS = 10_001
#: The answers file is never larger than this (bytes); an answer that would pass it is exported as too large.
MAX_BYTES = 4_000_000
_MAX_TEXT, _MAX_DEPTH = 200_000, 12


class _TooBig(Exception):
    pass


def _type_name(value) -> str:
    kind = type(value)
    return f"{getattr(kind, '__module__', '?')}.{getattr(kind, '__qualname__', '?')}"[:120]


def _items(values, depth: int) -> list:
    out = []
    for n, item in enumerate(values):
        if n >= MAX_ITEMS:
            raise _TooBig
        out.append(to_data(item, depth + 1))
    return out


def _numpy(value, depth: int):
    numpy = sys.modules.get("numpy")
    if numpy is None:
        return None
    if isinstance(value, numpy.generic):
        item = value.item()
        if isinstance(item, (bool, int, float, str)):
            return {"$": "np", "dtype": str(value.dtype), "v": to_data(item, depth + 1)}
        return {"$": "other", "type": _type_name(value)}
    if isinstance(value, numpy.ndarray):
        if value.size >= MAX_ITEMS or value.ndim > 2:
            raise _TooBig
        return {"$": "ndarray", "dtype": str(value.dtype), "v": _items(value.tolist(), depth)}
    return None


def _pandas(value, depth: int):
    pandas = sys.modules.get("pandas")
    if pandas is None:
        return None
    if isinstance(value, pandas.MultiIndex):
        return {"$": "MultiIndex", "names": _items(value.names, depth), "v": _items(value.tolist(), depth)}
    if isinstance(value, pandas.Index):
        return {"$": "Index", "name": to_data(value.name, depth + 1), "dtype": str(value.dtype),
                "v": _items(value.tolist(), depth)}
    if isinstance(value, pandas.Series):
        return {"$": "Series", "name": to_data(value.name, depth + 1), "dtype": str(value.dtype),
                "index": to_data(value.index, depth + 1), "v": _items(value.tolist(), depth)}
    if isinstance(value, pandas.DataFrame):
        if value.shape[0] * max(value.shape[1], 1) >= MAX_ITEMS:
            raise _TooBig
        return {"$": "DataFrame", "columns": to_data(value.columns, depth + 1),
                "index": to_data(value.index, depth + 1), "dtypes": [str(d) for d in value.dtypes],
                "v": [_items(value.iloc[:, i].tolist(), depth) for i in range(value.shape[1])]}
    if isinstance(value, pandas.api.extensions.ExtensionArray):
        return {"$": "pdarray", "dtype": str(value.dtype), "v": _items(value.tolist(), depth)}
    if isinstance(value, pandas.Timestamp):
        return {"$": "Timestamp", "v": value.isoformat()}
    if value is pandas.NA or value is pandas.NaT:
        return {"$": "NA" if value is pandas.NA else "NaT"}
    return None


def _float(value: float):
    if math.isfinite(value):
        return value
    return {"$": "float", "v": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}


def _builtin(value, depth: int):
    kind = type(value)
    if value is None or kind in (bool, str, int):
        if kind is str and len(value) > _MAX_TEXT:
            raise _TooBig
        return value if kind is not int or abs(value) < 10**300 else {"$": "other", "type": "builtins.int"}
    if kind is float:
        return _float(value)
    if kind is list:
        return _items(value, depth)
    if kind in (tuple, set, frozenset):
        items = _items(value, depth)
        if kind is not tuple:
            items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        return {"$": kind.__name__, "v": items}
    if kind is dict:
        return {"$": "dict", "v": [[to_data(k, depth + 1), to_data(v, depth + 1)] for k, v in
                                   _items_of_dict(value)]}
    if kind is range:
        return {"$": "range", "v": [value.start, value.stop, value.step]}
    if value is Ellipsis:
        return {"$": "ellipsis"}
    if kind in (datetime.date, datetime.datetime):
        return {"$": kind.__name__, "v": value.isoformat()}
    return None


def _items_of_dict(value: dict) -> list:
    if len(value) >= MAX_ITEMS:
        raise _TooBig
    return list(value.items())


def to_data(value, depth: int = 0):
    """``value`` as plain JSON data with type tags (see the module's docstring); raises on oversize.

    >>> to_data({"a": [1.5, None]}), to_data(...)
    ({'$': 'dict', 'v': [['a', [1.5, None]]]}, {'$': 'ellipsis'})
    """
    if depth > _MAX_DEPTH:
        raise _TooBig
    for encode in (_builtin, _numpy, _pandas):
        data = encode(value, depth)
        if data is not None or (encode is _builtin and value is None):
            return data
    if callable(value):
        return {"$": "function", "name": str(getattr(value, "__name__", "?"))[:80]}
    return {"$": "other", "type": _type_name(value)}


def _one(value) -> object:
    try:
        data = to_data(value)
        if len(json.dumps(data)) > MAX_BYTES // 4:
            raise _TooBig
        return data
    except _TooBig:
        return {"$": "too-large", "type": _type_name(value)}
    except Exception as error:  # an answer whose own methods raise
        return {"$": "unreadable", "type": _type_name(value), "why": type(error).__name__}


def export_answers(namespace: dict, path: str) -> int:
    """Write every answer-like name of ``namespace`` to ``path`` as JSON; return how many.

    >>> import tempfile, os; d = tempfile.mkdtemp(); p = os.path.join(d, "a.json")
    >>> export_answers({"answer_0_1": 9, "answer21": [1], "x": 3}, p), json.load(open(p))["answer21"]
    (2, [1])
    """
    names = sorted(n for n in list(namespace) if isinstance(n, str) and ANSWER_NAME.fullmatch(n))
    out, size = {}, 0
    for name in names[:200]:
        data = _one(namespace[name])
        size += len(json.dumps(data))
        out[name] = data if size <= MAX_BYTES - 10_000 else {"$": "too-large", "type": "answers"}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f)
    return len(out)
