"""The agreement matrix: partner × kind of agreement on a date, and its text twin."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from ..datasets import AGREEMENT_KINDS, DayLike, network_as_of
from ..i18n import N_
from ..i18n import tr as translate
from ..style import (
    GREY_BORDER,
    GREY_EDGE,
    GREY_LEADER,
    HATCHES,
    KIND_STYLE,
    NOTE_SIZE,
    SKY,
    TICK_SIZE,
    WHITE,
    YELLOW,
    finish,
)
from .common import SOURCE_AGREEMENTS, agreements_or_default, and_join, as_day, new_axes, sentences, title_or

__all__ = ["agreement_matrix", "describe_agreement_matrix"]


_CELL = {  # state -> face colour, hatch
    "in force": (SKY, None),
    "signed, not in force": (YELLOW, HATCHES["signed"]),
    "uncertain": (YELLOW, HATCHES["unverified"]),
}


def _matrix(data, on: pd.Timestamp) -> pd.DataFrame:
    """Partner × kind table of (state, text) as of ``on``, partners sorted by agreements in force."""
    net = network_as_of(on, agreements_or_default(data))
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
    return pd.DataFrame([[cells[p].get(k) for k in AGREEMENT_KINDS] for p in order], index=order, columns=list(AGREEMENT_KINDS))


def _matrix_title(matrix: pd.DataFrame, on: pd.Timestamp) -> str:
    full = [p for p, row in matrix.iterrows() if all(c is not None and c[0] == "in force" for c in row)]
    if not full:
        return f"On {on:%Y-%m-%d} no partner had all three kinds of agreement with Japan in force"
    verb = "was" if len(full) == 1 else "were"
    return f"On {on:%Y-%m-%d} {and_join(full)} {verb} the only partners with all three kinds of agreement in force"


def _cell(ax, x: int, y: int, cell: tuple[str, str] | None) -> None:
    """One cell: its square (fill and hatch by state) and its text, "–" where there is no agreement."""
    # clip_on=False: the outer borders sit on the Axes' edge; clipped, half of each would go.
    if cell is None:
        ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=WHITE, edgecolor=GREY_BORDER, linewidth=0.8,
                               clip_on=False))  # fmt: skip
        ax.text(x, y, "–", ha="center", va="center", fontsize=TICK_SIZE, color=GREY_LEADER)
        return
    state, text = cell
    face, hatch = _CELL[state]
    ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=face, edgecolor=GREY_EDGE, hatch=hatch,
                           linewidth=0.8, clip_on=False))  # fmt: skip
    ax.text(
        x, y, text, ha="center", va="center", fontsize=TICK_SIZE, fontweight="bold" if state == "in force" else "normal",
        bbox={"boxstyle": "round,pad=0.15", "facecolor": WHITE, "edgecolor": "none", "alpha": 0.85},
    )  # fmt: skip


def _grid_labels(ax, matrix: pd.DataFrame, highlight: str) -> None:
    """Kinds across the top, partners down the side (the highlighted one bold, with ▶), no ticks."""
    ax.set_xlim(-0.5, len(AGREEMENT_KINDS) - 0.5)
    ax.set_ylim(len(matrix) - 0.5, -0.5)
    ax.set_xticks(range(len(AGREEMENT_KINDS)), [KIND_STYLE[k][3].replace(" (", "\n(") for k in AGREEMENT_KINDS])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(matrix)), [f"▶ {p}" if p == highlight else p for p in matrix.index])
    for label in ax.get_yticklabels():
        if label.get_text().startswith("▶"):
            label.set_fontweight("bold")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)


def agreement_matrix(
    data: pd.DataFrame | None = None,
    *,
    as_of: DayLike = None,
    ax: Axes | None = None,
    source: str = SOURCE_AGREEMENTS,
    highlight: str = "New Zealand",
    title: str | None = None,
) -> Axes:
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
    on = as_day(as_of)
    matrix = _matrix(data, on)
    ax = new_axes(ax, figsize=(8.0, 5.6))
    for y, (_, row) in enumerate(matrix.iterrows()):
        for x, cell in enumerate(row):
            _cell(ax, x, y, cell)
    _grid_labels(ax, matrix, highlight)
    finish(
        ax,
        title_or(title, _matrix_title(matrix, on)),
        "✓ year = in force since that year (counting an agreement it replaced)\n"
        f"signed year = signed, not in force on {on:%Y-%m-%d} · * = entry into force not verified · – = none",
        "Partner",
        source,
        grid_axis=None,
    )
    ax.xaxis.label.set_fontsize(NOTE_SIZE)
    return ax


def describe_agreement_matrix(data: pd.DataFrame | None = None, *, as_of: DayLike = None) -> str:
    """Text twin of :func:`agreement_matrix`.

    >>> print(describe_agreement_matrix())  # doctest: +ELLIPSIS
    Grid of Japan's 14 agreement partners against three kinds of agreement ... New Zealand: ACSA signed 2025, not in force; ISA signed 2025, not in force; no RAA. ...
    """
    _ = translate  # the catalogue tools find the _("...") texts below
    on = as_day(as_of)
    matrix = _matrix(data, on)
    words = {
        "in force": N_("{kind} in force since {y}"),
        "signed, not in force": N_("{kind} signed {y}, not in force"),
        "uncertain": N_("{kind} signed {y}, in force not verified"),
    }
    rows = []
    for partner, row in matrix.iterrows():
        items = []
        for kind, cell in row.items():
            if cell is None:
                items.append(_("no {kind}").format(kind=kind))
            else:
                year = cell[1].split()[-1].rstrip("*")
                items.append(_(words[cell[0]]).format(kind=kind, y=year))
        rows.append(_("{partner}: {items}.").format(partner=_(partner), items=_("; ").join(items)))
    return sentences(
        [
            _("Grid of Japan's {n} agreement partners against three kinds of agreement (ACSA, ISA, RAA), as of {day}.").format(
                n=len(matrix), day=f"{on:%Y-%m-%d}"),
            _(_matrix_title(matrix, on)) + _("."),
            *rows,
        ]
    )  # fmt: skip
