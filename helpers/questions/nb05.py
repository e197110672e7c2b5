"""Exercises of notebook 05, *Capstone*: a briefing from the data, and the tools on another article."""

from __future__ import annotations

from functools import cache

import pandas as pd

from ..article import load_article, load_seeds, parse_article
from ..context import load_context
from ..datasets import SEED_DATE, network_as_of
from ..errors import ArticleFormatError
from ..exercises import Question, register
from ..frames import quotes_frame
from ..resources import data_file
from .status_table import compare_status_table, status_table

__all__ = ["BROKEN_ARTICLE", "FICTIONAL_ARTICLE", "QUESTIONS", "RELEASE", "release_text"]

#: Japan's Foreign Ministry release on the signing (an excerpt, PDL 1.0), a data file of the package.
RELEASE = "sources/mofa-2025-12-19-signing.txt"
#: The reporter's punctuation a quotation may carry at either end, stripped before it is searched for.
_ENDS = " ,.'"

#: The fictional test article the notebook reads (its lead says it is fictional), a data file of the package.
FICTIONAL_ARTICLE = "articles/fict-02-pronouns-continuation.txt"

#: The malformed text of exercise 5.7, exactly as the notebook writes it.
BROKEN_ARTICLE = (
    " date 2026-03-02 This is a made-up article: a school robotics club won a contest.\n"
    "\n"
    "The team's robot lost a wheel in the final.\n"
    "\n"
    '"We fixed it in four minutes," the captain said.\n'
    "\n"
    " date 2026-03-03 This is a second made-up article, pasted in by mistake.\n"
)


@cache
def _fictional():
    return quotes_frame(load_article(data_file(FICTIONAL_ARTICLE), source=f"helpers/data/{FICTIONAL_ARTICLE}"))


def release_text() -> str:
    """The release as the course stores it, without the file's header of source, licence and editing note.

    >>> text = release_text()
    >>> text.startswith("Signing of the Japan-New Zealand"), "11:40 a.m." in text, "regional challenges" in text
    (True, True, False)
    """
    return data_file(RELEASE).read_text(encoding="utf-8").split("\n----\n", 1)[1]


def _in_release(strip: str = _ENDS) -> list[int]:
    """Numbers of the seed's quotations found word for word in the release, each stripped of ``strip`` first."""
    quotes = quotes_frame(load_seeds()[0])
    release = release_text()
    return [int(n) for n, text in zip(quotes["number"], quotes["text"], strict=True) if text.strip(strip) in release]


def _paragraphs_of(numbers: list[int]) -> list[int]:
    quotes = quotes_frame(load_seeds()[0]).set_index("number")
    return sorted({int(p) for p in quotes.loc[numbers, "paragraph"]})


def _all_three_signed() -> int:
    kinds = network_as_of().groupby("partner")["kind"].nunique()
    return int((kinds == 3).sum())  # ACSA, ISA and RAA


def _most_quoted() -> str:
    return str(_fictional()["speaker"].value_counts().idxmax())


def _rule_of_cannot_wait() -> str:
    quotes = _fictional()
    return str(quotes.loc[quotes["text"].str.contains("cannot wait"), "rule"].iloc[0])


def _line_of_broken() -> int:
    try:
        parse_article(BROKEN_ARTICLE, source="broken")
    except ArticleFormatError as err:
        if err.line is not None:
            return err.line
    raise AssertionError("BROKEN_ARTICLE parsed without an error")  # pragma: no cover


def _days_after_seed(row_id: str = "philippines-acsa-2026") -> int:
    return int((load_context().set_index("id").loc[row_id, "date_start"] - SEED_DATE).days)


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "5.1",
            "number",
            _all_three_signed,
            hint="In the years table, a partner with all three kinds has no empty cell in its row. "
            "Do as the example above did for ACSA and ISA, with every column of years.",
            method="Test every cell with .notna(), then ask per row whether all are True with .all(axis=1), "
            "and count the Trues with .sum().",
            step="The example did years[['ACSA', 'ISA']].notna().all(axis=1).sum(); the question uses every "
            "column of years.",
            mistakes=(
                (
                    9,
                    "9 partners have an ACSA and an ISA (the example above); the question asks for all "
                    "three kinds, so test every column of years, the RAA too.",
                ),
                (
                    3,
                    "That counts the partners with an RAA. A partner must also have an ACSA and an ISA: "
                    "test all three columns of a row with .notna().all(axis=1).",
                ),
                (
                    14,
                    "That counts every partner. Test years.notna() (True where a cell is filled), not years "
                    "itself, and keep only the rows that are all True.",
                ),
                (
                    0,
                    "That counts columns with no empty cell: .all() works down each column unless you give "
                    "axis=1, which tests each partner's row.",
                ),
            ),
            fact="They are Australia and the United Kingdom, and on 2025-12-19 all three of their agreements "
            "were in force; the Philippines, with an RAA in force, signed an ACSA on 2026-01-15, after the "
            "article's date (course dataset agreements.csv, from a news report, confidence medium: "
            "https://www.nippon.com/en/news/yjj2026011501066/japan-philippines-sign-mutual-logistics-support-pact.html).",
            computed=True,
        ),
        Question(
            "5.2",
            "number",
            _days_after_seed,
            hint="Subtract helpers.SEED_DATE from the row's date_start (later minus earlier); "
            "the Timedelta's .days is the answer.",
            method="Two dates subtract to a Timedelta; .days gives whole days.",
            step="ctx.set_index('id').loc['philippines-acsa-2026', 'date_start'] is the later date; "
            "subtract the article's date from it.",
            fact="Four weeks after New Zealand's, the Philippines' ACSA also waits for the Diet's approval "
            "(Philippine Daily Inquirer, 15 January 2026; context.csv).",
            mistakes=(
                (
                    -_days_after_seed(),
                    "your number is negative: subtract the earlier date from the later one.",
                ),
                (
                    _days_after_seed("collins-law-commission-2026"),
                    "that is the gap to Collins's announcement (28 January 2026). Use the row "
                    "philippines-acsa-2026.",
                ),
            ),
        ),
        Question(
            "5.3",
            "choice",
            "C",
            options={
                "A": "no source found by the course says so: writing it would turn an absence of evidence "
                "into a claim.",
                "B": "the course's sources thin out after late January 2026, so it cannot show that the agreements "
                "are still not in force either; 'still not' claims more than the evidence.",
                "C": "it states the as-of date, says exactly what was and was not found, and gives the "
                "evidence for 'may': reports on the German and Philippine ACSAs say the Diet must approve "
                "an ACSA, and the NATO, France, South Korea and Germany ISAs took effect on signature "
                "(agreements.csv). "
                "It also says what is not known: whether the New Zealand ISA needs the Diet too.",
                "D": "no source gives a date for entry into force; a forecast without a source does not belong "
                "in a briefing of facts.",
            },
            hint="A sentence in a briefing must be true on the day it is read, and say how we know.",
            fact="'Not found as of' is a finding; it becomes out of date, so a briefing always carries its date.",
        ),
        Question(
            "5.4",
            "choice",
            "C",
            options={
                "A": "the Yomiuri's 'ninth' was right on 1 December 2025, but the Netherlands signed on "
                "18 December, one day before New Zealand: a count true on an earlier date, overtaken by "
                "events. A briefing dated after the signing must use the count for its own date.",
                "B": "going back to the original language is right, but read what it counts: 'has so far "
                "concluded' (締結) fits two counts, the eight ACSAs in force on 19 December 2025 and the "
                "eight signatures before the Netherlands signed (exercise 2.7), and New Zealand's was in "
                "neither. Eight is a count of partners before New Zealand, not New Zealand's place.",
                "C": "a count from dated, sourced rows, confirmed by independent later reports (the Philippines "
                "as 11th on 15 January 2026), is the strongest evidence; the briefing can say how it counted "
                "and mention the conflicting report.",
                "D": "the disagreement can be settled with the data, so leaving the count out would drop a "
                "checkable fact; say how you counted instead.",
            },
            hint="Which account can be checked against dated records, and which was written before the facts?",
            fact="Settling a disagreement with data is the lesson, not choosing the most famous outlet.",
        ),
        Question(
            "5.9",
            "set",
            _in_release,
            computed=True,
            hint="Search for each quotation's text inside release with in, after stripping the reporter's "
            "punctuation at both ends, and keep the numbers of the ones found.",
            method="Loop over the number and text columns together (zip), test text.strip(\" ,.'\") in release, "
            "and append the number when it is True.",
            step="Worked step: quote_6.strip(\" ,.'\") in release was True while quote_6 in release was False; "
            "do the same test for every row of quotes, not only quotation 6.",
            mistakes=(
                (
                    _in_release(strip=""),
                    "Quotation 6 is missing: the article's text ends with the reporter's comma "
                    "('national security,'), and the release goes on with a full stop there. Strip the "
                    "punctuation at both ends of each text (.strip(\" ,.'\")) before you search.",
                ),
                (
                    sorted({*_in_release(), 1}),
                    "Quotation 1 is not word for word: the article quotes 'facilitating the smooth and prompt "
                    "provision', the release says 'will facilitate the smooth and prompt provision'. Let Python "
                    "search rather than your eye: in finds the exact text only.",
                ),
                (
                    sorted({*_in_release(), 8, 9}),
                    "Quotations 8 and 9 are not in the course's copy of the release, which stops before item 3 "
                    "(the ministers' meeting). Compute the answer from release; and read 'not found in the "
                    "excerpt' as just that, not as 'not in the release'.",
                ),
                (
                    [1, 2, 3],
                    "Those are paragraph 3's quotations, from the release's item 1. Search every quotation: one of "
                    "them was reshaped, and a quotation from another paragraph is the release's own words.",
                ),
                (
                    _paragraphs_of(_in_release()),
                    "Those are paragraph numbers. Keep the quotations' numbers (the number column) instead.",
                ),
                (
                    [],
                    "Nothing found: test whether each quotation is inside the release (text in release), not "
                    "whether it equals the whole release (==).",
                ),
            ),
            fact="Three of the article's quotations are the release's words exactly; one was reshaped to fit "
            "the reporter's sentence ('facilitating' for 'will facilitate'); two may come from the release's "
            "item 3, which the stored copy lacks; Collins's and Peters's words come from elsewhere (for "
            "Collins's, the article names a New Zealand government statement). 'Not found in the excerpt' is "
            "a finding about the excerpt, not about the Ministry.",
        ),
        Question(
            "5.10",
            "choice",
            ("B", "D"),
            options={
                "A": "the release gives it: item 1 says the ACSA establishes a framework, such as the settlement "
                "procedures, for the 'reciprocal provision of supplies and services'. The article kept it.",
                "B": "this is added: the refuelling at sea with HMNZS Aotearoa and the food or medical supplies "
                "are Collins's examples, which the article takes 'according to a statement from the New "
                "Zealand government', not from the Japanese release.",
                "C": "the release gives both: its opening names Motegi, Minister for Foreign Affairs, and "
                "Collins, Minister of Defence of New Zealand (the article spells her office 'Defense').",
                "D": "this is added: these are Winston Peters's words, for which the article names no channel; "
                "the stored release names no tension and quotes no New Zealand minister.",
                "E": "the release gives it word for word: item 2 speaks of classified information that "
                "'requires protection in the interests of national security' (exercise 5.9 found it).",
            },
            hint="For each letter, search the release as stored (release) for the words or the fact; "
            "what you cannot find there, the article brought from somewhere else.",
            fact="What a report adds is not wrong, but it has another source: cite Collins's examples to the "
            "New Zealand statement (or 'as reported by'), not to the Japanese release.",
        ),
        Question(
            "5.5",
            "text",
            _most_quoted,
            hint="Count the rows of the quotations table per speaker with value_counts(), as the example "
            "did for the kind column, and take the label of the biggest count with .idxmax().",
            method="value_counts() on one column counts each value; .idxmax() gives the label with the "
            "biggest count.",
            step="The example counted other_quotes['kind']; count the speaker column the same way.",
            mistakes=(
                (
                    "Pita Faleolo",
                    "Check the method: value_counts() puts the commonest first, "
                    "and .idxmax() gives the label of the biggest count.",
                ),
                (
                    "full",
                    "That is the commonest kind of quotation, from the example. Count the speaker "
                    "column instead.",
                ),
            ),
            fact="The program has no list of names: it found this speaker from the title written before "
            "the name, so it works on an article nobody has seen, and it cannot tell that this one is "
            "invented.",
            computed=True,
        ),
        Question(
            "5.6",
            "text",
            _rule_of_cannot_wait,
            hint="Find the row whose text contains 'cannot wait' with .str.contains, as the seawalls "
            "example did, and take its rule column instead of the speaker.",
            method="Mark the rows whose text contains a phrase with .str.contains(...), then take one column "
            "of those rows with .loc and the first value with .iloc[0].",
            step="other_quotes.loc[about_seawalls, 'speaker'].iloc[0] was the example; change the phrase and "
            "the column.",
            mistakes=(
                (
                    "explicit",
                    "'explicit' means the speaker is named in the quotation's own sentence. Is anyone "
                    "named in the sentence 'We cannot wait for another report.'? Look the row up with pandas.",
                ),
                (
                    "pronoun",
                    "'pronoun' needs a 'he said' or 'she added' in the quotation's own sentence. "
                    "Look the row up with .str.contains('cannot wait') and read its rule column.",
                ),
                (
                    "Tala Ioane",
                    "That is who said it. The question asks which rule found the speaker: "
                    "take the rule column, not the speaker column.",
                ),
            ),
            fact="That quotation's own sentence has no 'said' or name, so the program gives it to the speaker "
            "named earlier in the same paragraph: a guess a careful reader should check.",
        ),
        Question(
            "5.7",
            "number",
            _line_of_broken,
            hint="Parse broken inside try: ... except helpers.ArticleFormatError as err: ..., "
            "then look at err.line (or at the number after the first colon of the message).",
            method="Catch the error with try/except and read its .line attribute instead of counting.",
            step="except helpers.ArticleFormatError as err: gives you err; store err.line in a variable.",
            mistakes=(
                (
                    6,
                    "Did you count from 0? The parser numbers lines from 1, as an editor does: "
                    "take err.line from the error rather than counting.",
                ),
                (2, "That is the column (err.column), the position inside the line. The line is err.line."),
                (
                    4,
                    "That is the paragraph. The parser counts lines of the text, the empty ones between "
                    "paragraphs included: take err.line.",
                ),
                (
                    1,
                    "Line 1 holds the first date line, which is right. The parser complains about a later "
                    "one: take err.line from the error.",
                ),
            ),
            fact="The column (err.column) points inside that line too: the message reads "
            "'source:line:column: what is wrong — what to do', like a compiler's.",
            computed=True,
        ),
        Question(
            "5.8",
            "custom",
            status_table,
            compare=compare_status_table,
            hint="Start from helpers.network_as_of(); leave out the superseded rows, then "
            "pivot_table(index=..., columns=..., values=..., aggfunc='first'), as for the signing dates.",
            method="Leave out the superseded rows, then pivot_table with index, columns, values and "
            "aggfunc='first' (words, not numbers).",
            step="signed_as_written was built the same way with values='signed'; build yours from "
            "network_as_of() with values='state'.",
            fact="Read across a row and you have that partner's line of a briefing; read down a column "
            "and you see which kind of agreement Japan has signed most widely: the ISA, in this data.",
            wrong_examples=(
                pd.DataFrame(
                    {"ACSA": ["in force"], "ISA": ["in force"]},
                    index=pd.Index(["Australia"], name="partner"),
                ),
                [["in force", "in force", "in force"]],
            ),
        ),
    )
)
