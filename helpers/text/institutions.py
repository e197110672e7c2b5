"""Institutions and documents in one paragraph's words: "Japan's Foreign Ministry", "a statement from X".

Institutions end in a head word (Ministry, Department, Navy …); a lower-case
"the ministry" is the latest institution with that head word. Documents
(statement, communiqué …) are read after every other mention, because their
issuer ("a statement from the ministry") is one of those.

>>> from helpers import find_mentions, parse_article
>>> [m.kind for m in find_mentions(parse_article(" date 2030-01-02 The Fiji Navy issued a statement."))]
['institution', 'country', 'document']
"""

from __future__ import annotations

from ..lexicon import DOC_ADJECTIVES, DOC_DETERMINERS, DOCUMENT_HEADS, INSTITUTION_HEADS
from .mentions import Mention
from .tokens import Token, joined

__all__ = ["scan_documents", "scan_institutions"]


def scan_institutions(number: int, toks: list[Token], text: str, last_institution, places, found) -> None:
    """Add to ``found`` the institutions paragraph ``number`` names: "Japan's Foreign Ministry", "the ministry".

    ``last_institution`` maps a head word ("ministry") to the latest
    institution with it, so "the ministry" links to it (and is updated here).

    >>> from .names import place_hits
    >>> from .tokens import tokenize
    >>> text = "Japan's Foreign Ministry spoke. The ministry said no."
    >>> toks, found = tokenize(text), []
    >>> scan_institutions(1, toks, text, {}, place_hits(toks, text), found)
    >>> [(m.text, m.canonical) for m in found]
    [("Japan's Foreign Ministry", "Japan's Foreign Ministry"), ('The ministry', "Japan's Foreign Ministry")]
    """
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if not tok.cap and tok.lower != "the" and i not in places:
            i += 1  # a lower-case word starts an institution only as "the ministry"
            continue
        j = i
        definite = tok.lower == "the" and i + 1 < n and joined(text, tok, toks[i + 1])
        if definite:
            j += 1
        country = ""
        hit = places.get(j)
        if hit is not None and hit[0] != "capital":
            country, j = hit[1], hit[2]
            if j < n and not joined(text, toks[j - 1], toks[j]):
                i = j
                continue
        head = _head_from(toks, j, text)
        if head >= 0:
            capital_head = toks[head].cap
            if not country and not capital_head:
                # "the ministry": a reference to the latest institution with that head word
                if definite and head == j:
                    ref = last_institution.get(toks[head].lower)
                    if ref is not None:
                        end = toks[head].start + len(toks[head].base)
                        found.append(Mention("institution", text[tok.start : end], ref.canonical,
                                             ref.country, number, tok.start, end))  # fmt: skip
                    i = head + 1
                    continue
                i += 1
                continue
            if not country and head == j and not definite:
                i += 1
                continue
            end_tok = _name_end(toks, head, text)
            start = toks[i + 1].start if definite else tok.start
            end = toks[end_tok].start + len(toks[end_tok].base)
            canonical = text[start:end]
            mention = Mention("institution", canonical, canonical, country, number, start, end)
            found.append(mention)
            last_institution[toks[head].lower] = mention
            i = end_tok + 1
            continue
        i += 1


def _head_from(toks: list[Token], j: int, text: str) -> int:
    """Index of an institution's head word at ``j`` or after up to three capitalised words (-1 if none)."""
    n = len(toks)
    k = j
    while k < n and k - j < 3 and toks[k].cap and toks[k].lower not in INSTITUTION_HEADS:
        if k > j and not joined(text, toks[k - 1], toks[k]):
            break
        k += 1
    if k < n and (k == j or joined(text, toks[k - 1], toks[k])) and toks[k].lower in INSTITUTION_HEADS:
        return k
    return -1


def _name_end(toks: list[Token], head: int, text: str) -> int:
    """Index of the institution's last word: the head, or the end of "of Foreign Affairs and Trade"."""
    n = len(toks)
    end_tok = head
    m = head + 1
    if m + 1 < n and toks[m].lower == "of" and joined(text, toks[head], toks[m]) and toks[m + 1].cap:
        m += 1
        while (
            m < n
            and joined(text, toks[m - 1], toks[m])
            and (toks[m].cap or (toks[m].lower == "and" and m + 1 < n and toks[m + 1].cap))
        ):
            end_tok = m
            m += 1
    return end_tok


def scan_documents(number: int, toks: list[Token], text: str, by_start, docs) -> None:
    """Add to ``docs`` the documents paragraph ``number`` mentions, with their issuer if named.

    ``by_start`` maps an offset to the person, institution or place mention
    starting there (the issuer: "a statement from X", "X's statement").

    >>> from .tokens import tokenize
    >>> text = "a statement said"
    >>> docs = []
    >>> scan_documents(1, tokenize(text), text, {}, docs)
    >>> [(m.kind, m.text, m.canonical) for m in docs]
    [('document', 'a statement', '')]
    """
    n = len(toks)
    for h, tok in enumerate(toks):
        if tok.lower not in DOCUMENT_HEADS or (tok.cap and h > 0 and toks[h - 1].cap):
            continue
        if tok.lower == "release" and not (h > 0 and toks[h - 1].lower in ("press", "media")):
            continue
        # walk back over adjectives to a determiner or a possessive
        k = h - 1
        while (
            k >= 0 and h - k <= 3 and toks[k].lower in DOC_ADJECTIVES and joined(text, toks[k], toks[k + 1])
        ):
            k -= 1
        issuer = None
        if (
            k >= 0
            and joined(text, toks[k], toks[k + 1])
            and (toks[k].lower in DOC_DETERMINERS or toks[k].poss)
        ):
            if toks[k].poss:
                # "Japan's statement", "the ministry's statement": the issuer is the possessor
                j = k
                while j > 0 and h - j < 6 and joined(text, toks[j - 1], toks[j]) and toks[j - 1].cap:
                    j -= 1
                issuer = by_start.get(toks[j].start) or by_start.get(toks[j - 1].start if j else -1)
                start = toks[j].start
            else:
                start = toks[k].start
        else:
            continue
        end = tok.end
        nxt = h + 1
        if nxt + 1 < n and toks[nxt].lower in ("from", "by", "of") and joined(text, tok, toks[nxt]):
            cand = nxt + 1
            if toks[cand].lower == "the" and cand + 1 < n:
                hit = by_start.get(toks[cand].start) or by_start.get(toks[cand + 1].start)
            else:
                hit = by_start.get(toks[cand].start)
            if hit is not None and joined(text, toks[nxt], toks[cand]):
                issuer = hit
                end = hit.end
        canonical = issuer.canonical if issuer is not None else ""
        country = issuer.country if issuer is not None else ""
        docs.append(Mention("document", text[start:end], canonical, country, number, start, end))
