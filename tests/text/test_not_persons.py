"""Names a pronoun cannot point to, and a pronoun that passes over them."""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.not_persons import names_a_thing


@pytest.mark.parametrize(
    "name",
    [
        "Pacific Fisheries Committee",
        "Tasman Reef",
        "Ocean Patrol Watch",
        "Outside Parliament",
        "Vea's",
        "Japan",
        "Delegates",
        "Republican",
        "Christian Harbour Breakfast",
        "San Mateo",
        "Pentagon",
    ],
)
def test_bodies_groups_places_and_possessives_are_things(name):
    assert names_a_thing(name)


@pytest.mark.parametrize("name", ["Ana Vea", "Tui", "Mary Bay", "Sione Tui Jr", ""])
def test_people_are_not_things(name):
    assert not names_a_thing(name)


def test_she_after_a_place_named_as_subject_is_the_person_before():
    text = (
        " date 2031-06-12 Captain Mele Kata spoke next about the crews.\n\n"
        'In that sense, Tasman Reef was not just a fishing ground. "We fished there for years," she added.'
    )
    (q,) = extract_quotes(parse_article(text))
    assert (q.speaker, q.rule) == ("Mele Kata", "pronoun")
