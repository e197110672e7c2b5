"""Exercises of notebook 01, *The article as data*: sentences, quotations, speakers and channels."""

from __future__ import annotations

from functools import cache

from ..article import load_seeds, parse_article
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


#: Exercise 1.1's made-up paragraph, exactly as the notebook gives it (not from any report).
_PRACTICE = (
    ' date 2026-03-02 "The talks went well. We agreed on two things," Ms. Rua said. '
    "Officials met again at 3 p.m. to sign them. Nobody else spoke."
)


def _practice_sentences() -> int:
    return len(parse_article(_PRACTICE).sentences())


def _naive_pieces() -> int:
    """How many pieces a split at '. ' makes of the practice paragraph."""
    return len(parse_article(_PRACTICE).paragraph(1).text.split(". "))


def _paragraphs(rows) -> list:
    return sorted(set(rows["paragraph"]))


def _mistakes(right, pairs) -> tuple:
    """(wrong answer, hint) pairs, leaving out any that happen to equal the right answer."""
    return tuple((wrong, hint) for wrong, hint in pairs if wrong != right)


def _paragraph_4():
    row = _frame().query("paragraph == 4").iloc[0]
    return (row["speaker"], row["via"])


def _nz_words():
    top = _top()
    return top["words"][top["country"] == "New Zealand"].sum()


def _nz_share():
    return _nz_words() / _top()["words"].sum()


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
    if channel in (right_speaker, surname) and speaker.removeprefix("a ") == right_channel.removeprefix("a "):
        return "Both parts are right, but in the wrong order: speaker first, then channel."
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
            _practice_sentences,
            hint="Call practice.sentences() and count what it gives with len().",
            fact=f"A split at '. ' cuts the same text into {_naive_pieces()} pieces: it breaks the "
            "quotation in two and stops after 'Ms' and 'p.m'.",
            mistakes=_mistakes(
                _practice_sentences(),
                (
                    (
                        _naive_pieces(),
                        "That is how many pieces a split at '. ' makes. Count what the course's "
                        "splitter gives: practice.sentences().",
                    ),
                    (
                        len(_seed().sentences()),
                        "That counts the seed article's sentences. Count those of the made-up text, "
                        "practice.sentences().",
                    ),
                    (
                        len(parse_article(_PRACTICE).paragraphs),
                        "That is the number of paragraphs. Count practice.sentences() instead.",
                    ),
                    (
                        _practice_sentences() + 1,
                        "Close: the quotation holds two sentences, but together with 'Ms. Rua said' "
                        "they make one sentence of the report. Let practice.sentences() count.",
                    ),
                ),
            ),
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
            lambda: _paragraphs(_frame().query("rule != 'explicit'")),
            hint="Keep the rows of the quotations table whose rule is not 'explicit' "
            "(frame.rule != 'explicit') and collect their paragraph numbers (list(...) of the paragraph column).",
            fact="Paragraph 3's carried-over speaker is confirmed by the primary source: Japan's "
            "Foreign Ministry press release of 19 December 2025 uses nearly the same words.",
            mistakes=(
                (
                    _paragraphs(_frame().query("rule == 'explicit'")),
                    "Those are the paragraphs where the rule IS 'explicit'. Use != to keep the others.",
                ),
                (
                    list(_frame().query("rule != 'explicit'").index),
                    "Those are pandas' row labels (the unnamed column, counting from 0). "
                    "Read the paragraph column of the rows you kept.",
                ),
                (
                    list(_frame().query("rule != 'explicit'")["number"]),
                    "Those are the quotations' numbers. Read the paragraph column instead.",
                ),
            ),
        ),
        Question(
            "1.4",
            "number",
            lambda: int((_top()["country"] == "Japan").sum()),
            hint="Keep the top-level rows (frame.parent.isna()), then count the values of the "
            "country column with value_counts() and read the count for 'Japan'.",
            fact="Counted by label, Japan's side looks split three ways; counted by country, it has "
            "twice as many quotations as New Zealand's.",
            mistakes=_mistakes(
                int((_top()["country"] == "Japan").sum()),
                (
                    (
                        int((_frame()["country"] == "Japan").sum()),
                        "That counts the nested quotation too. Start from the top-level rows, "
                        "where parent is missing (top = frame[frame.parent.isna()]).",
                    ),
                    (
                        int((_top()["country"] == "New Zealand").sum()),
                        "That is one label's count, or New Zealand's side. Count the top-level rows "
                        "whose country is 'Japan', whatever their speaker label.",
                    ),
                    (
                        int((_top()["speaker"] == "Japan's Foreign Ministry").sum()),
                        "That is one label's count. Count the top-level rows whose country is "
                        "'Japan', whatever their speaker label.",
                    ),
                    (
                        len(_top()),
                        "That counts every top-level quotation. Keep only those whose country is 'Japan'.",
                    ),
                ),
            ),
        ),
        Question(
            "1.5",
            "set",
            lambda: _paragraphs(_top().query("kind == 'partial'")),
            hint="Keep the rows whose kind is 'partial' AND whose parent is missing (join the two "
            "tests with &, each in brackets), then collect their paragraph numbers.",
            fact="Paragraph 6's partial quotation, 'requires protection in the interests of national "
            "security', uses exactly the words of Japan's Foreign Ministry press release.",
            mistakes=(
                (
                    _paragraphs(_frame().query("kind == 'partial'")),
                    "One of those paragraphs has a partial quotation only inside another quotation "
                    "(a nested one). Add a second test: frame.parent.isna().",
                ),
                (
                    _paragraphs(_top().query("kind == 'full'")),
                    "Those paragraphs hold full quotations. Keep the rows whose kind is 'partial'.",
                ),
            ),
        ),
        Question(
            "1.6",
            "number",
            lambda: _nz_share(),
            tolerance=0.006,
            hint="Keep top-level quotations; add up the words column of the rows whose country is "
            "'New Zealand' and divide by the sum of the words column of all of them. Give a fraction "
            "between 0 and 1, not a percentage.",
            fact="Japan's side is quoted more often, New Zealand's at greater length: every New "
            "Zealand quotation in the article is a full sentence.",
            mistakes=(
                (
                    _nz_words() / _frame()["words"].sum(),
                    "Close, but the total includes the nested quotation's words, which are already "
                    "counted in quotation 9. Divide by the words of the top-level rows only.",
                ),
                (
                    1 - _nz_share(),
                    "That is Japan's share. The question asks for New Zealand's.",
                ),
                (
                    _top()["words"][_top()["country"] == "Japan"].sum() / _top()["words"].sum(),
                    "That is Japan's share. The question asks for New Zealand's.",
                ),
                (
                    _nz_share() * 100,
                    "That is a percentage. Give a fraction between 0 and 1 (do not multiply by 100).",
                ),
                (
                    (_top()["country"] == "New Zealand").sum() / len(_top()),
                    "That is a share of quotations. The question asks about words: use the words column.",
                ),
            ),
        ),
    )
)
