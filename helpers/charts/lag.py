"""The ratification lag: months from signature to entry into force, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..datasets import AGREEMENT_KINDS
from ..i18n import tr as _
from ..style import BLACK, BLUE, FIGSIZE, HATCHES, NOTE_SIZE, WHITE, finish
from .common import (
    DAYS_PER_MONTH,
    SOURCE_AGREEMENTS,
    agreements_or_default,
    listing,
    new_axes,
    sentences,
    title_or,
)

__all__ = ["describe_ratification_lag", "ratification_lag"]


def _lags(data, kind: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Signature-to-entry-into-force lag of each agreement with a known date, and the ones without."""
    df = agreements_or_default(data)
    if kind is not None:
        df = df[df["kind"] == kind]
    known = df[df["in_force_start"].notna()].copy()
    unknown = df[df["in_force_start"].isna()]
    lo = (known["in_force_start"] - known["signed_end"]).dt.days.clip(lower=0)
    hi = (known["in_force_end"] - known["signed_start"]).dt.days
    known["lag_min_months"] = lo / DAYS_PER_MONTH
    known["lag_max_months"] = hi / DAYS_PER_MONTH
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


def _lag_bars(ax, known: pd.DataFrame) -> None:
    """A solid bar per agreement (its known or shortest wait), a dotted box for the range, the value."""
    for y, row in known.iterrows():
        lo, hi = row["lag_min_months"], row["lag_max_months"]
        ax.barh(y, lo, height=0.6, color=BLUE, edgecolor=BLUE, linewidth=0.8)
        if not row["exact"]:
            ax.barh(y, hi - lo, left=lo, height=0.6, color=WHITE, edgecolor=BLUE, hatch=HATCHES["partial date"],
                    linewidth=0.8)  # fmt: skip
            text = f"≈ {lo:.1f}–{hi:.1f}" if hi - lo >= 0.05 else f"≈ {hi:.1f}"
        else:
            text = f"{hi:.1f}"
        # The values stand in a column right of the plot, where no bar and no median line can cross them.
        ax.annotate(text, xy=(1.01, y), xycoords=("axes fraction", "data"), va="center", ha="left",
                    fontsize=NOTE_SIZE)  # fmt: skip


def _median_and_legend(ax, known: pd.DataFrame) -> None:
    """The median of the exact waits as a dashed line, and the legend."""
    handles: list[Artist] = [
        Patch(facecolor=BLUE, edgecolor=BLUE, label="known wait, or shortest possible"),
        Patch(
            facecolor=WHITE,
            edgecolor=BLUE,
            hatch=HATCHES["partial date"],
            label="range: a date known only to month or year",
        ),
    ]
    exact = known[known["exact"]]
    if len(exact):
        median = exact["lag_max_months"].median()
        ax.axvline(median, color=BLACK, linestyle="--", linewidth=1, zorder=1)
        handles.append(
            Line2D([], [], color=BLACK, linestyle="--", label=f"median, exact dates only: {median:.1f}")
        )
    ax.set_yticks(range(len(known)), known["label"].tolist())
    ax.set_ylim(len(known) - 0.4, -0.6)
    ax.set_xlim(0, (known["lag_max_months"].max() if len(known) else 1) * 1.04)
    ax.legend(handles=handles, loc="lower right", fontsize=NOTE_SIZE, framealpha=0.95)


def ratification_lag(
    data: pd.DataFrame | None = None,
    *,
    kind: str | None = "ACSA",
    ax: Axes | None = None,
    source: str = SOURCE_AGREEMENTS,
    title: str | None = None,
) -> Axes:
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
    if kind is not None and kind not in AGREEMENT_KINDS:
        raise ValueError(f"unknown kind {kind!r} — use one of: {', '.join(AGREEMENT_KINDS)}, or None for all")
    known, _ = _lags(data, kind)
    ax = new_axes(ax, figsize=(FIGSIZE[0], max(FIGSIZE[1], 1.5 + 0.25 * len(known))))  # room for every row
    _lag_bars(ax, known)
    _median_and_legend(ax, known)
    finish(
        ax,
        title_or(title, _lag_title(known, kind)),
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
        _("Bar chart of the months between signature and entry into force of each agreement, longest first."),
        _(_lag_title(known, kind)) + _("."),
    ]
    if len(known):
        fastest = known.iloc[-1]
        parts.append(_("The shortest wait was {label} ({months:.1f} months at least).").format(
            label=_(fastest["label"]), months=fastest["lag_min_months"]))  # fmt: skip
    rough = known[~known["exact"]]
    if len(rough):
        parts.append(listing(_("Only a range is known where a date is partial: "), rough,
                             _("{} {:.1f} to {:.1f} months"), "label", "lag_min_months", "lag_max_months"))  # fmt: skip
    if len(unknown):
        parts.append(listing(_("Not shown, with no date of entry into force: "), unknown, _("{} ({}, {})"),
                             "partner", "signed", "in_force"))  # fmt: skip
    parts.append(_(
        "Why the wait: in Japan such agreements are treaties that must be approved by the National Diet, "
        "and some need changes to domestic law, before the two governments exchange diplomatic notes that bring "
        "them into force; the first Australian ACSA, for example, was approved by the Diet in April 2011 and "
        "entered into force in January 2013."
    ))
    return sentences(parts)
