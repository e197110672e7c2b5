"""Why a quotation without a reporting clause got its speaker: every candidate, its evidence and its score.

:func:`speaker_evidence` reads the article again, the way
:func:`helpers.quotes.extract_quotes` does, and keeps, for each quotation whose
speaker was chosen among the people in view (rules ``sentence subject``,
``continuation``, ``carried over``), the candidates it weighed, best first.
A learner can see what a rule name sums up::

    >>> from helpers import parse_article
    >>> text = " date 2030-01-02 Tonga's Foreign Minister Ana Vea met Fiji's Defence Minister Sione Tui."
    >>> art = parse_article(text + '\\n\\nTui thanked Vea for her "warm welcome".')
    >>> best = speaker_evidence(art)[1][0]
    >>> best.speaker, best.evidence.split("; ")[:2]
    ('Sione Tui', ['in its sentence, before the quotation', 'named in the sentence before'])
"""

from __future__ import annotations

from typing import NamedTuple

from .choose import score
from .quote_spans import all_raw
from .speaker_weights import WEIGHTS
from .walk import QuoteWalk

__all__ = ["Weighed", "speaker_evidence"]


class Weighed(NamedTuple):
    """One candidate speaker of a quotation: who, the score the weights give, and the evidence in words.

    >>> Weighed("Ana Vea", 2.5, "opens that sentence").score
    2.5
    """

    speaker: str
    score: float
    evidence: str


def speaker_evidence(article) -> dict[int, list[Weighed]]:
    """Quotation number → its candidate speakers, best first, for the quotations whose speaker was
    chosen among the people in view (the others have a reporting clause, a pronoun or a parent).

    >>> from helpers import parse_article
    >>> speaker_evidence(parse_article(' date 2030-01-02 "We agree," said Ana Vea.'))
    {}
    """
    from helpers.quotes import extract_quotes

    raws, per_para = all_raw(article)
    walk = QuoteWalk(article, raws, per_para)
    walk.record = {}
    for para, found in zip(article.paragraphs, per_para, strict=True):
        walk.paragraph(para, found)
    number = {q.start: q.number for q in extract_quotes(article)}
    out: dict[int, list[Weighed]] = {}
    for index, (cands, _rules) in walk.record.items():
        n = number.get(raws[index].start)
        if n is None or not isinstance(index, int):
            continue
        weighed = [Weighed(c.source.speaker, round(score(c, WEIGHTS), 3), c.evidence()) for c in cands]
        out[n] = sorted(weighed, key=lambda w: -w.score)
    return out
