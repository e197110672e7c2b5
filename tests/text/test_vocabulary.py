"""helpers.text.vocabulary: each closed vocabulary once, its tuple read from its Literal type."""

from __future__ import annotations

from typing import get_args

from helpers.text import vocabulary as v


def test_each_tuple_is_its_literal_type():
    assert v.MENTION_KINDS == get_args(v.MentionKind)
    assert v.QUOTE_KINDS == get_args(v.QuoteKind) == ("full", "partial")
    assert v.RULE_NAMES == get_args(v.Rule)
    assert v.SPEAKER_TYPES == get_args(v.SpeakerType)


def test_every_rule_is_explained_and_issuers_are_mentions():
    assert tuple(v.RULES) == v.RULE_NAMES and all(len(why) > 20 for why in v.RULES.values())
    assert set(v.ISSUER_KINDS) <= set(v.MENTION_KINDS)
