"""Dates in the curated tables: partial dates (``2019-07``, ``2017``) as periods, and days given by a learner.

A date may be known to the day, the month or only the year. It is kept as
written and as the period it names (first and last day); nothing here ever
guesses a day.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from typing import TypeAlias

import pandas as pd

from .vocab import Precision

__all__ = ["SEED_DATE", "DayLike", "PartialDate", "as_timestamp", "parse_partial_date"]

#: A day as the course takes it: text ('2025-12-19'), a date, a Timestamp, or None for the seed's date.
DayLike: TypeAlias = str | _dt.date | pd.Timestamp | None

#: The seed article's date: every ``status`` in agreements.csv is "as of" this
#: day, and the day :func:`as_timestamp` gives when none is named.
SEED_DATE = pd.Timestamp("2025-12-19")

_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")  # ASCII: \d takes ٢ and ２ too
_ANY_DIGITS_DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    ``start`` and ``end`` are the first and last days of the period it names;
    ``text`` is the date as written in the file.

    >>> d = parse_partial_date("2019-07")
    >>> d.precision, d.start.date(), d.end.date()
    ('month', datetime.date(2019, 7, 1), datetime.date(2019, 7, 31))
    """

    text: str
    precision: Precision
    start: pd.Timestamp
    end: pd.Timestamp


def parse_partial_date(text: str) -> PartialDate:
    """Read ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` into a :class:`PartialDate`.

    >>> parse_partial_date("2017").end.date()
    datetime.date(2017, 12, 31)
    >>> parse_partial_date("2025-12-19").precision
    'day'
    >>> parse_partial_date("19 Dec 2025")
    Traceback (most recent call last):
    ...
    ValueError: '19 Dec 2025' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY
    >>> parse_partial_date("2025-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2025-02-30' is not a real date: 2025-02 has 28 days
    >>> parse_partial_date("２０２５")
    Traceback (most recent call last):
    ...
    ValueError: '２０２５' uses digits other than 0–9: write the date with the digits 0 to 9
    """
    match = _DATE_RE.match(text)
    if not match and _ANY_DIGITS_DATE_RE.match(text):
        raise ValueError(f"{text!r} uses digits other than 0–9: write the date with the digits 0 to 9")
    if not match:
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    year_text, month_text, day_text = match.groups()
    year = int(year_text)  # the pattern always holds a year
    month, day = (int(g) if g else None for g in (month_text, day_text))
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a real date: months run from 01 to 12")
    precision: Precision
    if month is None:
        start, end, precision = _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year"
    else:
        last = calendar.monthrange(year, month)[1]
        if day is None:
            start, end, precision = _dt.date(year, month, 1), _dt.date(year, month, last), "month"
        elif not 1 <= day <= last:
            raise ValueError(f"{text!r} is not a real date: {year}-{month:02d} has {last} days")
        else:
            start = end = _dt.date(year, month, day)
            precision = "day"
    return PartialDate(text, precision, pd.Timestamp(start), pd.Timestamp(end))


def as_timestamp(date: DayLike = None) -> pd.Timestamp:
    """Turn None, a string, a date or a Timestamp into a day (default: the seed's date).

    The time of day and any time zone are dropped: the course counts in days.

    >>> as_timestamp()
    Timestamp('2025-12-19 00:00:00')
    >>> as_timestamp("2017-06-30 15:00+09:00")
    Timestamp('2017-06-30 00:00:00')
    >>> as_timestamp("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: 'yesterday' is not a date: write it as 'YYYY-MM-DD'
    """
    if date is None:
        return SEED_DATE
    try:
        stamp = pd.Timestamp(date)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{date!r} is not a date: write it as 'YYYY-MM-DD'") from exc
    if pd.isna(stamp):
        raise ValueError(f"{date!r} is not a date: write it as 'YYYY-MM-DD'")
    return stamp.normalize().tz_localize(None) if stamp.tzinfo else stamp.normalize()
