"""Where the subject of a reporting verb is: spans before the verb, past appositions and party labels."""

from __future__ import annotations

from helpers.text import tokenize
from helpers.text.quote_spans import outside_words
from helpers.text.subject_spans import comma_between, subject_candidates


def _spans(text: str) -> list[str]:
    toks = outside_words(tokenize(text), [], text)  # party labels left out, as the clause pass reads them
    return [" ".join(t.text for t in toks[s:e]) for s, e, _ in subject_candidates(toks, len(toks) - 1, text)]


def test_a_party_label_before_an_apposition_still_parts_the_name_from_it():
    text = "Rep. Pita Havili (R-Eua), a member of the committee, said"
    assert "Rep Pita Havili" in _spans(text)


def test_a_party_label_with_its_comma_reads_as_a_comma():
    text = "Havili (D), a member"
    a, b = [t for t in tokenize(text) if t.text in ("Havili", "a")]
    assert comma_between(text, a, b)


def test_a_bracketed_word_that_is_no_party_label_is_not_a_comma():
    text = "Havili (Eua), a member"
    a, b = [t for t in tokenize(text) if t.text in ("Havili", "a")]
    assert not comma_between(text, a, b)
