"""The partner map, where it has always been imported from: it lives in :mod:`helpers.charts.maps`.

>>> from helpers.maps import partner_map
>>> partner_map.__module__
'helpers.charts.maps'
"""

from .charts.maps import (
    CENTRAL_LONGITUDE,
    COUNTRIES_SHAPEFILE,
    SOURCE_MAP,
    describe_partner_map,
    map_projection,
    partner_map,
    partners_on,
)

__all__ = [
    "CENTRAL_LONGITUDE",
    "COUNTRIES_SHAPEFILE",
    "SOURCE_MAP",
    "describe_partner_map",
    "map_projection",
    "partner_map",
    "partners_on",
]
