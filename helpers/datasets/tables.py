"""From the bytes of a curated CSV file to checked records, and from checked records to a typed table.

:func:`read_table` checks every row and cell against the datasheet's
columns (see :mod:`helpers.datasets.cells`), :func:`unique` checks a key
column, and :func:`typed_frame` builds the :class:`pandas.DataFrame`.
"""

from __future__ import annotations

import re

import pandas as pd

from ..csvfiles import parse_records
from ..errors import DatasetError
from .cells import Column, check_cell
from .dates import PartialDate
from .vocab import CONFIDENCE_LEVELS

__all__ = [
    "CITED",
    "CONFIDENCE",
    "JAPANESE_SOURCE",
    "NAME_JA",
    "PARTNER_JA",
    "japanese_names_sourced",
    "read_table",
    "row_fail",
    "typed_frame",
    "unique",
]

#: The confidence column, the same in every table.
CONFIDENCE = Column("confidence", "choice", choices=("high", "medium", "low"))
#: The last three columns of a table whose every row cites a web page.
CITED = (Column("source", "url"), CONFIDENCE, Column("notes", required=False))


def row_fail(name: str, row: int):
    """The ``fail(problem, column, hint)`` that builds the error for row ``row`` of the file ``name``.

    >>> str(row_fail("t.csv", 4)("empty cell", "role", "type the role"))
    't.csv:4:role: empty cell — type the role'
    """

    def fail(problem: str, column: str | None, hint: str) -> DatasetError:
        return DatasetError(problem, path=name, row=row, column=column, hint=hint)

    return fail


def read_table(raw: bytes, name: str, columns: tuple[Column, ...]) -> tuple[list[int], list[dict]]:
    """Check the CSV bytes of the file ``name`` cell by cell.

    Returns the spreadsheet row number of each record (the header is row 1)
    and the parsed records (dicts keyed by column name).

    >>> rows, parsed = read_table(b"place,lat\\nWellington,-41.29\\n", "t.csv",
    ...                           (Column("place"), Column("lat", "float", low=-90.0, high=90.0)))
    >>> rows, parsed
    ([2], [{'place': 'Wellington', 'lat': -41.29}])
    """
    records = parse_records(raw, name, [c.name for c in columns])
    header = records[0]
    rows: list[int] = []
    parsed: list[dict] = []
    for number, record in enumerate(records[1:], start=2):
        fail = row_fail(name, number)
        if not any(cell.strip() for cell in record):
            raise fail("blank row", None, "delete the empty row")
        if len(record) != len(header):
            missing = header[len(record)] if len(record) < len(header) else None
            raise fail(
                f"{len(record)} cells where the header has {len(header)}",
                missing,
                "put double quotes around any value that contains a comma",
            )
        cells = dict(zip(header, record, strict=True))
        parsed.append({col.name: check_cell(cells[col.name], col, fail) for col in columns})
        rows.append(number)
    _no_duplicate_rows(name, rows, records[1:])
    return rows, parsed


def _no_duplicate_rows(name: str, rows: list[int], records: list[list[str]]) -> None:
    seen: dict[tuple, int] = {}
    for number, record in zip(rows, records, strict=True):
        key = tuple(c.strip() for c in record)
        if key in seen:
            raise DatasetError(
                f"duplicate of row {seen[key]}", path=name, row=number, hint="delete one of the two rows"
            )
        seen[key] = number


#: A name's Japanese form (the Japanese edition shows it); empty when no Japanese source gives it.
NAME_JA = Column("name_ja", required=False)
#: A partner's Japanese name (places.csv), sourced in the same way.
PARTNER_JA = Column("partner_ja", required=False)
#: Pages that give a name in Japanese: the Japanese pages of MOFA and of the Ministry of Defense.
JAPANESE_SOURCE = re.compile(r"https?://www\.(mofa\.go\.jp/mofaj|mod\.go\.jp/j)/")


def japanese_names_sourced(
    name: str, rows: list[int], parsed: list[dict], columns: tuple[str, ...] = ("name_ja",)
) -> None:
    """Refuse a Japanese name (``name_ja``, or each of ``columns``) whose row cites no Japanese page to take it from.

    >>> japanese_names_sourced("t.csv", [2], [{"name_ja": "茂木敏充", "source": "https://example.org/a"}])
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:2:name_ja: name_ja '茂木敏充' has no Japanese source — add the MOFA (www.mofa.go.jp/mofaj/) page that writes it to source, or leave name_ja empty
    >>> japanese_names_sourced("t.csv", [2], [{"name_ja": None, "source": "https://example.org/a"}])
    >>> japanese_names_sourced("t.csv", [2], [{"partner_ja": "日本", "source": "x"}], ("name_ja", "partner_ja"))
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:2:partner_ja: partner_ja '日本' has no Japanese source — add the MOFA (www.mofa.go.jp/mofaj/) page that writes it to source, or leave partner_ja empty
    """
    for number, rec in zip(rows, parsed, strict=True):
        for column in columns:
            if rec.get(column) and not JAPANESE_SOURCE.search(rec["source"]):
                raise DatasetError(
                    f"{column} {rec[column]!r} has no Japanese source",
                    path=name,
                    row=number,
                    column=column,
                    hint=f"add the MOFA (www.mofa.go.jp/mofaj/) page that writes it to source, or leave {column} empty",
                )


def unique(name: str, rows: list[int], parsed: list[dict], column: str, what: str) -> None:
    """Refuse a value of ``column`` used by two rows; ``what`` names one row's thing in the hint.

    >>> unique("t.csv", [2, 3], [{"id": "a"}, {"id": "a"}], "id", "agreement")
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:3:id: id 'a' already used in row 2 — give every agreement its own id
    """
    first: dict[str, int] = {}
    for number, rec in zip(rows, parsed, strict=True):
        value = rec[column]
        if value in first:
            raise DatasetError(
                f"{column} {value!r} already used in row {first[value]}",
                path=name,
                row=number,
                column=column,
                hint=f"give every {what} its own {column}",
            )
        first[value] = number


def _date_columns(frame: pd.DataFrame, column: str, values: list) -> None:
    """Add ``{column}_start``, ``{column}_end`` and ``{column}_precision`` beside ``column``."""
    dates = [v if isinstance(v, PartialDate) else None for v in values]
    frame[f"{column}_start"] = pd.Series([d.start if d else pd.NaT for d in dates], dtype="datetime64[ns]")
    frame[f"{column}_end"] = pd.Series([d.end if d else pd.NaT for d in dates], dtype="datetime64[ns]")
    frame[f"{column}_precision"] = pd.Series([d.precision if d else None for d in dates], dtype="string")


def _text(values: list) -> pd.Series:
    return pd.Series([v.text if isinstance(v, PartialDate) else v for v in values], dtype="string")


def typed_frame(parsed: list[dict], columns: tuple[Column, ...]) -> pd.DataFrame:
    """Build a typed DataFrame: text and choices as ``string``, confidence ordered, dates expanded.

    Choices stay plain text (not ``category``) on purpose: learners group,
    pivot and fill these columns, and categoricals make those steps fail or
    warn in ways a beginner cannot read.

    >>> from helpers.datasets import parse_partial_date
    >>> frame = typed_frame([{"signed": parse_partial_date("2017")}], (Column("signed", "date"),))
    >>> frame.iloc[0].tolist()
    ['2017', Timestamp('2017-01-01 00:00:00'), Timestamp('2017-12-31 00:00:00'), 'year']
    """
    frame = pd.DataFrame(index=pd.RangeIndex(len(parsed)))
    for col in columns:
        values = [rec[col.name] for rec in parsed]
        if col.kind == "float":
            frame[col.name] = pd.Series(values, dtype="float64")
        elif col.name == "confidence":
            frame[col.name] = pd.Categorical(values, categories=list(CONFIDENCE_LEVELS), ordered=True)
        elif col.kind == "choice":
            frame[col.name] = pd.Series(values, dtype="string")
        elif col.kind in ("date", "date_or_marker"):
            frame[col.name] = _text(values)
            _date_columns(frame, col.name, values)
        else:
            frame[col.name] = _text(values)
    return frame
