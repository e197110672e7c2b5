"""Every registered chart keeps one contract: a finding as its title, labelled axes, a source, the palette.

These tests read what is on the Axes (titles, labels, bars, texts, colours),
never pixels, for every chart on plain Axes in ``helpers.charts.registry``
(the map has its own tests, tests/charts/test_maps.py), each drawn from the
course's data its registry entry names.
"""

from __future__ import annotations

import io
import subprocess
import sys

import matplotlib
import matplotlib.pyplot as plt
import pytest
from chart_axes import caption, title
from matplotlib.colors import to_hex

from helpers.charts import OKABE_ITO
from helpers.charts.registry import plots

#: name -> (chart, describe, positional args): every registered chart on plain Axes, drawn from the course's data.
CHARTS = {name: (c.draw, c.describe, c.args()) for name, c in plots().items()}
GREYS = {"#ffffff", "#d9d9d9", "#bbbbbb", "#888888", "#777777", "#555555", "#333333"}

# --------------------------------------------------------------------------- shared contract


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_a_finding_title_labelled_axes_and_a_source(name):
    draw, describe, args = CHARTS[name]
    ax = draw(*args)
    assert isinstance(ax, matplotlib.axes.Axes)
    assert len(title(ax)) > 30 and not title(ax).endswith(".")
    assert ax.get_xlabel()
    assert caption(ax).startswith("Source:")
    assert title(ax) + "." in describe(*args), "the text twin states the same finding"
    assert ax.title.get_fontsize() >= 11 and ax.xaxis.label.get_fontsize() >= 8
    assert all(t.get_fontsize() >= 8 for t in ax.get_yticklabels() + ax.get_xticklabels())


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_draws_on_the_axes_it_is_given_and_never_shows(name, monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("a chart called plt.show()"))
    draw, _, args = CHARTS[name]
    before = dict(matplotlib.rcParams)
    _, (left, right) = plt.subplots(1, 2, figsize=(14, 5))
    assert draw(*args, ax=right) is right
    assert not left.has_data() and right.has_data()
    assert dict(matplotlib.rcParams) == before


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_uses_only_the_okabe_ito_palette_and_greys(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args)
    colours = set()
    for patch in ax.patches:
        colours |= {to_hex(patch.get_facecolor()), to_hex(patch.get_edgecolor())}
    for line in ax.get_lines():
        colours |= {
            to_hex(line.get_color()),
            to_hex(line.get_markerfacecolor()),
            to_hex(line.get_markeredgecolor()),
        }
    allowed = {c.lower() for c in OKABE_ITO.values()} | GREYS
    assert colours <= allowed, sorted(colours - allowed)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_is_deterministic(name):
    draw, describe, args = CHARTS[name]

    def png() -> bytes:
        ax = draw(*args)
        out = io.BytesIO()
        ax.figure.savefig(out, format="png", dpi=60, metadata={"Software": None})
        plt.close(ax.figure)
        return out.getvalue()

    assert png() == png()
    assert describe(*args) == describe(*args)


def test_default_figures_fit_jupyter_and_the_whole_set_draws_quickly():
    """Every default figure fits JupyterLab's width and draws.

    How quickly the whole set draws is measured by ``benchmarks/bench_charts.py``
    (its ``set`` row), not here: a wall-time limit in a test fails on a loaded machine.
    """
    for draw, _, args in CHARTS.values():
        ax = draw(*args)
        ax.figure.canvas.draw()
        width, height = ax.figure.get_size_inches()
        assert width == 8.0 and 4.5 <= height <= 5.6


def test_layout_keeps_title_and_caption_inside_the_figure():
    for draw, _, args in CHARTS.values():
        ax = draw(*args)
        fig = ax.figure
        fig.canvas.draw()
        box = fig.bbox
        for artist in (ax.title, *[t for t in ax.texts if t.get_gid() == "source"]):
            extent = artist.get_window_extent()
            assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, (title(ax), artist.get_text()[:30])
            assert extent.y0 >= box.y0 - 1 and extent.y1 <= box.y1 + 1


def test_importing_helpers_does_not_import_pyplot_or_change_matplotlib():
    code = (  # dict.__getitem__: reading rcParams["backend"] the normal way would itself import pyplot
        "import sys, matplotlib;"
        "snap = lambda: {k: dict.__getitem__(matplotlib.rcParams, k) for k in matplotlib.rcParams.keys()};"
        "before = snap(); import helpers, helpers.charts;"
        "print('matplotlib.pyplot' in sys.modules, snap() == before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]



@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_takes_a_title_of_the_readers_own(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args, title="My own reading of this chart")
    assert title(ax) == "My own reading of this chart"
    plt.close(ax.figure)
    assert title(draw(*args)) != "My own reading of this chart", "the default is still the finding"


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_default_titles_take_at_most_two_lines(name):
    draw, _, args = CHARTS[name]
    ax = draw(*args)
    assert ax.get_title().count("\n") <= 1, ax.get_title()
