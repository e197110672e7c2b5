"""Where a class run's slowest cells are: which cells, and when (while servers were still starting, or after).

The load test keeps every cell it ran as a :class:`CellTime` (notebook,
cell number, when it started in the run, how long it took) and every
learner's moment of "server ready". :func:`slowest` reads them: of the
cells at or above the 95th percentile, how many are a notebook's setup
cell (its first code cell: ``import helpers``, pandas, pyplot), how many
started while some learner's server was still starting, and which cells
come back most often. :func:`phases` gives the latency of each phase apart.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

__all__ = ["CellTime", "percentile", "phases", "slowest"]


@dataclass(frozen=True)
class CellTime:
    """One cell run: its notebook ("01"), its number among the code cells, its start (seconds into the run), its time.

    >>> CellTime("01", 0, 12.5, 3.2).label
    '01 cell 0 (setup)'
    """

    notebook: str
    index: int
    started: float
    seconds: float

    @property
    def label(self) -> str:
        return f"{self.notebook} cell {self.index}" + (" (setup)" if self.index == 0 else "")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``.

    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), percentile([3.0], 50)
    (10, 3.0)
    """
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def slowest(cells: list[CellTime], ready: list[float], q: float = 95, top: int = 8) -> dict | None:
    """The cells at or above the ``q``-th percentile, and what they are; ``ready``: when each server was ready.

    >>> cells = [CellTime("01", i % 3, float(i), 0.1) for i in range(18)] + [CellTime("01", 0, 1.0, 9.0),
    ...          CellTime("02", 5, 30.0, 5.0)]
    >>> s = slowest(cells, ready=[2.0, 4.0])
    >>> s["threshold_s"], s["cells"], s["setup_cells"], s["while_servers_start"], s["by_cell"]
    (5.0, 2, 1, 1, {'01 cell 0 (setup)': 1, '02 cell 5': 1})
    >>> slowest([], []) is None
    True
    """
    if not cells:
        return None
    threshold = percentile([c.seconds for c in cells], q)
    slow = [c for c in cells if c.seconds >= threshold]
    last_ready = max(ready, default=0.0)
    return {
        "threshold_s": round(threshold, 3),
        "cells": len(slow),
        "setup_cells": sum(c.index == 0 for c in slow),
        "setup_cells_in_run": sum(c.index == 0 for c in cells),
        "while_servers_start": sum(c.started < last_ready for c in slow),
        "by_cell": dict(Counter(c.label for c in slow).most_common(top)),
    }


def phases(cells: list[CellTime], ready: list[float]) -> dict:
    """Per-cell latency (median, p95, count) while servers were still starting, and after the last was ready.

    >>> cells = [CellTime("01", 1, 1.0, 2.0), CellTime("01", 2, 5.0, 0.1), CellTime("01", 3, 6.0, 0.3)]
    >>> phases(cells, ready=[3.0])
    {'while_servers_start': {'cells': 1, 'median': 2.0, 'p95': 2.0}, 'after': {'cells': 2, 'median': 0.2, 'p95': 0.3}}
    """
    last_ready = max(ready, default=0.0)
    out = {}
    for name, group in (("while_servers_start", [c for c in cells if c.started < last_ready]),
                        ("after", [c for c in cells if c.started >= last_ready])):
        times = [c.seconds for c in group]
        out[name] = {"cells": len(times), "median": round(statistics.median(times), 3) if times else None,
                     "p95": round(percentile(times, 95), 3) if times else None}
    return out
