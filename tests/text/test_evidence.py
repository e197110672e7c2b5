"""speaker_evidence: what the rule names of the choice sum up, for a learner."""

from __future__ import annotations

from helpers import load_seeds, parse_article
from helpers.quotes import extract_quotes
from helpers.text.evidence import speaker_evidence


def test_the_seeds_carried_over_quotations_show_their_candidates_best_first():
    article = load_seeds()[0]
    found = speaker_evidence(article)
    quotes = {q.number: q for q in extract_quotes(article)}
    assert found, "the seed has quotations whose speaker was chosen among the people in view"
    for number, weighed in found.items():
        assert weighed[0].speaker == quotes[number].speaker
        assert [w.score for w in weighed] == sorted((w.score for w in weighed), reverse=True)
        assert weighed[0].evidence


def test_a_quotation_with_a_clause_has_no_evidence_list():
    assert speaker_evidence(parse_article(' date 2030-01-02 "Yes," said Ana Vea.')) == {}
