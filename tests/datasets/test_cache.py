"""helpers.datasets.cache: each file's content is checked once, and every caller gets its own copy."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import DatasetError
from helpers.datasets import (
    load_people,
    network_as_of,
)

from .broken import LOADERS, cell_edit

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
    path = cell_edit("people.csv", 2, "notes", "a note only this test writes")(tmp_path)
    first = load_people(path)
    checked = len(calls)
    assert checked == first.shape[0] * 10  # every cell of the ten columns
    assert load_people(path).equals(first) and len(calls) == checked  # the second load checks nothing


def test_an_edited_file_is_read_again_at_once(tmp_path):
    path = cell_edit("people.csv", 2, "notes", "version A")(tmp_path)
    assert load_people(path).loc[0, "notes"] == "version A"
    cell_edit("people.csv", 2, "notes", "version B")(tmp_path)  # same size, same path, same instant
    assert load_people(path).loc[0, "notes"] == "version B"
    cell_edit("people.csv", 2, "since", "2099")(tmp_path)  # a broken edit is reported, not hidden by the cache
    with pytest.raises(DatasetError, match=r"people\.csv:2:since"):
        load_people(path)
