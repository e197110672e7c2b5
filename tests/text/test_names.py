"""helpers.text.names: name-like words, where a name ends, and places (country, capital) in a paragraph."""

from __future__ import annotations

from helpers.text.names import MAX_NAME_WORDS, name_run, namelike, place_hits
from helpers.text.tokens import tokenize

TEXT = "Judith Collins met officials in Tokyo, and New Zealand said so."
TOKS = tokenize(TEXT)
WORDS = [t.text for t in TOKS]


def test_capitalised_words_are_namelike_and_lower_case_ones_are_not():
    assert namelike(TOKS[WORDS.index("Judith")]) and namelike(TOKS[WORDS.index("Collins")])
    assert not namelike(TOKS[WORDS.index("met")]) and not namelike(TOKS[WORDS.index("officials")])


def test_a_name_runs_over_its_words_and_stops_at_the_verb():
    start = WORDS.index("Judith")
    end = name_run(TOKS, start, TEXT)
    assert WORDS[start:end] == ["Judith", "Collins"]
    particle = "Ursula von der Leyen spoke"
    assert name_run(tokenize(particle), 0, particle) == 4, "lower-case particles inside a name"
    long = "Anna Bella Carla Dora Emma Fay Gina Hana spoke"
    assert name_run(tokenize(long), 0, long) <= MAX_NAME_WORDS + 2, "a run of capitals is not read forever"
    assert name_run(TOKS, WORDS.index("met"), TEXT) == WORDS.index("met"), "no name: the run is empty"


def test_places_are_found_with_their_country_and_extent():
    hits = place_hits(TOKS, TEXT)
    tokyo = hits[WORDS.index("Tokyo")]
    assert tokyo[:2] == ("capital", "Japan") and tokyo[2] == WORDS.index("Tokyo") + 1
    nz = hits[WORDS.index("New")]
    assert nz[:2] == ("country", "New Zealand") and WORDS[WORDS.index("New") : nz[2]] == ["New", "Zealand"]
    assert WORDS.index("Judith") not in hits
