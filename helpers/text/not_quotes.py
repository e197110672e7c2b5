"""Marks that do not quote anyone: titles, names, scare quotes, numbers and markup in quotation marks.

News puts quotation marks round more than speech: titles of shows, books and
slogans (``“Saturday Night Live”``, ``“Make America Great Again”``), numbers
and dates copied from web pages, handles (``“@POTUS”``), attribute values of
pasted markup (``<tweet author="realDonaldTrump">``) and *scare quotes*: a word
or two the reporter keeps at arm's length (``the “establishment” candidate``),
with no one said to have said it. None of them has a speaker.
:func:`not_a_quotation` says why a top-level span is not a quotation (``""``
when it is one); :func:`helpers.quotes.extract_quotes` leaves those out.

The rules are about news English, not about any one report:

* a **scare quote** is a phrase woven into the sentence (kind ``"partial"``)
  of at most :data:`SCARE_MAX_WORDS` lower-case words, with no word of saying
  or judging (:data:`ATTRIBUTION_STEMS`: *said*, *called*, *described*,
  *accused*, *according to* ...) in its sentence before the marks or just
  after them. ``calling the plan a “practical test”`` has *calling*: a partial
  quotation, kept, as the course teaches it;
* a **title** is a short phrase whose every word is capitalised: woven into
  the sentence (kind ``"partial"``), used as a noun (``“Broad City” star``,
  ``“Containment” has been``: no closing punctuation, and the next word is
  neither a reporting verb nor a pronoun), or standing alone as its
  paragraph (a section heading such as ``‘All Bets Are Off.’``); and any
  short phrase alone as its paragraph in single marks (a subheading that
  quotes the section: ``‘A really tough decision.’``); and a piece's
  headline credited to its author (``"Talks resume in Suva," by Ana Vea``).

>>> not_a_quotation("Saturday Night Live", "partial"), not_a_quotation("practical test", "partial")
('title', '')
>>> not_a_quotation("establishment", "partial", before="He beat the GOP’s ", after=" candidate.")
'scare quote'
"""

from __future__ import annotations

import itertools
import re

from ..lexicon import REPORTING_VERBS
from .tokens import WORD

__all__ = ["ATTRIBUTION_STEMS", "CONTEXT_CHARS", "SCARE_MAX_WORDS", "TITLE_MAX_WORDS", "not_a_quotation"]

#: A title in quotation marks has at most this many words.
TITLE_MAX_WORDS = 6

#: The rules read at most this many characters of the paragraph either side of the marks (linear time).
CONTEXT_CHARS = 400

#: A scare quote has at most this many words.
SCARE_MAX_WORDS = 2

#: Beginnings of words that attribute a phrase to someone (saying, naming, judging); lower case.
ATTRIBUTION_STEMS = tuple(
    """say said saying call describ accus referred refers referring referenc characteri deem decr admit suggest vow
    labell labeled labeling dubbed termed denounc blast slam prais critici condemn dismiss promis pledg insist
    writ wrote tweet told tell warn urged urges urging argu claim charged charging asked asks asking answer
    replied replies respond declar announc added adding adds noted notes noting explain predict boast complain
    quip joke mock hail lament recall acknowledg conced assert stress emphas threaten portray according quot
    named naming insult attacked scoff cited cites citing stated statement agreed agrees defend tout compar
    assur posted posting echo shout yell chant mouthed utter thank spok speak""".split()
)

_SMALL = frozenset("of and the for a an in to on or at by with from de la".split())
_SPEAKING_WORDS = frozenset(("I", "We", "You", "My", "Our"))
_NOT_A_NOUN_USE = frozenset("he she they it we i you the a an his her their this that who".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’'»]*\s+|\n")
_QUOTED = re.compile(r"(?:''|[\"“‘])([^\"“”‘’]+?)(?:''|[\"”’])")
_BYLINE = re.compile(r"\s+by\s+[A-Z]")
_NEXT_WORD = re.compile(r"[\"”’'»]*\s+([a-z][\w-]*)")
#: Words of a sentence before the marks, and after them, that are searched for an attribution.
_LOOK_BEFORE, _LOOK_AFTER = 15, 8


def _title_like(words: list[str]) -> bool:
    if not words or len(words) > TITLE_MAX_WORDS or any(w in _SPEAKING_WORDS for w in words):
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)


def _attributed(before: str, after: str) -> bool:
    """A word of saying or judging in the sentence before the marks or just after them."""
    head = [w.lower() for w in WORD.findall(_SENTENCE_END.split(before)[-1])][-_LOOK_BEFORE:]
    tail = [w.lower() for w in WORD.findall(_SENTENCE_END.split(after)[0])][:_LOOK_AFTER]
    if any(pair == ("put", "it") for pair in itertools.pairwise(head)):
        return True  # 'as the magazine put it, "the operator"'
    return any(w.startswith(ATTRIBUTION_STEMS) for w in head + tail)


def _in_a_quoted_series(before: str, after: str) -> bool:
    """Another quotation of more than :data:`SCARE_MAX_WORDS` words in the same sentence (``promoting
    “closer cooperation,” and “a fair and open region”``): one source quoted phrase by phrase."""
    sentence = _SENTENCE_END.split(before)[-1] + " … " + _SENTENCE_END.split(after)[0]
    return any(len(WORD.findall(m.group(1))) > SCARE_MAX_WORDS for m in _QUOTED.finditer(sentence))


def _used_as_noun(text: str, after: str) -> bool:
    """``“Broad City” star``: no closing punctuation, and a lower-case word that is not a verb of saying follows."""
    if text.rstrip()[-1:] in ",.;:!?…":
        return False
    m = _NEXT_WORD.match(after)
    return m is not None and m.group(1) not in REPORTING_VERBS and m.group(1) not in _NOT_A_NOUN_USE


def _alone(before: str | None, after: str | None) -> bool:
    """Nothing but marks, dashes and a full stop in the paragraph besides the span (``– ‘Who cares?’ –.``)."""
    return before is not None and after is not None and not before.strip(" –-") and not after.strip(" \t.–-\"”’'")


def not_a_quotation(
    text: str, kind: str, before: str | None = None, after: str | None = None, mark: str = ""
) -> str:
    """Why the span ``text`` of kind ``kind`` (``"full"``/``"partial"``) is not a quotation, or ``""``.

    ``before`` and ``after`` are the paragraph's text before the opening mark
    and after the closing mark (``None`` when not known: the rules that need
    them then keep the span); ``mark`` the opening mark. Reasons: ``"number"`` (no letter at all: a
    date, an id, a score), ``"handle"`` (a social-media handle, hashtag or
    web address), ``"markup"`` (an attribute value: ``=`` right before the
    mark), ``"title"`` and ``"scare quote"`` (see the module documentation).

    >>> not_a_quotation("2016-07-23", "partial"), not_a_quotation("@POTUS", "full")
    ('number', 'handle')
    >>> not_a_quotation("We are ready,", "full"), not_a_quotation("Make America Great Again.", "partial")
    ('', 'title')
    >>> not_a_quotation("I Am Ready", "partial")  # capitalised, but someone speaks
    ''
    >>> not_a_quotation("realDonaldTrump", "partial", before='<tweet author=')
    'markup'
    >>> not_a_quotation("Broad City", "full", before="", after=" star Ana Vea spoke.")
    'title'
    >>> not_a_quotation("All Bets Are Off.", "full", before="", after="")
    'title'
    >>> not_a_quotation("A tough decision.", "full", before="", after="", mark="‘")
    'title'
    >>> not_a_quotation("Talks resume in Suva,", "full", before="—", after=" by Ana Vea: more")
    'title'
    >>> not_a_quotation("loser", "partial", before="Trump called him a ", after=".")
    ''
    >>> not_a_quotation("closer cooperation,", "partial", before='aimed at "smooth and prompt supply," promoting ', after=" and more.")
    ''
    """
    stripped = text.strip()
    if not any(ch.isalpha() for ch in stripped):
        return "number"
    if stripped.startswith(("@", "#", "http", "www.")):
        return "handle"
    if before is not None and before.rstrip(" '\"“‘").endswith("="):
        return "markup"
    words = WORD.findall(stripped)
    if after is not None and stripped.endswith(",") and _BYLINE.match(after):
        return "title"  # a piece's headline and its author: '"Talks resume," by Ana Vea'
    if _title_like(words):
        if kind == "partial" or (after is not None and _used_as_noun(stripped, after)):
            return "title"
        if len(words) > 1 and _alone(before, after):
            return "title"  # a heading: the span alone in its paragraph
    if mark in ("'", "‘") and 0 < len(words) <= TITLE_MAX_WORDS and _alone(before, after):
        return "title"  # a subheading in single marks: ‘A really tough decision.’
    if (
        kind == "partial"
        and before is not None
        and after is not None
        and 0 < len(words) <= SCARE_MAX_WORDS
        and all(w[:1].islower() for w in words)
        and not _attributed(before, after)
        and not _in_a_quoted_series(before, after)
    ):
        return "scare quote"
    return ""
