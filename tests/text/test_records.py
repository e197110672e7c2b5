"""helpers.text.records: any record as a dict of plain values (dates as text, tuples as lists), in field order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from helpers.text.records import Record, plain


@dataclass(frozen=True)
class Day(Record):
    date: dt.date
    parts: tuple
    note: str | None = None

    @property
    def year(self) -> int:
        return self.date.year


def test_fields_become_plain_values_in_order():
    day = Day(dt.date(2025, 12, 19), (1, (2, 3)))
    assert plain(day) == {"date": "2025-12-19", "parts": [1, [2, 3]], "note": None}
    assert list(plain(day)) == ["date", "parts", "note"]


def test_keys_choose_fields_and_properties():
    assert plain(Day(dt.date(2025, 12, 19), ()), ("year", "date")) == {"year": 2025, "date": "2025-12-19"}


def test_a_record_gives_its_own_dict():
    assert Day(dt.date(2025, 12, 19), ()).to_dict() == plain(Day(dt.date(2025, 12, 19), ()))
