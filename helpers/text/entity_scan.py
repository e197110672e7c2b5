"""The entity scan: every person, place, institution, agreement, ship and document in an article, once.

:func:`scan_entities` reads each paragraph's words in one pass per kind:
ships first (their names are not people or places), then places, agreements,
people (:mod:`helpers.text.people`) and institutions
(:mod:`helpers.text.institutions`); documents last, because their issuer is
a mention found before. The result is shared by every function that needs it.

>>> from helpers import parse_article
>>> [m.kind for m in scan_entities(parse_article(" date 2030-01-02 HMNZS Kiwa left Suva.")).mentions]
['ship', 'capital']
"""

from __future__ import annotations

from ..lexicon import AGREEMENT_CONNECTORS, AGREEMENT_HEADS, LEADING_FUNCTION_WORDS, SHIP_PREFIXES
from .cache import per_article
from .institutions import scan_documents, scan_institutions
from .mentions import EntityScan, Mention
from .names import place_hits
from .people import scan_people
from .tokens import Token, joined, tokenize
from .vocabulary import ISSUER_KINDS

__all__ = ["scan_entities"]

#: An agreement's name is looked for in at most this many words before its head word ("Agreement").
AGREEMENT_WORDS_MAX = 14
#: A ship's name after its prefix is at most this many words.
SHIP_WORDS_MAX = 3


@per_article
def scan_entities(article) -> EntityScan:
    """Find every entity in ``article``, once per article (one pass per kind over each paragraph's words).

    The result is remembered for as long as the article lives, so every
    function that needs the scan (mentions, people, quotations, tables) shares it.

    >>> from helpers import load_seeds
    >>> seed = load_seeds()[0]
    >>> scan_entities(seed) is scan_entities(seed)
    True
    """
    scan = EntityScan()
    text = article.text
    abbreviations: dict[str, str] = {}
    last_institution: dict[str, Mention] = {}
    found: list[Mention] = []

    for para in article.paragraphs:
        toks = tokenize(para.text, para.start)
        scan.tokens.append(toks)
        ship_words = _scan_ships(para.number, toks, text, found)
        places = place_hits(toks, text)
        _scan_places(para.number, toks, text, ship_words, places, found)
        _scan_agreements(para.number, toks, text, abbreviations, found, scan)
        scan_people(scan, para.number, toks, text, ship_words, places, found)
        scan_institutions(para.number, toks, text, last_institution, places, found)
    found.sort(key=lambda m: (m.start, -m.end))
    found = _without_places_in_names(found)
    # Documents last: their issuer ("a statement from X") is a mention found above.
    by_start: dict[int, Mention] = {}
    for m in found:
        if m.kind in ISSUER_KINDS:
            by_start.setdefault(m.start, m)
    docs: list[Mention] = []
    for number, toks in enumerate(scan.tokens, start=1):
        scan_documents(number, toks, text, by_start, docs)
    found.extend(docs)
    found.sort(key=lambda m: (m.start, -m.end))
    scan.mentions = found
    scan.starts = [m.start for m in found]
    return scan


def _without_places_in_names(found: list[Mention]) -> list[Mention]:
    """Drop a place read inside a person's name ('Tonga' in 'Aroha Tonga'); ``found`` is sorted by start.

    >>> a, b = Mention("person", "Aroha Tonga", "Aroha Tonga", "", 1, 0, 11), Mention("country", "Tonga", "Tonga", "Tonga", 1, 6, 11)
    >>> [m.text for m in _without_places_in_names([a, b])]
    ['Aroha Tonga']
    """
    out: list[Mention] = []
    person_end = -1
    for m in found:
        if m.kind in ("country", "capital") and m.start < person_end:
            continue
        if m.kind == "person":
            person_end = max(person_end, m.end)
        out.append(m)
    return out


def _scan_ships(number: int, toks: list[Token], text: str, found: list[Mention]) -> set[int]:
    """Ships ("HMNZS Aotearoa"): add their mentions, return the indexes of their words."""
    ship_words: set[int] = set()
    for i, tok in enumerate(toks):
        country = SHIP_PREFIXES.get(tok.text)
        if country and i + 1 < len(toks) and joined(text, tok, toks[i + 1]) and toks[i + 1].cap:
            j = i + 1
            while (
                j < len(toks)
                and j - i <= SHIP_WORDS_MAX
                and toks[j].cap
                and joined(text, toks[j - 1], toks[j])
            ):
                j += 1
                if toks[j - 1].poss:
                    break
            ship_words.update(range(i, j))
            end = toks[j - 1].start + len(toks[j - 1].base)
            found.append(Mention("ship", text[tok.start : end], text[tok.start : end], country,
                                 number, tok.start, end))  # fmt: skip
    return ship_words


def _scan_places(number, toks, text, ship_words, places, found) -> None:
    next_free = 0  # a place's words are not the start of another place
    for i in sorted(places):
        if i < next_free or i in ship_words:
            continue
        kind, country, j, _poss = places[i]
        end = toks[j - 1].start + len(toks[j - 1].base)
        written = text[toks[i].start : end]
        if kind == "capital":
            found.append(Mention("capital", written, written, country, number, toks[i].start, end))
        else:
            found.append(Mention("country", written, country, country, number, toks[i].start, end))
        next_free = j


def _scan_agreements(number, toks, text, abbreviations, found, scan) -> None:
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.text in abbreviations and not _inside_parentheses(text, tok):
            name = abbreviations[tok.text]
            found.append(Mention("agreement", tok.text, name, "", number, tok.start, tok.end))
            scan.agreements[name][2] += 1
            i += 1
            continue
        if not tok.cap or tok.lower in AGREEMENT_CONNECTORS:
            i += 1
            continue
        # A run of capitalised words (with connectors between them) up to the first head word.
        j = i
        head = -1
        while j < n and j - i < AGREEMENT_WORDS_MAX:
            t = toks[j]
            if j > i and not joined(text, toks[j - 1], t):
                break
            if t.cap and t.lower in AGREEMENT_HEADS and j > i:
                head = j
                break
            if t.cap and not t.poss:
                j += 1
            elif t.lower in AGREEMENT_CONNECTORS and j + 1 < n and toks[j + 1].cap:
                j += 1
            else:
                break
        if head < 0:
            i += 1  # runs are at most AGREEMENT_WORDS_MAX words long, so restarting one word later stays linear
            continue
        first = i
        while first < head and toks[first].lower in LEADING_FUNCTION_WORDS:
            first += 1
        start, end = toks[first].start, toks[head].start + len(toks[head].base)
        name = text[start:end]
        abbreviation = ""
        after = head + 1
        if after < n and text[toks[head].end : toks[after].start].strip() == "(":
            cand = toks[after]
            if cand.text.isupper() and 2 <= len(cand.text) <= 10 and text[cand.end : cand.end + 1] == ")":
                abbreviation = cand.text
                abbreviations.setdefault(abbreviation, name)
        record = scan.agreements.setdefault(name, [abbreviation, number, 0])
        if abbreviation and not record[0]:
            record[0] = abbreviation
        record[2] += 1
        found.append(Mention("agreement", name, name, "", number, start, end))
        i = head + 1


def _inside_parentheses(text: str, tok: Token) -> bool:
    return text[tok.start - 1 : tok.start] == "(" and text[tok.end : tok.end + 1] == ")"
