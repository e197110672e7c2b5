"""Marks that quote no one (helpers.text.not_quotes): scare quotes, titles used as nouns, headings, markup.

Each group was counted among the precision misses on PolNeAR train (see
benchmarks/bench_polnear.py); the texts here are fictional.
"""

from __future__ import annotations

import pytest

from helpers import parse_article
from helpers.quotes import extract_quotes
from helpers.text.not_quotes import not_a_quotation

HEADER = " date 2031-03-04 Title.\n\n"


def texts(body: str) -> list[str]:
    return [q.text for q in extract_quotes(parse_article(HEADER + body))]


@pytest.mark.parametrize(
    "body",
    [
        'Vea beat the party\'s "establishment" candidate in the spring.',
        'The so-called "rebels" took the port.',
        "Turnout in a 'closed' primary was low.",
        'The talks ended in a "virtual tie" on Friday.',
    ],
)
def test_a_scare_quote_is_not_a_quotation(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    "body, kept",
    [
        ('Vea called the plan a "practical test" of the pact.', "practical test"),
        ('The ministry described the talks as "frank."', "frank."),
        ('Vea said the deal was "overdue".', "overdue"),
        ('It aims at "closer ties," "shared training for the crews" and more.', "closer ties,"),
    ],
)
def test_a_short_phrase_someone_is_said_to_have_said_stays(body, kept):
    assert kept in texts(body)


@pytest.mark.parametrize(
    "body",
    [
        '"Blue Pacific" star Ana Vea spoke first.',
        '"Containment" has been the policy since 1950.',
        "'All Bets Are Off.'\n\nThe talks went on.",
        "'A really tough decision.'\n\nThe talks went on.",
        "– ‘Who cares?’ –.\n\nThe talks went on.",
    ],
)
def test_titles_and_headings_are_not_quotations(body):
    assert texts(body) == []


def test_a_short_answer_alone_in_double_marks_stays():
    assert texts('Vea asked who would pay.\n\n"Tonga!"\n\nThe crowd cheered.') == ["Tonga!"]


def test_a_markup_attribute_value_is_not_a_quotation():
    assert texts('<tweet author="anavea" date="May 1">We agree.</tweet>') == []


def test_without_context_the_rules_that_need_it_keep_the_span():
    assert not_a_quotation("establishment", "partial") == ""
    assert not_a_quotation("establishment", "partial", "the party's ", " candidate.") == "scare quote"


def test_a_capitalised_reply_is_not_a_title():
    assert not_a_quotation("Absolutely,", "full", "", " he said.") == ""


def test_as_someone_put_it_attributes_the_phrase():
    assert texts('He was, as The Pacific Review put it, "the operator."') == ["the operator."]
