"""Errors that point at the file, the line and the column, and say what to do."""

from __future__ import annotations

__all__ = ["LINE_ENDS", "ArticleFormatError", "DatasetError", "position"]


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


class ArticleFormatError(ValueError):
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
        self.problem = problem
        self.path = path if path is not None else "<text>"
        self.line = line
        self.column = column
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.problem}" + (f" — {self.hint}" if self.hint else "")

    def __reduce__(self):  # keep pickling (multiprocessing, pytest-xdist) working
        return (
            _rebuild_article_error,
            (self.problem, self.path, self.line, self.column, self.hint),
        )


def _rebuild_article_error(problem, path, line, column, hint):
    return ArticleFormatError(problem, path=path, line=line, column=column, hint=hint)


class DatasetError(ValueError):
    """A curated CSV file that breaks its datasheet.

    The message reads ``file:row:column: what is wrong — what to do``; ``row``
    counts the header as row 1, as a spreadsheet does.

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
        self.problem = problem
        self.path = path
        self.row = row
        self.column = column
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.row is not None:
            where += f":{self.row}"
        if self.column is not None:
            where += f":{self.column}"
        return f"{where}: {self.problem}" + (f" — {self.hint}" if self.hint else "")

    def __reduce__(self):
        return (
            _rebuild_dataset_error,
            (self.problem, self.path, self.row, self.column, self.hint),
        )


def _rebuild_dataset_error(problem, path, row, column, hint):
    return DatasetError(problem, path=path, row=row, column=column, hint=hint)
