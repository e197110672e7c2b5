"""General knowledge the text rules read, kept once: word lists and the country table.

:mod:`helpers.lexicon.words` holds the words of news reporting (reporting
verbs, roles, institutions, documents, channels, pronouns);
:mod:`helpers.lexicon.countries` holds the country table. No person, ship or
agreement is listed: the rules find those from how an article introduces them.

>>> from helpers.lexicon import REPORTING_VERBS, country_of
>>> "told" in REPORTING_VERBS, country_of("Canberra")
(True, 'Australia')
"""

from .countries import COUNTRIES, COUNTRY_TABLE, PLACE_PHRASES, PLACE_WORDS, PLACES_BY_FIRST, country_of
from .words import (
    ADVERBS,
    AGREEMENT_CONNECTORS,
    AGREEMENT_HEADS,
    CHANNEL_HEADS,
    CHANNEL_PREPOSITIONS,
    DAYS_MONTHS,
    DETERMINERS,
    DOC_ADJECTIVES,
    DOC_DETERMINERS,
    DOCUMENT_HEADS,
    FORWARD_STOP,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_HEADS,
    LEADING_FUNCTION_WORDS,
    NAME_INNER_CAPITALS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NP_STOP,
    PARTICIPLES,
    PLATFORMS,
    PRONOUNS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    ROLE_ALIASES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SHIP_PREFIXES,
)

__all__ = [
    "ADVERBS",
    "AGREEMENT_CONNECTORS",
    "AGREEMENT_HEADS",
    "CHANNEL_HEADS",
    "CHANNEL_PREPOSITIONS",
    "COUNTRIES",
    "COUNTRY_TABLE",
    "DAYS_MONTHS",
    "DETERMINERS",
    "DOCUMENT_HEADS",
    "DOC_ADJECTIVES",
    "DOC_DETERMINERS",
    "FORWARD_STOP",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INSTITUTION_HEADS",
    "LEADING_FUNCTION_WORDS",
    "NAME_INNER_CAPITALS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOT_NAMES",
    "NP_STOP",
    "PARTICIPLES",
    "PLACES_BY_FIRST",
    "PLACE_PHRASES",
    "PLACE_WORDS",
    "PLATFORMS",
    "PRONOUNS",
    "QUOTING_VERBS",
    "REPORTING_VERBS",
    "ROLE_ALIASES",
    "ROLE_HEADS",
    "ROLE_MODIFIERS",
    "ROLE_WORDS",
    "SHIP_PREFIXES",
    "country_of",
]
