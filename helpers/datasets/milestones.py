"""milestones.csv: the Japan–New Zealand milestones, in date order."""

from __future__ import annotations

import os

import pandas as pd

from .cache import load_table
from .cells import Column
from .tables import CITED, read_table, row_fail, typed_frame

__all__ = ["MILESTONE_COLUMNS", "load_milestones"]

#: The columns of milestones.csv, in order.
MILESTONE_COLUMNS = (
    Column("date", "date"),
    Column("track", "choice", choices=("ACSA", "ISA", "ACSA and ISA", "NZ defence policy")),
    Column("event"),
    Column("label"),
    *CITED,
)


def _build(name: str, raw: bytes) -> pd.DataFrame:
    rows, parsed = read_table(raw, name, MILESTONE_COLUMNS)
    for (n1, r1), (n2, r2) in zip(
        zip(rows, parsed, strict=True), zip(rows[1:], parsed[1:], strict=True), strict=False
    ):
        if r2["date"].start < r1["date"].start:
            fail = row_fail(name, n2)
            raise fail(
                f"{r2['date'].text} comes before {r1['date'].text} in row {n1}",
                "date",
                "keep the rows in date order",
            )
    return typed_frame(parsed, MILESTONE_COLUMNS)


def load_milestones(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load the Japan–New Zealand milestones, checked and in date order.

    >>> ms = load_milestones()
    >>> ms[["date", "date_precision"]].iloc[[0, -1]].to_numpy().tolist()
    [['2014-07-07', 'day'], ['2025-12-19', 'day']]
    """
    return load_table(path, "milestones.csv", _build)
