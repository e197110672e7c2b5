"""helpers.context: the strategic context's claims are sourced, dated and brief."""

from __future__ import annotations

import pandas as pd
import pytest
from datasets.official import OFFICIAL

from helpers.context import DATA_AS_OF, MAX_QUOTE_WORDS, load_context, still_pending, what_happened_next
from helpers.datasets import (
    DATA_DIR,
    SEED_DATE,
    load_agreements,
)


@pytest.fixture(scope="module")
def agreements():
    return load_agreements().set_index("id", drop=False)



# --------------------------------------------------------------------------- the strategic context


@pytest.fixture(scope="module")
def context():
    return load_context().set_index("id", drop=False)


@pytest.mark.parametrize(
    ("row_id", "date", "precision", "confidence"),
    [
        ("us-japan-treaty-1951", "1951-09-08", "day", "medium"),
        ("us-japan-treaty-1960", "1960-01-19", "day", "medium"),
        ("auckland-statement-2013", "2013-06-09", "day", "high"),
        ("foip-2016", "2016-08", "month", "high"),
        ("foip-new-plan-2023", "2023-03-20", "day", "high"),
        ("defence-doi-2023", "2023", "year", "medium"),
        ("aukus-peters-2024", "2024-05-01", "day", "medium"),
        ("mogami-interest-2025", "2025-10-20", "day", "medium"),  # a dated Japanese report (livedoor) and a Kyodo summary
        ("philippines-acsa-2026", "2026-01-15", "day", "medium"),
        ("collins-law-commission-2026", "2026-01-28", "day", "medium"),
    ],
)
def test_key_context_rows_match_their_sources(context, row_id, date, precision, confidence):
    row = context.loc[row_id]
    assert (row["date"], row["date_precision"], row["confidence"]) == (date, precision, confidence)


def test_the_taiwan_strait_transit_keeps_every_account(context):
    strait = context[context["id"].str.startswith("strait-2024-")]
    assert set(strait["date"]) == {"2024-09-25"} and len(strait) == 3
    # what people said is kept apart from what papers wrote
    assert set(strait["kind"]) == {"statement", "report"}
    assert strait["who"].str.contains("Collins").any() and strait["who"].str.contains("Yomiuri").any()


def test_high_confidence_context_cites_a_government_page(context):
    government = (*OFFICIAL, "japan.go.jp", "dfat.gov.au", "govt.nz", "parliament.nz", "nzdf.mil.nz")
    high = context[context["confidence"] == "high"]
    assert len(high) >= 4
    for row_id, source in high["source"].items():
        assert any(domain in source for domain in government), row_id


def test_context_quotations_are_brief_and_every_row_is_dated_by_the_as_of_date(context):
    quotes = context["quote"].dropna()
    assert (quotes.str.split().str.len() <= MAX_QUOTE_WORDS).all() and len(quotes) >= 15
    assert (context["date_start"] <= DATA_AS_OF).all()
    sources = (DATA_DIR / "SOURCES.md").read_text(encoding="utf-8")
    assert f"As of {DATA_AS_OF:%Y-%m-%d}" in sources  # the datasheet states the same day
    section = sources.split("## context.csv", 1)[1]
    assert f"{len(context)} rows" in section.split("|", 1)[0], "SOURCES.md must give context.csv's row count"


def test_what_happened_next_is_after_the_seed_and_names_its_sources(context):
    later = what_happened_next()
    assert later["id"].tolist() == [
        "philippines-acsa-2026", "philippines-acsa-diet-2026", "nz-election-date-2026", "japan-dissolution-2026",
        "japan-canada-etta-2026", "collins-law-commission-2026", "japan-election-2026", "canada-csp-2026",
        "nz-election-2026",
    ]  # fmt: skip
    assert (pd.to_datetime(later["date"]) > SEED_DATE).all()
    assert later["source"].str.contains("https?://", regex=True).all()
    assert not context.loc[~context["after_seed"], "date_start"].gt(SEED_DATE).any()


def test_still_pending_says_not_found_as_of_the_date(agreements):
    pending = still_pending().set_index("id")
    assert {"acsa-nz-2025", "isa-nz-2025", "acsa-ph-2026"} <= set(pending.index)
    assert set(pending.index) == set(agreements.index[agreements["in_force"].isin(["pending", "unknown"])])
    assert (pending["finding"] == f"entry into force not found as of {DATA_AS_OF:%Y-%m-%d}").all()
