"""Partners over time: cumulative partners per kind of agreement, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from ..datasets import AGREEMENT_KINDS, DayLike
from ..i18n import tr as _
from ..style import BLACK, GREY_LINE, KIND_STYLE, NOTE_SIZE, finish
from .common import SOURCE_AGREEMENTS, agreements_or_default, as_day, date_axis, new_axes, sentences, title_or

__all__ = ["describe_partners_over_time", "partners_over_time"]


def _first_signatures(data, on: pd.Timestamp) -> pd.DataFrame:
    df = agreements_or_default(data)
    df = df[df["signed_start"] <= on]
    first = df.groupby(["kind", "partner"], observed=True)["signed_start"].min().reset_index()
    return first.sort_values(["kind", "signed_start", "partner"], kind="stable").reset_index(drop=True)


def _partners_title(first: pd.DataFrame, split_year: int) -> str:
    recent = int((first["signed_start"].dt.year > split_year).sum())
    return f"{recent} of Japan's {len(first)} security-agreement partnerships were first signed after {split_year}"


def _steps(ax, first: pd.DataFrame, on: pd.Timestamp) -> None:
    """A step line per kind with a marker at each first signature and the count written at its end."""
    for kind in AGREEMENT_KINDS:
        dates = first.loc[first["kind"] == kind, "signed_start"].tolist()
        if not dates:
            continue
        colour, marker, style, name = KIND_STYLE[kind]
        counts = list(range(1, len(dates) + 1))
        ax.step([*dates, on], [*counts, counts[-1]], where="post", color=colour, linestyle=style, linewidth=2,
                label=name)  # fmt: skip
        ax.plot(dates, counts, marker=marker, color=colour, markersize=6, linestyle="none", markeredgecolor=BLACK,
                markeredgewidth=0.5)  # fmt: skip
        ax.annotate(f"{kind} {counts[-1]}", xy=(on, counts[-1]), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=NOTE_SIZE, color=BLACK, fontweight="bold")  # fmt: skip


def _split_and_axes(ax, first: pd.DataFrame, on: pd.Timestamp, split_year: int) -> None:
    """The dotted line at the end of ``split_year``, the limits, the axes' ticks and the legend."""
    split = pd.Timestamp(year=split_year, month=12, day=31)
    ax.axvline(split, color=GREY_LINE, linestyle=(0, (1, 2)), linewidth=1.2)
    ax.annotate(f"end of {split_year}", xy=(split, 1), xycoords=("data", "axes fraction"), xytext=(-3, -2),
                textcoords="offset points", ha="right", va="top", fontsize=NOTE_SIZE)  # fmt: skip
    start = first["signed_start"].min() if len(first) else on
    ax.set_xlim(
        pd.Timestamp(year=start.year - 1, month=1, day=1), pd.Timestamp(year=on.year + 2, month=12, day=31)
    )
    ax.set_ylim(0, None)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    date_axis(ax)
    handles = [
        Line2D([], [], color=KIND_STYLE[k][0], linestyle=KIND_STYLE[k][2], marker=KIND_STYLE[k][1],
               markeredgecolor=BLACK, markeredgewidth=0.5, linewidth=2, label=KIND_STYLE[k][3])
        for k in AGREEMENT_KINDS
    ]  # fmt: skip
    ax.legend(handles=handles, loc="upper left", fontsize=NOTE_SIZE, framealpha=0.95)


def partners_over_time(
    data: pd.DataFrame | None = None,
    *,
    as_of: DayLike = None,
    split_year: int = 2015,
    ax: Axes | None = None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
) -> Axes:
    """Cumulative number of partners for each kind of agreement, by date of first signature.

    A step line per kind (distinct colour, line style and marker), each
    labelled at its end; a dotted line marks ``split_year`` (2015: Japan's
    Peace and Security Legislation was enacted that September).

    >>> from matplotlib.figure import Figure
    >>> from helpers.style import FIGSIZE
    >>> ax = partners_over_time(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    "17 of Japan's 25 security-agreement partnerships were first signed after 2015"
    >>> [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    ['ACSA (supplies and services)', 'ISA (classified information)', 'RAA (visiting forces)']
    """
    on = as_day(as_of)
    first = _first_signatures(data, on)
    ax = new_axes(ax)
    _steps(ax, first, on)
    _split_and_axes(ax, first, on, split_year)
    finish(
        ax, title_or(title, _partners_title(first, split_year)), "Year of first signature",
        "Partners (cumulative count)", source, grid_axis="y",
    )  # fmt: skip
    return ax


def describe_partners_over_time(
    data: pd.DataFrame | None = None, *, as_of: DayLike = None, split_year: int = 2015
) -> str:
    """Text twin of :func:`partners_over_time`.

    >>> print(describe_partners_over_time())  # doctest: +ELLIPSIS
    Step chart of the cumulative number of Japan's partners ... ACSA: 10 partners, the first (United States) in 1996, ...
    """
    on = as_day(as_of)
    first = _first_signatures(data, on)
    parts = [
        _("Step chart of the cumulative number of Japan's partners for each kind of security agreement, "
          "counted by the date each partner first signed one, up to {day}.").format(day=f"{on:%Y-%m-%d}"),
        _(_partners_title(first, split_year)) + _("."),
        _("Each partner is counted once per kind."),
    ]  # fmt: skip
    for kind in AGREEMENT_KINDS:
        rows = first[first["kind"] == kind]
        if rows.empty:
            continue
        head = rows.iloc[0]
        after = int((rows["signed_start"].dt.year > split_year).sum())
        parts.append(_("{kind}: {n} partners, the first ({partner}) in {year}, {after} of them after {split}.").format(
            kind=kind, n=len(rows), partner=_(head["partner"]), year=f"{head['signed_start']:%Y}", after=after,
            split=split_year))  # fmt: skip
    return sentences(parts)
