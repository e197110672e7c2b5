"""Charts in one look for the whole course: each states its finding and has a text twin.

Every chart function takes its data (or loads the course's default table),
draws on the ``ax`` you give it or on a new 8 × 4.5 inch figure, and returns
the matplotlib :class:`~matplotlib.axes.Axes`. It never calls ``plt.show()``
and never touches ``matplotlib.rcParams``: fonts, colours and hatches are set
on the objects themselves. Colours come from the Okabe–Ito palette, and
colour never carries meaning alone: hatches, markers and labels do too, so a
chart survives a greyscale printer. The title states what the chart shows,
computed from the data; a source line sits under every chart.

Each ``chart()`` has a ``describe_chart()`` twin returning one paragraph of
plain text, computed from the same data, for screen readers and notebook prose.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .datasets import (
    EARTH_RADIUS_KM,
    KINDS,
    _as_timestamp,
    distances_from,
    load_agreements,
    load_milestones,
    network_as_of,
)
from .style import (
    CAPTION_SIZE,
    FIGSIZE,
    KIND_STYLE,
    LABEL_SIZE,
    NOTE_SIZE,
    OKABE_ITO,
    TICK_SIZE,
    TITLE_SIZE,
)
from .style import finish as _finish

__all__ = [
    "FIGSIZE",
    "OKABE_ITO",
    "SOURCE_AGREEMENTS",
    "SOURCE_MILESTONES",
    "SOURCE_PLACES",
    "SOURCE_QUOTES",
    "acsa_timeline",
    "agreement_matrix",
    "describe_acsa_timeline",
    "describe_agreement_matrix",
    "describe_distances_chart",
    "describe_milestones_timeline",
    "describe_partners_over_time",
    "describe_quotes_per_speaker",
    "describe_ratification_lag",
    "distances_chart",
    "milestones_timeline",
    "partners_over_time",
    "quotes_per_speaker",
    "ratification_lag",
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

_BLUE, _ORANGE, _GREEN = OKABE_ITO["blue"], OKABE_ITO["orange"], OKABE_ITO["bluish green"]
_SKY, _YELLOW, _VERMILLION = OKABE_ITO["sky blue"], OKABE_ITO["yellow"], OKABE_ITO["vermillion"]
_PURPLE, _BLACK = OKABE_ITO["reddish purple"], OKABE_ITO["black"]
_TITLE, _LABEL, _TICK, _NOTE, _CAPTION = TITLE_SIZE, LABEL_SIZE, TICK_SIZE, NOTE_SIZE, CAPTION_SIZE
_KIND_STYLE = KIND_STYLE  # colour, marker, line style, long name
_DAYS_PER_MONTH = 365.25 / 12


# --------------------------------------------------------------------------- shared look (see helpers.style)


def _axes(ax, figsize=FIGSIZE):
    """Return ``ax``, or the Axes of a new figure laid out so nothing is cut off."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # only when a figure is needed: importing helpers stays light

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _title(title: str | None, finding: str) -> str:
    """The caller's title when given, else the finding computed from the data.

    >>> _title(None, "A finding"), _title("My own title", "A finding")
    ('A finding', 'My own title')
    """
    return finding if title is None else str(title)


def _and(names: list[str]) -> str:
    """Join names the way a sentence does.

    >>> _and(["a"]), _and(["a", "b"]), _and(["a", "b", "c"])
    ('a', 'a and b', 'a, b and c')
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ...

    >>> [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date_axis(ax, step: int = 5) -> None:
    ax.xaxis.set_major_locator(mdates.YearLocator(step))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.YearLocator(1))


def _when(row: pd.Series, column: str) -> str:
    """A partial date as text, with what is unknown spelt out."""
    text = row[column]
    precision = row.get(f"{column}_precision")
    if precision == "month":
        return f"{text} (day unknown)"
    if precision == "year":
        return f"{text} (month and day unknown)"
    return text


def _agreements(data) -> pd.DataFrame:
    return load_agreements() if data is None else data


# --------------------------------------------------------------------------- ACSA timeline


def _acsa_rows(data, on: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """ACSA agreements signed by ``on`` with their state, their amendments, and ACSAs signed later."""
    df = _agreements(data)
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
        title += f", {len(pending)} not yet ({_and(pending)})"
    if unknown:
        title += f", {len(unknown)} of unknown status ({_and(unknown)})"
    return title


def acsa_timeline(
    data: pd.DataFrame | None = None,
    *,
    as_of=None,
    ax=None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
):
    """Japan's ACSAs as bars from signature to entry into force, one per agreement.

    Solid bar: signature to entry into force. Dotted box: entry into force
    somewhere in that month or year (day unknown). Hatched bar up to the
    dashed line: signed but not in force on ``as_of`` (default: the seed's
    date, 2025-12-19). Pale cross-hatched bar: later replaced. Diamonds:
    amendments.

    >>> from matplotlib.figure import Figure
    >>> ax = acsa_timeline(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    'By 2025-12-19 Japan had signed ACSAs with 10 partners: 8 in force, 2 not yet (Netherlands and New Zealand)'
    >>> [t.get_text() for t in ax.get_yticklabels()][-1]
    'New Zealand 2025'
    """
    on = _as_timestamp(as_of)
    main, amendments, _ = _acsa_rows(data, on)
    ax = _axes(ax)
    y_of: dict[str, int] = {}
    used: set[str] = set()  # which bar styles appear, for the legend
    widest: dict[str, pd.Timedelta] = {}  # the widest hatched bar of each style: a sliver is no mark
    for y, row in main.iterrows():
        y_of[row["id"]] = y
        start = row["signed_start"]
        state = row["state"]
        if state in ("in force", "superseded") or (
            state == "uncertain" and not pd.isna(row["in_force_start"]) and row["in_force_start"] <= on
        ):
            solid_end = max(start, row["in_force_start"])
            face, hatch = (_SKY, "xxx") if state == "superseded" else (_BLUE, None)
            ax.barh(
                y,
                solid_end - start,
                left=start,
                height=0.6,
                color=face,
                edgecolor=_BLUE,
                hatch=hatch,
                linewidth=0.8,
            )
            if str(row["in_force_precision"]) != "day":
                ax.barh(
                    y,
                    row["in_force_end"] - solid_end,
                    left=solid_end,
                    height=0.6,
                    color="white",
                    edgecolor=_BLUE,
                    hatch="....",
                    linewidth=0.8,
                )
            label = f"in force {row['in_force']}"
            if state == "superseded":
                new = main[main["supersedes"].fillna("").str.contains(row["id"], regex=False)]
                label = f"replaced {new['in_force'].iloc[0][:4]}" if len(new) else "replaced"
        else:
            known = state == "signed, not in force"
            ax.barh(
                y,
                on - start,
                left=start,
                height=0.6,
                color=_ORANGE if known else "white",
                edgecolor=_BLACK if known else _VERMILLION,
                hatch="////" if known else "\\\\\\",
                linewidth=0.8,
            )
            label = "pending" if known else "in force: unknown"
            widest[label] = max(widest.get(label, pd.Timedelta(0)), on - start)
        used.add(
            label
            if label in ("pending", "in force: unknown")
            else "replaced"
            if state == "superseded"
            else "solid"
        )
        if str(row["in_force_precision"]) in ("month", "year") and state != "superseded":
            used.add("partial")
        ax.plot(start, y, marker="o", markersize=5, color=_BLACK, linestyle="none")
        ax.annotate(
            label, xy=(1.01, y), xycoords=("axes fraction", "data"), va="center", ha="left", fontsize=_NOTE
        )
    for _, row in amendments.iterrows():
        y = y_of.get(row["amends"])
        if y is not None:
            ax.plot(
                row["signed_start"],
                y,
                marker="D",
                markersize=6,
                color="white",
                markeredgecolor=_BLACK,
                linestyle="none",
            )
    ax.axvline(on, color=_BLACK, linestyle="--", linewidth=1)
    ax.annotate(
        f"{on:%Y-%m-%d}", xy=(on, 1), xycoords=("data", "axes fraction"), xytext=(-3, -2),
        textcoords="offset points", ha="right", va="top", fontsize=_NOTE,
    )  # fmt: skip
    ax.set_yticks(
        range(len(main)), [f"{p} {s:%Y}" for p, s in zip(main["partner"], main["signed_start"], strict=True)]
    )
    ax.set_ylim(len(main) - 0.4, -0.6)
    first = main["signed_start"].min() if len(main) else on
    left, right = (
        pd.Timestamp(year=first.year - 1, month=1, day=1),
        pd.Timestamp(year=on.year + 1, month=12, day=31),
    )
    ax.set_xlim(left, right)
    _date_axis(ax)
    # A bar narrower than 1% of the axis cannot be seen: its swatch would explain nothing on the chart
    # (the label column says "pending" instead).
    used -= {style for style, width in widest.items() if width < (right - left) * 0.01}
    styles = {
        "solid": Patch(facecolor=_BLUE, edgecolor=_BLUE, label="signature → entry into force"),
        "partial": Patch(
            facecolor="white", edgecolor=_BLUE, hatch="....", label="in force within this month/year"
        ),
        "replaced": Patch(facecolor=_SKY, edgecolor=_BLUE, hatch="xxx", label="later replaced"),
        "pending": Patch(
            facecolor=_ORANGE, edgecolor=_BLACK, hatch="////", label=f"not in force on {on:%Y-%m-%d}"
        ),
        "in force: unknown": Patch(
            facecolor="white", edgecolor=_VERMILLION, hatch="\\\\\\", label="entry into force not known"
        ),
    }
    handles = [patch for key, patch in styles.items() if key in used]
    handles.append(Line2D([], [], marker="o", color=_BLACK, linestyle="none", label="signed"))
    if len(amendments):
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                color="white",
                markeredgecolor=_BLACK,
                linestyle="none",
                label="amendment signed",
            )
        )
    ax.legend(handles=handles, loc="lower left", fontsize=_NOTE, frameon=True, framealpha=0.95)
    _finish(ax, _title(title, _acsa_title(main, on)), "Year", "Partner and year signed", source)
    return ax


def describe_acsa_timeline(data: pd.DataFrame | None = None, *, as_of=None) -> str:
    """Text twin of :func:`acsa_timeline`.

    >>> print(describe_acsa_timeline())  # doctest: +ELLIPSIS
    Timeline of Japan's Acquisition and Cross-Servicing Agreements (ACSAs), one bar per agreement from signature to entry into force. By 2025-12-19 Japan had signed ACSAs with 10 partners: 8 in force, 2 not yet (Netherlands and New Zealand). The first was with the United States, signed 1996-04-15 ...
    """
    on = _as_timestamp(as_of)
    main, amendments, later = _acsa_rows(data, on)
    if main.empty:
        return f"No ACSA had been signed by {on:%Y-%m-%d}."
    first = main.iloc[0]
    parts = [
        "Timeline of Japan's Acquisition and Cross-Servicing Agreements (ACSAs), one bar per agreement "
        "from signature to entry into force.",
        _acsa_title(main, on) + ".",
        f"The first was with the {first['partner']}, signed {first['signed']} and in force {_when(first, 'in_force')}.",
    ]
    replaced = main[main["state"] == "superseded"]
    if len(replaced):
        parts.append(
            "Later replaced by new agreements: "
            + _and(
                [f"{p} {s:%Y}" for p, s in zip(replaced["partner"], replaced["signed_start"], strict=True)]
            )
            + "."
        )
    if len(amendments):
        parts.append(
            f"{len(amendments)} amendment(s) signed: "
            + _and([f"{p} {s}" for p, s in zip(amendments["partner"], amendments["signed"], strict=True)])
            + "."
        )
    approximate = main[(main["in_force_precision"].astype(str).isin(["month", "year"]))]
    if len(approximate):
        parts.append(
            "Entry into force is known only to the month or year for "
            + _and(
                [f"{p} ({d})" for p, d in zip(approximate["partner"], approximate["in_force"], strict=True)]
            )
            + "."
        )
    recent = main[main["signed_start"].dt.year >= on.year - 1]
    parts.append(f"{len(recent)} of the {len(main)} agreements were signed in {on.year - 1} or {on.year}.")
    if len(later):
        parts.append(
            "Not shown, signed after "
            + f"{on:%Y-%m-%d}: "
            + _and([f"{p} ({s})" for p, s in zip(later["partner"], later["signed"], strict=True)])
            + "."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- ratification lag


def _lags(data, kind: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Signature-to-entry-into-force lag of each agreement with a known date, and the ones without."""
    df = _agreements(data)
    if kind is not None:
        df = df[df["kind"] == kind]
    known = df[df["in_force_start"].notna()].copy()
    unknown = df[df["in_force_start"].isna()]
    lo = (known["in_force_start"] - known["signed_end"]).dt.days.clip(lower=0)
    hi = (known["in_force_end"] - known["signed_start"]).dt.days
    known["lag_min_months"] = lo / _DAYS_PER_MONTH
    known["lag_max_months"] = hi / _DAYS_PER_MONTH
    known["exact"] = (known["signed_precision"] == "day") & (known["in_force_precision"] == "day")
    known["label"] = [
        f"{p} {s:%Y}" + (" amendment" if i == "amendment" else "")
        for p, s, i in zip(known["partner"], known["signed_start"], known["instrument"], strict=True)
    ]
    known = known.sort_values(["lag_max_months", "label"], ascending=[False, True], kind="stable")
    return known.reset_index(drop=True), unknown


def _lag_title(known: pd.DataFrame, kind: str | None) -> str:
    what = f"Japan's {kind}s" if kind else "Japan's security agreements"
    exact = known[known["exact"]]
    if exact.empty:
        return f"{what}: no agreement has exact dates of signature and entry into force"
    median = exact["lag_max_months"].median()
    # The longest wait is the one whose *shortest possible* wait is longest, so
    # an agreement dated only to the month or year is not passed over.
    longest = known.sort_values(["lag_min_months", "label"], ascending=[False, True], kind="stable").iloc[0]
    wait = (
        f"{longest['lag_max_months']:.1f} months"
        if longest["exact"]
        else f"at least {longest['lag_min_months']:.1f} months"
    )
    where = "" if len(exact) == len(known) else " where both dates are known to the day"
    return (
        f"{what} took a median of {median:.1f} months from signature to entry into force{where} "
        f"(longest: {longest['label']}, {wait})"
    )


def ratification_lag(
    data: pd.DataFrame | None = None,
    *,
    kind: str | None = "ACSA",
    ax=None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
):
    """Months from signature to entry into force, one bar per agreement, longest first.

    Where a date is known only to the month or year, the solid bar shows the
    shortest possible wait and a dotted box the range it could have been.
    ``kind`` is ``"ACSA"``, ``"ISA"``, ``"RAA"`` or None for all.

    >>> from matplotlib.figure import Figure
    >>> ax = ratification_lag(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    "Japan's ACSAs took a median of 8.5 months from signature to entry into force where both dates are known to the day (longest: Australia 2010, 32.5 months)"
    >>> ax.get_xlabel()
    'Months from signature to entry into force'
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} — use one of: {', '.join(KINDS)}, or None for all")
    known, _ = _lags(data, kind)
    ax = _axes(ax, figsize=(FIGSIZE[0], max(FIGSIZE[1], 1.5 + 0.25 * len(known))))  # room for every row
    for y, row in known.iterrows():
        lo, hi = row["lag_min_months"], row["lag_max_months"]
        ax.barh(y, lo, height=0.6, color=_BLUE, edgecolor=_BLUE, linewidth=0.8)
        if not row["exact"]:
            ax.barh(
                y, hi - lo, left=lo, height=0.6, color="white", edgecolor=_BLUE, hatch="....", linewidth=0.8
            )
            text = f"≈ {lo:.1f}–{hi:.1f}" if hi - lo >= 0.05 else f"≈ {hi:.1f}"
        else:
            text = f"{hi:.1f}"
        # The values stand in a column right of the plot, where no bar and no median line can cross them.
        ax.annotate(text, xy=(1.01, y), xycoords=("axes fraction", "data"), va="center", ha="left",
                    fontsize=_NOTE)  # fmt: skip
    handles = [
        Patch(facecolor=_BLUE, edgecolor=_BLUE, label="known wait, or shortest possible"),
        Patch(
            facecolor="white",
            edgecolor=_BLUE,
            hatch="....",
            label="range: a date known only to month or year",
        ),
    ]
    exact = known[known["exact"]]
    if len(exact):
        median = exact["lag_max_months"].median()
        ax.axvline(median, color=_BLACK, linestyle="--", linewidth=1, zorder=1)
        handles.append(
            Line2D([], [], color=_BLACK, linestyle="--", label=f"median, exact dates only: {median:.1f}")
        )
    ax.set_yticks(range(len(known)), known["label"].tolist())
    ax.set_ylim(len(known) - 0.4, -0.6)
    ax.set_xlim(0, (known["lag_max_months"].max() if len(known) else 1) * 1.04)
    ax.legend(handles=handles, loc="lower right", fontsize=_NOTE, framealpha=0.95)
    _finish(
        ax,
        _title(title, _lag_title(known, kind)),
        "Months from signature to entry into force",
        "Agreement (partner, year signed)",
        source,
    )
    return ax


def describe_ratification_lag(data: pd.DataFrame | None = None, *, kind: str | None = "ACSA") -> str:
    """Text twin of :func:`ratification_lag`, with the reason for the wait.

    >>> print(describe_ratification_lag())  # doctest: +ELLIPSIS
    Bar chart of the months between signature and entry into force ... approved by the National Diet, ...
    """
    known, unknown = _lags(data, kind)
    parts = [
        "Bar chart of the months between signature and entry into force of each agreement, longest first.",
        _lag_title(known, kind) + ".",
    ]
    if len(known):
        fastest = known.iloc[-1]
        parts.append(
            f"The shortest wait was {fastest['label']} ({fastest['lag_min_months']:.1f} months at least)."
        )
    rough = known[~known["exact"]]
    if len(rough):
        parts.append(
            "Only a range is known where a date is partial: "
            + _and(
                [
                    f"{r['label']} {r['lag_min_months']:.1f} to {r['lag_max_months']:.1f} months"
                    for _, r in rough.iterrows()
                ]
            )
            + "."
        )
    if len(unknown):
        parts.append(
            "Not shown, with no date of entry into force: "
            + _and(
                [
                    f"{p} ({s}, {i})"
                    for p, s, i in zip(
                        unknown["partner"], unknown["signed"], unknown["in_force"], strict=True
                    )
                ]
            )
            + "."
        )
    parts.append(
        "Why the wait: in Japan such agreements are treaties that must be approved by the National Diet, "
        "and some need changes to domestic law, before the two governments exchange diplomatic notes that bring "
        "them into force; the first Australian ACSA, for example, was approved by the Diet in April 2011 and "
        "entered into force in January 2013."
    )
    return " ".join(parts)


# --------------------------------------------------------------------------- partners over time


def _first_signatures(data, on: pd.Timestamp) -> pd.DataFrame:
    df = _agreements(data)
    df = df[df["signed_start"] <= on]
    first = df.groupby(["kind", "partner"], observed=True)["signed_start"].min().reset_index()
    return first.sort_values(["kind", "signed_start", "partner"], kind="stable").reset_index(drop=True)


def _partners_title(first: pd.DataFrame, split_year: int) -> str:
    recent = int((first["signed_start"].dt.year > split_year).sum())
    return f"{recent} of Japan's {len(first)} security-agreement partnerships were first signed after {split_year}"


def partners_over_time(
    data: pd.DataFrame | None = None,
    *,
    as_of=None,
    split_year: int = 2015,
    ax=None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
):
    """Cumulative number of partners for each kind of agreement, by date of first signature.

    A step line per kind (distinct colour, line style and marker), each
    labelled at its end; a dotted line marks ``split_year`` (2015: Japan's
    Peace and Security Legislation was enacted that September).

    >>> from matplotlib.figure import Figure
    >>> ax = partners_over_time(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    "17 of Japan's 25 security-agreement partnerships were first signed after 2015"
    >>> [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    ['ACSA (supplies and services)', 'ISA (classified information)', 'RAA (visiting forces)']
    """
    on = _as_timestamp(as_of)
    first = _first_signatures(data, on)
    ax = _axes(ax)
    for kind in KINDS:
        dates = first.loc[first["kind"] == kind, "signed_start"].tolist()
        if not dates:
            continue
        colour, marker, style, name = _KIND_STYLE[kind]
        counts = list(range(1, len(dates) + 1))
        ax.step(
            [*dates, on],
            [*counts, counts[-1]],
            where="post",
            color=colour,
            linestyle=style,
            linewidth=2,
            label=name,
        )
        ax.plot(
            dates,
            counts,
            marker=marker,
            color=colour,
            markersize=6,
            linestyle="none",
            markeredgecolor=_BLACK,
            markeredgewidth=0.5,
        )
        ax.annotate(f"{kind} {counts[-1]}", xy=(on, counts[-1]), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=_NOTE, color=_BLACK, fontweight="bold")  # fmt: skip
    split = pd.Timestamp(year=split_year, month=12, day=31)
    ax.axvline(split, color="#555555", linestyle=(0, (1, 2)), linewidth=1.2)
    ax.annotate(f"end of {split_year}", xy=(split, 1), xycoords=("data", "axes fraction"), xytext=(-3, -2),
                textcoords="offset points", ha="right", va="top", fontsize=_NOTE)  # fmt: skip
    start = first["signed_start"].min() if len(first) else on
    ax.set_xlim(
        pd.Timestamp(year=start.year - 1, month=1, day=1), pd.Timestamp(year=on.year + 2, month=12, day=31)
    )
    ax.set_ylim(0, None)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _date_axis(ax)
    handles = [
        Line2D([], [], color=_KIND_STYLE[k][0], linestyle=_KIND_STYLE[k][2], marker=_KIND_STYLE[k][1],
               markeredgecolor=_BLACK, markeredgewidth=0.5, linewidth=2, label=_KIND_STYLE[k][3])
        for k in KINDS
    ]  # fmt: skip
    ax.legend(handles=handles, loc="upper left", fontsize=_NOTE, framealpha=0.95)
    _finish(
        ax, _title(title, _partners_title(first, split_year)), "Year of first signature",
        "Partners (cumulative count)", source, grid_axis="y",
    )  # fmt: skip
    return ax


def describe_partners_over_time(
    data: pd.DataFrame | None = None, *, as_of=None, split_year: int = 2015
) -> str:
    """Text twin of :func:`partners_over_time`.

    >>> print(describe_partners_over_time())  # doctest: +ELLIPSIS
    Step chart of the cumulative number of Japan's partners ... ACSA: 10 partners, the first (United States) in 1996, ...
    """
    on = _as_timestamp(as_of)
    first = _first_signatures(data, on)
    parts = [
        "Step chart of the cumulative number of Japan's partners for each kind of security agreement, "
        f"counted by the date each partner first signed one, up to {on:%Y-%m-%d}.",
        _partners_title(first, split_year) + ".",
        "Each partner is counted once per kind.",
    ]
    for kind in KINDS:
        rows = first[first["kind"] == kind]
        if rows.empty:
            continue
        head = rows.iloc[0]
        after = int((rows["signed_start"].dt.year > split_year).sum())
        parts.append(
            f"{kind}: {len(rows)} partners, the first ({head['partner']}) in {head['signed_start']:%Y}, "
            f"{after} of them after {split_year}."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- agreement matrix

_CELL = {  # state -> face colour, hatch
    "in force": (_SKY, None),
    "signed, not in force": (_YELLOW, "///"),
    "uncertain": (_YELLOW, "..."),
}


def _matrix(data, on: pd.Timestamp) -> pd.DataFrame:
    """Partner × kind table of (state, text) as of ``on``, partners sorted by agreements in force."""
    net = network_as_of(on, _agreements(data))
    # Since when the partner has had an agreement of this kind in force: a
    # replaced agreement counts (its successor took over from it).
    was_in_force = net[net["state"].isin(["in force", "superseded"])]
    since = (
        was_in_force.assign(year=was_in_force["in_force"].str[:4]).groupby(["partner", "kind"])["year"].min()
    )
    net = net[net["state"] != "superseded"]
    rank = {"in force": 0, "signed, not in force": 1, "uncertain": 2}
    cells: dict[str, dict[str, tuple[str, str]]] = {}
    for _, row in net.iterrows():
        state = str(row["state"])
        if state == "in force":
            text = f"✓ {since[(row['partner'], row['kind'])]}"
        elif state == "signed, not in force":
            text = f"signed {row['signed'][:4]}"
        else:
            text = f"signed {row['signed'][:4]}*"
        current = cells.setdefault(row["partner"], {}).get(row["kind"])
        if current is None or rank[state] < rank[current[0]]:
            cells[row["partner"]][row["kind"]] = (state, text)
    first_signed = net.groupby("partner")["signed"].min()
    order = sorted(
        cells,
        key=lambda p: (
            -sum(s == "in force" for s, _ in cells[p].values()),
            -len(cells[p]),
            first_signed[p],
            p,
        ),
    )
    return pd.DataFrame([[cells[p].get(k) for k in KINDS] for p in order], index=order, columns=list(KINDS))


def _matrix_title(matrix: pd.DataFrame, on: pd.Timestamp) -> str:
    full = [p for p, row in matrix.iterrows() if all(c is not None and c[0] == "in force" for c in row)]
    if not full:
        return f"On {on:%Y-%m-%d} no partner had all three kinds of agreement with Japan in force"
    verb = "was" if len(full) == 1 else "were"
    return (
        f"On {on:%Y-%m-%d} {_and(full)} {verb} the only partners with all three kinds of agreement in force"
    )


def agreement_matrix(
    data: pd.DataFrame | None = None,
    *,
    as_of=None,
    ax=None,
    source: str = SOURCE_AGREEMENTS,
    highlight: str = "New Zealand",
    title: str | None = None,
):
    """Partner × kind grid: who has an ACSA, an ISA or an RAA with Japan on ``as_of``.

    Each cell says it in text (``✓ 1996`` = an agreement of that kind in
    force since that year, counting one it replaced, as the 2016 US ACSA
    replaced the 1996 one;
    ``signed 2025`` = signed, not yet in force; ``*`` = entry into force not
    verified; ``–`` = none), with fill and hatch as a second cue.

    >>> from matplotlib.figure import Figure
    >>> ax = agreement_matrix(ax=Figure(figsize=(8, 5.6)).subplots())
    >>> ax.get_title().replace("\\n", " ")
    'On 2025-12-19 Australia and United Kingdom were the only partners with all three kinds of agreement in force'
    >>> sorted({t.get_text() for t in ax.texts if t.get_text().startswith("signed")})
    ['signed 2024*', 'signed 2025', 'signed 2025*']
    """
    on = _as_timestamp(as_of)
    matrix = _matrix(data, on)
    ax = _axes(ax, figsize=(8.0, 5.6))
    for y, (_, row) in enumerate(matrix.iterrows()):
        for x, cell in enumerate(row):
            if cell is None:
                ax.add_patch(
                    Rectangle(
                        (x - 0.5, y - 0.5),
                        1,
                        1,
                        facecolor="white",
                        edgecolor="#bbbbbb",
                        linewidth=0.8,
                        clip_on=False,
                    )
                )
                ax.text(x, y, "–", ha="center", va="center", fontsize=_TICK, color="#777777")
                continue
            state, text = cell
            face, hatch = _CELL[state]
            ax.add_patch(
                Rectangle(
                    (x - 0.5, y - 0.5),
                    1,
                    1,
                    facecolor=face,
                    edgecolor="#888888",
                    hatch=hatch,
                    linewidth=0.8,
                    clip_on=False,  # the outer borders sit on the Axes' edge: clipped, half of each would go
                )
            )
            ax.text(
                x, y, text, ha="center", va="center", fontsize=_TICK, fontweight="bold" if state == "in force" else "normal",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            )  # fmt: skip
    ax.set_xlim(-0.5, len(KINDS) - 0.5)
    ax.set_ylim(len(matrix) - 0.5, -0.5)
    ax.set_xticks(range(len(KINDS)), [_KIND_STYLE[k][3].replace(" (", "\n(") for k in KINDS])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(matrix)), [f"▶ {p}" if p == highlight else p for p in matrix.index])
    for label in ax.get_yticklabels():
        if label.get_text().startswith("▶"):
            label.set_fontweight("bold")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    _finish(
        ax,
        _title(title, _matrix_title(matrix, on)),
        "✓ year = in force since that year (counting an agreement it replaced)\n"
        f"signed year = signed, not in force on {on:%Y-%m-%d} · * = entry into force not verified · – = none",
        "Partner",
        source,
        grid_axis=None,
    )
    ax.xaxis.label.set_fontsize(_NOTE)
    return ax


def describe_agreement_matrix(data: pd.DataFrame | None = None, *, as_of=None) -> str:
    """Text twin of :func:`agreement_matrix`.

    >>> print(describe_agreement_matrix())  # doctest: +ELLIPSIS
    Grid of Japan's 14 agreement partners against three kinds of agreement ... New Zealand: ACSA signed 2025, not in force; ISA signed 2025, not in force; no RAA. ...
    """
    on = _as_timestamp(as_of)
    matrix = _matrix(data, on)
    words = {
        "in force": "in force since {y}",
        "signed, not in force": "signed {y}, not in force",
        "uncertain": "signed {y}, in force not verified",
    }
    rows = []
    for partner, row in matrix.iterrows():
        items = []
        for kind, cell in row.items():
            if cell is None:
                items.append(f"no {kind}")
            else:
                year = cell[1].split()[-1].rstrip("*")
                items.append(f"{kind} " + words[cell[0]].format(y=year))
        rows.append(f"{partner}: " + "; ".join(items) + ".")
    return " ".join(
        [
            f"Grid of Japan's {len(matrix)} agreement partners against three kinds of agreement "
            f"(ACSA, ISA, RAA), as of {on:%Y-%m-%d}.",
            _matrix_title(matrix, on) + ".",
            *rows,
        ]
    )


# --------------------------------------------------------------------------- distances


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
        f"the {_ordinal(rank)} nearest of Japan's {len(d)} partners"
    )


def distances_chart(
    data: pd.DataFrame | None = None,
    *,
    place: str = "Tokyo",
    highlight: str = "New Zealand",
    ax=None,
    source: str = SOURCE_PLACES,
    title: str | None = None,
):
    """Great-circle distance from ``place`` to each partner's capital, nearest at the top.

    ``data`` is a table like :func:`~helpers.datasets.distances_from` returns;
    the ``highlight`` partner's bar is hatched and marked.

    >>> from matplotlib.figure import Figure
    >>> ax = distances_chart(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    "Wellington is 9,276 km from Tokyo, the 7th nearest of Japan's 14 partners"
    >>> len(ax.patches), ax.get_yticklabels()[0].get_text()
    (14, 'Seoul (South Korea)')
    """
    d = _distances(data, place)
    ax = _axes(ax)
    for y, row in d.iterrows():
        hit = row["partner"] == highlight
        ax.barh(
            y, row["distance_km"], height=0.65, color=_VERMILLION if hit else _BLUE,
            edgecolor=_BLACK if hit else _BLUE, hatch="//" if hit else None, linewidth=0.8,
        )  # fmt: skip
        ax.annotate(
            f"{row['distance_km']:,.0f} km" + ("  ◀ in the article" if hit else ""),
            xy=(row["distance_km"], y), xytext=(3, 0), textcoords="offset points", va="center",
            fontsize=_NOTE, fontweight="bold" if hit else "normal",
        )  # fmt: skip
    labels = [f"{p} ({q})" if p != q else p for p, q in zip(d["place"], d["partner"], strict=True)]
    ax.set_yticks(range(len(d)), labels)
    for label, partner in zip(ax.get_yticklabels(), d["partner"], strict=True):
        if partner == highlight:
            label.set_fontweight("bold")
    ax.set_ylim(len(d) - 0.4, -0.6)
    ax.set_xlim(0, d["distance_km"].max() * 1.36)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    _finish(
        ax,
        _title(title, _distance_title(d, place, highlight)),
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
    return " ".join(
        [
            f"Bar chart of great-circle distances from {place} to the capitals (or seats of government) "
            f"of Japan's {len(d)} agreement partners, "
            f"on a sphere of radius {EARTH_RADIUS_KM:,} km.",
            _distance_title(d, place, highlight) + ".",
            f"The nearest is {near['place']} ({near['partner']}, {near['distance_km']:,.0f} km), "
            f"the farthest {far['place']} ({far['partner']}, {far['distance_km']:,.0f} km).",
            "In order: "
            + "; ".join(f"{p} {k:,.0f} km" for p, k in zip(d["place"], d["distance_km"], strict=True))
            + ".",
        ]
    )


# --------------------------------------------------------------------------- quotations per speaker


_NO_SPEAKER = "(no speaker found)"


def _quote_counts(frame: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in ("speaker", "kind") if c not in frame.columns]
    if missing:
        raise ValueError(
            f"the quotations table has no {' or '.join(repr(c) for c in missing)} column — "
            "pass a table with one row per quotation and columns 'speaker' and 'kind' ('full' or 'partial')"
        )
    kinds = frame["kind"].astype("string")
    bad = sorted(set(kinds.dropna()) - {"full", "partial"}) + (["<missing>"] if kinds.isna().any() else [])
    if bad:
        raise ValueError(f"unknown quotation kind {bad[0]!r} — use 'full' or 'partial'")
    if frame.empty:
        raise ValueError("no quotations to chart — the table is empty; check the article was parsed")
    if "parent" in frame.columns:  # a quote nested inside another is part of it, not a new quotation
        frame = frame[frame["parent"].isna()]
        kinds = frame["kind"].astype("string")
    speakers = frame["speaker"].astype("string").str.strip().replace("", pd.NA).fillna(_NO_SPEAKER)
    counts = pd.crosstab(speakers, kinds).reindex(columns=["full", "partial"], fill_value=0)
    counts["total"] = counts["full"] + counts["partial"]
    counts = counts.reset_index(names="speaker")
    counts["_unattributed"] = counts["speaker"] == _NO_SPEAKER  # ties: named speakers first
    counts = counts.sort_values(
        ["total", "_unattributed", "speaker"], ascending=[False, True, True], kind="stable"
    )
    return counts.drop(columns="_unattributed").reset_index(drop=True)


def _quotes_title(counts: pd.DataFrame) -> str:
    total = int(counts["total"].sum())
    named = counts[counts["speaker"] != _NO_SPEAKER]
    if named.empty:
        return f"No speaker was found for any of the article's {total} quotations"
    top = named[named["total"] == named["total"].max()]
    n = int(top["total"].iloc[0])
    if len(top) == 1:
        return f"{top['speaker'].iloc[0]} is quoted most: {n} of the article's {total} quotations"
    return f"{_and(top['speaker'].tolist())} are quoted most, {n} each, of the article's {total} quotations"


def quotes_per_speaker(
    frame: pd.DataFrame, *, ax=None, source: str = SOURCE_QUOTES, title: str | None = None
):
    """Quotations per speaker, full and partial stacked, most quoted at the top.

    ``frame`` has one row per quotation with at least ``speaker`` and
    ``kind`` (``"full"`` or ``"partial"``) columns, as
    :func:`helpers.frames.quotes_frame` returns; an empty or missing speaker
    is counted as "(no speaker found)". When the table has a ``parent``
    column (as ``quotes_frame`` gives), quotations nested inside another one
    are not counted again: they are part of the quotation around them.

    >>> quotes = pd.DataFrame({"speaker": ["Collins", "Collins", "Peters", "MOFA"],
    ...                        "kind": ["full", "full", "full", "partial"]})
    >>> from matplotlib.figure import Figure
    >>> ax = quotes_per_speaker(quotes, ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " "), len(ax.patches)
    ("Collins is quoted most: 2 of the article's 4 quotations", 6)
    >>> quotes_per_speaker(quotes.rename(columns={"kind": "type"}))
    Traceback (most recent call last):
    ...
    ValueError: the quotations table has no 'kind' column — pass a table with one row per quotation and columns 'speaker' and 'kind' ('full' or 'partial')
    """
    counts = _quote_counts(frame)
    ax = _axes(ax)
    y = list(range(len(counts)))
    ax.barh(
        y, counts["full"], height=0.6, color=_BLUE, edgecolor=_BLUE, linewidth=0.8, label="full quotation"
    )
    ax.barh(y, counts["partial"], left=counts["full"], height=0.6, color=_ORANGE, edgecolor=_BLACK, hatch="///",
            linewidth=0.8, label="partial quotation")  # fmt: skip
    for i, row in counts.iterrows():
        ax.annotate(
            f"{row['total']} ({row['full']} full, {row['partial']} partial)", xy=(row["total"], i), xytext=(4, 0),
            textcoords="offset points", va="center", fontsize=_NOTE,
        )  # fmt: skip
    ax.set_yticks(y, counts["speaker"].tolist())
    ax.set_ylim(len(counts) - 0.4, -0.6)
    ax.set_xlim(0, counts["total"].max() * 1.6 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right", fontsize=_NOTE, framealpha=0.95)
    _finish(ax, _title(title, _quotes_title(counts)), "Quotations (count)", "Speaker", source)
    return ax


def describe_quotes_per_speaker(frame: pd.DataFrame) -> str:
    """Text twin of :func:`quotes_per_speaker`.

    >>> quotes = pd.DataFrame({"speaker": ["Collins", "Peters"], "kind": ["full", "partial"]})
    >>> describe_quotes_per_speaker(quotes)
    "Bar chart of quotations per speaker, full and partial stacked. Collins and Peters are quoted most, 1 each, of the article's 2 quotations. Collins: 1 full, 0 partial. Peters: 0 full, 1 partial."
    """
    counts = _quote_counts(frame)
    rows = [f"{r['speaker']}: {r['full']} full, {r['partial']} partial." for _, r in counts.iterrows()]
    return " ".join(
        ["Bar chart of quotations per speaker, full and partial stacked.", _quotes_title(counts) + ".", *rows]
    )


# --------------------------------------------------------------------------- Japan–New Zealand milestones

_TRACK_STYLE = {  # marker, colour
    "ACSA": ("o", _BLUE),
    "ISA": ("s", _ORANGE),
    "ACSA and ISA": ("*", _PURPLE),
    "NZ defence policy": ("D", _GREEN),
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
    data: pd.DataFrame | None = None, *, ax=None, source: str = SOURCE_MILESTONES, title: str | None = None
):
    """The Japan–New Zealand milestones on a time line, each with its date and a short label.

    Markers differ by track (ACSA, ISA, both, New Zealand defence policy); a
    hollow marker and "≈" flag a date known only to the month or year.

    >>> from matplotlib.figure import Figure
    >>> ax = milestones_timeline(ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " ")
    '11.5 years from “Leaders agree to study an ACSA” (2014-07-07) to “ACSA and ISA signed” (2025-12-19)'
    >>> sum(t.get_text().startswith("≈") for t in ax.texts)
    1
    """
    ms = load_milestones() if data is None else data
    ax = _axes(ax)
    ax.axhline(0, color=_BLACK, linewidth=1.2, zorder=1)
    start, end = ms["date_start"].min(), ms["date_end"].max()
    span = end - start
    for i, row in ms.reset_index(drop=True).iterrows():
        x = row["date_start"] + (row["date_end"] - row["date_start"]) / 2
        level = _LEVELS[i % len(_LEVELS)]
        marker, colour = _TRACK_STYLE[str(row["track"])]
        exact = row["date_precision"] == "day"
        ax.vlines(x, 0, level, color="#777777", linewidth=0.8, zorder=1)
        ax.plot(x, 0, marker=marker, markersize=11 if marker == "*" else 8, color=colour if exact else "white",
                markeredgecolor=colour if not exact else _BLACK, markeredgewidth=1.5 if not exact else 0.6,
                linestyle="none", zorder=3)  # fmt: skip
        right_side = (x - start) > span * 0.62
        text = ("" if exact else "≈ ") + f"{row['date']}\n{row['label']}"
        ax.annotate(
            text, xy=(x, level), xytext=(-4 if right_side else 4, 0), textcoords="offset points",
            ha="right" if right_side else "left", va="bottom" if level > 0 else "top", fontsize=_NOTE,
        )  # fmt: skip
    ax.set_ylim(-3.9, 3.9)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlim(
        pd.Timestamp(year=start.year - 1, month=1, day=1), pd.Timestamp(year=end.year + 1, month=6, day=30)
    )
    _date_axis(ax, step=2)
    handles = [
        Line2D([], [], marker=m, color=c, markeredgecolor=_BLACK, markeredgewidth=0.6, markersize=11 if m == "*" else 8,
               linestyle="none", label=track)
        for track, (m, c) in _TRACK_STYLE.items()
        if (ms["track"].astype(str) == track).any()
    ]  # fmt: skip
    handles.append(
        Line2D(
            [], [], marker="o", color="white", markeredgecolor=_BLACK, linestyle="none", label="≈ month only"
        )
    )
    ax.legend(handles=handles, loc="lower left", fontsize=_NOTE, framealpha=0.95)
    _finish(ax, _title(title, _milestones_title(ms)), "Year", "", source, grid_axis=None)
    return ax


def describe_milestones_timeline(data: pd.DataFrame | None = None) -> str:
    """Text twin of :func:`milestones_timeline`.

    >>> print(describe_milestones_timeline())  # doctest: +ELLIPSIS
    Time line of 7 milestones in Japan–New Zealand security cooperation. 11.5 years from ... 2014-07-07 (ACSA): ...
    """
    ms = load_milestones() if data is None else data
    items = [
        f"{'about ' if r['date_precision'] != 'day' else ''}{r['date']} ({r['track']}): {r['event']}"
        for _, r in ms.iterrows()
    ]
    return " ".join(
        [
            f"Time line of {len(ms)} milestones in Japan–New Zealand security cooperation.",
            _milestones_title(ms) + ".",
            *items,
        ]
    )
