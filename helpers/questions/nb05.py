"""Exercises of notebook 05, *Capstone*: a briefing from the data, and the tools on another article."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from ..article import load_article, parse_article
from ..datasets import network_as_of
from ..errors import ArticleFormatError
from ..exercises import Question, register
from ..frames import quotes_frame

__all__ = ["BROKEN_ARTICLE", "FICTIONAL_ARTICLE", "QUESTIONS"]

#: The fictional test article the notebook reads (its lead says it is fictional).
FICTIONAL_ARTICLE = "tests/articles/fict-02-pronouns-continuation.txt"

#: The malformed text of exercise 5.4, exactly as the notebook writes it.
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
#: What an empty cell may look like after .astype(str) or .fillna(...).
_EMPTY = {"", "nan", "<na>", "none", "-", "–"}


@cache
def _fictional():
    path = Path(__file__).resolve().parents[2] / FICTIONAL_ARTICLE
    return quotes_frame(load_article(path, source=FICTIONAL_ARTICLE))


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
    if not isinstance(answer, pd.DataFrame):
        return (
            f"status_table should be a pandas DataFrame, not {type(answer).__name__}. "
            "Start from helpers.network_as_of() and use .pivot_table(index=..., columns=..., values=..., "
            "aggfunc='first')."
        )
    want = _status_table()
    table = answer.copy()
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
                    f"the cell for {partner}, {kind} should be empty (NaN): that partner has no {kind} "
                    "in network_as_of()."
                )
            return (
                f"the cell for {partner}, {kind} holds {got or 'nothing'!r}. Take the words of the state "
                "column of network_as_of(), unchanged."
            )
    return True


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "5.1",
            "number",
            _all_three_signed,
            hint="In the years table, a partner with all three kinds has no empty cell in its row: "
            "years.notna().all(axis=1) is True for such a row, and .sum() counts the Trues.",
            fact="They are Australia and the United Kingdom, and on 2025-12-19 all three of their agreements "
            "were in force; the Philippines, with an RAA in force, signed an ACSA on 2026-01-15 "
            "(a news report), after the article's date (course dataset agreements.csv).",
        ),
        Question(
            "5.2",
            "text",
            _most_quoted,
            hint="Count the rows of the quotations table per speaker: "
            "other_quotes['speaker'].value_counts() lists the most quoted first.",
            fact="The program has no list of names: it found this speaker from the title written before "
            "the name, so it works on an article nobody has seen, and it cannot tell that this one is "
            "invented.",
        ),
        Question(
            "5.3",
            "text",
            _rule_of_cannot_wait,
            hint="Keep the row whose text contains 'cannot wait' "
            "(other_quotes['text'].str.contains('cannot wait')) and read its rule column.",
            fact="That quotation's own sentence has no 'said' or name, so the program gives it to the speaker "
            "named earlier in the same paragraph: a guess a careful reader should check.",
        ),
        Question(
            "5.4",
            "number",
            _line_of_broken,
            hint="Parse broken inside try: ... except helpers.ArticleFormatError as err: ..., "
            "then look at err.line (or at the number after the first colon of the message).",
            fact="The column (err.column) points inside that line too: the message reads "
            "'source:line:column: what is wrong — what to do', like a compiler's.",
        ),
        Question(
            "5.5",
            "custom",
            _status_table,
            compare=_compare_status_table,
            hint="Start from helpers.network_as_of(); leave out superseded rows, then pivot_table.",
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
