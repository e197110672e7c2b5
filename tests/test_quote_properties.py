"""Properties of quotation extraction for any text: spans exact, proper nesting, one error type."""

from __future__ import annotations

import itertools
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import ArticleFormatError, parse_article
from helpers.entities import find_agreements, find_mentions, find_people
from helpers.quotes import RULES, extract_quotes
from helpers.show import show_article

# Article-like text, rich in quotation marks, apostrophes, capitals and reporting words.
TOKENS = st.sampled_from(
    [
        "said", "she", "he", "it", "added", "according", "to", "the", "statement", "ministry",
        "Japan", "Tokyo", "New", "Zealand", "Ana", "Vea", "Minister", "Foreign", "Agreement", "(ABC)",
        "ABC", "HMNZS", "Kiwa", "told", "reporters", "asked", "Ms", "a", "of", "and", "calling",
        ",", ".", "?", ":", "\n\n", "\n", " ", "s", "Japan's",
    ]
)  # fmt: skip
MARKS = st.sampled_from(
    ['"', "'", "“", "”", "‘", "’", '."', ',"', "?'", "'Blue", "‘Blue", "Sea'", "Sea’", '"We', "“We"]
)
WORDS = st.one_of(TOKENS, TOKENS, MARKS)
article_body = st.lists(WORDS, max_size=80).map(" ".join)
ALPHABET = string.ascii_letters + " \n.,:?!'\"“”‘’()-" + "é語"
raw_text = st.text(alphabet=ALPHABET, max_size=300)


def check_quotes(art) -> None:
    quotes = extract_quotes(art)
    by_number = {q.number: q for q in quotes}
    assert [q.number for q in quotes] == list(range(1, len(quotes) + 1))
    for q in quotes:
        assert art.text[q.start : q.end] == q.text
        assert q.text.strip()
        assert q.rule in RULES
        para = art.paragraph(q.paragraph)
        assert para.start <= q.start <= q.end <= para.end
        if q.parent is not None:
            parent = by_number[q.parent]
            assert parent.parent is None
            assert parent.start < q.start and q.end < parent.end  # nested lies within its parent
            assert q.speaker == parent.speaker
        if q.continues is not None:
            assert by_number[q.continues].paragraph == q.paragraph - 1
    tops = sorted((q for q in quotes if q.parent is None), key=lambda q: q.start)
    for a, b in itertools.pairwise(tops):
        assert a.end < b.start  # top-level quotations never overlap
    for m in find_mentions(art):
        assert art.text[m.start : m.end] == m.text
    find_people(art)
    find_agreements(art)
    html = show_article(art).html
    assert html.count('class="hl-quote"') == len(quotes)


def check_body(body: str) -> None:
    """Parse ``body`` under a valid date line; when it parses, check its quotations."""
    try:
        art = parse_article(" date 2025-12-19 " + body)
    except ArticleFormatError:
        return
    check_quotes(art)


@settings(max_examples=200, deadline=None)
@given(article_body)
def test_article_like_text(body):
    check_body(body)


@settings(max_examples=200, deadline=None)
@given(raw_text)
def test_raw_text_after_a_date_line(body):
    check_body(body)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_string_at_all(text):
    try:
        art = parse_article(text)
    except ArticleFormatError:
        return
    check_quotes(art)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(WORDS, st.sampled_from(["Share", "Advertisement", "By Ana Vea", "19 December 2025"])),
        max_size=60,
    ).map(" ".join)
)
def test_pasted_text_without_a_date_line(body):
    """The new input path: any pasted text gives an article or an ArticleFormatError, nothing else."""
    import warnings

    from helpers import article_from_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            art = article_from_text(body.replace(" \n ", "\n"), date="2025-12-19")
        except ArticleFormatError:
            return
    check_quotes(art)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_string_as_a_saved_page_or_pasted_text(text):
    import warnings

    from helpers import article_from_text
    from helpers.text.webpage import text_from_html

    page_text, _ = text_from_html(text)
    for candidate in (text, page_text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                art = article_from_text(candidate)
            except ArticleFormatError:
                continue
        check_quotes(art)
