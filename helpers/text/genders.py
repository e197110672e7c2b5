"""Who the article itself calls 'he' or 'she': a name, then 'he' or 'his' in the same sentence.

A reader learns a person's pronoun from the article: "Mr. Manafort said he
agreed", "Kunin, who has been critical of Sanders, said she ...",
"Stovall joined Cruz at his rallies" (not a cue: two people are named).
:func:`pronouns_in_article` reads every sentence once, outside quotations,
and when exactly one person has been named before a subject or possessive
pronoun (``he``, ``his``, ``himself``, ``she``, ``herself``; not ``her`` or
``him``, which are as often someone else: "Trump attacked her"), by full
name, surname or after a title (:mod:`helpers.text.antecedents`), and not as
a possessor or after a preposition ("the name recognition of Vea, but she
..."), it counts a vote for that person. A person gets the pronoun with most votes, if it has
at least twice as many as the other one. An honorific (Mr, Ms) wins over
this, and so does a common given name (:mod:`helpers.text.given_names`): a
cue is for the names neither says anything about. (Letting the cue win over
a given name was measured: the same on PolNeAR train, three speakers fewer
on dev, where a "she" near "Bill Clinton" meant Hillary Clinton; so "Terry
Vaka ... said she" keeps the list's "he".)

>>> from helpers import parse_article
>>> from helpers.text.speakers import Attributor
>>> from helpers.text.entity_scan import scan_entities
>>> art = parse_article(" date 2030-01-02 Sione Tui met Ana Vea. Ana Vea said she was glad.")
>>> pronouns_in_article(Attributor(art, scan_entities(art), []))
{'Ana Vea': 'she'}
"""

from __future__ import annotations

from bisect import bisect_right

from .antecedents import antecedents, person_of, subject_like

__all__ = ["CUE_WORDS", "pronouns_in_article"]

#: A pronoun that, after a single person named in its sentence, most often means that person.
CUE_WORDS = {"he": "he", "himself": "he", "she": "she", "herself": "she"}


def _votes(att) -> dict[str, dict[str, int]]:
    """Name → {'he': n, 'she': n}: the cues of every sentence (see the module documentation)."""
    votes: dict[str, dict[str, int]] = {}
    persons, starts = antecedents(att)
    bounds = att.sentence_starts
    for toks in att.scan.tokens:
        for t in toks:
            word = CUE_WORDS.get(t.lower)
            if word is None or att.inside_quote(t.start):
                continue
            i = bisect_right(bounds, t.start) - 1
            lo = bounds[i] if i >= 0 else 0
            k = bisect_right(starts, t.start - 1)
            named: set[str] = set()
            subject = True
            j = k - 1
            while j >= 0 and persons[j].start >= lo and len(named) < 2:
                person = person_of(att, persons[j].canonical)
                if person is not None:
                    named.add(person.name)
                    subject = subject and subject_like(att.text, persons[j])
                j -= 1
            if len(named) == 1 and subject:
                tally = votes.setdefault(named.pop(), {"he": 0, "she": 0})
                tally[word] += 1
    return votes


def pronouns_in_article(att) -> dict[str, str]:
    """Name → 'he' or 'she', as the article's own sentences use them (see the module documentation).

    >>> from helpers import parse_article
    >>> from helpers.text.speakers import Attributor
    >>> from helpers.text.entity_scan import scan_entities
    >>> art = parse_article(" date 2030-01-02 Ana Vea met Sione Tui, who said she was glad.")
    >>> pronouns_in_article(Attributor(art, scan_entities(art), []))
    {}
    """
    out = {}
    for name, tally in _votes(att).items():
        he, she = tally["he"], tally["she"]
        if he >= 2 * she and he:
            out[name] = "he"
        elif she >= 2 * he and she:
            out[name] = "she"
    return out
