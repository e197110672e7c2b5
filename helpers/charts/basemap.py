"""The map's countries, projected once when the course is built and shipped, not in every kernel.

Projecting Natural Earth's 177 countries onto the course's projection is the
slowest step of drawing the partner map (most of a second), and it gives the
same shapes every time. So the projected shapes ship with the course in
``helpers/data/naturalearth/countries-robinson-150.wkb``: a first line of
JSON saying which projection and which shapefile they come from, then the
shapes as one WKB geometry collection. :func:`countries` reads them when the
map's projection is the course's, and projects the shapefile itself for any
other projection. ``python -m coursekit countries`` writes the file again
(a test fails when it no longer matches the shapefile or the projection).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

__all__ = ["PROJECTED_FILE", "SHAPEFILE", "countries", "project_countries", "projected_bytes"]

_FOLDER = Path(__file__).resolve().parent.parent / "data" / "naturalearth"
#: Natural Earth 1:110m Admin 0 countries (public domain), trimmed to the NAME field.
SHAPEFILE = _FOLDER / "ne_110m_admin_0_countries.shp"
#: The shipped countries in the course projection (Robinson centred on 150° E).
PROJECTED_FILE = _FOLDER / "countries-robinson-150.wkb"

_CACHE: dict[str, list] = {}  # per projection, once per process


def _missing(path: Path) -> FileNotFoundError:
    return FileNotFoundError(f"{path}: the map's coastlines are missing — reinstall the course (pip install -e .)")


def _source_sha256() -> str:
    if not SHAPEFILE.exists():
        raise _missing(SHAPEFILE)
    return hashlib.sha256(SHAPEFILE.read_bytes()).hexdigest()


def project_countries(projection) -> list:
    """Natural Earth's countries projected now onto ``projection`` (cartopy; the slow way).

    >>> from helpers.charts.maps import map_projection
    >>> len(project_countries(map_projection()))
    177
    """
    import cartopy.crs as ccrs
    from cartopy.io.shapereader import Reader

    if not SHAPEFILE.exists():
        raise _missing(SHAPEFILE)
    plate = ccrs.PlateCarree()
    return [projection.project_geometry(shape, plate) for shape in Reader(str(SHAPEFILE)).geometries()]


def projected_bytes(projection) -> bytes:
    """The file :data:`PROJECTED_FILE` holds for ``projection``: a JSON header line, then WKB.

    >>> from helpers.charts.maps import map_projection
    >>> json.loads(projected_bytes(map_projection()).split(b"\\n", 1)[0])["countries"]
    177
    """
    import shapely

    shapes = project_countries(projection)
    header = {"projection": projection.proj4_init, "shapefile": SHAPEFILE.name, "sha256": _source_sha256(),
              "countries": len(shapes)}  # fmt: skip
    return json.dumps(header, sort_keys=True).encode() + b"\n" + shapely.to_wkb(shapely.GeometryCollection(shapes))


def _shipped(projection) -> list | None:
    """The shipped shapes when they were made for ``projection`` from this shapefile, else None."""
    import shapely

    if not PROJECTED_FILE.exists():
        return None
    head, _, body = PROJECTED_FILE.read_bytes().partition(b"\n")
    header = json.loads(head)
    if header.get("projection") != projection.proj4_init or header.get("sha256") != _source_sha256():
        return None
    return list(shapely.from_wkb(body).geoms)


def countries(projection) -> list:
    """The countries in ``projection``'s coordinates: shipped for the course's projection, else projected now.

    >>> from helpers.charts.maps import map_projection
    >>> shapes = countries(map_projection()); len(shapes), shapes is countries(map_projection())
    (177, True)
    """
    key = projection.proj4_init
    if key not in _CACHE:
        _CACHE[key] = _shipped(projection) or project_countries(projection)
    return _CACHE[key]
