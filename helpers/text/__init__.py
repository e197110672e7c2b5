"""The text layer under entities and quotations: tokens, names and places, and pasted input.

* :mod:`helpers.text.tokens`: :class:`Token`, :func:`tokenize`, :func:`joined`;
* :mod:`helpers.text.names`: :func:`namelike`, :func:`name_run`, :func:`place_at`, :func:`place_hits`;
* :mod:`helpers.text.intake`: an article as people have it (no date line,
  single newlines, site clutter, a saved web page) turned into the course format.

>>> [t.lower for t in tokenize("Japan's navy")]
['japan', 'navy']
"""

from .names import MAX_NAME_WORDS, name_run, namelike, place_at, place_hits
from .tokens import WORD, Token, between, joined, tokenize, word_count

__all__ = [
    "MAX_NAME_WORDS",
    "WORD",
    "Token",
    "between",
    "joined",
    "name_run",
    "namelike",
    "place_at",
    "place_hits",
    "tokenize",
    "word_count",
]
