"""The course's one look: palette, greys, font sizes, hatches, markers, titles and captions.

Charts and the map (``helpers.charts``), the highlighted article
(``helpers.show``) and the feedback boxes take every colour from here, so the
Okabe–Ito palette is written once. Nothing here touches
``matplotlib.rcParams``: every size and colour is set on the objects a chart
draws, so importing this module changes nothing.
"""

from __future__ import annotations

import functools
import re

from .i18n import tr as _

__all__ = [
    "BLACK",
    "BLUE",
    "BOX_INK",
    "BOX_SMALL_PRINT",
    "CAPTION_SIZE",
    "FIGSIZE",
    "GREEN",
    "GREY_BORDER",
    "GREY_EDGE",
    "GREY_GRID",
    "GREY_LAND",
    "GREY_LEADER",
    "GREY_LINE",
    "GREY_META",
    "GREY_PAPER",
    "GREY_RULE",
    "GREY_TEXT",
    "GREY_UNATTRIBUTED",
    "HATCHES",
    "KIND_STYLE",
    "LABEL_SIZE",
    "MARKERS",
    "NOTE_SIZE",
    "OKABE_ITO",
    "ORANGE",
    "PALETTE",
    "PURPLE",
    "SKY",
    "TICK_SIZE",
    "TITLE_SIZE",
    "VERMILLION",
    "WHITE",
    "YELLOW",
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
#: The same eight colours in palette order: the order speakers receive them in ``show_article``.
PALETTE = tuple(OKABE_ITO.values())
BLUE, ORANGE, GREEN = OKABE_ITO["blue"], OKABE_ITO["orange"], OKABE_ITO["bluish green"]
SKY, YELLOW, VERMILLION = OKABE_ITO["sky blue"], OKABE_ITO["yellow"], OKABE_ITO["vermillion"]
PURPLE, BLACK, WHITE = OKABE_ITO["reddish purple"], OKABE_ITO["black"], "#FFFFFF"
#: Greys, lightest first, each named for its one job (colour is never the only cue).
GREY_PAPER = "#f7f7f7"  # background of a feedback or slip box
GREY_LAND = "#eeeeee"  # land on the partner map
GREY_GRID = "#d9d9d9"  # chart grid lines
GREY_RULE = "#cccccc"  # the rule above the article's legend
GREY_BORDER = "#bbbbbb"  # map borders, an empty matrix cell
GREY_UNATTRIBUTED = "#999999"  # a quotation with no speaker found
GREY_EDGE = "#888888"  # matrix cell edges
GREY_LEADER = "#777777"  # stems, leader lines, "–" for none
GREY_LINE = "#555555"  # reference lines, great circles from Tokyo, paragraph numbers
GREY_META = "#444444"  # the article's header line
GREY_TEXT = "#333333"  # source captions, small print
#: The same black and small-print grey in the short CSS form the feedback and slip boxes have always written.
BOX_INK, BOX_SMALL_PRINT = "#000", "#333"
#: Hatches, by what they mean wherever they appear.
HATCHES = {
    "partial date": "....",  # a date known only to the month or year
    "replaced": "xxx",  # an agreement later replaced
    "pending": "////",  # signed, not in force
    "unknown": "\\\\\\",  # entry into force not known
    "highlight": "//",  # the bar the article is about
    "partial quotation": "///",
    "signed": "///",  # matrix: signed, not in force
    "unverified": "...",  # matrix: entry into force not verified
}
#: Markers, by what they mark.
MARKERS = {"signed": "o", "amendment": "D", "Tokyo": "*", "capital": "o"}
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
_PAD_PT = 12.0  # what the layout keeps free at the figure's edges, in points, with a little to spare


def text_width_pt(text: str, size: float, weight: str = "normal") -> float:
    """Width of one line of text in points, measured without drawing anything.

    The width is exactly matplotlib's (its ``TextToPath`` lays text out at one
    size and scales the result), measured once per text and weight.

    >>> text_width_pt("Tokyo", 10) < text_width_pt("Tokyo", 12) < text_width_pt("Tokyo", 12, "bold")
    True
    >>> text_width_pt("Tokyo", 12) == text_width_pt("Tokyo", 6) * 2
    True
    """
    from matplotlib import rcParams

    width, scale = _width_at_layout_size(text, weight, tuple(rcParams["font.family"]))
    return width * (float(size) / scale)


@functools.lru_cache(maxsize=8192)
def _width_at_layout_size(text: str, weight: str, families: tuple[str, ...] = ()) -> tuple[float, float]:
    """The width of ``text`` at the size ``TextToPath`` lays text out in, and that size (for the fonts in use)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    scale = float(text_to_path.FONT_SCALE)
    width, _, _ = text_to_path.get_text_width_height_descent(
        text, FontProperties(size=scale, weight=weight), ismath=False
    )
    return width, scale


def _longest_fit(words: list[str], first: int, width: float, size: float, weight: str) -> int:
    """The end of the longest run of ``words`` from ``first`` that fits ``width`` (at least one word).

    A line only grows wider as words are added, so a binary search finds the
    same break as trying one word after another, with fewer measurements.
    """
    low, high = first + 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width_pt(" ".join(words[first:middle]), size, weight) <= width:
            low = middle
        else:
            high = middle - 1
    return low


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
    if _CJK.search(text):
        return _wrap_cjk(text, width_pt, size, weight)
    words = re.findall(r"\S+(?: km\b)?", text)  # a number and its unit stay on one line

    def greedy(width: float) -> list[str]:
        lines: list[str] = []
        first = 0
        while first < len(words):
            end = _longest_fit(words, first, width, size, weight)
            lines.append(" ".join(words[first:end]))
            first = end
        return lines

    lines = greedy(width_pt)
    if balance and len(lines) > 1:  # balance the lines: the narrowest width that needs no more lines
        low, high = width_pt / len(lines), width_pt
        for _ in range(10):
            middle = (low + high) / 2
            low, high = (low, middle) if len(greedy(middle)) <= len(lines) else (middle, high)
        lines = greedy(high)
    return "\n".join(lines)


#: Japanese (and Chinese) characters: a line may break between any two of them.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
#: What may not start a line in Japanese (closing marks and small kana, kinsoku shori, simplified).
_NO_LINE_START = set("、。，．・：；？！）」』】〕ゝゞーぁぃぅぇぉっゃゅょ")


def _wrap_cjk(text: str, width_pt: float, size: float, weight: str = "normal") -> str:
    """Wrap Japanese text: a break may fall between any two characters, a Latin word stays whole.

    >>> from matplotlib import rcParams; before = rcParams["font.family"]
    >>> from helpers.i18n import chart_font; chart_font("ja")
    'IPAexGothic'
    >>> _wrap_cjk("日本の締結相手", 1e6, 10)
    '日本の締結相手'
    >>> print(_wrap_cjk("日本の締結相手は、十か国です。", 45, 10))
    日本の締
    結相手は、
    十か国で
    す。
    >>> rcParams["font.family"] = before
    """
    tokens = re.findall(r"[A-Za-z0-9.,'’%°$€£+\-]+ ?|\s+|.", text)
    lines, line = [], ""
    for token in tokens:
        if line and token[0] not in _NO_LINE_START and text_width_pt((line + token).rstrip(), size, weight) > width_pt:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    lines.append(line.rstrip())
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

    title, xlabel, ylabel, source = _(title), _(xlabel), _(ylabel), _(source)  # the edition's language
    legend = ax.get_legend()
    for text in legend.get_texts() if legend is not None else ():
        text.set_text(_(text.get_text()))
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
        ax.grid(axis=grid_axis, color=GREY_GRID, linewidth=0.6)
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
        color=GREY_TEXT,
        gid="source",
    )
