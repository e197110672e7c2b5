"""Who might have said a quotation that has no reporting clause of its own: the candidates and their evidence.

When a quotation's sentence has no reporting clause ("Moore thanked him for
"…"", or a quotation alone in its paragraph), a reader weighs the people in
view: the subject of its own sentence, the people named in the sentences
before it, the speaker of the paragraph so far, the speaker of the previous
paragraph. :func:`speaker_candidates` lists them, each a :class:`Candidate`
holding the :class:`~helpers.text.speakers.Source` it would give and the
evidence for it as named features (``"in sentence, before"``, ``"opens its
sentence"``, ``"speaker of the paragraph so far"`` …). The choice among them
is :mod:`helpers.text.choose`.

>>> Candidate(_source("Ana Vea"), {"o:sent_before": 1.0}).evidence()
'in its sentence, before the quotation'
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ..lexicon import REPORTING_VERBS
from .speakers import Source
from .vocabulary import Rule

__all__ = [
    "EVIDENCE",
    "LOOK_BACK",
    "Candidate",
    "mention_feats",
    "speaker_candidates",
    "token_starts",
    "with_rule",
]

#: Sentences before the quotation's own that are searched for people (across at most one paragraph break).
LOOK_BACK = 3

#: The evidence a candidate can carry (feature name → what it says, for the learner).
EVIDENCE = {
    "o:sent_before": "in its sentence, before the quotation",
    "o:sent_after": "in its sentence, after the quotation",
    "o:pron_subject": "a pronoun opening its sentence points to them",
    "o:prev_sent": "named in the sentence before",
    "o:prev_sent2": "named two or three sentences before",
    "o:para_source": "speaker of the paragraph so far",
    "o:prev_para": "speaker of the previous paragraph",
    "o:last": "the latest person quoted",
    "by_clause": "named by a reporting clause ('said', 'according to')",
    "o:rules": "the fixed rules' choice",
    "first_in_sent": "the first person or body named in that sentence",
    "at_sent_start": "opens that sentence",
    "verb_after": "a verb follows the name",
    "comma_after": "a comma follows the name",
    "reporting_after": "a reporting verb follows the name",
    "possessive": "named as a possessor ('X's')",
    "after_prep": "after a preposition ('at a Las Vegas rally')",
    "institution": "an institution only named, never said to speak",
    "other": "only described",
    "weak": "only the article's words",
    "was_speaker": "quoted before in the article",
    "same_para": "in the same paragraph",
    "nearer": "another name stands nearer the quotation",
    "bias": "a candidate at all",
    "far": "far from the quotation (log of the words between)",
    "alone": "the quotation fills its sentence",
    "alone*prev_sent": "the quotation fills its sentence, and they were named just before",
    "alone*para": "the quotation fills its sentence, and they spoke earlier in the paragraph",
    "partial*sent": "a phrase woven into a sentence that names them",
}

#: The rules of a source named by a reporting clause of its own.
_CLAUSE_RULES = frozenset(("explicit", "institution", "capital", "document", "role reference"))

#: The rule a chosen candidate is reported with, by its most local evidence (first match wins).
_RULE_OF = (
    ("o:pron_subject", "pronoun"),
    ("o:sent_before", "sentence subject"),
    ("o:sent_after", "sentence subject"),
    ("o:para_source", "continuation"),
    ("same_para", "continuation"),
)


def _source(name: str) -> Source:
    return Source(name, speaker_type="person", rule="explicit")


@dataclass(slots=True)
class Candidate:
    """A possible speaker: the ``source`` it would give and its evidence ``feats`` (name → value).

    >>> c = Candidate(_source("Ana Vea"))
    >>> c.add("o:prev_sent"); c.add("same_para")
    >>> c.rule(), c.evidence()
    ('continuation', 'named in the sentence before; in the same paragraph')
    """

    source: Source
    feats: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, value: float = 1.0) -> None:
        """Record evidence, keeping the strongest value of each kind."""
        if value > self.feats.get(name, 0.0):
            self.feats[name] = value

    def rule(self) -> Rule:
        """The rule this candidate is reported with (its most local evidence)."""
        for feat, rule in _RULE_OF:
            if feat in self.feats:
                return rule  # type: ignore[return-value]
        return "carried over"

    def evidence(self, table: dict[str, str] | None = None) -> str:
        """The evidence in words, in the order of ``table`` (default :data:`EVIDENCE`).

        >>> Candidate(_source("Vea"), {"o:prev_sent": 1.0, "at_sent_start": 1.0}).evidence()
        'named in the sentence before; opens that sentence'
        """
        table = EVIDENCE if table is None else table
        return "; ".join(table[k] for k in table if k in self.feats and k not in ("far", "bias"))


class _Pool:
    """Candidates keyed by speaker name: the same person seen twice gathers both pieces of evidence."""

    def __init__(self) -> None:
        self.by_name: dict[str, Candidate] = {}

    def get(self, src: Source) -> Candidate:
        c = self.by_name.get(src.speaker)
        if c is None:
            c = self.by_name[src.speaker] = Candidate(src)
        return c


def _mention_source(att, m) -> Source | None:
    if m.kind == "person":
        person = att.known.get(m.canonical)
        if person is None:
            return None
        return Source(person.name, person.role, person.country, "person", rule="explicit")
    return Source(m.canonical, "", m.country, "institution", rule="institution")


def _in(starts: list[int], items: list, lo: int, hi: int) -> list:
    return items[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _sentence_mentions(att, lo: int, hi: int) -> list:
    found = _in(att.person_starts, att.persons, lo, hi) + _in(
        att.institution_starts, att.institutions, lo, hi
    )
    return sorted(found, key=lambda m: m.start)


def token_starts(att, number: int) -> list[int]:
    """The start offsets of paragraph ``number``'s tokens (computed once per attributor).

    >>> from helpers import parse_article
    >>> token_starts(_attributor(parse_article(" date 2030-01-02 Ana Vea spoke.")), 1)
    [17, 21, 25]
    """
    found = att.tok_starts.get(number)
    if found is None:
        found = att.tok_starts[number] = [t.start for t in att.scan.tokens[number - 1]]
    return found


def _next_word(att, m):
    toks = att.scan.tokens[m.paragraph - 1]
    i = bisect_left(token_starts(att, m.paragraph), m.end)
    return toks[i] if i < len(toks) else None


#: Words that make the name after them an object, not a subject ('at a Las Vegas rally', 'by Fox').
_PREPOSITIONS = frozenset("at in on by from to with for of about against during after before into".split())


def _after_preposition(att, m) -> bool:
    """'at a Las Vegas rally', 'asked by Fox Business': a preposition (and a determiner) before ``m``."""
    toks = att.scan.tokens[m.paragraph - 1]
    i = bisect_left(token_starts(att, m.paragraph), m.start) - 1
    if i >= 0 and toks[i].lower in ("a", "an", "the"):
        i -= 1
    if i < 0 or toks[i].lower not in _PREPOSITIONS:
        return False
    return not any(ch in ",.;:!?()—–\"“”" for ch in att.text[toks[i].end : m.start])


def mention_feats(att, c: Candidate, m, lo: int, rank: int) -> None:
    """Evidence from where the mention ``m`` stands in the sentence starting at ``lo``
    (``rank``: how many people or bodies are named before it there).

    >>> from helpers import parse_article
    >>> att = _attributor(parse_article(" date 2030-01-02 Ana Vea, the minister, spoke."))
    >>> c = Candidate(_source("Ana Vea"))
    >>> mention_feats(att, c, att.persons[0], 17, 0)
    >>> sorted(c.feats)
    ['at_sent_start', 'comma_after', 'first_in_sent']
    """
    text = att.text
    if rank == 0:
        c.add("first_in_sent")
    if not text[lo : m.start].strip(" \"“”'‘’(—-"):
        c.add("at_sent_start")
    if _after_preposition(att, m):
        c.add("after_prep")
    if text[m.end : m.end + 2] in ("'s", "’s"):
        c.add("possessive")
        return
    nxt = _next_word(att, m)
    if nxt is None:
        return
    gap = text[m.end : nxt.start]
    if gap.strip() == ",":
        c.add("comma_after")
    elif not gap.strip() and not nxt.cap and nxt.lower not in ("and", "or", "of"):
        c.add("verb_after")
        if nxt.lower in REPORTING_VERBS:
            c.add("reporting_after")


def _previous_sentences(walk, para: int, si: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraphs back) of up to :data:`LOOK_BACK` sentences before sentence ``si``."""
    out: list[tuple[int, int, int]] = []
    p, j = para, si - 1
    while len(out) < LOOK_BACK and p >= max(1, para - 1):
        bounds = walk.sentences[p - 1]
        while j >= 0 and len(out) < LOOK_BACK:
            out.append((bounds[j][0], bounds[j][1], para - p))
            j -= 1
        p -= 1
        j = len(walk.sentences[p - 1]) - 1 if p >= 1 else -1
    return out


def speaker_candidates(walk, sent, r, rules: Source | None) -> list[Candidate]:
    """The people and bodies who might have said quotation ``r`` of sentence ``sent`` (a
    :class:`~helpers.text.walk.QuoteWalk` sentence), each with its evidence; ``rules`` is what
    the fixed rules would choose.

    >>> from helpers.text.walk import QuoteWalk
    >>> from helpers.text.quote_spans import all_raw
    >>> from helpers import parse_article
    >>> text = " date 2030-01-02 Tonga's Foreign Minister Ana Vea met Fiji's Defence Minister Sione Tui."
    >>> art = parse_article(text + '\\n\\nTui thanked Vea for her "warm welcome".')
    >>> raws, per_para = all_raw(art)
    >>> walk = QuoteWalk(art, raws, per_para)
    >>> walk.record = {}
    >>> for para, found in zip(art.paragraphs, per_para): walk.paragraph(para, found)
    >>> cands, rules = walk.record[0]
    >>> [(c.source.speaker, c.rule(), c.feats.get("first_in_sent", 0)) for c in cands]
    [('Sione Tui', 'sentence subject', 1.0), ('Ana Vea', 'sentence subject', 1.0)]
    """
    text = walk.text
    pool = _Pool()
    alone = not text[sent.start : r.open].strip(" \"“”'‘’") and not text[r.close + 1 : sent.end].strip(
        " \"“”'‘’.,"
    )
    _own_sentence(walk, pool, sent, r, alone)
    _sentences_before(walk, pool, sent, r, alone)
    _remembered(walk, pool, alone, rules)
    for c in pool.by_name.values():
        _about(walk.att, c, alone)
    return list(pool.by_name.values())


def _own_sentence(walk, pool: _Pool, sent, r, alone: bool) -> None:
    """The people named in the quotation's own sentence, and a pronoun opening it."""
    att, text = walk.att, walk.text
    before_open = text[sent.start : r.open].rstrip(" \"“”'‘’")
    partial = bool(before_open) and before_open[-1].isalnum()
    ms = _sentence_mentions(att, sent.start, sent.end)
    for rank, m in enumerate(ms):
        if r.open <= m.start < r.close:
            continue
        src = _mention_source(att, m)
        if src is None:
            continue
        c = pool.get(src)
        before = m.start < r.open
        c.add("o:sent_before" if before else "o:sent_after")
        c.add("same_para")
        gap = max(0, (r.open - m.end) if before else (m.start - r.close))
        c.add("far", math.log1p(gap / 6))
        if rank and before and any(m.end < o.start < r.open for o in ms[rank + 1 :]):
            c.add("nearer")
        if partial:
            c.add("partial*sent")
        mention_feats(att, c, m, sent.start, rank)
    # "She praised his "…"": the person the pronoun points to
    if sent.words and sent.words[0].start < r.open and sent.words[0].lower in ("he", "she"):
        word = sent.words[0]
        if not text[sent.start : word.start].strip(" \"“”'‘’"):
            src = att.pronoun(word.lower, word.start)
            if src is not None and src.speaker:
                pool.get(src).add("o:pron_subject")


def _sentences_before(walk, pool: _Pool, sent, r, alone: bool) -> None:
    """The people named in the sentences before (see :data:`LOOK_BACK`)."""
    att = walk.att
    for n, (lo, hi, back) in enumerate(_previous_sentences(walk, r.paragraph, sent.index)):
        for rank, m in enumerate(_sentence_mentions(att, lo, hi)):
            src = _mention_source(att, m)
            if src is None:
                continue
            c = pool.get(src)
            c.add("o:prev_sent" if n == 0 else "o:prev_sent2")
            if not back:
                c.add("same_para")
            if alone and n == 0:
                c.add("alone*prev_sent")
            mention_feats(att, c, m, lo, rank)


def _remembered(walk, pool: _Pool, alone: bool, rules: Source | None) -> None:
    """The speakers a reader remembers: this paragraph's, the previous one's, the latest person's."""
    att = walk.att
    if att.para_source is not None and att.para_source.speaker:
        c = pool.get(att.para_source)
        c.add("o:para_source")
        if alone:
            c.add("alone*para")
        if att.para_source.rule in _CLAUSE_RULES:
            c.add("by_clause")
    prev = walk.prev_para_source
    if prev is not None and prev.speaker:
        c = pool.get(prev)
        c.add("o:prev_para")
        if prev.rule in _CLAUSE_RULES:
            c.add("by_clause")
    last = att.last
    if last is not None and last.speaker and last.strong and last.speaker_type == "person":
        pool.get(last).add("o:last")
    if rules is not None and rules.speaker:
        pool.get(rules).add("o:rules")


def _about(att, c: Candidate, alone: bool) -> None:
    """Evidence about the candidate itself: what kind of speaker, quoted before."""
    src = c.source
    if src.speaker_type == "institution" and "by_clause" not in c.feats:
        c.add("institution")
    elif src.speaker_type == "other":
        c.add("other")
    if not src.strong:
        c.add("weak")
    if src.speaker in att.people:
        c.add("was_speaker")
    if alone:
        c.add("alone")
    c.add("bias")


def with_rule(c: Candidate, rules: Source | None) -> Source:
    """The chosen candidate's source, reported with its rule (the rules' own when they agree).

    >>> c = Candidate(_source("Ana Vea"), {"o:sent_before": 1.0})
    >>> with_rule(c, None).rule, with_rule(c, Source("Ana Vea", rule="continuation")).rule
    ('sentence subject', 'continuation')
    """
    if rules is not None and rules.speaker == c.source.speaker:
        return rules
    return replace(c.source, rule=c.rule(), via="")


def _attributor(art):
    """An attributor for the article ``art`` (for the examples)."""
    from .entity_scan import scan_entities
    from .speakers import Attributor

    return Attributor(art, scan_entities(art), [])
