"""helpers.charts.distances: the partners' distances from Tokyo, sorted and labelled."""

from __future__ import annotations

import pytest
from chart_axes import bars, caption, texts

from helpers import charts


def test_distances_chart_sorts_bars_labels_them_and_marks_new_zealand():
    ax = charts.distances_chart()
    widths = [p.get_width() for p in bars(ax)]
    assert len(widths) == 14 and widths == sorted(widths)
    assert any(t.startswith("9,276 km") for t in texts(ax))
    (hatched,) = [p for p in bars(ax) if p.get_hatch()]
    assert hatched.get_width() == pytest.approx(9276.26, abs=0.01)
    assert ax.get_xlabel() == "Great-circle distance from Tokyo (km)"
    assert "6,371.0088 km" in caption(ax)
