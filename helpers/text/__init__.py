"""The text layer under entities and quotations: tokens, names and places, web pages and dates in words.

Who owns what (each module is imported by its full name; this package
re-exports only the shared word-level tools below):

* words: :mod:`~helpers.text.tokens` (:class:`Token`, :func:`tokenize`,
  :func:`joined`), :mod:`~helpers.text.names` (:func:`namelike`,
  :func:`name_run`, :func:`place_at`, :func:`place_hits`);
* the article file: :mod:`~helpers.text.lines` (line ends, date lines),
  :mod:`~helpers.text.sentences` (the sentence splitter),
  :mod:`~helpers.text.decoding` (bytes to text), used by :mod:`helpers.article`;
  :mod:`~helpers.text.webpage` and :mod:`~helpers.text.dates`: the text of a
  saved web page and dates in words, which :mod:`helpers.intake` (a layer
  up: it makes an ``Article``) uses to turn pasted text into the course format;
* entities (behind :mod:`helpers.entities`): :mod:`~helpers.text.mentions`
  (the records), :mod:`~helpers.text.entity_scan` (the scan: ships, places,
  agreements), :mod:`~helpers.text.people`, :mod:`~helpers.text.institutions`;
* quotations (behind :mod:`helpers.quotes`): :mod:`~helpers.text.marks`
  (pairing quotation marks), :mod:`~helpers.text.quote_spans` (spans, full or
  partial), :mod:`~helpers.text.clauses` (reporting clauses),
  :mod:`~helpers.text.speakers` (who a clause names), :mod:`~helpers.text.walk`
  (the attribution pass);
* shared by all: :mod:`~helpers.text.vocabulary` (the closed vocabularies:
  mention kinds, quote kinds, rules, speaker types), :mod:`~helpers.text.records`
  (``to_dict``), :mod:`~helpers.text.cache` (work once per article).

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
