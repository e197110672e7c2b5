"""helpers.charts.speakers: quotations per speaker, full and partial stacked."""

from __future__ import annotations

import pandas as pd
import pytest
from chart_axes import bars, caption, title

from helpers import charts

QUOTES = pd.DataFrame(
    {
        "speaker": ["Judith Collins", "Judith Collins", "Winston Peters", "Japan", "Japan", None, ""],
        "kind": ["full", "full", "full", "partial", "partial", "partial", "full"],
    }
)



def test_quotes_per_speaker_stacks_full_and_partial_with_distinct_hatches():
    ax = charts.quotes_per_speaker(QUOTES)
    speakers = [t.get_text() for t in ax.get_yticklabels()]
    assert speakers == ["Japan", "Judith Collins", "(no speaker found)", "Winston Peters"]
    assert title(ax) == "Japan and Judith Collins are quoted most, 2 each, of the article's 7 quotations"
    full, partial = bars(ax)[:4], bars(ax)[4:8]
    assert [p.get_width() for p in full] == [0, 2, 1, 1] and [p.get_width() for p in partial] == [2, 0, 1, 0]
    assert {p.get_hatch() for p in partial} == {"///"} and not any(p.get_hatch() for p in full)
    assert ax.get_legend() is not None and caption(ax) == charts.SOURCE_QUOTES


def test_quotes_per_speaker_never_crowns_the_unattributed():
    unattributed = pd.DataFrame({"speaker": ["", "", None, "Peters"], "kind": ["full"] * 4})
    ax = charts.quotes_per_speaker(unattributed)
    assert title(ax) == "Peters is quoted most: 1 of the article's 4 quotations"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["(no speaker found)", "Peters"]
    nobody = pd.DataFrame({"speaker": [""], "kind": ["partial"]})
    assert charts.describe_quotes_per_speaker(nobody).startswith(
        "Bar chart of quotations per speaker, full and partial stacked. "
        "No speaker was found for any of the article's 1 quotations."
    )


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"who": ["a"], "kind": ["full"]}), "the quotations table has no 'speaker' column"),
        (
            pd.DataFrame({"speaker": ["a"], "kind": ["indirect"]}),
            "unknown quotation kind 'indirect' — use 'full' or 'partial'",
        ),
        (
            pd.DataFrame({"speaker": ["a"], "kind": [None]}),
            "unknown quotation kind '<missing>' — use 'full' or 'partial'",
        ),
        (pd.DataFrame({"speaker": [], "kind": []}), "no quotations to chart — the table is empty"),
    ],
)
def test_quotes_per_speaker_refuses_tables_it_cannot_chart(frame, message):
    with pytest.raises(ValueError) as info:
        charts.quotes_per_speaker(frame)
    assert str(info.value).startswith(message)



def test_quotes_per_speaker_reads_the_parsers_table_and_skips_nested_quotes():
    from helpers import load_seeds, quotes_frame

    quotes = quotes_frame(load_seeds()[0])
    outer = quotes[quotes["parent"].isna()]
    assert len(outer) == len(quotes) - 1 == 9, (
        "the seed has one nested quotation ('Free and Open Indo-Pacific')"
    )
    ax = charts.quotes_per_speaker(quotes)
    assert title(ax) == "Japan's Foreign Ministry is quoted most: 3 of the article's 9 quotations"
    assert sum(p.get_width() for p in bars(ax)) == len(outer)
