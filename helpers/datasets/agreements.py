"""agreements.csv: Japan's ACSAs, information security agreements and RAAs, one row per signed instrument.

Besides every cell, the loader checks the rows against each other: an id
named in ``amends`` or ``supersedes`` exists, an amendment names what it
amends, nothing enters into force before it is signed, and each ``status``
is the one the dates give on the seed's date (:func:`expected_status`).
"""

from __future__ import annotations

import os

import pandas as pd

from .cache import load_table
from .cells import Column
from .dates import SEED_DATE, PartialDate
from .tables import CITED, read_table, row_fail, typed_frame, unique
from .vocab import AGREEMENT_KINDS, STATUSES, Status

__all__ = ["AGREEMENT_COLUMNS", "expected_status", "load_agreements", "split_ids", "superseded_ids"]

#: The columns of agreements.csv, in order (its datasheet is helpers/data/SOURCES.md).
AGREEMENT_COLUMNS = (
    Column("id"),
    Column("partner"),
    Column("kind", "choice", choices=AGREEMENT_KINDS),
    Column("instrument", "choice", choices=("agreement", "amendment")),
    Column("title"),
    Column("official_title", required=False),
    Column("signed", "date"),
    Column("in_force", "date_or_marker", choices=("pending", "unknown")),
    Column("status", "choice", choices=STATUSES),
    Column("amends", "ids", required=False),
    Column("supersedes", "ids", required=False),
    *CITED,
)


def split_ids(value: str | None) -> list[str]:
    """The ids listed in an ``amends`` or ``supersedes`` cell (separated by ``;``).

    >>> split_ids("acsa-us-1996; acsa-us-1998"), split_ids(None)
    (['acsa-us-1996', 'acsa-us-1998'], [])
    """
    return [part.strip() for part in value.split(";")] if value else []


def superseded_ids(parsed: list[dict], on: pd.Timestamp) -> dict[str, str]:
    """Map each agreement replaced by ``on`` (or amending a replaced one) to the id replacing it.

    >>> from helpers.datasets import parse_partial_date
    >>> rows = [{"id": "old", "in_force": None, "supersedes": None, "amends": None},
    ...         {"id": "new", "in_force": parse_partial_date("2020"), "supersedes": "old", "amends": None}]
    >>> superseded_ids(rows, pd.Timestamp("2021-01-01")), superseded_ids(rows, pd.Timestamp("2020-06-30"))
    ({'old': 'new'}, {})
    """
    replaced: dict[str, str] = {}
    for rec in parsed:
        in_force = rec["in_force"]
        if isinstance(in_force, PartialDate) and in_force.end <= on:
            for old in split_ids(rec["supersedes"]):
                replaced[old] = rec["id"]
    for rec in parsed:
        for parent in split_ids(rec["amends"]):
            if parent in replaced and rec["id"] not in replaced:
                replaced[rec["id"]] = replaced[parent]
    return replaced


def expected_status(rec: dict, replaced: dict[str, str]) -> Status:
    """The ``status`` a parsed row must have on the seed's date, given what is replaced by then.

    >>> from helpers.datasets import parse_partial_date
    >>> expected_status({"id": "a", "signed": parse_partial_date("2025-12-19"), "in_force": "pending"}, {})
    'pending'
    """
    signed, in_force = rec["signed"], rec["in_force"]
    if signed.start > SEED_DATE:
        return "after seed date"
    if in_force == "pending":
        return "pending"
    if in_force == "unknown":
        return "unverified"
    if in_force.start > SEED_DATE:
        return "pending"
    if in_force.end > SEED_DATE:
        return "unverified"
    return "superseded" if rec["id"] in replaced else "in force"


def _check_links(name: str, number: int, rec: dict, ids: set[str]) -> None:
    """One row's dates and its ``amends`` / ``supersedes`` ids agree with the rest of the file."""

    fail = row_fail(name, number)
    signed, in_force = rec["signed"], rec["in_force"]
    if isinstance(in_force, PartialDate) and in_force.end < signed.start:
        raise fail(
            f"in force {in_force.text} is before signature {signed.text}",
            "in_force",
            "an agreement cannot enter into force before it is signed: check both dates against the source",
        )
    for column in ("amends", "supersedes"):
        for other in split_ids(rec[column]):
            if other == rec["id"]:
                raise fail(
                    f"row {column} itself", column, "name another agreement's id, or leave the cell empty"
                )
            if other not in ids:
                raise fail(
                    f"{other!r} is not an id in this file",
                    column,
                    "use the id of an existing row, or leave the cell empty",
                )
    if (rec["instrument"] == "amendment") != bool(rec["amends"]):
        raise fail(
            "instrument and amends disagree",
            "amends",
            "an amendment names the agreement it amends in 'amends'; an agreement leaves 'amends' empty",
        )


def _build(name: str, raw: bytes) -> pd.DataFrame:
    rows, parsed = read_table(raw, name, AGREEMENT_COLUMNS)
    unique(name, rows, parsed, "id", "agreement")
    ids = {rec["id"] for rec in parsed}
    for number, rec in zip(rows, parsed, strict=True):
        _check_links(name, number, rec, ids)
    replaced = superseded_ids(parsed, SEED_DATE)
    for number, rec in zip(rows, parsed, strict=True):
        expected = expected_status(rec, replaced)
        if rec["status"] != expected:
            raise row_fail(name, number)(
                f"status {rec['status']!r} does not fit the dates",
                "status",
                f"as of {SEED_DATE:%Y-%m-%d} this row is {expected!r} (see the status vocabulary in SOURCES.md)",
            )
    return typed_frame(parsed, AGREEMENT_COLUMNS)


def load_agreements(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load Japan's ACSAs, information security agreements and RAAs, checked.

    One row per signed instrument (an agreement or an amendment). ``status``
    is the state on the seed's date, 2025-12-19 (see :data:`STATUSES`).
    Pass ``path`` to load another copy of the file. The file is checked once
    for each content it has; every call returns a fresh copy.

    >>> df = load_agreements()
    >>> row = df.set_index("id").loc["acsa-nz-2025"]
    >>> row["signed"], row["in_force"], row["status"]
    ('2025-12-19', 'pending', 'pending')
    >>> df.set_index("id").loc["acsa-uk-2017", "in_force_precision"]
    'year'
    >>> load_agreements("no/such/agreements.csv")
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: no/such/agreements.csv: file not found — check the path; ...
    """
    return load_table(path, "agreements.csv", _build)
