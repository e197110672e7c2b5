"""The curated tables load with proper types, agree with the fact base, and refuse broken copies precisely."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from helpers import DatasetError
from helpers.context import DATA_AS_OF, MAX_QUOTE_WORDS, load_context, still_pending, what_happened_next
from helpers.datasets import (
    CONFIDENCE_LEVELS,
    DATA_DIR,
    SEED_DATE,
    STATES,
    STATUSES,
    load_agreements,
    load_milestones,
    load_people,
    load_places,
    network_as_of,
    parse_partial_date,
)

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT.parent / "shared" / "reference" / "facts.md"
LOADERS = {
    "agreements.csv": load_agreements,
    "places.csv": load_places,
    "milestones.csv": load_milestones,
    "people.csv": load_people,
    "context.csv": load_context,
}
# Pages of governments and official journals: what "high" confidence means.
OFFICIAL = (
    "mofa.go.jp",
    "gov.uk",
    "canada.ca",
    "defensie.nl",
    "legislation.gov.au",
    "legifrance.gouv.fr",
    "auswaertiges-amt.de",
    "emb-japan.go.jp",
)


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


# --------------------------------------------------------------------------- broken copies


def _rows(name: str) -> list[list[str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _set(rows: list[list[str]], row: int, column: str, value: str) -> None:
    rows[row - 1][rows[0].index(column)] = value


def _drop_column(rows: list[list[str]], column: str) -> None:
    i = rows[0].index(column)
    for r in rows:
        del r[i]


def _add_column(rows: list[list[str]], name: str) -> None:
    rows[0].append(name)
    for r in rows[1:]:
        r.append("x")


def _write(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return path


def _text_edit(name: str, old: str, new: str):
    def edit(tmp_path: Path) -> Path:
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert old in text
        path = tmp_path / name
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    return edit


def _cell(name: str, row: int, column: str, value: str):
    def edit(tmp_path: Path) -> Path:
        rows = _rows(name)
        _set(rows, row, column, value)
        return _write(tmp_path, name, rows)

    return edit


def _rows_edit(name: str, change):
    def edit(tmp_path: Path) -> Path:
        rows = _rows(name)
        change(rows)
        return _write(tmp_path, name, rows)

    return edit


def _swap_header(rows: list[list[str]], a: str, b: str) -> None:
    i, j = rows[0].index(a), rows[0].index(b)
    rows[0][i], rows[0][j] = b, a


def _rename_header(rows: list[list[str]], old: str, new: str) -> None:
    rows[0][rows[0].index(old)] = new


def _bytes_edit(name: str, old: str, new: bytes):
    def edit(tmp_path: Path) -> Path:
        raw = (DATA_DIR / name).read_bytes()
        assert old.encode("utf-8") in raw
        path = tmp_path / name
        path.write_bytes(raw.replace(old.encode("utf-8"), new, 1))
        return path

    return edit


def _recode(name: str, codec: str):
    def edit(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes((DATA_DIR / name).read_text(encoding="utf-8").encode(codec))
        return path

    return edit


DATE_HINT = "write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified (never guess a day)"
INVISIBLE_HINT = (
    "delete it: retype the value by hand (copying from a web page or a PDF often brings such characters)"
)
DIGITS_HINT = "type the date with the digits 0 to 9: YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified"
AG_HEADER = "id,partner,kind,instrument,title,official_title,signed,in_force,status,amends,supersedes,source,confidence,notes"

# Each broken copy, and the exact message a learner (or a course author) gets.
BROKEN = {
    "missing column": (
        _rows_edit("agreements.csv", lambda rows: _drop_column(rows, "confidence")),
        f"agreements.csv:1:confidence: missing column 'confidence' — the header must list: {AG_HEADER}",
    ),
    "unknown column": (
        _rows_edit("agreements.csv", lambda rows: _add_column(rows, "colour")),
        "agreements.csv:1:colour: unknown column 'colour' — remove it, or describe it in SOURCES.md and teach the loader first",
    ),
    "column twice": (
        _rows_edit("agreements.csv", lambda rows: _add_column(rows, "id")),
        "agreements.csv:1:id: column 'id' appears twice — keep one of the two columns",
    ),
    "date in another format": (
        _cell("agreements.csv", 2, "signed", "15/04/1996"),
        f"agreements.csv:2:signed: '15/04/1996' is not a date — {DATE_HINT}",
    ),
    "a day that does not exist": (
        _cell("agreements.csv", 2, "signed", "1996-02-30"),
        "agreements.csv:2:signed: '1996-02-30' is not a real date — 1996-02 has 29 days; check the day against the source",
    ),
    "in_force neither date nor marker": (
        _cell("agreements.csv", 15, "in_force", "soon"),
        f"agreements.csv:15:in_force: 'soon' is not a date — {DATE_HINT}, or one of: pending, unknown",
    ),
    "in force before signature": (
        _cell("agreements.csv", 10, "in_force", "2018-07-12"),
        "agreements.csv:10:in_force: in force 2018-07-12 is before signature 2018-07-13 — an agreement cannot enter into force before it is signed: check both dates against the source",
    ),
    "partial in-force year before signature": (
        _cell("agreements.csv", 8, "in_force", "2016"),
        "agreements.csv:8:in_force: in force 2016 is before signature 2017-01-26 — an agreement cannot enter into force before it is signed: check both dates against the source",
    ),
    "no source": (
        _cell("agreements.csv", 15, "source", ""),
        "agreements.csv:15:source: no source — every row must cite its source: paste the URL of the page that supports it",
    ),
    "source without a URL": (
        _cell("agreements.csv", 15, "source", "MOFA press release"),
        "agreements.csv:15:source: no URL in source 'MOFA press release' — cite the page itself: add its https:// address",
    ),
    "confidence outside the scale": (
        _cell("agreements.csv", 3, "confidence", "certain"),
        "agreements.csv:3:confidence: 'certain' is not an allowed value — use one of: high, medium, low",
    ),
    "unknown kind": (
        _cell("agreements.csv", 29, "kind", "SOFA"),
        "agreements.csv:29:kind: 'SOFA' is not an allowed value — use one of: ACSA, ISA, RAA",
    ),
    "status that contradicts the dates": (
        _cell("agreements.csv", 15, "status", "in force"),
        "agreements.csv:15:status: status 'in force' does not fit the dates — as of 2025-12-19 this row is 'pending' (see the status vocabulary in SOURCES.md)",
    ),
    "replaced agreement still marked in force": (
        _cell("agreements.csv", 6, "status", "in force"),
        "agreements.csv:6:status: status 'in force' does not fit the dates — as of 2025-12-19 this row is 'superseded' (see the status vocabulary in SOURCES.md)",
    ),
    "after the seed date but called pending": (
        _cell("agreements.csv", 16, "status", "pending"),
        "agreements.csv:16:status: status 'pending' does not fit the dates — as of 2025-12-19 this row is 'after seed date' (see the status vocabulary in SOURCES.md)",
    ),
    "duplicate row": (
        _rows_edit("agreements.csv", lambda rows: rows.insert(5, list(rows[3]))),
        "agreements.csv:6: duplicate of row 4 — delete one of the two rows",
    ),
    "duplicate id": (
        _cell("agreements.csv", 3, "id", "acsa-us-1996"),
        "agreements.csv:3:id: id 'acsa-us-1996' already used in row 2 — give every agreement its own id",
    ),
    "unquoted comma": (
        _text_edit("agreements.csv", "Signed in Rome.", "Signed in Rome, Italy."),
        "agreements.csv:23: 15 cells where the header has 14 — put double quotes around any value that contains a comma",
    ),
    "space around a value": (
        _cell("agreements.csv", 15, "status", "pending "),
        "agreements.csv:15:status: leading or trailing space in 'pending ' — delete the spaces around the value",
    ),
    "supersedes an id that does not exist": (
        _cell("agreements.csv", 5, "supersedes", "acsa-us-1995"),
        "agreements.csv:5:supersedes: 'acsa-us-1995' is not an id in this file — use the id of an existing row, or leave the cell empty",
    ),
    "amendment without what it amends": (
        _cell("agreements.csv", 3, "amends", ""),
        "agreements.csv:3:amends: instrument and amends disagree — an amendment names the agreement it amends in 'amends'; an agreement leaves 'amends' empty",
    ),
    "blank row in the middle": (
        _text_edit("agreements.csv", "\nacsa-us-2016,", "\n\nacsa-us-2016,"),
        "agreements.csv:5: blank row — delete the empty row",
    ),
    "empty file": (
        lambda tmp_path: (tmp_path / "agreements.csv", (tmp_path / "agreements.csv").write_text(""))[0],
        f"agreements.csv:1: file is empty — the first row must be the header: {AG_HEADER}",
    ),
    "header only": (
        _rows_edit("agreements.csv", lambda rows: rows.__delitem__(slice(1, None))),
        "agreements.csv:2: no data rows — add at least one row under the header",
    ),
    "latitude beyond the pole": (
        _cell("places.csv", 3, "lat", "-141.29"),
        "places.csv:3:lat: -141.29 is outside -90 to 90 — lat must lie between -90 and 90 degrees",
    ),
    "coordinates in degrees and minutes": (
        _cell("places.csv", 3, "lon", "174°47′E"),
        "places.csv:3:lon: '174°47′E' is not a number — write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
    ),
    "place listed twice": (
        _cell("places.csv", 4, "place", "Wellington"),
        "places.csv:4:place: place 'Wellington' already used in row 3 — give every place its own place",
    ),
    "milestones out of order": (
        _cell("milestones.csv", 3, "date", "2013-04-21"),
        "milestones.csv:3:date: 2013-04-21 comes before 2014-07-07 in row 2 — keep the rows in date order",
    ),
    "milestone without a label": (
        _cell("milestones.csv", 4, "label", ""),
        "milestones.csv:4:label: empty cell — every row needs a label",
    ),
    "context quotation too long": (
        _cell("context.csv", 6, "quote", " ".join(["word"] * (MAX_QUOTE_WORDS + 1))),
        f"context.csv:6:quote: quotation of {MAX_QUOTE_WORDS + 1} words — quote at most {MAX_QUOTE_WORDS} words, without quotation marks; say the rest in your own words in claim",
    ),
    "context dated after the as-of date": (
        _cell("context.csv", 30, "date", "2027-01"),
        "context.csv:30:date: 2027-01 is after the data's as-of date 2026-12-07 — record only what has happened; move DATA_AS_OF in helpers/context.py when you re-check the sources",
    ),
    "context topic outside the vocabulary": (
        _cell("context.csv", 2, "topic", "war"),
        "context.csv:2:topic: 'war' is not an allowed value — use one of: Japan–NZ relationship, China and the sea, alliances and groupings, Japan's security policy, NZ foreign policy, Japan's agreements, people",
    ),
    "context without a source": (
        _cell("context.csv", 2, "source", ""),
        "context.csv:2:source: empty source — every row must cite its source: paste the URL of the page",
    ),
    "context source that names no page": (
        _cell("context.csv", 2, "source", "Yomiuri Shimbun"),
        "context.csv:2:source: no URL in source — cite the page itself: add its https:// address",
    ),
    "context id reused": (
        _cell("context.csv", 3, "id", "us-japan-treaty-1951"),
        "context.csv:3:id: id 'us-japan-treaty-1951' already used in row 2 — give every claim its own id",
    ),
    "context out of date order": (
        _cell("context.csv", 3, "date", "1950"),
        "context.csv:3:date: 1950 comes before 1951-09-08 in row 2 — keep the rows in date order",
    ),
    "context day that does not exist": (
        _cell("context.csv", 2, "date", "1951-09-31"),
        "context.csv:2:date: '1951-09-31' is not a real date — write YYYY-MM-DD, or YYYY-MM / YYYY when the day is not verified",
    ),
    "context header changed": (
        _rows_edit("context.csv", lambda rows: _drop_column(rows, "quote")),
        "context.csv:1: wrong header — the header must be exactly: id,date,kind,topic,who,claim,quote,source,confidence,notes",
    ),
    "role that starts after the seed": (
        _cell("people.csv", 2, "since", "2026-01"),
        "people.csv:2:since: since 2026-01 is after the seed's date — list roles held on 2025-12-19",
    ),
    # hardening: invisible characters, digits, headers, encodings, quotation marks
    "NUL in a key cell": (
        _cell("agreements.csv", 3, "id", "acsa-us-\x001998"),
        f"agreements.csv:3:id: invisible character U+0000 NUL at character 9 — {INVISIBLE_HINT}",
    ),
    "zero-width space in a key cell": (
        _cell("agreements.csv", 15, "partner", "New Zealand\u200b"),
        f"agreements.csv:15:partner: invisible character U+200B ZERO WIDTH SPACE at character 12 of 'New Zealand\\u200b' — {INVISIBLE_HINT}",
    ),
    "duplicate row hidden by a zero-width joiner": (
        _rows_edit(
            "agreements.csv",
            lambda rows: rows.insert(5, [c.replace("acsa", "ac\u200dsa", 1) for c in rows[3]]),
        ),
        f"agreements.csv:6:id: invisible character U+200D ZERO WIDTH JOINER at character 3 of 'ac\\u200dsa-us-2004' — {INVISIBLE_HINT}",
    ),
    "no-break space inside a key cell": (
        _cell("places.csv", 3, "place", "Welling\u00a0ton"),
        "places.csv:3:place: U+00A0 NO-BREAK SPACE at character 8 of 'Welling\\xa0ton' — type an ordinary space, or none",
    ),
    "soft hyphen in a text cell": (
        _cell("agreements.csv", 8, "title", "Japan–UK AC\u00adSA"),
        f"agreements.csv:8:title: invisible character U+00AD SOFT HYPHEN at character 12 of 'Japan–UK AC\\xadSA' — {INVISIBLE_HINT}",
    ),
    "direction mark in a person's name": (
        _cell("people.csv", 2, "person", "Toshimitsu\u200f Motegi"),
        f"people.csv:2:person: invisible character U+200F RIGHT-TO-LEFT MARK at character 11 of 'Toshimitsu\\u200f Motegi' — {INVISIBLE_HINT}",
    ),
    "full-width digits in a date": (
        _cell("agreements.csv", 2, "signed", "１９９６-04-15"),
        f"agreements.csv:2:signed: '１９９６-04-15' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "Arabic-Indic digits in an in-force date": (
        _cell("agreements.csv", 8, "in_force", "٢٠١٧"),
        f"agreements.csv:8:in_force: '٢٠١٧' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "Devanagari digits in a milestone date": (
        _cell("milestones.csv", 2, "date", "2014-07-0७"),
        f"milestones.csv:2:date: '2014-07-0७' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "full-width digits in a coordinate": (
        _cell("places.csv", 3, "lat", "-４1.29"),
        "places.csv:3:lat: '-４1.29' is not a number — write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
    ),
    "swapped header": (
        _rows_edit("agreements.csv", lambda rows: _swap_header(rows, "signed", "in_force")),
        f"agreements.csv:1:signed: column 'in_force' is where 'signed' belongs — the header must read exactly: {AG_HEADER}",
    ),
    "renamed column": (
        _rows_edit("agreements.csv", lambda rows: _rename_header(rows, "signed", "signed_on")),
        f"agreements.csv:1:signed: column 'signed_on' should be 'signed' — the header must read exactly: {AG_HEADER}",
    ),
    "column name in capitals": (
        _rows_edit("places.csv", lambda rows: _rename_header(rows, "lat", "Lat")),
        "places.csv:1:lat: column 'Lat' should be 'lat' — the header must read exactly: place,partner,role,lat,lon,source,confidence,notes",
    ),
    "invisible character in the header": (
        _rows_edit("people.csv", lambda rows: _rename_header(rows, "since", "since\u200b")),
        "people.csv:1:since: column 'since\\u200b' should be 'since' — the header must read exactly: person,country,role,since,party,seed_title,name_ja,source,confidence,notes",
    ),
    "Latin-1 byte in a text cell": (
        _bytes_edit("agreements.csv", "Signed in Rome.", "Sign\u00e9 in Rome.".encode("latin-1")),
        "agreements.csv:23:notes: not UTF-8: byte 0xE9 at byte offset {offset} cannot be decoded — save the file as CSV UTF-8 (in a spreadsheet: Save As, CSV UTF-8)",
    ),
    "Windows-1252 quotation marks in a title": (
        _bytes_edit("agreements.csv", "Japan–UK ACSA", b"\x93Japan\x94 ACSA"),
        "agreements.csv:8:title: not UTF-8: byte 0x93 at byte offset {offset} cannot be decoded — save the file as CSV UTF-8 (in a spreadsheet: Save As, CSV UTF-8)",
    ),
    "saved as UTF-16": (
        _recode("milestones.csv", "utf-16"),
        "milestones.csv: this file is UTF-16 text, not UTF-8 — save it as CSV UTF-8 (in a spreadsheet: Save As, CSV UTF-8), or convert it: iconv -f UTF-16 -t UTF-8 old.csv > new.csv",
    ),
    "quotation mark that opens a cell but not the whole cell": (
        _text_edit("agreements.csv", ",Japan–UK ACSA,", ',"Japan–UK" ACSA,'),
        'agreements.csv:8:title: the quotation marks in \'"Japan–UK" ACSA\' would be lost — put the whole cell in double quotes and double each quotation mark inside it: """Japan–UK"" ACSA"',
    ),
    "quotation mark left open": (
        _text_edit("places.csv", ",Origin of the distance chart.", ',"Origin of the distance chart.'),
        "places.csv:2:notes: a quotation mark opens this cell and never closes — close it, or double it if it is part of the text",
    ),
}


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


def test_isas_that_took_effect_on_signature_are_in_the_data(agreements):
    """The Diet-approval correction rests on these rows: ISAs that needed no wait, ACSAs that did."""
    same_day = agreements[(agreements["kind"] == "ISA") & (agreements["signed"] == agreements["in_force"])]
    assert {"NATO", "France", "Germany"} <= set(same_day["partner"])
    acsa = agreements[(agreements["kind"] == "ACSA") & (agreements["in_force_precision"] == "day")]
    assert ((acsa["in_force_start"] - acsa["signed_start"]).dt.days > 30).all()


def test_broken_copy_targets_the_rows_it_says():
    rows = _rows("agreements.csv")
    assert [rows[i - 1][0] for i in (2, 3, 5, 6, 8, 10, 15, 16, 23, 29)] == [
        "acsa-us-1996", "acsa-us-1998", "acsa-us-2016", "acsa-au-2010", "acsa-uk-2017", "acsa-fr-2018",
        "acsa-nz-2025", "acsa-ph-2026", "isa-it-2016", "raa-au-2022",
    ]  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_loaders_reject_broken_copies_with_a_precise_message(tmp_path, case):
    make, message = BROKEN[case]
    path = make(tmp_path)
    with pytest.raises(DatasetError) as info:
        LOADERS[path.name](path)
    if "{offset}" in message:  # the byte offset of the first byte that is not UTF-8
        raw = path.read_bytes()
        with pytest.raises(UnicodeDecodeError) as bad:
            raw.decode("utf-8")
        message = message.format(offset=bad.value.start)
    assert str(info.value) == message


def test_dataset_errors_carry_their_parts(tmp_path):
    path = _cell("agreements.csv", 2, "signed", "1996")(tmp_path)  # year only: fine
    assert load_agreements(path).loc[0, "signed_precision"] == "year"
    with pytest.raises(DatasetError) as info:
        load_agreements(_cell("agreements.csv", 2, "signed", "96-04-15")(tmp_path))
    err = info.value
    assert (err.path, err.row, err.column) == ("agreements.csv", 2, "signed")
    assert isinstance(err, ValueError)


def test_a_missing_file_names_the_path_and_the_course_copy(tmp_path):
    with pytest.raises(
        DatasetError, match=r"file not found — check the path; the course's own copy is .*places\.csv"
    ):
        load_places(tmp_path / "places.csv")


def test_a_byte_order_mark_and_crlf_line_ends_are_fine(tmp_path):
    text = (DATA_DIR / "people.csv").read_text(encoding="utf-8")
    path = tmp_path / "people.csv"
    path.write_bytes(("\ufeff" + text.replace("\n", "\r\n") + "\r\n").encode("utf-8"))
    assert load_people(path).equals(load_people())


def test_parse_partial_date_rejects_what_it_cannot_read():
    for bad in ("2025-13", "2025-1-5", "25-12-19", "", "2025-12-19T10:00"):
        with pytest.raises(ValueError, match=re.escape(repr(bad))):
            parse_partial_date(bad)
    assert parse_partial_date("2024-02").end == pd.Timestamp("2024-02-29")


# --------------------------------------------------------------------------- hardening


def test_text_cells_keep_their_quotation_marks_as_written(tmp_path):
    rows = _rows("agreements.csv")
    notes = 'Kyodo: "signed today"; the minister\'s word ‘final’, then “in force”.'
    _set(rows, 23, "notes", notes)
    _set(rows, 23, "title", '"Japan–Italy" ISA')
    frame = load_agreements(_write(tmp_path, "agreements.csv", rows)).set_index("id")
    assert frame.loc["isa-it-2016", "notes"] == notes
    assert frame.loc["isa-it-2016", "title"] == '"Japan–Italy" ISA'


def test_plausible_new_rows_still_load(tmp_path):
    # What a course author adds by hand must not trip the stricter checks: letters with
    # macrons, dashes, curly quotes, a no-break space or a line break inside a note.
    rows = _rows("agreements.csv")
    new = list(rows[22])
    _set([rows[0], new], 2, "id", "isa-it-2099")
    _set([rows[0], new], 2, "notes", "Signed in Tōkyō — “a milestone”,\nsaid Kyodo;\u00a0see Māori text.")
    _set([rows[0], new], 2, "title", "Japan–Italy ISA (Rōma copy)")
    rows.append(new)
    frame = load_agreements(_write(tmp_path, "agreements.csv", rows)).set_index("id")
    assert frame.loc["isa-it-2099", "notes"].startswith("Signed in Tōkyō — “a milestone”,\nsaid")


def test_a_folder_or_a_device_is_a_dataset_error_not_a_traceback(tmp_path):
    (tmp_path / "places.csv").mkdir()
    with pytest.raises(DatasetError, match=r"^places\.csv: this is a folder"):
        load_places(tmp_path / "places.csv")
    if Path("/dev/null").exists():
        with pytest.raises(DatasetError, match=r"^null: this is a device, not a regular file"):
            load_places("/dev/null")


@pytest.mark.parametrize(
    ("character", "name"),
    [("\x00", "NUL"), ("\u200b", "ZERO WIDTH SPACE"), ("\u200c", "ZERO WIDTH NON-JOINER"),
     ("\u2060", "WORD JOINER"), ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"), ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
     ("\u00ad", "SOFT HYPHEN"), ("\u3164", "HANGUL FILLER"), ("\u3000", "IDEOGRAPHIC SPACE"),
     ("\t", "TAB"), ("\u00a0", "NO-BREAK SPACE")],
)  # fmt: skip
def test_key_cells_refuse_every_invisible_character(tmp_path, character, name):
    path = _cell("people.csv", 3, "person", f"Judith{character}Collins")(tmp_path)
    with pytest.raises(DatasetError) as info:
        load_people(path)
    assert (info.value.row, info.value.column) == (3, "person")
    assert name in info.value.problem and "character 7" in info.value.problem


def test_a_duplicate_row_cannot_hide_behind_an_invisible_character(tmp_path):
    def add_copy(rows):
        twin = list(rows[6])
        twin[0] = twin[0] + "\u2063"  # INVISIBLE SEPARATOR: the row looks the same
        rows.insert(7, twin)

    with pytest.raises(DatasetError) as info:
        load_places(_rows_edit("places.csv", add_copy)(tmp_path))
    assert (info.value.row, info.value.column) == (8, "place")


@pytest.mark.parametrize("date", ["٢٠٢٥-١٢-١٩", "２０２５", "2025-0１", "১৯৯৬-04-15"])
def test_parse_partial_date_takes_ascii_digits_only(date):
    with pytest.raises(ValueError, match="uses digits other than 0–9"):
        parse_partial_date(date)


# --------------------------------------------------------------------------- work done once


def _spoil(frame: pd.DataFrame) -> None:
    """Change a returned table the ways a learner might: a cell, a whole column, a new column, one deleted."""
    first = frame.columns[0]
    frame.loc[0, first] = "changed by a learner"
    frame.loc[:, "source"] = "none"
    frame["mine"] = 1
    del frame[frame.columns[1]]


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_a_changed_table_never_changes_the_next_one(name):
    loader = LOADERS[name]
    untouched = loader()
    mine = loader()
    _spoil(mine)
    assert mine.iloc[0, 0] == "changed by a learner" and "mine" in mine.columns  # the change took
    again = loader()
    assert again is not mine
    pd.testing.assert_frame_equal(again, untouched)


def test_a_changed_network_never_changes_the_next_one():
    untouched = network_as_of("2020-01-01")
    mine = network_as_of("2020-01-01")
    mine.loc[:, "state"] = "in force"
    del mine["reason"]
    pd.testing.assert_frame_equal(network_as_of("2020-01-01"), untouched)
    assert not network_as_of("2020-01-01").equals(network_as_of())  # each day has its own answer


def test_each_content_of_a_file_is_checked_once(tmp_path, monkeypatch):
    import helpers.datasets.tables as tables

    calls = []
    real = tables.check_cell
    monkeypatch.setattr(tables, "check_cell", lambda *args: calls.append(1) or real(*args))
    path = _cell("people.csv", 2, "notes", "a note only this test writes")(tmp_path)
    first = load_people(path)
    checked = len(calls)
    assert checked == first.shape[0] * 10  # every cell of the ten columns
    assert load_people(path).equals(first) and len(calls) == checked  # the second load checks nothing


def test_an_edited_file_is_read_again_at_once(tmp_path):
    path = _cell("people.csv", 2, "notes", "version A")(tmp_path)
    assert load_people(path).loc[0, "notes"] == "version A"
    _cell("people.csv", 2, "notes", "version B")(tmp_path)  # same size, same path, same instant
    assert load_people(path).loc[0, "notes"] == "version B"
    _cell("people.csv", 2, "since", "2099")(tmp_path)  # a broken edit is reported, not hidden by the cache
    with pytest.raises(DatasetError, match=r"people\.csv:2:since"):
        load_people(path)


# --------------------------------------------------------------------------- one error class, one message


def test_both_located_errors_share_one_base_and_survive_pickling():
    import pickle

    from helpers import ArticleFormatError
    from helpers.errors import LocatedError

    errors = [
        ArticleFormatError("no date line", path="a.txt", line=2, column=5, hint="add one"),
        DatasetError("empty cell", path="people.csv", row=3, column="role", hint="type the role"),
        DatasetError("file not found", path="x.csv"),
    ]
    for err in errors:
        assert isinstance(err, LocatedError) and isinstance(err, ValueError)
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err) and str(copy) == str(err) and copy.args == err.args
        assert (copy.path, copy.line, copy.column, copy.hint) == (err.path, err.line, err.column, err.hint)
    assert [str(e) for e in errors] == [
        "a.txt:2:5: no date line — add one",
        "people.csv:3:role: empty cell — type the role",
        "x.csv: file not found",
    ]
    assert errors[1].row == errors[1].line == 3


def test_the_vocabularies_have_one_name_each():
    from typing import get_args

    import helpers.datasets as ds

    assert ds.AGREEMENT_KINDS == get_args(ds.AgreementKind) == ("ACSA", "ISA", "RAA")
    assert ds.KINDS is ds.AGREEMENT_KINDS  # the old name, still imported by the charts and the map
    assert STATUSES == get_args(ds.Status) and STATES == get_args(ds.State)
    assert ds.as_timestamp("2025-12-19T09:30") == SEED_DATE


# --------------------------------------------------------------------------- the primary source shipped with the course
def test_the_shipped_primary_source_names_its_source_licence_and_edit():
    from helpers.resources import data_file

    text = data_file("sources/mofa-2025-12-19-signing.txt").read_text(encoding="utf-8")
    header, body = text.split("\n----\n", 1)
    assert header.startswith("Source: Ministry of Foreign Affairs of Japan website. URL: https://www.mofa.go.jp/")
    assert "Licence: Public Data License (Version 1.0)" in header and "Edited:" in header
    assert body.startswith("Signing of the Japan-New Zealand Acquisition and Cross-Servicing Agreement")
    assert "will facilitate the smooth and prompt provision of supplies and services" in body
