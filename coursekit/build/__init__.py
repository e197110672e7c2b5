"""Building the course: notebooks, course tables, answer key, times, charts, the map's countries."""

__all__: list[str] = []
