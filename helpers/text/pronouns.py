"""Who 'he' or 'she' is: the fixed rules a reader follows, each said in words.

:func:`fixed_rules` tries, in order (``RULES["pronoun"]``, :data:`WHY`): a
person named earlier in the pronoun's own sentence who can be its subject;
the person reported speaking in the sentence before ("Cruz won them over,
Stovall said. '…,' he said" is Stovall, not Cruz; not a speaker only carried
over from an earlier paragraph, one continued without being named as speaking
in the last sentences, or one asking in a clause inside another: "Ryan was not
confident when Tapper asked ..."); the subject of the nearest
sentence before; any person named there; then the paragraph, the latest
speaker and the latest person named. A subject is not a possessor
("Clinton's"), a name used as a modifier ("Clinton spokeswoman Jennifer
Palmieri", "Trump campaign spokesman Jason Miller") or a name after a
preposition or "the". The people looked at are
every mention of a known person outside quotations, a bare surname included
(:mod:`helpers.text.antecedents`), and a person the article already calls
the other pronoun (an honorific, a given name, the article's own "Name said
she" in :mod:`helpers.text.genders`) is passed over. The rule that chose is
kept for the quotation (:mod:`helpers.text.pronoun_evidence` shows it).

:func:`resolve_he_she` can also weigh the people in view as
:class:`~helpers.text.candidates.Candidate` evidence with learned weights
(:data:`helpers.text.speaker_weights.PRONOUN_WEIGHTS`); those weights are
empty, because the learned choice measured no better than the fixed rules
(``benchmarks/train_speaker_choice.py --pronouns``), so the fixed rules decide.

>>> from helpers import parse_article
>>> from helpers.entities import scan_entities
>>> from helpers.text.speakers import Attributor
>>> art = parse_article(" date 2030-01-02 Ms Ana Vea spoke.")
>>> resolve_he_she(Attributor(art, scan_entities(art), []), "she", 40).speaker
'Ana Vea'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..lexicon import REPORTING_VERBS
from .antecedents import antecedents, person_of, subject_like
from .candidates import EVIDENCE, Candidate, mention_feats
from .choose import choose
from .not_persons import names_a_thing
from .subjects import opens_with

__all__ = [
    "PRONOUN_EVIDENCE",
    "PRONOUN_REACH",
    "SUBJECT_CANDIDATES",
    "SUBJECT_SENTENCES",
    "WHY",
    "fixed_rules",
    "resolve_he_she",
]  # fmt: skip

#: The latest person speakers a pronoun may point back to.
PRONOUN_REACH = 20
#: A pronoun looks for its person this many sentences back (its own sentence included).
SUBJECT_SENTENCES = 3
#: ... and among the first this many people named in each of those sentences.
SUBJECT_CANDIDATES = 3

#: Each fixed rule for 'he'/'she' in words, as a quotation's evidence shows it ("'he' → Vea: …").
WHY = {
    "_own_subject": "named earlier in the pronoun's own sentence",
    "_recent_speaker": "the person reported speaking just before",
    "_recent_subject": "the subject of a sentence just before",
    "_any_recent": "the nearest person named before who fits",
    "paragraph": "named in this paragraph after the latest speaker",
    "speaker": "the latest person quoted who fits",
    "named": "the latest person named who fits",
}

#: The evidence a pronoun's candidate can carry (feature name → what it says).
PRONOUN_EVIDENCE = {
    "p:sent0": "named earlier in the pronoun's sentence",
    "p:sent1": "named in the sentence before",
    "p:sent2": "named two or three sentences before",
    "p:speaker0": "the latest person quoted",
    "p:speaker1": "the person quoted before the latest",
    "p:speaker2": "quoted earlier",
    # the name's place in its sentence and paragraph: worded once, in candidates.EVIDENCE
    **{
        name: EVIDENCE[name]
        for name in (
            "o:para_source",
            "o:rules",
            "same_para",
            "at_sent_start",
            "verb_after",
            "comma_after",
            "reporting_after",
            "possessive",
            "after_prep",
        )
    },
    "first_in_sent": "the first person named in that sentence",
    "sent_opened_by_it": "that sentence opens with the same pronoun",
    "gender_match": "known as this pronoun",
    "gender_unknown": "not known as 'he' or 'she'",
    "gender_conflict": "known as the other pronoun",
    "after_quote": "the pronoun follows a closing mark ('\"…,\" he said')",
    "after_quote*speaker0": "right after a quotation, and the latest person quoted",
    "bias": "a candidate at all",
}


def _person(att, m):
    person = person_of(att, m.canonical)
    if person is None or names_a_thing(person.name):
        return None
    from .speakers import Source

    return Source(person.name, person.role, person.country, "person", rule="pronoun")


def fixed_rules(att, word: str, at: int):
    """The fixed rules of ``RULES["pronoun"]`` for 'he'/'she' at ``at`` (remembers nothing).

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
    >>> from helpers.text.speakers import Attributor
    >>> art = parse_article(" date 2030-01-02 Mr Sione Tui met Ms Ana Vea. She spoke.")
    >>> att = Attributor(art, scan_entities(art), [])
    >>> fixed_rules(att, "she", 63).speaker, fixed_rules(att, "he", 63).speaker
    ('Ana Vea', 'Sione Tui')
    """
    found, why = _fixed(att, word, at)
    if found is not None:
        known = f" (known as '{word}')" if att.pronouns.get(found.speaker) == word else ""
        att.pronoun_why[at] = (found.speaker, f"'{word}' → {found.speaker}: {why}{known}")
    return found


def _fixed(att, word: str, at: int):
    """(The person the fixed rules give, the rule in words), or (None, '')."""
    persons, starts = antecedents(att)
    for rule in (_own_subject, _recent_speaker, _recent_subject, _any_recent):
        found = rule(att, word, at)
        if found is not None:
            return found, WHY[rule.__name__]
    # a person named in this paragraph after the latest speaker ("Soares was asked... she said")
    k = bisect_right(starts, at - 1) - 1
    if k >= 0:
        m = persons[k]
        src = _person(att, m)
        if (
            src is not None
            and m.start >= att.para_start
            and m.start > att.last_person_at
            and att.pronouns.get(src.speaker, word) == word
        ):
            return src, WHY["paragraph"]
    # otherwise the latest person speaker the pronoun fits
    for tried, name in enumerate(reversed(att.people)):
        if tried == PRONOUN_REACH:
            break
        known = att.pronouns.get(name)
        if (known and known != word) or names_a_thing(name):
            continue
        return replace(att.people[name], rule="pronoun", via=att.inherited_via(name)), WHY["speaker"]
    # no speaker fits: the latest person named before, outside quotations
    for back in range(k, max(-1, k - PRONOUN_REACH), -1):
        src = _person(att, persons[back])
        if src is not None and att.pronouns.get(src.speaker, word) == word:
            return src, WHY["named"]
    return None, ""


def _fits(att, word: str, name: str) -> bool:
    return att.pronouns.get(name, word) == word


def _first_subject(att, word: str, lo: int, hi: int, strict: bool = True):
    """The first person named in ``[lo, hi)`` who fits the pronoun and can be the subject (``strict``)
    or is at least not named as a possessor (else ``None``)."""
    persons, starts = antecedents(att)
    k = bisect_right(starts, lo - 1)
    last = k + SUBJECT_CANDIDATES  # the first few people of a sentence: the work per pronoun stays bounded
    while k < min(last, len(persons)) and persons[k].start < hi:
        m = persons[k]
        k += 1
        src = _person(att, m)
        if src is None or not _fits(att, word, src.speaker):
            continue
        if subject_like(att.text, m) if strict else att.text[m.end : m.end + 2] not in ("'s", "’s"):
            return replace(src, via=att.inherited_via(src.speaker))
    return None


def _own_subject(att, word: str, at: int):
    """'Mrs. Clinton did not hesitate, and "…," she said': a person named earlier in the pronoun's sentence."""
    i = bisect_right(att.sentence_starts, at) - 1
    return _first_subject(att, word, att.sentence_starts[i], at) if i >= 0 else None


def _recent_speaker(att, word: str, at: int):
    """'Cruz won them over, Stovall said. "…," he said': the person whose words were reported in the
    sentence before (or earlier in this one), not the people those words were about."""
    src = att.last
    if src is None or src.speaker_type != "person" or not src.strong or not _fits(att, word, src.speaker):
        return None
    if names_a_thing(src.speaker):
        return None
    i = bisect_right(att.sentence_starts, at) - 1
    lo = att.sentence_starts[max(0, i - 1)]
    if not lo <= att.last_person_at < at:
        return None
    if src.rule == "carried over" or (
        src.rule == "continuation" and not _named_in(att, src.speaker, att.sentence_starts[max(0, i - 2)], at)
    ):
        return None  # only carried over to words no one was named for ('Tui attacked "…"' given to Vea)
    before = att.text[max(0, att.last_person_at - 12) : att.last_person_at].split()
    if before and before[-1].lower() in _SUBORDINATORS:
        return None  # 'Ryan was not confident when Tapper asked …': Tapper's question is not the news
    return replace(src, rule="pronoun", via=att.inherited_via(src.speaker))


def _named_in(att, name: str, lo: int, hi: int) -> bool:
    """The person ``name`` (by surname) is named in ``[lo, hi)`` as a speaker: 'Vea said', 'said Vea'."""
    persons, starts = antecedents(att)
    text = att.text
    k = bisect_right(starts, lo - 1)
    while k < len(persons) and persons[k].start < hi:
        m = persons[k]
        k += 1
        person = person_of(att, m.canonical)
        if person is None or person.name.split()[-1] != name.split()[-1]:
            continue
        after = text[m.end : m.end + 20].split()[:1]
        before = text[max(0, m.start - 8) : m.start].split()[-1:]
        if (after and after[0].strip(",.") in REPORTING_VERBS) or (before and before[0] in ("said", "says")):
            return True
    return False


#: Words that open a clause inside another ('when Tapper asked', 'after Vea said'): its speaker is not
#: the person the sentence is about.
_SUBORDINATORS = frozenset("when after as while because if before since until although though once".split())


def _recent_subject(att, word: str, at: int, strict: bool = True):
    """'Mr. Manafort said he agreed with Mr. Cruz. "…," he said': the first person the pronoun fits
    who can be the subject of a sentence before it (back to the previous paragraph's last sentence),
    outside quotations; a sentence that opens with the same pronoun is passed over."""
    i = bisect_right(att.sentence_starts, at) - 1
    para = att.sentence_paragraphs[i] if i >= 0 else 0
    reach = SUBJECT_SENTENCES if strict else 2 * SUBJECT_SENTENCES
    for j in range(i - strict, max(-1, i - reach), -1):
        if att.sentence_paragraphs[j] < para - 1 - (not strict):
            break
        lo = att.sentence_starts[j]
        if j < i and opens_with(att.text, word, lo):
            continue  # "He said Mateen …": the sentence's subject is the pronoun's person, named further back
        found = _first_subject(att, word, lo, at if j == i else att.sentence_starts[j + 1], strict)
        if found is not None:
            return found
    return None


def _any_recent(att, word: str, at: int):
    """No subject fits: the first person the pronoun fits in the nearest sentence, wherever named."""
    return _recent_subject(att, word, at, strict=False)


def _candidates(att, word: str, at: int, rules) -> list[Candidate]:
    """The people in view at the pronoun, each with its evidence."""
    text = att.text
    pool: dict[str, Candidate] = {}

    def get(src) -> Candidate:
        c = pool.get(src.speaker)
        if c is None:
            c = pool[src.speaker] = Candidate(replace(src, rule="pronoun"))
        return c

    i = bisect_right(att.sentence_starts, at) - 1
    para = att.sentence_paragraphs[i] if i >= 0 else 0
    for j in range(i, max(-1, i - SUBJECT_SENTENCES), -1):
        if att.sentence_paragraphs[j] < para - 1:
            break
        lo = att.sentence_starts[j]
        hi = at if j == i else att.sentence_starts[j + 1]
        k = bisect_right(att.person_starts, lo - 1)
        rank = 0
        while k < len(att.persons) and att.persons[k].start < hi:
            m = att.persons[k]
            k += 1
            src = _person(att, m)
            if src is None:
                continue
            c = get(src)
            c.add("p:sent0" if j == i else "p:sent1" if j == i - 1 else "p:sent2")
            if att.sentence_paragraphs[j] == para:
                c.add("same_para")
            if j < i and opens_with(text, word, lo):
                c.add("sent_opened_by_it")
            mention_feats(att, c, m, lo, rank)
            rank += 1
    for n, name in enumerate(reversed(att.people)):
        if n == PRONOUN_REACH:
            break
        get(att.people[name]).add(f"p:speaker{min(n, 2)}")
    if att.para_source is not None and att.para_source.speaker in pool:
        pool[att.para_source.speaker].add("o:para_source")
    if rules is not None:
        get(rules).add("o:rules")
    after_quote = text[max(0, at - 3) : at].rstrip()[-1:] in ('"', "”", "’", "'")
    for c in pool.values():
        known = att.pronouns.get(c.source.speaker)
        c.add("gender_unknown" if not known else "gender_match" if known == word else "gender_conflict")
        if after_quote:
            c.add("after_quote")
            if "p:speaker0" in c.feats:
                c.add("after_quote*speaker0")
        c.add("bias")
    return [c for c in pool.values() if c.source.speaker_type == "person"]


def resolve_he_she(att, word: str, at: int):
    """The person 'he' or 'she' at offset ``at`` points to, or ``None``; remembers the pronoun for them.

    >>> from helpers import parse_article
    >>> from helpers.entities import scan_entities
    >>> from helpers.text.speakers import Attributor
    >>> art = parse_article(" date 2030-01-02 Sione Tui met Ana Vea. He spoke.")
    >>> att = Attributor(art, scan_entities(art), [])
    >>> resolve_he_she(att, "he", 56).speaker, att.pronouns["Sione Tui"]
    ('Sione Tui', 'he')
    """
    from .speaker_weights import PRONOUN_WEIGHTS

    rules = fixed_rules(att, word, at)
    weights = PRONOUN_WEIGHTS if att.pronoun_weights is None else att.pronoun_weights
    src = rules
    if weights or att.record is not None:
        cands = _candidates(att, word, at, rules)
        if att.record is not None and att.current_quote is not None:
            att.record[("pronoun", att.current_quote)] = (cands, rules)
        best = choose(cands, weights) if weights else None
        if best is not None and (rules is None or best.source.speaker != rules.speaker):
            src = replace(best.source, via=att.inherited_via(best.source.speaker))
    if src is not None:
        att.pronouns[src.speaker] = word
    return src
