"""Reading a curated CSV file as written: bounded, UTF-8, strict quoting, the header exactly as listed.

The dataset loaders (:mod:`helpers.datasets`) read their files through
:func:`read_records`, which returns the header and the data records as lists
of strings, or raises :class:`~helpers.errors.DatasetError` naming the row
(the header is row 1, as in a spreadsheet) and, where it can, the column.
Nothing is silently changed: a quotation mark that the CSV format would
swallow (``"Japan–UK" ACSA``, quoted only in part) is an error, not a cell
that quietly loses its marks.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from .errors import DatasetError
from .textfiles import FileProblem, read_limited, wide_encoding

__all__ = ["MAX_CSV_BYTES", "parse_records", "read_bytes", "read_records"]

#: Largest CSV file read, in bytes: the course's tables are a few kilobytes.
MAX_CSV_BYTES = 8 * 1_048_576

_SAVE_AS = "save the file as CSV UTF-8 (in a spreadsheet: Save As, CSV UTF-8)"


def read_records(file: Path, names: Sequence[str], missing_hint: str) -> list[list[str]]:
    """Header and records of the CSV ``file``, whose header must read exactly ``names``.

    ``missing_hint`` is the advice given when the file does not exist. The
    same as :func:`parse_records` on what :func:`read_bytes` returns.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "t.csv")
    ...     _ = path.write_text('a,b\\n1,"say ""hi"" now"\\n', encoding="utf-8")
    ...     read_records(path, ["a", "b"], "")
    [['a', 'b'], ['1', 'say "hi" now']]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "t.csv")
    ...     _ = path.write_text("b,a\\n1,2\\n", encoding="utf-8")
    ...     read_records(path, ["a", "b"], "")
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:1:a: column 'b' is where 'a' belongs — the header must read exactly: a,b
    """
    return parse_records(read_bytes(file, missing_hint), file.name, names)


def read_bytes(file: Path, missing_hint: str) -> bytes:
    """The bytes of the data file ``file``, at most :data:`MAX_CSV_BYTES`, or a :class:`DatasetError`.

    >>> read_bytes(Path("no/such/t.csv"), "check the path")
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: no/such/t.csv: file not found — check the path
    """
    try:
        raw = read_limited(file, MAX_CSV_BYTES, what=".csv file")
    except FileProblem as exc:
        if exc.problem == "no such file":
            raise DatasetError("file not found", path=str(file), hint=missing_hint) from None
        raise DatasetError(exc.problem, path=file.name, hint=exc.hint) from None
    if len(raw) > MAX_CSV_BYTES:
        raise DatasetError(
            f"the file is larger than the limit of {MAX_CSV_BYTES:,} bytes",
            path=file.name,
            hint="a curated table is a few kilobytes: check that this is the right file",
        )
    return raw


def parse_records(raw: bytes, name: str, names: Sequence[str]) -> list[list[str]]:
    """Header and records of CSV bytes read from the file ``name``; the header must read exactly ``names``.

    >>> parse_records(b"a,b\\r\\n1,2\\r\\n\\r\\n", "t.csv", ["a", "b"])
    [['a', 'b'], ['1', '2']]
    >>> parse_records(b"a,b\\n", "t.csv", ["a", "b"])
    Traceback (most recent call last):
    ...
    helpers.errors.DatasetError: t.csv:2: no data rows — add at least one row under the header
    """
    records = _parse(_decode(raw, name), name)
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()  # trailing blank lines are fine
    if not records:
        raise DatasetError(
            "file is empty", path=name, row=1, hint="the first row must be the header: " + ",".join(names)
        )
    _check_header(records[0], list(names), name)
    if len(records) == 1:
        raise DatasetError("no data rows", path=name, row=2, hint="add at least one row under the header")
    return records


def _decode(raw: bytes, name: str) -> str:
    wide = wide_encoding(raw)
    if wide is not None:
        raise DatasetError(
            f"this file is {wide} text, not UTF-8",
            path=name,
            hint=f"{_SAVE_AS.replace('save the file', 'save it')}, or convert it: "
            f"iconv -f {wide} -t UTF-8 old.csv > new.csv",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row, column = _where(raw[: exc.start].decode("utf-8-sig"))
        raise DatasetError(
            f"not UTF-8: byte 0x{raw[exc.start]:02X} at byte offset {exc.start} cannot be decoded",
            path=name,
            row=row,
            column=column,
            hint=_SAVE_AS,
        ) from None
    nul = text.find("\x00")
    if nul >= 0:  # before csv: Python 3.10's reader stops at a NUL with its own message
        row, column = _where(text[:nul])
        partial = _partial_cell(text[:nul])
        raise DatasetError(
            f"invisible character U+0000 NUL at character {len(partial) + 1}",
            path=name,
            row=row,
            column=column,
            hint="delete it: retype the value by hand (copying from a web page or a PDF often brings such characters)",
        )
    return text


def _loose(text: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:  # Python 3.10's reader refuses NUL ("line contains NUL"); 3.11+ reads it
        return list(csv.reader(io.StringIO(text.replace("\0", "\ufffd"), newline="")))


def _where(prefix: str) -> tuple[int, str | None]:
    """Spreadsheet row and column name of the character that follows ``prefix``."""
    records = _loose(prefix)
    if not records:
        return 1, None
    if prefix.endswith(("\n", "\r")):
        records.append([""])
    header = records[0]
    index = len(records[-1]) - 1
    column = header[index] if len(records) > 1 and index < len(header) else None
    return len(records), column


def _partial_cell(prefix: str) -> str:
    records = _loose(prefix)
    return records[-1][-1] if records and not prefix.endswith(("\n", "\r", ",")) else ""


def _parse(text: str, name: str) -> list[list[str]]:
    """Records read with strict quoting; a quotation mark the format would swallow is an error."""
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(iter(lines), strict=True)
    records: list[list[str]] = []
    while True:
        start = reader.line_num
        try:
            record = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            raise _quote_error(records, "".join(lines[start:]), str(exc), name) from None
        records.append(record)


def _raw_fields(record_text: str) -> list[str]:
    """The cells of one record as written (quotation marks kept), split on commas outside quotes."""
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in record_text.rstrip("\r\n"):
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _quote_error(records: list[list[str]], rest: str, reason: str, name: str) -> DatasetError:
    """Name the cell whose quotation marks break the record that starts ``rest``."""
    row = len(records) + 1
    header = records[0] if records else []
    first_line = rest.splitlines(keepends=True)[0] if rest else ""
    for index, field in enumerate(_raw_fields(first_line)):
        column = header[index] if records and index < len(header) else None
        if field.count('"') % 2:
            return DatasetError(
                "a quotation mark opens this cell and never closes",
                path=name,
                row=row,
                column=column,
                hint="close it, or double it if it is part of the text",
            )
        try:
            list(csv.reader([field], strict=True))
        except csv.Error:
            fixed = '"' + field.replace('"', '""') + '"'
            return DatasetError(
                f"the quotation marks in {field!r} would be lost",
                path=name,
                row=row,
                column=column,
                hint=f"put the whole cell in double quotes and double each quotation mark inside it: {fixed}",
            )
    return DatasetError(f"not a readable CSV file ({reason})", path=name, row=row, hint=_SAVE_AS)


def _check_header(header: list[str], names: list[str], name: str) -> None:
    def fail(problem: str, column: str, hint: str) -> DatasetError:
        return DatasetError(problem, path=name, row=1, column=column, hint=hint)

    exactly = "the header must read exactly: " + ",".join(names)
    for i, col in enumerate(header):
        if col in header[:i]:
            raise fail(f"column {col!r} appears twice", col, "keep one of the two columns")
    if header == names:
        return
    if sorted(header) == sorted(names):
        i = next(i for i, (got, want) in enumerate(zip(header, names, strict=True)) if got != want)
        raise fail(f"column {header[i]!r} is where {names[i]!r} belongs", names[i], exactly)
    if len(header) == len(names):
        i = next(i for i, (got, want) in enumerate(zip(header, names, strict=True)) if got != want)
        if header[i] not in names and names[i] not in header:
            raise fail(f"column {header[i]!r} should be {names[i]!r}", names[i], exactly)
    for col in names:
        if col not in header:
            raise fail(f"missing column {col!r}", col, "the header must list: " + ",".join(names))
    for col in header:
        if col not in names:
            raise fail(
                f"unknown column {col!r}",
                col,
                "remove it, or describe it in SOURCES.md and teach the loader first",
            )
    raise fail("the columns are not in the order of the datasheet", names[0], exactly)
