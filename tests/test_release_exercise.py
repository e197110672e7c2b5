"""Exercise 5.9: the article's quotations searched for in Japan's Foreign Ministry release, key and feedback pinned.

The key is computed from the shipped release (helpers/data/sources/) and the
seed, so these rows fail when either changes: then read both again, and
update the notebook's reading of the result with the key.
"""

from __future__ import annotations

import pytest

import helpers
from helpers.exercises import check, question_ids, reset_progress
from helpers.exercises.bank import REGISTRY
from helpers.questions.nb05 import release_text

question_ids(5)
QUOTES = helpers.quotes_frame(helpers.load_seeds()[0])


@pytest.fixture(autouse=True)
def _fresh():
    reset_progress()
    yield
    reset_progress()


def test_the_key_is_the_three_quotations_the_release_holds_word_for_word():
    assert REGISTRY["5.9"].expected() == [2, 3, 6]
    release = release_text()
    assert "will facilitate the smooth and prompt provision" in release  # quotation 1 was reshaped
    assert "facilitating" not in release
    assert "requires protection in the interests of national security," not in release  # the reporter's comma
    assert not release.startswith("Source:"), "the file's header is not part of the release"


def test_the_solution_loop_of_the_notebook_gives_the_key():
    release, found = release_text(), []
    for number, text in zip(QUOTES["number"], QUOTES["text"], strict=True):
        if text.strip(" ,.'") in release:
            found.append(number)
    assert check("5.9", found).correct
    assert check("5.9", [6, 3, 2, 2]).correct, "any order; a number twice does no harm"


PINNED = [
    ([2, 3], "Quotation 6 is missing: the article's text ends with the reporter's comma"),
    ([1, 2, 3, 6], "Quotation 1 is not word for word: the article quotes 'facilitating"),
    ([2, 3, 6, 8, 9], "Quotations 8 and 9 are not in the course's copy of the release, which stops before item 3"),
    ([1, 2, 3], "Those are paragraph 3's quotations"),
    ([3, 6], "Those are paragraph numbers."),
    ([], "Nothing found: test whether each quotation is inside the release"),
]


@pytest.mark.parametrize(("answer", "start"), PINNED, ids=[str(a) for a, _ in PINNED])
def test_each_likely_mistake_gets_its_own_first_try_message(answer, start):
    feedback = check("5.9", answer)
    assert not feedback.correct
    assert start in feedback.message
    assert "2, 3" not in feedback.message.replace("[2, 3]", ""), "the message must not give the answer away"


def test_what_the_article_adds_is_what_the_stored_release_lacks():
    """5.10's letters follow from the release itself: the added facts' words are not in it, the others are."""
    release = release_text()
    assert REGISTRY["5.10"].expected() == ("B", "D")
    for added in ("HMNZS Aotearoa", "refuelling", "tension", "Peters"):  # B and D
        assert added not in release
    for kept in ("reciprocal provision of supplies and services", "MOTEGI", "Minister of Defence",
                 "requires protection in the interests of national security"):  # A, C and E
        assert kept in release
    assert check("5.10", ["D", "B"]).correct
    assert "Not A: the release gives it" in check("5.10", ["A", "B", "D"]).message
    assert "1 more option also holds" in check("5.10", ["B"]).message
