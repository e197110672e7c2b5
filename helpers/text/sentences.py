"""Sentence splitting inside one paragraph: one linear pass, offsets kept.

A full stop, question or exclamation mark ends a sentence when it is outside
a quotation (between ``"``, ``“ ”`` or doubled apostrophes ``''``), is followed by a space (or the end) and then a capital, a digit
or an opening mark, and is not the full stop of an initial (``J.``) or a
common abbreviation (``Mr.``, ``U.S.``).

>>> text = '"Yes. No," she said. Mr. Smith left.'
>>> [text[a:b] for a, b in sentence_spans(text)]
['"Yes. No," she said.', 'Mr. Smith left.']
>>> text = "''Yes. No,'' she said. ''Go.'' He left."
>>> [text[a:b] for a, b in sentence_spans(text)]
["''Yes. No,'' she said.", "''Go.''", 'He left.']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "is_abbreviation", "sentence_spans"]

_CLOSERS = "\"'”’)]"
_OPEN_DOUBLE = "“"
_CLOSE_DOUBLE = "”"
#: The characters the sentence splitter acts on: quotation marks and sentence ends.
_MARKS = re.compile(r"''|[\"“”.?!]")
#: Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt capt sgt adm rep sen gov pres "
    "rev hon reps sens govs messrs amb atty supt det insp maj cmdr cpl pvt fr "
    "no vol fig etc vs e.g i.e u.s u.k u.n d.c a.m p.m jan feb mar apr jun jul "
    "aug sep sept oct nov dec inc ltd co corp".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph's text; one pass, linear.

    Only quotation marks and sentence ends change anything, so the loop jumps
    from one of those to the next (``_MARKS``) instead of visiting every character.

    >>> sentence_spans("One. Two")
    [(0, 4), (5, 8)]
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    in_quote = False
    i = 0
    while True:
        m = _MARKS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "'":  # doubled apostrophes used as quotation marks (''…'')
            in_quote = not in_quote
            i += 1
        elif ch == '"':
            in_quote = not in_quote
        elif ch == _OPEN_DOUBLE:
            in_quote = True
        elif ch == _CLOSE_DOUBLE:
            in_quote = False
        else:  # a sentence end
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                if text[j] == '"' or text[j] == _CLOSE_DOUBLE:
                    in_quote = False if text[j] == _CLOSE_DOUBLE else not in_quote
                elif text[j : j + 2] == "''":
                    in_quote = not in_quote
                    j += 1
                j += 1
            if not in_quote and (j == n or text[j].isspace()) and not is_abbreviation(text, i):
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k == n or text[k].isupper() or text[k].isdigit() or text[k] in "\"“'‘(":
                    spans.append((start, j))
                    start = k
                    i = k
                    continue
            i = j
            continue
        i += 1
    if start < n and text[start:].strip():
        end = n
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial or an abbreviation (see :data:`ABBREVIATIONS`).

    >>> is_abbreviation("Mr. Smith", 2), is_abbreviation("J. Smith", 1), is_abbreviation("Go.", 2)
    (True, True, False)
    >>> is_abbreviation("Rev. Tatum", 3), is_abbreviation("J.M. Berger", 3)
    (True, True)
    """
    if text[dot] != ".":
        return False
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot]
    if len(word) == 1 and word.isupper():  # an initial, "J. Collins"
        return True
    if word.isupper() and all(len(part) == 1 for part in word.split(".")):  # initials, "J.M. Berger"
        return True
    return word.lower() in ABBREVIATIONS
