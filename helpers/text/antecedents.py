"""The people a pronoun can point back to: every place a known person is named, by full name or surname alone.

The attribution pass knows a person's mentions where the entity scan found
them. A reader also knows "Trump" three paragraphs after "Donald Trump",
wherever it stands ("At a rally in Portland, Trump said ..."). For the
pronouns, :func:`antecedents` adds each later bare surname of a person named
in full before, outside quotations (when two people share the surname, the
one named in full most recently), to the mentions the pass already has.

>>> from helpers import parse_article
>>> from helpers.text.speakers import Attributor
>>> from helpers.text.entity_scan import scan_entities
>>> art = parse_article(" date 2030-01-02 Ana Vea spoke. At noon, Vea left.")
>>> [(n.text, n.canonical) for n in antecedents(Attributor(art, scan_entities(art), []))[0]]
[('Ana Vea', 'Ana Vea'), ('Vea', 'Ana Vea')]
"""

from __future__ import annotations

from typing import NamedTuple

from ..lexicon import NAME_SUFFIXES

__all__ = ["Named", "antecedents"]


class Named(NamedTuple):
    """A person named at ``[start, end)`` as ``text``, who is ``canonical`` (a key of the attributor's ``known``).

    >>> Named(0, 3, "Vea", "Ana Vea").canonical
    'Ana Vea'
    """

    start: int
    end: int
    text: str
    canonical: str


def _surname(name: str) -> str:
    words = [w.strip(".,") for w in name.split()]
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1] if len(words) >= 2 else ""


def antecedents(att) -> tuple[list[Named], list[int]]:
    """Every mention of a known person outside quotations, bare surnames included, in text order,
    and their start offsets (computed once per attributor)."""
    if att.antecedents is not None:
        return att.antecedents
    surnames = {}
    for name in att.known:
        s = _surname(name)
        if s:
            surnames.setdefault(s, []).append(name)
    found = [Named(m.start, m.end, m.text, m.canonical) for m in att.persons]
    taken = {m.start for m in att.persons}
    latest: dict[str, str] = {}  # surname → the person named in full most recently
    persons, p = att.persons, 0
    for toks in att.scan.tokens:
        for t in toks:
            while p < len(persons) and persons[p].start <= t.start:
                s = _surname(persons[p].canonical)
                if s and persons[p].canonical in att.known:
                    latest[s] = persons[p].canonical
                p += 1
            names = surnames.get(t.base) if t.cap else None
            if not names or t.start in taken or _within(persons, p, t.start) or att.inside_quote(t.start):
                continue
            name = latest.get(t.base) or (names[0] if len(names) == 1 else None)
            if name is not None:
                found.append(Named(t.start, t.start + len(t.base), t.base, name))
    found.sort()
    att.antecedents = (found, [n.start for n in found])
    return att.antecedents


def _within(persons, p: int, offset: int) -> bool:
    """``offset`` lies inside the mention just before position ``p`` ('Vea' in 'Ana Vea')."""
    return p > 0 and persons[p - 1].start <= offset < persons[p - 1].end
