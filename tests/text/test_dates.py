"""helpers.text.dates: a date written in words, as news sites write it, read without guessing."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.text.dates import MONTHS, find_written_date, parse_written_date

DAY = dt.date(2025, 12, 19)


@pytest.mark.parametrize("text", ["19 December 2025", "December 19, 2025", "Dec. 19, 2025", "2025-12-19", "19 Dec 2025"])
def test_common_written_forms_give_the_day(text):
    assert parse_written_date(text) == DAY


@pytest.mark.parametrize("text", ["Friday", "December 2025", "31 February 2025", "", "19/12/2025 or so"])
def test_what_is_not_one_whole_real_day_gives_none(text):
    assert parse_written_date(text) is None


def test_a_date_is_found_inside_a_dateline():
    assert find_written_date("Published: 19 Dec 2025 10:30") == DAY
    assert find_written_date("Updated a while ago") is None


def test_every_month_has_its_name_and_abbreviation():
    assert {MONTHS["december"], MONTHS["dec"]} == {12}
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
