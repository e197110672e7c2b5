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
Quiet grey names (water in italics) mark the places the course's text
discusses: China, the Taiwan Strait, the South China Sea and the Tasman Sea.
"""

from __future__ import annotations

from typing import cast

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..datasets import AGREEMENT_KINDS, DayLike, haversine_km, load_agreements, load_places, network_as_of
from ..i18n import N_
from ..i18n import tr as translate
from ..style import (
    BLACK,
    CAPTION_SIZE,
    GREY_BORDER,
    GREY_LAND,
    GREY_LEADER,
    GREY_LINE,
    GREY_TEXT,
    KIND_STYLE,
    NOTE_SIZE,
    TITLE_SIZE,
    WHITE,
    wrap,
)
from .basemap import SHAPEFILE, countries
from .common import as_day, joined, sentences, title_or
from .maplabels import STATE_FILL, label_all, region_names

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
COUNTRIES_SHAPEFILE = SHAPEFILE
SOURCE_MAP = (
    "Source: course datasets agreements.csv and places.csv (helpers/data/SOURCES.md); "
    "coastlines and borders: Natural Earth 1:110m (public domain). Lines: great circles from Tokyo."
)
MAP_FIGSIZE = (8.0, 5.3)
_STATES = ("in force", "uncertain", "signed, not in force")  # best first
_LAT_RANGE = (-56.0, 80.0)


def partners_on(as_of: DayLike = None, data: pd.DataFrame | None = None) -> pd.DataFrame:
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
        states: dict[str, str | None] = {kind: None for kind in AGREEMENT_KINDS}
        for kind, state in zip(group["kind"], group["state"], strict=True):
            if states[kind] is None or _STATES.index(state) < _STATES.index(states[kind]):
                states[kind] = str(state)
        km = haversine_km(tokyo["lat"], tokyo["lon"], place["lat"], place["lon"])
        rows.append({"partner": partner, "place": place["place"], "lat": float(place["lat"]),
                     "lon": float(place["lon"]), "distance_km": round(km), **states})  # fmt: skip
    columns = ["partner", "place", "lat", "lon", "distance_km", *AGREEMENT_KINDS]
    table = pd.DataFrame(rows, columns=columns).astype({"lat": float, "lon": float, "distance_km": int})
    for kind in AGREEMENT_KINDS:  # None, not NaN, where a partner has no agreement of that kind
        table[kind] = pd.Series([r[kind] for r in rows], index=table.index, dtype=object)
    table["any_in_force"] = (table[list(AGREEMENT_KINDS)] == "in force").any(axis=1)
    return table.sort_values(["distance_km", "partner"], kind="stable").reset_index(drop=True)


def _map_title(table: pd.DataFrame, on: pd.Timestamp) -> str:
    if table.empty:
        return f"On {on:%Y-%m-%d} Japan had no security agreement with any partner"
    title = (
        f"On {on:%Y-%m-%d} Japan had security agreements with {len(table)} partners, "
        f"{table['distance_km'].min():,}–{table['distance_km'].max():,} km from Tokyo"
    )
    pending = table[(table[list(AGREEMENT_KINDS)] == "signed, not in force").any(axis=1) & ~table["any_in_force"]]
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
                "fig.add_subplot(projection=helpers.charts.maps.map_projection())"
            )
        return ax
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=MAP_FIGSIZE)
    # A fixed layout: title above, legend and source below; the map keeps its shape in between.
    return fig.add_axes((0.01, 0.235, 0.98, 0.655), projection=map_projection())


def _background(ax) -> None:
    """Land, borders and the cropped globe: Natural Earth shipped with the course, never downloaded."""
    import cartopy.crs as ccrs

    ax.set_global()
    ax.add_geometries(
        countries(ax.projection),
        crs=ax.projection,
        facecolor=GREY_LAND,
        edgecolor=GREY_BORDER,
        linewidth=0.4,
        zorder=0,
    )
    lo = ax.projection.transform_point(CENTRAL_LONGITUDE, _LAT_RANGE[0], ccrs.PlateCarree())[1]
    hi = ax.projection.transform_point(CENTRAL_LONGITUDE, _LAT_RANGE[1], ccrs.PlateCarree())[1]
    ax.set_ylim(lo, hi)
    ax.spines["geo"].set_edgecolor(GREY_BORDER)


def _legend(ax, table: pd.DataFrame):
    """Only what the map shows: the kinds, states and line styles that occur, Tokyo and the capitals."""
    from matplotlib.lines import Line2D

    black, grey = BLACK, GREY_LEADER
    states = {s for k in AGREEMENT_KINDS for s in table[k] if s is not None}
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
        for k in AGREEMENT_KINDS
        if table[k].notna().any()
    ]  # fmt: skip
    words = {"in force": "filled: in force", "signed, not in force": "hollow: signed, not yet in force",
             "uncertain": "half: in force not verified"}  # fmt: skip
    handles += [
        Line2D([], [], marker="o", color=grey, markeredgecolor=black, fillstyle=STATE_FILL[state],
               markerfacecoloralt=WHITE, linestyle="none", label=words[state])
        for state in ("in force", "signed, not in force", "uncertain")
        if state in states
    ]  # fmt: skip
    if table["any_in_force"].any():
        handles.append(
            Line2D([], [], color=GREY_LINE, linewidth=1, label="from Tokyo: an agreement in force")
        )
    if (~table["any_in_force"]).any():
        handles.append(Line2D([], [], color=GREY_LINE, linewidth=1, linestyle=(0, (4, 3)),
                              label="from Tokyo: none known in force"))  # fmt: skip
    for handle in handles:  # the edition's language
        handle.set_label(translate(str(handle.get_label())))
    return ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3,
                     fontsize=NOTE_SIZE - 0.5, frameon=False, columnspacing=1.2, handletextpad=0.4)  # fmt: skip


def partner_map(
    data: pd.DataFrame | None = None,
    *,
    as_of: DayLike = None,
    ax: Axes | None = None,
    title: str | None = None,
    source: str = SOURCE_MAP,
    highlight: str = "New Zealand",
) -> Axes:
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
    on = as_day(as_of)
    ax = _map_axes(ax)
    _background(ax)
    tokyo = load_places().set_index("partner").loc["Japan"]
    geodetic, plate = ccrs.Geodetic(), ccrs.PlateCarree()
    for _, row in table.iterrows():
        ax.plot([tokyo["lon"], row["lon"]], [tokyo["lat"], row["lat"]], transform=geodetic, color=GREY_LINE,
                linewidth=0.9 if row["any_in_force"] else 1.0,
                linestyle="-" if row["any_in_force"] else (0, (4, 3)), zorder=2)  # fmt: skip
    ax.plot(table["lon"], table["lat"], "o", color=BLACK, markersize=3, transform=plate, zorder=4)
    ax.plot(tokyo["lon"], tokyo["lat"], "*", color=BLACK, markersize=11, transform=plate, zorder=5)
    legend = _legend(ax, table)
    width = cast(Figure, ax.figure).get_figwidth() * 72 - 24  # a map is drawn on a whole figure
    heading = ax.set_title(wrap(translate(title_or(title, _map_title(table, on))), width,
                                TITLE_SIZE, "bold", balance=True), fontsize=TITLE_SIZE, fontweight="bold")  # fmt: skip
    heading.set_horizontalalignment("left")  # the centre title, moved left: ax.get_title() returns it
    heading.set_x(0.0)
    ax.annotate(wrap(translate(source), width, CAPTION_SIZE), xy=(0, 0),
                xycoords=("axes fraction", legend), xytext=(0, -4), textcoords="offset points", ha="left",
                va="top", fontsize=CAPTION_SIZE, color=GREY_TEXT, gid="source", annotation_clip=False)  # fmt: skip
    heading.set_gid("title")
    label_all(ax, table, tokyo, legend, highlight)
    return ax


def describe_partner_map(data: pd.DataFrame | None = None, *, as_of: DayLike = None) -> str:
    """Text twin of :func:`partner_map`.

    >>> print(describe_partner_map())  # doctest: +ELLIPSIS
    World map centred on the Indo-Pacific ... Wellington (New Zealand), 9,276 km: ACSA signed, not yet in force; ISA signed, not yet in force. ...
    >>> "the text discusses: China, the Taiwan Strait, the South China Sea and the Tasman Sea." in describe_partner_map()
    True
    """
    _ = translate  # the catalogue tools find the _("...") texts below
    table = partners_on(as_of, data)
    on = as_day(as_of)
    places = [_(p) for p in region_names()]
    words = {"in force": N_("{kind} in force"), "signed, not in force": N_("{kind} signed, not yet in force"),
             "uncertain": N_("{kind} signed, in force not verified")}  # fmt: skip
    rows = []
    for _i, r in table.iterrows():
        kinds = [_(words[r[k]]).format(kind=k) for k in AGREEMENT_KINDS if r[k] is not None]
        rows.append(_("{place} ({partner}), {km:,} km: {kinds}.").format(
            place=_(r["place"]), partner=_(r["partner"]), km=r["distance_km"], kinds=_("; ").join(kinds)))  # fmt: skip
    return sentences(
        [
            _("World map centred on the Indo-Pacific (Robinson projection, centred on 150° E) of Japan's security "
              "partners on {day}, each at its capital or seat, with a great-circle line from Tokyo: "
              "solid where at least one agreement was in force, dashed where none was yet.").format(day=f"{on:%Y-%m-%d}"),
            _(_map_title(table, on)) + _("."),
            _("Also named on the map, as places the text discusses: {places}.").format(places=joined(places)),
            _("From nearest to farthest:"),
            *rows,
        ]
    )  # fmt: skip
