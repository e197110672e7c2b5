"""Tables of who said what: quotations, people and mentions as pandas DataFrames.

Each function takes one :class:`~helpers.article.Article` and returns a new
DataFrame with a plain 0-based index and the columns listed in its docstring,
in that order, even when the article has nothing to list (an empty table
with the right columns, never ``None``). Empty text cells are ``""``; the
missing numbers of ``parent`` and ``continues`` are ``<NA>``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from .entities import find_mentions, find_people
from .quotes import QUOTE_KEYS, extract_quotes

if TYPE_CHECKING:
    from .article import Article

__all__ = [
    "MENTION_COLUMNS",
    "PEOPLE_COLUMNS",
    "QUOTE_COLUMNS",
    "mentions_frame",
    "people_frame",
    "quotes_frame",
]

#: Columns of :func:`quotes_frame`, in order: the keys of :meth:`helpers.quotes.Quote.to_dict`.
QUOTE_COLUMNS = QUOTE_KEYS
#: Columns of :func:`people_frame`, in order.
PEOPLE_COLUMNS = ("name", "surname", "role", "country", "paragraph", "mentions", "quotes", "words_quoted")
#: Columns of :func:`mentions_frame`, in order.
MENTION_COLUMNS = ("paragraph", "kind", "text", "canonical", "country", "start", "end")

_INT_COLUMNS = {"number", "paragraph", "words", "start", "end", "mentions", "quotes", "words_quoted"}
_NULLABLE_INT_COLUMNS = {"parent", "continues"}


def _table(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
    data = {}
    for col in columns:
        values = [row[col] for row in rows]
        if col in _INT_COLUMNS:
            data[col] = pd.array(values, dtype="int64")
        elif col in _NULLABLE_INT_COLUMNS:
            data[col] = pd.array(values, dtype="Int64")
        elif col == "closed":
            data[col] = pd.array(values, dtype="bool")
        else:
            data[col] = pd.array(values, dtype="object")
    return pd.DataFrame(data, columns=list(columns))


def quotes_frame(article: Article) -> pd.DataFrame:
    """One row per quotation, in text order (see :mod:`helpers.quotes` for how each field reads).

    Columns:

    - ``number``: 1-based position of the quotation in the article
    - ``paragraph``: 1-based paragraph where it starts
    - ``speaker``: who said it (a person's full name, an institution, a country,
      a capital); ``""`` if unattributed
    - ``role``: the person's title as the article words it; ``""`` for institutions
    - ``country``: the speaker's country, ``""`` if not known
    - ``speaker_type``: ``"person"``, ``"institution"``, ``"other"`` or ``""``
    - ``kind``: ``"full"`` (a sentence or more) or ``"partial"`` (a phrase)
    - ``via``: the channel in the article's words (``"a statement from ..."``,
      ``"reporters"``), ``""`` if none is named
    - ``rule``: how the speaker was found, one of ``helpers.RULES``
    - ``text``: the words inside the quotation marks, exactly
    - ``words``: how many words ``text`` has
    - ``start``, ``end``: offsets in ``article.text`` (``text[start:end]``)
    - ``parent``: ``number`` of the enclosing quotation for a nested one, else ``<NA>``
    - ``continues``: ``number`` of the previous piece of a quotation running over
      paragraphs, else ``<NA>``
    - ``closed``: ``False`` when the closing mark is missing in its paragraph

    >>> from helpers import load_seeds
    >>> df = quotes_frame(load_seeds()[0])
    >>> df[["paragraph", "speaker", "kind", "rule"]].head(4)
       paragraph                   speaker     kind          rule
    0          3  Japan's Foreign Ministry  partial  carried over
    1          3  Japan's Foreign Ministry  partial  carried over
    2          3  Japan's Foreign Ministry  partial  carried over
    3          4            Judith Collins     full      explicit
    >>> top = df[df.parent.isna()]  # leave out nested quotations: their words are in their parent's
    >>> top.groupby("speaker")["words"].sum().sort_values(ascending=False).head(2).to_dict()
    {'Judith Collins': 45, 'Winston Peters': 37}
    """
    return _table([q.to_dict() for q in extract_quotes(article)], QUOTE_COLUMNS)


def people_frame(article: Article) -> pd.DataFrame:
    """One row per person the article introduces, in order of first appearance.

    Columns:

    - ``name``: full name as first written
    - ``surname``: the last word of the name (later mentions use it)
    - ``role``: title as the article words it, ``""`` if none
    - ``country``: from the title (``"New Zealand Foreign Minister"``), ``""`` if not given
    - ``paragraph``: where the person is introduced
    - ``mentions``: how many times the person is named (full name or surname)
    - ``quotes``: how many top-level quotations are attributed to the person
    - ``words_quoted``: how many words those quotations hold

    >>> from helpers import load_seeds
    >>> people_frame(load_seeds()[0])[["name", "role", "country", "mentions", "quotes"]]
                    name              role      country  mentions  quotes
    0  Toshimitsu Motegi  Foreign Minister        Japan         2       0
    1     Judith Collins  Defense Minister  New Zealand         3       2
    2     Winston Peters  Foreign Minister  New Zealand         1       1
    """
    mentions = Counter(m.canonical for m in find_mentions(article) if m.kind == "person")
    quotes: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for q in extract_quotes(article):
        if q.parent is None and q.speaker_type == "person":
            quotes[q.speaker] += 1
            words[q.speaker] += q.words
    rows = []
    for p in find_people(article):
        row = p.to_dict()
        row["mentions"] = mentions.get(p.name, 0)
        row["quotes"] = quotes.get(p.name, 0)
        row["words_quoted"] = words.get(p.name, 0)
        rows.append(row)
    return _table(rows, PEOPLE_COLUMNS)


def mentions_frame(article: Article) -> pd.DataFrame:
    """One row per mention, in text order (a longer mention before one inside it).

    Columns:

    - ``paragraph``: 1-based paragraph
    - ``kind``: ``person``, ``country``, ``capital``, ``institution``,
      ``agreement``, ``ship`` or ``document`` (see ``helpers.entities.MENTION_KINDS``)
    - ``text``: the words as written
    - ``canonical``: what they name (a person's full name, a country, an
      agreement's full name, a document's issuer; ``""`` if unknown)
    - ``country``: the country it belongs to, ``""`` if none or unknown
    - ``start``, ``end``: offsets in ``article.text``

    >>> from helpers import load_seeds
    >>> df = mentions_frame(load_seeds()[0])
    >>> df[df.kind == "agreement"][["paragraph", "text"]].values.tolist()
    [[2, 'Acquisition and Cross-Servicing Agreement'], [2, 'Information Security Agreement'], [3, 'ACSA'], [6, 'Information Security Agreement']]
    >>> df[df.text == "ACSA"].canonical.item()
    'Acquisition and Cross-Servicing Agreement'
    """
    return _table([m.to_dict() for m in find_mentions(article)], MENTION_COLUMNS)
