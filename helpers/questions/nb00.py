"""Exercises of notebook 00, *Start here*: a first look at the seed article."""

from __future__ import annotations

import re
from functools import cache

from ..article import load_seeds
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


@cache
def _seed():
    return load_seeds()[0]


def _words(number: int) -> int:
    """How many words paragraph ``number`` (counted from 1) has."""
    return len(_seed().paragraphs[number - 1].text.split())


def _quoted_words(number: int) -> int:
    """How many of paragraph ``number``'s words stand inside quotation marks."""
    return sum(len(q.split()) for q in re.findall(r'"([^"]*)"', _seed().paragraphs[number - 1].text))


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "0.1",
            "number",
            lambda: len(_seed().paragraphs),
            hint="Count the items in article.paragraphs (len() does it for you).",
            method="len(x) gives how many items the list x holds; article.paragraphs is a list.",
            computed=True,
            fact="Paragraph numbers start at 1, as a reader counts, while Python's list positions start at 0.",
        ),
        Question(
            "0.2",
            "number",
            lambda: _words(3),
            hint="Take paragraph 3 out of article.paragraphs, split its text into words, and count them.",
            method="A paragraph's words are p.text.split(); len() counts them. Python numbers the positions "
            "in a list from 0, so paragraph 3 is not at position 3.",
            step="The lead, paragraph 1, is article.paragraphs[0]: its words are article.paragraphs[0].text.split(). "
            "Do the same for paragraph 3, one position further on for each paragraph.",
            fact=f"{_quoted_words(3)} of those {_words(3)} words stand inside quotation marks: the article "
            "explains the ACSA largely in somebody else's words, and notebook 01 finds out whose.",
            mistakes=(
                (
                    _words(4),
                    "That is paragraph 4, the one at position 3. Python counts list positions from 0, "
                    "so paragraph 3 sits at position 2.",
                    "counted-from-0",
                ),
                (
                    _words(1),
                    "That is how many words the lead (paragraph 1) has. The exercise asks about paragraph 3.",
                    "the-lead",
                ),
                (
                    len(_seed().paragraphs[2].text),
                    "That counts characters (letters, spaces and punctuation). Split the text into words first.",
                    "characters",
                ),
            ),
        ),
        Question(
            "0.3",
            "number",
            lambda: next(p.number for p in _seed().paragraphs if "HMNZS" in p.text),
            hint="Loop over article.paragraphs and test whether 'HMNZS' is in p.text.",
            method="for p in article.paragraphs: ... then, inside the loop, if 'HMNZS' in p.text: print(p.number).",
            mistakes=(
                (
                    3,
                    "3 is the paragraph's position in the list, which Python counts from 0. "
                    "Answer with the paragraph's own number, p.number, which counts from 1.",
                    "counted-from-0",
                ),
            ),
            fact="HMNZS Aotearoa is a Royal New Zealand Navy replenishment tanker, commissioned in July 2020.",
        ),
        Question(
            "0.4",
            "set",
            lambda: [p.number for p in _seed().paragraphs if p.text.startswith('"')],
            hint="A paragraph that opens with a quotation starts with the character '\"'. "
            "Test p.text.startswith('\"') for every paragraph.",
            method="Make a list of the numbers of the paragraphs that pass the test: a loop that appends "
            "p.number when the test is True, or a list comprehension [... for p in article.paragraphs if ...].",
            mistakes=(
                (
                    [p.number for p in _seed().paragraphs if '"' in p.text],
                    "Those are the paragraphs with a quotation mark anywhere in them. The question asks which "
                    "open with one: test the start of the text, p.text.startswith('\"').",
                    "anywhere-not-start",
                ),
            ),
            fact="Four of the nine paragraphs open with somebody's words: notebook 01 finds out whose.",
        ),
    )
)
