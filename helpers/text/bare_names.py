"""A speaker named with no reporting verb: after a dash, as a paragraph's label, or beside any verb.

Three shapes a reader takes as attribution although no word like "said" is there:

* ``"…" ― Ana Vea, Tonga`` (or the quotation alone in its paragraph, and the next
  paragraph opening ``— Ana Vea``): :func:`dash_name`;
* ``Ana Vea: "…"``, a name labelling the paragraph (headlines, transcripts): :func:`label_name`;
* ``"Go home," Vea barked`` or ``"Go home," barked Vea``: a name right after the closing
  mark, with a verb the reporting-verb list does not hold: :func:`verbless_name`.

Each takes the attribution pass (:class:`~helpers.text.walk.QuoteWalk`) and a quotation,
and returns a :class:`~helpers.text.speakers.Source` with rule ``"explicit"`` or ``None``.

>>> from helpers.quotes import extract_quotes
>>> from helpers import parse_article
>>> [(q.speaker, q.rule) for q in extract_quotes(parse_article(' date 2030-01-02 Ana Vea: "We agree."'))]
[('Ana Vea', 'explicit')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..lexicon import NP_STOP, ROLE_WORDS
from .candidates import token_starts
from .names import namelike
from .tokens import Token, joined, party_label

__all__ = ["LABEL_WORDS", "dash_name", "label_name", "verbless_name"]

#: A label before a colon is at most this many words ('Gov. John Kasich:').
LABEL_WORDS = 5
_CLOSERS = "\"”’'"


def _name_run(text: str, toks: list[Token], i: int, most: int = LABEL_WORDS) -> int:
    """Index after the run of capitalised joined words starting at ``toks[i]``."""
    j = i
    while j < len(toks) and j - i < most and (j == i or joined(text, toks[j - 1], toks[j])) and toks[j].cap:
        j += 1
    return j


def _strong(att, toks: list[Token]):
    if not toks or (len(toks) == 1 and not namelike(toks[0])):
        return None
    src = att.resolve(toks)
    if src is None or not src.strong or src.speaker_type not in ("person", "institution"):
        return None
    return replace(src, rule="explicit")


def dash_name(walk, r):
    """'"…" ― Ana Vea, Tonga', or the quotation alone in its paragraph and the next opening
    '— Ana Vea': the name after the dash is the speaker.

    >>> from helpers import extract_quotes, parse_article
    >>> q = extract_quotes(parse_article(' date 2030-01-02 "We agree." ― Ana Vea, Tonga'))[0]
    >>> q.speaker, q.rule
    ('Ana Vea', 'explicit')
    """
    text, paras = walk.text, walk.article.paragraphs
    para = paras[r.paragraph - 1]
    k = r.close
    while k < para.end and (text[k] in _CLOSERS or text[k].isspace()):
        k += 1
    number = r.paragraph
    if k >= para.end and not text[para.start : r.open].strip() and number < len(paras):
        number += 1
        k = paras[number - 1].start
    if k >= len(text) or text[k] not in "-–—―":
        return None
    toks = walk.att.scan.tokens[number - 1]
    i = bisect_right([t.start for t in toks], k)
    return _strong(walk.att, toks[i : _name_run(text, toks, i)])


def label_name(walk, r):
    """'Kasich: "We are going all the way"': a short name that opens the paragraph, then a colon,
    before the quotation's opening mark.

    >>> from helpers import extract_quotes, parse_article
    >>> q = extract_quotes(parse_article(' date 2030-01-02 Gov. Ana Vea: "We are going all the way."'))[0]
    >>> q.speaker, q.rule
    ('Gov. Ana Vea', 'explicit')
    >>> text = ' date 2030-01-02 VOTES COUNT - Sen. Ana Vea (R-Fla.):"We count."'
    >>> extract_quotes(parse_article(text))[0].speaker
    'Sen. Ana Vea'
    """
    text = walk.text
    para = walk.article.paragraphs[r.paragraph - 1]
    colon = text.rfind(":", para.start, r.open)
    if colon < 0 or text[colon + 1 : r.open].strip():
        return None
    start = _label_start(text, para.start, colon)
    toks = walk.att.scan.tokens[r.paragraph - 1]
    starts = token_starts(walk.att, r.paragraph)
    label = toks[bisect_left(starts, start) : bisect_left(starts, colon)]
    words = [t for t in label if not party_label(text, t)]  # 'Rep. Trey Gowdy (R-S.C.):'
    if not words or len(words) > LABEL_WORDS or text[start : words[0].start].strip():
        return None
    if text[label[-1].end : colon].strip(" .)") or not all(t.cap or t.lower in ROLE_WORDS for t in words):
        return None
    return _strong(walk.att, words)


#: Dashes that part a roundup's heading from its label: 'VOTERS CARE MORE - Frank Newport: "…"'.
_LABEL_DASHES = (" - ", " ― ", " — ", " – ")


def _label_start(text: str, start: int, colon: int) -> int:
    """Where a label before ``colon`` starts: the paragraph's start, or after the last dash before it.

    >>> _label_start("NEWS - Ana Vea:", 0, 14)
    7
    """
    return max([start] + [k + len(d) for d in _LABEL_DASHES if (k := text.rfind(d, start, colon)) >= 0])


def verbless_name(walk, r, sent):
    """'"Go back to Univision," Trump barked' / '…," barked Trump': a name right after the closing
    mark of a quotation that ends in a comma, a question or an exclamation, beside a lowercase verb.

    >>> from helpers import extract_quotes, parse_article
    >>> [(q.speaker, q.rule) for text in ('"Go home," Ana Vea barked.', '"Go home," barked Ana Vea.')
    ...  for q in extract_quotes(parse_article(" date 2030-01-02 " + text))[:1]]
    [('Ana Vea', 'explicit'), ('Ana Vea', 'explicit')]
    """
    text = walk.text
    if text[r.start : r.end].rstrip()[-1:] not in (",", "?", "!"):
        return None
    toks = walk.att.scan.tokens[r.paragraph - 1]
    i = bisect_left(token_starts(walk.att, r.paragraph), r.close)
    if i >= len(toks) or toks[i].start >= sent.end or text[r.close : toks[i].start].strip(_CLOSERS + " "):
        return None
    if toks[i].cap:  # 'Trump barked'
        j = _name_run(text, toks, i, 4)
        if j < len(toks) and joined(text, toks[j - 1], toks[j]) and _verb_like(toks[j]):
            return _strong(walk.att, toks[i:j])
        return None
    if _verb_like(toks[i]) and i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]):  # 'barked Trump'
        j = _name_run(text, toks, i + 1, 4)
        end = toks[j - 1].end
        if (
            j > i + 1
            and (j == len(toks) or not joined(text, toks[j - 1], toks[j]))
            and text[end : end + 1] in ".,;"
        ):
            return _strong(walk.att, toks[i + 1 : j])
    return None


def _verb_like(t: Token) -> bool:
    w = t.lower
    return (
        not t.cap
        and w not in NP_STOP
        and w not in ("and", "or", "of")
        and (w.endswith("ed") or w.endswith("s"))
    )
