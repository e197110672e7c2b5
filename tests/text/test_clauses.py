"""Reporting clauses: the subject found behind descriptions, asides, opening phrases and abbreviations."""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes


def who(body: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.rule) for q in extract_quotes(parse_article(" date 2030-01-02 " + body))]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Lesi Manu, a senior adviser in the Apia office of the Pacific Fisheries Agency, said it was "long overdue".',
            "Lesi Manu",
        ),
        (
            'Willie Kata, a fisherman in Levuka, who runs a small boat, recalled that "the reef was dying".',
            "Willie Kata",
        ),
        ('Mele Kata of Levuka, Fiji says the plan will "protect the reefs first".', "Mele Kata"),
        (
            'Speaking in Nadi, Opposition Leader Ratu Joni Vula went after the plan, calling it "a paper shield".',
            "Ratu Joni Vula",
        ),
        (
            'Ratu Joni Vula, who has toured the islands this week, on Friday described it as "a gamble".',
            "Ratu Joni Vula",
        ),
        (
            'Tonga\'s Foreign Minister Ana Vea, who has in the past described the plan as "a gamble", spoke.',
            "Ana Vea",
        ),
        ('"Perpetual motion!" Sen. Mele Kata, R-Pa., said of the schedule.', "Sen. Mele Kata"),
        ('"We counted every hull," Ana B. Vea Jr., the chief inspector, said.', "Ana B. Vea Jr"),
        ('"The fleet is ready," said Pacific Fisheries Agency spokesman Lesi Manu.', "Lesi Manu"),
        ('The plan passed, with Sen. Mele Kata calling it "a paper shield".', "Sen. Mele Kata"),
    ],
)
def test_the_subject_behind_the_words_around_it(body, speaker):
    assert who(body)[0] == (speaker, "explicit")


def test_a_leading_and_is_not_part_of_the_subject():
    body = 'Tonga\'s Foreign Minister Ana Vea spoke first. And she added that the reefs "cannot wait".'
    assert who(body) == [("Ana Vea", "pronoun")]


def test_a_channel_after_the_verb_is_not_the_speaker():
    body = '"The boats are paid for," Lesi Manu, Tavakes’ campaign manager, said in a statement.'
    assert who(body) == [("Lesi Manu", "explicit")]
