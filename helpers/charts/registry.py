"""The course's charts, one list: each chart's draw function, its ``describe_*`` text twin and its data.

:data:`CHARTS` is the only list of the charts: the tests (every chart's
contract, the approved pictures), the renderer (``python -m coursekit charts``)
and the benchmark read it. A new chart is its module in ``helpers/charts/``
and one :func:`register_chart` line here (plus its names in the export lists,
which a test compares with this one).

Each :class:`Chart` knows the course's data it is drawn from (``data``:
nothing for the charts that load the curated tables themselves, ``"quotes"``
for the seed article's quotations) and the other ``views`` worth a picture
(another date, another option): a figure's name is the chart's name, or
``<name>_<view>``.

>>> CHARTS["acsa_timeline"].describe.__name__
'describe_acsa_timeline'
>>> sorted(figures())[:3]
['acsa_timeline', 'acsa_timeline_2026', 'agreement_matrix']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .acsa import acsa_timeline, describe_acsa_timeline
from .distances import describe_distances_chart, distances_chart
from .lag import describe_ratification_lag, ratification_lag
from .maps import describe_partner_map, partner_map
from .matrix import agreement_matrix, describe_agreement_matrix
from .milestones import describe_milestones_timeline, milestones_timeline
from .partners import describe_partners_over_time, partners_over_time
from .speakers import describe_quotes_per_speaker, quotes_per_speaker

__all__ = ["CHARTS", "DATA", "Chart", "figures", "plots", "register_chart"]


def _seed_quotes() -> tuple[Any, ...]:
    from ..article import load_seeds
    from ..frames import quotes_frame

    return (quotes_frame(load_seeds()[0]),)


#: The course's data a chart can be drawn from, by name: a function giving the positional arguments.
DATA: dict[str, Callable[[], tuple[Any, ...]]] = {"": tuple, "quotes": _seed_quotes}


@dataclass(frozen=True)
class Chart:
    """One chart: its name, draw function, text twin, the course's data it draws and its other views.

    >>> chart = CHARTS["partner_map"]
    >>> chart.is_map, chart.views["2015"], chart.args()
    (True, {'as_of': '2015-01-01'}, ())
    """

    name: str
    draw: Callable[..., Any]
    describe: Callable[..., str]
    data: str = ""
    views: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    is_map: bool = False

    def args(self) -> tuple[Any, ...]:
        """The positional arguments that draw (and describe) the course's data.

        >>> len(CHARTS["quotes_per_speaker"].args()), CHARTS["acsa_timeline"].args()
        (1, ())
        """
        return DATA[self.data]()


#: Every chart of the course by name, in the order the course shows them.
CHARTS: dict[str, Chart] = {}


def register_chart(chart: Chart) -> Chart:
    """Add ``chart`` to :data:`CHARTS`, checked: its functions are named ``name`` and ``describe_<name>``.

    >>> register_chart(Chart("acsa_timeline", acsa_timeline, describe_acsa_timeline))
    Traceback (most recent call last):
    ...
    ValueError: chart 'acsa_timeline' is already registered — choose another name
    >>> register_chart(Chart("lag", ratification_lag, describe_ratification_lag))
    Traceback (most recent call last):
    ...
    ValueError: chart 'lag': draw is ratification_lag — name the chart after its function
    """
    if getattr(chart.draw, "__name__", None) != chart.name:
        raise ValueError(
            f"chart {chart.name!r}: draw is {getattr(chart.draw, '__name__', chart.draw)} — name the chart after its function"
        )
    if getattr(chart.describe, "__name__", None) != f"describe_{chart.name}":
        raise ValueError(f"chart {chart.name!r}: its text twin must be describe_{chart.name}")
    if chart.data not in DATA:
        raise ValueError(f"chart {chart.name!r}: no data {chart.data!r} — use one of: {', '.join(map(repr, DATA))}")
    if chart.name in CHARTS:
        raise ValueError(f"chart {chart.name!r} is already registered — choose another name")
    CHARTS[chart.name] = chart
    return chart


def plots() -> dict[str, Chart]:
    """The charts on plain Axes (every chart but the maps), which share one contract of titles and axes.

    >>> "partner_map" in plots(), "acsa_timeline" in plots()
    (False, True)
    """
    return {name: chart for name, chart in CHARTS.items() if not chart.is_map}


def figures() -> dict[str, tuple[Chart, dict[str, Any]]]:
    """Every picture worth approving: figure name → (chart, keyword arguments), each chart and each view.

    >>> figures()["partner_map_2015"][1]
    {'as_of': '2015-01-01'}
    """
    out: dict[str, tuple[Chart, dict[str, Any]]] = {}
    for chart in CHARTS.values():
        out[chart.name] = (chart, {})
        for view, kwargs in chart.views.items():
            out[f"{chart.name}_{view}"] = (chart, dict(kwargs))
    return out


for _chart in (
    Chart("acsa_timeline", acsa_timeline, describe_acsa_timeline, views={"2026": {"as_of": "2026-12-31"}}),
    Chart("ratification_lag", ratification_lag, describe_ratification_lag, views={"all_kinds": {"kind": None}}),
    Chart("partners_over_time", partners_over_time, describe_partners_over_time),
    Chart("agreement_matrix", agreement_matrix, describe_agreement_matrix),
    Chart("distances_chart", distances_chart, describe_distances_chart),
    Chart("quotes_per_speaker", quotes_per_speaker, describe_quotes_per_speaker, data="quotes"),
    Chart("milestones_timeline", milestones_timeline, describe_milestones_timeline),
    Chart("partner_map", partner_map, describe_partner_map, views={"2015": {"as_of": "2015-01-01"}}, is_map=True),
):
    register_chart(_chart)
del _chart
