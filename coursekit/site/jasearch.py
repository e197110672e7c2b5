"""Japanese search for the website, offline: Sphinx's own splitter plus the course's terms.

Sphinx splits Japanese text into short pieces with its built-in TinySegmenter
(``sphinx.search.ja.DefaultSplitter``, pure Python, nothing to download), so
物品役務相互提供協定 is indexed as 物品 / 役務 / 相互 / ... . The browser, though,
keeps a typed query whole: a learner searching for the official term would find
nothing. This splitter indexes each official term of ``notebooks/locale/ja/terms.csv``
found in a text as one word too, so the whole term and its pieces both find the page.

site/conf.py names it in ``html_search_options`` (used only when ``language`` is ``ja``).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from sphinx.search.ja import DefaultSplitter

from coursekit.paths import REPO

__all__ = ["TERMS", "TermSplitter", "terms"]

TERMS = REPO / "notebooks" / "locale" / "ja" / "terms.csv"


@functools.cache
def terms(path: Path = TERMS) -> tuple[str, ...]:
    """The Japanese official terms of ``terms.csv``, longest first.

    >>> "物品役務相互提供協定" in terms()
    True
    """
    with path.open(encoding="utf-8", newline="") as handle:
        found = {row["japanese"].strip() for row in csv.DictReader(handle) if row["japanese"].strip()}
    return tuple(sorted(found, key=lambda t: (-len(t), t)))


class TermSplitter(DefaultSplitter):
    """TinySegmenter's pieces, then each official term the text contains, whole.

    >>> words = TermSplitter({}).split("日本は物品役務相互提供協定を締結しました。")
    >>> "物品役務相互提供協定" in words, "締結" in words
    (True, True)
    """

    def split(self, input: str) -> list[str]:
        return [*super().split(input), *(term for term in terms() if term in input)]
