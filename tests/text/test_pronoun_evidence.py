"""How each 'he'/'she' was resolved, in words, for the quotations whose speaker a pronoun gave."""

from __future__ import annotations

from helpers import parse_article
from helpers.text.pronoun_evidence import pronoun_evidence


def test_each_pronoun_quotation_says_which_rule_chose_its_person():
    art = parse_article(
        " date 2030-01-02 Captain Sione Tui thanked the crews, Ropata Hemi said."
        ' "They earned it," he said. "Yes," said Ana Vea.'
    )
    assert pronoun_evidence(art) == {1: "'he' → Ropata Hemi: the person reported speaking just before"}
