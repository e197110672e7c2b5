"""The course's one look for charts and maps: palette, font sizes, kind markers, titles and captions.

Nothing here touches ``matplotlib.rcParams``: every size and colour is set on
the objects a chart draws, so importing this module changes nothing.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "CAPTION_SIZE",
    "FIGSIZE",
    "KIND_STYLE",
    "LABEL_SIZE",
    "NOTE_SIZE",
    "OKABE_ITO",
    "TICK_SIZE",
    "TITLE_SIZE",
    "finish",
    "text_width_pt",
    "wrap",
]

#: The Okabe–Ito palette: eight colours distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
#: Default figure size in inches: readable at JupyterLab's default width.
FIGSIZE = (8.0, 4.5)
#: Font sizes in points: title, axis label, tick label, note on the chart, source caption.
TITLE_SIZE, LABEL_SIZE, TICK_SIZE, NOTE_SIZE, CAPTION_SIZE = 12, 10, 9, 8.5, 8
#: Each kind of agreement: colour, marker, line style, long name (one cue never stands alone).
KIND_STYLE = {
    "ACSA": (OKABE_ITO["blue"], "o", "-", "ACSA (supplies and services)"),
    "ISA": (OKABE_ITO["orange"], "s", "--", "ISA (classified information)"),
    "RAA": (OKABE_ITO["bluish green"], "^", ":", "RAA (visiting forces)"),
}
_GRID = "#d9d9d9"
_PAD_PT = 12.0  # what the layout keeps free at the figure's edges, in points, with a little to spare


@functools.lru_cache(maxsize=4096)
def text_width_pt(text: str, size: float, weight: str = "normal") -> float:
    """Width of one line of text in points, measured without drawing anything.

    >>> text_width_pt("Tokyo", 10) < text_width_pt("Tokyo", 12) < text_width_pt("Tokyo", 12, "bold")
    True
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    width, _, _ = text_to_path.get_text_width_height_descent(
        text, FontProperties(size=size, weight=weight), ismath=False
    )
    return width


def wrap(text: str, width_pt: float, size: float, weight: str = "normal", *, balance: bool = False) -> str:
    """Wrap ``text`` so that no line is wider than ``width_pt`` points.

    ``balance`` evens out the line lengths, so no word is left alone on the
    last line.

    >>> wrap("one two three", 1e6, 10)
    'one two three'
    >>> wrap("one two three", 1, 10)
    'one\\ntwo\\nthree'
    >>> wrap("seventeen of twenty-five were signed after 2015", 200, 10, balance=True)
    'seventeen of twenty-five\\nwere signed after 2015'
    >>> wrap("Wellington is 9,276 km away", 60, 10)
    'Wellington\\nis 9,276 km\\naway'
    """

    def greedy(width: float) -> list[str]:
        lines: list[str] = []
        for word in re.findall(r"\S+(?: km\b)?", text):  # a number and its unit stay on one line
            if lines and text_width_pt(f"{lines[-1]} {word}", size, weight) <= width:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return lines

    lines = greedy(width_pt)
    if balance and len(lines) > 1:  # balance the lines: the narrowest width that needs no more lines
        low, high = width_pt / len(lines), width_pt
        for _ in range(10):
            middle = (low + high) / 2
            low, high = (low, middle) if len(greedy(middle)) <= len(lines) else (middle, high)
        lines = greedy(high)
    return "\n".join(lines)


def _left_decorations_pt(ax) -> float:
    """Estimated width, in points, of what sits left of the Axes: y tick labels and the y label."""
    ticks = [t.get_text() for t in ax.get_yticklabels()] if ax.yaxis.get_visible() else []
    tick_pt = max((text_width_pt(t, TICK_SIZE) for t in ticks), default=0.0)
    ticks_pt = tick_pt + 7.0 if tick_pt else 0.0  # tick length and pad
    label_pt = LABEL_SIZE * 1.2 + 4.0 if ax.get_ylabel() else 0.0
    return ticks_pt + label_pt


def _title_frame(ax) -> tuple[float, float]:
    """Where a title or caption starts (points left of the Axes) and how wide it may be (points).

    On a figure of its own, the title spans the whole figure from its left
    edge, as a reader expects; in a grid the caller made, it stays above its
    own Axes.
    """
    fig = ax.figure
    fig_pt = fig.get_figwidth() * 72
    if len(fig.axes) > 1:
        return 0.0, ax.get_position().width * fig_pt
    return _left_decorations_pt(ax), fig_pt - 2 * _PAD_PT


def finish(
    ax, title: str, xlabel: str, ylabel: str, source: str, *, grid_axis: str | None = "x", spines: bool = True
) -> None:
    """Apply the course look: title (the finding), axis labels, light grid, source caption.

    The title and the source caption start at the figure's left edge and are
    wrapped to the figure's width, so a long finding takes two lines, not four.

    >>> from matplotlib.figure import Figure
    >>> ax = Figure(figsize=FIGSIZE).subplots()
    >>> finish(ax, "A finding", "Year", "Count", "Source: a test.")
    >>> ax.get_title(), ax.title.get_fontsize(), [t.get_text() for t in ax.texts]
    ('A finding', 12.0, ['Source: a test.'])
    """
    from matplotlib.transforms import ScaledTranslation

    ax.set_xlabel(xlabel, fontsize=LABEL_SIZE)
    ax.set_ylabel(ylabel, fontsize=LABEL_SIZE)
    ax.tick_params(labelsize=TICK_SIZE)
    left_pt, room = _title_frame(ax)
    # The centre title, moved to the left edge: ax.get_title() returns it, as a learner expects.
    text = ax.set_title(
        wrap(title, room, TITLE_SIZE, "bold", balance=True), fontsize=TITLE_SIZE, fontweight="bold"
    )
    text.set_horizontalalignment("left")
    text.set_x(0.0)
    shift = ScaledTranslation(-left_pt / 72, 0, ax.figure.dpi_scale_trans)
    text.set_transform(ax.transAxes + shift + ax.titleOffsetTrans)
    if spines:
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    if grid_axis:
        ax.grid(axis=grid_axis, color=_GRID, linewidth=0.6)
        ax.set_axisbelow(True)
    ax.annotate(
        wrap(source, room, CAPTION_SIZE),
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(-left_pt, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=CAPTION_SIZE,
        color="#333333",
        gid="source",
    )
