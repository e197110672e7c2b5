"""Exercises of notebook 01, *The article as data*: sentences, quotations, speakers and channels."""

from __future__ import annotations

from functools import cache

from ..article import load_seeds
from ..exercises import Question, fold_text, register
from ..frames import quotes_frame

__all__ = ["QUESTIONS"]


@cache
def _seed():
    return load_seeds()[0]


def _frame():
    return quotes_frame(_seed())


def _top():
    """Top-level quotations only (a nested quotation's words are already in its parent's)."""
    frame = _frame()
    return frame[frame["parent"].isna()]


def _paragraph_4():
    row = _frame().query("paragraph == 4").iloc[0]
    return (row["speaker"], row["via"])


def _pair(answer):
    """A (speaker, channel) pair from a tuple, a list, a pandas row or a one-row table; else None."""
    if hasattr(answer, "to_numpy") and getattr(answer, "ndim", 0) == 2 and answer.shape == (1, 2):
        answer = answer.to_numpy()[0]
    if hasattr(answer, "tolist") and not isinstance(answer, (list, tuple)):
        answer = answer.tolist()
    if isinstance(answer, (list, tuple)) and len(answer) == 1 and isinstance(answer[0], (list, tuple)):
        answer = answer[0]
    if not isinstance(answer, (list, tuple)) or len(answer) != 2:
        return None
    if not all(isinstance(part, str) for part in answer):
        return None
    return answer


def _compare_paragraph_4(answer):
    pair = _pair(answer)
    if pair is None:
        return "Give two pieces of text in brackets, speaker first: (speaker, channel)."
    speaker, channel = (fold_text(part) for part in pair)
    right_speaker, right_channel = (fold_text(part) for part in _paragraph_4())
    surname = right_speaker.split()[-1]
    if speaker not in (right_speaker, surname):
        return "Who said the words? Look at the speaker column of the row whose paragraph is 4."
    if channel.removeprefix("a ") != right_channel.removeprefix("a "):
        return (
            "The speaker is right. The channel is the document or event the words came through: "
            "the via column of the same row."
        )
    return True


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "1.1",
            "number",
            lambda: len(_seed().sentences()),
            hint="Call article.sentences() and count what it gives with len().",
            fact="Every paragraph of the article is a single sentence; paragraph 7's sentence "
            "holds a quotation that is itself two sentences long.",
        ),
        Question(
            "1.2",
            "custom",
            _paragraph_4,
            compare=_compare_paragraph_4,
            hint="Find the row of the quotations table whose paragraph is 4 and read two of its columns.",
            fact="The course's fact base did not find that New Zealand government statement, so, "
            "unlike Japan's press release, it cannot be set beside the article and compared.",
            wrong_examples=(
                ("Judith Collins", ""),
                ("Japan's Foreign Ministry", "a statement from Japan's Foreign Ministry"),
                "Judith Collins",
            ),
        ),
        Question(
            "1.3",
            "set",
            lambda: sorted(set(_frame().query("rule != 'explicit'")["paragraph"])),
            hint="Keep the rows of the quotations table whose rule is not 'explicit' "
            "(frame.rule != 'explicit') and collect their paragraph numbers; each paragraph counts once.",
            fact="Paragraph 3's carried-over speaker is confirmed by the primary source: Japan's "
            "Foreign Ministry press release of 19 December 2025 uses nearly the same words.",
        ),
        Question(
            "1.4",
            "number",
            lambda: int((_top()["country"] == "Japan").sum()),
            hint="Keep the top-level rows (frame.parent.isna()), then count the values of the "
            "country column with value_counts().",
            fact="Counted by label, Japan's side looks split three ways; counted by country, it has "
            "twice as many quotations as New Zealand's.",
        ),
        Question(
            "1.5",
            "set",
            lambda: sorted(set(_top().query("kind == 'partial'")["paragraph"])),
            hint="Keep the rows whose kind is 'partial' AND whose parent is missing (join the two "
            "tests with &, each in brackets), then collect their paragraph numbers.",
            fact="Paragraph 6's partial quotation, 'requires protection in the interests of national "
            "security', uses exactly the words of Japan's Foreign Ministry press release.",
        ),
        Question(
            "1.6",
            "number",
            lambda: _top().query("country == 'New Zealand'")["words"].sum() / _top()["words"].sum(),
            tolerance=0.006,
            hint="Keep top-level quotations; add up the words column of the rows whose country is "
            "'New Zealand' and divide by the sum of the words column of all of them. Give a fraction "
            "between 0 and 1, not a percentage.",
            fact="Japan's side is quoted more often, New Zealand's at greater length: every New "
            "Zealand quotation in the article is a full sentence.",
        ),
    )
)
