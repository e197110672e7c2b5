"""The strategic context around the agreements: sourced claims, and what happened next.

``helpers/data/context.csv`` holds one row per claim the course makes about
the world around the agreements (the US–Japan treaty, Five Eyes, the Taiwan
Strait, Japan's strategies, New Zealand's debate, events after the seed
article), each with who said or did it, when, a short quotation where one
helps, the page it comes from and a confidence. Its datasheet is the
"context.csv" section of ``helpers/data/SOURCES.md``.

Every row is true *as of* :data:`DATA_AS_OF`, the day the course's sources
were last searched. What the sources did not show by then is said so, never
guessed: :func:`still_pending` lists the agreements whose entry into force
was not found.

>>> ctx = load_context()
>>> row = ctx.set_index("id").loc["philippines-acsa-2026"]
>>> row["date"], bool(row["after_seed"])
('2026-01-15', True)
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from .datasets import CONFIDENCE_LEVELS, SEED_DATE, PartialDate, load_agreements, parse_partial_date
from .datasets.cache import load_table
from .errors import DatasetError

__all__ = [
    "CONTEXT_KINDS",
    "CONTEXT_TOPICS",
    "DATA_AS_OF",
    "MAX_QUOTE_WORDS",
    "load_context",
    "still_pending",
    "what_happened_next",
]

#: The day the course's sources were last searched: every row, and every
#: "not found", is true as of this day. Change it when you re-check the data
#: (docs/updating.md).
DATA_AS_OF = pd.Timestamp("2026-12-07")

#: What a row records: a step in the Japan–New Zealand relationship, an
#: event, a statement by a named person, a news report, or a government policy.
CONTEXT_KINDS = ("milestone", "event", "statement", "report", "policy")

#: The subjects the rows are grouped by.
CONTEXT_TOPICS = (
    "Japan–NZ relationship",
    "China and the sea",
    "alliances and groupings",
    "Japan's security policy",
    "NZ foreign policy",
    "Japan's agreements",
    "people",
)

#: A quotation longer than this is not a brief quotation: paraphrase instead.
MAX_QUOTE_WORDS = 20

_COLUMNS = ("id", "date", "kind", "topic", "who", "claim", "quote", "source", "confidence", "notes")
_OPTIONAL = ("quote", "notes")
_CHOICES = {"kind": CONTEXT_KINDS, "topic": CONTEXT_TOPICS, "confidence": tuple(reversed(CONFIDENCE_LEVELS))}
_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_URL_RE = re.compile(r"https?://\S+")


def _read_rows(name: str, raw: bytes) -> list[list[str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DatasetError("not UTF-8 text", path=name, hint="save the file as CSV UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as a file opened in text mode reads it
    rows = list(csv.reader(io.StringIO(text, newline="")))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows or tuple(rows[0]) != _COLUMNS:
        raise DatasetError(
            "wrong header", path=name, row=1, hint="the header must be exactly: " + ",".join(_COLUMNS)
        )
    if len(rows) == 1:
        raise DatasetError("no data rows", path=name, row=2, hint="add at least one row under the header")
    return rows[1:]


def _check_cell(column: str, value: str, fail: Callable[[str, str | None, str], DatasetError]) -> Any:
    """Return the checked cell (text, None or a PartialDate), or raise through ``fail``."""
    if value != value.strip():
        raise fail(f"leading or trailing space in {value!r}", column, "delete the spaces around the value")
    if not value:
        if column in _OPTIONAL:
            return None
        what = (
            "every row must cite its source: paste the URL of the page"
            if column == "source"
            else f"every row needs a {column}"
        )
        raise fail(f"empty {column}", column, what)
    if column == "id" and not _ID_RE.match(value):
        raise fail(
            f"id {value!r} is not lower-case words joined by hyphens",
            column,
            "write it like 'strait-2024-collins'",
        )
    if column in _CHOICES and value not in _CHOICES[column]:
        raise fail(f"{value!r} is not an allowed value", column, "use one of: " + ", ".join(_CHOICES[column]))
    if column == "source" and not _URL_RE.search(value):
        raise fail("no URL in source", column, "cite the page itself: add its https:// address")
    if column == "quote" and (len(value.split()) > MAX_QUOTE_WORDS or '"' in value):
        raise fail(
            f"quotation of {len(value.split())} words",
            column,
            f"quote at most {MAX_QUOTE_WORDS} words, without quotation marks; say the rest in your own words in claim",
        )
    if column == "date":
        try:
            date = parse_partial_date(value)
        except ValueError as exc:
            raise fail(
                str(exc).split(":")[0],
                column,
                "write YYYY-MM-DD, or YYYY-MM / YYYY when the day is not verified",
            ) from None
        if date.start > DATA_AS_OF:
            raise fail(
                f"{value} is after the data's as-of date {DATA_AS_OF:%Y-%m-%d}",
                column,
                "record only what has happened; move DATA_AS_OF in helpers/context.py when you re-check the sources",
            )
        return date
    return value


def _check_rows(name: str, rows: list[list[str]]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    first_row: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):

        def fail(problem: str, column: str | None, hint: str, _row: int = number) -> DatasetError:
            return DatasetError(problem, path=name, row=_row, column=column, hint=hint)

        if len(cells) != len(_COLUMNS):
            raise fail(f"{len(cells)} cells where the header has {len(_COLUMNS)}", None,
                       "put double quotes around any value that contains a comma")  # fmt: skip
        record = {col: _check_cell(col, cell, fail) for col, cell in zip(_COLUMNS, cells, strict=True)}
        if record["id"] in first_row:
            raise fail(f"id {record['id']!r} already used in row {first_row[record['id']]}", "id",
                       "give every claim its own id")  # fmt: skip
        first_row[record["id"]] = number
        if records and record["date"].start < records[-1]["date"].start:
            raise fail(f"{record['date'].text} comes before {records[-1]['date'].text} in row {number - 1}",
                       "date", "keep the rows in date order")  # fmt: skip
        records.append(record)
    return records


def load_context(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load the sourced claims about the strategic context, checked and in date order.

    Text columns are ``string``; ``date`` keeps its text and gains
    ``date_start``, ``date_end`` and ``date_precision`` as in the other
    tables; ``confidence`` is ordered (``low < medium < high``);
    ``after_seed`` is True for rows dated after the seed article. The file
    is checked once for each content it has; every call returns a fresh copy.

    >>> ctx = load_context()
    >>> ctx.loc[ctx["id"] == "us-japan-treaty-1960", ["date", "confidence"]].values.tolist()
    [['1960-01-19', 'medium']]
    >>> int(ctx["after_seed"].sum()) >= 4
    True
    >>> load_context("no/such/context.csv")
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: no/such/context.csv: file not found — check the path; ...
    """
    return load_table(path, "context.csv", _build)


def _build(name: str, raw: bytes) -> pd.DataFrame:
    records = _check_rows(name, _read_rows(name, raw))
    frame = pd.DataFrame(
        {col: pd.Series([_text(r[col]) for r in records], dtype="string") for col in _COLUMNS}
    )
    dates: list[PartialDate] = [r["date"] for r in records]
    frame.insert(2, "date_start", pd.Series([d.start for d in dates], dtype="datetime64[ns]"))
    frame.insert(3, "date_end", pd.Series([d.end for d in dates], dtype="datetime64[ns]"))
    frame.insert(4, "date_precision", pd.Series([d.precision for d in dates], dtype="string"))
    frame["confidence"] = pd.Categorical(
        frame["confidence"].astype(str), categories=list(CONFIDENCE_LEVELS), ordered=True
    )
    frame["after_seed"] = frame["date_start"] > SEED_DATE
    return frame


def _text(value: Any) -> Any:
    return value.text if isinstance(value, PartialDate) else value


def what_happened_next(context: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims dated after the seed article (2025-12-19), as of :data:`DATA_AS_OF`.

    >>> later = what_happened_next()
    >>> later.iloc[0][["date", "id"]].tolist()
    ['2026-01-15', 'philippines-acsa-2026']
    """
    ctx = load_context() if context is None else context
    later = ctx[ctx["after_seed"]]
    return later[["date", "id", "topic", "who", "claim", "source", "confidence"]].reset_index(drop=True)


def still_pending(agreements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Agreements signed but with no entry into force found, each with a "not found as of" finding.

    >>> pending = still_pending().set_index("id")
    >>> pending.loc["isa-nz-2025", "finding"]
    'entry into force not found as of 2026-12-07'
    """
    ag = load_agreements() if agreements is None else agreements
    open_rows = ag[ag["in_force"].isin(["pending", "unknown"])]
    out = open_rows[["id", "partner", "kind", "signed", "in_force", "source", "confidence"]].copy()
    out["finding"] = pd.Series(
        f"entry into force not found as of {DATA_AS_OF:%Y-%m-%d}", index=out.index, dtype="string"
    )
    return out.reset_index(drop=True)
