"""People, countries, capitals, institutions, agreements, ships and documents an article mentions.

The rules read the article's own words with a little general knowledge: role
words ("Foreign Minister"), reporting verbs ("said"), ship prefixes ("HMNZS")
and a table of countries with their demonyms and capitals. No person, ship or
agreement is listed anywhere: a person is found because a title, an apposition
or a reporting verb introduces them, so the rules work on articles nobody here
has seen. Everything is a single pass over the words of each paragraph (linear
time, no backtracking regular expressions).

How people are introduced (each sets ``name``, ``role`` and ``country``):

* a title before the name: ``New Zealand Defense Minister Judith Collins``,
  ``Japan's foreign minister Toshimitsu Motegi``, ``Professor Ana Vea``;
* an apposition: ``Ana Vea, Tonga's trade minister, said`` or
  ``Tonga's trade minister, Ana Vea, said``;
* a reporting verb next to an unknown name: ``"...," said Ana Vea`` or
  ``Ana Vea told reporters``;
* an honorific: ``Ms Vea``, ``Dr. Ana Vea``.

Later, the full name or the surname alone (``Vea``) is a mention of the same
person; a first name alone is not linked. Roles keep the article's wording
(an article may write "Defense Minister" for a "Minister of Defence").

Agreements are capitalised names ending in a word such as Agreement, Treaty or
Accord; ``Acquisition and Cross-Servicing Agreement (ACSA)`` defines the
abbreviation, after which a bare ``ACSA`` is the same agreement. Lower-case
references ("this agreement") are not linked: which one is meant is a reader's
judgement.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .lexicon import (
    ADVERBS,
    AGREEMENT_CONNECTORS,
    AGREEMENT_HEADS,
    COUNTRIES,
    DOC_ADJECTIVES,
    DOC_DETERMINERS,
    DOCUMENT_HEADS,
    HONORIFICS,
    INSTITUTION_HEADS,
    LEADING_FUNCTION_WORDS,
    NAME_SUFFIXES,
    PARTICIPLES,
    REPORTING_VERBS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SHIP_PREFIXES,
    country_of,
)
from .text import Token, between, joined, name_run, namelike, place_at, place_hits, tokenize
from .text.cache import per_article

__all__ = [
    "COUNTRIES",
    "MENTION_KINDS",
    "REPORTING_VERBS",
    "Agreement",
    "EntityScan",
    "Mention",
    "Person",
    "country_of",
    "find_agreements",
    "find_mentions",
    "find_people",
    "scan_entities",
]

#: The kinds of :class:`Mention`, in the order a reader meets them in the tables.
MENTION_KINDS = ("person", "country", "capital", "institution", "agreement", "ship", "document")

# --------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Person:
    """A person the article introduces: ``name`` as first written, ``role`` and ``country`` if given.

    ``paragraph``, ``start`` and ``end`` locate the name where the person is
    introduced (1-based paragraph; offsets into ``article.text``).

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 Tongan Trade Minister Ana Vea spoke. Vea left.")
    >>> find_people(art)[0]
    Person(name='Ana Vea', surname='Vea', role='Trade Minister', country='Tonga', paragraph=1, start=39, end=46)
    """

    name: str
    surname: str
    role: str
    country: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict:
        """Return the person as plain data.

        >>> Person("Ana Vea", "Vea", "", "Tonga", 1, 0, 7).to_dict()["surname"]
        'Vea'
        """
        return {
            "name": self.name,
            "surname": self.surname,
            "role": self.role,
            "country": self.country,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Mention:
    """One mention: its ``kind`` (see :data:`MENTION_KINDS`), the ``text`` as written and what it names.

    ``canonical`` is the thing mentioned (a person's full name, a country's
    name, an agreement's full name, a document's issuer or ``''`` if unknown);
    ``country`` is the country it belongs to, or ``''``.

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 The US and Canberra met.")
    >>> [(m.kind, m.text, m.canonical) for m in find_mentions(art)]
    [('country', 'US', 'United States'), ('capital', 'Canberra', 'Canberra')]
    """

    kind: str
    text: str
    canonical: str
    country: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict:
        """Return the mention as plain data.

        >>> Mention("country", "US", "United States", "United States", 1, 5, 7).to_dict()["canonical"]
        'United States'
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "canonical": self.canonical,
            "country": self.country,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Agreement:
    """A named agreement: full ``name``, its ``abbreviation`` if defined, first ``paragraph``, ``mentions``.

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 They signed the Reef Fisheries Accord (RFA). The RFA starts now.")
    >>> find_agreements(art)
    (Agreement(name='Reef Fisheries Accord', abbreviation='RFA', paragraph=1, mentions=2),)
    """

    name: str
    abbreviation: str
    paragraph: int
    mentions: int

    def to_dict(self) -> dict:
        """Return the agreement as plain data.

        >>> Agreement("Reef Accord", "", 1, 1).to_dict()
        {'name': 'Reef Accord', 'abbreviation': '', 'paragraph': 1, 'mentions': 1}
        """
        return {
            "name": self.name,
            "abbreviation": self.abbreviation,
            "paragraph": self.paragraph,
            "mentions": self.mentions,
        }


# --------------------------------------------------------------------------
# The scan, shared with helpers.quotes


@dataclass
class EntityScan:
    """Everything the entity pass found in one article (read it, do not change it: it is shared).

    ``tokens`` holds each paragraph's words; ``people`` maps a name to the
    person, in order of introduction; ``surnames`` the latest person with a
    surname; ``first_words`` the name of the one person whose name starts with
    a word (``None`` when two do); ``pronoun_hint`` a name to "he"/"she" learnt from an honorific;
    ``mentions`` every mention in text order (``starts`` their offsets);
    ``agreements`` a name to ``[abbreviation, paragraph, count]``.

    >>> from helpers import parse_article
    >>> scan = scan_entities(parse_article(" date 2030-01-02 Ms Ana Vea spoke."))
    >>> list(scan.people), scan.pronoun_hint, [m.kind for m in scan.mentions_in(0, 40)]
    (['Ana Vea'], {'Ana Vea': 'she'}, ['person'])
    """

    tokens: list[list[Token]] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, Person] = field(default_factory=dict)
    first_words: dict[str, str | None] = field(default_factory=dict)
    pronoun_hint: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    agreements: dict[str, list] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``, in text order.

        >>> EntityScan().mentions_in(0, 10)
        []
        """
        out = []
        i = bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


# --------------------------------------------------------------------------
# The scan


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
        ship_words: set[int] = set()
        # Ships first: their names are not people or places.
        for i, tok in enumerate(toks):
            country = SHIP_PREFIXES.get(tok.text)
            if country and i + 1 < len(toks) and joined(text, tok, toks[i + 1]) and toks[i + 1].cap:
                j = i + 1
                while j < len(toks) and j - i <= 3 and toks[j].cap and joined(text, toks[j - 1], toks[j]):
                    j += 1
                    if toks[j - 1].poss:
                        break
                ship_words.update(range(i, j))
                end = toks[j - 1].start + len(toks[j - 1].base)
                found.append(Mention("ship", text[tok.start : end], text[tok.start : end], country,
                                     para.number, tok.start, end))  # fmt: skip
        places = place_hits(toks, text)
        _scan_places(para.number, toks, text, ship_words, places, found)
        _scan_agreements(para.number, toks, text, abbreviations, found, scan)
        _scan_people(scan, para.number, toks, text, ship_words, places, found)
        _scan_institutions(para.number, toks, text, last_institution, places, found)
    found.sort(key=lambda m: (m.start, -m.end))
    # Documents last: their issuer ("a statement from X") is a mention found above.
    by_start = {}
    for m in found:
        if m.kind in ("person", "institution", "country", "capital"):
            by_start.setdefault(m.start, m)
    docs: list[Mention] = []
    for number, toks in enumerate(scan.tokens, start=1):
        _scan_documents(number, toks, text, by_start, docs)
    found.extend(docs)
    found.sort(key=lambda m: (m.start, -m.end))
    scan.mentions = found
    scan.starts = [m.start for m in found]
    return scan


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
        while j < n and j - i < 14:
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
            i += 1  # runs are at most 14 words long, so restarting one word later stays linear
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


def _add_person(scan, number, text, toks, i, j, role, country, found, honorific="") -> None:
    """Register the name in words ``i..j`` (or link it to a known person) and record a mention."""
    start, end = toks[i].start, toks[j - 1].start + len(toks[j - 1].base)
    name = text[start:end]
    person = scan.people.get(name)
    if person is None and j - i == 1:
        person = _by_surname(scan, name)
    if person is None:
        person = Person(name, toks[_surname_index(toks, i, j)].base, role, country, number, start, end)
        scan.people[name] = person
        scan.surnames[person.surname] = person
        if j - i > 1:
            first = toks[i].base
            scan.first_words[first] = None if first in scan.first_words else name
    elif role and not person.role:  # a role learnt later fills in an empty one
        person = Person(person.name, person.surname, role, country or person.country,
                        person.paragraph, person.start, person.end)  # fmt: skip
        scan.people[person.name] = person
        scan.surnames[person.surname] = person
    if honorific and HONORIFICS.get(honorific):
        scan.pronoun_hint.setdefault(person.name, HONORIFICS[honorific])
    found.append(Mention("person", name, person.name, person.country, number, start, end))


def _by_surname(scan, word: str) -> Person | None:
    """The person a lone name stands for: by surname, else the only person whose name starts with it.

    The second reading covers names written surname first ("Park Ji-woo" …
    "Park said") and a first-name reference ("Helen Park" … "Helen said").
    """
    person = scan.surnames.get(word)
    if person is None and scan.first_words.get(word) is not None:
        person = scan.people[scan.first_words[word]]
    return person


def _surname_index(toks, i: int, j: int) -> int:
    """Index of the surname in the name words ``i..j``: the last, before any suffix ("Castillo Jr").

    A two-word name whose second word is a hyphenated given name with a
    lower-case second part ("Park Ji-woo", "Lai Ching-te") is written surname first.
    """
    if j - i == 2 and "-" not in toks[i].base:
        given = toks[i + 1].base
        head, _, tail = given.partition("-")
        if head and tail[:1].islower():
            return i
    last = j - 1
    while last > i and toks[last].base in NAME_SUFFIXES:
        last -= 1
    return last


def _role_span(toks, r: int, n: int, text) -> int:
    """Index of the last role head in the role words starting at ``r`` (-1 if none)."""
    k, head = r, -1
    limit = min(n, r + 6)  # "Deputy Prime Minister", "Chief Cabinet Secretary": titles are short
    while k < limit and toks[k].lower in ROLE_WORDS and (k == r or joined(text, toks[k - 1], toks[k])):
        if toks[k].lower in ROLE_HEADS:
            head = k
        if toks[k].poss:
            break
        k += 1
    return head


def _role_complement(toks, head: int, text) -> int:
    """Last word of a role with an "of"/"for" complement: "Minister for Foreign Affairs and Trade"."""
    n = len(toks)
    k = head + 1
    if k + 1 >= n or toks[k].lower not in ("of", "for") or not joined(text, toks[head], toks[k]):
        return head
    last = head
    m = k + 1
    while m < n and m - k <= 5 and joined(text, toks[m - 1], toks[m]):
        low = toks[m].lower
        if low in ROLE_MODIFIERS and not toks[m].poss:
            last = m
        elif not (low == "and" and m + 1 < n and toks[m + 1].lower in ROLE_MODIFIERS):
            break
        m += 1
    return last


def _apposition_role(toks, i: int, text) -> tuple[str, str, int] | None:
    """After a name, ``, [the|a|Country's] role[ of ...],``: return (role, country, next index)."""
    n = len(toks)
    if i >= n or between(text, toks[i - 1], toks[i]).strip() != ",":
        return None
    k = i
    country = ""
    if toks[k].lower in ("the", "a", "an"):
        k += 1
    if k < n:
        hit = place_at(toks, k, text)
        if hit is not None:
            country, k = hit[1], hit[2]
    first_role = k  # the role is everything from here to its head word: "marine biologist"
    head = -1
    limit = min(n, k + 6)
    while k < limit:
        if k > i and not joined(text, toks[k - 1], toks[k]):
            break
        low = toks[k].lower
        if low in ROLE_HEADS:
            head = k
        elif head >= 0:
            break
        k += 1
    if head < 0:
        return None
    # the apposition must close: a comma, the end of a sentence, or a reporting verb
    end = head + 1
    while end < n and end - head <= 8 and joined(text, toks[end - 1], toks[end]):
        end += 1
    tail = text[toks[end - 1].end : toks[end].start] if end < n else text[toks[end - 1].end :]
    if tail[:1] not in (",", ".", ";", ")", "") and not (end < n and toks[end].lower in REPORTING_VERBS):
        return None
    role = text[toks[first_role].start : toks[head].start + len(toks[head].base)]
    return role, country, end


def _scan_people(scan, number, toks, text, ship_words, places, found) -> None:
    n = len(toks)
    i = 0
    while i < n:
        if i in ship_words:
            i += 1
            continue
        tok = toks[i]
        if not tok.cap and tok.lower != "the" and tok.lower not in ROLE_WORDS and i not in places:
            i += 1  # most words: no honorific, title, place, role or name starts here
            continue
        # 1. An honorific: "Ms Vea", "Dr. Ana Vea".
        if tok.lower in HONORIFICS and tok.cap and i + 1 < n:
            gap = between(text, tok, toks[i + 1])
            if gap.strip() in ("", ".") and "\n\n" not in gap:
                j = name_run(toks, i + 1, text)
                if j > i + 1:
                    appo = _apposition_role(toks, j, text) if j < n else None
                    role, country = (appo[0], appo[1]) if appo else ("", "")
                    _add_person(scan, number, text, toks, i + 1, j, role, country, found, honorific=tok.lower)
                    i = appo[2] if appo else j
                    continue
        # 2. A title: [the] [Country|Demonym|Country's] role-words NAME  (or "role, NAME,").
        j = i + 1 if tok.lower == "the" and i + 1 < n and joined(text, tok, toks[i + 1]) else i
        country = ""
        hit = places.get(j)
        if (
            hit is not None
            and hit[0] != "capital"
            and hit[2] < n
            and joined(text, toks[hit[2] - 1], toks[hit[2]])
        ):
            country, j = hit[1], hit[2]
        head = -1
        if j < n and toks[j].lower in ROLE_WORDS:
            head = _role_span(toks, j, n, text)
        elif country:
            # "Fijian Meteorology Director Sereana Naivalu": up to three other capitalised words
            # between the country and the role's head word
            k = j
            while (
                k < n and k - j < 3 and toks[k].cap and not toks[k].poss and toks[k].lower not in ROLE_WORDS
            ):
                if not joined(text, toks[k - 1], toks[k]):
                    break
                k += 1
            if k > j and k < n and toks[k].lower in ROLE_WORDS and joined(text, toks[k - 1], toks[k]):
                head = _role_span(toks, k, n, text)
        if head >= 0 and head + 1 < n and not toks[head].poss:
            role_end = _role_complement(toks, head, text)
            role = text[toks[j].start : toks[role_end].start + len(toks[role_end].base)]
            nxt = role_end + 1
            gap = between(text, toks[role_end], toks[nxt]) if nxt < n else ""
            if gap.isspace():
                end = name_run(toks, nxt, text)
                if end > nxt:  # "Minister of Defence Ana Vea"
                    _add_person(scan, number, text, toks, nxt, end, role, country, found)
                    i = end
                    continue
                # "ambassador to Britain, Lars Berg,": a short qualifier, then the name after a comma
                if toks[nxt].lower in ("to", "of", "for", "at", "in"):
                    q = nxt + 1
                    while (
                        q < n
                        and q - nxt <= 4
                        and joined(text, toks[q - 1], toks[q])
                        and (toks[q].cap or toks[q].lower == "the")
                    ):
                        q += 1
                    if q > nxt + 1 and q < n and between(text, toks[q - 1], toks[q]).strip() == ",":
                        role = text[toks[j].start : toks[q - 1].start + len(toks[q - 1].base)]
                        nxt, gap = q, ","
            if gap.strip() == ",":
                # "Tonga's trade minister, Ana Vea, said"
                end = name_run(toks, nxt, text)
                after = text[toks[end - 1].end : toks[end].start] if end < n else ""
                closes = after.strip()[:1] in (",", ".", "") or (
                    end < n and toks[end].lower in REPORTING_VERBS
                )
                if end > nxt and closes:
                    _add_person(scan, number, text, toks, nxt, end, role, country, found)
                    i = end
                    continue
        # 3. A known person (full name or surname), or a new name with an apposition or a reporting verb.
        if namelike(tok):
            end = name_run(toks, i, text)
            name = text[tok.start : toks[end - 1].start + len(toks[end - 1].base)]
            known = scan.people.get(name)
            if known is None:
                # a known surname inside the run: "Vea" in "Minister Vea" is handled above;
                # here "Vea said" or a two-word run whose last word is a known surname.
                if end - i == 1 and _by_surname(scan, tok.base) is not None:
                    _add_person(scan, number, text, toks, i, end, "", "", found)
                    i = end
                    continue
                appo = _apposition_role(toks, end, text) if end < n else None
                if appo is not None and (end - i >= 2 or _verb_next(toks, end, appo[2])):
                    _add_person(scan, number, text, toks, i, end, appo[0], appo[1], found)
                    i = appo[2]
                    continue
                if _next_to_reporting_verb(toks, i, end, text):
                    _add_person(scan, number, text, toks, i, end, "", "", found)
                    i = end
                    continue
            else:
                _add_person(scan, number, text, toks, i, end, "", "", found)
                appo = _apposition_role(toks, end, text) if end < n else None
                i = appo[2] if appo is not None else end
                continue
            i = end
            continue
        i += 1


def _verb_next(toks, i: int, end: int) -> bool:
    return end < len(toks) and toks[end].lower in REPORTING_VERBS


def _next_to_reporting_verb(toks, i: int, end: int, text) -> bool:
    """``NAME said`` / ``NAME also said`` / ``," said NAME``."""
    n = len(toks)
    k = end
    if k < n and toks[k].lower in ADVERBS and joined(text, toks[k - 1], toks[k]):
        k += 1
    if k < n and toks[k].lower in REPORTING_VERBS and toks[k].lower not in PARTICIPLES:
        if joined(text, toks[k - 1], toks[k]):
            return True
    if i > 0 and toks[i - 1].lower in REPORTING_VERBS and joined(text, toks[i - 1], toks[i]):
        before = text[toks[i - 2].end : toks[i - 1].start] if i > 1 else ""
        if any(ch in before for ch in ',"”?!'):
            return True
    return False


def _scan_institutions(number, toks, text, last_institution, places, found) -> None:
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
        k = j
        while k < n and k - j < 3 and toks[k].cap and toks[k].lower not in INSTITUTION_HEADS:
            if k > j and not joined(text, toks[k - 1], toks[k]):
                break
            k += 1
        if k < n and (k == j or joined(text, toks[k - 1], toks[k])) and toks[k].lower in INSTITUTION_HEADS:
            head = k
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
            end_tok = head
            # "Ministry of Foreign Affairs and Trade"
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
            start = toks[i + 1].start if definite else tok.start
            end = toks[end_tok].start + len(toks[end_tok].base)
            canonical = text[start:end]
            mention = Mention("institution", canonical, canonical, country, number, start, end)
            found.append(mention)
            last_institution[toks[head].lower] = mention
            i = end_tok + 1
            continue
        i += 1


def _scan_documents(number, toks, text, by_start, docs) -> None:
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


# --------------------------------------------------------------------------
# Public functions


def find_people(article) -> tuple[Person, ...]:
    """The people ``article`` introduces, in order of first appearance.

    >>> from helpers import parse_article
    >>> art = parse_article(' date 2030-01-02 "We agree," said Lea Mar, a senior fellow at the institute.')
    >>> [(p.name, p.role) for p in find_people(art)]
    [('Lea Mar', 'senior fellow')]
    """
    return tuple(scan_entities(article).people.values())


def find_mentions(article) -> tuple[Mention, ...]:
    """Every mention in ``article``, in text order (a longer mention before one inside it).

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 Fijian Navy Commander Sam Tui boarded HMNZS Kiwa.")
    >>> [(m.kind, m.text) for m in find_mentions(art)]
    [('institution', 'Fijian Navy'), ('country', 'Fijian'), ('person', 'Sam Tui'), ('ship', 'HMNZS Kiwa')]
    """
    return tuple(scan_entities(article).mentions)


def find_agreements(article) -> tuple[Agreement, ...]:
    """The named agreements in ``article``, in order of first mention, abbreviations expanded.

    >>> from helpers import parse_article
    >>> find_agreements(parse_article(" date 2030-01-02 No treaty here."))
    ()
    """
    return tuple(
        Agreement(name, rec[0], rec[1], rec[2]) for name, rec in scan_entities(article).agreements.items()
    )
