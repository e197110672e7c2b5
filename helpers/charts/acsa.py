"""The ACSA timeline: Japan's ACSAs from signature to entry into force, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..datasets import DayLike, network_as_of
from ..i18n import tr as translate
from ..style import BLACK, BLUE, HATCHES, MARKERS, NOTE_SIZE, ORANGE, SKY, VERMILLION, WHITE, finish
from .common import (
    SOURCE_AGREEMENTS,
    agreements_or_default,
    and_join,
    as_day,
    date_axis,
    listing,
    new_axes,
    sentences,
    title_or,
    when,
)

__all__ = ["acsa_timeline", "describe_acsa_timeline"]


def _acsa_rows(data, on: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """ACSA agreements signed by ``on`` with their state, their amendments, and ACSAs signed later."""
    df = agreements_or_default(data)
    net = network_as_of(on, df).set_index("id")
    acsa = df[(df["kind"] == "ACSA") & (df["signed_start"] <= on)].copy()
    acsa["state"] = acsa["id"].map(net["state"]).astype(str)
    later = df[(df["kind"] == "ACSA") & (df["signed_start"] > on)]
    main = acsa[acsa["instrument"] == "agreement"].sort_values(["signed_start", "partner"], kind="stable")
    amendments = acsa[acsa["instrument"] == "amendment"]
    return main.reset_index(drop=True), amendments, later


def _acsa_counts(main: pd.DataFrame) -> tuple[list[str], list[str], list[str], list[str]]:
    """Partners with an ACSA signed: all, in force, signed but not in force, of unknown status."""
    partners = list(dict.fromkeys(main["partner"]))

    def having(state: str) -> set[str]:
        return set(main.loc[main["state"] == state, "partner"])

    in_force = [p for p in partners if p in having("in force")]
    pending = [p for p in partners if p not in in_force and p in having("signed, not in force")]
    unknown = [p for p in partners if p not in in_force and p not in pending]
    return partners, in_force, pending, unknown


def _acsa_title(main: pd.DataFrame, on: pd.Timestamp) -> str:
    partners, in_force, pending, unknown = _acsa_counts(main)
    if not partners:
        return f"By {on:%Y-%m-%d} Japan had signed no ACSA"
    title = f"By {on:%Y-%m-%d} Japan had signed ACSAs with {len(partners)} partners: {len(in_force)} in force"
    if pending:
        title += f", {len(pending)} not yet ({and_join(pending)})"
    if unknown:
        title += f", {len(unknown)} of unknown status ({and_join(unknown)})"
    return title


def _draws_in_force(row: pd.Series, on: pd.Timestamp) -> bool:
    """True when the row's bar runs to a known entry into force (in force, replaced, or in force unverified)."""
    state = row["state"]
    return state in ("in force", "superseded") or (
        state == "uncertain" and not pd.isna(row["in_force_start"]) and row["in_force_start"] <= on
    )


def _in_force_bar(ax, y: int, row: pd.Series, main: pd.DataFrame) -> str:
    """Signature to entry into force (pale and cross-hatched when replaced); returns the row's label."""
    start, state = row["signed_start"], row["state"]
    solid_end = max(start, row["in_force_start"])
    face, hatch = (SKY, HATCHES["replaced"]) if state == "superseded" else (BLUE, None)
    ax.barh(
        y, solid_end - start, left=start, height=0.6, color=face, edgecolor=BLUE, hatch=hatch, linewidth=0.8
    )
    if str(row["in_force_precision"]) != "day":
        ax.barh(y, row["in_force_end"] - solid_end, left=solid_end, height=0.6, color=WHITE, edgecolor=BLUE,
                hatch=HATCHES["partial date"], linewidth=0.8)  # fmt: skip
    if state != "superseded":
        return f"in force {row['in_force']}"
    new = main[main["supersedes"].fillna("").str.contains(row["id"], regex=False)]
    return f"replaced {new['in_force'].iloc[0][:4]}" if len(new) else "replaced"


def _pending_bar(ax, y: int, row: pd.Series, on: pd.Timestamp) -> str:
    """Signature up to ``on``, hatched: not in force, or entry into force unknown; returns the label."""
    known = row["state"] == "signed, not in force"
    ax.barh(y, on - row["signed_start"], left=row["signed_start"], height=0.6, color=ORANGE if known else WHITE,
            edgecolor=BLACK if known else VERMILLION, hatch=HATCHES["pending"] if known else HATCHES["unknown"],
            linewidth=0.8)  # fmt: skip
    return "pending" if known else "in force: unknown"


def _bars(
    ax, main: pd.DataFrame, on: pd.Timestamp
) -> tuple[dict[str, int], set[str], dict[str, pd.Timedelta]]:
    """One bar, a signature dot and a label per agreement: rows by id, bar styles used, widest hatched bars."""
    y_of: dict[str, int] = {}
    used: set[str] = set()  # which bar styles appear, for the legend
    widest: dict[str, pd.Timedelta] = {}  # the widest hatched bar of each style: a sliver is no mark
    for y, row in main.iterrows():
        y_of[row["id"]] = y
        start, state = row["signed_start"], row["state"]
        if _draws_in_force(row, on):
            label = _in_force_bar(ax, y, row, main)
            used.add("replaced" if state == "superseded" else "solid")
        else:
            label = _pending_bar(ax, y, row, on)
            widest[label] = max(widest.get(label, pd.Timedelta(0)), on - start)
            used.add(label)
        if str(row["in_force_precision"]) in ("month", "year") and state != "superseded":
            used.add("partial")
        ax.plot(start, y, marker=MARKERS["signed"], markersize=5, color=BLACK, linestyle="none")
        ax.annotate(
            label,
            xy=(1.01, y),
            xycoords=("axes fraction", "data"),
            va="center",
            ha="left",
            fontsize=NOTE_SIZE,
        )
    return y_of, used, widest


def _amendment_marks(ax, amendments: pd.DataFrame, y_of: dict[str, int]) -> None:
    """A hollow diamond on the row of the agreement each amendment amends."""
    for _, row in amendments.iterrows():
        y = y_of.get(row["amends"])
        if y is not None:
            ax.plot(row["signed_start"], y, marker=MARKERS["amendment"], markersize=6, color=WHITE,
                    markeredgecolor=BLACK, linestyle="none")  # fmt: skip


def _layout(ax, main: pd.DataFrame, on: pd.Timestamp) -> pd.Timedelta:
    """The dashed line at ``on``, the rows' labels, the limits and the year axis; returns the axis' span."""
    ax.axvline(on, color=BLACK, linestyle="--", linewidth=1)
    ax.annotate(
        f"{on:%Y-%m-%d}", xy=(on, 1), xycoords=("data", "axes fraction"), xytext=(-3, -2),
        textcoords="offset points", ha="right", va="top", fontsize=NOTE_SIZE,
    )  # fmt: skip
    ax.set_yticks(
        range(len(main)), [f"{p} {s:%Y}" for p, s in zip(main["partner"], main["signed_start"], strict=True)]
    )
    ax.set_ylim(len(main) - 0.4, -0.6)
    first = main["signed_start"].min() if len(main) else on
    left = pd.Timestamp(year=first.year - 1, month=1, day=1)
    right = pd.Timestamp(year=on.year + 1, month=12, day=31)
    ax.set_xlim(left, right)
    date_axis(ax)
    return right - left


def _legend(ax, used: set[str], on: pd.Timestamp, amended: bool) -> None:
    """A swatch for each bar style drawn, the signature dot, and the diamond when there are amendments."""
    styles = {
        "solid": Patch(facecolor=BLUE, edgecolor=BLUE, label="signature → entry into force"),
        "partial": Patch(
            facecolor=WHITE,
            edgecolor=BLUE,
            hatch=HATCHES["partial date"],
            label="in force within this month/year",
        ),
        "replaced": Patch(facecolor=SKY, edgecolor=BLUE, hatch=HATCHES["replaced"], label="later replaced"),
        "pending": Patch(
            facecolor=ORANGE,
            edgecolor=BLACK,
            hatch=HATCHES["pending"],
            label=f"not in force on {on:%Y-%m-%d}",
        ),
        "in force: unknown": Patch(
            facecolor=WHITE,
            edgecolor=VERMILLION,
            hatch=HATCHES["unknown"],
            label="entry into force not known",
        ),
    }
    handles: list[Artist] = [patch for key, patch in styles.items() if key in used]
    handles.append(Line2D([], [], marker=MARKERS["signed"], color=BLACK, linestyle="none", label="signed"))
    if amended:
        handles.append(Line2D([], [], marker=MARKERS["amendment"], color=WHITE, markeredgecolor=BLACK,
                              linestyle="none", label="amendment signed"))  # fmt: skip
    ax.legend(handles=handles, loc="lower left", fontsize=NOTE_SIZE, frameon=True, framealpha=0.95)


def acsa_timeline(
    data: pd.DataFrame | None = None,
    *,
    as_of: DayLike = None,
    ax: Axes | None = None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
) -> Axes:
    """Japan's ACSAs as bars from signature to entry into force, one per agreement.

    Solid bar: signature to entry into force. Dotted box: entry into force
    somewhere in that month or year (day unknown). Hatched bar up to the
    dashed line: signed but not in force on ``as_of`` (default: the seed's
    date, 2025-12-19). Pale cross-hatched bar: later replaced. Diamonds:
    amendments.

    >>> from matplotlib.figure import Figure
    >>> from helpers.style import FIGSIZE
    >>> ax = acsa_timeline(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    'By 2025-12-19 Japan had signed ACSAs with 10 partners: 8 in force, 2 not yet (Netherlands and New Zealand)'
    >>> [t.get_text() for t in ax.get_yticklabels()][-1]
    'New Zealand 2025'
    """
    on = as_day(as_of)
    main, amendments, _ = _acsa_rows(data, on)
    ax = new_axes(ax)
    y_of, used, widest = _bars(ax, main, on)
    _amendment_marks(ax, amendments, y_of)
    span = _layout(ax, main, on)
    # A bar narrower than 1% of the axis cannot be seen: its swatch would explain nothing on the chart
    # (the label column says "pending" instead).
    used -= {style for style, width in widest.items() if width < span * 0.01}
    _legend(ax, used, on, amended=len(amendments) > 0)
    finish(ax, title_or(title, _acsa_title(main, on)), "Year", "Partner and year signed", source)
    return ax


def describe_acsa_timeline(data: pd.DataFrame | None = None, *, as_of: DayLike = None) -> str:
    """Text twin of :func:`acsa_timeline`.

    >>> print(describe_acsa_timeline())  # doctest: +ELLIPSIS
    Timeline of Japan's Acquisition and Cross-Servicing Agreements (ACSAs), one bar per agreement from signature to entry into force. By 2025-12-19 Japan had signed ACSAs with 10 partners: 8 in force, 2 not yet (Netherlands and New Zealand). The first was with the United States, signed 1996-04-15 ...
    """
    _ = translate  # the catalogue tools find the _("...") texts below
    on = as_day(as_of)
    main, amendments, later = _acsa_rows(data, on)
    if main.empty:
        return _("No ACSA had been signed by {day}.").format(day=f"{on:%Y-%m-%d}")
    first = main.iloc[0]
    parts = [
        _("Timeline of Japan's Acquisition and Cross-Servicing Agreements (ACSAs), one bar per agreement "
          "from signature to entry into force."),
        _(_acsa_title(main, on)) + _("."),
        _("The first was with the {partner}, signed {signed} and in force {in_force}.").format(
            partner=_(first["partner"]), signed=first["signed"], in_force=when(first, "in_force")),
    ]  # fmt: skip
    replaced = main[main["state"] == "superseded"]
    approximate = main[(main["in_force_precision"].astype(str).isin(["month", "year"]))]
    for rows, lead, pattern, columns in (
        (replaced, _("Later replaced by new agreements: "), "{} {:%Y}", ("partner", "signed_start")),
        (amendments, _("{n} amendment(s) signed: ").format(n=len(amendments)), "{} {}", ("partner", "signed")),
        (approximate, _("Entry into force is known only to the month or year for "), _("{} ({})"), ("partner", "in_force")),
    ):  # fmt: skip
        if len(rows):
            parts.append(listing(lead, rows, pattern, *columns))
    recent = main[main["signed_start"].dt.year >= on.year - 1]
    parts.append(_("{recent} of the {total} agreements were signed in {last_year} or {year}.").format(
        recent=len(recent), total=len(main), last_year=on.year - 1, year=on.year))  # fmt: skip
    if len(later):
        lead = _("Not shown, signed after {day}: ").format(day=f"{on:%Y-%m-%d}")
        parts.append(listing(lead, later, _("{} ({})"), "partner", "signed"))
    return sentences(parts)
