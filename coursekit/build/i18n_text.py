"""The translatable pieces of a notebook cell, and the cell rebuilt from their translations.

A markdown cell is cut into blocks at its blank lines (a fenced code block
stays whole and is never translated); the ``<!-- course:NAME -->`` marker
lines around a generated block and the rules (``---``) stay as they are. A code cell's translatable
pieces are its comments (a run of whole-line comments is one piece, a
comment after code is one piece) and the text of the string literals it
prints (``print("Date:", ...)``: one piece per literal, on one line, an
f-string's ``{fields}`` kept). Code itself is never translated.

Round trip: with no translation, :func:`translate_markdown` and
:func:`translate_code` give back the cell unchanged.

>>> [p.text for p in markdown_pieces("# Title\\n\\nSome text\\nmore.\\n\\n---")]
['# Title', 'Some text\\nmore.']
>>> translate_markdown("# Title\\n\\nSome text.", {"# Title": "# 題名"}.get)
'# 題名\\n\\nSome text.'
>>> [p.text for p in comment_pieces("# Setup: run this first.\\nx = 1  # one\\n")]
['Setup: run this first.', 'one']
>>> print(translate_code("# one\\n# two\\nx = 1  # three", {"one\\ntwo": "一\\n二"}.get))
# 一
# 二
x = 1  # three
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Piece", "code_pieces", "comment_pieces", "markdown_pieces", "translate_code", "translate_markdown"]

#: A translation lookup: the English text → its translation, or None (then the English stays).
Lookup = Callable[[str], "str | None"]

_MARKER = re.compile(r"^\s*(<!--.*-->|-{3,}|\*{3,})\s*$")  # a course marker or a rule
_FENCE = re.compile(r"^\s*(```|~~~)")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Piece:
    """One translatable text of a cell and the cell's line where it starts (counted from 1)."""

    text: str
    line: int


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """The cell's blocks as (first line number, lines); a fenced block is never cut."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start, in_fence = 1, False
    for number, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not line.strip() and not in_fence:
            if current:
                blocks.append((start, current))
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, current))
    return blocks


def _split_block(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(marker lines before, the text, marker lines after): a generated block's markers stay as they are."""
    head, tail = 0, len(lines)
    while head < tail and _MARKER.match(lines[head]):
        head += 1
    while tail > head and _MARKER.match(lines[tail - 1]):
        tail -= 1
    return lines[:head], lines[head:tail], lines[tail:]


def _translatable(lines: list[str]) -> bool:
    text = "\n".join(lines)
    return bool(lines) and not _FENCE.match(lines[0]) and bool(_LETTER.search(text))


def markdown_pieces(text: str) -> list[Piece]:
    """The translatable blocks of a markdown cell, in order.

    >>> [p.line for p in markdown_pieces("<!-- course:x -->\\n**Time:** 5 minutes\\n<!-- /course:x -->\\n\\nNext.")]
    [2, 5]
    >>> markdown_pieces("```python\\nx = 1\\n\\ny = 2\\n```")
    []
    """
    pieces = []
    for start, lines in _blocks(text):
        head, body, _ = _split_block(lines)
        if _translatable(body):
            pieces.append(Piece("\n".join(body), start + len(head)))
    return pieces


def translate_markdown(text: str, lookup: Lookup) -> str:
    """The markdown cell with each block that ``lookup`` knows replaced by its translation."""
    out = []
    for _, lines in _blocks(text):
        head, body, tail = _split_block(lines)
        if _translatable(body):
            body = (lookup("\n".join(body)) or "\n".join(body)).split("\n")
        out.append("\n".join(head + body + tail))
    return "\n\n".join(out)


@dataclass(frozen=True)
class _Comment:
    line: int  # 0-based
    column: int
    text: str
    whole_line: bool


def _comments(source: str) -> list[_Comment]:
    """Every comment of a code cell; a cell Python cannot tokenize (a magic) gives its whole-line comments."""
    lines = source.split("\n")
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
        found = [(t.start[0] - 1, t.start[1], t.string) for t in tokens if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        found = [(n, len(line) - len(line.lstrip()), line.strip()) for n, line in enumerate(lines) if line.lstrip().startswith("#")]
    return [_Comment(n, col, text, not lines[n][:col].strip()) for n, col, text in found]


def _body(comment: str) -> str:
    return re.sub(r"^#+ ?", "", comment).rstrip()


def _groups(source: str) -> list[list[_Comment]]:
    """Comments grouped: consecutive whole-line comments at one indent are one group; a code comment is alone."""
    groups: list[list[_Comment]] = []
    for comment in _comments(source):
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and comment.whole_line
            and previous.whole_line
            and comment.line == previous.line + 1
            and comment.column == previous.column
        ):
            groups[-1].append(comment)
        else:
            groups.append([comment])
    return [g for g in groups if _LETTER.search(" ".join(_body(c.text) for c in g))]


def comment_pieces(source: str) -> list[Piece]:
    """The translatable comments of a code cell, in order (a run of whole-line comments is one piece)."""
    return [Piece("\n".join(_body(c.text) for c in group), group[0].line + 1) for group in _groups(source)]


@dataclass(frozen=True)
class _Literal:
    line: int  # 0-based
    start: int  # character offsets of the text between the quotes
    end: int
    text: str
    quote: str


def _printed(source: str) -> list[_Literal]:
    """The one-line string literals given straight to ``print(...)``, with letters and no backslash."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    lines = source.split("\n")
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"):
            continue
        for arg in node.args:
            if not isinstance(arg, (ast.Constant, ast.JoinedStr)) or arg.lineno != arg.end_lineno:
                continue
            if isinstance(arg, ast.Constant) and not isinstance(arg.value, str):
                continue
            line = lines[arg.lineno - 1]
            raw = line.encode("utf-8")
            start = len(raw[: arg.col_offset].decode("utf-8"))
            end = len(raw[: arg.end_col_offset].decode("utf-8"))
            segment = line[start:end]
            match = re.fullmatch(r"([fFrRuU]{0,2})(['\"])(.*)\2", segment)
            if match and "\\" not in match[3] and _LETTER.search(re.sub(r"\{[^{}]*\}", "", match[3])):
                first = start + len(match[1]) + 1
                found.append(_Literal(arg.lineno - 1, first, end - 1, match[3], match[2]))
    return sorted(found, key=lambda x: (x.line, x.start))


def code_pieces(source: str) -> list[Piece]:
    """A code cell's translatable texts: its comments, then the literals it prints.

    >>> [p.text for p in code_pieces('print(f"Paragraph {n}:", x)  # show it')]
    ['show it', 'Paragraph {n}:']
    """
    return comment_pieces(source) + [Piece(lit.text, lit.line + 1) for lit in _printed(source)]


def translate_code(source: str, lookup: Lookup) -> str:
    """The code cell with each comment and printed text ``lookup`` knows translated; code never changes.

    >>> print(translate_code('print("Date:", d)', {"Date:": '日付 "今日":'}.get))
    print("日付 \\"今日\\":", d)
    """
    lines = source.split("\n")
    for lit in reversed(_printed(source)):
        translated = lookup(lit.text)
        if translated:
            text = translated.replace("\\", "\\\\").replace(lit.quote, "\\" + lit.quote).replace("\n", " ")
            line = lines[lit.line]
            lines[lit.line] = line[: lit.start] + text + line[lit.end :]
    source = "\n".join(lines)
    lines = source.split("\n")
    for group in reversed(_groups(source)):
        english = "\n".join(_body(c.text) for c in group)
        translated = lookup(english)
        if not translated:
            continue
        first = group[0]
        if first.whole_line:
            indent = " " * first.column
            new = [f"{indent}# {t}".rstrip() for t in translated.split("\n")]
            lines[first.line : first.line + len(group)] = new
        else:
            line = lines[first.line]
            lines[first.line] = line[: first.column] + "# " + " ".join(translated.split("\n"))
    return "\n".join(lines)
