"""helpers.charts.partners: partners over time, one step line per kind of agreement."""

from __future__ import annotations

from chart_axes import texts, title
from matplotlib.figure import Figure

import helpers
from helpers import charts, load_agreements


def test_partners_over_time_has_one_distinct_step_line_per_kind_ending_at_the_counts():
    ax = charts.partners_over_time()
    steps = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert [line.get_label().split()[0] for line in steps] == ["ACSA", "ISA", "RAA"]
    assert [int(line.get_ydata()[-1]) for line in steps] == [10, 12, 3]
    assert len({line.get_linestyle() for line in steps}) == 3
    markers = {
        line.get_marker() for line in ax.get_lines() if line.get_label().startswith("_") and line.get_marker()
    }
    assert {"o", "s", "^"} <= markers
    assert {"ACSA 10", "ISA 12", "RAA 3"} <= set(texts(ax))
    assert ax.get_ylabel() == "Partners (cumulative count)"



def test_charts_accept_their_data_as_a_table():
    agreements = load_agreements()
    only_acsa = agreements[agreements["kind"] == "ACSA"]
    ax = charts.partners_over_time(only_acsa)
    assert title(ax) == "8 of Japan's 10 security-agreement partnerships were first signed after 2015"
    lines = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert [line.get_label() for line in lines] == ["ACSA (supplies and services)"]
    near = charts.distances_chart(helpers.distances_from("Tokyo").head(3), ax=Figure().subplots())
    assert title(near) == "The capitals or seats of Japan's partners lie 1,153–5,838 km from Tokyo"
