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
    ``continues``. Empty quotations (``""``) are skipped. Doubled apostrophes
    (``''…''``, as some archives write) are double marks. Titles, slogans,
    headings, scare quotes, numbers and handles in marks (``"Saturday Night
    Live"``, ``the "establishment" candidate``, ``"2016-07-23"``) quote no one
    and are left out (:mod:`helpers.text.not_quotes`).

Transcripts
    A paragraph opened by a speaker's label (``VEA: We agree.``) in an
    article that prints turns is a quotation of its own, with or without
    marks; its speaker is the label's person, rule ``"speaker label"``
    (:mod:`helpers.text.transcripts`).

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
a country table in :mod:`helpers.lexicon`) are used. Everything is linear in
the length of the article. The work is done in the text layer: the spans in
:mod:`helpers.text.quote_spans`, the attribution pass in
:mod:`helpers.text.walk`, the vocabularies in :mod:`helpers.text.vocabulary`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .text import word_count
from .text.cache import per_article
from .text.not_quotes import CONTEXT_CHARS, not_a_quotation
from .text.quote_spans import RawQuote, all_raw
from .text.records import Record
from .text.speaker_names import one_name_per_speaker
from .text.speakers import Source
from .text.transcripts import apply_turns
from .text.vocabulary import (
    QUOTE_KINDS,
    RULE_NAMES,
    RULES,
    SPEAKER_TYPES,
    QuoteKind,
    Rule,
    SpeakerType,
)
from .text.walk import QuoteWalk

if TYPE_CHECKING:
    from .article import Article

__all__ = [
    "QUOTE_KEYS",
    "QUOTE_KINDS",
    "RULES",
    "RULE_NAMES",
    "SPEAKER_TYPES",
    "Quote",
    "QuoteKind",
    "Rule",
    "SpeakerType",
    "extract_quotes",
    "quotes_by_speaker",
]

#: The keys of :meth:`Quote.to_dict`, in order (the CLI's ``--json`` and the golden files use it).
QUOTE_KEYS = (
    "number",
    "paragraph",
    "speaker",
    "role",
    "country",
    "speaker_type",
    "kind",
    "via",
    "rule",
    "text",
    "words",
    "start",
    "end",
    "parent",
    "continues",
    "closed",
)


@dataclass(frozen=True)
class Quote(Record):
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
    >>> list(q.to_dict())[:6]  # to_dict: the keys of QUOTE_KEYS, with words
    ['number', 'paragraph', 'speaker', 'role', 'country', 'speaker_type']
    """

    DICT_KEYS = QUOTE_KEYS

    number: int
    text: str
    start: int
    end: int
    paragraph: int
    speaker: str = ""
    role: str = ""
    country: str = ""
    speaker_type: SpeakerType = ""
    kind: QuoteKind = "full"
    via: str = ""
    rule: Rule = "unattributed"
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


@per_article
def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quotation in ``article``, attributed, in text order (nested ones after their parent).

    Five named passes: find and pair the marks (:func:`helpers.text.marks.pair_marks`),
    link running quotations, attach each quotation to its clauses and resolve
    the speakers paragraph by paragraph, give nested quotations their
    parent's speaker, then give each speaker one name for the whole article
    (:func:`helpers.text.speaker_names.one_name_per_speaker`). The result is
    computed once per article and shared.

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
    raws, per_para = all_raw(article)
    walk = QuoteWalk(article, raws, per_para)
    for para, found in zip(article.paragraphs, per_para, strict=True):
        walk.paragraph(para, found)
    walk.nested()
    raws = apply_turns(article, raws, walk.sources, walk.kinds)
    renamed = one_name_per_speaker(
        src.speaker for src in walk.sources.values() if src.speaker_type == "person"
    )
    for index, src in walk.sources.items():  # one name per speaker, decided once for every rule
        if src.speaker in renamed:
            walk.sources[index] = replace(src, speaker=renamed[src.speaker])
    text = article.text
    kept = _quotations(raws, article, walk.kinds)
    number = {r.index: n for n, r in enumerate(kept, start=1)}
    return tuple(
        _quote(r, text, walk.sources.get(r.index), walk.kinds.get(r.index, "partial"), number) for r in kept
    )


def _quotations(raws: list[RawQuote], article: Article, kinds: dict[int, QuoteKind]) -> list[RawQuote]:
    """The spans that quote someone: titles, scare quotes, numbers and handles in marks go, with what they hold."""
    text, paras = article.text, article.paragraphs
    dropped: set[int] = set()
    for r in raws:
        if r.depth == 0 and r.continues is None and r.closed:
            para = paras[r.paragraph - 1]
            before = text[max(para.start, r.open - CONTEXT_CHARS) : r.open]
            after = text[r.close : min(para.end, r.close + CONTEXT_CHARS)].lstrip("'’”\"»")
            mark = text[r.open : r.start]
            if not_a_quotation(text[r.start : r.end], kinds.get(r.index, "partial"), before, after, mark):
                dropped.add(r.index)
        elif r.parent in dropped:
            dropped.add(r.index)
    return [r for r in raws if r.index not in dropped]


def _quote(r: RawQuote, text: str, src: Source | None, kind: QuoteKind, number: dict[int, int]) -> Quote:
    src = src or Source("", rule="unattributed")
    return Quote(
        number=number[r.index],
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
        parent=None if r.parent is None else number.get(r.parent),
        continues=None if r.continues is None else number.get(r.continues),
        closed=r.closed,
    )


def quotes_by_speaker(article: Article) -> dict[str, int]:
    """How many quotations each speaker has, most first (``''`` collects the unattributed).

    >>> from helpers import load_seeds
    >>> quotes_by_speaker(load_seeds()[0])["Judith Collins"]
    2
    """
    counts = Counter(q.speaker for q in extract_quotes(article))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
