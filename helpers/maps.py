"""The partner map, where it has always been imported from: it lives in :mod:`helpers.charts.maps`.

Every public name of that module (its ``__all__``) is importable from here.

>>> from helpers.maps import partner_map
>>> partner_map.__module__
'helpers.charts.maps'
"""

from .charts.maps import *  # noqa: F403  (the same public names)
from .charts.maps import __all__  # noqa: F401
