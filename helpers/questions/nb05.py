"""Exercises of notebook 05, *Capstone*: a briefing from the data, and the tools on another article."""

from __future__ import annotations

from functools import cache

import pandas as pd

from ..article import load_article, parse_article
from ..context import load_context
from ..datasets import SEED_DATE, network_as_of
from ..errors import ArticleFormatError
from ..exercises import Question, register
from ..frames import quotes_frame
from ..resources import data_file

__all__ = ["BROKEN_ARTICLE", "FICTIONAL_ARTICLE", "QUESTIONS"]

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

_KINDS = ("ACSA", "ISA", "RAA")
#: What an empty cell may look like after .fillna(...) or str().
_EMPTY = {"", "nan", "<na>", "none", "-", "–"}


@cache
def _fictional():
    return quotes_frame(load_article(data_file(FICTIONAL_ARTICLE), source=f"helpers/data/{FICTIONAL_ARTICLE}"))


def _all_three_signed() -> int:
    kinds = network_as_of().groupby("partner")["kind"].nunique()
    return int((kinds == len(_KINDS)).sum())


def _most_quoted() -> str:
    return str(_fictional()["speaker"].value_counts().idxmax())


def _rule_of_cannot_wait() -> str:
    quotes = _fictional()
    return str(quotes.loc[quotes["text"].str.contains("cannot wait"), "rule"].iloc[0])


def _line_of_broken() -> int:
    try:
        parse_article(BROKEN_ARTICLE, source="broken")
    except ArticleFormatError as err:
        return err.line
    raise AssertionError("BROKEN_ARTICLE parsed without an error")  # pragma: no cover


def _status_table() -> pd.DataFrame:
    net = network_as_of()
    current = net[net["state"] != "superseded"]
    return current.pivot_table(index="partner", columns="kind", values="state", aggfunc="first")


def _cell(value) -> str:
    """A table cell as comparable text: "" for NaN, None, '', 'nan' and the like."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return "" if text.casefold() in _EMPTY else text


def _names(items, limit: int = 3) -> str:
    items = sorted(str(i) for i in items)
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _compare_status_table(answer):
    """True, or a hint naming what is missing or wrong (never the whole answer)."""
    if isinstance(answer, pd.Series) and answer.index.nlevels == 2:
        return (
            "status_table should be a DataFrame with one column per kind, not a Series: "
            ".unstack() turns the inner level of the index (the kinds) into columns."
        )
    if not isinstance(answer, pd.DataFrame):
        return (
            f"status_table should be a pandas DataFrame, not {type(answer).__name__}. "
            "Start from helpers.network_as_of() and use .pivot_table(index=..., columns=..., values=..., "
            "aggfunc='first')."
        )
    want = _status_table()
    table = answer.copy()
    if isinstance(table.columns, pd.MultiIndex):  # pivot without values=, or values=["state"]
        if "state" not in table.columns.get_level_values(0):
            return "give pivot_table (or pivot) the column to put in the cells: values='state'."
        table = table["state"]
    table.columns = [str(c) for c in table.columns]
    if "partner" in table.columns and not any(str(i) in set(want.index) for i in table.index):
        return "the partners should be the table's index, not a column: try .set_index('partner'), or index='partner' in pivot_table."
    missing_cols = [k for k in _KINDS if k not in table.columns]
    if missing_cols:
        return (
            f"the table has no column {' or '.join(repr(k) for k in missing_cols)}. "
            "Use the kind column of network_as_of() as the columns (columns='kind')."
        )
    table.index = [str(i) for i in table.index]
    if table.index.duplicated().any():
        return (
            f"some partners appear more than once ({_names(set(table.index[table.index.duplicated()]))}): "
            "one row per partner, please. pivot_table gives that."
        )
    missing_rows = set(want.index) - set(table.index)
    if missing_rows:
        return (
            f"partners missing from the index: {_names(missing_rows)}. Every partner in network_as_of() "
            "needs a row."
        )
    extra_rows = set(table.index) - set(want.index)
    if extra_rows:
        return f"these rows are not partners in network_as_of(): {_names(extra_rows)}."
    for partner in sorted(want.index):
        for kind in _KINDS:
            got, right = _cell(table.loc[partner, kind]), _cell(want.loc[partner, kind])
            if got == right:
                continue
            if got == "superseded":
                return (
                    f"the cell for {partner}, {kind} says 'superseded'. Leave out the superseded rows "
                    "first: keep only the agreements that were not replaced."
                )
            if not right:
                return (
                    f"the cell for {partner}, {kind} should be empty (NaN, or '' after fillna): that partner has no {kind} "
                    "in network_as_of()."
                )
            return (
                f"the cell for {partner}, {kind} holds {got or 'nothing'!r}. Take the words of the state "
                "column of network_as_of(), unchanged."
            )
    return True


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
                "concluded' (締結) fits the eight ACSAs in force on 19 December 2025, and New Zealand's "
                "was not among them. Eight is a count of agreements in force, not New Zealand's place.",
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
            _status_table,
            compare=_compare_status_table,
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
