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
            "text",
            lambda: _seed().weekday,
            hint="Use article.weekday, or article.date.strftime('%A').",
            fact="The lead paragraph says the agreements were signed 'on Friday', and the date agrees.",
        ),
        Question(
            "0.3",
            "number",
            lambda: next(p.number for p in _seed().paragraphs if "HMNZS" in p.text),
            hint="Loop over article.paragraphs and test whether 'HMNZS' is in p.text.",
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
