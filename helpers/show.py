"""The article as HTML, every quotation highlighted in its speaker's colour and labelled by name.

``show_article(article)`` returns an :class:`ArticleView`; a notebook displays
it as HTML (it has ``_repr_html_``). Each speaker gets one colour from the
Okabe–Ito palette, in order of first quotation, shown as a light tint with a
solid underline; the speaker's name is also written in a small label at the
start of each quotation, in a tooltip, and in a legend, so meaning never rests
on colour alone. Unattributed quotations are grey with a dashed underline.

The HTML is deterministic (no ids from memory addresses, no random numbers),
styles are inline (JupyterLab keeps them in untrusted notebooks), and all
article text is escaped. Hooks for tests and styling: every quotation is a
``<span class="hl-quote">`` with ``data-quote`` (its number), ``data-speaker``
and ``data-rule``; labels are ``hl-label``; the legend is ``hl-legend``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .quotes import Quote, extract_quotes
from .style import BLACK, GREY_LINE, GREY_META, GREY_RULE, GREY_UNATTRIBUTED, PALETTE, WHITE

if TYPE_CHECKING:
    from .article import Article

__all__ = ["OKABE_ITO", "ArticleView", "show_article", "speaker_colours"]

#: The Okabe–Ito palette (colour-blind safe), in the order speakers receive colours (from helpers.style).
OKABE_ITO = PALETTE


def speaker_colours(quotes: Iterable[Quote]) -> dict[str, str]:
    """One colour per speaker, in order of first quotation (the palette repeats after eight).

    ``""`` (unattributed) is always grey and does not use up a palette colour.

    >>> from helpers import load_seeds
    >>> speaker_colours(extract_quotes(load_seeds()[0]))
    {"Japan's Foreign Ministry": '#E69F00', 'Judith Collins': '#56B4E9', 'Japan': '#009E73', 'Winston Peters': '#F0E442', 'Tokyo': '#0072B2'}
    """
    colours: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.speaker not in colours:
            colours[q.speaker] = OKABE_ITO[len(colours) % len(OKABE_ITO)]
    return colours


def _tint(colour: str, alpha: float = 0.22) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _ink(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""

    def channel(c: int) -> float:
        x = c / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return BLACK if luminance > 0.179 else WHITE


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _title(q: Quote) -> str:
    if not q.speaker:
        return f"quotation {q.number}: unattributed ({q.kind})"
    who = q.speaker
    about = ", ".join(x for x in (q.role, q.country) if x)
    if about:
        who += f" ({about})"
    parts = [f"quotation {q.number}: {who}", f"rule: {q.rule}", q.kind]
    if q.via:
        parts.append(f"via {q.via}")
    return " · ".join(parts)


def _open_span(q: Quote, colours: dict[str, str]) -> str:
    colour = colours.get(q.speaker, GREY_UNATTRIBUTED)
    line = "dashed" if not q.speaker else "solid"
    style = (
        f"background-color: {_tint(colour)}; border-bottom: 2px {line} {colour}; "
        "padding: 0 2px; border-radius: 2px"
    )
    label_style = (
        f"background-color: {colour}; color: {_ink(colour)}; font-size: 0.72em; font-weight: 600; "
        "padding: 0 4px; margin-right: 3px; border-radius: 3px; white-space: nowrap; "
        "font-family: sans-serif; vertical-align: 0.1em"
    )
    name = q.speaker or "unattributed"
    return (
        f'<span class="hl-quote" data-quote="{q.number}" data-speaker="{_esc(q.speaker)}" '
        f'data-rule="{_esc(q.rule)}" data-kind="{q.kind}" title="{_esc(_title(q))}" style="{style}">'
        f'<span class="hl-label" style="{label_style}">{_esc(name)}</span>'
    )


def _paragraph_html(text: str, start: int, end: int, quotes: list[Quote], colours: dict[str, str]) -> str:
    """The paragraph ``text[start:end]`` with its quotations wrapped in spans (nested ones inside)."""
    events: list[tuple[int, int, int, Quote]] = []  # (offset, 0 close / 1 open, order, quote)
    for q in quotes:
        events.append((q.start, 1, q.number, q))
        events.append((q.end, 0, -q.number, q))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out = []
    pos = start
    for offset, is_open, _order, q in events:
        out.append(_esc(text[pos:offset]))
        pos = offset
        out.append(_open_span(q, colours) if is_open else "</span>")
    out.append(_esc(text[pos:end]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article ready to display: ``html`` is the markup; Jupyter shows it via ``_repr_html_``.

    >>> from helpers import load_seeds
    >>> view = show_article(load_seeds()[0])
    >>> view
    ArticleView(source='seeds/000_12fca90ebed3288f.txt', quotes=10, speakers=5)
    >>> view.html.count('class="hl-quote"')
    10
    """

    source: str
    html: str
    quotes: int
    speakers: int

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"ArticleView(source={self.source!r}, quotes={self.quotes}, speakers={self.speakers})"


def show_article(article: Article) -> ArticleView:
    """The article as HTML with every quotation highlighted by speaker, labelled, with a legend.

    >>> from helpers import parse_article
    >>> view = show_article(parse_article(' date 2030-01-02 "Yes & no," said Ana <b>Vea</b>.'))
    >>> '&lt;b&gt;' in view.html and '<b>' not in view.html
    True
    >>> view.html.count('class="hl-label"'), 'class="hl-legend"' in view.html
    (1, True)
    """
    quotes = extract_quotes(article)
    colours = speaker_colours(quotes)
    text = article.text
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    parts = [
        '<div class="hl-article" style="font-family: Georgia, serif; line-height: 1.6; max-width: 46em">',
        f'<div class="hl-meta" style="font-family: sans-serif; font-size: 0.85em; color: {GREY_META}">'
        f"{_esc(article.source)} · {article.date.isoformat()} ({article.weekday}) · "
        f"{len(article.paragraphs)} paragraphs · {len(quotes)} quotations</div>",
    ]
    for para in article.paragraphs:
        body = _paragraph_html(text, para.start, para.end, by_para.get(para.number, []), colours)
        parts.append(
            f'<p class="hl-para" data-paragraph="{para.number}" style="margin: 0.5em 0">'
            f'<span class="hl-num" style="font-family: sans-serif; font-size: 0.75em; color: {GREY_LINE}; '
            f'margin-right: 0.5em">{para.number}</span>{body}</p>'
        )
    parts.append(_legend(quotes, colours))
    parts.append("</div>")
    return ArticleView(
        source=article.source, html="\n".join(parts), quotes=len(quotes), speakers=len(colours)
    )


def _legend(quotes: Iterable[Quote], colours: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    rules: dict[str, list[str]] = {}
    for q in quotes:
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
        seen = rules.setdefault(q.speaker, [])
        if q.rule not in seen:
            seen.append(q.rule)
    items = []
    order = list(colours) + ([""] if "" in counts else [])
    for speaker in order:
        colour = colours.get(speaker, GREY_UNATTRIBUTED)
        line = "dashed" if not speaker else "solid"
        swatch = (
            f'<span style="display: inline-block; width: 1.4em; height: 0.9em; vertical-align: middle; '
            f'background-color: {_tint(colour, 0.45)}; border-bottom: 2px {line} {colour}; margin-right: 0.4em">'
            "</span>"
        )
        n = counts[speaker]
        items.append(
            f'<li data-speaker="{_esc(speaker)}">{swatch}<strong>{_esc(speaker or "unattributed")}</strong>'
            f" — {n} quotation{'s' if n != 1 else ''} (rules: {_esc(', '.join(rules[speaker]))})</li>"
        )
    if not items:
        items.append("<li>no quotations in this article</li>")
    return (
        '<ul class="hl-legend" style="font-family: sans-serif; font-size: 0.85em; list-style: none; '
        f'padding-left: 0; margin-top: 0.8em; border-top: 1px solid {GREY_RULE}; padding-top: 0.4em">'
        + "".join(items)
        + "</ul>"
    )
