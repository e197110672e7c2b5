"""Quotation spans before attribution: numbered, linked over paragraphs, and judged full or partial.

:func:`all_raw` turns every paragraph's paired marks
(:func:`helpers.text.marks.pair_marks`) into :class:`RawQuote` spans with
offsets in the article; :func:`quote_kind` reads whether a quotation is a
whole sentence or a phrase; :func:`outside_words` and
:func:`sentences_by_paragraph` give the attribution pass
(:mod:`helpers.text.walk`) what it reads.

>>> from helpers import parse_article
>>> raws, _ = all_raw(parse_article(' date 2030-01-02 Vea said "we agree".'))
>>> [(r.start, r.end, r.depth) for r in raws]
[(27, 35, 0)]
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import REPORTING_VERBS
from .marks import MarkSpan, pair_marks
from .tokens import WORD, Token, party_label
from .vocabulary import QuoteKind

__all__ = ["KIND_LOOKBACK", "RawQuote", "all_raw", "outside_words", "quote_kind", "sentences_by_paragraph"]

#: Full or partial is judged from at most this many characters before the opening mark.
KIND_LOOKBACK = 200


@dataclass(slots=True, eq=False)
class RawQuote:
    """A quotation span before attribution (offsets absolute); the walk fills ``continues`` and ``index``.

    ``open``/``close`` are the marks' offsets (``close`` is the paragraph's end
    when not ``closed``), ``start``/``end`` the text inside them.

    >>> raw = RawQuote.from_span(MarkSpan(0, 1, 4, 4, 0, True, None), 100, 2)
    >>> raw.open, raw.start, raw.end, raw.close, raw.paragraph, raw.index
    (100, 101, 104, 104, 2, -1)
    """

    open: int
    close: int
    start: int
    end: int
    paragraph: int
    depth: int
    closed: bool
    parent: int | None
    continues: int | None = None
    index: int = -1

    @classmethod
    def from_span(cls, span: MarkSpan, offset: int, paragraph: int) -> RawQuote:
        """The span of paired marks ``span`` of a paragraph starting at ``offset``.

        >>> RawQuote.from_span(MarkSpan(0, 1, 4, 4, 0, True, None), 10, 1).end
        14
        """
        return cls(offset + span.open, offset + span.close, offset + span.start, offset + span.end,
                   paragraph, span.depth, span.closed, span.parent)  # fmt: skip


def quote_kind(
    text: str, start: int, before_start: int, raw: RawQuote, previous_full_in_sentence: bool
) -> QuoteKind:
    """'full' or 'partial' for the quotation starting at ``start`` (see :mod:`helpers.quotes`).

    ``before_start`` is where the text that can decide it begins (the
    sentence's start, or the previous quotation's closing mark).

    >>> text = 'calling it a "practical test".'
    >>> raw = RawQuote.from_span(pair_marks(text)[0], 0, 1)
    >>> quote_kind(text, raw.start, 0, raw, False)
    'partial'
    """
    if raw.continues is not None:
        return "full"
    k = start
    while k < raw.end and (text[k].isspace() or text[k] in "'\"“‘…."):
        k += 1
    first = text[k] if k < raw.end else ""
    before = text[max(before_start, start - KIND_LOOKBACK - 1) : raw.open].rstrip()
    words = WORD.findall(before[-80:])
    last_word = words[-1].lower() if words else ""
    if not (first.isupper() or first.isdigit()):
        if (
            before.endswith(",")
            and previous_full_in_sentence
            and any(w.lower() in REPORTING_VERBS for w in words[-6:])
        ):
            return "full"  # '"We agree," she said, "and we will act."'
        return "partial"
    if not before or before[-1] in ":.!?":
        return "full"
    if last_word in REPORTING_VERBS:
        return "full"
    if before[-1] in ",—–" and any(w.lower() in REPORTING_VERBS for w in words[-6:]):
        return "full"
    return "partial"


def all_raw(article) -> tuple[list[RawQuote], list[list[RawQuote]]]:
    """Every quotation span, numbered in text order, with running quotations linked; and the spans per paragraph.

    >>> from helpers import parse_article
    >>> raws, per_para = all_raw(parse_article(' date 2030-01-02 "One\\n\\n"Two," she said.'))
    >>> [(r.index, r.paragraph, r.closed, r.continues) for r in raws]
    [(0, 1, False, None), (1, 2, True, 0)]
    """
    raws: list[RawQuote] = []
    per_para: list[list[RawQuote]] = []
    for para in article.paragraphs:
        found = [RawQuote.from_span(span, para.start, para.number) for span in pair_marks(para.text)]
        base = len(raws)
        for k, r in enumerate(found):
            r.index = base + k
            if r.parent is not None:
                r.parent += base
        raws.extend(found)
        per_para.append(found)
    for k in range(1, len(per_para)):
        prev_tops = [r for r in per_para[k - 1] if r.depth == 0]
        cur = per_para[k]
        if prev_tops and not prev_tops[-1].closed and cur and cur[0].open == article.paragraphs[k].start:
            cur[0].continues = prev_tops[-1].index
    return raws, per_para


def sentences_by_paragraph(article) -> list[list[tuple[int, int]]]:
    """Each paragraph's sentence spans (offsets in ``article.text``); a paragraph has at least one.

    >>> from helpers import parse_article
    >>> sentences_by_paragraph(parse_article(" date 2030-01-02 One. Two.\\n\\nThree."))
    [[(17, 21), (22, 26)], [(28, 34)]]
    """
    out: list[list[tuple[int, int]]] = [[] for _ in article.paragraphs]
    for s in article.sentences():
        out[s.paragraph - 1].append((s.start, s.end))
    for k, para in enumerate(article.paragraphs):
        if not out[k]:
            out[k].append((para.start, para.end))
    return out


def outside_words(toks: list[Token], tops: list[RawQuote], text: str = "") -> list[Token]:
    """The words outside every top-level quotation (both lists are in text order); with the
    article's ``text``, party labels after names ("(R-Fla.)") are left out too.

    >>> from .tokens import tokenize
    >>> text = 'Vea said "we agree" today.'
    >>> raws = [RawQuote.from_span(s, 0, 1) for s in pair_marks(text)]
    >>> [t.text for t in outside_words(tokenize(text), raws)]
    ['Vea', 'said', 'today']
    """
    out = []
    q = 0
    for t in toks:
        while q < len(tops) and tops[q].close < t.start:
            q += 1
        if q < len(tops) and tops[q].open <= t.start <= tops[q].close:
            continue
        if text and t.cap and party_label(text, t):
            continue
        out.append(t)
    return out
