"""The candidate speakers of a quotation without a reporting clause, and their evidence."""

from __future__ import annotations

from helpers import parse_article
from helpers.text.candidates import EVIDENCE, Candidate, speaker_candidates
from helpers.text.quote_spans import all_raw
from helpers.text.speakers import Source
from helpers.text.walk import QuoteWalk

HEADER = " date 2030-01-02 "
MINISTERS = "Tonga's Foreign Minister Ana Vea met Fiji's Defence Minister Sione Tui in Suva."


def recorded(body: str) -> dict:
    """Quotation index → (candidates, the fixed rules' choice), for every quotation the choice decided."""
    art = parse_article(HEADER + body)
    raws, per_para = all_raw(art)
    walk = QuoteWalk(art, raws, per_para)
    walk.record = {}
    for para, found in zip(art.paragraphs, per_para, strict=True):
        walk.paragraph(para, found)
    return walk.record


def by_name(cands: list[Candidate]) -> dict[str, set[str]]:
    return {c.source.speaker: set(c.feats) for c in cands}


def test_the_subject_of_its_own_sentence_is_a_candidate_before_the_quotation():
    cands, _ = recorded(MINISTERS + '\n\nTui thanked Vea for her "steady support".')[0]
    found = by_name(cands)
    assert {"o:sent_before", "first_in_sent", "at_sent_start", "verb_after"} <= found["Sione Tui"]


def test_a_quotation_alone_in_its_paragraph_sees_the_person_named_just_before():
    body = MINISTERS + "\n\nVea praised the crews.\n\n" + '"We need sailors who can work in any weather."'
    cands, _ = recorded(body)[0]
    found = by_name(cands)
    assert {"alone", "o:prev_sent"} <= found["Ana Vea"]


def test_the_fixed_rules_choice_is_one_piece_of_evidence():
    body = MINISTERS + ' Vea said the talks went well.\n\n"We agree on the reefs."'
    cands, rules = recorded(body)[0]
    assert rules.speaker == "Ana Vea"
    assert "o:rules" in by_name(cands)["Ana Vea"]
    assert "by_clause" in by_name(cands)["Ana Vea"]  # she was named by a reporting clause


def test_a_quotation_with_its_own_clause_is_not_weighed():
    assert recorded(MINISTERS + ' "We agree," Vea said.') == {}


def test_every_evidence_name_has_words_for_the_learner():
    c = Candidate(Source("Ana Vea"), dict.fromkeys(EVIDENCE, 1.0))
    assert all(EVIDENCE[k] in c.evidence() for k in EVIDENCE if k not in ("far", "bias"))


def test_the_rule_reported_follows_the_most_local_evidence():
    assert Candidate(Source("A"), {"o:prev_para": 1.0}).rule() == "carried over"
    assert Candidate(Source("A"), {"o:prev_sent": 1.0, "same_para": 1.0}).rule() == "continuation"
    assert Candidate(Source("A"), {"o:sent_after": 1.0, "o:prev_para": 1.0}).rule() == "sentence subject"
    assert Candidate(Source("A"), {"o:pron_subject": 1.0}).rule() == "pronoun"


def test_speaker_candidates_is_what_the_walk_calls():
    assert speaker_candidates.__module__ == "helpers.text.candidates"
