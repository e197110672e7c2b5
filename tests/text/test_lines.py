"""helpers.text.lines: lines as the parser reads them (every line end kept) and the date line."""

from __future__ import annotations

from helpers.text.lines import find_date_line, has_visible, iter_lines, line_start


def test_lines_keep_their_line_ends_whatever_they_are():
    text = "a\r\nb\n\nc"
    lines = list(iter_lines(text, 0))
    assert lines == [(0, 1, "\r\n"), (3, 4, "\n"), (5, 5, "\n"), (6, 7, "")]
    assert "".join(text[s:e] + end for s, e, end in lines) == text


def test_line_start_finds_the_start_of_the_line_holding_an_offset():
    text = "first\nsecond\nthird"
    assert line_start(text, text.index("cond")) == text.index("second")
    assert line_start(text, 0) == 0


def test_a_second_date_line_is_found_after_the_first():
    text = " date 2025-12-19 Lead.\n\nBody.\n date 2025-12-20 Another article"
    assert find_date_line(text, 0) == text.index("date 2025-12-20")
    assert find_date_line(" date 2025-12-19 Only one.", 0) is None


def test_only_visible_characters_count():
    assert has_visible("a b", 0, 3)
    assert not has_visible("a \u200b\u00a0 b", 1, 5), "spaces, a no-break space and a zero-width space are not visible"
