"""Distances: great-circle distance from Tokyo to each partner's capital, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from ..datasets import EARTH_RADIUS_KM, distances_from
from ..i18n import tr as _
from ..style import BLACK, BLUE, HATCHES, NOTE_SIZE, VERMILLION, finish
from .common import SOURCE_PLACES, new_axes, ordinal, sentences, title_or

__all__ = ["describe_distances_chart", "distances_chart"]


def _distances(data, place: str) -> pd.DataFrame:
    return (
        distances_from(place)
        if data is None
        else data.sort_values(["distance_km", "place"]).reset_index(drop=True)
    )


def _distance_title(d: pd.DataFrame, place: str, highlight: str) -> str:
    hit = d[d["partner"] == highlight]
    if hit.empty:
        return (
            f"The capitals or seats of Japan's partners lie {d['distance_km'].min():,.0f}–"
            f"{d['distance_km'].max():,.0f} km from {place}"
        )
    row = hit.iloc[0]
    rank = int(hit.index[0]) + 1
    return (
        f"{row['place']} is {row['distance_km']:,.0f} km from {place}, "
        f"the {ordinal(rank)} nearest of Japan's {len(d)} partners"
    )


def distances_chart(
    data: pd.DataFrame | None = None,
    *,
    place: str = "Tokyo",
    highlight: str = "New Zealand",
    ax: Axes | None = None,
    source: str = SOURCE_PLACES,
    title: str | None = None,
) -> Axes:
    """Great-circle distance from ``place`` to each partner's capital, nearest at the top.

    ``data`` is a table like :func:`~helpers.datasets.distances_from` returns;
    the ``highlight`` partner's bar is hatched and marked.

    >>> from matplotlib.figure import Figure
    >>> from helpers.style import FIGSIZE
    >>> ax = distances_chart(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    "Wellington is 9,276 km from Tokyo, the 7th nearest of Japan's 14 partners"
    >>> len(ax.patches), ax.get_yticklabels()[0].get_text()
    (14, 'Seoul (South Korea)')
    """
    d = _distances(data, place)
    ax = new_axes(ax)
    for y, row in d.iterrows():
        hit = row["partner"] == highlight
        ax.barh(
            y, row["distance_km"], height=0.65, color=VERMILLION if hit else BLUE,
            edgecolor=BLACK if hit else BLUE, hatch=HATCHES["highlight"] if hit else None, linewidth=0.8,
        )  # fmt: skip
        ax.annotate(
            f"{row['distance_km']:,.0f} km" + ("  ◀ in the article" if hit else ""),
            xy=(row["distance_km"], y), xytext=(3, 0), textcoords="offset points", va="center",
            fontsize=NOTE_SIZE, fontweight="bold" if hit else "normal",
        )  # fmt: skip
    labels = [f"{p} ({q})" if p != q else p for p, q in zip(d["place"], d["partner"], strict=True)]
    ax.set_yticks(range(len(d)), labels)
    for label, partner in zip(ax.get_yticklabels(), d["partner"], strict=True):
        if partner == highlight:
            label.set_fontweight("bold")
    ax.set_ylim(len(d) - 0.4, -0.6)
    ax.set_xlim(0, d["distance_km"].max() * 1.36)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    finish(
        ax,
        title_or(title, _distance_title(d, place, highlight)),
        f"Great-circle distance from {place} (km)",
        "Capital or seat (partner)",
        source,
    )
    return ax


def describe_distances_chart(
    data: pd.DataFrame | None = None, *, place: str = "Tokyo", highlight: str = "New Zealand"
) -> str:
    """Text twin of :func:`distances_chart`.

    >>> print(describe_distances_chart())  # doctest: +ELLIPSIS
    Bar chart of great-circle distances from Tokyo ... nearest is Seoul (South Korea, 1,153 km), the farthest Washington, D.C. (United States, 10,905 km). ...
    """
    d = _distances(data, place)
    near, far = d.iloc[0], d.iloc[-1]
    return sentences(
        [
            _("Bar chart of great-circle distances from {place} to the capitals (or seats of government) "
              "of Japan's {n} agreement partners, on a sphere of radius {radius:,} km.").format(
                place=_(place), n=len(d), radius=EARTH_RADIUS_KM),
            _(_distance_title(d, place, highlight)) + _("."),
            _("The nearest is {near} ({near_partner}, {near_km:,.0f} km), the farthest {far} ({far_partner}, {far_km:,.0f} km).").format(
                near=_(near["place"]), near_partner=_(near["partner"]), near_km=near["distance_km"],
                far=_(far["place"]), far_partner=_(far["partner"]), far_km=far["distance_km"]),
            _("In order: {items}.").format(items=_("; ").join(
                _("{place} {km:,.0f} km").format(place=_(p), km=k) for p, k in zip(d["place"], d["distance_km"], strict=True))),
        ]
    )  # fmt: skip
