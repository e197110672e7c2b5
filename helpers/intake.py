"""An article as people have it, turned into the course format and parsed: nothing dropped unsaid.

Text copied from a news site rarely has the course's `` date YYYY-MM-DD ``
line, separates paragraphs by single newlines, and brings site clutter with
it ("Share", "Advertisement", a byline, a photo credit). :func:`prepare_text`
builds the normalised article text and lists every change it made;
:func:`article_from_text` parses that text with
:func:`~helpers.article.parse_article` and shows each change as a warning a
learner can read. Offsets in the result refer to the normalised text
(``article.text``), which starts with the date line.

>>> import warnings
>>> with warnings.catch_warnings(record=True) as seen:
...     warnings.simplefilter("always")
...     art = article_from_text("Share\\nTonga signed.\\n'Yes,' Vea said.", date="19 December 2025")
>>> art.date.isoformat(), [p.text for p in art.paragraphs]
('2025-12-19', ['Tonga signed.', "'Yes,' Vea said."])
>>> len(seen)
2
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from .article import MAX_BYTES, Article, parse_article
from .errors import ArticleFormatError
from .i18n import tr as _
from .text.dates import find_written_date, parse_written_date
from .textfiles import FileProblem, read_limited

__all__ = [
    "CLUTTER_SCAN_LINES",
    "ENDS_PARAGRAPH",
    "IntakeWarning",
    "Prepared",
    "article_from_text",
    "is_clutter",
    "load_pasted",
    "prepare_text",
]

#: A date as :func:`article_from_text` takes it: a date, a datetime or text ("19 December 2025").
DateLike = dt.date | str
#: A line ending in one of these ends a sentence (so single newlines after such lines end paragraphs).
ENDS_PARAGRAPH = frozenset(".?!:\"”’'»)")
#: Bylines, datelines and credits are looked for in this many lines at the top and at the bottom.
CLUTTER_SCAN_LINES = 8

_DATE_LINE = re.compile(r"[ \t]*date[ \t]+\S", re.IGNORECASE)
# Whole lines a site adds around (and inside) an article.
_CLUTTER_ANYWHERE = re.compile(
    r"(?:share(?: this(?: article| story)?)?(?: on \w+)?|advertisement|advert|ad|sponsored(?: content)?"
    r"|save|print|listen(?: to this article)?(?: \d+ min)?|\d+ min(?:ute)?s? read|read more|related( articles?)?"
    r"|(?:photo|image|picture|video|file photo)s?(?: credit)?\s*[:/].*|\(?(?:photo|image)s?:? [^.]{0,80}\)?"
    r"|.{0,60}(?:/| via )(?:getty images|afp|reuters|ap|aap|kyodo|jiji|supplied)\)?"
    r"|(?:getty images|supplied|file)|follow us.*|sign up.*|subscribe.*|©.*|copyright .*|all rights reserved\.?"
    r"|\(?(?:reporting|writing|editing|additional reporting) by [^()]{0,120}\)?|(?:media|press) release|ends"
    r"|(?:contact|for more information|media enquiries|media contact)s?\b.{0,120})",
    re.IGNORECASE,
)
_CLUTTER_EDGES = re.compile(
    r"(?:[Bb]y [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
    r"(?:[,|·—-] .{0,60})?"
    r"|(?i:published|updated|posted|first published)\b.{0,80}"
    r"|.{0,40}\b(?i:reporter|correspondent|editor|staff writer)\b.{0,40})",
)


class IntakeWarning(UserWarning):
    """A change :func:`article_from_text` made to pasted text (shown once per change).

    >>> issubclass(IntakeWarning, UserWarning)
    True
    """


@dataclass(frozen=True)
class Prepared:
    """The normalised article ``text`` (course format), its ``date`` and the ``changes`` made, in words.

    >>> p = prepare_text("One.\\nTwo.", date="2025-12-19")
    >>> p.text
    ' date 2025-12-19 One.\\n\\nTwo.\\n'
    >>> p.changes[0][:40]
    'paragraphs were separated by single newl'
    """

    text: str
    date: dt.date
    changes: tuple[str, ...]


def is_clutter(line: str, at_edge: bool) -> bool:
    """True if ``line`` is site clutter: anywhere "Share" or "Advertisement"; at the edges a byline too.

    >>> is_clutter("Advertisement", False), is_clutter("By Ana Vea", True), is_clutter("By Ana Vea", False)
    (True, True, False)
    >>> is_clutter('"Share the load," Vea said.', True)
    False
    """
    line = line.strip()
    if not line or any(mark in line for mark in '"“”«»'):
        return False
    if _CLUTTER_ANYWHERE.fullmatch(line):
        return True
    if at_edge and len(line) <= 40 and parse_written_date(line) is not None:
        return True  # a date alone on its line, above or below the article
    short = len(line) <= 120 and line[-1] not in ".?!"  # a byline is not a sentence
    return at_edge and short and _CLUTTER_EDGES.fullmatch(line) is not None


def _given_date(date: DateLike, source: str) -> dt.date:
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, dt.date):
        return date
    parsed = parse_written_date(str(date))
    if parsed is None:
        raise ArticleFormatError(
            f"cannot read the date {str(date)[:40]!r}",
            path=source,
            hint="write it as 2025-12-19, 19 December 2025, December 19, 2025 or Dec. 19, 2025",
        )
    return parsed


def _find_date(lines: list[str], source: str) -> tuple[dt.date, int]:
    edge = lines[:CLUTTER_SCAN_LINES]
    for n, line in enumerate(edge):
        found = parse_written_date(line) or (find_written_date(line) if is_clutter(line, True) else None)
        if found is not None:
            return found, n
    raise ArticleFormatError(
        "no date given and none found at the top of the article",
        path=source,
        hint="give the date: article_from_text(text, date='2025-12-19'), or on the command line --date 2025-12-19",
    )


def _paragraphs(lines: list[str], changes: list[str]) -> list[str]:
    """Blank-line paragraphs; a block whose lines mostly end a sentence is one paragraph per line."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(" ".join(line.split()))
        elif blocks[-1]:
            blocks.append([])
    out: list[str] = []
    split_lines = 0
    for block in (b for b in blocks if b):
        ends = sum(1 for line in block[:-1] if line[-1:] in ENDS_PARAGRAPH)
        if len(block) > 1 and ends * 2 >= len(block) - 1:
            out.extend(block)
            split_lines += len(block)
        else:
            out.append(" ".join(block))
    if split_lines:
        changes.append(
            _("paragraphs were separated by single newlines (as text copied from a web page is): "
              "{n} lines are each read as a paragraph").format(n=split_lines)
        )
    return out


def _drop_clutter(lines: list[str], changes: list[str], skip: int | None) -> list[str]:
    filled = [n for n, line in enumerate(lines) if line.strip()]
    top = set(filled[:CLUTTER_SCAN_LINES])
    bottom = set(filled[-CLUTTER_SCAN_LINES:])
    kept, dropped = [], []
    for n, line in enumerate(lines):
        if n == skip or is_clutter(line, at_edge=n in top or n in bottom):
            if line.strip():
                dropped.append(_("line {n} {text}").format(n=n + 1, text=repr(line.strip()[:50])))
        else:
            kept.append(line)
    if dropped:
        changes.append(_("left out as site clutter or the date line, not article text: ") + _("; ").join(dropped))
    return kept


def prepare_text(text: str, date: DateLike | None = None, source: str = "<text>") -> Prepared:
    """Normalise pasted ``text`` into the course format (see the module documentation).

    ``date`` may be a :class:`datetime.date` or a string in a common written
    form; without it, a date line at the top of the text is used, else a
    clear :class:`~helpers.errors.ArticleFormatError`.

    >>> prepare_text("19 December 2025\\nTonga signed.").changes[0][:30]
    'left out as site clutter or th'
    """
    if not isinstance(text, str):
        raise TypeError(f"article_from_text() takes the text as a str, not {type(text).__name__}")
    if len(text) > MAX_BYTES:
        parse_article(text, source=source)  # the parser's own error names the limit
    changes: list[str] = []
    body = text.lstrip("\ufeff")
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        changes.append("line ends converted to newlines (the text had carriage returns)")
    lines = body.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is not None and _DATE_LINE.match(lines[first]) and date is None:
        return Prepared(text, parse_article(text, source=source).date, tuple(changes))
    date_line = None
    if date is None:
        when, date_line = _find_date(lines, source)
    else:
        when = _given_date(date, source)
    lines = _drop_clutter(lines, changes, date_line)
    paragraphs = _paragraphs(lines, changes)
    if not paragraphs:
        raise ArticleFormatError(
            "the article holds no text", path=source, hint="paste the article's paragraphs"
        )
    built = f" date {when.isoformat()} " + "\n\n".join(paragraphs) + "\n"
    return Prepared(built, when, tuple(changes))


def article_from_text(text: str, date: DateLike | None = None, source: str = "<text>") -> Article:
    """Parse an article pasted as people have it: any date form, single newlines, site clutter.

    Each change is shown as an :class:`IntakeWarning`; ``article.text`` is the
    normalised text. Errors are :class:`~helpers.errors.ArticleFormatError`.

    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     art = article_from_text("Ana Vea spoke.\\n\\nShe left.", date="Dec. 19, 2025")
    >>> art.date.isoformat(), len(art.paragraphs), art.text[:18]
    ('2025-12-19', 2, ' date 2025-12-19 A')
    """
    prepared = prepare_text(text, date=date, source=source)
    for change in prepared.changes:
        warnings.warn(f"{source}: {change}", IntakeWarning, stacklevel=2)
    return parse_article(prepared.text, source=source)


def load_pasted(
    path: str | os.PathLike[str], date: DateLike | None = None, source: str | None = None
) -> tuple[Article, tuple[str, ...]]:
    """Read a pasted article file (text, or a saved web page ending .html/.htm): the article and the changes.

    >>> load_pasted("no/such/file.txt", date="2025-12-19")
    Traceback (most recent call last):
    ...
    helpers.errors.ArticleFormatError: no/such/file.txt:1:1: no such file — give the path of one saved .txt or .html file
    """
    name = source if source is not None else str(path)
    p = Path(path)
    try:  # regular files only, and a bounded read: a FIFO or /dev/zero never hangs or fills memory
        raw = read_limited(
            path, MAX_BYTES * 4, what=".txt or .html file"
        )  # a saved page may be bigger than its article
    except FileProblem as exc:
        hint = "give the path of one saved .txt or .html file" if exc.problem == "no such file" else exc.hint
        raise ArticleFormatError(exc.problem, path=name, hint=hint) from None
    if len(raw) > MAX_BYTES * 4:
        raise ArticleFormatError(
            f"the file is larger than the limit of {MAX_BYTES * 4:,} bytes",
            path=name,
            hint="save only the article's page, or copy its text into a .txt file",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(
            f"not UTF-8 (byte offset {exc.start})", path=name, hint="save the file as UTF-8"
        ) from None
    changes: list[str] = []
    if p.suffix.lower() in (".html", ".htm"):
        from .text.webpage import text_from_html

        text, found = text_from_html(text)
        changes.append("article text taken from the web page's paragraphs")
        if date is None and found is not None:
            date = found
            changes.append(f"date {found.isoformat()} taken from the web page")
    prepared = prepare_text(text, date=date, source=name)
    return parse_article(prepared.text, source=name), (*changes, *prepared.changes)
