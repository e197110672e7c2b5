"""people.csv: the ministers named in the seed article, with their roles on its date."""

from __future__ import annotations

import pandas as pd

from .cache import load_table
from .cells import Column
from .dates import SEED_DATE
from .tables import CITED, NAME_JA, japanese_names_sourced, read_table, row_fail, typed_frame, unique

__all__ = ["PEOPLE_COLUMNS", "load_people"]

#: The columns of people.csv, in order.
PEOPLE_COLUMNS = (
    Column("person"),
    Column("country"),
    Column("role"),
    Column("since", "date"),
    Column("party"),
    Column("seed_title"),
    NAME_JA,
    *CITED,
)


def _build(name: str, raw: bytes) -> pd.DataFrame:
    rows, parsed = read_table(raw, name, PEOPLE_COLUMNS)
    unique(name, rows, parsed, "person", "person")
    japanese_names_sourced(name, rows, parsed)
    for number, rec in zip(rows, parsed, strict=True):
        if rec["since"].start > SEED_DATE:
            fail = row_fail(name, number)
            raise fail(
                f"since {rec['since'].text} is after the seed's date",
                "since",
                f"list roles held on {SEED_DATE:%Y-%m-%d}",
            )
    return typed_frame(parsed, PEOPLE_COLUMNS)


def load_people(path=None) -> pd.DataFrame:
    """Load the three ministers named in the seed, with their roles as of December 2025.

    >>> load_people().set_index("person").loc["Judith Collins", "role"]
    'Minister of Defence'
    """
    return load_table(path, "people.csv", _build)
