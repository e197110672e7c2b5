"""Charts in the Japanese edition: Japanese titles, labels and sources, and never a missing glyph (an empty box).

matplotlib warns "Glyph ... missing from font(s) ..." when the font has no
shape for a character and draws an empty box instead; here that warning is
an error. The Japanese font comes from PyPI (matplotlib-fontja, IPAexGothic),
added by :func:`helpers.i18n.chart_font`, which ``helpers.start(..., lang="ja")`` calls.
"""

from __future__ import annotations

import re
import warnings

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib import rcParams

from coursekit.build import render_charts
from helpers.i18n import chart_font, language

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CHARTS = render_charts.charts_to_render()


@pytest.fixture
def japanese_charts():
    before = list(rcParams["font.family"])
    assert chart_font("ja") == "IPAexGothic", "install the [ja] extra: pip install -e '.[ja]'"
    try:
        with language("ja"):
            yield
    finally:
        rcParams["font.family"] = before


def _draw_strictly(draw, *args, **kwargs):
    """Draw a chart to pixels; a missing glyph is an error."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph .* missing from font")
        ax = draw(*args, **kwargs)
        try:
            ax.figure.canvas.draw()
            return ax, [t.get_text() for t in ax.figure.findobj(matplotlib.text.Text)]
        finally:
            plt.close(ax.figure)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_draws_in_japanese_without_a_missing_glyph(name, japanese_charts):
    draw, _describe, args, kwargs = CHARTS[name]
    ax, texts = _draw_strictly(draw, *args, **kwargs)
    assert _JAPANESE.search(ax.get_title()), f"{name}: the title is not in Japanese: {ax.get_title()!r}"
    assert any(_JAPANESE.search(t) for t in texts if t != ax.get_title()), f"{name}: only the title is in Japanese"


def test_the_glyph_check_fails_when_the_japanese_font_is_missing():
    before = list(rcParams["font.family"])
    rcParams["font.family"] = ["DejaVu Sans"]
    try:
        with pytest.raises(UserWarning, match="missing from font"):

            def draw():
                _fig, ax = plt.subplots()
                ax.set_title("日本の締結相手")
                return ax

            _draw_strictly(draw)
    finally:
        rcParams["font.family"] = before
        plt.close("all")


def test_japanese_titles_wrap_inside_the_figure(japanese_charts):
    ax, _ = _draw_strictly(*CHARTS["ratification_lag"][:1])
    lines = ax.get_title().split("\n")
    assert len(lines) > 1, "a long Japanese title must wrap (Japanese has no spaces to break at)"
