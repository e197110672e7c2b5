"""The choice among candidates: a linear score over their evidence, with the shipped weights."""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.candidates import EVIDENCE, Candidate
from helpers.text.choose import choose, score
from helpers.text.pronouns import PRONOUN_EVIDENCE
from helpers.text.speaker_weights import PRONOUN_WEIGHTS, WEIGHTS
from helpers.text.speakers import Source


def test_the_highest_score_wins_and_the_rules_break_a_tie():
    a = Candidate(Source("A"), {"x": 1.0})
    b = Candidate(Source("B"), {"x": 1.0, "o:rules": 1.0})
    assert choose([a, b], {"x": 1.0}).source.speaker == "B"
    assert choose([a, b], {"x": 1.0, "o:rules": -2.0}).source.speaker == "A"
    assert score(b, {"x": 0.5, "o:rules": 0.25}) == pytest.approx(0.75)


def test_the_weights_only_name_known_evidence():
    assert set(WEIGHTS) <= set(EVIDENCE)
    assert set(PRONOUN_WEIGHTS) <= set(PRONOUN_EVIDENCE)
    assert WEIGHTS, "the learned weights are missing: run benchmarks/train_speaker_choice.py"


def test_the_learned_weights_prefer_the_subject_of_the_quotations_own_sentence():
    assert WEIGHTS["o:sent_before"] > WEIGHTS["o:prev_para"]
    assert WEIGHTS["institution"] < 0  # a place or body only named in passing seldom speaks


def test_a_new_subject_wins_over_the_previous_paragraphs_speaker():
    text = (
        ' date 2030-01-02 "We agree," said Tonga\'s Foreign Minister Ana Vea.\n\n'
        'Fiji\'s Defence Minister Sione Tui praised the crews and "their courage".'
    )
    assert [(q.speaker, q.rule) for q in extract_quotes(parse_article(text))][1] == (
        "Sione Tui",
        "sentence subject",
    )
