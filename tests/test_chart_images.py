"""The pictures themselves: each chart and the map match an approved PNG, and no text collides.

Image comparison (pytest-mpl): ``make test`` runs pytest with ``--mpl``, so
each figure below is compared with its baseline in ``tests/baseline/`` (RMS
difference of the pixels, 0–255 scale, at most ``TOLERANCE``). After an
intended change, regenerate the baselines with ``make chart-baselines`` (and
``make chart-baselines-legacy`` for matplotlib before 3.11), look at the new
pictures, and commit them with the change.

Text layout (from the artists' window extents after drawing): no text of a
chart overlaps another, none leaves the figure, and no vertical reference
line (a median, a date) runs through a text, so the defects once seen in the
rendered notebooks cannot return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import ft2font
from matplotlib.legend import Legend
from matplotlib.text import Text

from helpers.charts.registry import figures

# Text is most of a chart's pixels, and how it is rendered depends on the
# FreeType that matplotlib was built with: 2.6.1 with forced autohinting up to
# matplotlib 3.10, 2.14 with FreeType's own hinting from 3.11. Between the two
# every glyph moves a little (RMS 30–60, measured 3.10.8 against 3.11.2), so
# each family has its own approved pictures, chosen here. Within a family the
# pictures were pixel-identical (RMS 0, measured: 3.8.4 against 3.10.8);
# TOLERANCE leaves room for antialiasing at the edges, while a chart moved by
# 3 pixels scores about 70.
FREETYPE = ".".join(ft2font.__freetype_version__.split(".")[:2])
BASELINE = f"baseline/freetype-{FREETYPE}"
TOLERANCE = 6  # RMS over 0–255 pixel values
DPI = 72


def draw_figure(name: str):
    """Draw the registered figure ``name`` (a chart, or one of its views) on the course's data."""
    chart, kwargs = figures()[name]
    return chart.draw(*chart.args(), **kwargs)


#: Every chart and view in ``helpers.charts.registry``: a new chart's picture is asked for here by itself.
FIGURES = sorted(figures())


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.mark.parametrize("name", FIGURES)
@pytest.mark.mpl_image_compare(
    baseline_dir=BASELINE, tolerance=TOLERANCE, style="default", savefig_kwargs={"dpi": DPI}
)
def test_chart_looks_as_approved(name, request):
    generating = request.config.getoption("--mpl-generate-path", default=None)
    if not generating and not (Path(__file__).parent / BASELINE).is_dir():
        pytest.skip(
            f"no approved pictures for FreeType {FREETYPE} (matplotlib {matplotlib.__version__}): "
            "make them with `make chart-baselines`, look at them, and commit them"
        )
    return draw_figure(name).figure


# --------------------------------------------------------------------------- text layout


def _outside_view(text: Text) -> bool:
    """A tick label whose tick lies outside the view limits is not drawn."""
    for ax in text.figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if text in (tick.label1, tick.label2):
                    low, high = sorted(axis.get_view_interval())
                    span = (high - low) or 1
                    return not (low - 1e-9 * span <= tick.get_loc() <= high + 1e-9 * span) or not (
                        tick.get_visible() and text.get_visible()
                    )
    return False


def drawn_texts(fig) -> list[Text]:
    """Every text a reader sees in ``fig``: titles, labels, ticks, notes, legends, map labels."""
    fig.canvas.draw()
    texts = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip() or _outside_view(text):
            continue
        if any(not parent.get_visible() for parent in _parents(text)):
            continue
        texts.append(text)
    return list(dict.fromkeys(texts))


def _parents(text: Text):
    for ax in text.figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if text in axis.get_majorticklabels() or text is axis.label:
                yield axis


def _in_legend(text: Text) -> bool:
    return any(
        text in legend.get_texts() or text is legend.get_title()
        for ax in text.figure.axes
        for legend in ax.findobj(Legend)
    )


def _overlap(a, b, slack: float = 0.5) -> bool:
    return (
        a.x0 + slack < b.x1 - slack
        and b.x0 + slack < a.x1 - slack
        and a.y0 + slack < b.y1 - slack
        and b.y0 + slack < a.y1 - slack
    )


@pytest.mark.parametrize("name", FIGURES)
def test_no_text_overlaps_another_or_leaves_the_figure(name):
    fig = draw_figure(name).figure
    texts = drawn_texts(fig)
    assert len(texts) > 10, "the chart should have a title, labels, ticks and a source"
    extents = [(t, t.get_window_extent()) for t in texts]
    box = fig.bbox
    for text, e in extents:
        assert e.x0 >= box.x0 - 1 and e.x1 <= box.x1 + 1 and e.y0 >= box.y0 - 1 and e.y1 <= box.y1 + 1, (
            f"{text.get_text()[:40]!r} leaves the figure"
        )
    clashes = [
        (a.get_text()[:30], b.get_text()[:30])
        for i, (a, ea) in enumerate(extents)
        for b, eb in extents[i + 1 :]
        if _overlap(ea, eb)
    ]
    assert not clashes, f"texts overlap: {clashes}"


@pytest.mark.parametrize("name", FIGURES)
def test_no_reference_line_runs_through_a_text(name):
    ax = draw_figure(name)
    fig = ax.figure
    texts = [t for t in drawn_texts(fig) if not _in_legend(t)]
    for line in ax.get_lines():
        xs = {float(x) for x in np.atleast_1d(ax.xaxis.convert_units(line.get_xdata()))}
        if len(xs) != 1 or line.get_transform() != ax.get_xaxis_transform() or not line.get_visible():
            continue  # not a vertical reference line (axvline)
        (x,) = xs
        x_px = ax.transData.transform((x, 0))[0]
        for text in texts:
            e = text.get_window_extent()
            crossed = e.x0 + 1 < x_px < e.x1 - 1 and e.y0 < ax.bbox.y1 and e.y1 > ax.bbox.y0
            assert not crossed, f"the line at x={x:.1f} runs through {text.get_text()!r}"


def test_the_overlap_check_can_fail():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.set_title("A title")
    ax.text(0.5, 0.5, "one label")
    ax.text(0.52, 0.5, "another label")
    ax.text(1.4, 0.5, "off the figure")
    fig.canvas.draw()
    texts = drawn_texts(fig)
    labels = [t for t in texts if "label" in t.get_text()]
    assert _overlap(labels[0].get_window_extent(), labels[1].get_window_extent())
    off = next(t for t in texts if t.get_text() == "off the figure")
    assert off.get_window_extent().x1 > fig.bbox.x1
