"""Quotations as data: every quote's exact span, its speaker, and how the speaker was found.

:func:`extract_quotes` finds every quotation in an article, full sentences and
partial phrases alike, and attributes each one. ``article.text[q.start:q.end]
== q.text`` always holds: ``text`` is what lies inside the marks, exactly.

Quotation marks
    Straight (``"``) and curly (``“ ”``) double marks open and close top-level
    quotations. Inside one, single marks (``'…'`` or ``‘…’``) or a second pair
    of curly doubles open a *nested* quotation; an apostrophe between two
    letters (``Japan's``) is never a mark. A quotation still open at the end
    of its paragraph stops there (``closed=False``); if the next paragraph
    opens with a mark, it is the same quotation running on (the newspaper
    convention), and the new piece records the number of the piece it
    ``continues``. Empty quotations (``""``) are skipped.

Full or partial (``kind``)
    ``"full"`` when the quotation starts with a capital letter or a digit at
    the start of a paragraph or sentence, after a colon, or right after a
    reporting verb (``X said "We..."``), and for every later piece of a
    running quotation; ``"partial"`` for a phrase woven into the reporter's own
    sentence (``calling the plan a "practical test"``).

How the speaker is found (``rule``): the first rule that applies wins, in the
order of :data:`RULES`. The attribution clause is searched right after the
closing mark (``"...," X said``), then before the opening mark (``X said:
"..."``, ``X described it as "..."``), then anywhere after the quotation in
its sentence; a quotation with none shares the clause of another quotation
in the same sentence, then falls back to the paragraph and the paragraph
before.

How the fields read for each kind of speaker
    ``speaker`` is a person's full name as first introduced (``"Collins
    said"`` gives the name written when Collins was introduced), an
    institution's name as written without "the" (``"Japan's Foreign
    Ministry"``), a country's name (``"Japan"``), a capital as written
    (``"Tokyo"``, with ``country`` the country it stands for), or, when no
    one better is known, the words of the article (``"officials"``).
    ``speaker_type`` is ``"person"``, ``"institution"`` (government bodies,
    countries and capitals), ``"other"`` (a speaker only described, such as
    "analysts" or an unidentified statement) or ``""`` (unattributed).
    ``role`` is a person's title in the article's own wording, ``""`` for
    institutions. ``via`` is the channel in the article's words: a document
    (``"a statement from the New Zealand government"``), an audience
    (``"reporters"`` for "told reporters") or a venue (``"a press
    conference"``); a quotation attributed by pronoun, continuation or carry
    over keeps the channel of the source it continues. ``""`` means "not
    said". Every text field is ``""`` rather than ``None`` when empty.

Nested quotations have ``parent`` (the number of the enclosing quotation) and
the parent's speaker, with rule ``"nested"``: the enclosing speaker quotes
the phrase. Every top-level quotation has ``parent=None``.

Only the article's words and general knowledge (reporting verbs, role words,
a country table in :mod:`helpers.entities`) are used. Everything is linear in
the length of the article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from types import MappingProxyType

from .entities import scan_entities
from .lexicon import (
    ADVERBS,
    CHANNEL_HEADS,
    CHANNEL_PREPOSITIONS,
    DAYS_MONTHS,
    DETERMINERS,
    DOCUMENT_HEADS,
    FORWARD_STOP,
    GROUP_NOUNS,
    INSTITUTION_HEADS,
    NP_STOP,
    PARTICIPLES,
    PLATFORMS,
    PRONOUNS,
    QUOTING_VERBS,
    REPORTING_VERBS,
    ROLE_ALIASES,
    ROLE_HEADS,
    ROLE_WORDS,
)
from .text import WORD, Token, between, joined, namelike, word_count
from .text.cache import per_article
from .text.marks import MarkSpan, pair_marks

__all__ = ["RULES", "Quote", "extract_quotes", "quotes_by_speaker"]

#: The rule vocabulary: how a quotation's speaker was found (name → what it means).
RULES = MappingProxyType(
    {
        "explicit": "a named person (or a speaker described in words) is the subject of a reporting "
        "verb or of 'according to' in the same sentence: '\"...,\" Ana Vea said'",
        "pronoun": "'she added', 'he said': the most recent speaker the pronoun fits. he/she: a person "
        "not already known by the other pronoun (from an honorific such as Ms or Mr, or an earlier "
        "pronoun), preferring one named in the same paragraph after the latest speaker, then the "
        "latest person speaker, then the latest person named; it: the latest institution; they: "
        "the latest source",
        "institution": "a government body, or a country standing for its government: 'Japan said', "
        "'the ministry said', 'according to a statement from X's Foreign Ministry'",
        "capital": "a capital city standing for its government: 'according to Tokyo'",
        "document": "a document mentioned before speaks: 'the statement added'; the speaker is whoever "
        "issued it (the latest institution quoted, or the issuer named with the document)",
        "nested": "a quotation inside another: the enclosing quotation's speaker quotes it",
        "role reference": "'the PM', 'the minister', 'the Conservative leader': the only person introduced "
        "before with that role",
        "sentence subject": "no reporting verb, but the sentence's subject is a known person or institution: "
        "'Tanaka thanked Morgan for her \"warm welcome\"' (a new subject also stops carrying over)",
        "running": "a piece of a quotation that runs over paragraphs whose speaker is named at another "
        "piece (before the first piece or after the last)",
        "continuation": "no attribution in its sentence: the source named earlier in the same paragraph",
        "carried over": "no attribution in its paragraph: the last source named in the previous paragraph",
        "unattributed": "no speaker found (speaker is '')",
    }
)

#: A pronoun looks back over at most this many person speakers.
PRONOUN_REACH = 20
#: Full or partial is judged from at most this many characters before the opening mark.
KIND_LOOKBACK = 200
#: A reporting verb's subject is never further back than this many words (keeps the work linear).
SUBJECT_REACH = 32
#: A participle's subject ('..., calling the plan a') is at most this many words at the sentence start.
SENTENCE_SUBJECT_WORDS = 8
#: Asides between a subject and its verb: 'Tanaka, meanwhile, thanked ...'.
SUBJECT_ASIDES = frozenset("meanwhile however also though too separately later".split())
#: A channel ('in a statement') is looked for within this many words after the verb.
CHANNEL_REACH = 14


@dataclass(frozen=True)
class Quote:
    """One quotation: its exact span, where it sits, who said it and how we know.

    ``number`` is its 1-based position in the article (by start offset);
    ``parent`` and ``continues`` refer to other quotations by number. See the
    module documentation for how each field reads.

    >>> from helpers import parse_article
    >>> art = parse_article(' date 2030-01-02 "We are ready," said Ana Vea, Tonga\\'s trade minister.')
    >>> q = extract_quotes(art)[0]
    >>> q.text, q.speaker, q.role, q.country, q.kind, q.rule
    ('We are ready,', 'Ana Vea', 'trade minister', 'Tonga', 'full', 'explicit')
    >>> art.text[q.start:q.end] == q.text, q.words
    (True, 3)
    """

    number: int
    text: str
    start: int
    end: int
    paragraph: int
    speaker: str = ""
    role: str = ""
    country: str = ""
    speaker_type: str = ""
    kind: str = "full"
    via: str = ""
    rule: str = "unattributed"
    parent: int | None = None
    continues: int | None = None
    closed: bool = True

    @property
    def words(self) -> int:
        """Number of words in the quotation (``Indo-Pacific`` and ``Japan's`` count as one).

        >>> Quote(1, "a 'Free and Open Indo-Pacific'", 0, 30, 1).words
        5
        """
        return word_count(self.text)

    def to_dict(self) -> dict:
        """Return the quotation as plain data (JSON-ready), with ``words`` included.

        >>> sorted(Quote(1, "Yes.", 18, 22, 1).to_dict())[:6]
        ['closed', 'continues', 'country', 'end', 'kind', 'number']
        """
        return {
            "number": self.number,
            "paragraph": self.paragraph,
            "speaker": self.speaker,
            "role": self.role,
            "country": self.country,
            "speaker_type": self.speaker_type,
            "kind": self.kind,
            "via": self.via,
            "rule": self.rule,
            "text": self.text,
            "words": self.words,
            "start": self.start,
            "end": self.end,
            "parent": self.parent,
            "continues": self.continues,
            "closed": self.closed,
        }


@dataclass(frozen=True)
class _Source:
    speaker: str
    role: str = ""
    country: str = ""
    speaker_type: str = ""
    via: str = ""
    rule: str = "unattributed"
    strong: bool = True  # False when the speaker is only the article's words ("officials")


class _Raw:
    """A quotation span before attribution (offsets absolute)."""

    __slots__ = (
        "close",
        "closed",
        "continues",
        "depth",
        "end",
        "index",
        "open",
        "paragraph",
        "parent",
        "start",
    )

    def __init__(self, span: MarkSpan, offset: int, paragraph: int) -> None:
        self.open = offset + span.open
        self.close = offset + span.close  # offset of the closing mark (end of paragraph if not closed)
        self.start = offset + span.start
        self.end = offset + span.end
        self.paragraph = paragraph
        self.depth = span.depth
        self.closed = span.closed
        self.parent: int | None = span.parent
        self.continues: int | None = None
        self.index = -1


def _kind(text: str, start: int, before_start: int, raw: _Raw, previous_full_in_sentence: bool) -> str:
    """'full' or 'partial' for the quotation starting at ``start`` (see the module docstring)."""
    if raw.continues is not None:
        return "full"
    k = start
    while k < raw.end and (text[k].isspace() or text[k] in "'\"“‘…."):
        k += 1
    first = text[k] if k < raw.end else ""
    before = text[max(before_start, start - KIND_LOOKBACK - 1) : raw.open].rstrip()
    words = WORD.findall(before[-80:])
    last_word = words[-1].lower() if words else ""
    if not (first.isupper() or first.isdigit()):
        if (
            before.endswith(",")
            and previous_full_in_sentence
            and any(w.lower() in REPORTING_VERBS for w in words[-6:])
        ):
            return "full"  # '"We agree," she said, "and we will act."'
        return "partial"
    if not before or before[-1] in ":.!?":
        return "full"
    if last_word in REPORTING_VERBS:
        return "full"
    if before[-1] in ",—–" and any(w.lower() in REPORTING_VERBS for w in words[-6:]):
        return "full"
    return "partial"


class _Attributor:
    """Walks the article once, in order, keeping what a reader remembers."""

    def __init__(self, article, tops: list[_Raw]) -> None:
        self.article = article
        self.text = article.text
        self.scan = scan_entities(article)
        self.last: _Source | None = None
        self.para_source: _Source | None = None
        self.para_start = 0
        self.people: dict[str, _Source] = {}  # person speakers, most recent last
        self.last_person_at = -1  # where the latest person speaker was named
        self.last_institution: _Source | None = None
        self.last_institution_at = -1
        self.pronouns = dict(self.scan.pronoun_hint)
        self.doc_pointer = 0
        self.recent_docs: dict[str, object] = {}  # document word → latest document mention with an issuer
        self.by_role: dict[str, list] = {}
        for person in self.scan.people.values():
            self.by_role.setdefault(person.role.lower(), []).append(person)
        # mentions of people and institutions outside every quotation, for pronouns
        self.persons: list = []
        self.institutions: list = []
        q = 0
        for m in self.scan.mentions:
            while q < len(tops) and tops[q].end < m.start:
                q += 1
            if q < len(tops) and tops[q].start <= m.start < tops[q].end:
                continue
            if m.kind == "person":
                self.persons.append(m)
            elif m.kind == "institution":
                self.institutions.append(m)
        self.person_starts = [m.start for m in self.persons]
        self.institution_starts = [m.start for m in self.institutions]

    # -- state ------------------------------------------------------------
    def advance_to(self, offset: int) -> None:
        """Remember the documents (with an issuer) mentioned before ``offset``."""
        mentions = self.scan.mentions
        while self.doc_pointer < len(mentions) and mentions[self.doc_pointer].start < offset:
            m = mentions[self.doc_pointer]
            if m.kind == "document" and m.canonical:
                self.recent_docs[_document_word(m.text)] = m
            self.doc_pointer += 1

    def use(self, src: _Source, at: int) -> None:
        """``src`` is the source of what is said at offset ``at``."""
        self.last = src
        self.para_source = src
        if src.speaker_type == "person" and src.strong:
            self.people.pop(src.speaker, None)
            self.people[src.speaker] = src
            self.last_person_at = max(self.last_person_at, at)
        elif src.speaker_type == "institution":
            self.last_institution = src
            self.last_institution_at = max(self.last_institution_at, at)

    # -- resolving a noun phrase -----------------------------------------
    def resolve(self, toks: list[Token]) -> _Source | None:
        if not toks:
            return None
        text = self.text
        words = [t.lower for t in toks]
        if len(toks) == 1 and words[0] in PRONOUNS:
            return self.pronoun(words[0], toks[0].start)
        a, b = toks[0].start, toks[-1].end
        written = text[a:b]
        if written[:4] == "The ":
            written = "the " + written[4:]
        mentions = self.scan.mentions_in(a, b)
        for m in reversed(mentions):
            if m.kind == "person":
                if m.end < b and text[m.end : m.end + 2] in ("'s", "’s"):
                    continue  # "Berg's deputy" is not Berg
                person = self.scan.people.get(m.canonical)
                if person is not None:
                    return _Source(person.name, person.role, person.country, "person", rule="explicit")
        for m in reversed(mentions):
            if m.kind == "document":
                return self.document(m, written)
        for m in reversed(mentions):
            if m.kind == "institution":
                return _Source(m.canonical, "", m.country, "institution", rule="institution")
        places = [m for m in mentions if m.kind in ("country", "capital")]
        country = places[0].country if places else ""
        if words[-1] in ROLE_HEADS and not toks[-1].poss:
            first = len(toks) - 1  # the role is the role words at the end: "Berg's deputy" → "deputy"
            while first > 0 and words[first - 1] in ROLE_WORDS and not toks[first - 1].poss:
                first -= 1
            role = " ".join(words[first:])
            for person in reversed(self.by_role.get(role, ())):
                if not country or person.country == country:
                    return _Source(person.name, person.role, person.country, "person", rule="explicit")
            found = self.role_reference(words, a)
            if found is not None:
                return found
            return _Source(written, "", country, "person", rule="explicit", strong=False)
        if words[0] == "the" and len(words) <= 4 and words[-1] in ROLE_ALIASES:
            found = self.role_reference(words, a)
            if found is not None:
                return found
        if len(places) == 1 and all(
            w in ("the",) or places[0].start <= t.start < places[0].end
            for w, t in zip(words, toks, strict=True)
        ):
            m = places[0]
            rule = "capital" if m.kind == "capital" else "institution"
            return _Source(m.canonical, "", m.country, "institution", rule=rule)
        if len(places) > 1 and all(
            w in ("and", "the") or any(p.start <= t.start < p.end for p in places)
            for w, t in zip(words, toks, strict=True)
        ):
            return _Source(written, "", "", "institution", rule="institution")
        if words[-1] in INSTITUTION_HEADS:
            return _Source(written, "", country, "institution", rule="institution", strong=False)
        if words[-1] in DOCUMENT_HEADS:
            return self.document(None, written)
        if all(namelike(t) for t in toks) and len(toks) <= 4:
            return _Source(written, "", "", "person", rule="explicit")
        if len(toks) <= 5 and (words[0] in DETERMINERS or toks[0].cap or words[-1] in GROUP_NOUNS):
            return _Source(written, "", country, "other", rule="explicit", strong=False)
        return None

    def role_reference(self, words: list[str], at: int) -> _Source | None:
        """'the PM', 'the Conservative leader', 'the senator': the only person introduced before
        ``at`` whose role has that head word (and every other word of the reference, if any has)."""
        if words[0] != "the" or len(words) > 4:
            return None
        head = ROLE_ALIASES.get(words[-1], words[-1])
        others = [w for w in words[1:-1]]
        matches = []
        for person in self.scan.people.values():
            if person.start >= at or not person.role:
                continue
            role = person.role.lower()
            role_words = role.replace("-", " ").split()
            if (" " in head and head in role) or (" " not in head and head in role_words):
                matches.append((person, all(w in role_words for w in others)))
        best = [p for p, full in matches if full] or ([p for p, _ in matches] if not others else [])
        if len(best) != 1 and len(matches) == 1:
            best = [matches[0][0]]
        if len(best) != 1:
            return None
        person = best[0]
        return _Source(person.name, person.role, person.country, "person", rule="role reference")

    def pronoun(self, word: str, at: int) -> _Source | None:
        """Resolve a pronoun at offset ``at`` (see ``RULES["pronoun"]``)."""
        if word in ("he", "she"):
            # a person named in this paragraph after the latest speaker ("Soares was asked... she said")
            k = bisect_right(self.person_starts, at - 1) - 1
            if k >= 0:
                m = self.persons[k]
                person = self.scan.people.get(m.canonical)
                if (
                    person is not None
                    and m.start >= self.para_start
                    and m.start > self.last_person_at
                    and self.pronouns.get(person.name, word) == word
                ):
                    self.pronouns[person.name] = word
                    return _Source(person.name, person.role, person.country, "person", rule="pronoun")
            # otherwise the latest person speaker the pronoun fits
            for tried, name in enumerate(reversed(self.people)):
                if tried == PRONOUN_REACH:
                    break
                known = self.pronouns.get(name)
                if known and known != word:
                    continue
                self.pronouns[name] = word
                return replace(self.people[name], rule="pronoun", via=self._inherited_via(name))
            # no speaker fits: the latest person named before, outside quotations
            for back in range(k, max(-1, k - PRONOUN_REACH), -1):
                person = self.scan.people.get(self.persons[back].canonical)
                if person is not None and self.pronouns.get(person.name, word) == word:
                    self.pronouns[person.name] = word
                    return _Source(person.name, person.role, person.country, "person", rule="pronoun")
            return None
        if word == "it":
            k = bisect_right(self.institution_starts, at - 1) - 1
            if k >= 0 and self.institutions[k].start > self.last_institution_at:
                m = self.institutions[k]
                return _Source(m.canonical, "", m.country, "institution", rule="pronoun")
            src = self.last_institution
            if src is None and self.last is not None and self.last.rule == "document":
                src = self.last  # "a joint statement notes ...; it also reiterates ..."
        else:
            src = self.last
        if src is None:
            return None
        return replace(src, rule="pronoun", via=self._inherited_via(src.speaker))

    def _inherited_via(self, speaker: str) -> str:
        """The channel of the latest source, if the pronoun points back to it."""
        return self.last.via if self.last is not None and self.last.speaker == speaker else ""

    def document(self, mention, written: str) -> _Source:
        """A document speaks: who issued it?"""
        if mention is not None and mention.canonical:
            issuer = None
            for m in self.scan.mentions_in(mention.start, mention.end):
                if m is not mention and m.kind != "document" and m.canonical == mention.canonical:
                    issuer = m
                    break
            via = mention.text
            if issuer is not None and issuer.kind == "person":
                person = self.scan.people.get(issuer.canonical)
                if person is not None:
                    return _Source(
                        person.name, person.role, person.country, "person", via=via, rule="explicit"
                    )
            rule = "capital" if issuer is not None and issuer.kind == "capital" else "institution"
            return _Source(mention.canonical, "", mention.country, "institution", via=via, rule=rule)
        word = _document_word(written)
        last = self.last
        if last is not None and word and word in last.via.lower():
            return replace(last, rule="document")
        if last is not None and last.speaker_type == "institution":
            return replace(last, via=written, rule="document")
        earlier = self.recent_docs.get(word)
        if earlier is not None:
            return replace(self.document(earlier, earlier.text), rule="document")
        return _Source(written, "", "", "other", rule="document", strong=False)


def _document_word(text: str) -> str:
    for w in reversed(WORD.findall(text.lower())):
        if w in DOCUMENT_HEADS:
            return w
    return ""


# --------------------------------------------------------------------------
# Clauses: "X said", "said X", "according to X", and the channel after them.


def _back_np(toks: list[Token], k: int, text: str, limit: int = 8) -> int:
    """Start index of the noun phrase ending at ``toks[k]`` (joined words, no stop words)."""
    s = k
    while s > 0 and k - s < limit - 1 and joined(text, toks[s - 1], toks[s]):
        w = toks[s - 1].lower
        if w in NP_STOP or w in REPORTING_VERBS or w in ("according", "to"):
            break
        s -= 1
    return s


def _forward_np(toks: list[Token], i: int, end: int, text: str, limit: int = 8) -> int:
    """Index after the noun phrase starting at ``toks[i]`` (stops at prepositions and punctuation)."""
    j = i
    while j < end and j - i < limit:
        if j > i and (not joined(text, toks[j - 1], toks[j]) or toks[j].lower in FORWARD_STOP):
            break
        j += 1
    return j


def _subject_candidates(toks: list[Token], v: int, text: str) -> list[tuple[int, int, bool]]:
    """Candidate subjects (start, end, from_apposition) for the verb ``toks[v]``, best first."""
    k = v - 1
    while k >= 0 and toks[k].lower in ADVERBS:
        if not joined(text, toks[k], toks[k + 1]):
            break
        k -= 1
    if k > 0 and toks[k].lower == "who" and between(text, toks[k - 1], toks[k]).strip() == ",":
        # "Collins' counterpart, Gilberto Teodoro jnr, who told reporters": the name before "who"
        return [(_back_np(toks, k - 1, text, limit=6), k, True)]
    if k < 0 or toks[k].lower in NP_STOP:
        return []
    gap = text[toks[k].end : toks[k + 1].start]
    if joined(text, toks[k], toks[k + 1]):
        return [(_back_np(toks, k, text), k + 1, False)]
    if gap.strip() != ",":
        return []
    # "Ana Vea, Tonga's trade minister, said" / "Vea, who chairs the committee, said":
    # the words between the two commas, then the name before them
    s1 = k
    while s1 > 0 and k - s1 < 12 and text[toks[s1 - 1].end : toks[s1].start].isspace():
        s1 -= 1
    out = []
    if s1 > 0 and text[toks[s1 - 1].end : toks[s1].start].strip() == ",":
        s0 = _back_np(toks, s1 - 1, text, limit=6)
        out.append((s0, s1, True))
    out.append((s1, k + 1, True))
    return out


def _channel(toks: list[Token], i: int, end: int, verb: str, text: str) -> str:
    """The channel named after a reporting verb, in the article's words ('' if none)."""
    if verb in ("told", "tells", "telling") and i < end:
        # the audience: "reporters", "the Herald" (a second "the" starts what was told)
        j = _forward_np(toks, i, end, text, limit=5)
        for k in range(i + 1, j):
            if toks[k].lower in ("the", "a", "an"):
                j = k
                break
        if j > i:
            return text[toks[i].start : toks[j - 1].end]
    k = i
    while k < end and k - i < CHANNEL_REACH:
        w = toks[k].lower
        if w == "according" and k + 2 < end and toks[k + 1].lower == "to":
            j = _forward_np_long(toks, k + 2, end, text)
            return text[toks[k + 2].start : toks[j - 1].end]
        if w in CHANNEL_PREPOSITIONS and k + 1 < end:
            h = _channel_head(toks, k, end, text)
            if h is not None:
                return text[toks[k + 1].start : toks[_channel_end(toks, h, end, text)].end]
        k += 1
    return ""


def _channel_head(toks: list[Token], k: int, end: int, text: str) -> int | None:
    """After the preposition ``toks[k]``: the index of a channel's head word ('statement', 'Facebook')."""
    for h in range(k + 1, min(end, k + 6)):
        if not joined(text, toks[h - 1], toks[h]):
            return None
        if toks[h].lower in CHANNEL_HEADS or (toks[h].cap and toks[h].lower in PLATFORMS):
            return h
    return None


def _channel_end(toks: list[Token], h: int, end: int, text: str) -> int:
    """'a post on X', 'an interview with NHK': the platform or outlet after the head, if named."""
    m = h + 1
    if (
        m + 1 < end
        and toks[m].lower in ("on", "with")
        and joined(text, toks[h], toks[m])
        and toks[m + 1].cap
        and toks[m + 1].lower not in DAYS_MONTHS
    ):
        last = m + 1
        while (
            last + 1 < end
            and last - m < 3
            and toks[last + 1].cap
            and joined(text, toks[last], toks[last + 1])
        ):
            last += 1
        return last
    return h


def _leading_channel(sentence: list[Token], before: int, text: str) -> str:
    """'In a statement, the ministry said': a channel that opens the sentence, up to its comma."""
    if len(sentence) < 3 or sentence[0].lower not in CHANNEL_PREPOSITIONS:
        return ""
    h = _channel_head(sentence, 0, len(sentence), text)
    if h is None or sentence[h].start >= before:
        return ""
    last = _channel_end(sentence, h, len(sentence), text)
    return text[sentence[1].start : sentence[last].end]


def _according_np(toks: list[Token], k: int, end: int, text: str) -> tuple[int, int] | None:
    if k + 2 < end and toks[k + 1].lower == "to":
        j = _forward_np_long(toks, k + 2, end, text)
        if j > k + 2:
            return k + 2, j
    return None


def _forward_np_long(toks: list[Token], i: int, end: int, text: str) -> int:
    """Index after the phrase starting at ``toks[i]``, up to punctuation (at most 10 words)."""
    j = i + 1
    while j < end and j - i < 10 and joined(text, toks[j - 1], toks[j]) and toks[j].lower not in NP_STOP:
        j += 1
    return j


class _Clause:
    __slots__ = ("first", "source")

    def __init__(self, source: _Source, first: int) -> None:
        self.source = source
        self.first = first  # index of the clause's first word in the token list


def _clauses(att: _Attributor, toks: list[Token], lo: int, hi: int, sentence: list[Token]) -> list[_Clause]:
    """Every attribution clause among ``toks[lo:hi]``, in text order (resolved now, in order)."""
    text = att.text
    out: list[_Clause] = []
    k = lo
    while k < hi:
        w = toks[k].lower
        if w == "according":
            span = _according_np(toks, k, hi, text)
            if span is not None:
                src = att.resolve(toks[span[0] : span[1]])
                if src is not None:
                    out.append(_Clause(src, k))
                    k = span[1]
                    continue
        elif w in QUOTING_VERBS:
            span = _quoted_as(toks, k, hi, text)
            if span is not None:
                src = att.resolve(toks[span[0] : span[1]])
                if src is not None and src.strong:
                    out.append(_Clause(src, k))
                    k = span[1] + 2  # past "as saying": the outlet's own clause is not the speaker's
                    continue
        elif w in REPORTING_VERBS:
            src, first = _verb_clause(att, toks, lo, k, hi, sentence)
            if src is not None:
                out.append(_Clause(src, first))
        k += 1
    return out


def _quoted_as(toks: list[Token], k: int, end: int, text: str) -> tuple[int, int] | None:
    """'it quoted X as saying': the span of X (at most eight words), or ``None``."""
    j = k + 1
    while j < end and j - k <= 8 and toks[j].lower != "as":
        j += 1
    if j == k + 1 or j + 1 >= end or toks[j].lower != "as" or toks[j + 1].lower not in PARTICIPLES:
        return None
    return k + 1, j


def _verb_clause(att, toks, lo, v, hi, sentence) -> tuple[_Source | None, int]:
    text = att.text
    verb = toks[v].lower
    src = None
    first = v
    after = v + 1
    coordinated = v > lo and toks[v - 1].lower == "and" and joined(text, toks[v - 1], toks[v])
    if verb in PARTICIPLES or coordinated:
        # "..., calling the plan a": the subject is the one at the start of the sentence
        if sentence:
            j = 0
            while (
                j < len(sentence)
                and j < SENTENCE_SUBJECT_WORDS
                and (
                    sentence[j].cap
                    or sentence[j].lower in DETERMINERS
                    or sentence[j].lower in ROLE_WORDS
                    or sentence[j].lower in INSTITUTION_HEADS
                    or sentence[j].lower in PRONOUNS
                )
            ):
                if j and not joined(text, sentence[j - 1], sentence[j]):
                    break
                j += 1
            if j and sentence[0].start < toks[v].start:
                src = att.resolve(sentence[:j])
                if src is not None and not src.strong:
                    src = None
    else:
        base = max(lo, v - SUBJECT_REACH)
        weak = None
        for s, e, appositive in _subject_candidates(toks[base : v + 1], v - base, text):
            cand = att.resolve(toks[base + s : base + e])
            if cand is not None and (cand.strong or not appositive):
                src, first = cand, base + s
                break
            if cand is not None and weak is None and toks[base + s].lower in DETERMINERS:
                weak = (cand, base + s)  # "The headline in the Washington Post, taken from ..., said"
        if src is None and weak is not None:
            src, first = weak
        if src is None and (v == lo or _inverted_ok(toks, lo, v, text)):
            e = _forward_np(toks, v + 1, hi, text)
            if e > v + 1:
                src = att.resolve(toks[v + 1 : e])
                after = e
    if src is None:
        return None, v
    channel = (
        _channel(toks, after, hi, verb, text)
        or _channel(toks, first + 1, v, verb, text)  # "X, speaking at the Shangri-La Dialogue, said"
        or _leading_channel(sentence, toks[v].start, text)
    )
    if channel:  # a channel named in this clause wins over one inherited
        src = replace(src, via=channel)
    return src, first


def _inverted_ok(toks, lo, v, text) -> bool:
    """``," said X``: the verb follows a quotation's closing mark or a comma."""
    if v == 0:
        return False
    gap = text[toks[v - 1].end : toks[v].start]
    return any(ch in gap for ch in ',"”?!')


# --------------------------------------------------------------------------
# The walk


@per_article
def extract_quotes(article) -> tuple[Quote, ...]:
    """Every quotation in ``article``, attributed, in text order (nested ones after their parent).

    Four named passes: find and pair the marks (:func:`helpers.text.marks.pair_marks`),
    link running quotations, attach each quotation to its clauses and resolve
    the speakers paragraph by paragraph, then give nested quotations their
    parent's speaker. The result is computed once per article and shared.

    >>> from helpers import load_seeds
    >>> quotes = extract_quotes(load_seeds()[0])
    >>> len(quotes), quotes[0].kind, quotes[0].rule
    (10, 'partial', 'carried over')
    >>> [q.speaker for q in quotes if q.paragraph == 4]
    ['Judith Collins']
    >>> from helpers import parse_article
    >>> extract_quotes(parse_article(" date 2030-01-02 No quotations here."))
    ()
    """
    raws, per_para = _all_raw(article)
    walk = _Walk(article, raws, per_para)
    for para, found in zip(article.paragraphs, per_para, strict=True):
        walk.paragraph(para, found)
    walk.nested()
    text = article.text
    return tuple(_quote(r, text, walk.sources.get(r.index), walk.kinds.get(r.index, "partial")) for r in raws)


class _Sentence:
    """One sentence of a paragraph: its bounds and the indexes of its words outside quotations."""

    __slots__ = ("end", "hi", "index", "lo", "start", "words")

    def __init__(self, index, start, end, lo, hi, words) -> None:
        self.index, self.start, self.end, self.lo, self.hi, self.words = index, start, end, lo, hi, words


class _Walk:
    """The attribution pass: reads the article paragraph by paragraph, as a reader does."""

    def __init__(self, article, raws: list[_Raw], per_para: list[list[_Raw]]) -> None:
        self.article = article
        self.text = article.text
        self.raws = raws
        self.per_para = per_para
        self.att = _Attributor(article, [r for r in raws if r.depth == 0])
        self.sentences = _sentences_by_paragraph(article)
        self.following = {r.continues: r.index for r in raws if r.continues is not None}
        self.sources: dict[int, _Source] = {}
        self.kinds: dict[int, str] = {}
        # first piece of a running quotation → (the piece whose closing clause names the speaker, its source)
        self.anchors: dict[int, tuple[int, _Source]] = {}
        self.group_first: dict[int, int] = {}  # piece of a running quotation → its first piece
        self.prev_para_source: _Source | None = None

    # -- one paragraph -----------------------------------------------------
    def paragraph(self, para, found: list[_Raw]) -> None:
        att = self.att
        att.para_source = None
        att.para_start = para.start
        tops = [r for r in found if r.depth == 0]
        self.outside = _outside(att.scan.tokens[para.number - 1], tops)
        self.starts = [t.start for t in self.outside]
        self.bounds = self.sentences[para.number - 1]
        self.sent_starts = [b[0] for b in self.bounds]
        self.next_open = {
            r.index: (tops[i + 1].open if i + 1 < len(tops) else para.end) for i, r in enumerate(tops)
        }
        by_sentence: dict[int, list[_Raw]] = {}
        for r in tops:
            by_sentence.setdefault(max(0, bisect_right(self.sent_starts, r.open) - 1), []).append(r)
        for si, (s_start, s_end) in enumerate(self.bounds):
            lo = bisect_right(self.starts, s_start - 1)
            hi = bisect_right(self.starts, s_end - 1)
            sent = _Sentence(si, s_start, s_end, lo, hi, self.outside[lo:hi])
            qs = by_sentence.get(si, [])
            if qs:
                own = self.own_clauses(sent, qs)
                self.share(sent, qs, own)
                self.set_kinds(sent, qs)
            else:
                self.remember(sent)
        att.advance_to(para.end)
        self.prev_para_source = att.para_source

    def remember(self, sent: _Sentence) -> None:
        """A sentence without quotations: remember who is said to have said something."""
        att = self.att
        att.advance_to(sent.end)
        clauses = _clauses(att, self.outside, sent.lo, sent.hi, sent.words)
        for clause in clauses:
            if _worth_remembering(clause.source):
                att.use(clause.source, self.outside[clause.first].start)
        if not clauses:
            subject = self.sentence_subject(sent)
            if subject is not None and att.last is not None and subject.speaker != att.last.speaker:
                att.use(subject, sent.start)  # a new subject: carrying over stops here

    def appositive_person(self, words: list[Token], k: int):
        """'Fiji's navy commander, Commodore Ana Vea, put it': the person named after the title's comma."""
        scan, text = self.att.scan, self.text
        limit = words[min(len(words), SENTENCE_SUBJECT_WORDS) - 1].end
        for m in scan.mentions[k : k + 12]:
            if m.start >= limit:
                return None
            if m.kind == "person" and text[m.end : m.end + 1] == ",":
                before = [t for t in words if t.end <= m.start]
                if all(t.cap or t.poss or t.lower in ROLE_WORDS or t.lower in DETERMINERS for t in before):
                    return m
        return None

    def sentence_subject(self, sent: _Sentence) -> _Source | None:
        """A known person or institution that opens the sentence as its subject (see RULES)."""
        words = sent.words
        if not words or words[0].start != sent.start:
            return None
        scan = self.att.scan
        k = bisect_right(scan.starts, words[0].start - 1)
        if k >= len(scan.mentions) or scan.mentions[k].start != words[0].start:
            return None
        m = scan.mentions[k]
        if m.kind in ("person", "institution") and self.text[m.end : m.end + 2] not in ("'s", "’s"):
            found = self._subject_at(words, m, appositive=False)
            if found is not None:
                return found
        m = self.appositive_person(words, k)
        return None if m is None else self._subject_at(words, m, appositive=True)

    def _subject_at(self, words: list[Token], m, appositive: bool) -> _Source | None:
        """The mention ``m`` is the subject if a verb (or an aside such as ', meanwhile,') follows it."""
        s = 0
        while s < len(words) and words[s].start < m.start:
            s += 1
        n = s
        while n < len(words) and words[n].end <= m.end:
            n += 1
        if n >= len(words) or n == s:
            return None
        gap = self.text[words[n - 1].end : words[n].start]
        nxt = words[n]
        verb = not nxt.cap and nxt.lower not in ("and", "or", "of") and nxt.lower not in ROLE_WORDS
        if appositive:
            ok = gap.strip() == "," and verb and nxt.lower not in NP_STOP
        else:
            ok = (gap.isspace() and verb) or (gap.strip() == "," and nxt.lower in SUBJECT_ASIDES)
        if not ok:
            return None
        src = self.att.resolve(words[s:n])
        if src is None or not src.strong:
            return None
        return replace(src, rule="sentence subject", via="")

    # -- a quotation's own clause --------------------------------------------
    def own_clauses(self, sent: _Sentence, qs: list[_Raw]) -> dict[int, _Source]:
        """The clause of each quotation in the sentence, where it has one of its own."""
        att = self.att
        own: dict[int, _Source] = {}
        prev_close = sent.start - 1
        for r in qs:
            att.advance_to(r.open)
            if r.continues is not None:
                src = self.running_piece(r)
            else:
                src = self.clause_for(r, sent, prev_close)
            if src is not None:
                own[r.index] = src
                att.use(src, r.open)
            prev_close = r.close
        return own

    def running_piece(self, r: _Raw) -> _Source | None:
        """A later piece of a running quotation: the speaker of the quotation it continues."""
        first = self.group_first.get(r.continues, r.continues)
        self.group_first[r.index] = first
        group = self.sources.get(first)
        if group is None or not group.speaker:
            return None
        anchor = self.anchors.get(first)
        return anchor[1] if anchor and anchor[0] == r.index else replace(group, rule="running")

    def clause_for(self, r: _Raw, sent: _Sentence, prev_close: int) -> _Source | None:
        """The rules in order: after the closing mark, before the opening mark, later in the
        sentence, then (a running quotation) after the closing mark of its last piece."""
        att, starts = self.att, self.starts
        src = None
        tail: list[_Clause] = []
        if r.closed:
            src, tail = self.after_close(r, sent)
        if src is None:  # 'X said: "..."', 'X called it a "..."'
            h_lo = bisect_right(starts, max(prev_close, sent.start - 1))
            h_hi = bisect_right(starts, r.open)
            clauses = _clauses(att, self.outside, h_lo, h_hi, sent.words)
            if clauses:
                src = clauses[-1].source
        if src is None and tail:
            src = tail[0].source
        if src is None and r.index in self.following:
            last = r.index
            while last in self.following:
                last = self.following[last]
            found = _closing_attribution(att, self.raws[last], self.per_para, self.sentences)
            if found is not None:
                self.anchors[r.index] = (last, found)
                src = replace(found, rule="running")
        return src

    def after_close(self, r: _Raw, sent: _Sentence) -> tuple[_Source | None, list[_Clause]]:
        """Right after the closing mark: '"...," X said' (or '"...?" X asked.')."""
        att, starts, text = self.att, self.starts, self.text
        limit = self.next_open[r.index]
        t_lo = bisect_right(starts, r.close)
        t_hi = bisect_right(starts, min(sent.end, limit) - 1)
        asks = text[r.start : r.end].rstrip()[-1:] in ("?", "!")
        tail: list[_Clause] = []
        if asks and t_lo == t_hi and t_lo < len(starts) and starts[t_lo] < limit:
            # the sentence ends inside the marks ('"Why?" Moe asked.'): read on into the next
            ext = self.bounds[max(0, bisect_right(self.sent_starts, starts[t_lo]) - 1)][1]
            t_hi = bisect_right(starts, min(ext, limit) - 1)
            clauses = _clauses(att, self.outside, t_lo, t_hi, self.outside[t_lo:t_hi])
        else:
            clauses = _clauses(att, self.outside, t_lo, t_hi, sent.words)
            tail = clauses
        if clauses and clauses[0].first == t_lo:
            return clauses[0].source, tail
        return None, tail

    # -- no clause of its own ------------------------------------------------
    def share(self, sent: _Sentence, qs: list[_Raw], own: dict[int, _Source]) -> None:
        """The sentence's clause, then the paragraph's source, then the previous paragraph's."""
        att = self.att
        next_own: list[_Source | None] = [None] * len(qs)
        found_later = None
        for n in range(len(qs) - 1, -1, -1):
            next_own[n] = found_later
            found_later = own.get(qs[n].index, found_later)
        found_earlier = None
        for n, r in enumerate(qs):
            src = own.get(r.index)
            if src is None:
                src = next_own[n] or found_earlier
                if src is None:
                    src = self.sentence_subject(sent)
                if src is None and att.para_source is not None:
                    ps = att.para_source
                    src = replace(ps, rule="carried over" if ps.rule == "carried over" else "continuation")
                elif src is None and self.prev_para_source is not None:
                    src = replace(self.prev_para_source, rule="carried over")
                if src is not None:
                    att.use(src, r.open)
            else:
                found_earlier = src
            self.sources[r.index] = src or _Source("", rule="unattributed")

    def set_kinds(self, sent: _Sentence, qs: list[_Raw]) -> None:
        for n, r in enumerate(qs):
            prev_full = n > 0 and self.kinds.get(qs[n - 1].index) == "full"
            before_start = max(sent.start, qs[n - 1].close + 1) if n else sent.start
            self.kinds[r.index] = _kind(self.text, r.start, before_start, r, prev_full)

    def nested(self) -> None:
        """Nested quotations take their parent's speaker."""
        previous_close: dict[int, int] = {}  # parent → closing mark of its latest nested quotation
        for r in self.raws:
            if r.depth == 1:
                parent = self.sources.get(r.parent) or _Source("", rule="unattributed")
                self.sources[r.index] = replace(parent, rule="nested" if parent.speaker else "unattributed")
                before_start = previous_close.get(r.parent, self.raws[r.parent].start - 1) + 1
                self.kinds[r.index] = _kind(self.text, r.start, before_start, r, False)
                previous_close[r.parent] = r.close


def _quote(r: _Raw, text: str, src: _Source | None, kind: str) -> Quote:
    src = src or _Source("", rule="unattributed")
    return Quote(
        number=r.index + 1,
        text=text[r.start : r.end],
        start=r.start,
        end=r.end,
        paragraph=r.paragraph,
        speaker=src.speaker,
        role=src.role,
        country=src.country,
        speaker_type=src.speaker_type if src.speaker else "",
        kind=kind,
        via=src.via,
        rule=src.rule if src.speaker else "unattributed",
        parent=None if r.parent is None else r.parent + 1,
        continues=None if r.continues is None else r.continues + 1,
        closed=r.closed,
    )


def _all_raw(article) -> tuple[list[_Raw], list[list[_Raw]]]:
    """Every quotation span, numbered in text order, with running quotations linked."""
    raws: list[_Raw] = []
    per_para: list[list[_Raw]] = []
    for para in article.paragraphs:
        found = [_Raw(span, para.start, para.number) for span in pair_marks(para.text)]
        base = len(raws)
        for k, r in enumerate(found):
            r.index = base + k
            if r.parent is not None:
                r.parent += base
        raws.extend(found)
        per_para.append(found)
    for k in range(1, len(per_para)):
        prev_tops = [r for r in per_para[k - 1] if r.depth == 0]
        cur = per_para[k]
        if prev_tops and not prev_tops[-1].closed and cur and cur[0].open == article.paragraphs[k].start:
            cur[0].continues = prev_tops[-1].index
    return raws, per_para


def _closing_attribution(att, last: _Raw, per_para, sentences) -> _Source | None:
    """The clause right after the closing mark of a running quotation's last piece."""
    if not last.closed:
        return None
    tops = [x for x in per_para[last.paragraph - 1] if x.depth == 0]
    outside = _outside(att.scan.tokens[last.paragraph - 1], tops)
    starts = [t.start for t in outside]
    bounds = sentences[last.paragraph - 1]
    sent_starts = [b[0] for b in bounds]
    following_open = [x.open for x in tops if x.open > last.close]
    limit = following_open[0] if following_open else att.article.paragraphs[last.paragraph - 1].end
    lo = bisect_right(starts, last.close)
    if lo >= len(starts) or starts[lo] >= limit:
        return None
    end = bounds[max(0, bisect_right(sent_starts, starts[lo]) - 1)][1]
    hi = bisect_right(starts, min(end, limit) - 1)
    clauses = _clauses(att, outside, lo, hi, outside[lo:hi])
    if clauses and clauses[0].first == lo:
        return clauses[0].source
    return None


def _worth_remembering(src: _Source) -> bool:
    """A source named outside any quotation counts if it is known, or a group ("officials said")."""
    last = src.speaker.split()[-1:] if src.speaker else []
    return src.strong or (bool(last) and last[0].lower() in GROUP_NOUNS)


def _sentences_by_paragraph(article) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = [[] for _ in article.paragraphs]
    for s in article.sentences():
        out[s.paragraph - 1].append((s.start, s.end))
    for k, para in enumerate(article.paragraphs):
        if not out[k]:
            out[k].append((para.start, para.end))
    return out


def _outside(toks: list[Token], tops: list[_Raw]) -> list[Token]:
    """The words outside every top-level quotation (both lists are in text order)."""
    out = []
    q = 0
    for t in toks:
        while q < len(tops) and tops[q].close < t.start:
            q += 1
        if q < len(tops) and tops[q].open <= t.start <= tops[q].close:
            continue
        out.append(t)
    return out


def quotes_by_speaker(article) -> dict[str, int]:
    """How many quotations each speaker has, most first (``''`` collects the unattributed).

    >>> from helpers import load_seeds
    >>> quotes_by_speaker(load_seeds()[0])["Judith Collins"]
    2
    """
    counts: dict[str, int] = {}
    for q in extract_quotes(article):
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
