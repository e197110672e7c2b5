"""Properties of the parser for any input: no text lost, spans exact, one error type."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import ArticleFormatError, parse_article
from helpers.textfiles import is_invisible

# Text that is mostly article-like: words, punctuation, quotes, line breaks.
ALPHABET = string.ascii_letters + string.digits + " \t\n\r.,;:!?'\"“”‘’()-—" + "\ufeffé語\u2029\u200b"
body_text = st.text(alphabet=ALPHABET, max_size=400)
HEADER = st.sampled_from(
    [" date 2025-12-19 ", "date 2024-02-29 ", "\ufeff date 2025-01-01\n", " date 2025-12-19\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_string_parses_or_raises_article_format_error(text):
    try:
        parse_article(text)
    except ArticleFormatError as exc:
        assert str(exc).startswith("<text>:")


@settings(max_examples=300, deadline=None)
@given(HEADER, body_text)
def test_no_text_is_lost_and_spans_are_exact(header, body):
    text = header + body
    try:
        art = parse_article(text)
    except ArticleFormatError as exc:
        # Only two honest reasons for a well-formed header: no body, or a second date line.
        assert "no text" in exc.problem or "second date line" in exc.problem
        return
    owners = [0] * len(text)
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.text == p.text.strip() and p.text
        for i in range(p.start, p.end):
            owners[i] += 1
    body_start = len(text) - len(body)
    for i in range(body_start, len(text)):
        if not is_invisible(text[i]):  # a line of only invisible characters is a paragraph break
            assert owners[i] == 1, f"character {text[i]!r} at {i} is in {owners[i]} paragraphs"
    assert [p.number for p in art.paragraphs] == list(range(1, len(art.paragraphs) + 1))
    for s in art.sentences():
        assert text[s.start : s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=string.ascii_letters + " .,", min_size=1, max_size=40).filter(str.strip),
        min_size=1,
        max_size=8,
    )
)
def test_paragraph_count_equals_blank_line_separated_blocks(paras):
    text = " date 2025-12-19 " + "\n\n".join(paras)
    art = parse_article(text)
    assert [p.text for p in art.paragraphs] == [p.strip() for p in paras]
