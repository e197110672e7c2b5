"""One list of charts: a chart registered once reaches the contract tests, the pictures, the renderer and the benchmark.

The export lists (``helpers.__all__``, ``helpers.charts.__all__``) are
compared with the registry, so a chart cannot be registered and left
unexported, or exported and left out of the tests.
"""

from __future__ import annotations

import importlib

import pytest
from matplotlib.figure import Figure

import helpers
import helpers.charts
from helpers.charts import registry
from helpers.charts.registry import CHARTS, Chart, figures, plots, register_chart


def tiny_chart(n: int = 3, ax=None, title=None):
    """A stand-in chart: ``n`` bars, a finding as its title, a source line."""
    ax = ax or Figure(figsize=(8, 4.5)).subplots()
    ax.bar(range(n), range(1, n + 1))
    ax.set_title(title or f"The last of the {n} bars is the tallest of them all, at {n}")
    ax.set_xlabel("Bar")
    ax.text(0, -0.2, "Source: made up for a test.", transform=ax.transAxes, gid="source")
    return ax


def describe_tiny_chart(n: int = 3) -> str:
    return f"The last of the {n} bars is the tallest of them all, at {n}."


@pytest.fixture
def only_tiny(monkeypatch):
    """The registry holding just the stand-in chart (and a view of it), for one test."""
    monkeypatch.setattr(registry, "CHARTS", {})
    return register_chart(Chart("tiny_chart", tiny_chart, describe_tiny_chart, views={"big": {"n": 6}}))


def test_a_registered_chart_reaches_every_reader(only_tiny, tmp_path):
    assert list(plots()) == ["tiny_chart"]
    assert {name: kwargs for name, (_, kwargs) in figures().items()} == {"tiny_chart": {}, "tiny_chart_big": {"n": 6}}
    images = importlib.import_module("test_chart_images")
    assert images.draw_figure("tiny_chart_big").get_title().endswith("at 6")
    from coursekit.build import render_charts

    assert render_charts.render(tmp_path) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "tiny_chart-grey.png", "tiny_chart.png", "tiny_chart_big-grey.png", "tiny_chart_big.png"
    ]  # fmt: skip
    from benchmarks import bench_charts

    assert [spec["name"] for spec in bench_charts.specs()] == ["tiny_chart", "tiny_chart_big"]
    bench = bench_charts._calls(bench_charts.specs())
    assert bench["tiny_chart_big"]().get_title().endswith("at 6")


def test_the_contract_tests_read_the_registry():
    contract = importlib.import_module("charts.test_contract")
    assert sorted(contract.CHARTS) == sorted(plots()) == sorted(set(CHARTS) - {"partner_map"})


def test_a_chart_is_named_after_its_functions(only_tiny):
    with pytest.raises(ValueError, match="chart 'tiny': draw is tiny_chart — name the chart after its function"):
        register_chart(Chart("tiny", tiny_chart, describe_tiny_chart))
    with pytest.raises(ValueError, match="its text twin must be describe_tiny_chart"):
        register_chart(Chart("tiny_chart", tiny_chart, tiny_chart))
    with pytest.raises(ValueError, match="already registered"):
        register_chart(only_tiny)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_registered_chart_is_exported_where_a_notebook_finds_it(name):
    chart = CHARTS[name]
    family = importlib.import_module(chart.draw.__module__)
    for function in (chart.draw, chart.describe):
        assert function.__name__ in helpers.__all__, f"add {function.__name__!r} to helpers/__init__.py"
        assert getattr(helpers, function.__name__) is function
        assert function.__name__ in family.__all__
        if not chart.is_map:
            assert function.__name__ in helpers.charts.__all__, f"add {function.__name__!r} to helpers/charts/__init__.py"


def test_every_exported_chart_is_registered():
    drawn = {c.draw.__name__ for c in CHARTS.values()} | {c.describe.__name__ for c in CHARTS.values()}
    exported = {n for n in helpers.charts.__all__ if callable(getattr(helpers.charts, n))}
    assert exported <= drawn, f"register these in helpers/charts/registry.py: {sorted(exported - drawn)}"
