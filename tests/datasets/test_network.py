"""helpers.datasets.network: the network on any day, partial dates read conservatively."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.datasets import (
    SEED_DATE,
    STATES,
    load_agreements,
    network_as_of,
)

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def agreements():
    return load_agreements().set_index("id", drop=False)



# --------------------------------------------------------------------------- network_as_of


def test_network_on_the_seed_date_agrees_with_the_status_column(agreements):
    net = network_as_of().set_index("id")
    expected = {"in force": "in force", "superseded": "superseded", "pending": "signed, not in force",
                "unverified": "uncertain"}  # fmt: skip
    for row_id, state in net["state"].items():
        assert state == expected[agreements.loc[row_id, "status"]], row_id
    assert "acsa-ph-2026" not in net.index
    assert list(net.columns) == [
        "partner",
        "kind",
        "instrument",
        "title",
        "signed",
        "in_force",
        "state",
        "reason",
    ]
    assert set(net["state"]) <= set(STATES)


@pytest.mark.parametrize(
    ("date", "row_id", "state"),
    [
        ("2017-01-25", "acsa-uk-2017", None),  # not yet signed: absent
        ("2017-01-26", "acsa-uk-2017", "uncertain"),  # signed that day; in force some day in 2017
        ("2017-06-30", "acsa-uk-2017", "uncertain"),  # in force "2017": only known by its end
        ("2017-12-31", "acsa-uk-2017", "in force"),
        ("2017-04-24", "acsa-us-1996", "in force"),
        ("2017-04-25", "acsa-us-1996", "superseded"),
        ("2017-04-25", "acsa-us-2004", "superseded"),  # an amendment goes with what it amends
        ("2013-07-15", "isa-uk-2013", "uncertain"),  # signed "2013-07": cannot tell
        ("2013-08-01", "isa-uk-2013", "signed, not in force"),
        ("2026-02-01", "acsa-ph-2026", "uncertain"),
        ("2026-02-01", "acsa-nz-2025", "uncertain"),  # pending on the seed's date; later not tracked
    ],
)
def test_network_as_of_handles_partial_dates_conservatively(date, row_id, state):
    net = network_as_of(date).set_index("id")
    if state is None:
        assert row_id not in net.index
    else:
        assert net.loc[row_id, "state"] == state


def test_network_as_of_accepts_dates_and_rejects_nonsense():
    assert len(network_as_of(pd.Timestamp("1990-01-01"))) == 0
    assert network_as_of("2025-12-19").equals(network_as_of())
    with pytest.raises(ValueError, match="'yesterday' is not a date: write it as 'YYYY-MM-DD'"):
        network_as_of("yesterday")


def test_seed_date_is_the_article_date():
    assert SEED_DATE == pd.Timestamp("2025-12-19")
    text = (ROOT / "seeds" / "000_12fca90ebed3288f.txt").read_text(encoding="utf-8")
    assert text.startswith(f" date {SEED_DATE:%Y-%m-%d} ")
