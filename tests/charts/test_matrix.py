"""helpers.charts.matrix: the partner × kind matrix, text in every cell."""

from __future__ import annotations

from chart_axes import bars, texts
from matplotlib.patches import Rectangle

from helpers import charts


def test_agreement_matrix_puts_text_in_every_cell_for_greyscale_readers():
    ax = charts.agreement_matrix()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert len(rows) == 14 and rows[:2] == ["Australia", "United Kingdom"] and "▶ New Zealand" in rows
    assert [t.get_text().split("\n")[0] for t in ax.get_xticklabels()] == ["ACSA", "ISA", "RAA"]
    assert len([p for p in ax.patches if isinstance(p, Rectangle)]) == 14 * 3
    cells = [t for t in texts(ax) if t and t != ax.texts[-1].get_text()]
    assert len(cells) == 14 * 3
    assert cells.count("signed 2025") == 3 and "signed 2024*" in cells and "✓ 2017" in cells
    us = rows.index("United States")
    assert next(t.get_text() for t in ax.texts if t.get_position()[1] == us) == "✓ 1996", (
        "the US has had an ACSA since 1996"
    )
    nz = rows.index("▶ New Zealand")
    assert [t.get_text() for t in ax.texts if t.get_position()[1] == nz] == [
        "signed 2025",
        "signed 2025",
        "–",
    ]



def test_agreement_matrix_draws_every_cell_border_whole():
    ax = charts.agreement_matrix()
    ax.figure.canvas.draw()
    cells = bars(ax)
    on_edge = [p for p in cells if p.get_x() + p.get_width() >= ax.get_xlim()[1] - 1e-9]
    assert len(on_edge) == 14, "the RAA column touches the right edge"
    assert all(not p.get_clip_on() for p in on_edge), "a clipped border on the Axes' edge loses half its line"
    right = max(p.get_window_extent().x1 + p.get_linewidth() for p in cells)
    assert right <= ax.figure.bbox.x1, "the grid's right border leaves the figure"
