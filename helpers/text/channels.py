"""Channels of a reporting clause: where or to whom something was said ('told reporters',
'in a statement', 'in an interview with NHK', 'according to a post on X').

>>> from helpers.text.tokens import tokenize
>>> text = "Vea said in a statement on Friday."
>>> find_channel(tokenize(text), 2, 7, "said", text)
'a statement'
"""

from __future__ import annotations

from ..lexicon import CHANNEL_HEADS, CHANNEL_PREPOSITIONS, DAYS_MONTHS, FORWARD_STOP, NP_STOP, PLATFORMS
from .tokens import Token, joined

__all__ = ["CHANNEL_REACH", "find_channel", "leading_channel"]

#: A channel is looked for this many words after the reporting verb.
CHANNEL_REACH = 14


def forward_np(toks: list[Token], i: int, end: int, text: str, limit: int = 8) -> int:
    """Index after the noun phrase starting at ``toks[i]`` (stops at prepositions and punctuation)."""
    j = i
    while j < end and j - i < limit:
        if j > i and (not joined(text, toks[j - 1], toks[j]) or toks[j].lower in FORWARD_STOP):
            break
        j += 1
    return j


def forward_np_long(toks: list[Token], i: int, end: int, text: str) -> int:
    """Index after the phrase starting at ``toks[i]``, up to punctuation (at most 10 words)."""
    j = i + 1
    while j < end and j - i < 10 and joined(text, toks[j - 1], toks[j]) and toks[j].lower not in NP_STOP:
        j += 1
    return j


def find_channel(toks: list[Token], i: int, end: int, verb: str, text: str) -> str:
    """The channel named after a reporting verb, in the article's words ('' if none).

    >>> from .tokens import tokenize
    >>> text = "Vea told reporters on Friday."
    >>> find_channel(tokenize(text), 2, 5, "told", text)
    'reporters'
    """
    if verb in ("told", "tells", "telling") and i < end:
        # the audience: "reporters", "the Herald" (a second "the" starts what was told)
        j = forward_np(toks, i, end, text, limit=5)
        for k in range(i + 1, j):
            if toks[k].lower in ("the", "a", "an"):
                j = k
                break
        if j > i:
            return text[toks[i].start : toks[j - 1].end]
    k = i
    while k < end and k - i < CHANNEL_REACH:
        w = toks[k].lower
        if w == "according" and k + 2 < end and toks[k + 1].lower == "to":
            j = forward_np_long(toks, k + 2, end, text)
            return text[toks[k + 2].start : toks[j - 1].end]
        if w in CHANNEL_PREPOSITIONS and k + 1 < end:
            h = _channel_head(toks, k, end, text)
            if h is not None:
                return text[toks[k + 1].start : toks[_channel_end(toks, h, end, text)].end]
        k += 1
    return ""


def _channel_head(toks: list[Token], k: int, end: int, text: str) -> int | None:
    """After the preposition ``toks[k]``: the index of a channel's head word ('statement', 'Facebook')."""
    for h in range(k + 1, min(end, k + 6)):
        if not joined(text, toks[h - 1], toks[h]):
            return None
        if toks[h].lower in CHANNEL_HEADS or (toks[h].cap and toks[h].lower in PLATFORMS):
            return h
    return None


def _channel_end(toks: list[Token], h: int, end: int, text: str) -> int:
    """'a post on X', 'an interview with NHK': the platform or outlet after the head, if named."""
    m = h + 1
    if (
        m + 1 < end
        and toks[m].lower in ("on", "with")
        and joined(text, toks[h], toks[m])
        and toks[m + 1].cap
        and toks[m + 1].lower not in DAYS_MONTHS
    ):
        last = m + 1
        while (
            last + 1 < end
            and last - m < 3
            and toks[last + 1].cap
            and joined(text, toks[last], toks[last + 1])
        ):
            last += 1
        return last
    return h


def leading_channel(sentence: list[Token], before: int, text: str) -> str:
    """'In a statement, the ministry said': a channel that opens the sentence, up to its comma.

    >>> from .tokens import tokenize
    >>> text = "In a statement, the ministry said so."
    >>> leading_channel(tokenize(text), 30, text)
    'a statement'
    """
    if len(sentence) < 3 or sentence[0].lower not in CHANNEL_PREPOSITIONS:
        return ""
    h = _channel_head(sentence, 0, len(sentence), text)
    if h is None or sentence[h].start >= before:
        return ""
    last = _channel_end(sentence, h, len(sentence), text)
    return text[sentence[1].start : sentence[last].end]
