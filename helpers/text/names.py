"""Names and places among tokens: is this word name-like, where does a name end, is this a place.

These read :mod:`helpers.lexicon` (which words are not names, which phrases
are places) and are shared by entities and quotations.

>>> from helpers.text import tokenize
>>> toks = tokenize("Minister Ana von der Berg of New Zealand")
>>> toks[name_run(toks, 1, "Minister Ana von der Berg of New Zealand") - 1].text
'Berg'
"""

from __future__ import annotations

import re

from ..lexicon import (
    HONORIFICS,
    NAME_INNER_CAPITALS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NP_STOP,
    PLACE_PHRASES,
    PLACE_WORDS,
    PLACES_BY_FIRST,
    REPORTING_VERBS,
    SHIP_PREFIXES,
)
from .tokens import TITLE_ABBREVIATIONS, Token, between, joined

__all__ = [
    "MAX_NAME_WORDS",
    "PLACE_STARTS",
    "SURNAME_ROLES",
    "described_name",
    "initials",
    "inside_place_name",
    "name_run",
    "namelike",
    "place_at",
    "place_hits",
    "verb_before",
]

#: First words of place names ('New Hampshire', 'Los Angeles'): the capitalised word after one starts no person's name.
PLACE_STARTS = frozenset("New North South East West Los Las San Santa Fort Saint St Wall".split())

#: A description between a modifier and a name is at most this many words: 'said Concord resident Whit Symms'.
DESCRIPTION_WORDS_MAX = 3

#: A person's name is at most this many name-like words (particles such as "von" aside).
MAX_NAME_WORDS = 4


def place_at(toks: list[Token], i: int, text: str) -> tuple[str, str, int, bool] | None:
    """A country, demonym or capital starting at word ``i``: (kind, country, next index, possessive).

    >>> from helpers.text import tokenize
    >>> place_at(tokenize("New Zealand's navy"), 0, "New Zealand's navy")
    ('country', 'New Zealand', 2, True)
    """
    tok = toks[i]
    candidates = PLACES_BY_FIRST.get(tok.text)
    if candidates is None:
        if not tok.poss:
            return None  # most words: no place starts here
        candidates = PLACES_BY_FIRST.get(tok.base)
    for phrase in candidates or ():
        n = len(phrase)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            tok = toks[i + k]
            word = tok.base if k == n - 1 else tok.text
            if word != phrase[k] or (k and not joined(text, toks[i + k - 1], tok)):
                ok = False
                break
            if k < n - 1 and tok.poss:
                ok = False
                break
        if ok:
            kind, country = PLACE_PHRASES[phrase]
            return kind, country, i + n, toks[i + n - 1].poss
    return None


def place_hits(toks: list[Token], text: str) -> dict[int, tuple[str, str, int, bool]]:
    """Every place in one paragraph's words, by the index of its first word (:func:`place_at` for each).

    A scan that asks "is there a place here?" at every word reads this table
    instead of matching again: one lookup per word, a match only where a
    place's first word is.

    >>> from helpers.text import tokenize
    >>> t = "Tokyo and New Zealand's navy"
    >>> place_hits(tokenize(t), t)
    {0: ('capital', 'Japan', 1, False), 2: ('country', 'New Zealand', 4, True)}
    """
    hits = {}
    for i, tok in enumerate(toks):
        if tok.text in PLACES_BY_FIRST or (tok.poss and tok.base in PLACES_BY_FIRST):
            hit = place_at(toks, i, text)
            if hit is not None:
                hits[i] = hit
    return hits


def namelike(tok: Token) -> bool:
    """A capitalised word that could be part of a person's name (not a place, role or common word).

    >>> from helpers.text import Token
    >>> namelike(Token("Vea", 0)), namelike(Token("Minister", 0)), namelike(Token("Japan", 0))
    (True, False, False)
    """
    word = tok.base
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    return tok.lower not in NOT_NAMES and word not in PLACE_WORDS and word not in SHIP_PREFIXES


def _initial(toks: list[Token], j: int, text: str) -> bool:
    """``J. Smith``, ``G.K. Butterfield``: initials, a full stop, a space, then a name-like word.

    Initials are one capital letter, or capitals joined by full stops ('G.K', not 'U.S'),
    and those are not followed by a title ('U.N. Sec. …').

    >>> from helpers.text import tokenize
    >>> [_initial(tokenize(t), 0, t) for t in ("J. Smith", "G.K. Smith", "U.S. Smith", "G.K. Sen. Smith")]
    [True, True, False, False]
    """
    tok = toks[j]
    if j + 1 >= len(toks) or not initials(tok):
        return False
    after = text[tok.end : toks[j + 1].start]
    nxt = toks[j + 1]
    if len(tok.text) > 1 and nxt.text in TITLE_ABBREVIATIONS:
        return False
    return after[:1] == "." and after[1:] != "" and after[1:].isspace() and namelike(nxt)


def initials(tok: Token) -> bool:
    """One capital letter, or capitals joined by full stops that name no place ('G.K', not 'U.S').

    >>> from helpers.text import Token
    >>> [initials(Token(w, 0)) for w in ("J", "G.K", "U.S", "Jo")]
    [True, True, False, False]
    """
    if len(tok.text) == 1:
        return tok.cap
    return _DOTTED_INITIALS.fullmatch(tok.text) is not None and tok.text not in PLACE_WORDS


#: Initials written together: 'G.K', 'J.J', 'H.W' (the tokenizer keeps their inner full stops).
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")


def _linked(toks: list[Token], j: int, text: str) -> bool:
    """Word ``j`` continues the name: only spaces before it, or an initial's full stop."""
    if joined(text, toks[j - 1], toks[j]):
        return True
    return _initial(toks, j - 1, text)


def name_run(toks: list[Token], i: int, text: str, limit: int = MAX_NAME_WORDS) -> int:
    """Index after a run of up to ``limit`` name-like words starting at ``i`` (``i`` if none).

    Inside a name (never first): capitalised short words ("Nguyen Van An"),
    lower-case particles before a capitalised word ("Ursula von der Leyen"),
    an initial with its full stop ("J. Smith") and a suffix ("Jr", "III").

    >>> from helpers.text import tokenize
    >>> t = "J. Ana Smith Jr. said"
    >>> toks = tokenize(t)
    >>> name_run(toks, 0, t)
    4
    """
    j = i
    n = len(toks)
    while j < n and j - i < limit + 2:
        tok = toks[j]
        if j > i and not _linked(toks, j, text):
            break
        if namelike(tok) or _initial(toks, j, text):
            pass
        elif j > i and tok.cap and tok.lower in NAME_INNER_CAPITALS and not toks[j - 1].poss:
            pass
        elif j > i and tok.base in NAME_SUFFIXES and not toks[j - 1].poss:
            pass
        elif _role_surname(toks, i, j, text):
            pass
        elif (
            j > i
            and tok.lower in NAME_PARTICLES
            and not tok.cap
            and j + 1 < n
            and joined(text, tok, toks[j + 1])
            and (namelike(toks[j + 1]) or toks[j + 1].lower in NAME_PARTICLES)
        ):
            pass
        else:
            break
        j += 1
        if tok.poss:  # "Vea's visit": the name ends at the possessive
            break
    while j > i and toks[j - 1].lower in NAME_PARTICLES and not toks[j - 1].cap:
        j -= 1
    return j + 1 if i < j <= i + 2 and _place_surname(toks, j, text) else j


#: Role words that are also common surnames: 'Charlie King', 'Mr. King', 'Howard Dean'.
SURNAME_ROLES = frozenset("king major dean bishop judge knight marshall".split())


def _role_surname(toks: list[Token], i: int, j: int, text: str) -> bool:
    """Word ``j`` is a role word used as a surname: after a given name or an honorific, closing the name.

    >>> from helpers.text import tokenize
    >>> [name_run(tokenize(t), 0 if t[0] != "M" else 1, t) for t in ("Charlie King, a Democrat", "Mr. King said", "King Abdullah")]
    [2, 2, 0]
    """
    tok = toks[j]
    if tok.lower not in SURNAME_ROLES or not tok.cap:
        return False
    if j + 1 < len(toks) and toks[j + 1].cap and joined(text, tok, toks[j + 1]):
        return False  # 'King Abdullah', 'Judge Ana Vea': a title before a name
    if j > i:
        return not toks[j - 1].poss
    before = toks[i - 1] if i > 0 else None
    return (
        before is not None
        and before.cap
        and before.lower in HONORIFICS
        and between(text, before, tok).strip() in ("", ".")
    )


def _place_surname(toks: list[Token], j: int, text: str) -> bool:
    """After a short name (a given name), a place word that closes the phrase is a surname: 'Steve Israel,',
    'David French of the …', 'Charlie Cook wrote'.

    >>> from helpers.text import tokenize
    >>> t = "said Steve Israel, a Democrat"
    >>> name_run(tokenize(t), 1, t)
    3
    """
    n = len(toks)
    if j >= n or toks[j].base not in PLACE_WORDS or toks[j].poss or not joined(text, toks[j - 1], toks[j]):
        return False
    if j + 1 >= n:
        return text[toks[j].end : toks[j].end + 1] in (",", ".", ";", "")
    if joined(text, toks[j], toks[j + 1]):
        return toks[j + 1].lower == "of" or toks[j + 1].lower in REPORTING_VERBS
    return between(text, toks[j], toks[j + 1]).strip()[:1] in (",", ".", ";")


def inside_place_name(toks, i: int, text) -> bool:
    """Word ``i`` goes on a name that a place word starts: 'a New Hampshire Republican said',
    'the Washington Post reported' (a body or a description, not a person's name).

    >>> from helpers.text import tokenize
    >>> t = "the New Zealand Herald reported"
    >>> inside_place_name(tokenize(t), 3, t), inside_place_name(tokenize("Ana Vea said"), 1, "Ana Vea said")
    (True, False)
    """
    if i == 0 or not joined(text, toks[i - 1], toks[i]) or not toks[i - 1].cap or toks[i - 1].poss:
        return False
    if toks[i - 1].text in PLACE_STARTS:
        return True
    k = i - 1  # 'the New Zealand Herald': back over the place's words to its determiner
    while k >= 0 and toks[k].lower not in _ARTICLES and toks[k].text in _PLACE_OR_START and not toks[k].poss:
        k -= 1
    return -1 < k < i - 1 and toks[k].lower in _ARTICLES and joined(text, toks[k], toks[k + 1])


_ARTICLES = frozenset(("the", "a", "an"))
_PLACE_OR_START = PLACE_WORDS | PLACE_STARTS


def verb_before(toks, i: int, text) -> bool:
    """A reporting verb right before word ``i`` ('," said Concord …').

    >>> from helpers.text import tokenize
    >>> verb_before(tokenize("said Ana Vea"), 1, "said Ana Vea")
    True
    """
    return i > 0 and toks[i - 1].lower in REPORTING_VERBS and joined(text, toks[i - 1], toks[i])


def described_name(toks, end: int, text) -> tuple[int, int] | None:
    """After a capitalised modifier ending at ``end``, a description in lower case and a full name
    that closes the clause: 'Concord resident Whit Symms.' gives the indexes of 'Whit Symms'.

    >>> from helpers.text import tokenize
    >>> t = "said Concord resident Whit Symms. Later"
    >>> described_name(tokenize(t), 2, t)
    (3, 5)
    >>> t = "said Concord and Whit Symms."
    >>> described_name(tokenize(t), 2, t) is None
    True
    """
    n, k = len(toks), end
    while k < n and k - end < DESCRIPTION_WORDS_MAX and joined(text, toks[k - 1], toks[k]):
        low = toks[k].lower
        if toks[k].cap or not low.isalpha() or low in NP_STOP or low in _NOT_DESCRIPTION:
            break
        k += 1
    if k == end or k >= n or not joined(text, toks[k - 1], toks[k]):
        return None
    stop = name_run(toks, k, text)
    if stop - k < 2:
        return None
    after = text[toks[stop - 1].end : toks[stop].start] if stop < n else ""
    return (k, stop) if after.strip()[:1] in (",", ".", ";", "(", "") else None


#: Lower-case words that cannot be part of a description before a name.
_NOT_DESCRIPTION = frozenset("and or of to for by from the a an said says told added about".split())
