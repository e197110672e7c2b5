"""People the entity scan leaves out but a reader of news knows as people: names used as a subject.

The entity scan (:mod:`helpers.text.people`) records a person introduced by a
title, an apposition, an honorific or a reporting verb; that is what the
course's tables show, and it stays so. Attribution needs more: in "Carly
Fiorina spoke on Monday. ... "There are two looks," she said", "she" is
Carly Fiorina, whom no title introduced. :func:`subject_people` finds such
names for the attribution pass only: a run of two to four name-like words in
a subject's place (followed by a lower-case word, a comma, or ``'s``), not an
organisation's name, not inside a quotation, and each later mention of one of
them by surname ("Fiorina opened ..."), also where the entity scan knows that
surname only alone, from a later "Fiorina said".

>>> from helpers import parse_article
>>> from helpers.entities import scan_entities
>>> art = parse_article(" date 2016-01-02 Carly Fiorina spoke. Fiorina left the White House.")
>>> people, mentions = subject_people(art, scan_entities(art), [])
>>> list(people), [m.text for m in mentions]
(['Carly Fiorina'], ['Carly Fiorina', 'Fiorina'])
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import PLACE_WORDS
from .given_names import FEMALE, MALE
from .mentions import Mention, Person
from .names import PLACE_STARTS, initials, name_run, namelike
from .tokens import TITLE_ABBREVIATIONS, joined

__all__ = ["NOT_PERSON_HEADS", "name_after_description", "opens_with", "subject_people"]

#: Last words of a capitalised run that name an organisation, a place or a thing, not a person.
NOT_PERSON_HEADS = frozenset(
    """house party court times post news journal committee campaign center centre university school
    college institute foundation group network street avenue county state states city club team act bill
    plan program programme fund bank union church association council shimbun press review magazine
    channel radio television airport station hall tower square park river island islands valley""".split()
)


def _subject_run(toks, i: int, end: int, text: str) -> bool:
    """Words ``i..end`` stand where a subject stands: a lower-case word, an apposition or ``'s`` follows.

    >>> from helpers.text import tokenize
    >>> text = "Marine Resources, Teina Mare, said"
    >>> toks = tokenize(text)
    >>> _subject_run(toks, 0, 2, text), _subject_run(toks, 2, 4, text)
    (False, True)
    """
    if not 2 <= end - i <= 4 or toks[end - 1].lower in NOT_PERSON_HEADS:
        return False
    if toks[end - 1].poss:
        return True
    if end >= len(toks):
        return False
    gap = text[toks[end - 1].end : toks[end].start]
    nxt = toks[end]
    if gap.isspace() and nxt.lower == "of" and (
        toks[i].text in TITLE_ABBREVIATIONS  # "Rep. Mele Taufa of the fisheries committee"
        or (end + 1 < len(toks) and toks[end + 1].cap and namelike(toks[i]) and namelike(toks[end - 1]))
    ):
        return True  # "Mele Kata of Levuka, Fiji, says"
    if gap.strip() == ",":  # an apposition: "Ryan English, the campaign's director," (not "X, Teina Mare,")
        return not nxt.cap or nxt.lower in ("the", "a", "an")
    return gap.isspace() and not nxt.cap and nxt.lower not in ("of", "and")


def _inside(offset: int, tops, tops_open) -> bool:
    k = bisect_right(tops_open, offset) - 1
    return k >= 0 and offset <= tops[k].close


def subject_people(article, scan, tops) -> tuple[dict[str, Person], list[Mention]]:
    """Extra people for attribution (not in ``scan.people``) and their mentions outside the quotations
    ``tops`` (spans with ``open`` and ``close``, in text order); see the module documentation.

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
    >>> art = parse_article(" date 2016-01-02 The Supreme Court ruled. Ana Vea's plan stands.")
    >>> list(subject_people(art, scan_entities(art), [])[0])
    ['Ana Vea']
    """
    finder = _Finder(article.text, scan, tops)
    for number, toks in enumerate(scan.tokens, start=1):
        i = 0
        while i < len(toks):
            i = finder.at(number, toks, i)
    return finder.people, finder.found


class _Finder:
    """The state of :func:`subject_people` as it reads the article's words in order."""

    def __init__(self, text: str, scan, tops) -> None:
        self.text, self.scan, self.tops = text, scan, tops
        self.taken = {(m.start, m.end) for m in scan.mentions}
        self.covered = [(m.start, m.end) for m in scan.mentions]
        self.starts = [c[0] for c in self.covered]
        self.tops_open = [t.open for t in tops]
        self.people: dict[str, Person] = {}
        self.surnames: dict[str, str] = {}  # surname → an extra person's full name
        self.named: dict[str, tuple[str, int, int, int]] = {}  # surname → a full name seen, not yet a person
        self.found: list[Mention] = []

    def at(self, number: int, toks, i: int) -> int:
        """Read the word ``toks[i]`` of paragraph ``number``; the index of the next word to read."""
        text, scan, tok = self.text, self.scan, toks[i]
        if not tok.cap or not namelike(tok) or _inside(tok.start, self.tops, self.tops_open):
            return i + 1
        k = bisect_right(self.starts, tok.start) - 1
        if k >= 0 and self.covered[k][0] <= tok.start < self.covered[k][1]:
            return i + 1  # the entity scan already knows this word
        end = max(name_run(toks, i, text), i + 1)
        start, stop = tok.start, toks[end - 1].start + len(toks[end - 1].base)
        name = text[start:stop]
        if end - i == 1 and tok.base in self.surnames and (start, stop) not in self.taken:
            self.found.append(Mention("person", name, self.surnames[tok.base], "", number, start, stop))
        elif end - i == 1 and tok.base in self.named and _bare_subject(toks, i, text):
            # 'Julianne Moore, Kerry Washington and …' paragraphs before 'Moore thanked him'
            full, first_number, first_start, first_stop = self.named.pop(tok.base)
            self.add(full, tok.base, first_number, first_start, first_stop)
            self.found.append(Mention("person", name, full, "", number, start, stop))
        elif name in scan.people or (i and end - i <= 2 and _inside_a_name(text, toks[i - 1], tok)):
            pass
        elif i and toks[i - 1].lower == "the" and joined(text, toks[i - 1], tok) and not _given(tok):
            pass  # 'the Armenian Patriarchate of Jerusalem' is a body ('the Bernie Sanders campaign' names him)
        elif _subject_run(toks, i, end, text):
            self.add(name, toks[end - 1].base, number, start, stop)
            self.found.append(Mention("person", name, name, "", number, start, stop))
        elif 2 <= end - i <= 4 and toks[end - 1].lower not in NOT_PERSON_HEADS and not toks[end - 1].poss:
            first = i  # 'Gov. Mele Kata', 'Republican Donald Trump': the name from its given name
            while end - first > 2 and (toks[first].text in TITLE_ABBREVIATIONS or _given(toks[first + 1])):
                if _given(toks[first]):
                    break
                first += 1
            full = text[toks[first].start : stop]
            self.named.setdefault(toks[end - 1].base, (full, number, toks[first].start, stop))
        return end

    def add(self, name: str, surname: str, number: int, start: int, stop: int) -> None:
        """Record a person for attribution (once), and their surname unless the scan knows it for another."""
        if name in self.people:
            return
        self.people[name] = Person(name, surname, "", "", number, start, stop)
        known = self.scan.surnames.get(surname)
        if known is None or known.name == surname:  # the scan knows only 'Trump', later
            self.surnames[surname] = name


def _given(tok) -> bool:
    """A common given name ('Donald', 'Hillary'; :mod:`~helpers.text.given_names`)."""
    return tok.lower in FEMALE or tok.lower in MALE


def _bare_subject(toks, i: int, text: str) -> bool:
    """A lone surname where a subject stands: opening its sentence or clause, a lower-case verb after it.

    >>> from helpers.text import tokenize
    >>> t = "Fans cheered. Moore thanked him, and met Moore later."
    >>> _bare_subject(tokenize(t), 2, t), _bare_subject(tokenize(t), 8, t)
    (True, False)
    """
    tok = toks[i]
    if tok.poss or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if not text[tok.end : nxt.start].isspace() or nxt.cap or nxt.lower in ("and", "or", "of"):
        return False
    if i == 0:
        return True
    before = text[toks[i - 1].end : tok.start]
    return any(ch in before for ch in ".,;:(") or toks[i - 1].lower in ("but", "and", "so", "yet", "then")


def name_after_description(text: str, toks) -> str | None:
    """The name that ends the words ``toks`` after a description, or None: the description is kept
    out ("Clinton's top aide Jake Sullivan", "the council's adviser Ana Pulu").

    >>> from helpers.text import tokenize
    >>> text = "Clinton's top foreign policy aide Jake Sullivan"
    >>> name_after_description(text, tokenize(text)), name_after_description("Ana Vea", tokenize("Ana Vea"))
    ('Jake Sullivan', None)
    >>> name_after_description("treasurer R.J. Waqa", tokenize("treasurer R.J. Waqa"))
    'R.J. Waqa'
    """
    r = len(toks)
    while (
        r > 0
        and (namelike(toks[r - 1]) or (initials(toks[r - 1]) and r < len(toks)))
        and not toks[r - 1].poss
        and (r == len(toks) or joined(text, toks[r - 1], toks[r]))
    ):
        r -= 1
    if r == 0 or r == len(toks) or toks[r - 1].lower in ("of", "for", "and", "at", "to"):
        return None
    if len(toks) - r < 2 and toks[r - 1].cap:
        return None
    if len(toks) - r <= 2 and _inside_a_name(text, toks[r - 1], toks[r]):
        return None  # 'a New Hampshire Republican': the end of a longer name, not a person's
    return text[toks[r].start : toks[-1].end]


def _inside_a_name(text: str, before, first) -> bool:
    """A place word runs into a short name: 'New' in 'a New Hampshire Republican' (a longer run
    holds a title and a person's name: 'South Carolina Gov. Jim Hodges')."""
    return (
        (before.text in PLACE_STARTS or before.base in PLACE_WORDS)
        and not before.poss
        and joined(text, before, first)
    )


def opens_with(text: str, word: str, at: int) -> bool:
    """The sentence starting at ``at`` opens with the pronoun ``word`` (after any quotation marks).

    >>> opens_with('He said Mateen was ill.', "he", 0), opens_with("Hector spoke.", "he", 0)
    (True, False)
    """
    k = at
    while k < len(text) and text[k] in "\"“'‘ ":
        k += 1
    head = text[k : k + len(word) + 1]
    return head[: len(word)].lower() == word and not head[len(word) :].isalpha()
