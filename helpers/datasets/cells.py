"""One cell of a curated table: the column it belongs to, and the checker for each kind of column.

A :class:`Column` says what its cells may hold (its ``kind``); :data:`CHECKERS`
maps each kind to the function that checks and parses a cell of that kind.
:func:`check_cell` first applies the rules every cell shares (no spaces
around the value, no empty required cell, no invisible character), then the
checker of the column's kind. A broken cell raises the
:class:`~helpers.errors.DatasetError` that ``fail(problem, column, hint)``
builds, so the message names the file and the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..errors import DatasetError
from ..textfiles import INVISIBLE, describe_character
from .dates import PartialDate, parse_partial_date

__all__ = ["CHECKERS", "CellKind", "Column", "check_cell"]

#: What a column holds; see :data:`CHECKERS`.
CellKind = Literal["text", "url", "date", "date_or_marker", "choice", "float", "ids"]
#: Builds the error for one cell: ``fail(problem, column, hint)``.
Fail = Callable[[str, "str | None", str], DatasetError]

_NUMBER_RE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?\Z")
_URL_RE = re.compile(r"https?://\S+")
# Free-text cells may hold line breaks, tabs and typographic spaces; other invisible characters are refused.
_TEXT_WHITESPACE = frozenset("\n\r\t")
# Text columns that name a row or a thing (keys): only the ordinary space is allowed.
_KEY_TEXT = frozenset({"id", "partner", "place", "person", "country", "role", "party"})

_DATE_HINT = "write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified (never guess a day)"
_DIGITS_HINT = "type the date with the digits 0 to 9: YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified"
_INVISIBLE_HINT = (
    "delete it: retype the value by hand (copying from a web page or a PDF often brings such characters)"
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a datasheet: its name, what a cell may hold, and whether it may be empty.

    >>> Column("lat", "float", low=-90.0, high=90.0).kind
    'float'
    """

    name: str
    kind: CellKind = "text"
    required: bool = True
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None


def _check_characters(value: str, col: Column, fail: Fail) -> None:
    """Refuse characters that print as nothing (they hide differences between rows)."""
    key = col.kind != "text" or col.name in _KEY_TEXT
    for found in INVISIBLE.finditer(value):
        ch = found.group()
        if ch == " " or (not key and (ch in _TEXT_WHITESPACE or (ch.isspace() and ord(ch) > 0x9F))):
            continue  # free text may hold line breaks, tabs and typographic spaces (no-break, thin)
        where = f"{describe_character(ch)} at character {found.start() + 1} of {value!r}"
        if ch.isspace():
            raise fail(where, col.name, "type an ordinary space, or none")
        raise fail(f"invisible character {where}", col.name, _INVISIBLE_HINT)


def _empty(col: Column, fail: Fail) -> None:
    if not col.required:
        return None
    if col.kind == "url" or col.name == "source":
        raise fail(
            "no source",
            col.name,
            "every row must cite its source: paste the URL of the page that supports it",
        )
    raise fail("empty cell", col.name, f"every row needs a {col.name}")


def _text(value: str, col: Column, fail: Fail) -> str:
    return value


def _url(value: str, col: Column, fail: Fail) -> str:
    if not _URL_RE.search(value):
        raise fail(
            f"no URL in source {value[:40]!r}", col.name, "cite the page itself: add its https:// address"
        )
    return value


def _choice(value: str, col: Column, fail: Fail) -> str:
    if value not in col.choices:
        raise fail(f"{value!r} is not an allowed value", col.name, "use one of: " + ", ".join(col.choices))
    return value


def _date(value: str, col: Column, fail: Fail) -> PartialDate:
    try:
        return parse_partial_date(value)
    except ValueError as exc:
        hint = _DATE_HINT
        if col.kind == "date_or_marker":
            hint += ", or one of: " + ", ".join(col.choices)
        problem = str(exc).split(":")[0]
        if "digits other than" in problem:
            hint = _DIGITS_HINT
        elif "real date" in problem:
            hint = str(exc).split(": ", 1)[1] + "; check the day against the source"
        raise fail(problem, col.name, hint) from None


def _date_or_marker(value: str, col: Column, fail: Fail) -> str | PartialDate:
    return value if value in col.choices else _date(value, col, fail)


def _float(value: str, col: Column, fail: Fail) -> float:
    if not _NUMBER_RE.match(value):  # float() also takes '４１', '1_0', 'nan' and '1e3'
        raise fail(
            f"{value!r} is not a number",
            col.name,
            "write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
        )
    number = float(value)
    low = -np.inf if col.low is None else col.low
    high = np.inf if col.high is None else col.high
    if not (low <= number <= high) or np.isnan(number):
        raise fail(
            f"{value} is outside {col.low:g} to {col.high:g}",
            col.name,
            f"{col.name} must lie between {col.low:g} and {col.high:g} degrees",
        )
    return number


#: The checker of each kind of column: ``checker(value, column, fail)`` returns
#: the parsed cell (text, a float or a :class:`~helpers.datasets.PartialDate`).
CHECKERS: dict[str, Callable[[str, Column, Fail], object]] = {
    "text": _text,
    "ids": _text,
    "url": _url,
    "choice": _choice,
    "date": _date,
    "date_or_marker": _date_or_marker,
    "float": _float,
}


def check_cell(value: str, col: Column, fail: Fail):
    """Return the parsed cell (str, float, PartialDate or None for an empty optional cell), or raise through ``fail``.

    >>> def fail(problem, column, hint):
    ...     return DatasetError(problem, path="t.csv", row=2, column=column, hint=hint)
    >>> check_cell("2019-07", Column("signed", "date"), fail).end.date()
    datetime.date(2019, 7, 31)
    >>> check_cell("", Column("notes", required=False), fail) is None
    True
    >>> check_cell("maybe", Column("status", "choice", choices=("pending",)), fail)
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:2:status: 'maybe' is not an allowed value — use one of: pending
    """
    if value != value.strip():
        raise fail(f"leading or trailing space in {value!r}", col.name, "delete the spaces around the value")
    if value == "":
        return _empty(col, fail)
    _check_characters(value, col, fail)
    return CHECKERS[col.kind](value, col, fail)
