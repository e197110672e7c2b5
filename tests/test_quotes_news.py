"""Who said what in news English the finder was not first written for: one test per error group.

Each group was counted on PolNeAR train (see benchmarks/bench_polnear.py); the
texts here are fictional, written after the rules (tests/articles/news-*.txt hold them as golden articles).
"""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.not_quotes import not_a_quotation

HEADER = " date 2031-03-04 Title.\n\n"


def said(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.rule) for q in extract_quotes(parse_article(HEADER + text))]


def test_doubled_apostrophes_are_quotation_marks():
    assert said("''We are ready,'' said Ana Vea.") == [("We are ready,", "Ana Vea", "explicit")]


@pytest.mark.parametrize("title", ["Rep.", "Gen.", "Mrs.", "Rev."])
def test_a_title_with_a_full_stop_stays_with_the_name(title):
    # the title is not the speaker (an honorific such as Mrs. is dropped from the name, as before)
    assert said(f'"We are ready," said {title} Ana Vea.')[0][1].endswith("Ana Vea")


def test_initials_written_together_stay_with_the_name():
    assert said('"We are ready," said J.M. Vea, a fellow.')[0][1] == "J.M. Vea"


def test_apposition_after_a_title_with_a_full_stop():
    text = '"It is long," Tina Tau, Mrs. Vea\'s chief of staff, said.'
    assert said(text)[0][1] == "Tina Tau"


def test_the_name_after_a_description_is_the_speaker():
    assert said('"It is done," said the council\'s fisheries adviser Ana Pulu.')[0][1] == "Ana Pulu"


@pytest.mark.parametrize(
    "text",
    [
        '"We need the patrols." ― Tevita Manu, harbour pilot',
        '"We need the patrols."\n\n— Tevita Manu, harbour pilot',
    ],
)
def test_a_name_after_a_dash_is_the_speaker(text):
    assert said(text)[0][1:] == ("Tevita Manu", "explicit")


MEETING = (
    "Fisheries Minister Hemi Walker met the delegation on Monday. Later, Carla Ruiz spoke.\n\n"
    'Ruiz said she disagreed with Walker. "The patrols will cost more," she said.\n\n'
    'Walker answered the next day. He said Ruiz "has not read the figures". "The costs are in the annex," he said.'
)


def test_a_pronoun_points_at_the_subject_not_the_last_name():
    assert said(MEETING)[0][1].endswith("Ruiz")


def test_a_sentence_opened_by_the_pronoun_passes_over_its_object():
    assert said(MEETING)[-1][1] == "Hemi Walker"


def test_a_name_in_a_subjects_place_is_a_person_for_pronouns():
    assert said('Carla Ruiz spoke on Monday. "There are two looks," she said.')[0][1] == "Carla Ruiz"


def test_the_latest_person_speaker_carries_over_paragraphs_without_one():
    text = '"We agree," said Ana Vea.\n\nThe council met later.\n\nIt voted on Friday.\n\n"We will sail."'
    assert said(text)[-1][1:] == ("Ana Vea", "carried over")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Blue Pacific Rising", "title"),
        ("2016-07-23", "number"),
        ("@bluepacific", "handle"),
        ("94", "number"),
    ],
)
def test_titles_numbers_and_handles_are_not_quotations(text, reason):
    assert not_a_quotation(text, "partial") == reason
    assert said(f'The film "{text}" opened.') == []


def test_scare_quotes_and_speech_stay():
    assert said('Ana Vea called the plan "overdue".') == [("overdue", "Ana Vea", "explicit")]
    assert not_a_quotation("Our Ocean, Our Future", "partial") == ""  # someone speaks: "our"


def test_numbering_skips_what_is_not_a_quotation():
    quotes = extract_quotes(parse_article(HEADER + 'The film "Blue Water" opened. "We agree," said Ana Vea.'))
    assert [(q.number, q.text) for q in quotes] == [(1, "We agree,")]


def test_a_given_name_hints_he_or_she():
    assert said('John Tau met Carly Ruiz on Monday. "We agree," she said.')[0][1] == "Carly Ruiz"
    # an honorific in the article wins over the list
    assert said('Ms. Ana Vea spoke. Mr. Carly Ruiz spoke. "We agree," she said.')[0][1] == "Ana Vea"
