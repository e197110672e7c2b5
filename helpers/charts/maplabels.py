"""The partner map's labels: the places the text discusses, then each partner's name with a marker per kind, placed where nothing else is."""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

import pandas as pd

from ..datasets import AGREEMENT_KINDS
from ..style import BLACK, GREY_LEADER, GREY_LINE, KIND_STYLE, NOTE_SIZE, WHITE

if TYPE_CHECKING:  # matplotlib 3.8 and later; only the type checker reads it
    from matplotlib.typing import FillStyleType

__all__ = ["REGIONS", "STATE_FILL", "label_all", "region_names"]

#: The places the course's text discusses, named on the map in quiet grey (seas and straits in italics,
#: as maps name water): ``(name, label longitude, label latitude, leader longitude, leader latitude)``.
#: The coordinates say where each *label* is drawn, chosen by eye to be legible on this map, and, for
#: the strait, the point its short leader line touches. They are label positions, not facts: they do not
#: mark a boundary, a centre or an extent, and no data file or source stands behind them.
REGIONS = (
    ("China", 97.0, 37.0, None, None),
    ("Taiwan Strait", 104.0, 22.5, 119.5, 24.0),
    ("South China Sea", 109.0, 5.0, None, None),
    ("Tasman Sea", 158.0, -41.0, None, None),
)
_WATER = ("Sea", "Strait")

#: How a kind's marker is filled for each state: full in force, hollow signed, half not verified.
STATE_FILL: dict[str, FillStyleType] = {"in force": "full", "signed, not in force": "none", "uncertain": "bottom"}


def _glyphs(row: pd.Series, size: float = 7.0):
    """A small drawing of the partner's agreements: one marker per kind it has, filled by state."""
    from matplotlib.lines import Line2D
    from matplotlib.offsetbox import DrawingArea

    kinds = [k for k in AGREEMENT_KINDS if row[k] is not None]
    area = DrawingArea(len(kinds) * (size + 2), size + 2)
    for i, kind in enumerate(kinds):
        colour, marker, _, _ = KIND_STYLE[kind]
        area.add_artist(Line2D([i * (size + 2) + size / 2 + 1], [size / 2 + 1], marker=marker, markersize=size,
                               color=colour, markeredgecolor=BLACK, markeredgewidth=0.7,
                               fillstyle=STATE_FILL[row[kind]], markerfacecoloralt=WHITE, linestyle="none"))  # fmt: skip
    return area


def _label_box(row: pd.Series, bold: bool):
    from matplotlib.offsetbox import HPacker, TextArea

    name = TextArea(
        row["partner"], textprops={"fontsize": NOTE_SIZE, "fontweight": "bold" if bold else "normal"}
    )
    return HPacker(children=[name, _glyphs(row)], align="center", pad=0, sep=2)


@functools.lru_cache(maxsize=1)
def _candidates() -> tuple[tuple[float, float], ...]:
    """Offsets (points) to try for a label, nearest first, right and left before above and below."""
    out = []
    for radius in (5, 12, 22, 34, 48, 64, 82, 102, 124):
        for step in (0, 8, -8, 4, -4, 12, 2, -2, 6, -6, 10, -10, 14, -14, 16, 1, -1, 3, -3):
            angle = math.pi * step / 16
            out.append((radius * math.cos(angle), radius * math.sin(angle)))
    return tuple(out)


def _place_labels(ax, table: pd.DataFrame, points_px, boxes_pt, avoid_px, highlight: str) -> None:
    """Put each label where it overlaps no other label, no capital and no legend; draw a leader when far."""
    from matplotlib.offsetbox import AnnotationBbox

    scale = 72 / ax.figure.dpi
    frame = ax.bbox
    placed = list(avoid_px)
    dots = [(x - 3, y - 3, x + 3, y + 3) for x, y in points_px]

    def free(box) -> bool:
        x0, y0, x1, y1 = box
        inside = frame.x0 + 2 <= x0 and x1 <= frame.x1 - 2 and frame.y0 + 2 <= y0 and y1 <= frame.y1 - 2
        return inside and not any(x0 < b[2] + 2 and b[0] - 2 < x1 and y0 < b[3] + 2 and b[1] - 2 < y1
                                  for b in placed + dots)  # fmt: skip

    order = sorted(range(len(table)), key=lambda i: (table.iloc[i]["partner"] != highlight, -points_px[i][1]))
    for i in order:
        (x, y), (w, h) = points_px[i], (boxes_pt[i][0] / scale, boxes_pt[i][1] / scale)
        dots_without = [d for j, d in enumerate(dots) if j != i]
        for dx, dy in _candidates():
            dx, dy = dx / scale, dy / scale
            left = x + dx if dx > 0.5 else x + dx - w if dx < -0.5 else x - w / 2
            bottom = y + dy if dy > 0.5 else y + dy - h if dy < -0.5 else y - h / 2
            box = (left, bottom, left + w, bottom + h)
            saved, dots = dots, dots_without
            ok = free(box)
            dots = saved
            if ok:
                break
        else:  # nowhere free: take the nearest place, and let the tests say so
            dx, dy = (c / scale for c in _candidates()[0])
            left, bottom = x + dx, y - h / 2
            box = (left, bottom, left + w, bottom + h)
        placed.append(box)
        row = table.iloc[i]
        far = (dx * dx + dy * dy) ** 0.5 * scale > 6
        centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        label = AnnotationBbox(
            _label_box(row, row["partner"] == highlight), ax.transData.inverted().transform(points_px[i]),
            xybox=ax.transData.inverted().transform(centre), xycoords="data", boxcoords="data", frameon=True,
            pad=0.15, bboxprops={"facecolor": WHITE, "edgecolor": "none", "alpha": 0.85},
            arrowprops={"arrowstyle": "-", "color": GREY_LEADER, "linewidth": 0.6, "shrinkA": 0, "shrinkB": 2}
            if far else None, zorder=6,
        )  # fmt: skip
        label.set_in_layout(False)
        label.set_gid(f"label:{row['partner']}")
        ax.add_artist(label)


def region_names() -> list[str]:
    """The names of the places labelled on the map besides the partners, as the text twin lists them.

    >>> region_names()
    ['China', 'the Taiwan Strait', 'the South China Sea', 'the Tasman Sea']
    """
    return [name if not name.endswith(_WATER) else f"the {name}" for name, *_ in REGIONS]


def _label_regions(ax) -> list:
    """Draw the quiet names of :data:`REGIONS`; return them, so the partners' labels can keep clear."""
    import cartopy.crs as ccrs
    from matplotlib import patheffects

    plate, drawn = ccrs.PlateCarree(), []
    halo = [patheffects.withStroke(linewidth=2.2, foreground=WHITE)]
    for name, lon, lat, to_lon, to_lat in REGIONS:
        where = ax.projection.transform_point(lon, lat, plate)
        style = "italic" if name.endswith(_WATER) else "normal"
        text = "\n".join(name.rsplit(" ", 1))  # two short lines: "South China" above "Sea"
        if to_lon is None:
            label = ax.annotate(text, xy=where, ha="center", va="center", fontsize=NOTE_SIZE - 1, color=GREY_LINE,
                                fontstyle=style, linespacing=1.0, zorder=3, path_effects=halo)  # fmt: skip
        else:
            label = ax.annotate(text, xy=ax.projection.transform_point(to_lon, to_lat, plate), xytext=where,
                                textcoords="data", ha="center", va="center", fontsize=NOTE_SIZE - 1,
                                color=GREY_LINE, fontstyle=style, linespacing=1.0, zorder=3, path_effects=halo,
                                arrowprops={"arrowstyle": "-", "color": GREY_LEADER, "linewidth": 0.6,
                                            "shrinkA": 1, "shrinkB": 0})  # fmt: skip
        label.set_in_layout(False)
        label.set_gid(f"region:{name}")
        drawn.append(label)
    return drawn


def label_all(ax, table, tokyo, legend, highlight) -> None:
    """Measure the laid-out map, name the :data:`REGIONS`, then place every label where nothing else is.

    The map's final place is found without drawing the figure (a whole draw
    costs more than the rest of this), unless the figure has a layout engine.

    :func:`~helpers.charts.maps.partner_map` calls it last; each label's gid is ``label:`` and the partner.

    >>> from helpers.charts.maps import partner_map
    >>> ax = partner_map()
    >>> sum((a.get_gid() or "").startswith("label:") for a in ax.artists)
    14
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """
    import cartopy.crs as ccrs
    from matplotlib.offsetbox import HPacker, TextArea

    fig = ax.figure
    if fig.get_layout_engine() is None:  # a fixed layout (the course's): only the map's aspect moves it
        ax.apply_aspect()
    else:  # a figure of the caller's that lays itself out: the layout moves the map
        fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    xy = ax.projection.transform_points(ccrs.PlateCarree(), table["lon"].to_numpy(), table["lat"].to_numpy())
    points = [tuple(to_px(p[:2])) for p in xy]
    tx, ty = to_px(ax.projection.transform_point(tokyo["lon"], tokyo["lat"], ccrs.PlateCarree()))
    sizes = []
    for _, row in table.iterrows():
        box = HPacker(children=[TextArea(row["partner"], textprops={"fontsize": NOTE_SIZE}), _glyphs(row)],
                      align="center", pad=0, sep=2)  # fmt: skip
        box.set_figure(fig)
        extent = box.get_window_extent(renderer)
        scale = 72 / fig.dpi
        sizes.append(((extent.width + 4) * scale * 1.08, (extent.height + 3) * scale))  # bold and padding
    tokyo_text = ax.annotate("Tokyo", xy=ax.transData.inverted().transform((tx, ty)), xytext=(-7, -3),
                             textcoords="offset points", ha="right", va="top", fontsize=NOTE_SIZE,
                             fontweight="bold", zorder=6)  # fmt: skip
    tokyo_text.set_in_layout(False)
    avoid = [tuple(legend.get_window_extent(renderer).extents)]
    avoid += [tuple(r.get_window_extent(renderer).extents) for r in _label_regions(ax)]
    avoid.append(tuple(tokyo_text.get_window_extent(renderer).extents))
    avoid.append((tx - 6, ty - 6, tx + 6, ty + 6))
    _place_labels(ax, table, points, sizes, avoid, highlight)
