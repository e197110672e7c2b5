"""Exercises of notebook 00, *Start here*: a first look at the seed article."""

from __future__ import annotations

from functools import cache

from ..article import load_seeds
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


@cache
def _seed():
    return load_seeds()[0]


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "0.1",
            "number",
            lambda: len(_seed().paragraphs),
            hint="Count the items in article.paragraphs (len() does it for you).",
            fact="Paragraph numbers start at 1, as a reader counts, while Python's list positions start at 0.",
        ),
        Question(
            "0.2",
            "number",
            lambda: len(_seed().paragraphs[0].text.split()),
            hint="Take the lead's text (lead.text), split it into words with .split(), then count them with len().",
            fact="News leads are short: this one answers who, what, where and when in a single sentence.",
            mistakes=(
                (
                    len(_seed().paragraphs[0].text),
                    "That counts characters (letters, spaces and punctuation). Split the text into words first.",
                ),
            ),
        ),
        Question(
            "0.3",
            "number",
            lambda: next(p.number for p in _seed().paragraphs if "HMNZS" in p.text),
            hint="Loop over article.paragraphs and test whether 'HMNZS' is in p.text.",
            mistakes=(
                (
                    3,
                    "3 is the paragraph's position in the list, which Python counts from 0. "
                    "Answer with the paragraph's own number, p.number, which counts from 1.",
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
            fact="Four of the nine paragraphs open with somebody's words: notebook 01 finds out whose.",
        ),
    )
)
