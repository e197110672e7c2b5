"""helpers.charts.acsa: the ACSA timeline shows each agreement's row, state and the seed's date."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
from chart_axes import bars, legend_labels, texts, title

from helpers import charts


def test_acsa_timeline_has_a_bar_row_per_agreement_pending_labels_and_the_seed_line():
    ax = charts.acsa_timeline()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "United States 1996" and labels[-2:] == ["Netherlands 2025", "New Zealand 2025"]
    assert len(labels) == 12  # ACSA agreements signed by 2025-12-19 (amendments are diamonds)
    assert texts(ax).count("pending") == 2
    assert "in force 2017" in texts(ax) and "replaced 2017" in texts(ax)
    seed = matplotlib.dates.date2num(pd.Timestamp("2025-12-19"))
    vertical = [
        matplotlib.dates.date2num(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "--"
    ]
    assert any(np.allclose(x, seed) for x in vertical)
    dotted = [p for p in bars(ax) if p.get_hatch() == "...."]
    assert len(dotted) == 3  # entry into force known to the month or year: US 1996, UK, Canada
    diamonds = [line for line in ax.get_lines() if line.get_marker() == "D" and len(line.get_xdata())]
    assert len(diamonds) == 2


def test_acsa_timeline_after_the_seed_date_does_not_claim_what_is_not_tracked():
    ax = charts.acsa_timeline(as_of="2026-06-30")
    assert title(ax) == (
        "By 2026-06-30 Japan had signed ACSAs with 11 partners: 8 in force, "
        "3 of unknown status (Netherlands, New Zealand and Philippines)"
    )
    assert texts(ax).count("in force: unknown") == 3 and "pending" not in texts(ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "entry into force not known" in legend and "not in force on 2026-06-30" not in legend
    assert title(charts.acsa_timeline(as_of="1990-01-01")) == "By 1990-01-01 Japan had signed no ACSA"


def test_acsa_timeline_as_of_an_earlier_date():
    ax = charts.acsa_timeline(as_of="2020-01-01")
    assert title(ax) == "By 2020-01-01 Japan had signed ACSAs with 5 partners: 5 in force"
    assert "Not shown, signed after 2020-01-01: India (2020-09-09)" in charts.describe_acsa_timeline(
        as_of="2020-01-01"
    )



def test_acsa_timeline_legend_shows_only_marks_a_reader_can_see():
    # On the seed's date the two pending ACSAs are a day old: their bars are too thin to see.
    assert not any(label.startswith("not in force") for label in legend_labels(charts.acsa_timeline()))
    earlier = charts.acsa_timeline(
        as_of="2025-06-30"
    )  # Italy's ACSA: signed in 2024, in force only in September
    pending = [p for p in bars(earlier) if p.get_hatch() == "////"]
    assert pending and "not in force on 2025-06-30" in legend_labels(earlier)
