"""Records as plain data: the one helper behind every ``to_dict`` of the text records.

:func:`plain` reads a record's fields (or the names given, properties too)
into a dict, in that order. Values that JSON cannot hold as they are become
plain too: a date its ISO text, a tuple or list a list, a nested record a dict.

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Point:
...     x: int
...     y: int
>>> plain(Point(1, 2))
{'x': 1, 'y': 2}
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

__all__ = ["Record", "plain"]

#: Value types kept as they are (checked by exact type: fast, and ``bool`` is an ``int``).
_AS_IS = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def plain(record, keys: tuple[str, ...] | None = None) -> dict:
    """``record`` as a dict of plain values: its dataclass fields in order, or ``keys`` in that order.

    A key may name a property (``Quote.words``).

    >>> import datetime
    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Day:
    ...     date: datetime.date
    ...     parts: tuple
    ...     @property
    ...     def year(self):
    ...         return self.date.year
    >>> plain(Day(datetime.date(2025, 12, 19), (1, 2)), ("year", "date", "parts"))
    {'year': 2025, 'date': '2025-12-19', 'parts': [1, 2]}
    """
    out = {}
    for key in keys or _field_names(record.__class__):
        value = getattr(record, key)
        out[key] = value if type(value) in _AS_IS else _plain_value(value)
    return out


def _plain_value(value):
    if isinstance(value, (tuple, list)):
        return [v if type(v) in _AS_IS else _plain_value(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(value)
    return value


class Record:
    """A base for the text records: :meth:`to_dict` is :func:`plain` of the record.

    ``DICT_KEYS`` names the keys in order (``None``: the dataclass fields).

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Point(Record):
    ...     x: int
    ...     y: int
    >>> Point(1, 2).to_dict()
    {'x': 1, 'y': 2}
    """

    __slots__ = ()
    DICT_KEYS: tuple[str, ...] | None = None

    def to_dict(self) -> dict:
        """Return the record as plain data (JSON-ready), with the keys of ``DICT_KEYS``."""
        return plain(self, self.DICT_KEYS)
