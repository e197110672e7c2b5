"""Reporting clauses among tokens: "X said", "said X", "according to X", "it quoted X as saying", and channels.

These functions read a paragraph's words outside quotations and an
attributor (:class:`helpers.text.speakers.Attributor`) that resolves a
noun phrase to a source.

Examples are under :func:`find_clauses`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..lexicon import (
    DETERMINERS,
    FORWARD_STOP,
    INSTITUTION_HEADS,
    PARTICIPLES,
    PRONOUNS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    ROLE_WORDS,
)
from .channels import find_channel, forward_np, forward_np_long, leading_channel
from .names import described_name
from .subject_spans import OPENING_PHRASE_WORDS, back_np, comma_between, subject_candidates
from .tokens import Token, between, joined

if TYPE_CHECKING:
    from .speakers import Attributor, Source

__all__ = ["SENTENCE_SUBJECT_WORDS", "SUBJECT_REACH", "Clause", "after_opening_phrase", "find_clauses"]

SUBJECT_REACH = 32


SENTENCE_SUBJECT_WORDS = 8

#: Verbs that report speech with the word after them: 'as Vulture put it', 'Trump went on', 'Bush shot back'.
PHRASAL_VERBS = {"put": "it", "went": "on", "goes": "on", "shot": "back", "fired": "back", "pointed": "out"}


def according_np(toks: list[Token], k: int, end: int, text: str) -> tuple[int, int] | None:
    if k + 2 < end and toks[k + 1].lower == "to":
        j = forward_np_long(toks, k + 2, end, text)
        if j > k + 2:
            return k + 2, j
    return None


@dataclass(slots=True, eq=False)
class Clause:
    """A reporting clause found: its resolved ``source`` and the index of its ``first`` word.

    >>> from helpers.text.speakers import Source
    >>> Clause(Source("Ana Vea"), 3).first
    3
    """

    source: Source
    first: int  # index of the clause's first word in the token list


def find_clauses(att: Attributor, toks: list[Token], lo: int, hi: int, sentence: list[Token]) -> list[Clause]:
    """Every attribution clause among ``toks[lo:hi]``, in text order (resolved now, in order).

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
    >>> from helpers.text.speakers import Attributor
    >>> def clauses(text):
    ...     art = parse_article(" date 2030-01-02 " + text)
    ...     scan = scan_entities(art)
    ...     toks = scan.tokens[0]
    ...     found = find_clauses(Attributor(art, scan, []), toks, 0, len(toks), toks)
    ...     return [(c.source.speaker, c.source.via) for c in found]
    >>> clauses("Ana Vea said it in a statement.")
    [('Ana Vea', 'a statement')]
    >>> clauses("The plan works, according to Ana Vea.")
    [('Ana Vea', '')]
    """
    text = att.text
    out: list[Clause] = []
    verb_at = -1  # the verb of the latest clause found
    k = lo
    while k < hi:
        w = toks[k].lower
        if w == "according":
            span = according_np(toks, k, hi, text)
            if span is not None:
                src = att.resolve(toks[span[0] : span[1]])
                if src is not None:
                    out.append(Clause(src, k))
                    k = span[1]
                    continue
        elif w in QUOTING_VERBS:
            span = quoted_as(toks, k, hi, text)
            if span is not None:
                src = att.resolve(toks[span[0] : span[1]])
                if src is not None and src.strong:
                    out.append(Clause(src, k))
                    k = span[1] + 2  # past "as saying": the outlet's own clause is not the speaker's
                    continue
        elif w in REPORTING_VERBS or (
            w in PHRASAL_VERBS and k + 1 < hi and toks[k + 1].lower == PHRASAL_VERBS[w]
        ):
            src, first = verb_clause(att, toks, lo, k, hi, sentence)
            if w in PARTICIPLES and out and _goes_on(toks, verb_at, k, text):
                src, first = out[-1].source, k  # 'Spicer said, adding, "…"': the same speaker
            if src is not None:
                out.append(Clause(src, first))
                verb_at = k
        k += 1
    return out


def _goes_on(toks: list[Token], v: int, k: int, text: str) -> bool:
    """The participle ``toks[k]`` goes on from the clause of the verb ``toks[v]``: 'Spicer said,
    adding', 'said Spicer, adding' (a comma before it, at most a name between).

    >>> from helpers.text import tokenize
    >>> t = "Spicer said, adding it"
    >>> _goes_on(tokenize(t), 1, 2, t), _goes_on(tokenize(t), -9, 2, t)
    (True, False)
    """
    if not 0 <= v < k <= v + 5 or between(text, toks[k - 1], toks[k]).strip() != ",":
        return False
    return all(joined(text, toks[j], toks[j + 1]) for j in range(v + 1, k - 1))


def quoted_as(toks: list[Token], k: int, end: int, text: str) -> tuple[int, int] | None:
    """'it quoted X as saying': the span of X (at most eight words), or ``None``."""
    j = k + 1
    while j < end and j - k <= 8 and toks[j].lower != "as":
        j += 1
    if j == k + 1 or j + 1 >= end or toks[j].lower != "as" or toks[j + 1].lower not in PARTICIPLES:
        return None
    return k + 1, j


def verb_clause(att, toks, lo, v, hi, sentence) -> tuple[Source | None, int]:
    text = att.text
    verb = toks[v].lower
    src = None
    first = v
    after = v + 1
    coordinated = v > lo and toks[v - 1].lower == "and" and joined(text, toks[v - 1], toks[v])
    if verb in PARTICIPLES:
        src, first = _with_subject(att, toks, lo, v)
    if src is None and (verb in PARTICIPLES or coordinated):
        # "..., calling the plan a": the subject is the one at the start of the sentence
        src = _opening_subject(att, sentence, toks[v].start)
    elif src is None:
        src, after = _inverted_name(att, toks, lo, v, hi)
    if src is None and verb not in PARTICIPLES and not coordinated:
        base = max(lo, v - SUBJECT_REACH)
        weak = None
        for s, e, appositive in subject_candidates(toks[base : v + 1], v - base, text):
            cand = att.resolve(toks[base + s : base + e])
            described = appositive and toks[base + s].lower in ("a", "an") and s > 0
            if cand is not None and described and cand.speaker_type != "person":
                continue  # 'Lesley Deutch, a vice president in the Boca Raton office of X, said': not Boca Raton
            if cand is not None and (cand.strong or not appositive):
                src, first = cand, base + s
                break
            if cand is not None and weak is None and toks[base + s].lower in DETERMINERS:
                weak = (cand, base + s)  # "The headline in the Washington Post, taken from ..., said"
        if src is None and weak is not None:
            src, first = weak
        if (
            src is None
            and (v == lo or inverted_ok(toks, lo, v, text))
            and (v + 1 >= hi or toks[v + 1].lower not in FORWARD_STOP)
            and not (v + 1 < hi and PHRASAL_VERBS.get(verb) == toks[v + 1].lower)  # 'put it': no one
        ):
            src, after = _after_verb(att, toks, v, hi)
    if src is None:
        return None, v
    channel = (
        find_channel(toks, after, hi, verb, text)
        or find_channel(toks, first + 1, v, verb, text)  # "X, speaking at the Shangri-La Dialogue, said"
        or leading_channel(sentence, toks[v].start, text)
    )
    if channel:  # a channel named in this clause wins over one inherited
        src = replace(src, via=channel)
    return src, first


#: Reporting verbs whose next word is their object (the audience), not an inverted subject.
_OBJECT_VERBS = frozenset("told tells asked asks urged urges warned warns".split())


def _inverted_name(att, toks: list[Token], lo: int, v: int, hi: int) -> tuple[Source | None, int]:
    """'"This will be a challenge" for Clinton, said Kunin.': after a comma, the verb and a person's
    name that closes the clause; the name, not the words before the comma (``None`` if not so)."""
    text = att.text
    if v <= lo or v + 1 >= hi or between(text, toks[v - 1], toks[v]).strip() != ",":
        return None, v + 1
    if toks[v + 1].lower in FORWARD_STOP or toks[v].lower in _OBJECT_VERBS or not toks[v + 1].cap:
        return None, v + 1  # 'said of Cruz', 'told Vatican Radio': no speaker after the verb
    src, e = _after_verb(att, toks, v, hi)
    name = all(t.cap and not t.poss for t in toks[v + 1 : e])  # not 'said Ivanka Trump's statement …'
    closes = e >= len(toks) or text[toks[e - 1].end : toks[e - 1].end + 1] in (".", ",", ";", "")
    return (src, e) if src is not None and _a_person(src) and name and closes else (None, v + 1)


def _after_verb(att, toks: list[Token], v: int, hi: int) -> tuple[Source | None, int]:
    """'," said X': the source named right after the verb ``toks[v]`` and the index after it;
    a description gives way to the name after its comma ('said another Twitter user, Johanna Bayer')."""
    e = _np_after(toks, v + 1, hi, att.text)
    if e == v + 1:
        return None, v + 1
    src = att.resolve(toks[v + 1 : e])
    named = _name_beside(att, toks, e, hi) if src is None or not _a_person(src) else None
    return named if named is not None else (src, e)


def _np_after(toks: list[Token], i: int, hi: int, text: str) -> int:
    """:func:`forward_np` that reads a date written with a slash as one word: 'said 9/11 widow Terry Strada'.

    >>> from helpers.text import tokenize
    >>> t = "said 9/11 widow Terry Strada."
    >>> _np_after(tokenize(t), 1, 6, t)
    6
    """
    e = forward_np(toks, i, hi, text)
    while (
        e < hi
        and toks[e - 1].text.isdigit()
        and toks[e].text.isdigit()
        and between(text, toks[e - 1], toks[e]) == "/"
    ):
        e = forward_np(toks, e, hi, text)
    return e


def _a_person(src: Source) -> bool:
    return src.strong and src.speaker_type == "person"


def _name_beside(att, toks: list[Token], e: int, hi: int) -> tuple[Source, int] | None:
    """The person named after the comma that ends a description at ``toks[e]`` (``None`` if none)."""
    text = att.text
    if e >= hi or not comma_between(text, toks[e - 1], toks[e]):
        return None
    e2 = forward_np(toks, e, hi, text)
    named = att.resolve(toks[e:e2]) if e2 > e else None
    return (named, e2) if named is not None and _a_person(named) else None


def _opening_subject(att, sentence: list[Token], verb_start: int) -> Source | None:
    """The subject that opens the sentence (after an opening phrase), for a verb at ``verb_start``;
    a name after a description wins ('Republican presidential candidate Donald Trump … writing')."""
    text = att.text
    if not sentence:
        return None
    j = j0 = after_opening_phrase(sentence, text)
    while j < len(sentence) and j < j0 + SENTENCE_SUBJECT_WORDS and _subject_word(sentence[j]):
        if j > j0 and not joined(text, sentence[j - 1], sentence[j]):
            break
        j += 1
    if j == j0 or sentence[j0].start >= verb_start:
        return None
    later = described_name(sentence, j, text)
    if later is not None and sentence[later[1] - 1].end < verb_start:
        j0, j = later
    src = att.resolve(sentence[j0:j])
    return src if src is not None and src.strong else None


def _subject_word(t: Token) -> bool:
    low = t.lower
    return t.cap or low in DETERMINERS or low in ROLE_WORDS or low in INSTITUTION_HEADS or low in PRONOUNS


def _with_subject(att, toks: list[Token], lo: int, v: int) -> tuple[Source | None, int]:
    """'…, with Sen. John McCain calling it a "Chinese menu"': the name before the participle."""
    text = att.text
    if v > lo and toks[v - 1].cap and joined(text, toks[v - 1], toks[v]):
        s = back_np(toks, v - 1, text, limit=6)
        if s > lo and toks[s - 1].lower == "with":
            src = att.resolve(toks[s:v])
            if src is not None and src.strong:
                return src, s
    return None, v


def after_opening_phrase(sentence: list[Token], text: str) -> int:
    """'Speaking at a town hall in Salem, Trump went after Bush, calling him …': the index of the
    first word after an opening phrase's comma (0 when the sentence opens with its subject) that
    can start a subject ('After a swiftly called, late meeting, the council …': not 'late').

    >>> from helpers.text import tokenize
    >>> t = "On television, Ana Vea dismissed it."
    >>> after_opening_phrase(tokenize(t), t), after_opening_phrase(tokenize("Ana Vea left."), "Ana Vea left.")
    (2, 0)
    """
    first = sentence[0].lower
    if first not in OPENING_PHRASE_WORDS and not (first.endswith("ing") and sentence[0].cap):
        return 0
    commas = [
        j
        for j in range(1, min(len(sentence), 16))
        if text[sentence[j - 1].end : sentence[j].start].strip() == ","
    ]
    return next((j for j in commas if _subject_word(sentence[j])), commas[0] if commas else 0)


def inverted_ok(toks, lo, v, text) -> bool:
    """``," said X``: the verb follows a quotation's closing mark or a comma."""
    if v == 0:
        return False
    gap = text[toks[v - 1].end : toks[v].start]
    return any(ch in gap for ch in ',"”?!')
