"""What every chart family shares: source lines, a new Axes, the title rule, sentence joins, dates.

Colours, fonts, hatches and markers are not here: they live in
:mod:`helpers.style`, the course's one look.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd

from ..datasets import EARTH_RADIUS_KM, SEED_DATE, load_agreements
from ..i18n import tr as _
from ..style import FIGSIZE

__all__ = [
    "DAYS_PER_MONTH",
    "SOURCE_AGREEMENTS",
    "SOURCE_MILESTONES",
    "SOURCE_PLACES",
    "SOURCE_QUOTES",
    "agreements_or_default",
    "and_join",
    "as_day",
    "date_axis",
    "joined",
    "listing",
    "new_axes",
    "ordinal",
    "sentences",
    "title_or",
    "when",
]

SOURCE_AGREEMENTS = (
    "Source: course dataset agreements.csv, compiled from MOFA and partner governments' releases "
    "and news reports (helpers/data/SOURCES.md)."
)
SOURCE_PLACES = (
    "Source: course dataset places.csv (coordinates rounded to 0.01°); great-circle distance on a sphere "
    f"of radius {EARTH_RADIUS_KM:,} km."
)
SOURCE_MILESTONES = (
    "Source: course dataset milestones.csv, compiled from MOFA and news reports (helpers/data/SOURCES.md)."
)
SOURCE_QUOTES = "Source: quotations found in the article by the course's helpers."
#: An average month in days, for waits given in months.
DAYS_PER_MONTH = 365.25 / 12


def as_day(date=None) -> pd.Timestamp:
    """The day ``date`` names (None: the seed's date), time of day and time zone dropped.

    >>> as_day(), as_day("2020-01-02 15:30")
    (Timestamp('2025-12-19 00:00:00'), Timestamp('2020-01-02 00:00:00'))
    >>> as_day("last spring")
    Traceback (most recent call last):
    ...
    ValueError: 'last spring' is not a date: write it as 'YYYY-MM-DD'
    """
    try:
        stamp = pd.Timestamp(SEED_DATE if date is None else date)
    except (TypeError, ValueError):
        stamp = pd.NaT
    if pd.isna(stamp):
        raise ValueError(f"{date!r} is not a date: write it as 'YYYY-MM-DD'") from None
    return (stamp.tz_localize(None) if stamp.tzinfo else stamp).normalize()


def new_axes(ax, figsize=FIGSIZE):
    """Return ``ax``, or the Axes of a new figure laid out so nothing is cut off.

    >>> from matplotlib.figure import Figure
    >>> ax = Figure().subplots()
    >>> new_axes(ax) is ax
    True
    """
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # only when a figure is needed: importing helpers stays light

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def title_or(title: str | None, finding: str) -> str:
    """The caller's title when given, else the finding computed from the data.

    >>> title_or(None, "A finding"), title_or("My own title", "A finding")
    ('A finding', 'My own title')
    """
    return finding if title is None else str(title)


def and_join(names: list[str]) -> str:
    """Join names the way a sentence does.

    >>> and_join(["a"]), and_join(["a", "b"]), and_join(["a", "b", "c"])
    ('a', 'a and b', 'a, b and c')
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def joined(names) -> str:
    """Join names the way a sentence of the current language does (a text twin's lists; titles use :func:`and_join`).

    >>> from helpers.i18n import language
    >>> joined(["a", "b", "c"])
    'a, b and c'
    >>> with language("ja"):
    ...     joined(["a", "b", "c"])
    'a、b、c'
    """
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return _("{names} and {last}").format(names=_(", ").join(names[:-1]), last=names[-1])


def listing(lead: str, rows: pd.DataFrame, pattern: str, *columns: str) -> str:
    """One sentence: ``lead``, then each row's ``columns`` written by ``pattern``, joined by :func:`joined`.

    ``lead`` and ``pattern`` come translated from the caller; a ``partner`` or
    ``label`` value is a name, shown in the current language.

    >>> rows = pd.DataFrame({"partner": ["India", "France"], "signed": ["2020-09-09", "2023-07-20"]})
    >>> listing("Signed later: ", rows, "{} ({})", "partner", "signed")
    'Signed later: India (2020-09-09) and France (2023-07-20).'
    """
    named = [[_(v) if c in _NAMES or _is_word(v) else v for v in rows[c]] for c in columns]
    items = [pattern.format(*values) for values in zip(*named, strict=True)]
    return _("{lead}{items}.").format(lead=lead, items=joined(items))


_NAMES = ("partner", "label")


def _is_word(value) -> bool:
    """A text with no digit (a status such as "pending"), which a text twin shows in the current language."""
    return isinstance(value, str) and not any(ch.isdigit() for ch in value)


def sentences(parts: list[str]) -> str:
    """A text twin's sentences as one text: a space between English sentences, none after a Japanese 。 or ：.

    >>> sentences(["One.", "Two:", "three."]), sentences(["一。", "二：", "三。"])
    ('One. Two: three.', '一。二：三。')
    """
    return " ".join(parts).replace("。 ", "。").replace("： ", "：")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ...

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_axis(ax, step: int = 5) -> None:
    """Label the x axis with every ``step``-th year, a minor tick each year.

    >>> from matplotlib.figure import Figure
    >>> ax = Figure().subplots()
    >>> date_axis(ax, step=2)
    >>> type(ax.xaxis.get_major_locator()).__name__
    'YearLocator'
    """
    ax.xaxis.set_major_locator(mdates.YearLocator(step))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.YearLocator(1))


def when(row: pd.Series, column: str) -> str:
    """A partial date as text, with what is unknown spelt out.

    >>> when(pd.Series({"signed": "2024-07", "signed_precision": "month"}), "signed")
    '2024-07 (day unknown)'
    """
    text = row[column]
    precision = row.get(f"{column}_precision")
    if precision == "month":
        return _("{date} (day unknown)").format(date=text)
    if precision == "year":
        return _("{date} (month and day unknown)").format(date=text)
    return text


def agreements_or_default(data) -> pd.DataFrame:
    """``data``, or the course's agreements table when it is None.

    >>> len(agreements_or_default(None)) == len(load_agreements())
    True
    """
    return load_agreements() if data is None else data
