"""Marks that do not quote anyone: titles, names and numbers in quotation marks.

News puts quotation marks round more than speech: titles of shows, books and
slogans (``“Saturday Night Live”``, ``“Make America Great Again”``), numbers
and dates copied from web pages, and handles (``“@POTUS”``). None of them has
a speaker. :func:`not_a_quotation` says why a top-level span is not a
quotation (``""`` when it is one); :func:`helpers.quotes.extract_quotes` leaves
those out. Scare quotes round ordinary words (``a “practical test”``) stay:
they are partial quotations, and the course teaches them.

>>> not_a_quotation("Saturday Night Live", "partial"), not_a_quotation("practical test", "partial")
('title', '')
"""

from __future__ import annotations

from .tokens import WORD

__all__ = ["TITLE_MAX_WORDS", "not_a_quotation"]

#: A title in quotation marks has at most this many words.
TITLE_MAX_WORDS = 6

_SMALL = frozenset("of and the for a an in to on or at by with from de la".split())


def not_a_quotation(text: str, kind: str) -> str:
    """Why the span ``text`` of kind ``kind`` (``"full"``/``"partial"``) is not a quotation, or ``""``.

    ``"number"``: no letter at all (a date, an id, a score); ``"handle"``: a
    social-media handle, hashtag or web address; ``"title"``: a phrase woven
    into the sentence whose every word is capitalised (a title, a slogan, a
    nickname), at most :data:`TITLE_MAX_WORDS` words.

    >>> not_a_quotation("2016-07-23", "partial"), not_a_quotation("@POTUS", "full")
    ('number', 'handle')
    >>> not_a_quotation("We are ready,", "full"), not_a_quotation("Make America Great Again.", "partial")
    ('', 'title')
    >>> not_a_quotation("I Am Ready", "partial")  # capitalised, but someone speaks
    ''
    """
    stripped = text.strip()
    if not any(ch.isalpha() for ch in stripped):
        return "number"
    if stripped.startswith(("@", "#", "http", "www.")):
        return "handle"
    words = WORD.findall(stripped)
    if kind != "partial" or not words or len(words) > TITLE_MAX_WORDS:
        return ""
    if any(w in ("I", "We", "You", "My", "Our") for w in words):
        return ""
    if (
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)
        and words[0][:1].isupper()
    ):
        return "title"
    return ""
