"""Quotation marks as outlets use them, paired into spans: one pass over a paragraph's marks.

Outer marks: straight or curly doubles (``"…"``, ``“…”``), straight or curly
singles (``'…'``, ``‘…’``, as British, New Zealand and Australian outlets
write), doubled singles (``‘‘…’’``, and ``''…''`` as NYT archives write), TeX-style (````…''``), guillemets
(``«…»``) and the German opening ``„``. Inside an outer quotation, a mark of
the other kind opens a *nested* one. An apostrophe between two letters
(``it's``, ``Japan's``) is never a mark, nor is a plural possessive
(``ministers' meeting``: an ``s'`` before a lower-case word), nor a straight
double mark glued to a word's end when no quotation is open (an inch sign,
``6'3"``, or a closing mark whose opening was lost).

Lenient pairing: a report that opens with one kind of mark and closes with
the other (``“We are ready,’ Harper said``) closes at the mismatched mark
when it follows the quotation's last punctuation, instead of swallowing the
attribution. A double quotation still open at the end of its paragraph stops
there (``closed=False``, the newspaper convention for a quotation running on);
a single mark that never closes was an apostrophe after all and opens nothing.

Titles in marks inside a quotation (``‘Vision 2040’``: capitalised words,
nothing else between the marks) are names, not nested quotations.

>>> [(s.start, s.end, s.depth) for s in pair_marks("'It's a big step,' Harper said.")]
[(1, 17, 0)]
>>> [(s.start, s.end) for s in pair_marks("''We agree,'' he said.")]
[(2, 11)]
>>> [s.closed for s in pair_marks('“We go on.')]
[False]
>>> [text[s.start:s.end] for text in ['He is 6’3" tall and "fit," they said.'] for s in pair_marks(text)]
['fit,']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MAX_TITLE_WORDS", "MarkSpan", "pair_marks"]

#: A title in marks inside a quotation has at most this many words.
MAX_TITLE_WORDS = 6

_MARK = re.compile("‘‘|’’|``|''|[\"“”'‘’«»„]")
_DOUBLE_OPEN = frozenset(["“", "‘‘", "``", "«", "„"])
_DOUBLE_CLOSE = frozenset(["”", "’’", "''", "»"])
_SINGLE = frozenset(["'", "‘", "’"])
_TITLE_SMALL = frozenset("of and the for on in to a an de".split())


@dataclass(frozen=True)
class MarkSpan:
    """One quotation in a paragraph: offsets of its marks and text (relative to the paragraph).

    ``open`` is the opening mark's offset, ``start``/``end`` the text inside
    the marks, ``close`` the closing mark's offset (the paragraph's end when
    not ``closed``); ``depth`` 0 or 1; ``parent`` the index of the enclosing span.

    >>> MarkSpan(0, 1, 4, 4, 0, True, None).start
    1
    """

    open: int
    start: int
    end: int
    close: int
    depth: int
    closed: bool
    parent: int | None


def _opens(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else ""
    return not before.isalnum() and (after.isalnum() or after in "…$€£(“‘\"'")


def _closes(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    return before != "" and not before.isspace() and not after.isalnum()


def _apostrophe(text: str, i: int) -> bool:
    """``it's``, ``Japan’s`` and ``ministers' meeting``: not a quotation mark."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return True
    return before in "sS" and after == " " and text[i + 2 : i + 3].islower()


def _stray(text: str, i: int) -> bool:
    """A straight double mark glued to the end of a word with no quotation open can only close:
    an inch sign (``6'3" tall``) or a quotation whose opening mark was lost. It opens nothing."""
    after = text[i + 1 : i + 2]
    return i > 0 and text[i - 1] not in " \t\n([{—–-/" and not after.isalnum() and not _opens(text, i, 1)


def _is_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for w in words:
        if not (w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL):
            return False
        if not w.replace("-", "").replace("’", "").replace("'", "").isalnum():
            return False
    return True


class _Pairing:
    """The state of one pass: the open outer quotation, the open nested one, what was found."""

    def __init__(self, text: str, singles: bool) -> None:
        self.text = text
        self.singles = singles  # may a single mark open an outer quotation?
        self.out: list[MarkSpan] = []
        self.outer: tuple[int, int, str] | None = None  # (offset, width, "double" | "single")
        self.inner: tuple[int, int, str] | None = None
        self.pending: list[tuple[int, int, int]] = []  # nested (open, width, close) of the open outer

    def close_outer(self, at: int, width: int, closed: bool) -> None:
        o, w, _ = self.outer
        end = at if closed else len(self.text)
        if self.text[o + w : end].strip():
            parent = len(self.out)
            self.out.append(MarkSpan(o, o + w, end, at, 0, closed, None))
            for a, aw, b in self.pending:
                inside = self.text[a + aw : b]
                if inside.strip() and not _is_title(inside):
                    self.out.append(MarkSpan(a, a + aw, b, b, 1, True, parent))
        self.outer = self.inner = None
        self.pending = []

    def step(self, i: int, mark: str) -> None:
        text, width = self.text, len(mark)
        if mark in _SINGLE and width == 1 and _apostrophe(text, i):
            return
        if self.outer is None:
            if mark == '"' and _stray(text, i):
                return
            if mark in _DOUBLE_OPEN or mark == '"' or (mark == "''" and _opens(text, i, 2)):
                self.outer = (i, width, "double")  # ''…'': doubled apostrophes as marks (NYT archives)
            elif self.singles and mark in "'‘" and _opens(text, i, 1):
                self.outer = (i, width, "single")
            return
        self.step_inside(i, mark, width)

    def step_inside(self, i: int, mark: str, width: int) -> None:
        text = self.text
        kind = self.outer[2]
        if self.inner is not None:
            a, aw, ikind = self.inner
            if (ikind == "single" and mark in "'’" and _closes(text, i, width)) or (
                ikind == "double" and (mark in _DOUBLE_CLOSE or mark == '"')
            ):
                self.pending.append((a, aw, i))
                self.inner = None
                return
        if kind == "double":
            if mark == '"' or mark in _DOUBLE_CLOSE:
                self.close_outer(i, width, True)
            elif self.inner is None and mark in _DOUBLE_OPEN:
                self.inner = (i, width, "double")
            elif self.inner is None and mark in "'‘" and _opens(text, i, 1):
                self.inner = (i, width, "single")
            elif self.inner is None and mark in "'’" and text[i - 1 : i] in ",.?!" and _closes(text, i, 1):
                self.close_outer(i, width, True)  # lenient: “We are ready,’ Harper said
            return
        # a single outer quotation
        if mark in "'’" and _closes(text, i, 1):
            self.close_outer(i, width, True)
        elif self.inner is None and (mark in _DOUBLE_OPEN or (mark == '"' and _opens(text, i, 1))):
            self.inner = (i, width, "double")
        elif self.inner is None and (mark in _DOUBLE_CLOSE or mark == '"') and _closes(text, i, width):
            self.close_outer(i, width, True)  # lenient: ‘We are ready,” Harper said


def pair_marks(text: str) -> list[MarkSpan]:
    """The quotations in one paragraph's ``text``: outer ones in order, each followed by its nested ones.

    >>> [text[s.start:s.end] for text in ['He called it a ‘Vision 2040’ plan.'] for s in pair_marks(text)]
    ['Vision 2040']
    >>> [(s.depth, s.parent) for s in pair_marks('"We back ‘Vision 2040’ and ‘a fair go,’" she said.')]
    [(0, None), (1, 0)]
    """
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    state = _Pairing(text, singles=True)
    k = 0
    while k < len(marks):
        state.step(*marks[k])
        k += 1
        if k == len(marks) and state.outer is not None and state.outer[2] == "single" and state.singles:
            # a single mark that never closes was an apostrophe ('90s): pass again without single openers
            restart = state.outer[0]
            state.outer = state.inner = None
            state.pending = []
            state.singles = False
            k = next(n for n, (at, _m) in enumerate(marks) if at == restart) + 1
    if state.outer is not None:
        state.close_outer(len(text), 0, False)
    return state.out
