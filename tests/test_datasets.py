"""Every curated table: typed columns, a source and a confidence on every row, no day invented, the primary source shipped."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from datasets.broken import LOADERS

from helpers.context import load_context
from helpers.datasets import (
    load_agreements,
    load_milestones,
    load_people,
    load_places,
)

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT.parent / "shared" / "reference" / "facts.md"



@pytest.fixture(scope="module")
def agreements():
    return load_agreements().set_index("id", drop=False)



@pytest.mark.parametrize(
    ("loader", "expected"),
    [
        (load_places, {"lat": "float64", "lon": "float64", "role": "string", "place": "string"}),
        (load_milestones, {"date": "string", "date_start": "datetime64[ns]", "track": "string"}),
        (load_people, {"since": "string", "since_start": "datetime64[ns]", "person": "string"}),
        (
            load_context,
            {"date": "string", "date_end": "datetime64[ns]", "claim": "string", "after_seed": "bool"},
        ),
    ],
)
def test_other_tables_have_typed_columns(loader, expected):
    dtypes = {c: str(t) for c, t in loader().dtypes.items()}
    assert {c: dtypes[c] for c in expected} == expected


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_row_cites_a_source_with_a_confidence(name):
    df = LOADERS[name]()
    assert df["source"].notna().all() and (df["source"].str.len() > 10).all()
    assert set(df["confidence"].astype(str)) <= {"high", "medium", "low"}
    if name != "places.csv":  # places cite a section of the fact base, not a page
        assert df["source"].str.contains(r"https?://", regex=True).all()


def _dates_in(df: pd.DataFrame, column: str) -> set[str]:
    return set(df.loc[df[f"{column}_precision"] == "day", column])


@pytest.mark.skipif(not FACTS.exists(), reason="the shared fact base is not next to this checkout (CI)")
def test_no_day_is_invented_every_full_date_appears_in_the_fact_base():
    facts = FACTS.read_text(encoding="utf-8")
    ag = load_agreements()
    days = _dates_in(ag, "signed") | _dates_in(ag, "in_force")
    days |= _dates_in(load_milestones(), "date") | _dates_in(load_people(), "since")
    missing = sorted(d for d in days if d not in facts)
    assert not missing, f"full dates not in facts.md: {missing}"


def test_milestones_and_people_match_the_fact_base():
    ms = load_milestones()
    assert ms["date"].tolist() == [
        "2014-07-07",
        "2022-04-21",
        "2023-02-27",
        "2024-06-19",
        "2025-04",
        "2025-07-10",
        "2025-12-19",
    ]
    assert ms.loc[ms["date"] == "2025-04", "date_precision"].item() == "month"
    assert ms.loc[ms["date"] == "2025-12-19", "confidence"].item() == "high"
    people = load_people().set_index("person")
    assert people.loc["Toshimitsu Motegi", ["role", "since"]].tolist() == [
        "Minister for Foreign Affairs",
        "2025-10-21",
    ]
    assert people.loc["Judith Collins", ["role", "since"]].tolist() == ["Minister of Defence", "2023-11-27"]
    assert people.loc["Winston Peters", ["role", "since"]].tolist() == [
        "Minister of Foreign Affairs",
        "2023-11-27",
    ]


def test_places_cover_every_partner_and_tokyo():
    places = load_places()
    partners = set(load_agreements()["partner"])
    assert partners | {"Japan"} == set(places["partner"])
    assert places.set_index("place").loc["Tokyo", ["lat", "lon"]].tolist() == [35.68, 139.69]


# --------------------------------------------------------------------------- the primary source shipped with the course
def test_the_shipped_primary_source_names_its_source_licence_and_edit():
    from helpers.resources import data_file

    text = data_file("sources/mofa-2025-12-19-signing.txt").read_text(encoding="utf-8")
    header, body = text.split("\n----\n", 1)
    assert header.startswith("Source: Ministry of Foreign Affairs of Japan website. URL: https://www.mofa.go.jp/")
    assert "Licence: Public Data License (Version 1.0)" in header and "Edited:" in header
    assert body.startswith("Signing of the Japan-New Zealand Acquisition and Cross-Servicing Agreement")
    assert "will facilitate the smooth and prompt provision of supplies and services" in body
