"""Write the map's countries, projected once, into helpers/data/naturalearth/ (see helpers.charts.basemap).

Run it after changing the shapefile or the map's projection:
``python -m coursekit countries``. A test fails until it has been run.
"""

from __future__ import annotations

import sys

from helpers.charts.basemap import PROJECTED_FILE, projected_bytes
from helpers.charts.maps import map_projection


def main() -> int:
    data = projected_bytes(map_projection())
    PROJECTED_FILE.write_bytes(data)
    print(f"wrote {PROJECTED_FILE.name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
