"""helpers.errors: one located error class behind every message, and one name per vocabulary."""

from __future__ import annotations

from helpers import DatasetError
from helpers.datasets import (
    SEED_DATE,
    STATES,
    STATUSES,
)

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
    assert STATUSES == get_args(ds.Status) and STATES == get_args(ds.State)
    assert ds.as_timestamp("2025-12-19T09:30") == SEED_DATE
