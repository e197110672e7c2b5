"""The trusted side of the answers file: read it as data (size-capped, never a symlink) and rebuild each value.

The sandbox writes ``answers.json`` with :mod:`hub.grading.export`; here
each entry becomes a value ``check()`` judges as it judged the learner's own:
tuples, sets, dates, numpy scalars and arrays, pandas Series, Index and
DataFrames with their dtypes. A value the export could only name (an object
of another type, a function) becomes an :class:`Unreadable`, which every
check rejects. Nothing here imports or calls anything the submission wrote.

>>> rebuild({"$": "tuple", "v": [1, {"$": "set", "v": ["a"]}]})
(1, {'a'})
>>> rebuild({"$": "np", "dtype": "int64", "v": 38}).__class__.__name__
'int64'
>>> rebuild({"$": "other", "type": "mymodule.Thing"})
<an object of type mymodule.Thing>
"""

from __future__ import annotations

import datetime
import json
import os
import stat
from pathlib import Path
from typing import Any

__all__ = ["AnswersError", "Unreadable", "read_answers", "rebuild"]

MAX_DEPTH = 40
#: At most this many items rebuilt for one answer, a ``range`` counting as its length (a 4 MB file holds fewer).
MAX_ITEMS = 2_000_000
#: At most this many bytes of one array (items times the dtype's size: ``U500000000`` is 2 GB an item).
MAX_ARRAY_BYTES = 256 << 20


class AnswersError(ValueError):
    """The answers file is missing, not a plain file, too large or not JSON.

    >>> str(AnswersError("x: too large"))
    'x: too large'
    """


class Unreadable:
    """An answer the grader could not rebuild: it keeps only what the export said about it.

    >>> Unreadable({"$": "function", "name": "f"}).tag
    'function'
    """

    def __init__(self, data: dict):
        self.tag = str(data.get("$", "?"))[:40]
        self.type = str(data.get("type") or data.get("name") or self.tag)[:120]

    def __repr__(self) -> str:
        if self.tag == "function":
            return f"<a function ({self.type})>"
        if self.tag == "too-large":
            return f"<an answer too large to export ({self.type})>"
        return f"<an object of type {self.type}>"


def _float(text: str) -> float:
    return {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")}[text]


def _weight(data: Any, depth: int = 0) -> int:
    """How many items ``data`` rebuilds to, a range counting as its length (never expanded here).

    >>> _weight([1, [2, 3], {"$": "range", "v": [0, 10**18, 1]}]) > MAX_ITEMS
    True
    """
    if depth > MAX_DEPTH:
        raise AnswersError("nested too deeply")
    if isinstance(data, list):
        return 1 + sum(_weight(x, depth + 1) for x in data)
    if not isinstance(data, dict):
        return 1
    if data.get("$") == "range":
        try:
            return len(range(*[int(x) for x in data["v"][:3]]))
        except OverflowError:
            return MAX_ITEMS + 1
        except (KeyError, TypeError, ValueError):
            return 1
    return 1 + sum(_weight(v, depth + 1) for v in data.values())


def _sized(dtype, data: Any):
    """``dtype``, unless an array of it holding ``data`` would pass :data:`MAX_ARRAY_BYTES`."""
    if dtype is not None and getattr(dtype, "itemsize", 0) * _weight(data) > MAX_ARRAY_BYTES:
        raise AnswersError(f"an array of {dtype} this long would pass {MAX_ARRAY_BYTES >> 20} MiB")
    return dtype


def _list(data: Any, depth: int) -> list:
    if not isinstance(data, list):
        raise AnswersError("a list was expected")
    return [rebuild(x, depth + 1) for x in data]


def _numpy(tag: str, data: dict, depth: int):
    import numpy

    dtype = _sized(numpy.dtype(str(data["dtype"])), data.get("v"))
    if dtype.kind not in ("biufUSMm" if tag == "np" else "biufUSOMm"):
        raise AnswersError(f"unexpected dtype {dtype}")
    if tag == "np":
        return dtype.type(rebuild(data["v"], depth + 1))
    return numpy.array(_list(data["v"], depth), dtype=dtype)


def _index(data: dict, depth: int):
    import pandas

    if data["$"] == "MultiIndex":
        return pandas.MultiIndex.from_tuples([tuple(t) if isinstance(t, list) else t
                                              for t in _list(data["v"], depth)], names=_list(data["names"], depth))
    return pandas.Index(_list(data["v"], depth), name=rebuild(data.get("name"), depth + 1),
                        dtype=_sized(_dtype(data.get("dtype")), data["v"]))


def _dtype(text: Any):
    """A dtype name from the file, when it is one pandas knows; else None (pandas infers)."""
    import pandas

    try:
        return pandas.api.types.pandas_dtype(str(text))
    except (TypeError, ValueError):
        return None


def _as(values: list, dtype, name=None, index=None):
    import pandas

    try:
        return pandas.Series(values, dtype=dtype, name=name, index=index)
    except (TypeError, ValueError):
        return pandas.Series(values, name=name, index=index)


def _pandas(tag: str, data: dict, depth: int):
    import pandas

    if tag in ("Index", "MultiIndex"):
        return _index(data, depth)
    if tag == "Series":
        index = rebuild(data["index"], depth + 1)
        return _as(_list(data["v"], depth), _sized(_dtype(data.get("dtype")), data["v"]),
                   rebuild(data.get("name"), depth + 1), index)
    if tag == "DataFrame":
        columns, index = rebuild(data["columns"], depth + 1), rebuild(data["index"], depth + 1)
        cols = [_as(_list(v, depth), _sized(_dtype(d), v), index=index)
                for v, d in zip(data["v"], data["dtypes"], strict=True)]
        frame = pandas.concat(cols, axis=1) if cols else pandas.DataFrame(index=index)
        frame.columns = columns
        return frame
    if tag == "pdarray":
        return pandas.array(_list(data["v"], depth), dtype=_sized(_dtype(data.get("dtype")), data["v"]))
    if tag == "Timestamp":
        return pandas.Timestamp(str(data["v"]))
    return pandas.NA if tag == "NA" else pandas.NaT


_BUILTIN = {
    "tuple": lambda d, n: tuple(_list(d["v"], n)),
    "set": lambda d, n: set(_list(d["v"], n)),
    "frozenset": lambda d, n: frozenset(_list(d["v"], n)),
    "dict": lambda d, n: {rebuild(k, n + 1): rebuild(v, n + 1) for k, v in d["v"]},
    "range": lambda d, n: range(*[int(x) for x in d["v"][:3]]),
    "float": lambda d, n: _float(d["v"]),
    "ellipsis": lambda d, n: ...,
    "date": lambda d, n: datetime.date.fromisoformat(str(d["v"])),
    "datetime": lambda d, n: datetime.datetime.fromisoformat(str(d["v"])),
}
_PANDAS = {"Index", "MultiIndex", "Series", "DataFrame", "pdarray", "Timestamp", "NA", "NaT"}


def rebuild(data: Any, depth: int = 0) -> Any:
    """The value that ``data`` (one entry of the answers file) stands for.

    >>> rebuild([1, "a", None, {"$": "float", "v": "inf"}])
    [1, 'a', None, inf]
    >>> frame = rebuild({"$": "DataFrame", "columns": ["ISA"], "index": {"$": "Index", "name": "partner",
    ...     "dtype": "object", "v": ["Australia"]}, "dtypes": ["object"], "v": [["in force"]]})
    >>> frame.loc["Australia", "ISA"], frame.index.name
    ('in force', 'partner')
    """
    if depth > MAX_DEPTH:
        raise AnswersError("nested too deeply")
    if depth == 0 and _weight(data) > MAX_ITEMS:  # a range expands inside an array or a frame
        raise AnswersError(f"more than {MAX_ITEMS:,} items (a range counts as its length)")
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return _list(data, depth)
    if not isinstance(data, dict):
        raise AnswersError("unexpected JSON value")
    tag = data.get("$")
    if tag in _BUILTIN:
        return _BUILTIN[tag](data, depth)
    if tag in ("np", "ndarray"):
        return _numpy(tag, data, depth)
    if tag in _PANDAS:
        return _pandas(tag, data, depth)
    return Unreadable(data)


def read_answers(path: Path, max_bytes: int) -> dict[str, Any]:
    """The raw entries of the answers file at ``path`` (a regular file, not followed if a link, <= max_bytes).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "a.json").write_text('{"answer_0_1": 9}')
    17
    >>> read_answers(d / "a.json", 100)
    {'answer_0_1': 9}
    >>> (d / "b.json").symlink_to(d / "a.json"); read_answers(d / "b.json", 100)
    Traceback (most recent call last):
    ...
    coursekit.hub.grading.rebuild.AnswersError: the notebook's answers could not be read (not a plain file)
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        why = "not a plain file" if error.errno == 40 else "the notebook did not reach the grader's last cell"
        raise AnswersError(f"the notebook's answers could not be read ({why})") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise AnswersError("the notebook's answers could not be read (not a plain file)")
        raw = f.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise AnswersError(f"the notebook's answers are larger than {max_bytes} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise AnswersError("the notebook's answers are not valid JSON") from None
    if not isinstance(data, dict):
        raise AnswersError("the notebook's answers are not a JSON object")
    return {str(k): v for k, v in data.items()}
