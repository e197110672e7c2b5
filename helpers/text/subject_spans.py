"""Where the subject of a reporting verb is: the candidate spans before the verb, best first.

A reporting clause names its speaker before the verb in many shapes: "Ana
Vea said", "Vea, Tonga's trade minister, said", "Mele Kata of Levuka, Fiji,
says", "Vea, who chairs the committee, said", "Trump on Friday described".
:func:`subject_candidates` lists the spans of words that can be that
subject; :mod:`helpers.text.clauses` resolves them in order.

>>> from helpers.text import tokenize
>>> t = "Ana Vea, Tonga's trade minister, said"
>>> toks = tokenize(t)
>>> [" ".join(w.text for w in toks[s:e]) for s, e, _ in subject_candidates(toks, len(toks) - 1, t)]
['Ana Vea', "Tonga's trade minister"]
"""

from __future__ import annotations

import re

from ..lexicon import ADVERBS, NP_STOP, PARTICIPLES, REPORTING_VERBS, ROLE_WORDS
from .names import namelike
from .tokens import TITLE_ABBREVIATIONS, Token, between, joined

__all__ = ["OPENING_PHRASE_WORDS", "back_np", "comma_between", "subject_candidates"]

#: Words that open a sentence or clause without being part of its subject ('And he added').
LEADING_CONJUNCTIONS = frozenset("and but or so yet then".split())
#: Prepositions of a short phrase between a subject and its verb ('Trump on Friday described').
PHRASE_PREPOSITIONS = frozenset("on in at during after before since by".split())
#: A sentence opening with one of these (or an -ing word) has its subject after the first comma.
OPENING_PHRASE_WORDS = frozenset(
    "in on at after before during while when asked speaking back earlier later last since despite instead".split()
)


def back_np(toks: list[Token], k: int, text: str, limit: int = 8) -> int:
    """Start index of the noun phrase ending at ``toks[k]`` (joined words, no stop words).

    >>> from helpers.text import tokenize
    >>> t = "as said Tonga's trade minister"
    >>> back_np(tokenize(t), 4, t)
    2
    """
    s = k
    while s > 0 and k - s < limit - 1 and joined(text, toks[s - 1], toks[s]):
        w = toks[s - 1].lower
        if w in NP_STOP or w in REPORTING_VERBS or w in ("according", "to"):
            break
        s -= 1
    return s


def _verb_end(toks: list[Token], v: int, text: str) -> int:
    """Index of the last word of the subject before the verb ``toks[v]``: past adverbs and
    auxiliaries ('has also said') and a short phrase ('on Friday', 'in the past') (-1 if none)."""
    k = v - 1
    for _ in range(3):
        while k >= 0 and (toks[k].lower in ADVERBS or (toks[k].lower.endswith("ly") and not toks[k].cap)):
            if not joined(text, toks[k], toks[k + 1]):
                return k
            k -= 1
        s = back_np(toks, k, text, limit=4) if k >= 0 else 0
        if (
            s > 0
            and toks[s - 1].lower in PHRASE_PREPOSITIONS
            and joined(text, toks[s - 1], toks[s])
            and joined(text, toks[k], toks[k + 1])
        ):
            k = s - 2  # 'Trump, who …, on Friday described': past the phrase
            continue
        break
    return k


def _name_before_of(toks: list[Token], s: int, text: str) -> int:
    """'Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote': a phrase too
    long for :func:`back_np` that starts after 'of' takes the capitalised name before it (``s`` if none)."""
    o = s if toks[s].lower == "of" else s - 1
    if o < 1 or toks[o].lower != "of" or not joined(text, toks[o - 1], toks[o]):
        return s
    t = back_np(toks, o - 1, text, limit=4)
    return t if all(x.cap for x in toks[t:o]) else s


def _opening_name(toks: list[Token], s1: int, text: str) -> tuple[int, int] | None:
    """'Willie Minor, an actor in Dallas, who runs a theatre, recalled', 'Ana Vea, 59, of Neiafu,
    Vava'u, who watched, said': the short capitalised phrase that opens the clause, before up to
    four commas (``None`` if there is none)."""
    pos = s1
    for _ in range(4):
        if pos <= 0 or not comma_between(text, toks[pos - 1], toks[pos]):
            return None
        e = pos
        s = e - 1
        while s > 0 and joined(text, toks[s - 1], toks[s]):
            s -= 1
        if s == 0:
            return (0, e) if e <= 6 and toks[0].cap and toks[0].lower not in OPENING_PHRASE_WORDS else None
        pos = s
    return None


def comma_between(text: str, a: Token, b: Token) -> bool:
    """Only a comma between the two words (after an abbreviation's full stop: 'Jr.,', 'R-Pa.,', or
    a party label the word list leaves out: 'Jim Jordan (R-Ohio), an oversight panel member,').

    >>> from helpers.text import tokenize
    >>> t = "Ana Vea (R-Ohio), a member"
    >>> w = tokenize(t)
    >>> comma_between(t, w[1], w[3]), comma_between(t, w[0], w[1])
    (True, False)
    """
    gap = between(text, a, b).strip()
    return (
        gap == "," or (gap == ".," and a.cap and len(a.text) <= 7) or _PARTY_COMMA.fullmatch(gap) is not None
    )


#: A party label and a comma after a name: '(R-Ohio),', '(D),'.
_PARTY_COMMA = re.compile(r"\([DRI](?:-[A-Z][A-Za-z.]{0,5})?\)\s*,")


def _joined_or_plural_possessive(text: str, a: Token, b: Token) -> bool:
    """Only spaces between the words, a plural possessive's apostrophe ('Sanders’ campaign') or an
    ampersand inside a name ('Compass Point Research & Trading')."""
    gap = between(text, a, b).strip()
    return (
        joined(text, a, b)
        or (gap in ("’", "'") and a.lower.endswith("s"))
        or (gap == "&" and a.cap and b.cap)
    )


def _trim(toks: list[Token], span: tuple[int, int, bool]) -> tuple[int, int, bool]:
    s, e, appositive = span
    while s < e - 1 and toks[s].lower in LEADING_CONJUNCTIONS:
        s += 1
    return s, e, appositive


def subject_candidates(toks: list[Token], v: int, text: str) -> list[tuple[int, int, bool]]:
    """Candidate subjects (start, end, from_apposition) for the verb ``toks[v]``, best first.

    >>> from helpers.text import tokenize
    >>> t = "And Ana Vea said"
    >>> subject_candidates(tokenize(t), 3, t)
    [(1, 3, False)]
    """
    return [_trim(toks, c) for c in _subject_candidates(toks, v, text)]


def _subject_candidates(toks: list[Token], v: int, text: str) -> list[tuple[int, int, bool]]:
    k = _verb_end(toks, v, text)
    if k > 0 and toks[k].lower == "who" and comma_between(text, toks[k - 1], toks[k]):
        # "Collins' counterpart, Gilberto Teodoro jnr, who told reporters": the name before "who"
        return [(back_np(toks, k - 1, text, limit=6), k, True)]
    if k < 0 or toks[k].lower in NP_STOP or toks[k].lower in _ARTICLES:
        return []  # 'Following a swiftly called meeting': no subject ends with an article
    if joined(text, toks[k], toks[k + 1]):
        s = _name_before_of(toks, back_np(toks, k, text), text)
        if s > 1 and comma_between(text, toks[s - 1], toks[s]):  # 'Mele Kata of Levuka, Fiji says'
            s2 = back_np(toks, s - 1, text)
            if toks[s2].cap and _of_a_place(toks[s2 + 1 : s]):
                return [(s2, s, False), (s, k + 1, False)]
        if s == k and _a_participle_opening(toks, s, text):
            return []  # '(Having said that, …': no one is 'Having'
        return [(s, k + 1, False)]
    if not comma_between(text, toks[k], toks[k + 1]):
        return []
    # "Ana Vea, Tonga's trade minister, said" / "Vea, who chairs the committee, said":
    # the words between the two commas, then the name before them
    s1 = k
    while s1 > 0 and k - s1 < 24 and _joined_or_plural_possessive(text, toks[s1 - 1], toks[s1]):
        s1 -= 1
    out = []
    if _a_titled_name(toks[s1 : k + 1]):
        out.append(
            (s1, k + 1, True)
        )  # 'As the LinkedIn chief executive, Jeff Weiner, put it': the name first
    opening = _opening_name(toks, s1, text)
    if s1 > 0 and comma_between(text, toks[s1 - 1], toks[s1]):
        s0 = back_np(toks, s1 - 1, text, limit=6)
        if opening is not None and opening[0] != s0:
            out.append((opening[0], opening[1], True))
        out.append((s0, s1, True))
    out.append((s1, k + 1, True))
    return out


#: Words that end no subject.
_ARTICLES = frozenset(("a", "an", "the"))


def _of_a_place(words: list[Token]) -> bool:
    """'of Levuka' in 'Mele Kata of Levuka, Fiji': 'of' and capitalised words after it (not 'Acts of protest').

    >>> from helpers.text import tokenize
    >>> _of_a_place(tokenize("Kata of Levuka")), _of_a_place(tokenize("Acts of protest"))
    (True, False)
    """
    ofs = [n for n, t in enumerate(words) if t.lower == "of"]
    return bool(ofs) and ofs[0] > 0 and ofs[0] + 1 < len(words) and all(t.cap for t in words[ofs[0] + 1 :])


def _a_participle_opening(toks: list[Token], s: int, text: str) -> bool:
    """The one word before the verb is a participle that opens its sentence ('(Having said that, …')."""
    w = toks[s].lower
    before = text[max(0, toks[s].start - 3) : toks[s].start].rstrip()
    opens = not before or before[-1] in '.(!?"“'
    return opens and (w in PARTICIPLES or w in ("having", "being", "following"))


def _a_titled_name(words: list[Token]) -> bool:
    """Two to four words, a name after any title: 'Jeff Weiner', 'Commodore Ilisoni Tuilau' (not 'R-Wis')."""
    t = 0
    while t < len(words) - 1 and (words[t].lower in ROLE_WORDS or words[t].text in TITLE_ABBREVIATIONS):
        t += 1
    return 2 <= len(words) <= 4 and all(namelike(w) for w in words[t:])
