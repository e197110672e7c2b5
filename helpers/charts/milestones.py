"""The Japan–New Zealand milestones on a time line, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..datasets import load_milestones
from ..i18n import tr as _
from ..style import BLACK, BLUE, GREEN, GREY_LEADER, NOTE_SIZE, ORANGE, PURPLE, WHITE, finish
from .common import SOURCE_MILESTONES, date_axis, new_axes, sentences, title_or

__all__ = ["describe_milestones_timeline", "milestones_timeline"]


_TRACK_STYLE = {  # marker, colour
    "ACSA": ("o", BLUE),
    "ISA": ("s", ORANGE),
    "ACSA and ISA": ("*", PURPLE),
    "NZ defence policy": ("D", GREEN),
}
_LEVELS = (1.0, -1.0, 1.9, -1.9, 2.8, -2.8)


def _milestones_title(ms: pd.DataFrame) -> str:
    acsa = ms[ms["track"].astype(str).str.contains("ACSA")]
    first, last = acsa.iloc[0], ms.iloc[-1]
    years = (last["date_end"] - first["date_start"]).days / 365.25
    return (
        f"{years:.1f} years from “{first['label']}” ({first['date']}) to “{last['label']}” ({last['date']})"
    )


def milestones_timeline(
    data: pd.DataFrame | None = None, *, ax: Axes | None = None, source: str = SOURCE_MILESTONES, title: str | None = None
) -> Axes:
    """The Japan–New Zealand milestones on a time line, each with its date and a short label.

    Markers differ by track (ACSA, ISA, both, New Zealand defence policy); a
    hollow marker and "≈" flag a date known only to the month or year.

    >>> from matplotlib.figure import Figure
    >>> from helpers.style import FIGSIZE
    >>> ax = milestones_timeline(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    '11.5 years from “Leaders agree to study an ACSA” (2014-07-07) to “ACSA and ISA signed” (2025-12-19)'
    >>> sum(t.get_text().startswith("≈") for t in ax.texts)
    1
    """
    ms = load_milestones() if data is None else data
    ax = new_axes(ax)
    ax.axhline(0, color=BLACK, linewidth=1.2, zorder=1)
    start, end = ms["date_start"].min(), ms["date_end"].max()
    span = end - start
    for i, row in ms.reset_index(drop=True).iterrows():
        x = row["date_start"] + (row["date_end"] - row["date_start"]) / 2
        level = _LEVELS[i % len(_LEVELS)]
        marker, colour = _TRACK_STYLE[str(row["track"])]
        exact = row["date_precision"] == "day"
        ax.vlines(x, 0, level, color=GREY_LEADER, linewidth=0.8, zorder=1)
        ax.plot(x, 0, marker=marker, markersize=11 if marker == "*" else 8, color=colour if exact else WHITE,
                markeredgecolor=colour if not exact else BLACK, markeredgewidth=1.5 if not exact else 0.6,
                linestyle="none", zorder=3)  # fmt: skip
        right_side = (x - start) > span * 0.62
        text = ("" if exact else "≈ ") + f"{row['date']}\n{row['label']}"
        ax.annotate(
            text, xy=(x, level), xytext=(-4 if right_side else 4, 0), textcoords="offset points",
            ha="right" if right_side else "left", va="bottom" if level > 0 else "top", fontsize=NOTE_SIZE,
        )  # fmt: skip
    ax.set_ylim(-3.9, 3.9)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlim(
        pd.Timestamp(year=start.year - 1, month=1, day=1), pd.Timestamp(year=end.year + 1, month=6, day=30)
    )
    date_axis(ax, step=2)
    handles = [
        Line2D([], [], marker=m, color=c, markeredgecolor=BLACK, markeredgewidth=0.6, markersize=11 if m == "*" else 8,
               linestyle="none", label=track)
        for track, (m, c) in _TRACK_STYLE.items()
        if (ms["track"].astype(str) == track).any()
    ]  # fmt: skip
    handles.append(
        Line2D([], [], marker="o", color=WHITE, markeredgecolor=BLACK, linestyle="none", label="≈ month only")
    )
    ax.legend(handles=handles, loc="lower left", fontsize=NOTE_SIZE, framealpha=0.95)
    finish(ax, title_or(title, _milestones_title(ms)), "Year", "", source, grid_axis=None)
    return ax


def describe_milestones_timeline(data: pd.DataFrame | None = None) -> str:
    """Text twin of :func:`milestones_timeline`.

    >>> print(describe_milestones_timeline())  # doctest: +ELLIPSIS
    Time line of 7 milestones in Japan–New Zealand security cooperation. 11.5 years from ... 2014-07-07 (ACSA): ...
    """
    ms = load_milestones() if data is None else data
    items = [
        (_("about {date} ({track}): {event}") if r["date_precision"] != "day" else _("{date} ({track}): {event}")).format(
            date=r["date"], track=_(r["track"]), event=r["event"])  # the event: in the edition's language already
        for _i, r in ms.iterrows()
    ]  # fmt: skip
    return sentences(
        [
            _("Time line of {n} milestones in Japan–New Zealand security cooperation.").format(n=len(ms)),
            _(_milestones_title(ms)) + _("."),
            *items,
        ]
    )
