"""Japanese names in the curated data: the column, and a Japanese source for every one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers import DatasetError
from helpers.datasets import load_people, load_places
from helpers.datasets.tables import JAPANESE_SOURCE

DATA = Path(__file__).resolve().parents[1] / "helpers" / "data"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_people_have_their_japanese_names_as_mofa_writes_them():
    people = load_people().set_index("person")
    assert people.loc["Judith Collins", "name_ja"] == "ジュディス・コリンズ"
    assert people.loc["Toshimitsu Motegi", "name_ja"] == "茂木敏充"
    assert people.loc["Winston Peters", "name_ja"] == "ウィンストン・ピーターズ"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.csv")), ids=lambda p: p.name)
def test_every_japanese_name_has_a_japanese_source(path):
    rows = _rows(path)
    unsourced = [
        f"{path.name}:{number}: {row[column]!r}"
        for number, row in enumerate(rows, start=2)
        for column in ("name_ja", "partner_ja")
        if (row.get(column) or "").strip() and not JAPANESE_SOURCE.search(row.get("source") or "")
    ]
    assert not unsourced, "name_ja without a MOFA/MOD Japanese page in source:\n" + "\n".join(unsourced)


def test_a_japanese_name_without_a_japanese_source_is_refused(tmp_path):
    rows = _rows(DATA / "people.csv")
    rows[1]["source"] = rows[1]["source"].split(" ; ")[0]  # the English reports only
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(
        DatasetError, match=r"people\.csv:3:name_ja: name_ja 'ジュディス・コリンズ' has no Japanese source"
    ):
        load_people(path)


def test_an_empty_japanese_name_is_accepted(tmp_path):
    rows = _rows(DATA / "people.csv")
    rows[2]["name_ja"] = ""
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    assert load_people(path)["name_ja"].isna().sum() == 1


def test_places_and_partners_have_their_japanese_names_as_mofa_writes_them():
    places = load_places().set_index("place")
    assert places.loc["Kyiv", "name_ja"] == "キーウ" and places.loc["Kyiv", "partner_ja"] == "ウクライナ"
    assert places.loc["Wellington", "name_ja"] == "ウェリントン" and places.loc["Paris", "name_ja"] == "パリ"
    assert places.loc["Wellington", "partner_ja"] == "ニュージーランド"
    assert places.loc["Brussels", "partner_ja"] == "北大西洋条約機構（NATO）"
    assert (
        places.loc["Seoul", "partner_ja"] == "韓国" and places.loc["Washington, D.C.", "partner_ja"] == "米国"
    )


@pytest.mark.parametrize("column", ["name_ja", "partner_ja"])
def test_a_place_or_partner_name_without_a_japanese_source_is_refused(tmp_path, column):
    rows = _rows(DATA / "places.csv")
    kyiv = next(number for number, row in enumerate(rows) if row["place"] == "Kyiv")
    rows[kyiv]["source"] = rows[kyiv]["source"].split(" ; ")[0]  # the coordinates' source only
    rows[kyiv]["name_ja" if column == "partner_ja" else "partner_ja"] = ""
    path = tmp_path / "places.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(
        DatasetError, match=rf"places\.csv:{kyiv + 2}:{column}: {column} '.+' has no Japanese source"
    ):
        load_places(path)
