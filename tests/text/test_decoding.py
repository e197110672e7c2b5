"""helpers.text.decoding: bytes to text, with an error that names the encoding or the first bad byte."""

from __future__ import annotations

import pytest

from helpers.text.decoding import byte_position, decode_article


def fail(problem, hint, line=1, column=1):
    return ValueError(problem, line, column)


def test_utf8_text_decodes_as_it_is():
    assert decode_article("Kia ora, Tōkyō — “yes”".encode(), fail) == "Kia ora, Tōkyō — “yes”"


def test_the_first_bad_byte_is_named_with_its_line_and_column():
    with pytest.raises(ValueError) as info:
        decode_article(b"line one\nok \xff", fail)
    problem, line, column = info.value.args
    assert "byte 0xFF at byte offset 12" in problem and (line, column) == (2, 4)


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_wide_encodings_are_named_with_the_fix(codec):
    with pytest.raises(ValueError, match=f"this file is {codec.upper()}"):
        decode_article("date 2025-12-19 Kia ora".encode(codec), fail)


def test_byte_position_counts_characters_not_bytes():
    raw = "ā\nbc".encode()
    assert byte_position(raw, raw.index(b"c")) == (2, 2)
    assert byte_position(raw, 0) == (1, 1)
