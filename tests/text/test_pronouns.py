"""'he' and 'she': the fixed rules, and the candidates a learned choice would weigh."""

from __future__ import annotations

from helpers import parse_article
from helpers.entities import scan_entities
from helpers.text.pronouns import PRONOUN_EVIDENCE, _candidates, fixed_rules, resolve_he_she
from helpers.text.speakers import Attributor

TEXT = " date 2030-01-02 Mr Sione Tui met Ms Ana Vea in Suva. She spoke first."


def attributor(text: str = TEXT) -> Attributor:
    art = parse_article(text)
    return Attributor(art, scan_entities(art), [])


def test_the_pronoun_fits_the_person_it_is_known_as():
    att = attributor()
    at = TEXT.index("She")
    assert fixed_rules(att, "she", at).speaker == "Ana Vea"
    assert fixed_rules(att, "he", at).speaker == "Sione Tui"


def test_resolving_remembers_the_pronoun_and_the_rules_remember_nothing():
    att = attributor(" date 2030-01-02 Sione Tui met Ana Vea. He spoke.")
    fixed_rules(att, "he", 45)
    assert "Sione Tui" not in att.pronouns
    assert resolve_he_she(att, "he", 45).speaker == "Sione Tui"
    assert att.pronouns["Sione Tui"] == "he"


def test_candidates_carry_gender_evidence():
    att = attributor()
    at = TEXT.index("She")
    cands = {c.source.speaker: set(c.feats) for c in _candidates(att, "she", at, fixed_rules(att, "she", at))}
    assert "gender_match" in cands["Ana Vea"] and "gender_conflict" in cands["Sione Tui"]
    assert all(f in PRONOUN_EVIDENCE for feats in cands.values() for f in feats)
