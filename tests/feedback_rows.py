"""Wrong answers across the course, each with its exact first-try feedback (the rows of tests/test_feedback_table.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from feedback_data import AG, PL, A, M, Q, R

import helpers

ROWS = [
    (
        "0.1 number as text",
        "0.1",
        lambda: "9",
        "expected a number (for example 3 or 2.5), but got a str (text). That is a number written as text, in quotes: leave out the quotes.",
    ),
    (
        "0.1 off by one",
        "0.1",
        lambda: 8,
        "not quite. Hint: Count the items in article.paragraphs (len() does it for you).",
    ),
    (
        "0.1 the list itself",
        "0.1",
        lambda: A.paragraphs,
        "expected a number (for example 3 or 2.5), but got a tuple of 9 items (Paragraph, ...).",
    ),
    (
        "0.1 a table",
        "0.1",
        lambda: Q,
        "this is a table (a pandas DataFrame, 10 rows × 16 columns); the exercise asks for a number (for example 3 or 2.5). Count its rows with len(table); take the value out of a table that holds just one with .item().",
    ),
    (
        "0.2 paragraph 4 (counted from 0)",
        "0.2",
        lambda: 38,
        "not quite. Hint: That is paragraph 4, the one at position 3. Python counts list positions from 0, so paragraph 3 sits at position 2.",
    ),
    (
        "0.2 the lead",
        "0.2",
        lambda: 32,
        "not quite. Hint: That is how many words the lead (paragraph 1) has. The exercise asks about paragraph 3.",
    ),
    (
        "0.2 characters",
        "0.2",
        lambda: 331,
        "not quite. Hint: That counts characters (letters, spaces and punctuation). Split the text into words first.",
    ),
    (
        "0.2 off by one",
        "0.2",
        lambda: 47,
        "not quite. Hint: Take paragraph 3 out of article.paragraphs, split its text into words, and count them.",
    ),
    (
        "0.2 numpy scalar mistake",
        "0.2",
        lambda: np.int64(38),
        "not quite. Hint: That is paragraph 4, the one at position 3. Python counts list positions from 0, so paragraph 3 sits at position 2.",
    ),
    (
        "0.3 position counted from 0",
        "0.3",
        lambda: 3,
        "not quite. Hint: 3 is the paragraph's position in the list, which Python counts from 0. Answer with the paragraph's own number, p.number, which counts from 1.",
    ),
    (
        "0.3 number as text",
        "0.3",
        lambda: "4",
        "expected a number (for example 3 or 2.5), but got a str (text). That is a number written as text, in quotes: leave out the quotes.",
    ),
    (
        "0.3 a list of one",
        "0.3",
        lambda: [4],
        "expected a number (for example 3 or 2.5), but got a list of 1 item. Take the single item out of the list.",
    ),
    (
        "0.4 positions counted from 0",
        "0.4",
        lambda: [3, 4, 6, 8],
        "not quite: every number is one less than it should be. Python counts list positions from 0, but paragraphs and quotations are numbered from 1: use the number the course gives them (for example p.number), not the position.",
    ),
    (
        "0.4 one missing",
        "0.4",
        lambda: [4, 5, 7],
        "not quite. Hint: A paragraph that opens with a quotation starts with the character '\"'. Test p.text.startswith('\"') for every paragraph. (Your answer has 3 items; the question's answer has 4.)",
    ),
    (
        "0.4 a number for a list",
        "0.4",
        lambda: 4,
        "expected a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter, but got int 4.",
    ),
    (
        "0.4 a table",
        "0.4",
        lambda: Q[["paragraph"]],
        "this is a table (a pandas DataFrame, 10 rows × 1 column); the exercise asks for a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter. Take the one column you need and make it a list: table['column'].tolist().",
    ),
    (
        "1.1 split at '. '",
        "1.1",
        lambda: M("1.1", 0),
        "not quite. Hint: That is how many pieces a split at '. ' makes. Count what the course's splitter gives: practice.sentences().",
    ),
    (
        "1.1 one too many",
        "1.1",
        lambda: R("1.1") + 1,
        "not quite. Hint: Close: the quotation holds two sentences, but together with 'Ms. Rua said' they make one sentence of the report. Let practice.sentences() count.",
    ),
    (
        "1.1 number as text",
        "1.1",
        lambda: str(R("1.1")),
        "expected a number (for example 3 or 2.5), but got a str (text). That is a number written as text, in quotes: leave out the quotes.",
    ),
    (
        "1.2 channel missing",
        "1.2",
        lambda: ("Judith Collins", ""),
        "not quite. Hint: The speaker is right. The channel is the document or event the words came through: the via column of the same row.",
    ),
    (
        "1.2 a table",
        "1.2",
        lambda: Q,
        "this is a table (a pandas DataFrame, 10 rows × 16 columns); the exercise asks for 2 values in brackets, such as ('a', 'b'). Take out the part the exercise asks for: a column with table['column'], one value with .item() or .iloc[0], a list with .tolist().",
    ),
    (
        "1.2 two columns, not two texts",
        "1.2",
        lambda: (Q[Q.paragraph == 4].speaker, Q[Q.paragraph == 4].via),
        "not quite. Hint: Each part of your pair is a whole column (a pandas Series), not one text: take the one row first with .iloc[0], then read its speaker and via.",
    ),
    (
        "0.4 a quotation mark anywhere",
        "0.4",
        lambda: [p.number for p in A.paragraphs if '"' in p.text],
        "not quite. Hint: Those are the paragraphs with a quotation mark anywhere in them. The question asks which open with one: test the start of the text, p.text.startswith('\"').",
    ),
    (
        "1.2 speaker only",
        "1.2",
        lambda: "Judith Collins",
        "not quite. Hint: Give two pieces of text in brackets, speaker first: (speaker, channel).",
    ),
    (
        "1.3 == instead of !=",
        "1.3",
        lambda: M("1.3", 0),
        "not quite. Hint: Those are the paragraphs where the rule IS 'explicit'. Use != to keep the others.",
    ),
    (
        "1.3 row labels",
        "1.3",
        lambda: M("1.3", 1),
        "not quite. Hint: Those are pandas' row labels (the unnamed column, counting from 0). Read the paragraph column of the rows you kept.",
    ),
    (
        "1.3 a table",
        "1.3",
        lambda: Q.query("rule != 'explicit'"),
        "this is a table (a pandas DataFrame, 8 rows × 16 columns); the exercise asks for a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter. Take the one column you need and make it a list: table['column'].tolist().",
    ),
    (
        "1.4 nested included",
        "1.4",
        lambda: M("1.4", 0),
        "not quite. Hint: That counts the nested quotation too. Start from the top-level rows, where parent is missing (top = frame[frame.parent.isna()]).",
    ),
    (
        "1.4 one-value Series",
        "1.4",
        lambda: pd.Series([R("1.4")]),
        "expected a number (for example 3 or 2.5), but got a pandas Series (one column) with 1 value. It holds one value: take the number out with .item() (or .iloc[0] for a Series).",
    ),
    (
        "1.5 nested included",
        "1.5",
        lambda: M("1.5", 0),
        "not quite. Hint: One of those paragraphs has a partial quotation only inside another quotation (a nested one). Add a second test: frame.parent.isna().",
    ),
    (
        "1.6 percentage, not fraction",
        "1.6",
        lambda: R("1.6") * 100,
        "not quite. Hint: That is a percentage. Give a fraction between 0 and 1 (do not multiply by 100).",
    ),
    (
        "1.6 the other side's share",
        "1.6",
        lambda: M("1.6", 1),
        "not quite. Hint: That is Japan's share. The question asks for New Zealand's.",
    ),
    (
        "1.6 number as text",
        "1.6",
        lambda: "0.4",
        "expected a number (for example 3 or 2.5), but got str '0.4'. That is a number written as text, in quotes: leave out the quotes.",
    ),
    (
        "3.1 every kind of agreement",
        "3.1",
        lambda: M("3.1", 0),
        "not quite. Hint: That counts partners with any kind of agreement. Start from isa, which holds only the ISA rows.",
    ),
    (
        "3.1 a table",
        "3.1",
        lambda: AG[AG.kind == "ISA"],
        "this is a table (a pandas DataFrame, 12 rows × 20 columns); the exercise asks for a number (for example 3 or 2.5). Count its rows with len(table); take the value out of a table that holds just one with .item().",
    ),
    (
        "3.2 the place",
        "3.2",
        lambda: "Brussels",
        "not quite. Hint: That is the place, a city. The question asks for the partner it stands for: take the partner column, not the place column.",
    ),
    (
        "3.2 a one-row table",
        "3.2",
        lambda: PL[PL.role == "organisation seat"],
        "this is a table (a pandas DataFrame, 1 row × 10 columns); the exercise asks for a piece of text in quotes (for example 'Tokyo'). Take one column, then one value: table['column'].iloc[0], or .item() when it holds just one.",
    ),
    (
        "3.2 a Series of two",
        "3.2",
        lambda: pd.Series(["NATO", "Japan"]),
        "expected a piece of text in quotes (for example 'Tokyo'), but got a pandas Series (one column) with 2 values. It holds 2 values; the question asks for one text.",
    ),
    (
        "3.3 | instead of &",
        "3.3",
        lambda: M("3.3", 0),
        "not quite. Hint: That is everyone with at least one of the two kinds (the | operator). The question asks for partners with both: the & operator.",
    ),
    (
        "3.3 capitals for partners",
        "3.3",
        lambda: ["Canberra", "London", "Washington, D.C."],
        "not quite. Hint: 'Canberra' is a place, the capital or seat that stands for Australia. The exercise asks for the partners themselves (the partner column), not the places where they sit.",
    ),
    (
        "3.4 difference reversed",
        "3.4",
        lambda: M("3.4", 0),
        "not quite. Hint: That is the other way round: partners with an ACSA but no ISA. a - b keeps what is in a and not in b, so put the ISA partners first.",
    ),
    (
        "3.5 'uncertain' kept",
        "3.5",
        lambda: M("3.5", 0),
        "not quite. Hint: One partner too many: Canada signed its ISA in July 2025, but no source the course could read shows it in force by 2025-12-19, so its state is 'uncertain', not 'in force'. Keep only the rows whose state is exactly 'in force'.",
    ),
    (
        "3.5 one piece of text",
        "3.5",
        lambda: ", ".join(R("3.5")),
        "expected a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter, but got a str (text) that holds every name in one piece.",
    ),
    (
        "3.6 < reversed",
        "3.6",
        lambda: M("3.6", 0),
        "not quite. Hint: That is the other way round: these partners signed their ACSA first. Check the direction of your < sign.",
    ),
    (
        "3.6 a capital for a partner",
        "3.6",
        lambda: ["Canberra"],
        "not quite. Hint: 'Canberra' is a place, the capital or seat that stands for Australia. The exercise asks for the partners themselves (the partner column), not the places where they sit.",
    ),
    (
        "5.1 two kinds, not three",
        "5.1",
        lambda: 9,
        "not quite. Hint: 9 partners have an ACSA and an ISA (the example above); the question asks for all three kinds, so test every column of years, the RAA too.",
    ),
    (
        "5.1 axis forgotten",
        "5.1",
        lambda: 0,
        "not quite. Hint: That counts columns with no empty cell: .all() works down each column unless you give axis=1, which tests each partner's row.",
    ),
    (
        "5.5 kind, not speaker",
        "5.5",
        lambda: "full",
        "not quite. Hint: That is the commonest kind of quotation, from the example. Count the speaker column instead.",
    ),
    (
        "5.5 the other speaker",
        "5.5",
        lambda: "pita faleolo",
        "not quite. Hint: Check the method: value_counts() puts the commonest first, and .idxmax() gives the label of the biggest count.",
    ),
    (
        "5.6 speaker, not rule",
        "5.6",
        lambda: "Tala Ioane",
        "not quite. Hint: That is who said it. The question asks which rule found the speaker: take the rule column, not the speaker column.",
    ),
    (
        "5.7 line counted from 0",
        "5.7",
        lambda: 6,
        "not quite. Hint: Did you count from 0? The parser numbers lines from 1, as an editor does: take err.line from the error rather than counting.",
    ),
    (
        "5.7 the column",
        "5.7",
        lambda: 2,
        "not quite. Hint: That is the column (err.column), the position inside the line. The line is err.line.",
    ),
    (
        "5.8 a Series, not a table",
        "5.8",
        lambda: helpers.network_as_of().set_index(["partner", "kind"])["state"],
        "not quite. Hint: status_table should be a DataFrame with one column per kind, not a Series: .unstack() turns the inner level of the index (the kinds) into columns.",
    ),
    (
        "5.8 a list",
        "5.8",
        lambda: [["in force", "in force", "in force"]],
        "not quite. Hint: status_table should be a pandas DataFrame, not list. Start from helpers.network_as_of() and use .pivot_table(index=..., columns=..., values=..., aggfunc='first').",
    ),
]

# Slips whose first hint used to be about a different mistake: a name the data does not hold (another
# name for it, part of it, misspelt, from another column, or nowhere), a selection too wide or too
# narrow. One rule for every exercise names each (helpers.exercises.diagnosis).
