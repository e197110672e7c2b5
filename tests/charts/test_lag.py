"""helpers.charts.lag: the wait from signature to entry into force, approximate dates marked."""

from __future__ import annotations

import pytest
from chart_axes import legend_labels, texts, title
from matplotlib.figure import Figure

from helpers import charts


def test_ratification_lag_marks_approximate_dates_and_explains_the_wait():
    ax = charts.ratification_lag()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Australia 2010" and "United Kingdom 2017" in labels and len(labels) == 12
    assert "32.5" in texts(ax) and "≈ 0.0–11.1" in texts(ax)
    assert ax.get_xlabel() == "Months from signature to entry into force"
    describe = charts.describe_ratification_lag()
    assert "National Diet" in describe and "New Zealand (2025-12-19, pending)" in describe
    isa = charts.ratification_lag(kind="ISA", ax=Figure().subplots())
    assert title(isa).startswith("Japan's ISAs took a median of")
    with pytest.raises(ValueError, match="unknown kind 'SOFA' — use one of: ACSA, ISA, RAA, or None for all"):
        charts.ratification_lag(kind="SOFA")



def test_ratification_lag_values_stand_clear_of_the_median_line():
    ax = charts.ratification_lag()
    values = [t for t in ax.texts if t.get_gid() != "source"]
    assert len(values) == 12 and all(t.get_position()[0] > 1 for t in values), "a column right of the plot"
    assert "range: a date known only to month or year" in legend_labels(ax)
    tall = charts.ratification_lag(kind=None)
    assert tall.figure.get_figheight() > 4.5, "every row keeps room for its label"
