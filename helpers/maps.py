"""A world map of Japan's security partners on a date, centred on the Indo-Pacific, with its text twin.

The map is drawn with cartopy on the Robinson projection centred on 150° E,
so Japan, Australia and New Zealand sit in the middle, Europe on the left and
the Americas on the right. Coastlines and borders come from Natural Earth's
1:110m countries (public domain), shipped in ``helpers/data/naturalearth/``:
nothing is downloaded when the map is drawn. cartopy is imported only when
a map is drawn, so ``import helpers`` stays light.

Each partner's capital (or seat) carries a label with one marker per kind of
agreement: shape *and* colour give the kind (circle ACSA, square ISA,
triangle RAA), the fill gives the state (full: in force; hollow: signed, not
yet in force; half: entry into force not verified). A solid great-circle line
from Tokyo means at least one agreement in force, a dashed one none yet.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .datasets import KINDS, SEED_DATE, haversine_km, load_agreements, load_places, network_as_of
from .style import CAPTION_SIZE, KIND_STYLE, NOTE_SIZE, OKABE_ITO, TITLE_SIZE, wrap

__all__ = [
    "CENTRAL_LONGITUDE",
    "COUNTRIES_SHAPEFILE",
    "SOURCE_MAP",
    "describe_partner_map",
    "map_projection",
    "partner_map",
    "partners_on",
]

#: Longitude at the centre of the map: the western Pacific, between Japan and New Zealand.
CENTRAL_LONGITUDE = 150.0
#: Natural Earth 1:110m Admin 0 countries (public domain), trimmed to the NAME field.
COUNTRIES_SHAPEFILE = Path(__file__).parent / "data" / "naturalearth" / "ne_110m_admin_0_countries.shp"
SOURCE_MAP = (
    "Source: course datasets agreements.csv and places.csv (helpers/data/SOURCES.md); "
    "coastlines and borders: Natural Earth 1:110m (public domain). Lines: great circles from Tokyo."
)
MAP_FIGSIZE = (8.0, 5.3)
_STATES = ("in force", "uncertain", "signed, not in force")  # best first
_FILL = {"in force": "full", "signed, not in force": "none", "uncertain": "bottom"}
_LAND, _BORDER, _LINE = "#eeeeee", "#bbbbbb", "#555555"
_LAT_RANGE = (-56.0, 80.0)


def _day(as_of) -> pd.Timestamp:
    """The day ``as_of`` names (default: the seed's date); :func:`network_as_of` has checked it already."""
    stamp = pd.Timestamp(SEED_DATE if as_of is None else as_of)
    return (stamp.tz_localize(None) if stamp.tzinfo else stamp).normalize()


def partners_on(as_of=None, data: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per partner on ``as_of``: place, coordinates, distance from Tokyo and each kind's state.

    A kind's column holds the best state of that partner's agreements of
    that kind ("in force", then "uncertain", then "signed, not in force"),
    or None; amendments and agreements replaced by a newer one are left out.

    >>> p = partners_on().set_index("partner")
    >>> p.loc["New Zealand", ["place", "ACSA", "ISA", "RAA"]].tolist()
    ['Wellington', 'signed, not in force', 'signed, not in force', None]
    >>> int(p.loc["New Zealand", "distance_km"]), len(p)
    (9276, 14)
    """
    net = network_as_of(as_of, load_agreements() if data is None else data)
    net = net[(net["instrument"] == "agreement") & net["state"].isin(_STATES)]
    places = load_places().set_index("partner")
    tokyo = places.loc["Japan"]
    rows = []
    for partner, group in net.groupby("partner", sort=False):
        if partner not in places.index:
            raise ValueError(
                f"places.csv has no capital or seat for partner {partner!r} — add a row for it to helpers/data/places.csv"
            )
        place = places.loc[partner]
        states = {kind: None for kind in KINDS}
        for kind, state in zip(group["kind"], group["state"], strict=True):
            if states[kind] is None or _STATES.index(state) < _STATES.index(states[kind]):
                states[kind] = str(state)
        km = haversine_km(tokyo["lat"], tokyo["lon"], place["lat"], place["lon"])
        rows.append({"partner": partner, "place": place["place"], "lat": float(place["lat"]),
                     "lon": float(place["lon"]), "distance_km": round(km), **states})  # fmt: skip
    columns = ["partner", "place", "lat", "lon", "distance_km", *KINDS]
    table = pd.DataFrame(rows, columns=columns).astype({"lat": float, "lon": float, "distance_km": int})
    for kind in KINDS:  # None, not NaN, where a partner has no agreement of that kind
        table[kind] = pd.Series([r[kind] for r in rows], index=table.index, dtype=object)
    table["any_in_force"] = (table[list(KINDS)] == "in force").any(axis=1)
    return table.sort_values(["distance_km", "partner"], kind="stable").reset_index(drop=True)


def _map_title(table: pd.DataFrame, on: pd.Timestamp) -> str:
    if table.empty:
        return f"On {on:%Y-%m-%d} Japan had no security agreement with any partner"
    title = (
        f"On {on:%Y-%m-%d} Japan had security agreements with {len(table)} partners, "
        f"{table['distance_km'].min():,}–{table['distance_km'].max():,} km from Tokyo"
    )
    pending = table[(table[list(KINDS)] == "signed, not in force").any(axis=1) & ~table["any_in_force"]]
    if len(pending):
        names = sorted(pending["partner"])
        title += f"; none yet in force with {' or '.join([', '.join(names[:-1]), names[-1]] if len(names) > 1 else names)}"
    return title


def map_projection():
    """The course map's projection: Robinson, centred on :data:`CENTRAL_LONGITUDE` (needs cartopy).

    Use it to give :func:`partner_map` an Axes of your own:
    ``fig.add_subplot(projection=map_projection())``.

    >>> map_projection().proj4_params["lon_0"]
    150.0
    """
    import cartopy.crs as ccrs

    return ccrs.Robinson(central_longitude=CENTRAL_LONGITUDE)


def _map_axes(ax):
    if ax is not None:
        if not hasattr(ax, "projection"):
            raise ValueError(
                "partner_map needs a map Axes, not a plain one — make it with "
                "fig.add_subplot(projection=helpers.maps.map_projection())"
            )
        return ax
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=MAP_FIGSIZE)
    # A fixed layout: title above, legend and source below; the map keeps its shape in between.
    return fig.add_axes((0.01, 0.235, 0.98, 0.655), projection=map_projection())


_PROJECTED: dict[str, list] = {}  # countries already projected, per projection: the slow step, done once


def _countries(projection) -> list:
    """Natural Earth's countries in ``projection``'s coordinates (read from the shipped shapefile)."""
    import cartopy.crs as ccrs
    from cartopy.io.shapereader import Reader

    key = projection.proj4_init
    if key not in _PROJECTED:
        if not COUNTRIES_SHAPEFILE.exists():
            raise FileNotFoundError(
                f"{COUNTRIES_SHAPEFILE}: the map's coastlines are missing — reinstall the course (pip install -e .)"
            )
        plate = ccrs.PlateCarree()
        shapes = Reader(str(COUNTRIES_SHAPEFILE)).geometries()
        _PROJECTED[key] = [projection.project_geometry(shape, plate) for shape in shapes]
    return _PROJECTED[key]


def _background(ax) -> None:
    """Land, borders and the cropped globe: Natural Earth shipped with the course, never downloaded."""
    import cartopy.crs as ccrs

    ax.set_global()
    ax.add_geometries(
        _countries(ax.projection),
        crs=ax.projection,
        facecolor=_LAND,
        edgecolor=_BORDER,
        linewidth=0.4,
        zorder=0,
    )
    lo = ax.projection.transform_point(CENTRAL_LONGITUDE, _LAT_RANGE[0], ccrs.PlateCarree())[1]
    hi = ax.projection.transform_point(CENTRAL_LONGITUDE, _LAT_RANGE[1], ccrs.PlateCarree())[1]
    ax.set_ylim(lo, hi)
    ax.spines["geo"].set_edgecolor(_BORDER)


def _glyphs(row: pd.Series, size: float = 7.0):
    """A small drawing of the partner's agreements: one marker per kind it has, filled by state."""
    from matplotlib.lines import Line2D
    from matplotlib.offsetbox import DrawingArea

    kinds = [k for k in KINDS if row[k] is not None]
    area = DrawingArea(len(kinds) * (size + 2), size + 2)
    for i, kind in enumerate(kinds):
        colour, marker, _, _ = KIND_STYLE[kind]
        area.add_artist(Line2D([i * (size + 2) + size / 2 + 1], [size / 2 + 1], marker=marker, markersize=size,
                               color=colour, markeredgecolor=OKABE_ITO["black"], markeredgewidth=0.7,
                               fillstyle=_FILL[row[kind]], markerfacecoloralt="white", linestyle="none"))  # fmt: skip
    return area


def _label_box(row: pd.Series, bold: bool):
    from matplotlib.offsetbox import HPacker, TextArea

    name = TextArea(
        row["partner"], textprops={"fontsize": NOTE_SIZE, "fontweight": "bold" if bold else "normal"}
    )
    return HPacker(children=[name, _glyphs(row)], align="center", pad=0, sep=2)


def _candidates():
    """Offsets (points) to try for a label, nearest first, right and left before above and below."""
    import math

    out = []
    for radius in (5, 12, 22, 34, 48, 64, 82, 102, 124):
        for step in (0, 8, -8, 4, -4, 12, 2, -2, 6, -6, 10, -10, 14, -14, 16, 1, -1, 3, -3):
            angle = math.pi * step / 16
            out.append((radius * math.cos(angle), radius * math.sin(angle)))
    return out


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
            pad=0.15, bboxprops={"facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.6, "shrinkA": 0, "shrinkB": 2}
            if far else None, zorder=6,
        )  # fmt: skip
        label.set_in_layout(False)
        label.set_gid(f"label:{row['partner']}")
        ax.add_artist(label)


def _legend(ax, table: pd.DataFrame):
    """Only what the map shows: the kinds, states and line styles that occur, Tokyo and the capitals."""
    from matplotlib.lines import Line2D

    black, grey = OKABE_ITO["black"], "#777777"
    states = {s for k in KINDS for s in table[k] if s is not None}
    handles = [Line2D([], [], marker="*", color=black, markersize=10, linestyle="none", label="Tokyo")]
    if len(table):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                color=black,
                markersize=3,
                linestyle="none",
                label="partner's capital or seat",
            )
        )
    handles += [
        Line2D([], [], marker=KIND_STYLE[k][1], color=KIND_STYLE[k][0], markeredgecolor=black, markersize=7,
               linestyle="none", label=KIND_STYLE[k][3])
        for k in KINDS
        if table[k].notna().any()
    ]  # fmt: skip
    words = {"in force": "filled: in force", "signed, not in force": "hollow: signed, not yet in force",
             "uncertain": "half: in force not verified"}  # fmt: skip
    handles += [
        Line2D([], [], marker="o", color=grey, markeredgecolor=black, fillstyle=_FILL[state],
               markerfacecoloralt="white", linestyle="none", label=words[state])
        for state in ("in force", "signed, not in force", "uncertain")
        if state in states
    ]  # fmt: skip
    if table["any_in_force"].any():
        handles.append(Line2D([], [], color=_LINE, linewidth=1, label="from Tokyo: an agreement in force"))
    if (~table["any_in_force"]).any():
        handles.append(Line2D([], [], color=_LINE, linewidth=1, linestyle=(0, (4, 3)),
                              label="from Tokyo: none known in force"))  # fmt: skip
    return ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3,
                     fontsize=NOTE_SIZE - 0.5, frameon=False, columnspacing=1.2, handletextpad=0.4)  # fmt: skip


def partner_map(
    data: pd.DataFrame | None = None,
    *,
    as_of=None,
    ax=None,
    title: str | None = None,
    source: str = SOURCE_MAP,
    highlight: str = "New Zealand",
):
    """A world map of Japan's partners on ``as_of`` (default: the seed's date), marked by agreement kind.

    Returns the cartopy GeoAxes. Pass ``ax`` made with
    ``fig.add_subplot(projection=map_projection())`` to draw into a figure
    of your own; ``title`` replaces the computed finding.

    >>> ax = partner_map()
    >>> ax.get_title().replace("\\n", " ")
    'On 2025-12-19 Japan had security agreements with 14 partners, 1,153–10,905 km from Tokyo; none yet in force with Netherlands or New Zealand'
    >>> sorted(a.get_gid()[6:] for a in ax.artists if (a.get_gid() or "").startswith("label:"))[:3]
    ['Australia', 'Canada', 'France']
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """
    import cartopy.crs as ccrs

    table = partners_on(as_of, data)
    on = _day(as_of)
    ax = _map_axes(ax)
    _background(ax)
    tokyo = load_places().set_index("partner").loc["Japan"]
    geodetic, plate = ccrs.Geodetic(), ccrs.PlateCarree()
    for _, row in table.iterrows():
        ax.plot([tokyo["lon"], row["lon"]], [tokyo["lat"], row["lat"]], transform=geodetic, color=_LINE,
                linewidth=0.9 if row["any_in_force"] else 1.0,
                linestyle="-" if row["any_in_force"] else (0, (4, 3)), zorder=2)  # fmt: skip
    ax.plot(
        table["lon"], table["lat"], "o", color=OKABE_ITO["black"], markersize=3, transform=plate, zorder=4
    )
    ax.plot(
        tokyo["lon"], tokyo["lat"], "*", color=OKABE_ITO["black"], markersize=11, transform=plate, zorder=5
    )
    legend = _legend(ax, table)
    heading = ax.set_title(wrap(_title_or(title, _map_title(table, on)), ax.figure.get_figwidth() * 72 - 24,
                                TITLE_SIZE, "bold", balance=True), fontsize=TITLE_SIZE, fontweight="bold")  # fmt: skip
    heading.set_horizontalalignment("left")  # the centre title, moved left: ax.get_title() returns it
    heading.set_x(0.0)
    ax.annotate(wrap(source, ax.figure.get_figwidth() * 72 - 24, CAPTION_SIZE), xy=(0, 0),
                xycoords=("axes fraction", legend), xytext=(0, -4), textcoords="offset points", ha="left",
                va="top", fontsize=CAPTION_SIZE, color="#333333", gid="source", annotation_clip=False)  # fmt: skip
    heading.set_gid("title")
    _label_all(ax, table, tokyo, legend, highlight)
    return ax


def _title_or(title: str | None, finding: str) -> str:
    return finding if title is None else str(title)


def _label_all(ax, table, tokyo, legend, highlight) -> None:
    """Measure the laid-out map, then place every label (Tokyo's first) where nothing else is."""
    import cartopy.crs as ccrs
    from matplotlib.offsetbox import HPacker, TextArea

    fig = ax.figure
    fig.draw_without_rendering()  # fixes the layout, so the labels can be placed in its final coordinates
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
    avoid.append(tuple(tokyo_text.get_window_extent(renderer).extents))
    avoid.append((tx - 6, ty - 6, tx + 6, ty + 6))
    _place_labels(ax, table, points, sizes, avoid, highlight)


def describe_partner_map(data: pd.DataFrame | None = None, *, as_of=None) -> str:
    """Text twin of :func:`partner_map`.

    >>> print(describe_partner_map())  # doctest: +ELLIPSIS
    World map centred on the Indo-Pacific ... Wellington (New Zealand), 9,276 km: ACSA signed, not yet in force; ISA signed, not yet in force. ...
    """
    table = partners_on(as_of, data)
    on = _day(as_of)
    words = {"in force": "in force", "signed, not in force": "signed, not yet in force",
             "uncertain": "signed, in force not verified"}  # fmt: skip
    rows = []
    for _, r in table.iterrows():
        kinds = [f"{k} {words[r[k]]}" for k in KINDS if r[k] is not None]
        rows.append(f"{r['place']} ({r['partner']}), {r['distance_km']:,} km: " + "; ".join(kinds) + ".")
    return " ".join(
        [
            "World map centred on the Indo-Pacific (Robinson projection, centred on 150° E) of Japan's security "
            f"partners on {on:%Y-%m-%d}, each at its capital or seat, with a great-circle line from Tokyo: "
            "solid where at least one agreement was in force, dashed where none was yet.",
            _map_title(table, on) + ".",
            "From nearest to farthest:",
            *rows,
        ]
    )
