"""The article's own cues for 'he' and 'she': one person named before the pronoun in its sentence."""

from __future__ import annotations

from helpers import parse_article
from helpers.text.genders import pronouns_in_article
from helpers.text.quote_spans import all_raw
from helpers.text.walk import QuoteWalk


def attributor(art):
    """The attribution pass's reader for ``art``, which knows where its quotations are."""
    return QuoteWalk(art, *all_raw(art)).att


def cues(text: str) -> dict[str, str]:
    art = parse_article(" date 2030-01-02 " + text)
    return pronouns_in_article(attributor(art))


def test_one_person_then_a_pronoun_is_a_cue():
    assert cues("Losa Folau said she would come. Manu Tipoki said he would not.") == {
        "Losa Folau": "she",
        "Manu Tipoki": "he",
    }


def test_two_people_before_the_pronoun_are_no_cue():
    assert cues("Losa Folau met Manu Tipoki, who said she was late.") == {}


def test_her_and_him_are_no_cue_and_quotations_are_not_read():
    assert cues('Manu Tipoki thanked her. Losa Folau said: "he is late".') == {}


def test_a_split_vote_gives_no_pronoun():
    assert cues("Manu Tipoki said he would come. Manu Tipoki said she was late.") == {}


def test_a_person_named_as_an_object_or_a_possessor_is_no_cue():
    assert (
        cues(
            "Stallholder Sefo Rewi sells taro. The board gave the corner stall to Rewi, but she asked first."
        )
        == {}
    )
    assert cues("Stallholder Sefo Rewi sells taro. Rewi's stall is small, but she is glad.") == {}
