"""Articles are a date and numbered paragraphs, each knowing where it sits in the text.

The format (the seed's): the first line is `` date YYYY-MM-DD `` followed, on
the same line, by the lead paragraph; paragraphs are separated by blank lines.
A line end is LF, CRLF, a lone CR (old Mac exports) or U+2028; U+2029
(paragraph separator) and a line holding only invisible characters (spaces,
zero-width characters) separate paragraphs as a blank line does. A UTF-8
byte-order mark, trailing spaces and trailing blank lines are tolerated.
Dates are written with the ASCII digits 0-9. The parser is strict about everything else: a problem
raises :class:`~helpers.errors.ArticleFormatError` naming the line and column,
never a silently empty result.

Offsets are kept: ``article.text[p.start:p.end] == p.text`` for every
paragraph and sentence, so quotations can be highlighted in place.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleFormatError, position
from .i18n import N_
from .i18n import tr as _
from .text.decoding import decode_article
from .text.lines import (
    LOOKS_LIKE_DATE_LINE,
    PARAGRAPH_SEPARATOR,
    find_date_line,
    has_visible,
    iter_lines,
    line_start,
)
from .text.records import Record
from .text.sentences import sentence_spans
from .textfiles import VISIBLE, FileProblem, describe_character, read_limited

__all__ = [
    "MAX_BYTES",
    "Article",
    "Paragraph",
    "Sentence",
    "load_article",
    "load_seeds",
    "parse_article",
    "seed_paths",
]

#: Largest article accepted, in bytes (files) or characters (strings): 1 MiB.
#: A news article is a few kilobytes; anything this big is a wrong file.
MAX_BYTES = 1_048_576

_BOM = "\ufeff"
# Anchored, no nested quantifiers: each can only scan forward (linear time).
_HEADER = re.compile(r"[ \t]*date[ \t]+(\S*)", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")  # ASCII digits: \d takes ٢ and ２ too
_ANY_DIGITS_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_FORMAT_HINT = N_("start the file with ' date YYYY-MM-DD ' and the lead paragraph on the same line")


@dataclass(frozen=True)
class Paragraph(Record):
    """One paragraph: its 1-based ``number`` and exact span in the article text.

    >>> art = parse_article(" date 2025-12-19 Lead.\\n\\nSecond.")
    >>> p = art.paragraphs[1]
    >>> p.number, p.text, art.text[p.start : p.end]
    (2, 'Second.', 'Second.')
    >>> Paragraph(1, "Hi.", 16, 19).to_dict()
    {'number': 1, 'text': 'Hi.', 'start': 16, 'end': 19}
    """

    number: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence: the paragraph it belongs to, its 1-based number, its span.

    >>> art = parse_article(" date 2025-12-19 One. Two.")
    >>> [(s.paragraph, s.number, s.text) for s in art.sentences()]
    [(1, 1, 'One.'), (1, 2, 'Two.')]
    """

    paragraph: int
    number: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, repr=False)
class Article(Record):
    """A parsed article: ``date``, ``paragraphs``, the original ``text`` and its ``source``.

    >>> art = parse_article(" date 2025-12-19 First paragraph.\\n\\nSecond one.\\n")
    >>> art
    Article(date=2025-12-19, paragraphs=2, source='<text>')
    >>> art.weekday
    'Friday'
    >>> [p.number for p in art.paragraphs]
    [1, 2]
    >>> list(art.to_dict()), art.to_dict()["paragraphs"][0]["text"]  # to_dict: JSON-ready
    (['source', 'date', 'weekday', 'paragraphs'], 'First paragraph.')
    """

    DICT_KEYS = ("source", "date", "weekday", "paragraphs")

    date: _dt.date
    paragraphs: tuple[Paragraph, ...]
    text: str
    source: str = "<text>"

    def __repr__(self) -> str:
        return (
            f"Article(date={self.date.isoformat()}, "
            f"paragraphs={len(self.paragraphs)}, source={self.source!r})"
        )

    @property
    def weekday(self) -> str:
        """The day of the week of :attr:`date`, in English (``'Friday'``)."""
        return self.date.strftime("%A")

    def paragraph(self, number: int) -> Paragraph:
        """Return paragraph ``number`` (1-based), with a clear error if there is none.

        >>> art = parse_article(" date 2025-12-19 One.\\n\\nTwo.")
        >>> art.paragraph(2).text
        'Two.'
        >>> art.paragraph(3)
        Traceback (most recent call last):
        ...
        IndexError: this article has paragraphs 1 to 2; there is no paragraph 3
        """
        if not 1 <= number <= len(self.paragraphs):
            raise IndexError(
                f"this article has paragraphs 1 to {len(self.paragraphs)}; there is no paragraph {number}"
            )
        return self.paragraphs[number - 1]

    def sentences(self) -> tuple[Sentence, ...]:
        """Split every paragraph into sentences, keeping offsets.

        A full stop inside a quotation, after an initial (``J.``) or after a
        common abbreviation (``Mr.``, ``U.S.``) does not end a sentence.

        >>> art = parse_article(' date 2025-12-19 "Yes. No," she said. Mr. Smith left.')
        >>> [s.text for s in art.sentences()]
        ['"Yes. No," she said.', 'Mr. Smith left.']
        """
        found: list[Sentence] = []
        for para in self.paragraphs:
            for start, end in sentence_spans(para.text):
                found.append(
                    Sentence(
                        paragraph=para.number,
                        number=len(found) + 1,
                        text=para.text[start:end],
                        start=para.start + start,
                        end=para.start + end,
                    )
                )
        return tuple(found)


def parse_article(text: str, source: str | None = None) -> Article:
    """Parse article ``text`` (a string) into an :class:`Article`.

    ``source`` names where the text came from; it appears in error messages.

    >>> art = parse_article(" date 2025-12-19 Lead.\\r\\n\\r\\nSecond.\\r\\n\\r\\n")
    >>> [(p.number, p.text) for p in art.paragraphs]
    [(1, 'Lead.'), (2, 'Second.')]
    >>> parse_article(" date 2025-02-30 Lead.", source="x.txt")
    Traceback (most recent call last):
    ...
    helpers.errors.ArticleFormatError: x.txt:1:7: impossible date 2025-02-30 (day is out of range for month) — check the day and the month
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_article() takes the article as a str, not {type(text).__name__}; "
            "to read a file use load_article(path)"
        )
    path = source if source is not None else "<text>"

    def fail(problem: str, offset: int, hint: str) -> ArticleFormatError:
        line, column = position(text, offset)
        return ArticleFormatError(problem, path=path, line=line, column=column, hint=hint)

    if len(text) > MAX_BYTES:
        raise fail(
            f"the article is {len(text):,} characters long; the limit is {MAX_BYTES:,}",
            0,
            "one article per file: a news article is a few thousand characters",
        )
    nul = text.find("\x00")
    if nul >= 0:
        raise fail(
            _("this looks like a binary file, not text (NUL character)"),
            nul,
            _("give a plain-text UTF-8 file in the seed format"),
        )
    begin = 1 if text.startswith(_BOM) else 0
    if begin == len(text):
        raise fail(_("the article is empty"), 0, _(_FORMAT_HINT))
    date, body_start = _read_header(text, begin, fail)
    paragraphs = _split_paragraphs(text, body_start, fail)
    if not paragraphs:
        raise fail(
            _("the article has a date but no text"),
            body_start,
            _("write the lead paragraph after the date, on the same line"),
        )
    return Article(date=date, paragraphs=tuple(paragraphs), text=text, source=path)


def _read_header(text: str, begin: int, fail: Callable[[str, int, str], ArticleFormatError]) -> tuple[_dt.date, int]:
    """The date of the ``date YYYY-MM-DD`` first line, and where the body starts."""
    first_visible = VISIBLE.search(text, begin)
    if first_visible is None:
        what = "whitespace" if not text[begin:].strip() else "invisible characters"
        raise fail(f"the article holds only {what}", 0, _(_FORMAT_HINT))
    first = first_visible.start()
    header_start = max(line_start(text, first), begin)
    header = _HEADER.match(text, header_start)
    if header is None:
        hidden = next((at for at in range(header_start, first) if text[at] not in " \t"), None)
        if hidden is not None and text[first : first + 4].lower() == "date":
            raise fail(
                f"an invisible character ({describe_character(text[hidden])}) before 'date'",
                hidden,
                "delete it: the first line must start with ' date YYYY-MM-DD '",
            )
        later = find_date_line(text, first)
        if later is not None:
            raise fail(
                _("the date line is not the first line of the article"),
                later,
                _("move ' date YYYY-MM-DD ' to the very start of the file"),
            )
        raise fail(_("no date line"), first, _(_FORMAT_HINT))
    token, token_at = header.group(1), header.start(1)
    if not token:
        raise fail(_("the date is missing after 'date'"), token_at, _("write it as YYYY-MM-DD, e.g. 2025-12-19"))
    parts = _DATE_TOKEN.match(token)
    if parts is None and _ANY_DIGITS_DATE.match(token):
        raise fail(
            f"the date {token!r} uses digits other than 0–9",
            token_at,
            "type it with the digits 0 to 9 as YYYY-MM-DD (e.g. 2025-12-19)",
        )
    if parts is None:
        raise fail(
            _("malformed date {token}").format(token=repr(token)),
            token_at,
            _("write the date as YYYY-MM-DD (e.g. 2025-12-19), then a space and the lead paragraph"),
        )
    try:
        return _dt.date(*(int(g) for g in parts.groups())), header.end()
    except ValueError as exc:
        raise fail(_("impossible date {token} ({reason})").format(token=token, reason=exc), token_at,
                   _("check the day and the month")) from None  # fmt: skip


def _split_paragraphs(
    text: str, body_start: int, fail: Callable[[str, int, str], ArticleFormatError]
) -> list[Paragraph]:
    """Paragraphs from ``body_start`` on, separated by blank or invisible-only lines, or U+2029."""
    paragraphs: list[Paragraph] = []
    para_start: int | None = None  # offset of first non-space char of the open paragraph
    para_end = 0  # offset after its last non-space char
    first_line = True
    for pos, line_end, ending in iter_lines(text, body_start):
        visible = has_visible(text, pos, line_end)
        if visible:
            line = text[pos:line_end]
            if not first_line and LOOKS_LIKE_DATE_LINE.match(line):
                raise fail(
                    _("a second date line: this file holds more than one article"),
                    pos + len(line) - len(line.lstrip(" \t")),
                    _("keep one article per file; move this one to a file of its own"),
                )
            if para_start is None:
                para_start = pos + len(line) - len(line.lstrip())
            para_end = pos + len(line.rstrip())
        if para_start is not None and (not visible or ending == PARAGRAPH_SEPARATOR):
            paragraphs.append(_paragraph(text, len(paragraphs) + 1, para_start, para_end))
            para_start = None
        first_line = False
    if para_start is not None:
        paragraphs.append(_paragraph(text, len(paragraphs) + 1, para_start, para_end))
    return paragraphs


def _paragraph(text: str, number: int, start: int, end: int) -> Paragraph:
    return Paragraph(number=number, text=text[start:end], start=start, end=end)


def load_article(path: str | os.PathLike[str], source: str | None = None) -> Article:
    """Read and parse the article file at ``path`` (UTF-8, at most :data:`MAX_BYTES`).

    ``source`` is the name shown in errors and tables; it defaults to ``path``.

    >>> art = load_article(seed_paths()[0], source="seeds/000_12fca90ebed3288f.txt")
    >>> art.date.isoformat(), art.weekday, len(art.paragraphs)
    ('2025-12-19', 'Friday', 9)
    >>> load_article("no/such/file.txt")
    Traceback (most recent call last):
    ...
    helpers.errors.ArticleFormatError: no/such/file.txt:1:1: no such file — check the path; the course's articles are in the seeds/ folder
    """
    name = source if source is not None else str(path)

    def fail(problem: str, hint: str, line: int = 1, column: int = 1) -> ArticleFormatError:
        return ArticleFormatError(problem, path=name, line=line, column=column, hint=hint)

    try:
        raw = read_limited(path, MAX_BYTES, what=".txt file")
    except FileProblem as exc:
        hint = exc.hint
        if exc.problem == "no such file":
            hint = "check the path; the course's articles are in the seeds/ folder"
        raise fail(exc.problem, hint) from None
    if len(raw) > MAX_BYTES:
        raise fail(
            f"the file is larger than the limit of {MAX_BYTES:,} bytes (1 MiB)",
            "one article per file: a news article is a few kilobytes",
        )
    return parse_article(decode_article(raw, fail), source=name)


def seed_paths() -> tuple[Path, ...]:
    """The course's article files (``seeds/*.txt``), sorted by name.

    >>> [p.name for p in seed_paths()][:1]
    ['000_12fca90ebed3288f.txt']
    """
    from . import resources

    return resources.seed_paths()


def load_seeds() -> tuple[Article, ...]:
    """Load every article in ``seeds/``, sorted by file name.

    Each article's ``source`` is ``seeds/<file name>``, the same on every machine.

    >>> arts = load_seeds()
    >>> arts[0].source, arts[0].date.isoformat()
    ('seeds/000_12fca90ebed3288f.txt', '2025-12-19')
    """
    return tuple(load_article(p, source=f"seeds/{p.name}") for p in seed_paths())
