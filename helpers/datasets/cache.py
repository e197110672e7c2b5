"""Each curated table is read and checked once, and every caller gets its own copy.

The answer keys, the charts and the map all ask for the same tables, dozens
of times per notebook. :func:`load_table` reads the file's bytes every time
(a few kilobytes: microseconds) and checks and builds the table only when
those bytes have not been seen before, so an edited CSV is always re-read,
however quickly it was rewritten. What it returns is a copy
(``DataFrame.copy()``): a learner who changes a returned table never changes
the next one.

The few columns that hold the course's own sentences about a row
(:data:`TRANSLATED_COLUMNS`: a claim, an agreement's notes, a milestone) come
in the edition's language: in the Japanese edition each is looked up in
``helpers/locale/ja/LC_MESSAGES/data.po`` (an untranslated one stays English).
Names, ids, dates, quotations and sources stay as the file writes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..csvfiles import read_bytes
from ..i18n import LANGUAGES, current_language, tr

__all__ = ["DATA_DIR", "MAX_REMEMBERED", "TRANSLATED_COLUMNS", "data_file", "in_language", "load_table", "remembered"]

#: Each curated file's columns written in the course's own words, shown in the edition's language.
TRANSLATED_COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements.csv": ("notes",),
    "context.csv": ("claim",),
    "milestones.csv": ("event",),
}

#: Folder holding the curated CSV files and their datasheet, SOURCES.md.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: How many built tables are kept (oldest forgotten first); the course uses about a dozen.
MAX_REMEMBERED = 64

_MEMORY: dict[tuple, pd.DataFrame] = {}


def remembered(key: tuple, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """A copy of the table ``build()`` returned for ``key`` (built now if ``key`` is new).

    >>> calls = []
    >>> def build():
    ...     calls.append(1)
    ...     return pd.DataFrame({"a": [1]})
    >>> first = remembered(("doctest", 1), build)
    >>> first.loc[0, "a"] = 99
    >>> int(remembered(("doctest", 1), build).loc[0, "a"]), len(calls)
    (1, 1)
    """
    frame = _MEMORY.get(key)
    if frame is None:
        frame = build()
        while len(_MEMORY) >= MAX_REMEMBERED:
            del _MEMORY[next(iter(_MEMORY))]
        _MEMORY[key] = frame
    return frame.copy()


def data_file(path, default: str) -> tuple[Path, bytes]:
    """The file to load (``path``, or the course's own copy ``default``) and its bytes.

    >>> file, raw = data_file(None, "people.csv")
    >>> file.name, raw[:6]
    ('people.csv', b'person')
    """
    file = Path(path) if path is not None else DATA_DIR / default
    return file, read_bytes(file, f"check the path; the course's own copy is {DATA_DIR / default}")


def load_table(path, default: str, build: Callable[[str, bytes], pd.DataFrame]) -> pd.DataFrame:
    """A copy of ``build(name, raw)`` for the file ``path`` (default: ``DATA_DIR / default``).

    ``build`` checks the bytes ``raw`` of the file called ``name`` and returns
    its table; it runs once for each content of the file.

    >>> def build(name, raw):
    ...     return pd.DataFrame({"file": [name], "bytes": [len(raw)]})
    >>> load_table(None, "people.csv", build).loc[0, "file"]
    'people.csv'
    """
    file, raw = data_file(path, default)
    key = (build, file.name, hashlib.sha256(raw).digest())
    return in_language(remembered(key, lambda: build(file.name, raw)), TRANSLATED_COLUMNS.get(default, ()))


def in_language(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """``frame`` with the text of ``columns`` in the current language (its translation, or as it is).

    >>> from helpers.i18n import language
    >>> table = pd.DataFrame({"notes": ["a message nobody translated", None]}, dtype="string")
    >>> with language("ja"):
    ...     in_language(table, ("notes",))["notes"].tolist()
    ['a message nobody translated', <NA>]
    """
    if current_language() == LANGUAGES[0]:
        return frame
    for column in columns:
        if column in frame:
            frame[column] = frame[column].map(lambda v: tr(v) if isinstance(v, str) else v).astype(frame[column].dtype)
    return frame
