"""Transcripts (helpers.text.transcripts): a speaker's label opens each turn; the turn is their quotation.

The texts are fictional, written after the rules.
"""

from __future__ import annotations

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.transcripts import find_turns, label_of, stage_direction

HEADER = " date 2031-03-04 Title.\n\n"
INTERVIEW = (
    "Ana Vea, Tonga's trade minister, spoke to Ben Moe of Radio Pacific.\n\n"
    "BEN MOE: Minister, will the deal pass?\n\n"
    "VEA: It will. We have the votes.\n\n"
    "MOE: And the fishing fleet?\n\n"
    "VEA: The fleet is with us.\n\n"
    "Both sides met again on Friday."
)


def said(body: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.rule) for q in extract_quotes(parse_article(HEADER + body))]


def test_each_turn_is_a_quotation_with_its_speaker():
    assert said(INTERVIEW) == [
        ("Minister, will the deal pass?", "Ben Moe", "speaker label"),
        ("It will. We have the votes.", "Ana Vea", "speaker label"),
        ("And the fishing fleet?", "Ben Moe", "speaker label"),
        ("The fleet is with us.", "Ana Vea", "speaker label"),
    ]


def test_turns_in_running_marks_lose_the_label_and_stage_directions_quote_no_one():
    body = (
        "Ana Vea spoke to Ben Moe. Partial transcript:\n\n"
        '"MOE: Will it pass? Some call it “a bad deal.”\n\n'
        '"VEA: It will.\n\n'
        '"(CROSSTALK.)\n\n'
        '"MOE: Thank you.\n\n'
        '"VEA: And I would add one thing.\n\n'
        '"We have the votes."'
    )
    assert said(body) == [
        ("Will it pass? Some call it “a bad deal.”", "Ben Moe", "speaker label"),
        ("a bad deal.", "Ben Moe", "nested"),
        ("It will.", "Ana Vea", "speaker label"),
        ("Thank you.", "Ben Moe", "speaker label"),
        ("And I would add one thing.", "Ana Vea", "speaker label"),
        ("We have the votes.", "Ana Vea", "speaker label"),
    ]


def test_a_paragraph_without_a_label_between_turns_goes_on_with_the_turn_before():
    body = INTERVIEW.replace("VEA: It will. We have the votes.", "VEA: It will.\n\nWe have the votes.")
    turns = find_turns(parse_article(HEADER + body))
    assert [(t.paragraph, t.speaker) for t in turns][1:3] == [(4, "Ana Vea"), (5, "Ana Vea")]


def test_newsroom_labels_and_name_headed_sections_are_not_transcripts():
    newsroom = "UPDATE: The talks went on.\n\nWATCH: The video.\n\nUPDATE: Again.\n\nWATCH: More."
    sections = "Ana Vea and Ben Moe ran.\n\nVEA: Won the north.\n\nMOE: Won the south.\n\nTAU: Came third."
    tally = "Ana Vea and Ben Moe ran.\n\nVea: 547.\n\nMoe: 46.\n\nVea: 2,316.\n\nMoe: 1,547."
    for body in (newsroom, sections, tally):
        assert find_turns(parse_article(HEADER + body)) == []


def test_label_of_reads_capitals_and_capitalised_names():
    assert label_of("JAKE TAPPER: Thank you.") == ("JAKE TAPPER", 13)
    assert label_of("Ms Vea: Thank you.") == ("Ms Vea", 8)
    assert label_of("The plan: go on.") is None
    assert stage_direction("(BEGIN VIDEO CLIP.)") and not stage_direction("(Laughs.) Yes.")
