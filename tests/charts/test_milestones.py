"""helpers.charts.milestones: the milestones on their tracks, approximate dates marked."""

from __future__ import annotations

from chart_axes import texts
from matplotlib.colors import to_hex

from helpers import charts


def test_milestones_timeline_marks_each_track_and_the_approximate_date():
    ax = charts.milestones_timeline()
    points = [
        line for line in ax.get_lines() if line.get_label().startswith("_") and len(line.get_xdata()) == 1
    ]
    assert len(points) == 7
    assert {line.get_marker() for line in points} == {"o", "s", "*", "D"}
    hollow = [line for line in points if to_hex(line.get_markerfacecolor()) == "#ffffff"]
    assert len(hollow) == 1
    labels = [t for t in texts(ax) if "\n" in t and not t.startswith("Source")]
    assert len(labels) == 7 and labels[4].startswith("≈ 2025-04\n")
    assert not ax.get_yticks().size
