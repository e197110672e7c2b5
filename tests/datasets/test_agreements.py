"""helpers.datasets.agreements: agreements.csv loads typed, and its key rows match the fact base."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.datasets import (
    CONFIDENCE_LEVELS,
    STATUSES,
    load_agreements,
    network_as_of,
)

from .official import OFFICIAL


@pytest.fixture(scope="module")
def agreements():
    return load_agreements().set_index("id", drop=False)



# --------------------------------------------------------------------------- shape and types


def test_agreements_columns_and_dtypes():
    df = load_agreements()
    dtypes = {c: str(t) for c, t in df.dtypes.items()}
    assert dtypes == {
        "id": "string", "partner": "string", "kind": "string", "instrument": "string",
        "title": "string", "official_title": "string",
        "signed": "string", "signed_start": "datetime64[ns]", "signed_end": "datetime64[ns]",
        "signed_precision": "string",
        "in_force": "string", "in_force_start": "datetime64[ns]", "in_force_end": "datetime64[ns]",
        "in_force_precision": "string",
        "status": "string", "amends": "string", "supersedes": "string", "source": "string",
        "confidence": "category", "notes": "string",
    }  # fmt: skip
    assert set(df["kind"]) == {"ACSA", "ISA", "RAA"}
    assert set(df["status"]) <= set(STATUSES)
    assert df["confidence"].cat.ordered and list(df["confidence"].cat.categories) == list(CONFIDENCE_LEVELS)
    assert isinstance(df.index, pd.RangeIndex) and len(df) == 30


def test_high_confidence_agreements_cite_an_official_page(agreements):
    high = agreements[agreements["confidence"] == "high"]
    for row_id, source in high["source"].items():
        assert any(domain in source for domain in OFFICIAL), row_id


def test_partial_dates_keep_their_text_and_never_gain_a_day(agreements):
    uk = agreements.loc["acsa-uk-2017"]
    assert (uk["in_force"], uk["in_force_precision"]) == ("2017", "year")
    assert (uk["in_force_start"], uk["in_force_end"]) == (
        pd.Timestamp("2017-01-01"),
        pd.Timestamp("2017-12-31"),
    )
    ca = agreements.loc["acsa-ca-2018"]
    assert (ca["in_force"], ca["in_force_precision"], ca["in_force_end"]) == (
        "2019-07",
        "month",
        pd.Timestamp("2019-07-31"),
    )
    assert agreements.loc["isa-uk-2013", "signed"] == "2013-07"
    pending = agreements[agreements["in_force"].isin(["pending", "unknown"])]
    assert pending["in_force_start"].isna().all() and pending["in_force_precision"].isna().all()


# --------------------------------------------------------------------------- facts pinned from the fact base


@pytest.mark.parametrize(
    ("row_id", "signed", "in_force", "status", "confidence"),
    [
        ("acsa-nz-2025", "2025-12-19", "pending", "pending", "high"),
        ("isa-nz-2025", "2025-12-19", "pending", "pending", "high"),
        ("acsa-nl-2025", "2025-12-18", "pending", "pending", "high"),
        ("acsa-uk-2017", "2017-01-26", "2017", "in force", "high"),
        ("acsa-us-1996", "1996-04-15", "1996-10", "superseded", "high"),
        ("acsa-us-2016", "2016-09-26", "2017-04-25", "in force", "high"),
        ("acsa-au-2010", "2010-05-19", "2013-01-31", "superseded", "high"),
        ("acsa-de-2024", "2024-01-29", "2024-07-12", "in force", "high"),
        ("acsa-it-2024", "2024-11-25", "2025-09-05", "in force", "medium"),
        ("acsa-ph-2026", "2026-01-15", "pending", "after seed date", "medium"),
        ("isa-ua-2024", "2024-11-16", "unknown", "unverified", "high"),
        ("isa-it-2016", "2016-03-19", "2016-06-07", "in force", "high"),
        ("raa-uk-2023", "2023-01-11", "2023-10-15", "in force", "high"),
        ("raa-ph-2024", "2024-07-08", "2025-09-11", "in force", "high"),
    ],
)
def test_key_rows_match_the_fact_base(agreements, row_id, signed, in_force, status, confidence):
    row = agreements.loc[row_id]
    assert (row["signed"], row["in_force"], row["status"], row["confidence"]) == (
        signed,
        in_force,
        status,
        confidence,
    )


def test_the_seed_agreements_cite_the_mofa_release_and_carry_official_titles(agreements):
    for row_id in ("acsa-nz-2025", "isa-nz-2025"):
        row = agreements.loc[row_id]
        assert "pressite_000001_01940" in row["source"]
        assert row["official_title"].startswith(
            "Agreement between the Government of Japan and the Government of New Zealand"
        )


def test_new_zealand_is_the_tenth_acsa_partner_by_signing_date(agreements):
    acsa = agreements[agreements["kind"] == "ACSA"]
    order = acsa.groupby("partner")["signed_start"].min().sort_values()
    assert list(order.index).index("New Zealand") + 1 == 10
    in_force = network_as_of()
    assert (
        in_force.loc[(in_force["kind"] == "ACSA") & (in_force["state"] == "in force"), "partner"].nunique()
        == 8
    )


def test_isas_that_took_effect_on_signature_are_in_the_data(agreements):
    """The Diet-approval correction rests on these rows: ISAs that needed no wait, ACSAs that did."""
    same_day = agreements[(agreements["kind"] == "ISA") & (agreements["signed"] == agreements["in_force"])]
    assert {"NATO", "France", "Germany"} <= set(same_day["partner"])
    acsa = agreements[(agreements["kind"] == "ACSA") & (agreements["in_force_precision"] == "day")]
    assert ((acsa["in_force_start"] - acsa["signed_start"]).dt.days > 30).all()
