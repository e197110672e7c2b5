"""Names that 'he' or 'she' cannot point to: a body, a group, a place or a possessive, not a person.

The entity scan takes most capitalised names it cannot place for people
("Right Wing Watch", "Intelligence Committee", "Scarborough Shoal"). That is
harmless for a name written before "said", but a pronoun that picks one
("'…,' he said" → the Platform Committee) gives the quotation to a thing.
:func:`names_a_thing` says, from the name's own words, that it is not a
person, so :mod:`helpers.text.pronouns` passes it over. A name that opens
with a common given name (:mod:`helpers.text.given_names`) is always a
person.

>>> names_a_thing("Platform Committee"), names_a_thing("Ana Vea")
(True, False)
"""

from __future__ import annotations

from ..lexicon import CHANNEL_HEADS, GROUP_NOUNS, INSTITUTION_HEADS, LEADING_FUNCTION_WORDS, PLACE_PHRASES
from .given_names import pronoun_of
from .subjects import NOT_PERSON_HEADS

__all__ = ["ONE_WORD_THINGS", "THING_HEADS", "names_a_thing"]

#: Last words that make a name a body, a group or a place: the subject finder's organisation heads
#: (:data:`helpers.text.subjects.NOT_PERSON_HEADS`), the institution, group and channel heads, and these.
THING_HEADS = (
    NOT_PERSON_HEADS
    | INSTITUTION_HEADS
    | GROUP_NOUNS
    | CHANNEL_HEADS
    | frozenset(
        """committees caucus institution association league watch project trust company corporation inc
        board newspaper agency breakfast republicans democrats conservatives liberals progressives voters
        americans shoal reef bay harbour harbor hook cape point coast beach lake sea strait mountain
        mountains county footwear""".split()
    )
)

#: One word alone that names a group, a party or its members, not a person ('Delegates questioned ...',
#: 'Republican'); the lexicon's group nouns count too.
ONE_WORD_THINGS = frozenset(
    """delegates supporters protesters demonstrators donors activists voters republicans democrats
    republican democrat democratic conservative liberal progressive independent pentagon kremlin
    congress senate atlantic pacific""".split()
)

#: First words that cannot open a person's name ('Neither Republicans', 'Outside Carrier', 'San Mateo').
_NOT_FIRST = LEADING_FUNCTION_WORDS | frozenset(
    "neither either like outside regarding unlike despite san los las santa fort port mount new".split()
)

_PLACES = frozenset(tuple(w.lower() for w in phrase) for phrase in PLACE_PHRASES)


def names_a_thing(name: str) -> bool:
    """``name`` is, by its own words, a body, a group, a place or a possessive (not someone 'he' or 'she' can be).

    >>> [names_a_thing(n) for n in ("Xinhua News Agency", "Neither Republicans", "Vea’s", "New Zealand")]
    [True, True, True, True]
    >>> [names_a_thing(n) for n in ("Delegates", "Republican", "Mary Lake Committee", "San Mateo")]
    [True, True, True, True]
    >>> [names_a_thing(n) for n in ("Sione Tui", "Hillary Clinton", "Mary Street", "Tui")]
    [False, False, False, False]
    """
    words = name.replace("’", "'").split()
    if not words:
        return False
    low = [w.lower().strip(".,") for w in words]
    if len(low) == 1 and (low[0] in ONE_WORD_THINGS or low[0] in GROUP_NOUNS):
        return True
    if len(low) > 2 and low[-1] in THING_HEADS:
        return True  # 'Christian Monitor Breakfast': a given name opens it, the head still makes it a thing
    if pronoun_of(name):
        return False  # 'Mary Street' opens with a given name: a person
    if low[-1].endswith("'s") or low[-1].endswith("'"):
        return True
    if low[0] in _NOT_FIRST or tuple(low) in _PLACES:
        return True
    return len(low) > 1 and low[-1] in THING_HEADS
