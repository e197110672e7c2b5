"""People an article introduces: by a title, an apposition, a reporting verb or an honorific.

:func:`scan_people` reads one paragraph's words and records each person (a
:class:`~helpers.text.mentions.Person` in the scan) and each mention of one.
How people are introduced is told in :mod:`helpers.entities`. One pass over
the words: each step looks a bounded number of words ahead.

>>> from helpers import parse_article
>>> from helpers.entities import find_people
>>> [p.name for p in find_people(parse_article(" date 2030-01-02 Ms Ana Vea spoke."))]
['Ana Vea']
"""

from __future__ import annotations

from ..lexicon import (
    ADVERBS,
    HONORIFICS,
    NAME_SUFFIXES,
    PARTICIPLES,
    REPORTING_VERBS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
)
from .given_names import pronoun_of
from .mentions import EntityScan, Mention, Person
from .names import described_name, inside_place_name, name_run, namelike, place_at, verb_before
from .tokens import Token, between, joined

__all__ = ["scan_people"]

#: A title ("Deputy Prime Minister", "Chief Cabinet Secretary") is at most this many words.
ROLE_WORDS_MAX = 6
#: "ambassador to Britain, Lars Berg,": the qualifier after a role is at most this many words.
QUALIFIER_WORDS_MAX = 4


def scan_people(
    scan: EntityScan, number: int, toks: list[Token], text: str, ship_words, places, found
) -> None:
    """Record in ``scan`` and ``found`` the people paragraph ``number`` introduces or names again.

    ``ship_words`` are indexes of words inside a ship's name, ``places`` the
    paragraph's place table (:func:`helpers.text.place_hits`).

    >>> from helpers.text import place_hits, tokenize
    >>> text = "Tongan Trade Minister Ana Vea spoke. Vea left."
    >>> toks, scan, found = tokenize(text), EntityScan(), []
    >>> scan_people(scan, 1, toks, text, set(), place_hits(toks, text), found)
    >>> [(m.text, m.canonical) for m in found]
    [('Ana Vea', 'Ana Vea'), ('Vea', 'Ana Vea')]
    """
    step = _PeopleStep(scan, number, toks, text, places, found)
    honorific, title, name = step.honorific, step.title, step.name
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
        nxt = honorific(i) if tok.lower in HONORIFICS else None
        if nxt is None:
            nxt = title(i)
        if nxt is None:
            nxt = name(i)
        i = nxt


class _PeopleStep:
    """The three ways a person is introduced at word ``i``; each returns the next word to read, or None."""

    def __init__(self, scan, number, toks, text, places, found) -> None:
        self.scan, self.number, self.toks, self.text = scan, number, toks, text
        self.places, self.found, self.n = places, found, len(toks)

    def add(self, i: int, j: int, role: str, country: str, honorific: str = "") -> None:
        _add_person(self.scan, self.number, self.text, self.toks, i, j, role, country, self.found, honorific)

    def honorific(self, i: int) -> int | None:
        """1. An honorific: "Ms Vea", "Dr. Ana Vea"."""
        toks, text, n = self.toks, self.text, self.n
        tok = toks[i]
        if not (tok.lower in HONORIFICS and tok.cap and i + 1 < n):
            return None
        gap = between(text, tok, toks[i + 1])
        if gap.strip() not in ("", ".") or "\n\n" in gap:
            return None
        j = name_run(toks, i + 1, text)
        if j <= i + 1:
            return None
        appo = _apposition_role(toks, j, text) if j < n else None
        role, country = (appo[0], appo[1]) if appo else ("", "")
        self.add(i + 1, j, role, country, honorific=tok.lower)
        return appo[2] if appo else j

    def title(self, i: int) -> int | None:
        """2. A title: [the] [Country|Demonym|Country's] role-words NAME  (or "role, NAME,")."""
        toks, text, n = self.toks, self.text, self.n
        tok = toks[i]
        j = i + 1 if tok.lower == "the" and i + 1 < n and joined(text, tok, toks[i + 1]) else i
        country = ""
        hit = self.places.get(j)
        if (
            hit is not None
            and hit[0] != "capital"
            and hit[2] < n
            and joined(text, toks[hit[2] - 1], toks[hit[2]])
        ):
            country, j = hit[1], hit[2]
        head = self.role_head(j, country)
        if head >= 0 and head + 1 < n and not toks[head].poss:
            return self.titled_name(j, head, country)
        return None

    def role_head(self, j: int, country: str) -> int:
        """Index of the role's head word starting at ``j`` (-1 if none)."""
        toks, text, n = self.toks, self.text, self.n
        if j < n and toks[j].lower in ROLE_WORDS:
            return _role_span(toks, j, n, text)
        if not country:
            return -1
        # "Fijian Meteorology Director Sereana Naivalu": up to three other capitalised words
        # between the country and the role's head word
        k = j
        while k < n and k - j < 3 and toks[k].cap and not toks[k].poss and toks[k].lower not in ROLE_WORDS:
            if not joined(text, toks[k - 1], toks[k]):
                break
            k += 1
        if k > j and k < n and toks[k].lower in ROLE_WORDS and joined(text, toks[k - 1], toks[k]):
            return _role_span(toks, k, n, text)
        return -1

    def titled_name(self, j: int, head: int, country: str) -> int | None:
        """The name after the role ending at ``head``: "Minister of Defence Ana Vea", "minister, Ana Vea,"."""
        toks, text, n = self.toks, self.text, self.n
        role_end = _role_complement(toks, head, text)
        role = text[toks[j].start : toks[role_end].start + len(toks[role_end].base)]
        nxt = role_end + 1
        gap = between(text, toks[role_end], toks[nxt]) if nxt < n else ""
        if gap.isspace():
            end = name_run(toks, nxt, text)
            if end > nxt:  # "Minister of Defence Ana Vea"
                self.add(nxt, end, role, country)
                return end
            # "ambassador to Britain, Lars Berg,": a short qualifier, then the name after a comma
            if toks[nxt].lower in ("to", "of", "for", "at", "in"):
                q = nxt + 1
                while (
                    q < n
                    and q - nxt <= QUALIFIER_WORDS_MAX
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
            closes = after.strip()[:1] in (",", ".", "") or (end < n and toks[end].lower in REPORTING_VERBS)
            if end > nxt and closes:
                self.add(nxt, end, role, country)
                return end
        return None

    def name(self, i: int) -> int:
        """3. A known person (full name or surname), or a new name with an apposition or a reporting verb."""
        toks, text, n, scan = self.toks, self.text, self.n, self.scan
        tok = toks[i]
        if not namelike(tok):
            return i + 1
        end = name_run(toks, i, text)
        name = text[tok.start : toks[end - 1].start + len(toks[end - 1].base)]
        later = described_name(toks, end, text) if verb_before(toks, i, text) else None
        if later is not None:  # '," said Clinton ally James Carville': the name, not its modifier
            role = text[tok.start : toks[later[0] - 1].start + len(toks[later[0] - 1].base)]
            self.add(later[0], later[1], role, "")
            return later[1]
        if scan.people.get(name) is not None:
            self.add(i, end, "", "")
            appo = _apposition_role(toks, end, text) if end < n else None
            return appo[2] if appo is not None else end
        # a known surname inside the run: "Vea" in "Minister Vea" is handled above;
        # here "Vea said" or a two-word run whose last word is a known surname.
        if end - i == 1 and _by_surname(scan, tok.base) is not None:
            self.add(i, end, "", "")
            return end
        appo = _apposition_role(toks, end, text) if end < n else None
        if appo is not None and (end - i >= 2 or _verb_next(toks, end, appo[2])):
            self.add(i, end, appo[0], appo[1])
            return appo[2]
        if _next_to_reporting_verb(toks, i, end, text) and not inside_place_name(toks, i, text):
            self.add(i, end, "", "")
        return end


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
        _hint(scan, person.name, HONORIFICS[honorific], by_surname=name != person.name)
    found.append(Mention("person", name, person.name, person.country, number, start, end))


def _hint(scan, name: str, word: str, by_surname: bool) -> None:
    """'he' or 'she' for ``name`` from an honorific, unless it stands before the surname alone and the
    given name says the other ('Mr. Clinton' after 'Hillary Clinton' is another Clinton); '' when two
    honorifics disagree ('Mr. Khan', 'Ms. Khan')."""
    given = pronoun_of(name) if by_surname else ""
    if given and given != word:
        return
    known = scan.pronoun_hint.get(name)
    scan.pronoun_hint[name] = word if known in (None, word) else ""


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
    limit = min(n, r + ROLE_WORDS_MAX)  # "Deputy Prime Minister", "Chief Cabinet Secretary": titles are short
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


def _verb_next(toks, i: int, end: int) -> bool:
    return end < len(toks) and toks[end].lower in REPORTING_VERBS


#: A new name right after one of these (and "the") is a place or a body ('of Florida said', 'of The Nation wrote').
_PLACE_PREPOSITIONS = frozenset("of from in at for".split())


def _next_to_reporting_verb(toks, i: int, end: int, text) -> bool:
    """``NAME said`` / ``NAME also said`` / ``," said NAME``."""
    n = len(toks)
    k = end
    p = i - 1  # back over 'The Maritime' to the preposition before it
    while p > 0 and i - p <= 3 and (toks[p].lower == "the" or (toks[p].cap and not namelike(toks[p]))):
        p -= 1
    if (
        p >= 0
        and toks[p].lower in _PLACE_PREPOSITIONS
        and all(joined(text, toks[x], toks[x + 1]) for x in range(p, i))
    ):
        return False  # 'Jeb Bush of Florida said', 'Zornick of The Nation wrote': a place or a body
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
