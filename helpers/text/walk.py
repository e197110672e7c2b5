"""The attribution pass: who said each quotation, read paragraph by paragraph as a reader does.

:class:`QuoteWalk` reads each sentence once. A sentence without quotations
only updates what the reader remembers (:class:`~helpers.text.speakers.Attributor`);
for one with quotations each quotation looks for its own clause (after the
closing mark, before the opening mark, later in the sentence), then shares
the sentence's clause, its subject, the paragraph's source or the previous
paragraph's (the order of :data:`~helpers.text.vocabulary.RULES`). A quotation
that opens a paragraph after one ending with a clause and a colon ('The Times
reports:') is that clause's, 'carried over' without weighing anyone else.

>>> from helpers.quotes import extract_quotes
>>> from helpers import parse_article
>>> [q.rule for q in extract_quotes(parse_article(' date 2030-01-02 Ms Ana Vea spoke. "Yes," she said.'))]
['pronoun']
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from ..lexicon import DETERMINERS, NP_STOP, ROLE_WORDS
from .bare_names import dash_name, label_name, verbless_name
from .candidates import speaker_candidates, with_rule
from .choose import choose
from .clauses import SENTENCE_SUBJECT_WORDS, Clause, after_opening_phrase, find_clauses
from .entity_scan import scan_entities
from .quote_spans import RawQuote, outside_words, quote_kind, sentences_by_paragraph
from .speaker_weights import WEIGHTS
from .speakers import Attributor, Source, worth_remembering
from .tokens import Token
from .vocabulary import QuoteKind

__all__ = ["SUBJECT_ASIDES", "QuoteWalk"]

#: Asides between a subject and its verb: 'Tanaka, meanwhile, thanked ...'.
SUBJECT_ASIDES = frozenset("meanwhile however also though too separately later".split())


@dataclass(slots=True, eq=False)
class _Sentence:
    """One sentence of a paragraph: its bounds and the indexes of its words outside quotations."""

    index: int
    start: int
    end: int
    lo: int
    hi: int
    words: list[Token]


class QuoteWalk:
    """The attribution pass: reads the article paragraph by paragraph, as a reader does.

    Call :meth:`paragraph` for each paragraph in order, then :meth:`nested`;
    ``sources`` and ``kinds`` then hold each quotation's source and kind, by index.

    >>> from helpers import parse_article
    >>> art = parse_article(' date 2030-01-02 "We agree," said Ana Vea.')
    >>> from helpers.text.quote_spans import all_raw
    >>> raws, per_para = all_raw(art)
    >>> walk = QuoteWalk(art, raws, per_para)
    >>> walk.paragraph(art.paragraphs[0], per_para[0])
    >>> walk.nested()
    >>> walk.sources[0].speaker, walk.sources[0].rule, walk.kinds[0]
    ('Ana Vea', 'explicit', 'full')
    """

    def __init__(self, article, raws: list[RawQuote], per_para: list[list[RawQuote]]) -> None:
        self.article = article
        self.text = article.text
        self.raws = raws
        self.per_para = per_para
        self.att = Attributor(article, scan_entities(article), [r for r in raws if r.depth == 0])
        self.sentences = sentences_by_paragraph(article)
        self.following = {r.continues: r.index for r in raws if r.continues is not None}
        self.sources: dict[int, Source] = {}
        self.kinds: dict[int, QuoteKind] = {}
        # first piece of a running quotation → (the piece whose closing clause names the speaker, its source)
        self.anchors: dict[int, tuple[int, Source]] = {}
        self.group_first: dict[int, int] = {}  # piece of a running quotation → its first piece
        self.prev_para_source: Source | None = None
        self.colon_clause: Source | None = None  # the clause of 'The Times reports:' ending a paragraph
        self.introduced: Source | None = None  # the previous paragraph's colon clause, for this paragraph
        self.record: dict | None = None  # quotation index → (candidates, rules' choice), when asked
        self.weights: dict | None = None  # the weights to use instead of WEIGHTS ({} : the fixed rules)

    # -- one paragraph -----------------------------------------------------
    def paragraph(self, para, found: list[RawQuote]) -> None:
        att = self.att
        att.para_source = None
        att.para_start = para.start
        self.introduced, self.colon_clause = self.colon_clause, None
        tops = [r for r in found if r.depth == 0]
        self.outside = outside_words(att.scan.tokens[para.number - 1], tops, self.text)
        self.starts = [t.start for t in self.outside]
        self.bounds = self.sentences[para.number - 1]
        self.sent_starts = [b[0] for b in self.bounds]
        self.next_open = {
            r.index: (tops[i + 1].open if i + 1 < len(tops) else para.end) for i, r in enumerate(tops)
        }
        by_sentence: dict[int, list[RawQuote]] = {}
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
        clauses = find_clauses(att, self.outside, sent.lo, sent.hi, sent.words)
        for clause in clauses:
            if worth_remembering(clause.source):
                att.use(clause.source, self.outside[clause.first].start)
        ends_with_colon = self.text[sent.start : sent.end].rstrip()[-1:] == ":"
        if clauses and ends_with_colon and sent.index == len(self.bounds) - 1:
            self.colon_clause = clauses[-1].source  # 'The Times reports:' introduces the next paragraph
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

    def sentence_subject(self, sent: _Sentence) -> Source | None:
        """A known person or institution that opens the sentence (after an opening phrase: 'On
        television, Paul Manafort dismissed …') as its subject (see RULES)."""
        words = sent.words
        if not words or words[0].start != sent.start:
            return None
        words = words[after_opening_phrase(words, self.text) :]
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

    def _subject_at(self, words: list[Token], m, appositive: bool) -> Source | None:
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
    def own_clauses(self, sent: _Sentence, qs: list[RawQuote]) -> dict[int, Source]:
        """The clause of each quotation in the sentence, where it has one of its own."""
        att = self.att
        own: dict[int, Source] = {}
        prev_close = sent.start - 1
        for r in qs:
            att.advance_to(r.open)
            att.current_quote = r.index
            if r.continues is not None:
                src = self.running_piece(r)
            else:
                src = self.clause_for(r, sent, prev_close)
            att.current_quote = None
            if src is not None:
                own[r.index] = src
                att.use(src, r.open)
            prev_close = r.close
        return own

    def running_piece(self, r: RawQuote) -> Source | None:
        """A later piece of a running quotation: the speaker of the quotation it continues."""
        first = self.group_first.get(r.continues, r.continues)
        self.group_first[r.index] = first
        group = self.sources.get(first)
        if group is None or not group.speaker:
            return None
        anchor = self.anchors.get(first)
        return anchor[1] if anchor and anchor[0] == r.index else replace(group, rule="running")

    def clause_for(self, r: RawQuote, sent: _Sentence, prev_close: int) -> Source | None:
        """The rules in order: after the closing mark, before the opening mark, later in the
        sentence, then (a running quotation) after the closing mark of its last piece."""
        att, starts = self.att, self.starts
        src = None
        tail: list[Clause] = []
        if r.closed:
            src, tail = self.after_close(r, sent)
            src = src or dash_name(self, r) or verbless_name(self, r, sent)
        if src is None:  # 'X said: "..."', 'X called it a "..."'
            h_lo = bisect_right(starts, max(prev_close, sent.start - 1))
            h_hi = bisect_right(starts, r.open)
            clauses = find_clauses(att, self.outside, h_lo, h_hi, sent.words)
            if clauses:
                src = clauses[-1].source
        if src is None:  # 'Ana Vea: "…"'
            src = label_name(self, r)
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

    def after_close(self, r: RawQuote, sent: _Sentence) -> tuple[Source | None, list[Clause]]:
        """Right after the closing mark: '"...," X said' (or '"...?" X asked.')."""
        att, starts, text = self.att, self.starts, self.text
        limit = self.next_open[r.index]
        t_lo = bisect_right(starts, r.close)
        t_hi = bisect_right(starts, min(sent.end, limit) - 1)
        asks = text[r.start : r.end].rstrip()[-1:] in ("?", "!")
        tail: list[Clause] = []
        if asks and t_lo == t_hi and t_lo < len(starts) and starts[t_lo] < limit:
            # the sentence ends inside the marks ('"Why?" Moe asked.'): read on into the next
            ext = self.bounds[max(0, bisect_right(self.sent_starts, starts[t_lo]) - 1)][1]
            t_hi = bisect_right(starts, min(ext, limit) - 1)
            clauses = find_clauses(att, self.outside, t_lo, t_hi, self.outside[t_lo:t_hi])
        else:
            clauses = find_clauses(att, self.outside, t_lo, t_hi, sent.words)
            tail = clauses
        if clauses and clauses[0].first == t_lo:
            return clauses[0].source, tail
        return None, tail

    # -- no clause of its own ------------------------------------------------
    def share(self, sent: _Sentence, qs: list[RawQuote], own: dict[int, Source]) -> None:
        """The sentence's clause, then the paragraph's source, then the previous paragraph's."""
        att = self.att
        next_own: list[Source | None] = [None] * len(qs)
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
                    src = self.introduced_by_colon(r) or self.weigh(sent, r, self.fixed_rules(sent))
                if src is not None:
                    att.use(src, r.open)
            else:
                found_earlier = src
            self.sources[r.index] = src or Source("", rule="unattributed")

    def introduced_by_colon(self, r: RawQuote) -> Source | None:
        """A quotation that opens its paragraph after one ending 'The Times reports:' is the Times's."""
        para = self.article.paragraphs[r.paragraph - 1]
        if self.introduced is None or self.text[para.start : r.open].strip():
            return None
        return replace(self.introduced, rule="carried over")

    def fixed_rules(self, sent: _Sentence) -> Source | None:
        """The sentence's subject, then the paragraph's source, then the previous paragraph's,
        then the latest person speaker (paragraphs back)."""
        att = self.att
        src = self.sentence_subject(sent)
        if src is None and att.para_source is not None:
            ps = att.para_source
            src = replace(ps, rule="carried over" if ps.rule == "carried over" else "continuation")
        elif src is None and self.prev_para_source is not None:
            src = replace(self.prev_para_source, rule="carried over")
        elif src is None and att.last is not None and att.last.strong and att.last.speaker_type == "person":
            src = replace(att.last, rule="carried over", via="")
        return src

    def weigh(self, sent: _Sentence, r: RawQuote, rules: Source | None) -> Source | None:
        """No clause: the candidates in view, weighed (:mod:`~helpers.text.choose`); ``rules`` on a tie."""
        cands = speaker_candidates(self, sent, r, rules)
        if self.record is not None:
            self.record[r.index] = (cands, rules)
        weights = WEIGHTS if self.weights is None else self.weights
        best = choose(cands, weights) if weights else None
        return rules if best is None else with_rule(best, rules)

    def set_kinds(self, sent: _Sentence, qs: list[RawQuote]) -> None:
        for n, r in enumerate(qs):
            prev_full = n > 0 and self.kinds.get(qs[n - 1].index) == "full"
            before_start = max(sent.start, qs[n - 1].close + 1) if n else sent.start
            self.kinds[r.index] = quote_kind(self.text, r.start, before_start, r, prev_full)

    def nested(self) -> None:
        """Nested quotations take their parent's speaker."""
        previous_close: dict[int, int] = {}  # parent → closing mark of its latest nested quotation
        for r in self.raws:
            if r.depth == 1:
                parent = self.sources.get(r.parent) or Source("", rule="unattributed")
                self.sources[r.index] = replace(parent, rule="nested" if parent.speaker else "unattributed")
                before_start = previous_close.get(r.parent, self.raws[r.parent].start - 1) + 1
                self.kinds[r.index] = quote_kind(self.text, r.start, before_start, r, False)
                previous_close[r.parent] = r.close


def _closing_attribution(att, last: RawQuote, per_para, sentences) -> Source | None:
    """The clause right after the closing mark of a running quotation's last piece (``None`` if none)."""
    if not last.closed:
        return None
    tops = [x for x in per_para[last.paragraph - 1] if x.depth == 0]
    outside = outside_words(att.scan.tokens[last.paragraph - 1], tops, att.text)
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
    clauses = find_clauses(att, outside, lo, hi, outside[lo:hi])
    if clauses and clauses[0].first == lo:
        return clauses[0].source
    return None
