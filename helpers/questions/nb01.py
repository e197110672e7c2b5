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


def _columns_not_texts(answer) -> bool:
    """A pair whose parts are whole columns (pandas Series), as ``(rows.speaker, rows.via)`` gives."""
    return (
        isinstance(answer, (list, tuple))
        and len(answer) == 2
        and all(type(part).__name__ == "Series" for part in answer)
    )


def _compare_paragraph_4(answer):
    if _columns_not_texts(answer):
        return (
            "Each part of your pair is a whole column (a pandas Series), not one text: take the one row "
            "first with .iloc[0], then read its speaker and via."
        )
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
            method="Let the course's splitter do the splitting (it knows about quotation marks, titles "
            "and 'p.m.') and count the sentences it returns, instead of counting full stops.",
            step="Worked step: on the made-up text about Mr. Vea above, the splitter returned fewer "
            "sentences than a split at '. ' made pieces; make the same call on practice and count.",
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
            computed=True,
        ),
        Question(
            "1.2",
            "custom",
            _paragraph_4,
            compare=_compare_paragraph_4,
            hint="Find the row of the quotations table whose paragraph is 4 and read two of its columns.",
            method="Pick the one row whose paragraph is 4, then read its speaker column (who is "
            "responsible for the words) and its via column (the channel they came through).",
            step="Worked step: for paragraph 3 the notebook took rows_3.iloc[0] and read first.speaker "
            "and first.via; do the same for paragraph 4 and give the two texts in brackets, speaker first.",
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
            method="Keep the rows whose rule is anything but 'explicit' (an 'is not equal' test), then "
            "collect the values of their paragraph column.",
            step="Worked step: frame[frame.paragraph != 3] kept every row outside paragraph 3; the same "
            "shape of test works on the rule column. Then read paragraph numbers, not row labels.",
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
            method="Start from the top-level rows only (no parent), count them by the country column, "
            "and read the one count for Japan.",
            step="Worked step: counts['Tokyo'] read one label's count from a value_counts() result; "
            "do the same with the country counts of the top-level rows.",
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
            computed=True,
        ),
        Question(
            "1.5",
            "set",
            lambda: _paragraphs(_top().query("kind == 'partial'")),
            hint="Keep the rows whose kind is 'partial' AND whose parent is missing (join the two "
            "tests with &, each in brackets), then collect their paragraph numbers.",
            method="Combine two tests with &: the kind is 'partial', and the row has no parent; then "
            "collect the paragraph numbers of the rows that pass both.",
            step="Worked step: the notebook kept paragraph 9's top-level rows with two bracketed tests "
            "joined by &; keep the parent test and replace the paragraph test with one on the kind column.",
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
            method="Divide two sums over the top-level rows: the words of the rows whose country is "
            "New Zealand, and the words of all of them.",
            step="Worked step: top.words.sum() is the denominator, as in the cell that measured how "
            "much of the article is quoted; for the numerator, keep the New Zealand rows first.",
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
            computed=True,
        ),
        Question(
            "1.7",
            "choice",
            "B",
            options={
                "A": "Quotation marks promise the speaker's own words. The article's marks hold "
                "'facilitating', a form the ministry did not write; repeating it passes the reporter's "
                "change on as the ministry's words.",
                "B": "The release is the primary source: the ministry's own text, published by the "
                "ministry. When a report and its primary source differ on the words, quote the primary "
                "source and cite it; the report is evidence of what was reported, not of what was said.",
                "C": "The meaning is close, but quotation marks are a promise about words, not meaning. "
                "If only the meaning matters, paraphrase without marks.",
                "D": "The words are right but the citation is not: the article does not contain 'will "
                "facilitate', so a reader who follows your citation finds different words. Cite the page "
                "that holds the words you quote; if you have read only the article, quote its wording and "
                "say 'as reported by'.",
            },
            fact="The release also gives what the article leaves out: the signing began at 11:40 a.m. "
            "in Tokyo and was followed by a meeting of the two ministers.",
        ),
        Question(
            "1.8",
            "choice",
            "B",
            options={
                "A": "The article never names China: it speaks of 'regional challenges' and, in Peters' "
                "words, 'increasing international tension'. Other reports framed the pact against China; "
                "a headline that says so needs those sources, named, not this article.",
                "B": "Paragraphs 1 and 2 say exactly this, and Japan's Foreign Ministry release, the "
                "primary source, confirms both agreements, the place and the day.",
                "C": "Signed is not in force: the course's table records both agreements as 'pending' "
                "on 19 December 2025, and Collins said the agreement 'could include' refuelling at "
                "sea, a possibility, not a fact.",
                "D": "Paragraph 6 does speak of classified information 'exchanged between them', but it "
                "says the agreement sets measures to protect it, not that anything will be exchanged; "
                "and 'intelligence' is the headline's word, not the article's or the ministry's. A "
                "headline that turns rules for protecting information into a promise to share it says "
                "more than the source.",
            },
            fact="A headline the data supports says what happened, where and when, and nothing the "
            "sources do not say: 'signed', not 'can now'; 'agreements', not 'alliance'.",
        ),
        Question(
            "1.9",
            "choice",
            ("A", "B"),
            options={
                "A": "Needed. The article says her words came 'according to a statement from the New "
                "Zealand government', a written channel. 'Told reporters' adds a channel the article "
                "does not give: you would need another source showing she said it to reporters.",
                "B": "Needed. The quotation speaks of 'refuelling activities at sea using HMNZS "
                "Aotearoa' and says 'could include', without naming whose ships. 'Will let ... refuel "
                "Japanese ships' adds both a promise and a partner the quotation does not name.",
                "C": "Not needed. The claim reports what she said about the future; it can be accurate "
                "about her words even though the agreement was still pending. A claim that the forces "
                "can refuel each other now would need it in force.",
                "D": "Not needed. The claim is about Collins's words. Another source's silence neither "
                "confirms nor contradicts them; what would confirm them is the New Zealand government "
                "statement itself.",
            },
            fact="The course's authors could not find that New Zealand government statement, so "
            "Collins's exact words cannot be checked against their source; a careful writer keeps "
            "'according to a statement from the New Zealand government'.",
        ),
    )
)
