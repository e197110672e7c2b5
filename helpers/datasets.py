"""The course's curated tables, checked against their datasheet every time they load.

Four CSV files live in ``helpers/data/`` (their datasheet is ``SOURCES.md``
beside them): Japan's security agreements, the places used on a map, the
Japan–New Zealand milestones and the people in the seed article. Each
``load_*`` function reads one file, checks every cell and returns a
:class:`pandas.DataFrame` with proper dtypes. A file that breaks its datasheet
raises :class:`~helpers.errors.DatasetError`, whose message reads
``file:row:column: what is wrong — what to do`` (the header is row 1).

Dates may be partial: ``"2019-07"`` or ``"2017"`` when the day or month is not
verified. They are kept as written and, beside them, as a period: ``*_start``
(first day), ``*_end`` (last day) and ``*_precision`` (``day``, ``month`` or
``year``). Nothing here ever guesses a day.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .csvfiles import read_records
from .errors import DatasetError
from .textfiles import INVISIBLE, describe_character

__all__ = [
    "CONFIDENCE_LEVELS",
    "DATA_DIR",
    "EARTH_RADIUS_KM",
    "KINDS",
    "PRECISIONS",
    "SEED_DATE",
    "STATES",
    "STATUSES",
    "PartialDate",
    "distances_from",
    "haversine_km",
    "load_agreements",
    "load_milestones",
    "load_people",
    "load_places",
    "network_as_of",
    "parse_partial_date",
]

#: Folder holding the curated CSV files and their datasheet, SOURCES.md.
DATA_DIR = Path(__file__).resolve().parent / "data"

#: The seed article's date: every ``status`` in agreements.csv is "as of" this day.
SEED_DATE = pd.Timestamp("2025-12-19")

#: Agreement kinds: Acquisition and Cross-Servicing Agreement, Information
#: Security Agreement (GSOMIA-type), Reciprocal Access Agreement.
KINDS = ("ACSA", "ISA", "RAA")

#: Status of an agreement on the seed's date (the ``status`` column).
STATUSES = ("in force", "superseded", "pending", "unverified", "after seed date")

#: State of an agreement on any date, as computed by :func:`network_as_of`.
STATES = ("in force", "superseded", "signed, not in force", "uncertain")

#: How much of a date is known.
PRECISIONS = ("day", "month", "year")

#: ``high`` = an official or primary page; ``medium`` = a news outlet or a site
#: that reproduces an official text; ``low`` = not verified.
CONFIDENCE_LEVELS = ("low", "medium", "high")

#: Mean Earth radius (IUGG R1), in kilometres, used by :func:`haversine_km`.
EARTH_RADIUS_KM = 6371.0088

_INSTRUMENTS = ("agreement", "amendment")
_IN_FORCE_MARKERS = ("pending", "unknown")
_ROLES = ("capital", "seat of government", "organisation seat")
_TRACKS = ("ACSA", "ISA", "ACSA and ISA", "NZ defence policy")
_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")  # ASCII: \d takes ٢ and ２ too
_ANY_DIGITS_DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
_NUMBER_RE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?\Z")
# Free-text cells may hold line breaks, tabs and typographic spaces; other invisible characters are refused.
_TEXT_WHITESPACE = frozenset("\n\r\t")
# Text columns that name a row or a thing (keys): only the ordinary space is allowed.
_KEY_TEXT = frozenset({"id", "partner", "place", "person", "country", "role", "party"})
_URL_RE = re.compile(r"https?://\S+")


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    ``start`` and ``end`` are the first and last days of the period it names;
    ``text`` is the date as written in the file.

    >>> d = parse_partial_date("2019-07")
    >>> d.precision, d.start.date(), d.end.date()
    ('month', datetime.date(2019, 7, 1), datetime.date(2019, 7, 31))
    """

    text: str
    precision: str
    start: pd.Timestamp
    end: pd.Timestamp


def parse_partial_date(text: str) -> PartialDate:
    """Read ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` into a :class:`PartialDate`.

    >>> parse_partial_date("2017").end.date()
    datetime.date(2017, 12, 31)
    >>> parse_partial_date("2025-12-19").precision
    'day'
    >>> parse_partial_date("19 Dec 2025")
    Traceback (most recent call last):
    ...
    ValueError: '19 Dec 2025' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY
    >>> parse_partial_date("2025-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2025-02-30' is not a real date: 2025-02 has 28 days
    >>> parse_partial_date("２０２５")
    Traceback (most recent call last):
    ...
    ValueError: '２０２５' uses digits other than 0–9: write the date with the digits 0 to 9
    """
    match = _DATE_RE.match(text)
    if not match and _ANY_DIGITS_DATE_RE.match(text):
        raise ValueError(f"{text!r} uses digits other than 0–9: write the date with the digits 0 to 9")
    if not match:
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a real date: months run from 01 to 12")
    if month is None:
        start, end, precision = _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year"
    else:
        last = calendar.monthrange(year, month)[1]
        if day is None:
            start, end, precision = _dt.date(year, month, 1), _dt.date(year, month, last), "month"
        elif not 1 <= day <= last:
            raise ValueError(f"{text!r} is not a real date: {year}-{month:02d} has {last} days")
        else:
            start = end = _dt.date(year, month, day)
            precision = "day"
    return PartialDate(text, precision, pd.Timestamp(start), pd.Timestamp(end))


def _as_timestamp(date) -> pd.Timestamp:
    """Turn None, a string, a date or a Timestamp into a day (default: the seed's date)."""
    if date is None:
        return SEED_DATE
    try:
        stamp = pd.Timestamp(date)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{date!r} is not a date: write it as 'YYYY-MM-DD'") from exc
    if pd.isna(stamp):
        raise ValueError(f"{date!r} is not a date: write it as 'YYYY-MM-DD'")
    return stamp.normalize().tz_localize(None) if stamp.tzinfo else stamp.normalize()


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class _Column:
    """One column of a datasheet: its name, what a cell may hold, and whether it may be empty."""

    name: str
    kind: str = "text"  # text | url | date | date_or_marker | choice | float | ids
    required: bool = True
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None


_CONFIDENCE = _Column("confidence", "choice", choices=("high", "medium", "low"))

_AGREEMENTS = (
    _Column("id"),
    _Column("partner"),
    _Column("kind", "choice", choices=KINDS),
    _Column("instrument", "choice", choices=_INSTRUMENTS),
    _Column("title"),
    _Column("official_title", required=False),
    _Column("signed", "date"),
    _Column("in_force", "date_or_marker", choices=_IN_FORCE_MARKERS),
    _Column("status", "choice", choices=STATUSES),
    _Column("amends", "ids", required=False),
    _Column("supersedes", "ids", required=False),
    _Column("source", "url"),
    _CONFIDENCE,
    _Column("notes", required=False),
)
_PLACES = (
    _Column("place"),
    _Column("partner"),
    _Column("role", "choice", choices=_ROLES),
    _Column("lat", "float", low=-90.0, high=90.0),
    _Column("lon", "float", low=-180.0, high=180.0),
    _Column("source"),
    _CONFIDENCE,
    _Column("notes", required=False),
)
_MILESTONES = (
    _Column("date", "date"),
    _Column("track", "choice", choices=_TRACKS),
    _Column("event"),
    _Column("label"),
    _Column("source", "url"),
    _CONFIDENCE,
    _Column("notes", required=False),
)
_PEOPLE = (
    _Column("person"),
    _Column("country"),
    _Column("role"),
    _Column("since", "date"),
    _Column("party"),
    _Column("seed_title"),
    _Column("source", "url"),
    _CONFIDENCE,
    _Column("notes", required=False),
)

_DATE_HINT = "write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified (never guess a day)"
_DIGITS_HINT = "type the date with the digits 0 to 9: YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not verified"
_INVISIBLE_HINT = (
    "delete it: retype the value by hand (copying from a web page or a PDF often brings such characters)"
)


def _check_characters(value: str, col: _Column, fail: Callable[..., DatasetError]) -> None:
    """Refuse characters that print as nothing (they hide differences between rows)."""
    key = col.kind != "text" or col.name in _KEY_TEXT
    for found in INVISIBLE.finditer(value):
        ch = found.group()
        if ch == " " or (not key and (ch in _TEXT_WHITESPACE or (ch.isspace() and ord(ch) > 0x9F))):
            continue  # free text may hold line breaks, tabs and typographic spaces (no-break, thin)
        where = f"{describe_character(ch)} at character {found.start() + 1} of {value!r}"
        if ch.isspace():
            raise fail(where, col.name, "type an ordinary space, or none")
        raise fail(f"invisible character {where}", col.name, _INVISIBLE_HINT)


def _check_cell(value: str, col: _Column, fail: Callable[..., DatasetError]):
    """Return the parsed cell (str, float, PartialDate or None) or raise through ``fail``."""
    if value != value.strip():
        raise fail(f"leading or trailing space in {value!r}", col.name, "delete the spaces around the value")
    if value == "":
        if not col.required:
            return None
        if col.kind == "url" or col.name == "source":
            raise fail(
                "no source",
                col.name,
                "every row must cite its source: paste the URL of the page that supports it",
            )
        raise fail("empty cell", col.name, f"every row needs a {col.name}")
    _check_characters(value, col, fail)
    if col.kind in ("choice", "date_or_marker") and value in col.choices:
        return value
    if col.kind == "choice":
        raise fail(f"{value!r} is not an allowed value", col.name, "use one of: " + ", ".join(col.choices))
    if col.kind in ("date", "date_or_marker"):
        try:
            return parse_partial_date(value)
        except ValueError as exc:
            hint = _DATE_HINT
            if col.kind == "date_or_marker":
                hint += ", or one of: " + ", ".join(col.choices)
            problem = str(exc).split(":")[0]
            if "digits other than" in problem:
                hint = _DIGITS_HINT
            elif "real date" in problem:
                hint = str(exc).split(": ", 1)[1] + "; check the day against the source"
            raise fail(problem, col.name, hint) from None
    if col.kind == "float":
        if not _NUMBER_RE.match(value):  # float() also takes '４１', '1_0', 'nan' and '1e3'
            raise fail(
                f"{value!r} is not a number",
                col.name,
                "write decimal degrees with a dot and the digits 0 to 9, e.g. -41.29",
            )
        number = float(value)
        if not (col.low <= number <= col.high) or np.isnan(number):
            raise fail(
                f"{value} is outside {col.low:g} to {col.high:g}",
                col.name,
                f"{col.name} must lie between {col.low:g} and {col.high:g} degrees",
            )
        return number
    if col.kind == "url" and not _URL_RE.search(value):
        raise fail(
            f"no URL in source {value[:40]!r}", col.name, "cite the page itself: add its https:// address"
        )
    return value


def _read_table(path, default: str, columns: tuple[_Column, ...]) -> tuple[str, list[int], list[dict]]:
    """Read and check one CSV file cell by cell.

    Returns the name used in messages, the spreadsheet row number of each
    record and the parsed records (dicts keyed by column name).
    """
    file = Path(path) if path is not None else DATA_DIR / default
    name = file.name
    names = [c.name for c in columns]
    records = read_records(file, names, f"check the path; the course's own copy is {DATA_DIR / default}")
    header = records[0]

    rows: list[int] = []
    parsed: list[dict] = []
    for number, record in enumerate(records[1:], start=2):

        def fail(problem: str, column: str | None, hint: str, _row: int = number) -> DatasetError:
            return DatasetError(problem, path=name, row=_row, column=column, hint=hint)

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
        parsed.append({col.name: _check_cell(cells[col.name], col, fail) for col in columns})
        rows.append(number)

    seen: dict[tuple, int] = {}
    for number, record in zip(rows, records[1:], strict=True):
        key = tuple(c.strip() for c in record)
        if key in seen:
            raise DatasetError(
                f"duplicate of row {seen[key]}", path=name, row=number, hint="delete one of the two rows"
            )
        seen[key] = number
    return name, rows, parsed


def _unique(name: str, rows: list[int], parsed: list[dict], column: str, what: str) -> None:
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
    frame[f"{column}_start"] = pd.Series(
        [v.start if isinstance(v, PartialDate) else pd.NaT for v in values], dtype="datetime64[ns]"
    )
    frame[f"{column}_end"] = pd.Series(
        [v.end if isinstance(v, PartialDate) else pd.NaT for v in values], dtype="datetime64[ns]"
    )
    frame[f"{column}_precision"] = pd.Series(
        [v.precision if isinstance(v, PartialDate) else None for v in values], dtype="string"
    )


def _text(values: list) -> pd.Series:
    return pd.Series([v.text if isinstance(v, PartialDate) else v for v in values], dtype="string")


def _frame(parsed: list[dict], columns: tuple[_Column, ...]) -> pd.DataFrame:
    """Build a typed DataFrame: text and choices as ``string``, confidence ordered, dates expanded.

    Choices stay plain text (not ``category``) on purpose: learners group,
    pivot and fill these columns, and categoricals make those steps fail or
    warn in ways a beginner cannot read.
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


# --------------------------------------------------------------------------- agreements


def _split_ids(value: str | None) -> list[str]:
    return [part.strip() for part in value.split(";")] if value else []


def _superseded_ids(parsed: list[dict], on: pd.Timestamp) -> dict[str, str]:
    """Map each agreement replaced by ``on`` (or amending a replaced one) to the id replacing it."""
    replaced: dict[str, str] = {}
    for rec in parsed:
        in_force = rec["in_force"]
        if isinstance(in_force, PartialDate) and in_force.end <= on:
            for old in _split_ids(rec["supersedes"]):
                replaced[old] = rec["id"]
    for rec in parsed:
        for parent in _split_ids(rec["amends"]):
            if parent in replaced and rec["id"] not in replaced:
                replaced[rec["id"]] = replaced[parent]
    return replaced


def _expected_status(rec: dict, replaced: dict[str, str]) -> str:
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


def load_agreements(path=None) -> pd.DataFrame:
    """Load Japan's ACSAs, information security agreements and RAAs, checked.

    One row per signed instrument (an agreement or an amendment). ``status``
    is the state on the seed's date, 2025-12-19 (see :data:`STATUSES`).
    Pass ``path`` to load another copy of the file.

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
    name, rows, parsed = _read_table(path, "agreements.csv", _AGREEMENTS)
    _unique(name, rows, parsed, "id", "agreement")
    ids = {rec["id"] for rec in parsed}
    for number, rec in zip(rows, parsed, strict=True):

        def fail(problem: str, column: str, hint: str, _row: int = number) -> DatasetError:
            return DatasetError(problem, path=name, row=_row, column=column, hint=hint)

        signed, in_force = rec["signed"], rec["in_force"]
        if isinstance(in_force, PartialDate) and in_force.end < signed.start:
            raise fail(
                f"in force {in_force.text} is before signature {signed.text}",
                "in_force",
                "an agreement cannot enter into force before it is signed: check both dates against the source",
            )
        for column in ("amends", "supersedes"):
            for other in _split_ids(rec[column]):
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
    replaced = _superseded_ids(parsed, SEED_DATE)
    for number, rec in zip(rows, parsed, strict=True):
        expected = _expected_status(rec, replaced)
        if rec["status"] != expected:
            raise DatasetError(
                f"status {rec['status']!r} does not fit the dates",
                path=name,
                row=number,
                column="status",
                hint=f"as of {SEED_DATE:%Y-%m-%d} this row is {expected!r} (see the status vocabulary in SOURCES.md)",
            )
    return _frame(parsed, _AGREEMENTS)


def _state_on(rec: pd.Series, on: pd.Timestamp, replaced: dict[str, str], by_id: dict) -> tuple[str, str]:
    """The state of one agreement on day ``on``, with a short reason."""
    if rec["signed_end"] > on:
        return "uncertain", f"signed during {rec['signed']}: cannot tell whether before {on:%Y-%m-%d}"
    marker = rec["in_force"]
    if marker == "pending":
        if rec["signed_start"] > SEED_DATE:
            return "uncertain", f"signed after {SEED_DATE:%Y-%m-%d}; entry into force not tracked"
        if on <= SEED_DATE:
            return "signed, not in force", f"not in force on {SEED_DATE:%Y-%m-%d}"
        return "uncertain", f"not in force on {SEED_DATE:%Y-%m-%d}; later entry into force not recorded"
    if marker == "unknown":
        return "uncertain", "signed; entry into force not verified"
    if rec["in_force_start"] > on:
        return "signed, not in force", f"enters into force {marker}"
    if rec["in_force_end"] > on:
        return (
            "uncertain",
            f"entered into force during {marker}: known to be in force only from {rec['in_force_end']:%Y-%m-%d}",
        )
    if rec["id"] in replaced:
        new = by_id[replaced[rec["id"]]]
        return "superseded", f"replaced by {new['id']} (in force {new['in_force']})"
    return "in force", f"in force since {marker}"


def network_as_of(date=None, data: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which agreements were signed or in force on ``date`` (default: the seed's date).

    One row per agreement signed on or before ``date``, with its ``state``
    (see :data:`STATES`) and a ``reason``. The rule for partial dates is
    conservative: an agreement that entered into force "in 2017" counts as in
    force only from 2017-12-31, the end of that period; before then, but
    within 2017, it is "uncertain". An agreement signed in a period that
    contains ``date`` is "uncertain" too.

    >>> net = network_as_of()
    >>> net.loc[net["kind"] == "ACSA", "state"].astype(str).value_counts().to_dict()
    {'in force': 8, 'superseded': 4, 'signed, not in force': 2}
    >>> network_as_of("2017-06-30").set_index("id").loc["acsa-uk-2017", "state"]
    'uncertain'
    >>> network_as_of("2017-12-31").set_index("id").loc["acsa-uk-2017", "state"]
    'in force'
    """
    on = _as_timestamp(date)
    frame = load_agreements() if data is None else data
    signed = frame[frame["signed_start"] <= on]
    records = [rec for _, rec in frame.iterrows()]
    parsed = [
        {
            "id": rec["id"],
            "supersedes": None if pd.isna(rec["supersedes"]) else rec["supersedes"],
            "amends": None if pd.isna(rec["amends"]) else rec["amends"],
            "in_force": (
                PartialDate(
                    rec["in_force"], rec["in_force_precision"], rec["in_force_start"], rec["in_force_end"]
                )
                if not pd.isna(rec["in_force_start"])
                else rec["in_force"]
            ),
        }
        for rec in records
    ]
    replaced = _superseded_ids(parsed, on)
    by_id = {rec["id"]: rec for rec in records}
    states = [_state_on(rec, on, replaced, by_id) for _, rec in signed.iterrows()]
    out = signed[["id", "partner", "kind", "instrument", "title", "signed", "in_force"]].copy()
    out["state"] = pd.Series([s for s, _ in states], dtype="string", index=out.index)
    out["reason"] = pd.Series([r for _, r in states], index=out.index, dtype="string")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- other tables


def load_places(path=None) -> pd.DataFrame:
    """Load the capitals and organisation seats used on the course's map, checked.

    >>> places = load_places()
    >>> wellington = places.set_index("place").loc["Wellington"]
    >>> float(wellington["lat"]), float(wellington["lon"])
    (-41.29, 174.78)
    >>> str(places["lat"].dtype)
    'float64'
    """
    name, rows, parsed = _read_table(path, "places.csv", _PLACES)
    _unique(name, rows, parsed, "place", "place")
    _unique(name, rows, parsed, "partner", "partner")
    return _frame(parsed, _PLACES)


def load_milestones(path=None) -> pd.DataFrame:
    """Load the Japan–New Zealand milestones, checked and in date order.

    >>> ms = load_milestones()
    >>> ms[["date", "date_precision"]].iloc[[0, -1]].to_numpy().tolist()
    [['2014-07-07', 'day'], ['2025-12-19', 'day']]
    """
    name, rows, parsed = _read_table(path, "milestones.csv", _MILESTONES)
    for (n1, r1), (n2, r2) in zip(
        zip(rows, parsed, strict=True), zip(rows[1:], parsed[1:], strict=True), strict=False
    ):
        if r2["date"].start < r1["date"].start:
            raise DatasetError(
                f"{r2['date'].text} comes before {r1['date'].text} in row {n1}",
                path=name,
                row=n2,
                column="date",
                hint="keep the rows in date order",
            )
    return _frame(parsed, _MILESTONES)


def load_people(path=None) -> pd.DataFrame:
    """Load the three ministers named in the seed, with their roles as of December 2025.

    >>> load_people().set_index("person").loc["Judith Collins", "role"]
    'Minister of Defence'
    """
    name, rows, parsed = _read_table(path, "people.csv", _PEOPLE)
    _unique(name, rows, parsed, "person", "person")
    for number, rec in zip(rows, parsed, strict=True):
        if rec["since"].start > SEED_DATE:
            raise DatasetError(
                f"since {rec['since'].text} is after the seed's date",
                path=name,
                row=number,
                column="since",
                hint=f"list roles held on {SEED_DATE:%Y-%m-%d}",
            )
    return _frame(parsed, _PEOPLE)


# --------------------------------------------------------------------------- geography


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between two points given in decimal degrees.

    Uses a sphere of mean radius :data:`EARTH_RADIUS_KM` (6,371.0088 km); the
    error against the real, slightly flattened Earth stays under about 0.5 %.
    Works on numbers or on NumPy arrays / pandas Series.

    >>> round(haversine_km(35.68, 139.69, -41.29, 174.78))
    9276
    >>> haversine_km(0, 0, 0, 0)
    0.0
    >>> haversine_km(95, 0, 0, 0)
    Traceback (most recent call last):
    ...
    ValueError: latitude must lie between -90 and 90 degrees
    """
    lat1, lon1, lat2, lon2 = (np.asarray(v, dtype="float64") for v in (lat1, lon1, lat2, lon2))
    if np.any(np.abs(lat1) > 90) or np.any(np.abs(lat2) > 90):
        raise ValueError("latitude must lie between -90 and 90 degrees")
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi, dlam = p2 - p1, np.radians(lon2 - lon1)
    h = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlam / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return float(km) if km.ndim == 0 else km


def distances_from(
    place: str = "Tokyo", places: pd.DataFrame | None = None, agreements: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Great-circle distance from ``place`` to the capital (or seat) of each partner of Japan.

    Sorted from nearest to farthest; ``place`` itself is left out.

    >>> d = distances_from()
    >>> d.iloc[0][["place", "partner"]].tolist()
    ['Seoul', 'South Korea']
    >>> int(d.set_index("place").loc["Wellington", "distance_km"])
    9276
    >>> distances_from("Tokio")
    Traceback (most recent call last):
    ...
    ValueError: unknown place 'Tokio' — use one of: Berlin, Brussels, Canberra, ...
    """
    places = load_places() if places is None else places
    agreements = load_agreements() if agreements is None else agreements
    known = places.set_index("place")
    if place not in known.index:
        raise ValueError(f"unknown place {place!r} — use one of: " + ", ".join(sorted(known.index)))
    origin = known.loc[place]
    partners = set(agreements["partner"])
    out = places[places["partner"].isin(partners) & (places["place"] != place)]
    out = out[["place", "partner", "role", "lat", "lon"]].copy()
    out["distance_km"] = haversine_km(
        origin["lat"], origin["lon"], out["lat"].to_numpy(), out["lon"].to_numpy()
    )
    return out.sort_values(["distance_km", "place"]).reset_index(drop=True)
