"""Who is speaking: the reader's memory as the article is read, and how a noun phrase names a source.

:class:`Attributor` keeps what a reader remembers (the latest speaker, the
latest person and institution, the documents mentioned) and resolves the
words of a reporting clause (``"the ministry"``, ``"she"``, ``"the PM"``) to
a :class:`Source`. It reads an entity scan (:func:`helpers.text.entity_scan.scan_entities`).

>>> Source("Ana Vea", rule="explicit").speaker
'Ana Vea'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from ..lexicon import (
    DETERMINERS,
    DOCUMENT_HEADS,
    GROUP_NOUNS,
    INSTITUTION_HEADS,
    PRONOUNS,
    ROLE_ALIASES,
    ROLE_HEADS,
    ROLE_WORDS,
)
from .genders import pronouns_in_article
from .given_names import pronoun_of
from .names import namelike
from .subjects import name_after_description, subject_people
from .tokens import WORD, Token
from .vocabulary import Rule, SpeakerType

__all__ = [
    "Attributor",
    "Source",
    "document_word",
    "worth_remembering",
]


@dataclass(frozen=True)
class Source:
    """Who is speaking (``speaker``, ``role``, ``country``, ``speaker_type``), through what (``via``), by which rule.

    ``strong`` is False when the speaker is only the article's words ("officials").

    >>> Source("Ana Vea", rule="explicit").strong
    True
    """

    speaker: str
    role: str = ""
    country: str = ""
    speaker_type: SpeakerType = ""
    via: str = ""
    rule: Rule = "unattributed"
    strong: bool = True  # False when the speaker is only the article's words ("officials")


class Attributor:
    """Walks the article once, in order, keeping what a reader remembers.

    ``scan`` is the article's entity scan; ``tops`` its top-level quotation
    spans (objects with ``start`` and ``end``), whose mentions are not
    antecedents for pronouns.

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
    >>> art = parse_article(" date 2030-01-02 Ms Ana Vea spoke.")
    >>> att = Attributor(art, scan_entities(art), [])
    >>> att.pronoun("she", 40).speaker
    'Ana Vea'
    """

    def __init__(self, article, scan, tops) -> None:
        self.article = article
        self.text = article.text
        self.scan = scan
        self.last: Source | None = None
        self.para_source: Source | None = None
        self.para_start = 0
        self.people: dict[str, Source] = {}  # person speakers, most recent last
        self.last_person_at = -1  # where the latest person speaker was named
        self.last_institution: Source | None = None
        self.last_institution_at = -1
        self.pronouns = {n: w for n, w in self.scan.pronoun_hint.items() if w}  # "" where honorifics disagree
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
        extra_people, extra_mentions = subject_people(article, scan, tops)
        self.known = {**extra_people, **scan.people}  # people for attribution: the scan's and the subjects'
        self.extra = extra_mentions
        self.extra_starts = [m.start for m in extra_mentions]
        self.persons = sorted(self.persons + extra_mentions, key=lambda m: m.start)
        self.person_starts = [m.start for m in self.persons]
        sentences = article.sentences()
        self.sentence_starts = [x.start for x in sentences]
        self.sentence_paragraphs = [x.paragraph for x in sentences]
        self.pronoun_why: dict[int, tuple[str, str]] = {}  # a 'he'/'she' → (its person, how, in words)
        self.antecedents = None  # the people a pronoun can point back to (helpers.text.antecedents), when asked
        self.quote_starts = [r.start for r in tops]
        self.quote_ends = [r.end for r in tops]
        for name in self.known:  # "Hillary Clinton" is "she" unless the article says otherwise
            hint = pronoun_of(name)
            if hint and name not in self.pronouns:
                self.pronouns[name] = hint
        for name, word in pronouns_in_article(self).items():  # "Ana Vea said she ...": the article's own cue, where no name says it
            self.pronouns.setdefault(name, word)
        self.institution_starts = [m.start for m in self.institutions]
        self.tok_starts: dict[int, list[int]] = {}  # paragraph number → its tokens' start offsets
        self.record: dict | None = None  # when asked: each choice's candidates, for training
        self.current_quote: int | None = None  # the quotation whose clause is being read
        self.pronoun_weights: dict | None = None  # instead of PRONOUN_WEIGHTS ({}: the fixed rules)

    # -- state ------------------------------------------------------------
    def inside_quote(self, offset: int) -> bool:
        """``offset`` lies inside a top-level quotation."""
        k = bisect_right(self.quote_starts, offset) - 1
        return k >= 0 and offset < self.quote_ends[k]

    def advance_to(self, offset: int) -> None:
        """Remember the documents (with an issuer) mentioned before ``offset``."""
        mentions = self.scan.mentions
        while self.doc_pointer < len(mentions) and mentions[self.doc_pointer].start < offset:
            m = mentions[self.doc_pointer]
            if m.kind == "document" and m.canonical:
                self.recent_docs[document_word(m.text)] = m
            self.doc_pointer += 1

    def use(self, src: Source, at: int) -> None:
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
    def resolve(self, toks: list[Token]) -> Source | None:
        """The source the words ``toks`` name (a pronoun, a person, a document, an institution, a role, a place …), or None."""
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
        head = self.first_of_two(toks, words)
        if head is not None:
            return head
        mentions = self.scan.mentions_in(a, b)
        known = self.known_mention(mentions, written, b) or self.subject_mention(a, b)
        if known is not None and known.speaker_type == "person":
            return self.name_after_modifier(toks, mentions) or known
        if "of" in words[1:5] and _a_name(toks[: words.index("of", 1)]):  # 'Mele Kata of Levuka, Fiji'
            return self.resolve(toks[: words.index("of", 1)])
        named = self.trailing_name(toks)  # 'Pentagon spokesman Jeff Davis': the name, not the Pentagon
        if named is not None:
            return named
        if known is not None:
            return known
        places = [m for m in mentions if m.kind in ("country", "capital")]
        country = places[0].country if places else ""
        if words[-1] in ROLE_HEADS and not toks[-1].poss:
            first = len(toks) - 1  # the role is the role words at the end: "Berg's deputy" → "deputy"
            while first > 0 and words[first - 1] in ROLE_WORDS and not toks[first - 1].poss:
                first -= 1
            role = " ".join(words[first:])
            for person in reversed(self.by_role.get(role, ())):
                if not country or person.country == country:
                    return Source(person.name, person.role, person.country, "person", rule="explicit")
            found = self.role_reference(words, a)
            if found is not None:
                return found
            return Source(written, "", country, "person", rule="explicit", strong=False)
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
            return Source(m.canonical, "", m.country, "institution", rule=rule)
        if len(places) > 1 and all(
            w in ("and", "the") or any(p.start <= t.start < p.end for p in places)
            for w, t in zip(words, toks, strict=True)
        ):
            return Source(written, "", "", "institution", rule="institution")
        if words[-1] in INSTITUTION_HEADS:
            return Source(written, "", country, "institution", rule="institution", strong=False)
        if words[-1] in DOCUMENT_HEADS:
            return self.document(None, written)
        if _a_name(toks):
            return Source(written, "", "", "person", rule="explicit")
        if len(toks) <= 5 and (words[0] in DETERMINERS or toks[0].cap or words[-1] in GROUP_NOUNS):
            return Source(written, "", country, "other", rule="explicit", strong=False)
        return None

    def known_mention(self, mentions, written: str, b: int) -> Source | None:
        """The latest known person among ``mentions`` (not a possessor), else a document, else an institution."""
        text = self.text
        for m in reversed(mentions):
            if m.kind == "person":
                if m.end < b and text[m.end : m.end + 2] in ("'s", "’s"):
                    continue  # "Berg's deputy" is not Berg
                person = self.known.get(m.canonical)
                if person is not None:
                    return Source(person.name, person.role, person.country, "person", rule="explicit")
        for m in reversed(mentions):
            if m.kind == "document":
                return self.document(m, written)
        for m in reversed(mentions):
            if m.kind == "institution":
                return Source(m.canonical, "", m.country, "institution", rule="institution")
        return None

    def first_of_two(self, toks: list[Token], words: list[str]) -> Source | None:
        """'Edward-Isaac Dovere and Gabriel Debenedetti wrote': two people's names joined by 'and'
        speak as one; the first, the phrase's head, is reported (``None`` if the words are not so)."""
        if "and" not in words[2:-1]:
            return None
        j = words.index("and", 2)
        right = toks[j + 1 :]
        if len(right) > 4 or not _a_name(right) or not (namelike(toks[j - 1]) and namelike(toks[j - 2])):
            return None
        src = self.resolve(toks[:j])
        return src if src is not None and src.strong and src.speaker_type == "person" else None

    def name_after_modifier(self, toks: list[Token], mentions) -> Source | None:
        """'Pentagon spokesman Navy Capt. Jeff Davis': the name after a description that no person
        mention in it reaches (the person named before it only modifies it); ``None`` otherwise."""
        named = self.trailing_name(toks)
        if named is None or any(t.lower in _LINKING_WORDS for t in toks):
            return None  # 'Mujtaba Rahman of the Eurasia Group': the person, not the body after 'of the'
        start = toks[-1].end - len(named.speaker)
        return None if any(m.kind == "person" and m.end > start for m in mentions) else named

    def trailing_name(self, toks: list[Token]) -> Source | None:
        """'Clinton's top aide Jake Sullivan': the name after a description (see :func:`name_after_description`)."""
        name = name_after_description(self.text, toks)
        return None if name is None else Source(name, "", "", "person", rule="explicit")

    def subject_mention(self, a: int, b: int) -> Source | None:
        """A person of :func:`~helpers.text.subjects.subject_people` named in ``[a, b)``, not as a possessor."""
        k = bisect_right(self.extra_starts, a - 1)
        while k < len(self.extra) and self.extra[k].start < b:
            m = self.extra[k]
            k += 1
            if m.end <= b and not (m.end < b and self.text[m.end : m.end + 2] in ("'s", "’s")):
                person = self.known[m.canonical]
                return Source(person.name, person.role, person.country, "person", rule="explicit")
        return None

    def role_reference(self, words: list[str], at: int) -> Source | None:
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
        return Source(person.name, person.role, person.country, "person", rule="role reference")

    def pronoun(self, word: str, at: int) -> Source | None:
        """Resolve a pronoun at offset ``at`` (see ``RULES["pronoun"]``)."""
        if word in ("he", "she"):
            from .pronouns import resolve_he_she  # (it weighs candidates, which are made of Sources)

            return resolve_he_she(self, word, at)
        if word == "it":
            k = bisect_right(self.institution_starts, at - 1) - 1
            if k >= 0 and self.institutions[k].start > self.last_institution_at:
                m = self.institutions[k]
                return Source(m.canonical, "", m.country, "institution", rule="pronoun")
            src = self.last_institution
            if src is None and self.last is not None and self.last.rule == "document":
                src = self.last  # "a joint statement notes ...; it also reiterates ..."
        else:
            src = self.last
        if src is None:
            return None
        return replace(src, rule="pronoun", via=self.inherited_via(src.speaker))

    def inherited_via(self, speaker: str) -> str:
        """The channel of the latest source, if the pronoun points back to it."""
        return self.last.via if self.last is not None and self.last.speaker == speaker else ""

    def document(self, mention, written: str) -> Source:
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
                    return Source(
                        person.name, person.role, person.country, "person", via=via, rule="explicit"
                    )
            rule = "capital" if issuer is not None and issuer.kind == "capital" else "institution"
            return Source(mention.canonical, "", mention.country, "institution", via=via, rule=rule)
        word = document_word(written)
        last = self.last
        if last is not None and word and word in last.via.lower():
            return replace(last, rule="document")
        if last is not None and last.speaker_type == "institution":
            return replace(last, via=written, rule="document")
        earlier = self.recent_docs.get(word)
        if earlier is not None:
            return replace(self.document(earlier, earlier.text), rule="document")
        return Source(written, "", "", "other", rule="document", strong=False)


#: Words that link a person to a body or place after them: 'Ana Vea of the Reef Institute'.
_LINKING_WORDS = frozenset("of the a an and at for from in with on to by".split())

#: Words a written name may hold besides name-like words: 'James B. Comey Jr.'.
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _a_name(toks: list[Token]) -> bool:
    """A person's name as written: name-like words, with initials and a suffix ('James B. Comey Jr')."""
    if not toks or len(toks) > 5 or not namelike(toks[0]):
        return False
    if len(toks) > 4 and not any(t.lower in NAME_SUFFIXES or len(t.text) == 1 for t in toks):
        return False
    return all(namelike(t) or (len(t.text) == 1 and t.cap) or t.lower in NAME_SUFFIXES for t in toks)


def document_word(text: str) -> str:
    """The document head word in ``text`` ('' if none).

    >>> document_word("a joint statement")
    'statement'
    """
    for w in reversed(WORD.findall(text.lower())):
        if w in DOCUMENT_HEADS:
            return w
    return ""


def worth_remembering(src: Source) -> bool:
    """A source named outside any quotation counts if it is known, or a group ("officials said").

    >>> worth_remembering(Source("officials", strong=False)), worth_remembering(Source("the plan", strong=False))
    (True, False)
    """
    last = src.speaker.split()[-1:] if src.speaker else []
    return src.strong or (bool(last) and last[0].lower() in GROUP_NOUNS)
