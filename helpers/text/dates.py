"""Dates as people write them: ``2025-12-19``, ``19 December 2025``, ``December 19, 2025``, ``Dec. 19, 2025``.

Digits are ASCII only (``٢٠٢٥`` is not a year here). :func:`parse_written_date`
reads one date that is the whole string; :func:`find_written_date` finds the
first date written inside a line (``Published: Fri 19 Dec 2025 05.00 GMT``).

>>> parse_written_date("Dec. 19, 2025").isoformat()
'2025-12-19'
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["MONTHS", "find_written_date", "parse_written_date"]

#: Month names and their common abbreviations → month number.
MONTHS = {
    **{
        m: n
        for n, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
    **{m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12][0-9]{3})"
_FORMS = [
    re.compile(r"(?P<year>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<day>[0-3][0-9])(?![0-9])", re.ASCII),
    re.compile(rf"(?<![0-9A-Za-z]){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?![0-9])", re.ASCII),
    re.compile(rf"(?<![A-Za-z]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?![0-9])", re.ASCII),
]


def _from_match(m: re.Match) -> dt.date | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else MONTHS.get(groups["month"].lower())
    if month is None:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def parse_written_date(text: str) -> dt.date | None:
    """The date that ``text`` is, in one of the common written forms (``None`` if it is not one).

    >>> [parse_written_date(s).isoformat() for s in ("2025-12-19", "19 December 2025", "December 19, 2025")]
    ['2025-12-19', '2025-12-19', '2025-12-19']
    >>> parse_written_date("30 February 2025") is None, parse_written_date("soon") is None
    (True, True)
    """
    text = " ".join(text.split()).rstrip(".")
    for form in _FORMS:
        m = form.fullmatch(text)
        if m is not None:
            return _from_match(m)
    return None


def find_written_date(line: str) -> dt.date | None:
    """The first date written anywhere in ``line`` (``None`` if there is none).

    >>> find_written_date("Published: Fri 19 Dec 2025 05.00 GMT").isoformat()
    '2025-12-19'
    >>> find_written_date("Tokyo, Dec. 19 (Kyodo)") is None
    True
    """
    best = None
    for form in _FORMS:
        for m in form.finditer(line[:400]):
            found = _from_match(m)
            if found is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), found)
                break
    return best[1] if best else None
