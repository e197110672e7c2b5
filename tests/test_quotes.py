"""Quotations and who said them: the seed's attribution, then one test per pattern on fictional text."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest
from golden import ARTICLES

from helpers import load_article, load_seeds, parse_article
from helpers.quotes import (
    QUOTE_KINDS,
    RULE_NAMES,
    RULES,
    SPEAKER_TYPES,
    Quote,
    QuoteKind,
    Rule,
    SpeakerType,
    extract_quotes,
    quotes_by_speaker,
)

HEADER = " date 2030-01-02 "


def quotes_of(body: str) -> tuple[Quote, ...]:
    return extract_quotes(parse_article(HEADER + body))


def who(body: str) -> list[tuple[str, str]]:
    """(speaker, rule) of every quotation in ``body``."""
    return [(q.speaker, q.rule) for q in quotes_of(body)]


# --------------------------------------------------------------------------
# The seed, as a careful reader attributes it

SEED_ATTRIBUTION = [
    # paragraph, speaker, role, country, kind, rule, via, first words
    (3, "Japan's Foreign Ministry", "", "Japan", "partial", "carried over",
     "a statement from Japan's Foreign Ministry", "facilitating the smooth"),
    (3, "Japan's Foreign Ministry", "", "Japan", "partial", "carried over",
     "a statement from Japan's Foreign Ministry", "closer cooperation"),
    (3, "Japan's Foreign Ministry", "", "Japan", "partial", "carried over",
     "a statement from Japan's Foreign Ministry", "actively contribute"),
    (4, "Judith Collins", "Defense Minister", "New Zealand", "full", "explicit",
     "a statement from the New Zealand government", "This could include"),
    (5, "Judith Collins", "Defense Minister", "New Zealand", "full", "pronoun",
     "a statement from the New Zealand government", "Our forces already"),
    (6, "Japan", "", "Japan", "partial", "institution", "", "requires protection"),
    (7, "Winston Peters", "Foreign Minister", "New Zealand", "full", "explicit", "", "Japan is a crucial"),
    (8, "Tokyo", "", "Japan", "partial", "capital", "", "importance of US engagement"),
    (9, "Tokyo", "", "Japan", "full", "document", "the statement", "The two ministers concurred"),
    (9, "Tokyo", "", "Japan", "partial", "nested", "the statement", "Free and Open Indo-Pacific"),
]  # fmt: skip


@pytest.fixture(scope="module")
def seed():
    return load_seeds()[0]


def test_seed_quotes_are_attributed_as_a_careful_reader_would(seed):
    got = [
        (q.paragraph, q.speaker, q.role, q.country, q.kind, q.rule, q.via, q.text[: len(expected[7])])
        for q, expected in zip(extract_quotes(seed), SEED_ATTRIBUTION, strict=False)
    ]
    assert got == SEED_ATTRIBUTION
    assert len(extract_quotes(seed)) == len(SEED_ATTRIBUTION)


def test_seed_nested_quote_lies_inside_the_statement(seed):
    quotes = extract_quotes(seed)
    outer, inner = quotes[8], quotes[9]
    assert inner.parent == outer.number == 9
    assert outer.start < inner.start < inner.end < outer.end
    assert inner.text == "Free and Open Indo-Pacific,"
    assert all(q.parent is None for q in quotes[:9])


def test_seed_spans_and_counts(seed):
    quotes = extract_quotes(seed)
    for q in quotes:
        assert seed.text[q.start : q.end] == q.text
        assert seed.text[q.start - 1] in "\"'"  # the opening mark sits right before the text
    assert [q.number for q in quotes] == list(range(1, 11))
    assert quotes_by_speaker(seed) == {
        "Japan's Foreign Ministry": 3,
        "Tokyo": 3,
        "Judith Collins": 2,
        "Japan": 1,
        "Winston Peters": 1,
    }
    assert quotes[6].words == 37 and quotes[1].words == 2


def test_every_rule_used_is_in_the_vocabulary():
    for path in sorted(
        [
            *ARTICLES.glob("fict-*.txt"),
            *ARTICLES.glob("style-*.txt"),
            *ARTICLES.glob("news-*.txt"),
            *ARTICLES.glob("seed-*.txt"),
        ]
    ):
        for q in extract_quotes(load_article(path)):
            assert q.rule in RULES, (path.name, q)
            assert q.kind in ("full", "partial")
            assert q.speaker_type in ("person", "institution", "other", "")
            assert (q.speaker == "") == (q.rule == "unattributed")


def test_the_vocabulary_constants_are_the_words_the_finder_writes():
    """Each closed vocabulary's tuple (helpers.text.vocabulary) is its Literal type and covers every value written."""
    assert get_args(QuoteKind) == QUOTE_KINDS == ("full", "partial")
    assert get_args(SpeakerType) == SPEAKER_TYPES == ("person", "institution", "other", "")
    assert get_args(Rule) == RULE_NAMES == tuple(RULES)
    written = {"kind": set(), "rule": set(), "speaker_type": set()}
    for path in [
        *ARTICLES.glob("fict-*.txt"),
        *ARTICLES.glob("style-*.txt"),
        *ARTICLES.glob("news-*.txt"),
        *ARTICLES.glob("seed-*.txt"),
    ]:
        for q in extract_quotes(load_article(path)):
            for key, seen in written.items():
                seen.add(getattr(q, key))
    assert written["kind"] == set(QUOTE_KINDS)  # both kinds occur in the test articles
    assert written["rule"] <= set(RULE_NAMES) and "explicit" in written["rule"]
    assert written["speaker_type"] <= set(SPEAKER_TYPES)


def test_quote_is_frozen_and_plain_data(seed):
    q = extract_quotes(seed)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.speaker = "someone else"
    d = q.to_dict()
    for key in ("text", "speaker", "paragraph", "role", "country", "via", "kind", "rule", "start", "end"):
        assert key in d
    assert d["words"] == 10


# --------------------------------------------------------------------------
# Said forms


@pytest.mark.parametrize(
    "body",
    [
        '"We are ready," Ana Vea said.',
        '"We are ready," said Ana Vea.',
        'Ana Vea said: "We are ready."',
        'Ana Vea said "We are ready."',
        "“We are ready,” Ana Vea said.",
        'Ana Vea, Tonga\'s trade minister, said: "We are ready."',
    ],
)
def test_said_forms(body):
    (q,) = quotes_of(body)
    assert (q.speaker, q.rule, q.kind) == ("Ana Vea", "explicit", "full")
    assert q.text.startswith("We are ready")


def test_title_before_the_name_gives_role_and_country():
    (q,) = quotes_of('"We are ready," Tongan Trade Minister Ana Vea said.')
    assert (q.speaker, q.role, q.country, q.speaker_type) == ("Ana Vea", "Trade Minister", "Tonga", "person")


def test_surname_refers_to_the_full_name_as_introduced():
    body = 'Chilean Finance Minister Rosa Ibarra arrived.\n\n"Good," Ibarra said.'
    (q,) = quotes_of(body)
    assert (q.speaker, q.role, q.country) == ("Rosa Ibarra", "Finance Minister", "Chile")


@pytest.mark.parametrize(
    "verb", ["added", "told reporters", "asked", "replied", "wrote", "noted", "stressed", "insisted"]
)
def test_reporting_verbs_beyond_said(verb):
    (q,) = quotes_of(f'"It works," Ana Vea {verb}.')
    assert (q.speaker, q.rule) == ("Ana Vea", "explicit")


def test_told_reporters_is_the_channel():
    (q,) = quotes_of('"It works," Ana Vea told reporters in Apia.')
    assert q.via == "reporters"


def test_told_the_paper_is_the_channel_not_what_was_told():
    (q,) = quotes_of('Ana Vea told the Herald the plan was "a practical test."')
    assert (q.speaker, q.via, q.kind) == ("Ana Vea", "the Herald", "partial")


def test_a_possessive_is_not_the_speaker():
    body = "Fiji's ambassador to Japan, Sam Tui, arrived with his deputy, Lia Rau.\n\n\"Welcome,\" said Tui's deputy."
    (q,) = quotes_of(body)
    assert (q.speaker, q.role) == ("Lia Rau", "deputy")


def test_described_as_gives_a_partial_quote():
    (q,) = quotes_of('Ana Vea described the deal as "long overdue."')
    assert (q.speaker, q.kind, q.rule) == ("Ana Vea", "partial", "explicit")


# --------------------------------------------------------------------------
# Pronouns, continuation, carry-over


def test_pronoun_is_the_latest_fitting_speaker():
    body = '"First," Ana Vea said.\n\n"Second," she added.\n\n"Third," Tom Ruru said. "Fourth," he said.'
    assert who(body) == [
        ("Ana Vea", "explicit"),
        ("Ana Vea", "pronoun"),
        ("Tom Ruru", "explicit"),
        ("Tom Ruru", "pronoun"),
    ]


def test_pronoun_skips_a_speaker_known_by_the_other_pronoun():
    body = '"A," Ana Vea said. "B," she added.\n\n"C," Tom Ruru said. "C2," he added.\n\n"D," she said.'
    assert who(body)[-1] == ("Ana Vea", "pronoun")
    # without "he added", nothing says Tom Ruru is not "she": the latest speaker is taken
    body = '"A," Ana Vea said. "B," she added.\n\n"C," Tom Ruru said.\n\n"D," she said.'
    assert who(body)[-1] == ("Tom Ruru", "pronoun")


def test_honorific_tells_the_pronoun():
    body = 'Ms Ana Vea met Mr Tom Ruru.\n\n"We agree," Ruru said.\n\n"So do I," she said.'
    assert who(body) == [("Tom Ruru", "explicit"), ("Ana Vea", "pronoun")]


def test_pronoun_keeps_the_channel_of_the_quotation_it_continues():
    body = '"A," Ana Vea said, according to a statement from the Tongan government.\n\n"B," she added.'
    qs = quotes_of(body)
    assert qs[1].via == qs[0].via == "a statement from the Tongan government"


def test_second_quote_in_the_paragraph_continues_the_speaker():
    assert who('"One," Ana Vea said. "Two."') == [("Ana Vea", "explicit"), ("Ana Vea", "continuation")]


def test_quotes_sharing_a_sentence_share_its_attribution():
    assert who('It will be "quick" and "cheap," Ana Vea said.') == [("Ana Vea", "explicit")] * 2


def test_unattributed_paragraph_carries_over_the_previous_source():
    body = (
        "The deal was announced, according to a statement from Chile's Foreign Ministry.\n\n"
        'It aims at "closer ties in the region."'
    )
    (q,) = quotes_of(body)
    assert (q.speaker, q.rule, q.via) == (
        "Chile's Foreign Ministry",
        "carried over",
        "a statement from Chile's Foreign Ministry",
    )


def test_nothing_to_carry_means_unattributed():
    (q,) = quotes_of('The ship left.\n\nIt carried "supplies for the crew."')
    assert (q.speaker, q.rule, q.speaker_type) == ("", "unattributed", "")


# --------------------------------------------------------------------------
# Quotations running over paragraphs, nested, partial, marks


def test_quotation_running_over_paragraphs_named_at_the_end():
    body = '"First part.\n\n"Second part," Ana Vea said.'
    qs = quotes_of(body)
    assert [(q.text, q.closed, q.continues, q.rule, q.speaker) for q in qs] == [
        ("First part.", False, None, "running", "Ana Vea"),
        ("Second part,", True, 1, "explicit", "Ana Vea"),
    ]


def test_quotation_running_over_paragraphs_named_at_the_start():
    body = 'Ana Vea said: "First part.\n\n"Second part.\n\n"Third part."'
    qs = quotes_of(body)
    assert [(q.rule, q.continues) for q in qs] == [("explicit", None), ("running", 1), ("running", 2)]
    assert {q.speaker for q in qs} == {"Ana Vea"}


def test_partial_quote_inside_paraphrase():
    body = 'Ana Vea praised the deal on Monday, calling the plan a "practical test" for the region.'
    (q,) = quotes_of(body)
    assert (q.text, q.kind, q.speaker, q.rule) == ("practical test", "partial", "Ana Vea", "explicit")


@pytest.mark.parametrize(
    "body",
    [
        "\"We back the 'fair go' plan,\" Ana Vea said.",
        "“We back the ‘fair go’ plan,” Ana Vea said.",
        "“We back the “fair go” plan,” Ana Vea said.",
    ],
)
def test_nested_quotes_inside_double_quotes(body):
    outer, inner = quotes_of(body)
    assert inner.text == "fair go" and inner.parent == outer.number
    assert (inner.speaker, inner.rule, inner.kind) == ("Ana Vea", "nested", "partial")
    assert outer.start < inner.start and inner.end < outer.end


@pytest.mark.parametrize(
    "body",
    [
        "\"We back the 'Blue Pacific' plan,\" Ana Vea said.",
        "‘We back the “Vision 2040” plan,’ Ana Vea said.",
    ],
)
def test_a_title_in_marks_inside_a_quotation_is_not_a_quotation(body):
    (outer,) = quotes_of(body)
    assert outer.text.startswith("We back the") and outer.speaker == "Ana Vea"


def test_apostrophes_are_not_quotation_marks():
    (q,) = quotes_of("\"Tonga's reefs aren't for sale, and the ministers' view is clear,\" Ana Vea said.")
    assert q.text.startswith("Tonga's reefs aren't for sale")
    assert q.parent is None


def test_question_mark_inside_the_quote():
    assert who('"Why now?" Ana Vea asked.') == [("Ana Vea", "explicit")]
    assert who('"Why now?" she asked.\n\n"Because," Ana Vea replied.') == [
        ("", "unattributed"),
        ("Ana Vea", "explicit"),
    ]
    body = 'Tongan Trade Minister Ana Vea arrived.\n\n"Why now?" she asked. "Because we can."'
    assert who(body) == [("Ana Vea", "pronoun"), ("Ana Vea", "continuation")]


def test_empty_marks_are_not_quotations():
    assert quotes_of('He wrote "" on the board.') == ()


def test_unclosed_quote_stops_at_the_paragraph_end():
    (q,) = quotes_of('It carried "supplies for the\n\nNext paragraph.')
    assert (q.text, q.closed, q.continues) == ("supplies for the", False, None)


# --------------------------------------------------------------------------
# Institutions, capitals, documents


def test_country_standing_for_its_government():
    (q,) = quotes_of('The pact is "a milestone," Chile said.')
    assert (q.speaker, q.country, q.speaker_type, q.rule) == ("Chile", "Chile", "institution", "institution")


def test_capital_standing_for_its_government():
    (q,) = quotes_of('They discussed "fisheries," according to Wellington.')
    assert (q.speaker, q.country, q.rule) == ("Wellington", "New Zealand", "capital")


def test_the_ministry_said_in_a_statement_then_the_statement_added():
    body = (
        "Chile's Foreign Ministry hosted the talks.\n\n"
        '"We welcome the deal," the ministry said in a statement.\n\n'
        '"More will follow," the statement added.'
    )
    first, second = quotes_of(body)
    assert (first.speaker, first.rule, first.via) == (
        "Chile's Foreign Ministry",
        "institution",
        "a statement",
    )
    assert (second.speaker, second.rule, second.via) == (
        "Chile's Foreign Ministry",
        "document",
        "a statement",
    )


def test_according_to_a_statement_from_an_institution_is_the_channel():
    (q,) = quotes_of('It is "historic," according to a statement from the Fijian government.')
    assert (q.speaker, q.via, q.country, q.rule) == (
        "Fijian government",
        "a statement from the Fijian government",
        "Fiji",
        "institution",
    )


def test_it_said_is_the_latest_institution():
    body = 'The Samoan government welcomed the visit. "A good day," it said.'
    (q,) = quotes_of(body)
    assert (q.speaker, q.rule) == ("Samoan government", "pronoun")
