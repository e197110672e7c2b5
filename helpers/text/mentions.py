"""The records of the entity scan: people, mentions, agreements, and the scan that holds them.

>>> Mention("country", "US", "United States", "United States", 1, 5, 7).kind in MENTION_KINDS
True
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .records import Record
from .tokens import Token
from .vocabulary import MENTION_KINDS, MentionKind

__all__ = ["MENTION_KINDS", "Agreement", "EntityScan", "Mention", "MentionKind", "Person"]


@dataclass(frozen=True)
class Person(Record):
    """A person the article introduces: ``name`` as first written, ``role`` and ``country`` if given.

    ``paragraph``, ``start`` and ``end`` locate the name where the person is
    introduced (1-based paragraph; offsets into ``article.text``).

    >>> from helpers import find_people, parse_article
    >>> art = parse_article(" date 2030-01-02 Tongan Trade Minister Ana Vea spoke. Vea left.")
    >>> find_people(art)[0]
    Person(name='Ana Vea', surname='Vea', role='Trade Minister', country='Tonga', paragraph=1, start=39, end=46)
    >>> find_people(art)[0].to_dict()["surname"]
    'Vea'
    """

    name: str
    surname: str
    role: str
    country: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention(Record):
    """One mention: its ``kind`` (see :data:`MENTION_KINDS`), the ``text`` as written and what it names.

    ``canonical`` is the thing mentioned (a person's full name, a country's
    name, an agreement's full name, a document's issuer or ``''`` if unknown);
    ``country`` is the country it belongs to, or ``''``.

    >>> from helpers import find_mentions, parse_article
    >>> art = parse_article(" date 2030-01-02 The US and Canberra met.")
    >>> [(m.kind, m.text, m.canonical) for m in find_mentions(art)]
    [('country', 'US', 'United States'), ('capital', 'Canberra', 'Canberra')]
    >>> find_mentions(art)[0].to_dict()["canonical"]
    'United States'
    """

    kind: MentionKind
    text: str
    canonical: str
    country: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Agreement(Record):
    """A named agreement: full ``name``, its ``abbreviation`` if defined, first ``paragraph``, ``mentions``.

    >>> from helpers import find_agreements, parse_article
    >>> art = parse_article(" date 2030-01-02 They signed the Reef Fisheries Accord (RFA). The RFA starts now.")
    >>> find_agreements(art)
    (Agreement(name='Reef Fisheries Accord', abbreviation='RFA', paragraph=1, mentions=2),)
    >>> Agreement("Reef Accord", "", 1, 1).to_dict()
    {'name': 'Reef Accord', 'abbreviation': '', 'paragraph': 1, 'mentions': 1}
    """

    name: str
    abbreviation: str
    paragraph: int
    mentions: int


@dataclass
class EntityScan:
    """Everything the entity pass found in one article (read it, do not change it: it is shared).

    ``tokens`` holds each paragraph's words; ``people`` maps a name to the
    person, in order of introduction; ``surnames`` the latest person with a
    surname; ``first_words`` the name of the one person whose name starts with
    a word (``None`` when two do); ``pronoun_hint`` a name to "he"/"she" learnt from an honorific ("" when two disagree);
    ``mentions`` every mention in text order (``starts`` their offsets);
    ``agreements`` a name to ``[abbreviation, paragraph, count]``.

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
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
