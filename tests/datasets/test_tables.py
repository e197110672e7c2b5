"""helpers.datasets.tables and .cells: a broken copy of a table is refused with a precise, located message."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers import DatasetError
from helpers.datasets import (
    DATA_DIR,
    load_agreements,
    load_people,
    load_places,
    parse_partial_date,
)

from .broken import BROKEN, LOADERS, cell_edit, rows_edit, rows_of, set_cell, write_copy


def test_broken_copy_targets_the_rows_it_says():
    rows = rows_of("agreements.csv")
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
    path = cell_edit("agreements.csv", 2, "signed", "1996")(tmp_path)  # year only: fine
    assert load_agreements(path).loc[0, "signed_precision"] == "year"
    with pytest.raises(DatasetError) as info:
        load_agreements(cell_edit("agreements.csv", 2, "signed", "96-04-15")(tmp_path))
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
    rows = rows_of("agreements.csv")
    notes = 'Kyodo: "signed today"; the minister\'s word ‘final’, then “in force”.'
    set_cell(rows, 23, "notes", notes)
    set_cell(rows, 23, "title", '"Japan–Italy" ISA')
    frame = load_agreements(write_copy(tmp_path, "agreements.csv", rows)).set_index("id")
    assert frame.loc["isa-it-2016", "notes"] == notes
    assert frame.loc["isa-it-2016", "title"] == '"Japan–Italy" ISA'


def test_plausible_new_rows_still_load(tmp_path):
    # What a course author adds by hand must not trip the stricter checks: letters with
    # macrons, dashes, curly quotes, a no-break space or a line break inside a note.
    rows = rows_of("agreements.csv")
    new = list(rows[22])
    set_cell([rows[0], new], 2, "id", "isa-it-2099")
    set_cell([rows[0], new], 2, "notes", "Signed in Tōkyō — “a milestone”,\nsaid Kyodo;\u00a0see Māori text.")
    set_cell([rows[0], new], 2, "title", "Japan–Italy ISA (Rōma copy)")
    rows.append(new)
    frame = load_agreements(write_copy(tmp_path, "agreements.csv", rows)).set_index("id")
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
    path = cell_edit("people.csv", 3, "person", f"Judith{character}Collins")(tmp_path)
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
        load_places(rows_edit("places.csv", add_copy)(tmp_path))
    assert (info.value.row, info.value.column) == (8, "place")


@pytest.mark.parametrize("date", ["٢٠٢٥-١٢-١٩", "２０２５", "2025-0１", "১৯৯৬-04-15"])
def test_parse_partial_date_takes_ascii_digits_only(date):
    with pytest.raises(ValueError, match="uses digits other than 0–9"):
        parse_partial_date(date)
