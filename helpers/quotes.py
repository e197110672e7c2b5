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
    DETERMINERS,
    NP_STOP,
    REPORTING_VERBS,
    ROLE_WORDS,
)
from .text import WORD, Token, word_count
from .text.cache import per_article
from .text.clauses import SENTENCE_SUBJECT_WORDS, Clause, find_clauses
from .text.marks import MarkSpan, pair_marks
from .text.speakers import Attributor, Source, worth_remembering

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
#: Full or partial is judged from at most this many characters before the opening mark.
KIND_LOOKBACK = 200
#: A reporting verb's subject is never further back than this many words (keeps the work linear).
#: A participle's subject ('..., calling the plan a') is at most this many words at the sentence start.
#: Asides between a subject and its verb: 'Tanaka, meanwhile, thanked ...'.
SUBJECT_ASIDES = frozenset("meanwhile however also though too separately later".split())
#: A channel ('in a statement') is looked for within this many words after the verb.


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


# --------------------------------------------------------------------------
# Clauses: "X said", "said X", "according to X", and the channel after them.


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
        self.att = Attributor(article, scan_entities(article), [r for r in raws if r.depth == 0])
        self.sentences = _sentences_by_paragraph(article)
        self.following = {r.continues: r.index for r in raws if r.continues is not None}
        self.sources: dict[int, Source] = {}
        self.kinds: dict[int, str] = {}
        # first piece of a running quotation → (the piece whose closing clause names the speaker, its source)
        self.anchors: dict[int, tuple[int, Source]] = {}
        self.group_first: dict[int, int] = {}  # piece of a running quotation → its first piece
        self.prev_para_source: Source | None = None

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
        clauses = find_clauses(att, self.outside, sent.lo, sent.hi, sent.words)
        for clause in clauses:
            if worth_remembering(clause.source):
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

    def sentence_subject(self, sent: _Sentence) -> Source | None:
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
    def own_clauses(self, sent: _Sentence, qs: list[_Raw]) -> dict[int, Source]:
        """The clause of each quotation in the sentence, where it has one of its own."""
        att = self.att
        own: dict[int, Source] = {}
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

    def running_piece(self, r: _Raw) -> Source | None:
        """A later piece of a running quotation: the speaker of the quotation it continues."""
        first = self.group_first.get(r.continues, r.continues)
        self.group_first[r.index] = first
        group = self.sources.get(first)
        if group is None or not group.speaker:
            return None
        anchor = self.anchors.get(first)
        return anchor[1] if anchor and anchor[0] == r.index else replace(group, rule="running")

    def clause_for(self, r: _Raw, sent: _Sentence, prev_close: int) -> Source | None:
        """The rules in order: after the closing mark, before the opening mark, later in the
        sentence, then (a running quotation) after the closing mark of its last piece."""
        att, starts = self.att, self.starts
        src = None
        tail: list[Clause] = []
        if r.closed:
            src, tail = self.after_close(r, sent)
        if src is None:  # 'X said: "..."', 'X called it a "..."'
            h_lo = bisect_right(starts, max(prev_close, sent.start - 1))
            h_hi = bisect_right(starts, r.open)
            clauses = find_clauses(att, self.outside, h_lo, h_hi, sent.words)
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

    def after_close(self, r: _Raw, sent: _Sentence) -> tuple[Source | None, list[Clause]]:
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
    def share(self, sent: _Sentence, qs: list[_Raw], own: dict[int, Source]) -> None:
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
            self.sources[r.index] = src or Source("", rule="unattributed")

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
                parent = self.sources.get(r.parent) or Source("", rule="unattributed")
                self.sources[r.index] = replace(parent, rule="nested" if parent.speaker else "unattributed")
                before_start = previous_close.get(r.parent, self.raws[r.parent].start - 1) + 1
                self.kinds[r.index] = _kind(self.text, r.start, before_start, r, False)
                previous_close[r.parent] = r.close


def _quote(r: _Raw, text: str, src: Source | None, kind: str) -> Quote:
    src = src or Source("", rule="unattributed")
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


def _closing_attribution(att, last: _Raw, per_para, sentences) -> Source | None:
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
    clauses = find_clauses(att, outside, lo, hi, outside[lo:hi])
    if clauses and clauses[0].first == lo:
        return clauses[0].source
    return None


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
