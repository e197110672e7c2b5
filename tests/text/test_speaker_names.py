"""One name per speaker, decided once for every rule."""

from __future__ import annotations

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.pronoun_evidence import pronoun_evidence
from helpers.text.speaker_names import one_name_per_speaker

TEXT = (
    ' date 2031-07-03 "The pact is a good deal," said Otago Sen. Ana Vea on Thursday.\n\n'
    'Ana Vea spoke after the debate. "We will sign it," she said.\n\n'
    '"We trained all winter," said Mere Kata Tui.\n\n'
    'Kata Tui met the crews. "The boats are ready," Kata Tui said.'
)


def test_a_titled_name_and_a_name_without_its_given_name_are_one_speaker_each():
    assert [q.speaker for q in extract_quotes(parse_article(TEXT))] == [
        "Ana Vea",
        "Ana Vea",
        "Mere Kata Tui",
        "Mere Kata Tui",
    ]


def test_the_pronoun_evidence_follows_the_name_kept():
    assert pronoun_evidence(parse_article(TEXT))[2].startswith("'she' → Ana Vea")


def test_a_descriptor_or_a_full_name_is_not_merged():
    assert one_name_per_speaker(["Sarah Vea", "Comedian Sarah Vea", "Ana Vea", "Vea"]) == {}
