"""Each curated table is read and checked once, and every caller gets its own copy.

The answer keys, the charts and the map all ask for the same tables, dozens
of times per notebook. :func:`load_table` reads the file's bytes every time
(a few kilobytes: microseconds) and checks and builds the table only when
those bytes have not been seen before, so an edited CSV is always re-read,
however quickly it was rewritten. What it returns is a copy
(``DataFrame.copy()``): a learner who changes a returned table never changes
the next one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..csvfiles import read_bytes

__all__ = ["DATA_DIR", "MAX_REMEMBERED", "data_file", "load_table", "remembered"]

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
    return remembered(key, lambda: build(file.name, raw))
