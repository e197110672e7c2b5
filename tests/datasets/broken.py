"""Broken copies of the curated tables, each with the exact error a loader must give (a named table of bad inputs)."""

from __future__ import annotations

import csv
from pathlib import Path

from helpers.context import MAX_QUOTE_WORDS, load_context
from helpers.datasets import (
    DATA_DIR,
    load_agreements,
    load_milestones,
    load_people,
    load_places,
)

#: Each curated table's loader, by file name (the one list; tests/test_datasets.py reads it too).
LOADERS = {
    "agreements.csv": load_agreements,
    "places.csv": load_places,
    "milestones.csv": load_milestones,
    "people.csv": load_people,
    "context.csv": load_context,
}


def rows_of(name: str) -> list[list[str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def set_cell(rows: list[list[str]], row: int, column: str, value: str) -> None:
    rows[row - 1][rows[0].index(column)] = value


def _drop_column(rows: list[list[str]], column: str) -> None:
    i = rows[0].index(column)
    for r in rows:
        del r[i]


def _add_column(rows: list[list[str]], name: str) -> None:
    rows[0].append(name)
    for r in rows[1:]:
        r.append("x")


def write_copy(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
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


def cell_edit(name: str, row: int, column: str, value: str):
    def edit(tmp_path: Path) -> Path:
        rows = rows_of(name)
        set_cell(rows, row, column, value)
        return write_copy(tmp_path, name, rows)

    return edit


def rows_edit(name: str, change):
    def edit(tmp_path: Path) -> Path:
        rows = rows_of(name)
        change(rows)
        return write_copy(tmp_path, name, rows)

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
        rows_edit("agreements.csv", lambda rows: _drop_column(rows, "confidence")),
        f"agreements.csv:1:confidence: missing column 'confidence' — the header must list: {AG_HEADER}",
    ),
    "unknown column": (
        rows_edit("agreements.csv", lambda rows: _add_column(rows, "colour")),
        "agreements.csv:1:colour: unknown column 'colour' — remove it, or describe it in SOURCES.md and teach the loader first",
    ),
    "column twice": (
        rows_edit("agreements.csv", lambda rows: _add_column(rows, "id")),
        "agreements.csv:1:id: column 'id' appears twice — keep one of the two columns",
    ),
    "date in another format": (
        cell_edit("agreements.csv", 2, "signed", "15/04/1996"),
        f"agreements.csv:2:signed: '15/04/1996' is not a date — {DATE_HINT}",
    ),
    "a day that does not exist": (
        cell_edit("agreements.csv", 2, "signed", "1996-02-30"),
        "agreements.csv:2:signed: '1996-02-30' is not a real date — 1996-02 has 29 days; check the day against the source",
    ),
    "in_force neither date nor marker": (
        cell_edit("agreements.csv", 15, "in_force", "soon"),
        f"agreements.csv:15:in_force: 'soon' is not a date — {DATE_HINT}, or one of: pending, unknown",
    ),
    "in force before signature": (
        cell_edit("agreements.csv", 10, "in_force", "2018-07-12"),
        "agreements.csv:10:in_force: in force 2018-07-12 is before signature 2018-07-13 — an agreement cannot enter into force before it is signed: check both dates against the source",
    ),
    "partial in-force year before signature": (
        cell_edit("agreements.csv", 8, "in_force", "2016"),
        "agreements.csv:8:in_force: in force 2016 is before signature 2017-01-26 — an agreement cannot enter into force before it is signed: check both dates against the source",
    ),
    "no source": (
        cell_edit("agreements.csv", 15, "source", ""),
        "agreements.csv:15:source: no source — every row must cite its source: paste the URL of the page that supports it",
    ),
    "source without a URL": (
        cell_edit("agreements.csv", 15, "source", "MOFA press release"),
        "agreements.csv:15:source: no URL in source 'MOFA press release' — cite the page itself: add its https:// address",
    ),
    "confidence outside the scale": (
        cell_edit("agreements.csv", 3, "confidence", "certain"),
        "agreements.csv:3:confidence: 'certain' is not an allowed value — use one of: high, medium, low",
    ),
    "unknown kind": (
        cell_edit("agreements.csv", 29, "kind", "SOFA"),
        "agreements.csv:29:kind: 'SOFA' is not an allowed value — use one of: ACSA, ISA, RAA",
    ),
    "status that contradicts the dates": (
        cell_edit("agreements.csv", 15, "status", "in force"),
        "agreements.csv:15:status: status 'in force' does not fit the dates — as of 2025-12-19 this row is 'pending' (see the status vocabulary in SOURCES.md)",
    ),
    "replaced agreement still marked in force": (
        cell_edit("agreements.csv", 6, "status", "in force"),
        "agreements.csv:6:status: status 'in force' does not fit the dates — as of 2025-12-19 this row is 'superseded' (see the status vocabulary in SOURCES.md)",
    ),
    "after the seed date but called pending": (
        cell_edit("agreements.csv", 16, "status", "pending"),
        "agreements.csv:16:status: status 'pending' does not fit the dates — as of 2025-12-19 this row is 'after seed date' (see the status vocabulary in SOURCES.md)",
    ),
    "duplicate row": (
        rows_edit("agreements.csv", lambda rows: rows.insert(5, list(rows[3]))),
        "agreements.csv:6: duplicate of row 4 — delete one of the two rows",
    ),
    "duplicate id": (
        cell_edit("agreements.csv", 3, "id", "acsa-us-1996"),
        "agreements.csv:3:id: id 'acsa-us-1996' already used in row 2 — give every agreement its own id",
    ),
    "unquoted comma": (
        _text_edit("agreements.csv", "Signed in Rome.", "Signed in Rome, Italy."),
        "agreements.csv:23: 15 cells where the header has 14 — put double quotes around any value that contains a comma",
    ),
    "space around a value": (
        cell_edit("agreements.csv", 15, "status", "pending "),
        "agreements.csv:15:status: leading or trailing space in 'pending ' — delete the spaces around the value",
    ),
    "supersedes an id that does not exist": (
        cell_edit("agreements.csv", 5, "supersedes", "acsa-us-1995"),
        "agreements.csv:5:supersedes: 'acsa-us-1995' is not an id in this file — use the id of an existing row, or leave the cell empty",
    ),
    "amendment without what it amends": (
        cell_edit("agreements.csv", 3, "amends", ""),
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
        rows_edit("agreements.csv", lambda rows: rows.__delitem__(slice(1, None))),
        "agreements.csv:2: no data rows — add at least one row under the header",
    ),
    "latitude beyond the pole": (
        cell_edit("places.csv", 3, "lat", "-141.29"),
        "places.csv:3:lat: -141.29 is outside -90 to 90 — lat must lie between -90 and 90 degrees",
    ),
    "coordinates in degrees and minutes": (
        cell_edit("places.csv", 3, "lon", "174°47′E"),
        "places.csv:3:lon: '174°47′E' is not a number — write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
    ),
    "place listed twice": (
        cell_edit("places.csv", 4, "place", "Wellington"),
        "places.csv:4:place: place 'Wellington' already used in row 3 — give every place its own place",
    ),
    "milestones out of order": (
        cell_edit("milestones.csv", 3, "date", "2013-04-21"),
        "milestones.csv:3:date: 2013-04-21 comes before 2014-07-07 in row 2 — keep the rows in date order",
    ),
    "milestone without a label": (
        cell_edit("milestones.csv", 4, "label", ""),
        "milestones.csv:4:label: empty cell — every row needs a label",
    ),
    "context quotation too long": (
        cell_edit("context.csv", 6, "quote", " ".join(["word"] * (MAX_QUOTE_WORDS + 1))),
        f"context.csv:6:quote: quotation of {MAX_QUOTE_WORDS + 1} words — quote at most {MAX_QUOTE_WORDS} words, without quotation marks; say the rest in your own words in claim",
    ),
    "context dated after the as-of date": (
        cell_edit("context.csv", 30, "date", "2027-01"),
        "context.csv:30:date: 2027-01 is after the data's as-of date 2026-12-07 — record only what has happened; move DATA_AS_OF in helpers/context.py when you re-check the sources",
    ),
    "context topic outside the vocabulary": (
        cell_edit("context.csv", 2, "topic", "war"),
        "context.csv:2:topic: 'war' is not an allowed value — use one of: Japan–NZ relationship, China and the sea, alliances and groupings, Japan's security policy, NZ foreign policy, Japan's agreements, people",
    ),
    "context without a source": (
        cell_edit("context.csv", 2, "source", ""),
        "context.csv:2:source: empty source — every row must cite its source: paste the URL of the page",
    ),
    "context source that names no page": (
        cell_edit("context.csv", 2, "source", "Yomiuri Shimbun"),
        "context.csv:2:source: no URL in source — cite the page itself: add its https:// address",
    ),
    "context id reused": (
        cell_edit("context.csv", 3, "id", "us-japan-treaty-1951"),
        "context.csv:3:id: id 'us-japan-treaty-1951' already used in row 2 — give every claim its own id",
    ),
    "context out of date order": (
        cell_edit("context.csv", 3, "date", "1950"),
        "context.csv:3:date: 1950 comes before 1951-09-08 in row 2 — keep the rows in date order",
    ),
    "context day that does not exist": (
        cell_edit("context.csv", 2, "date", "1951-09-31"),
        "context.csv:2:date: '1951-09-31' is not a real date — write YYYY-MM-DD, or YYYY-MM / YYYY when the day is not verified",
    ),
    "context header changed": (
        rows_edit("context.csv", lambda rows: _drop_column(rows, "quote")),
        "context.csv:1: wrong header — the header must be exactly: id,date,kind,topic,who,claim,quote,source,confidence,notes",
    ),
    "role that starts after the seed": (
        cell_edit("people.csv", 2, "since", "2026-01"),
        "people.csv:2:since: since 2026-01 is after the seed's date — list roles held on 2025-12-19",
    ),
    # hardening: invisible characters, digits, headers, encodings, quotation marks
    "NUL in a key cell": (
        cell_edit("agreements.csv", 3, "id", "acsa-us-\x001998"),
        f"agreements.csv:3:id: invisible character U+0000 NUL at character 9 — {INVISIBLE_HINT}",
    ),
    "zero-width space in a key cell": (
        cell_edit("agreements.csv", 15, "partner", "New Zealand\u200b"),
        f"agreements.csv:15:partner: invisible character U+200B ZERO WIDTH SPACE at character 12 of 'New Zealand\\u200b' — {INVISIBLE_HINT}",
    ),
    "duplicate row hidden by a zero-width joiner": (
        rows_edit(
            "agreements.csv",
            lambda rows: rows.insert(5, [c.replace("acsa", "ac\u200dsa", 1) for c in rows[3]]),
        ),
        f"agreements.csv:6:id: invisible character U+200D ZERO WIDTH JOINER at character 3 of 'ac\\u200dsa-us-2004' — {INVISIBLE_HINT}",
    ),
    "no-break space inside a key cell": (
        cell_edit("places.csv", 3, "place", "Welling\u00a0ton"),
        "places.csv:3:place: U+00A0 NO-BREAK SPACE at character 8 of 'Welling\\xa0ton' — type an ordinary space, or none",
    ),
    "soft hyphen in a text cell": (
        cell_edit("agreements.csv", 8, "title", "Japan–UK AC\u00adSA"),
        f"agreements.csv:8:title: invisible character U+00AD SOFT HYPHEN at character 12 of 'Japan–UK AC\\xadSA' — {INVISIBLE_HINT}",
    ),
    "direction mark in a person's name": (
        cell_edit("people.csv", 2, "person", "Toshimitsu\u200f Motegi"),
        f"people.csv:2:person: invisible character U+200F RIGHT-TO-LEFT MARK at character 11 of 'Toshimitsu\\u200f Motegi' — {INVISIBLE_HINT}",
    ),
    "full-width digits in a date": (
        cell_edit("agreements.csv", 2, "signed", "１９９６-04-15"),
        f"agreements.csv:2:signed: '１９９６-04-15' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "Arabic-Indic digits in an in-force date": (
        cell_edit("agreements.csv", 8, "in_force", "٢٠١٧"),
        f"agreements.csv:8:in_force: '٢٠١٧' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "Devanagari digits in a milestone date": (
        cell_edit("milestones.csv", 2, "date", "2014-07-0७"),
        f"milestones.csv:2:date: '2014-07-0७' uses digits other than 0–9 — {DIGITS_HINT}",
    ),
    "full-width digits in a coordinate": (
        cell_edit("places.csv", 3, "lat", "-４1.29"),
        "places.csv:3:lat: '-４1.29' is not a number — write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
    ),
    "swapped header": (
        rows_edit("agreements.csv", lambda rows: _swap_header(rows, "signed", "in_force")),
        f"agreements.csv:1:signed: column 'in_force' is where 'signed' belongs — the header must read exactly: {AG_HEADER}",
    ),
    "renamed column": (
        rows_edit("agreements.csv", lambda rows: _rename_header(rows, "signed", "signed_on")),
        f"agreements.csv:1:signed: column 'signed_on' should be 'signed' — the header must read exactly: {AG_HEADER}",
    ),
    "column name in capitals": (
        rows_edit("places.csv", lambda rows: _rename_header(rows, "lat", "Lat")),
        "places.csv:1:lat: column 'Lat' should be 'lat' — the header must read exactly: place,partner,role,lat,lon,name_ja,partner_ja,source,confidence,notes",
    ),
    "invisible character in the header": (
        rows_edit("people.csv", lambda rows: _rename_header(rows, "since", "since\u200b")),
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
