"""The names the course's data holds, by table and column: what a learner's name is checked against.

One list of (table, column) pairs (:data:`NAME_COLUMNS`) says where names
live; the values are read from the course's own tables the first time a
name is looked up, so a new partner or a renamed column needs no change
here. Other spellings come from the country table of
:mod:`helpers.lexicon.countries` ("USA" for "United States").

>>> column_holding(["Australia", "France"]).where
'the partner column of the agreements table'
>>> other_name_of("usa")
'United States'
>>> column_holding(["not a name anywhere"]) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .answers import fold_text

__all__ = ["NAME_COLUMNS", "NameColumn", "column_holding", "columns_with", "name_columns", "other_name_of"]

#: Where the course's names live: (table, loader's name in helpers, text columns), searched in this order.
NAME_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("agreements", "load_agreements", ("partner", "kind", "instrument", "status")),
    ("places", "load_places", ("place", "partner", "role")),
    ("network", "network_as_of", ("state",)),
    ("people", "load_people", ("person", "country", "role")),
    ("context", "load_context", ("id", "topic", "kind")),
    ("milestones", "load_milestones", ("track",)),
    ("quotations", "_quotations", ("speaker", "country", "kind", "rule", "via")),
)


@dataclass(frozen=True)
class NameColumn:
    """One column of names: its table, its name, and its values (folded → as the table writes them).

    >>> NameColumn("places", "role", {"capital": "capital"}).where
    'the role column of the places table'
    """

    table: str
    column: str
    values: dict[str, str]

    @property
    def where(self) -> str:
        """The column and its table, in words."""
        return f"the {self.column} column of the {self.table} table"


def _quotations():
    """The quotations of the seed article and of the course's other articles, in one table."""
    import pandas as pd

    from ..article import load_article, load_seeds
    from ..frames import quotes_frame
    from ..resources import data_file

    articles = list(load_seeds())
    folder = data_file("agreements.csv").parent / "articles"
    for path in sorted(folder.glob("*.txt")):
        try:
            articles.append(load_article(path))
        except Exception:  # a data article that cannot be read adds no names
            continue
    return pd.concat([quotes_frame(a) for a in articles], ignore_index=True)


def _load(loader: str):
    if loader == "_quotations":
        return _quotations()
    import helpers

    return getattr(helpers, loader)()


@cache
def name_columns() -> tuple[NameColumn, ...]:
    """Every column of :data:`NAME_COLUMNS`, read from the course's data (once; a table that fails is left out).

    >>> any(c.column == "partner" for c in name_columns())
    True
    """
    found = []
    for table, loader, columns in NAME_COLUMNS:
        try:
            frame = _load(loader)
        except Exception:
            continue
        for column in columns:
            if column in frame.columns:
                values = {fold_text(str(v)): str(v) for v in frame[column].dropna().unique() if str(v).strip()}
                found.append(NameColumn(table, column, values))
    return tuple(found)


def column_holding(names) -> NameColumn | None:
    """The first column of names that holds every one of ``names`` (compared folded), or None.

    >>> column_holding(["nato"]).column
    'partner'
    """
    folded = {fold_text(n) for n in names if isinstance(n, str)}
    if not folded or len(folded) != len(list(names)):
        return None
    for column in name_columns():
        if folded <= column.values.keys():
            return column
    return None


def columns_with(name: str) -> list[NameColumn]:
    """Every column of names that holds ``name`` (folded).

    >>> [c.where for c in columns_with("ACSA")][:1]
    ['the kind column of the agreements table']
    """
    key = fold_text(name)
    return [c for c in name_columns() if key in c.values]


@cache
def _other_names() -> dict[str, str]:
    from ..lexicon.countries import COUNTRIES

    out: dict[str, str] = {}
    for country, entry in COUNTRIES.items():
        for other in (*entry["names"], *entry["demonyms"]):
            if fold_text(other) != fold_text(country):
                out.setdefault(fold_text(other), country)
    return out


def other_name_of(name: str) -> str | None:
    """The country another name or a demonym stands for ("UK" → "United Kingdom"), or None.

    >>> other_name_of("Dutch"), other_name_of("Japan")
    ('Netherlands', None)
    """
    return _other_names().get(fold_text(name))
