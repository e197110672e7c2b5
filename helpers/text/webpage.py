"""A saved web page's article text, with the standard library's ``html.parser``.

The article is the text of the page's ``<p>`` elements (and headings) inside
``<article>`` if the page has one, else inside ``<body>``, leaving out
scripts, styles, navigation, headers, footers, asides, figures and forms.
Paragraphs are separated by blank lines; the publication date comes from
``<time datetime>`` or ``article:published_time`` if present.

>>> text, date = text_from_html('<html><body><nav><p>Menu</p></nav><article>'
...     '<time datetime="2025-12-19T10:00">Dec 19</time><h1>Deal signed</h1>'
...     '<p>&ldquo;Yes,&rdquo; Vea said.</p><figure><figcaption>Photo: X</figcaption></figure>'
...     '<p>It was <b>big</b>.</p></article></body></html>')
>>> [line for line in text.splitlines() if line], date.isoformat()
(['Deal signed', '“Yes,” Vea said.', 'It was big.'], '2025-12-19')
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from .dates import parse_written_date

__all__ = ["text_from_html"]

_SKIP = frozenset(
    "script style nav header footer aside figure figcaption form noscript button svg iframe".split()
)
_BLOCKS = frozenset("p h1 h2 h3 li blockquote".split())


class _Extract(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.block: list[str] | None = None
        self.blocks: dict[bool, list[str]] = {True: [], False: []}  # inside <article>?
        self.article = 0
        self.date: dt.date | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and values.get("property") == "article:published_time" and self.date is None:
            self.date = parse_written_date((values.get("content") or "")[:10])
        if tag == "time" and self.date is None and values.get("datetime"):
            self.date = parse_written_date(values["datetime"][:10])
        if tag in _SKIP:
            self.skip += 1
        elif tag == "article":
            self.article += 1
        elif tag in _BLOCKS and self.skip == 0:
            self.block = []
        elif tag == "br" and self.block is not None:
            self.block.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "article":
            self.article = max(0, self.article - 1)
        elif tag in _BLOCKS and self.block is not None:
            line = " ".join("".join(self.block).split())
            if line:
                self.blocks[self.article > 0].append(line)
            self.block = None

    def handle_data(self, data):
        if self.block is not None and self.skip == 0:
            self.block.append(data)


def text_from_html(page: str) -> tuple[str, dt.date | None]:
    """The article's paragraphs (blank lines between) and its publication date (``None`` if not given).

    >>> text_from_html("<p>One.</p><p>Two.</p>")
    ('One.\\n\\nTwo.', None)
    """
    parser = _Extract()
    parser.feed(page)
    parser.close()
    lines = parser.blocks[True] or parser.blocks[False]
    return "\n\n".join(lines), parser.date
