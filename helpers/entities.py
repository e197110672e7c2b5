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

Where the work is done (all in the text layer, :mod:`helpers.text`): the
records in :mod:`helpers.text.mentions`, the scan in
:mod:`helpers.text.entity_scan` (ships, places, agreements), people in
:mod:`helpers.text.people`, institutions and documents in
:mod:`helpers.text.institutions`; this module is the public door.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import COUNTRIES, REPORTING_VERBS, country_of
from .text.entity_scan import scan_entities
from .text.mentions import MENTION_KINDS, Agreement, EntityScan, Mention, MentionKind, Person

if TYPE_CHECKING:
    from .article import Article

__all__ = [
    "COUNTRIES",
    "MENTION_KINDS",
    "REPORTING_VERBS",
    "Agreement",
    "EntityScan",
    "Mention",
    "MentionKind",
    "Person",
    "country_of",
    "find_agreements",
    "find_mentions",
    "find_people",
    "scan_entities",
]


def find_people(article: Article) -> tuple[Person, ...]:
    """The people ``article`` introduces, in order of first appearance.

    >>> from helpers import parse_article
    >>> art = parse_article(' date 2030-01-02 "We agree," said Lea Mar, a senior fellow at the institute.')
    >>> [(p.name, p.role) for p in find_people(art)]
    [('Lea Mar', 'senior fellow')]
    """
    return tuple(scan_entities(article).people.values())


def find_mentions(article: Article) -> tuple[Mention, ...]:
    """Every mention in ``article``, in text order (a longer mention before one inside it).

    >>> from helpers import parse_article
    >>> art = parse_article(" date 2030-01-02 Fijian Navy Commander Sam Tui boarded HMNZS Kiwa.")
    >>> [(m.kind, m.text) for m in find_mentions(art)]
    [('institution', 'Fijian Navy'), ('country', 'Fijian'), ('person', 'Sam Tui'), ('ship', 'HMNZS Kiwa')]
    """
    return tuple(scan_entities(article).mentions)


def find_agreements(article: Article) -> tuple[Agreement, ...]:
    """The named agreements in ``article``, in order of first mention, abbreviations expanded.

    >>> from helpers import parse_article
    >>> find_agreements(parse_article(" date 2030-01-02 No treaty here."))
    ()
    """
    return tuple(
        Agreement(name, rec[0], rec[1], rec[2]) for name, rec in scan_entities(article).agreements.items()
    )
