"""helpers.text.tokens: every word with its exact offsets, the one tokenizer."""

from __future__ import annotations

import pytest

from helpers.text.tokens import between, joined, tokenize, word_count

TEXT = "Mr. Peters met Judith Collins in Tokyo on Dec. 19. She said: “It’s done.” Japan's well-known U.S.-Japan deal."


def test_every_token_is_its_slice_of_the_text():
    toks = tokenize(TEXT)
    assert toks and all(TEXT[t.start : t.end] == t.text for t in toks)
    assert [t.start for t in toks] == sorted(t.start for t in toks)


def test_apostrophes_hyphens_and_dots_stay_inside_a_word():
    words = [t.text for t in tokenize(TEXT)]
    assert "It’s" in words and "Japan's" in words and "well-known" in words
    assert "Mr" in words and "Mr." not in words, "a final full stop is punctuation, not part of the word"


def test_an_offset_shifts_every_token():
    plain, shifted = tokenize("Kia ora"), tokenize("Kia ora", offset=100)
    assert [t.start + 100 for t in plain] == [t.start for t in shifted]
    assert [t.text for t in plain] == [t.text for t in shifted]


@pytest.mark.parametrize(("text", "count"), [("", 0), ("  \n ", 0), ("One, two; three.", 3), ("New Zealand's deal", 3)])
def test_word_count_counts_tokens(text, count):
    assert word_count(text) == count == len(tokenize(text))


def test_joined_and_between_read_what_lies_between_two_tokens():
    toks = tokenize("Judith Collins, Tokyo")
    assert joined("Judith Collins, Tokyo", toks[0], toks[1])
    assert not joined("Judith Collins, Tokyo", toks[1], toks[2])
    assert between("Judith Collins, Tokyo", toks[1], toks[2]) == ", "
