"""Quotations per speaker, full and partial stacked, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ..i18n import tr as _
from ..style import BLACK, BLUE, HATCHES, NOTE_SIZE, ORANGE, finish
from .common import SOURCE_QUOTES, and_join, joined, new_axes, sentences, title_or

__all__ = ["describe_quotes_per_speaker", "quotes_per_speaker"]


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
    return (
        f"{and_join(top['speaker'].tolist())} are quoted most, {n} each, of the article's {total} quotations"
    )


def quotes_per_speaker(
    frame: pd.DataFrame, *, ax: Axes | None = None, source: str = SOURCE_QUOTES, title: str | None = None
) -> Axes:
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
    >>> from helpers.style import FIGSIZE
    >>> ax = quotes_per_speaker(quotes, ax=Figure(figsize=FIGSIZE).subplots())
    >>> ax.get_title().replace("\\n", " "), len(ax.patches)
    ("Collins is quoted most: 2 of the article's 4 quotations", 6)
    >>> quotes_per_speaker(quotes.rename(columns={"kind": "type"}))
    Traceback (most recent call last):
    ...
    ValueError: the quotations table has no 'kind' column — pass a table with one row per quotation and columns 'speaker' and 'kind' ('full' or 'partial')
    """
    counts = _quote_counts(frame)
    ax = new_axes(ax)
    y = list(range(len(counts)))
    ax.barh(y, counts["full"], height=0.6, color=BLUE, edgecolor=BLUE, linewidth=0.8, label="full quotation")
    ax.barh(y, counts["partial"], left=counts["full"], height=0.6, color=ORANGE, edgecolor=BLACK, hatch=HATCHES["partial quotation"],
            linewidth=0.8, label="partial quotation")  # fmt: skip
    for i, row in counts.iterrows():
        ax.annotate(
            f"{row['total']} ({row['full']} full, {row['partial']} partial)", xy=(row["total"], i), xytext=(4, 0),
            textcoords="offset points", va="center", fontsize=NOTE_SIZE,
        )  # fmt: skip
    ax.set_yticks(y, counts["speaker"].tolist())
    ax.set_ylim(len(counts) - 0.4, -0.6)
    ax.set_xlim(0, counts["total"].max() * 1.6 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right", fontsize=NOTE_SIZE, framealpha=0.95)
    finish(ax, title_or(title, _quotes_title(counts)), "Quotations (count)", "Speaker", source)
    return ax


def describe_quotes_per_speaker(frame: pd.DataFrame) -> str:
    """Text twin of :func:`quotes_per_speaker`.

    >>> quotes = pd.DataFrame({"speaker": ["Collins", "Peters"], "kind": ["full", "partial"]})
    >>> describe_quotes_per_speaker(quotes)
    "Bar chart of quotations per speaker, full and partial stacked. Collins and Peters are quoted most, 1 each, of the article's 2 quotations. Collins: 1 full, 0 partial. Peters: 0 full, 1 partial."
    """
    counts = _quote_counts(frame)
    rows = [_("{speaker}: {full} full, {partial} partial.").format(speaker=_(r["speaker"]) if r["speaker"] == _NO_SPEAKER else r["speaker"], full=r["full"], partial=r["partial"])
            for _i, r in counts.iterrows()]  # fmt: skip
    return sentences([_("Bar chart of quotations per speaker, full and partial stacked."), _quotes_sentence(counts), *rows])


def _quotes_sentence(counts: pd.DataFrame) -> str:
    """The chart's finding (its title) as a sentence of the current language, for any article."""
    total = int(counts["total"].sum())
    named = counts[counts["speaker"] != _NO_SPEAKER]
    if named.empty:
        return _("No speaker was found for any of the article's {total} quotations.").format(total=total)
    top = named[named["total"] == named["total"].max()]
    n = int(top["total"].iloc[0])
    if len(top) == 1:
        return _("{speaker} is quoted most: {n} of the article's {total} quotations.").format(
            speaker=top["speaker"].iloc[0], n=n, total=total)  # fmt: skip
    return _("{speakers} are quoted most, {n} each, of the article's {total} quotations.").format(
        speakers=joined(top["speaker"].tolist()), n=n, total=total)  # fmt: skip
