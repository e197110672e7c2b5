"""Transcripts: paragraphs opened by a speaker's label (``TAPPER: …``, ``Ms Vea: …``) are that speaker's words.

News prints interviews and debates as a transcript: each turn is a
paragraph opened by the speaker's name in capitals and a colon, with no
quotation marks (``TRUMP: We will win.``), or with the newspaper's running
marks (``"PENCE: Well, look, …``). :func:`find_turns` reads them; each turn
becomes one quotation whose speaker is the label, with rule ``"speaker label"``.

An article prints a transcript when it has at least :data:`MIN_TURNS`
labelled paragraphs (the title is not one), two speakers or more, and a
speaker who speaks again after another: turns are taken. That keeps out
newsroom labels (:data:`NEWSROOM_LABELS`: ``UPDATE:``, ``WATCH:``), sections
headed by names (``SANDERS: …``, ``CRUZ: …``, each once), tallies
(``Clinton: 547.``) and a headline's ``Name: 'quote'``. The speaker is the
name the article gives the label (``PENCE`` is Mike Pence when the article
says "Mike Pence"; ``TAPPER`` is Jake Tapper after ``JAKE TAPPER:``), or the
label itself. A paragraph with no label between two turns goes on with the
turn before it, and so do the paragraphs that running marks carry on after
the last turn; a stage direction (``(CROSSTALK.)``) is nobody's words. A
paragraph without marks after the last turn is the reporter's again.

>>> from helpers import parse_article
>>> art = parse_article(" date 2030-01-02 Ana Vea met Ben Moe.\\n\\nVEA: We agree.\\n\\nMOE: We do not.\\n\\nVEA: Then we talk.")
>>> [(t.paragraph, t.speaker, art.text[t.start:t.end]) for t in find_turns(art)]
[(2, 'Ana Vea', 'We agree.'), (3, 'Ben Moe', 'We do not.'), (4, 'Ana Vea', 'Then we talk.')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import ROLE_WORDS

__all__ = ["MIN_TURNS", "NEWSROOM_LABELS", "Turn", "apply_turns", "find_turns", "label_of", "stage_direction"]

#: A transcript has at least this many labelled paragraphs.
MIN_TURNS = 3

#: Labels that head a newsroom item, not a speaker's turn (compared in capitals).
NEWSROOM_LABELS = frozenset(
    """UPDATE UPDATED BYLINE EXCLUSIVE WATCH VIDEO AUDIO READ MORE ALSO SEE LISTEN EMAIL PHOTO PHOTOS NOTE
    CORRECTION CLARIFICATION RELATED SOURCE SOURCES BREAKING LIVE BOOM BUSTED LOOK WOW AP REUTERS AFP UPI
    ANALYSIS OPINION TRANSCRIPT DISCLOSURE WARNING SPOILER Q A PS P.S. TIP NB""".split()
)

_OPENING = "\"“‘'«„"
_CLOSING = "\"”’'»"
_LABEL = re.compile(
    r"(?P<label>(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.? )?[A-Z][A-Za-z’'\-]*(?: [A-Z][A-Za-z’'\-]*){0,2})"
    r": +(?=[^\s\"“”'‘’])"
)
_TITLES = frozenset("Mr Ms Mrs Dr Sen Rep Gov".split())
_NOT_GIVEN = frozenset("The A An And But If In On At As By For Of To Mr Ms Mrs Dr President Senator Sen Gov Rep".split())
_STAGE = re.compile(r"[\"“”'‘’]*[(\[][^)\]]*[)\]][.\s\"“”'‘’]*")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the paragraph, the label as printed, the speaker, the span of the words (absolute).

    >>> Turn(2, "VEA", "Ana Vea", 30, 39).speaker
    'Ana Vea'
    """

    paragraph: int
    label: str
    speaker: str
    start: int
    end: int


def label_of(text: str) -> tuple[str, int] | None:
    """The speaker label opening a paragraph's ``text`` and where the words after it start, or ``None``.

    A label is one to three words, all in capitals (``JAKE TAPPER``) or all
    capitalised (``Ms Vea``), before a colon; an opening mark may come first.

    >>> label_of('"PENCE: Well, look.')
    ('PENCE', 8)
    >>> label_of("Jake Tapper: Thank you."), label_of("The plan: go on."), label_of("Note: 3 items")
    (('Jake Tapper', 13), None, ('Note', 6))
    """
    k = 0
    while k < len(text) and text[k] in _OPENING:
        k += 1
    m = _LABEL.match(text, k)
    if m is None:
        return None
    words = [w.rstrip(".") for w in m.group("label").split()]
    if not all(w.isupper() or w in _TITLES for w in words) and not all(w[:1].isupper() for w in words):
        return None
    return m.group("label"), m.end()


def stage_direction(text: str) -> bool:
    """A paragraph that is only a direction in brackets: ``(CROSSTALK.)``, ``[applause]``.

    >>> stage_direction('"(CROSSTALK.)'), stage_direction("(He laughs.) We agree.")
    (True, False)
    """
    return _STAGE.fullmatch(text.strip()) is not None


def _speaker(label: str, text: str) -> str:
    """The name the article gives the person labelled ``label`` in ``text`` (``""`` if it names no one so).

    ``PENCE`` is the most frequent "Given Pence" in the text (a role word such
    as "Governor" is no given name), or "Pence" alone.
    """
    words = [w.capitalize() if w.isupper() else w for w in label.split() if w.rstrip(".") not in _TITLES]
    if not words:
        return ""
    if len(words) > 1:
        name = " ".join(words)
        return name if re.search(r"\b" + re.escape(name) + r"\b", text) else ""
    last = words[0]
    if not re.search(r"\b" + re.escape(last) + r"\b", text):
        return ""
    given = Counter(
        m.group(1)
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(last) + r"\b", text)
        if m.group(1).lower() not in ROLE_WORDS and m.group(1) not in _NOT_GIVEN
    )
    return f"{given.most_common(1)[0][0]} {last}" if given else last


def _display(label: str) -> str:
    """``JAKE TAPPER`` as a name: ``Jake Tapper``."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in label.split())


def _spoken(words: str) -> bool:
    """Words someone says have a lower-case letter (``Clinton: 547.`` is a tally)."""
    return any(ch.islower() for ch in words)


def _key(label: str) -> str:
    """The label's last word in capitals: ``JAKE TAPPER`` and ``Tapper`` are one speaker."""
    return label.split()[-1].upper()


def _labelled(article) -> list[tuple[int, str, int, str]]:
    """(paragraph index, label, where its words start, the name the article gives) for every labelled paragraph.

    Each label is looked up once, in the article with every label blanked out (linear in the article).
    """
    found = []
    for k, para in enumerate(article.paragraphs[1:], start=1):
        hit = label_of(para.text)
        if hit is not None and hit[0].upper() not in NEWSROOM_LABELS and _spoken(para.text[hit[1] :]):
            found.append((k, *hit))
    if not found:
        return []
    pieces, at = [], 0
    for k, _label, words_at in found:
        start = article.paragraphs[k].start
        pieces += [article.text[at:start], " " * words_at]
        at = start + words_at
    rest = "".join(pieces) + article.text[at:]
    names: dict[str, str] = {}
    for _k, label, _at in found:
        if label not in names:
            names[label] = _speaker(label, rest)
    return [(k, label, words_at, names[label]) for k, label, words_at in found]


def _is_transcript(labelled: list[tuple[int, str, int, str]]) -> bool:
    """Enough turns, two speakers or more, and a speaker who speaks again after another (turns are taken).

    A list of sections headed by names (``SANDERS: …``, ``CRUZ: …``) names each once.
    """
    keys = [_key(label) for _, label, _, _ in labelled]
    again = any(keys[i] in keys[:i - 1] and keys[i - 1] != keys[i] for i in range(2, len(keys)))
    return len(labelled) >= MIN_TURNS and len(set(keys)) >= 2 and again


def _block_end(paras, last: int) -> int:
    """One past the transcript's last paragraph: the last labelled one, and after it those its open
    running marks carry on (a paragraph left open and the next opened by a mark: the same speaker)."""
    k = last
    while k + 1 < len(paras) and paras[k].text.rstrip()[-1:] not in _CLOSING and paras[k + 1].text[:1] in _OPENING:
        k += 1
    return k + 1


def find_turns(article) -> list[Turn]:
    """The turns of every transcript in ``article``, in order (``[]`` when it prints none).

    >>> from helpers import parse_article
    >>> find_turns(parse_article(" date 2030-01-02 UPDATE: The talks went on.\\n\\nWATCH: The video."))
    []
    """
    labelled = _labelled(article)
    if not _is_transcript(labelled):
        return []
    paras = article.paragraphs
    full: dict[str, str] = {}  # 'TAPPER' → 'Jake Tapper' once the transcript has said 'JAKE TAPPER:'
    for _, label, _, name in labelled:
        if len(label.split()) > 1:
            full.setdefault(_key(label), name or _display(label))
    by_para = {k: (label, at, name or full.get(_key(label)) or _display(label)) for k, label, at, name in labelled}
    turns: list[Turn] = []
    current: tuple[str, str] | None = None
    for k in range(labelled[0][0], _block_end(paras, labelled[-1][0])):
        para = paras[k]
        if k in by_para:
            label, at, speaker = by_para[k]
            current = (label, speaker)
        elif stage_direction(para.text):
            continue
        elif current is None or label_of(para.text) is not None:
            current = None  # a newsroom label ('VIDEO:') ends the turn
            continue
        else:
            at = len(para.text) - len(para.text.lstrip(_OPENING))
        end = len(para.text.rstrip())
        if end > at:
            turns.append(Turn(para.number, current[0], current[1], para.start + at, para.start + end))
    return turns


def apply_turns(article, raws: list, sources: dict, kinds: dict) -> list:
    """``raws`` (:class:`~helpers.text.quote_spans.RawQuote`) with every transcript turn as a full quotation.

    A turn's paragraph gives one top-level quotation (the words after the
    label), said by the label's speaker with rule ``"speaker label"``; a
    quotation inside the turn becomes nested in it; the marks of a stage
    direction between turns quote no one. ``sources`` and ``kinds`` are
    updated in place; the result is in text order.

    >>> from helpers import parse_article
    >>> from helpers.text.quote_spans import all_raw
    >>> art = parse_article(" date 2030-01-02 Ana Vea met Ben Moe.\\n\\nVEA: A 'fair go'.\\n\\nMOE: No.\\n\\nVEA: Yes.")
    >>> raws, sources, kinds = all_raw(art)[0], {}, {}
    >>> [(art.text[r.start:r.end], r.depth, sources[r.index].speaker) for r in apply_turns(art, raws, sources, kinds)]
    [("A 'fair go'.", 0, 'Ana Vea'), ('fair go', 1, 'Ana Vea'), ('No.', 0, 'Ben Moe'), ('Yes.', 0, 'Ana Vea')]
    """
    from dataclasses import replace

    from .quote_spans import RawQuote
    from .speakers import Source

    turns = find_turns(article)
    if not turns:
        return raws
    paras = article.paragraphs
    block = range(turns[0].paragraph, turns[-1].paragraph + 1)
    by_para = {t.paragraph: t for t in turns}
    silent = {n for n in block if n not in by_para and stage_direction(paras[n - 1].text)}
    out = [r for r in raws if r.paragraph not in by_para and r.paragraph not in silent]
    next_index = max((r.index for r in raws), default=-1) + 1
    in_para: dict[int, list] = {}
    for r in raws:
        in_para.setdefault(r.paragraph, []).append(r)
    for turn in turns:
        here = in_para.get(turn.paragraph, [])
        opener = next((r for r in here if r.depth == 0 and r.open < turn.start), None)
        index = opener.index if opener is not None else next_index
        next_index += opener is None
        end = turn.end
        if opener is not None and opener.closed and not article.text[opener.close : turn.end].strip(_CLOSING):
            end = opener.end  # the running marks close at the paragraph's end
        out.append(RawQuote(turn.start, end, turn.start, end, turn.paragraph, 0, True, None, None, index))
        source = Source(turn.speaker, speaker_type="person", rule="speaker label")
        sources[index], kinds[index] = source, "full"
        for r in here:
            if r is opener or r.start < turn.start or r.end > end:
                continue
            r.depth, r.parent, r.continues = 1, index, None
            sources[r.index] = replace(source, rule="nested")
            out.append(r)
    out.sort(key=lambda r: (r.start, r.depth))
    return out
