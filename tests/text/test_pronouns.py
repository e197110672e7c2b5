"""'he' and 'she': the fixed rules, and the candidates a learned choice would weigh."""

from __future__ import annotations

from helpers import parse_article
from helpers.entities import scan_entities
from helpers.quotes import extract_quotes
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


def resolved(text: str, word: str, before: str):
    """The person the fixed rules give for ``word`` at the last occurrence of ``before`` in ``text``."""
    att = attributor(text)
    found = fixed_rules(att, word, text.rindex(before))
    return found.speaker if found is not None else None


def test_a_name_used_as_a_modifier_is_not_the_subject():
    text = ' date 2030-01-02 Minister Sione Tui met the envoys. Tui spokeswoman Mele Kata called it useful. "Good," she said.'
    assert resolved(text, "she", "she said") == "Mele Kata"


def test_a_name_after_a_preposition_or_an_article_is_not_the_subject():
    text = (
        " date 2030-01-02 Sione Tui met the envoys.\n\nHis office still has the same Dirty Dancing posters on"
        ' its walls, a gift from Mele Kata. "Yes," he said.'
    )
    assert resolved(text, "he", "he said") == "Sione Tui"


def test_the_person_reported_speaking_comes_before_the_people_their_words_are_about():
    text = ' date 2030-01-02 Captain Sione Tui thanked the crews for their work, Ropata Hemi said. "They earned it," he said.'
    (quote,) = extract_quotes(parse_article(text))
    assert (quote.speaker, quote.rule) == ("Ropata Hemi", "pronoun")


def test_the_article_itself_says_who_is_she():
    text = (
        " date 2030-01-02 Losa Folau said she would welcome more visits. Pilot Manu Tipoki, who said he had"
        ' guided the first ship in, thanked her. "We are ready," she said.'
    )
    att = attributor(text)
    assert att.pronouns.get("Losa Folau") == "she" and att.pronouns.get("Manu Tipoki") == "he"
    assert resolved(text, "she", "she said") == "Losa Folau"


def test_the_rule_that_chose_is_kept_in_words_for_the_quotation():
    att = attributor(' date 2030-01-02 Ms Ana Vea spoke. "Yes," she said.')
    at = att.text.rindex("she")
    assert resolve_he_she(att, "she", at).speaker == "Ana Vea"
    assert att.pronoun_why[at] == (
        "Ana Vea",
        "'she' → Ana Vea: the subject of a sentence just before (known as 'she')",
    )


def after_a_speaker(rule: str, text: str):
    """The person 'he' is in the last sentence of ``text`` when the latest quotation was given to Isireli
    Ledua by ``rule``, inside the sentence before."""
    from helpers.text.speakers import Source

    att = attributor(text)
    att.last = Source("Isireli Ledua", speaker_type="person", rule=rule)
    att.last_person_at = text.index("attacked")
    found = fixed_rules(att, "he", text.rindex("he said"))
    return found.speaker if found is not None else None


CARRIED = (
    ' date 2030-01-02 Isireli Ledua spoke on Monday.\n\nIn a letter, Tomasi Naivalu attacked "the silence".'
    ' "We wrote four times," he said.'
)


def test_a_speaker_only_carried_over_is_not_the_person_reported_speaking():
    assert after_a_speaker("explicit", CARRIED) == "Isireli Ledua"
    assert after_a_speaker("carried over", CARRIED) == "Tomasi Naivalu"


def test_a_continued_speaker_counts_only_if_named_as_speaking_in_the_last_sentences():
    assert after_a_speaker("continuation", CARRIED) == "Tomasi Naivalu"
    named = CARRIED.replace("In a letter,", "Ledua said. In a letter,")
    assert after_a_speaker("continuation", named) == "Isireli Ledua"


def test_a_question_asked_in_a_clause_inside_another_is_not_the_news():
    text = (
        " date 2030-01-02 Ratu Kali Seru said the board would vote in May. Seru did not sound confident"
        ' when Nauna asked whether the vote would pass. "We need two more votes," he said.'
    )
    (quote,) = [q for q in extract_quotes(parse_article(text)) if q.text.startswith("We need")]
    assert quote.speaker == "Ratu Kali Seru"
