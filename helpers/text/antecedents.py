"""The people a pronoun can point back to: every place a known person is named, by full name or surname alone.

The attribution pass knows a person's mentions where the entity scan found
them. A reader also knows "Trump" three paragraphs after "Donald Trump",
wherever it stands ("At a rally in Portland, Trump said ..."). For the
pronouns, :func:`antecedents` adds each later bare surname of a person named
in full before, outside quotations (when two people share the surname, the
one named in full most recently), and each person named after a title the
scan passed over ("Gov. Phil Bryant (R) said", "House Speaker Paul Ryan", "Rep. Sander M. Levin
(Mich.)") or after a common given name ("with Hillary Clinton — who has …"),
to the mentions the pass already has.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ..lexicon import HONORIFICS, NAME_SUFFIXES, ROLE_HEADS, ROLE_WORDS
from .given_names import pronoun_of
from .mentions import Person
from .names import namelike
from .not_persons import names_a_thing
from .tokens import TITLE_ABBREVIATIONS

__all__ = ["Named", "antecedents", "person_of", "subject_like"]


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
    if len(words) == 1 and words[0].isalpha() and words[0][:1].isupper() and not names_a_thing(name):
        return words[0]  # a person the article names by surname alone ('Obama'): each of its mentions
    return words[-1] if len(words) >= 2 else ""


def antecedents(att) -> tuple[list[Named], list[int]]:
    """Every mention of a known person outside quotations, bare surnames included, in text order,
    and their start offsets (computed once per attributor).

    >>> from helpers import parse_article
    >>> from helpers.text.speakers import Attributor
    >>> from helpers.text.entity_scan import scan_entities
    >>> art = parse_article(" date 2030-01-02 Ana Vea spoke. At noon, Vea left.")
    >>> [(n.text, n.canonical) for n in antecedents(Attributor(art, scan_entities(art), []))[0]]
    [('Ana Vea', 'Ana Vea'), ('Vea', 'Ana Vea')]
    """
    if att.antecedents is not None:
        return att.antecedents[:2]
    titled, extra = _titled(att)
    known = {**extra, **att.known}
    surnames: dict[str, list[str]] = {}
    for name in sorted(known, key=lambda n: " " not in n):  # 'Carson' alone stands for 'Ben Carson' if named
        s = _surname(name)
        if s and (" " in name or s not in surnames):
            surnames.setdefault(s, []).append(name)
    persons = sorted([Named(m.start, m.end, m.text, m.canonical) for m in att.persons] + titled)
    found = list(persons)
    taken = {m.start for m in persons}
    latest: dict[str, str] = {}  # surname → the person named in full most recently
    p = 0
    for toks in att.scan.tokens:
        for t in toks:
            while p < len(persons) and persons[p].start <= t.start:
                s = _surname(persons[p].canonical)
                if s and persons[p].canonical in known:
                    latest[s] = persons[p].canonical
                p += 1
            names = surnames.get(t.base) if t.cap else None
            if not names or t.start in taken or _within(persons, p, t.start) or att.inside_quote(t.start):
                continue
            name = latest.get(t.base) or (names[0] if len(names) == 1 else None)
            if name is not None:
                found.append(Named(t.start, t.start + len(t.base), t.base, name))
    found.sort()
    att.antecedents = (found, [n.start for n in found], extra)
    return att.antecedents[:2]


#: Words before a name that make it an object or a thing, not a person as subject ('at Boca West', 'the same Dirty Dancing').
_NOT_BEFORE_A_SUBJECT = frozenset(
    "at in on by from to with for of about against during after before into like a an the same".split()
)


#: Words after a name that make the name a modifier of someone else ('Vea campaign spokesman Tui',
#: 'Vea consultant Tui'): the role words and these.
_MODIFIED = ROLE_WORDS | frozenset(
    """campaign consultant pollster strategist surrogate ally aide loyalist supporter backer donor
    fundraiser operative attorney""".split()
)


def subject_like(text: str, m) -> bool:
    """The mention ``m`` (with ``start`` and ``end``) in ``text`` can be a sentence's subject: not
    'Clinton's', 'Clinton spokeswoman …' or 'at Boca West'.

    >>> text = "Ana Vea met Tui at Levuka. Vea's aide spoke. Vea campaign aide Ken Tau spoke."
    >>> [subject_like(text, Named(*span, "", "")) for span in ((0, 7), (19, 25), (27, 30), (45, 48))]
    [True, False, False, False]
    """
    if text[m.end : m.end + 2] in ("'s", "’s"):
        return False
    after = text[m.end : m.end + 40].split(None, 1)
    if after and text[m.end : m.end + 1] == " " and after[0].lower().strip(",.") in _MODIFIED:
        return False
    before = text[max(0, m.start - 30) : m.start].split()
    return not (before and before[-1].lower() in _NOT_BEFORE_A_SUBJECT)


def person_of(att, canonical: str):
    """The :class:`~helpers.text.mentions.Person` a mention of :func:`antecedents` names, or ``None``.

    >>> from helpers import parse_article
    >>> from helpers.text.speakers import Attributor
    >>> from helpers.text.entity_scan import scan_entities
    >>> art = parse_article(" date 2030-01-02 Gov. Mele Kata (R) spoke.")
    >>> person_of(Attributor(art, scan_entities(art), []), "Mele Kata").surname
    'Kata'
    """
    antecedents(att)
    return att.known.get(canonical) or att.antecedents[2].get(canonical)


def _titled(att) -> tuple[list[Named], dict[str, Person]]:
    """People the scan passed over, named after a title ('Gov. Phil Bryant (R) said', 'Rep. Sander M.
    Levin (Mich.)') or opening with a common given name ('with Hillary Clinton'): their mentions
    outside quotations, and the people, by name."""
    found: list[Named] = []
    extra: dict[str, Person] = {}
    text, starts = att.text, att.person_starts
    for number, toks in enumerate(att.scan.tokens, start=1):
        seen = -1  # the first word of the latest name read
        for i, t in enumerate(toks[:-1]):
            abbreviation = t.text in TITLE_ABBREVIATIONS and text[t.end : t.end + 2] == ". "
            title = t.cap and t.lower in _TITLES and text[t.end : t.end + 1] == " "
            given = (
                not (abbreviation or title)
                and namelike(t)
                and bool(pronoun_of(f"{t.text} {toks[i + 1].text}"))
            )
            if not (abbreviation or title or given) or att.inside_quote(t.start):
                continue
            first = i if given else i + 1  # 'Hillary Clinton', or the name after 'Gov.'
            if first == seen or first + 1 >= len(toks) or not namelike(toks[first]):
                continue
            if given and i and namelike(toks[i - 1]) and text[toks[i - 1].end : t.start] == " ":
                continue  # a word inside a longer name
            j = first + 1
            while j < len(toks) and j - first <= 3 and _name_word(text, toks, j):
                j += 1
            seen = first
            words = toks[first:j]
            if len(words) < 2 or not namelike(words[-1]) or len(words[-1].base) < 2:
                continue
            k = bisect_left(starts, words[0].start)
            if k < len(starts) and starts[k] <= words[-1].start:
                continue  # the scan knows this name
            end = words[-1].start + len(words[-1].base)
            name = text[words[0].start : end]
            if name not in att.known and name not in extra:
                extra[name] = Person(name, words[-1].base, "", "", number, words[0].start, end)
                hint = pronoun_of(name) if given else HONORIFICS.get(t.lower, "") or pronoun_of(name)
                if hint:
                    att.pronouns.setdefault(name, hint)
            found.append(Named(words[0].start, end, name, name))
    return found, extra


#: Titles written in full before a name ('House Speaker Paul Ryan', 'Senator Ana Vea').
_TITLES = ROLE_HEADS | frozenset("speaker representative rep congressman congresswoman sen".split())


def _name_word(text: str, toks, j: int) -> bool:
    """Token ``j`` goes on a name: a name-like word or an initial, right after the word before it."""
    t, before = toks[j], toks[j - 1]
    gap = text[before.end : t.start]
    if not (gap == " " or (gap == ". " and len(before.text) == 1)):
        return False
    if j > 0 and before.poss:
        return False
    return namelike(t) or (len(t.text) == 1 and t.cap)


def _within(persons, p: int, offset: int) -> bool:
    """``offset`` lies inside the mention just before position ``p`` ('Vea' in 'Ana Vea')."""
    return p > 0 and persons[p - 1].start <= offset < persons[p - 1].end
