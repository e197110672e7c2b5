"""Lines of an article file, as the parser reads them: every line end, invisible-only lines, date lines.

A line end is LF, CRLF, a lone CR or U+2028; U+2029 (:data:`PARAGRAPH_SEPARATOR`)
also ends a paragraph. Everything here is linear in the length of the text.

>>> [(a, b, end) for a, b, end in iter_lines("a\\r\\nbc", 0)]
[(0, 1, '\\r\\n'), (3, 5, '')]
"""

from __future__ import annotations

import re

from ..errors import LINE_ENDS
from ..textfiles import INVISIBLE, VISIBLE

__all__ = [
    "LOOKS_LIKE_DATE_LINE",
    "PARAGRAPH_SEPARATOR",
    "find_date_line",
    "has_visible",
    "iter_lines",
    "line_start",
]

# Line ends (LINE_ENDS): CRLF, LF, a lone CR, U+2028 or U+2029 (which also ends a paragraph).
_LINE_END = re.compile("[" + "".join(LINE_ENDS) + "]")
#: U+2029 ends a paragraph as a blank line does.
PARAGRAPH_SEPARATOR = "\u2029"
#: A line that starts like the seed format's first line (anchored: linear).
LOOKS_LIKE_DATE_LINE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d\d-\d\d(?:\s|\Z)", re.IGNORECASE)


def line_start(text: str, offset: int) -> int:
    """Offset of the start of the line holding ``offset``.

    >>> line_start("ab\\ncd", 4)
    3
    """
    return max(text.rfind(end, 0, offset) for end in LINE_ENDS) + 1


def iter_lines(text: str, start: int):
    """``(line_start, line_end, line_end_characters)`` for each line from ``start``; linear.

    Texts with LF line ends only (nearly all) take a ``str.find`` loop; the
    others a regular expression, with CR followed by LF taken as one line end.

    >>> list(iter_lines("a\\nb", 0))
    [(0, 1, '\\n'), (2, 3, '')]
    """
    pos = start
    if all(text.find(end, start) < 0 for end in LINE_ENDS[1:]):
        while (at := text.find("\n", pos)) >= 0:
            yield pos, at, "\n"
            pos = at + 1
    else:
        for found in _LINE_END.finditer(text, start):
            at = found.start()
            if at < pos:  # the LF of a CRLF pair, already taken with its CR
                continue
            ending = "\r\n" if text.startswith("\r\n", at) else text[at]
            yield pos, at, ending
            pos = at + len(ending)
    yield pos, len(text), ""


def has_visible(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character that prints; fast for ordinary lines.

    >>> has_visible("a \\u200b b", 1, 4), has_visible("a \\u200b b", 0, 4)
    (False, True)
    """
    line = text[start:end].strip()
    if not line:
        return False
    return INVISIBLE.match(line) is None or VISIBLE.search(line) is not None


def find_date_line(text: str, offset: int) -> int | None:
    """Offset of the first line after the one holding ``offset`` that looks like a date line, if any.

    >>> find_date_line("Lead.\\n date 2025-12-19 Body", 0)
    7
    """
    lines = iter_lines(text, line_start(text, offset))
    next(lines)
    for start, end, _ in lines:
        if LOOKS_LIKE_DATE_LINE.match(text, start, end):
            return start + (end - start) - len(text[start:end].lstrip(" \t"))
    return None
