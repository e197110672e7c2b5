"""Errors that point at the file, the line and the column, and say what to do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["LINE_ENDS", "ArticleFormatError", "DatasetError", "LocatedError", "position"]


#: The line ends the parser knows: LF, CRLF (one line end), a lone CR (old
#: Mac exports), and Unicode's line and paragraph separators.
LINE_ENDS = ("\n", "\r", "\u2028", "\u2029")


def position(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based ``(line, column)`` of character ``offset`` in ``text``.

    A ``\\r\\n`` pair counts as one line break; so do a lone ``\\r``, a
    lone ``\\n`` and the Unicode separators U+2028 and U+2029.

    >>> position("ab\\ncd", 0)
    (1, 1)
    >>> position("ab\\ncd", 4)
    (2, 2)
    >>> position("ab\\r\\ncd", 4)
    (2, 1)
    >>> position("ab\\rcd", 4)
    (2, 2)
    """
    offset = max(0, min(offset, len(text)))
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        offset -= 1  # the LF of a CRLF pair belongs to the line it ends
    head = text[:offset]
    line = 1 + sum(head.count(end) for end in LINE_ENDS) - head.count("\r\n")
    line_start = max(head.rfind(end) for end in LINE_ENDS) + 1
    return line, offset - line_start + 1


class LocatedError(ValueError):
    """A problem in a file or a text, with where it is and what to do.

    The one message format of the course's errors is
    ``path:line:column: problem — fix``; a part that is not known (no line,
    no column, no fix) is left out. ``line`` is a number; ``column`` is a
    number (in a text) or a column's name (in a table). ``hint`` is another
    name for ``fix``.

    >>> err = LocatedError("empty cell", path="t.csv", line=3, column="b", fix="type a value")
    >>> str(err), err.hint
    ('t.csv:3:b: empty cell — type a value', 'type a value')
    >>> str(LocatedError("file not found", path="t.csv"))
    't.csv: file not found'
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(
        self,
        problem: str,
        *,
        path: str,
        line: int | None = None,
        column: int | str | None = None,
        fix: str = "",
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.column = column
        self.fix = fix
        super().__init__(str(self))

    @property
    def hint(self) -> str:
        """What to do (the same as ``fix``)."""
        return self.fix

    def __str__(self) -> str:
        where = self.path + "".join(f":{part}" for part in (self.line, self.column) if part is not None)
        return f"{where}: {self.problem}" + (f" — {self.fix}" if self.fix else "")

    def __reduce__(self) -> tuple[Callable[..., LocatedError], tuple[Any, ...]]:  # keep pickling (multiprocessing, pytest-xdist) working, for every subclass
        return (_rebuild, (type(self), self.problem, self.path, self.line, self.column, self.fix))


def _rebuild(
    cls: type[LocatedError], problem: str, path: str, line: int | None, column: int | str | None, fix: str
) -> LocatedError:
    err = cls.__new__(cls)
    LocatedError.__init__(err, problem, path=path, line=line, column=column, fix=fix)
    return err


class ArticleFormatError(LocatedError):
    """An article file or string that does not follow the seed format.

    Every parsing problem raises this one class. The message always reads
    ``path:line:column: what is wrong — what to do``.

    >>> err = ArticleFormatError("no date line", path="a.txt", line=1, column=1,
    ...                          hint="start the file with ' date YYYY-MM-DD '")
    >>> str(err)
    "a.txt:1:1: no date line — start the file with ' date YYYY-MM-DD '"
    >>> (err.path, err.line, err.column)
    ('a.txt', 1, 1)
    """

    def __init__(
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int = 1,
        column: int = 1,
        hint: str = "",
    ) -> None:
        super().__init__(
            problem, path=path if path is not None else "<text>", line=line, column=column, fix=hint
        )


class DatasetError(LocatedError):
    """A curated CSV file that breaks its datasheet.

    The message reads ``file:row:column: what is wrong — what to do``; ``row``
    (also ``line``) counts the header as row 1, as a spreadsheet does.

    >>> str(DatasetError("not a date", path="agreements.csv", row=3,
    ...                  column="signed", hint="write YYYY, YYYY-MM or YYYY-MM-DD"))
    'agreements.csv:3:signed: not a date — write YYYY, YYYY-MM or YYYY-MM-DD'
    """

    def __init__(
        self,
        problem: str,
        *,
        path: str,
        row: int | None = None,
        column: str | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(problem, path=path, line=row, column=column, fix=hint)

    @property
    def row(self) -> int | None:
        """The spreadsheet row (the header is row 1), the same as ``line``."""
        return self.line
