"""How each 'he' or 'she' that names a quotation's speaker was resolved, in words, for a learner.

:func:`pronoun_evidence` reads the article again, the way
:func:`helpers.quotes.extract_quotes` does, and keeps for each quotation whose
speaker a pronoun gave (rule ``pronoun``) the fixed rule that chose the person
for the nearest 'he' or 'she' of its paragraph that names the same person
(:data:`helpers.text.pronouns.WHY`), e.g. "'he' → Sione Tui: the subject of a
sentence just before (known as 'he')".

>>> from helpers import parse_article
>>> art = parse_article(' date 2030-01-02 Mr Sione Tui met Ana Vea. "We agree," he said.')
>>> pronoun_evidence(art)[1]
"'he' → Sione Tui: the subject of a sentence just before (known as 'he')"
"""

from __future__ import annotations

from bisect import bisect_left

from .quote_spans import all_raw
from .speaker_names import one_name_per_speaker
from .walk import QuoteWalk

__all__ = ["NEAR", "pronoun_evidence"]

#: How many resolved pronouns on each side of a quotation are looked at for its own ('"…," he said').
NEAR = 4


def pronoun_evidence(article) -> dict[int, str]:
    """Quotation number → how its 'he' or 'she' was resolved, in words, for the quotations whose
    speaker is a pronoun's person (rule ``pronoun``).

    >>> from helpers import parse_article
    >>> pronoun_evidence(parse_article(' date 2030-01-02 Ms Ana Vea spoke. "Yes," she said.'))
    {1: "'she' → Ana Vea: the subject of a sentence just before (known as 'she')"}
    """
    from helpers.quotes import extract_quotes

    raws, per_para = all_raw(article)
    walk = QuoteWalk(article, raws, per_para)
    for para, found in zip(article.paragraphs, per_para, strict=True):
        walk.paragraph(para, found)
    why = walk.att.pronoun_why
    quotes = extract_quotes(article)
    renamed = one_name_per_speaker([*(who for who, _ in why.values()), *(q.speaker for q in quotes)])
    offsets = sorted(why)
    out = {}
    for q in quotes:
        if q.rule != "pronoun":
            continue
        para = article.paragraphs[q.paragraph - 1]
        k = bisect_left(offsets, q.start)
        near = [at for at in offsets[max(0, k - NEAR) : k + NEAR] if para.start <= at < para.end]
        near = [at for at in near if renamed.get(why[at][0], why[at][0]) == q.speaker]
        if near:
            out[q.number] = why[min(near, key=lambda at: abs(at - q.start) if at < q.start else at - q.end)][
                1
            ]
    return out
