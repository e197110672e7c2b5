"""helpers.text.sentences: sentences split at their ends, never inside a quotation or after an abbreviation."""

from __future__ import annotations

import itertools

from helpers.text.sentences import is_abbreviation, sentence_spans

TEXT = "Mr. Peters met Judith Collins in Tokyo on Dec. 19. She said: “It’s done. We agree.” Japan agreed."


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_text_splits_into_its_sentences_and_loses_nothing_but_spaces():
    spans = sentence_spans(TEXT)
    assert _sentences(TEXT) == [
        "Mr. Peters met Judith Collins in Tokyo on Dec. 19.",
        "She said: “It’s done. We agree.”",
        "Japan agreed.",
    ]
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(spans))
    assert "".join(TEXT[b:c] for (_, b), (c, _) in itertools.pairwise(spans)).strip() == ""


def test_a_quotation_is_never_cut_even_with_full_stops_inside():
    assert "“It’s done. We agree.”" in _sentences(TEXT)[1]


def test_abbreviations_are_not_sentence_ends():
    assert is_abbreviation(TEXT, TEXT.index("Mr.") + 2)
    assert is_abbreviation(TEXT, TEXT.index("Dec.") + 3)
    assert not is_abbreviation(TEXT, TEXT.index("19.") + 2)


def test_text_without_an_end_mark_is_one_sentence():
    assert _sentences("No full stop here") == ["No full stop here"]
    assert sentence_spans("") == []
