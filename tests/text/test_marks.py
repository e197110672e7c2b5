"""Pairing quotation marks (helpers.text.marks): stray straight marks."""

from __future__ import annotations

from helpers.text.marks import pair_marks


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_marks(text)]


def test_an_inch_sign_opens_no_quotation():
    assert spans('He is 6\'3" tall and "fit," they said.') == ["fit,"]


def test_a_closing_mark_whose_opening_was_lost_opens_nothing():
    assert spans('a review of [his] systems" and the only "medical records" that day.') == ["medical records"]


def test_a_mark_glued_to_the_next_word_still_opens():
    assert spans('and waxed poetic about"joint operations." He left.') == ["joint operations."]
