"""Forty-odd wrong answers across the course, each with its exact first-try feedback pinned.

Wrong types, wrong shapes (a table where a number or a list is asked), off by
one, a capital for a partner, unit slips: every row is checked as a
learner's first try, so the message is the idea-level hint, never the method
or the answer. Rows cover notebook 00 and exercises 1.1–1.6, 3.1–3.6 and 5.x
(2.5, 2.6 and notebook 04 were being rewritten when this table was made);
``NAME_SLIPS`` adds names the data does not hold and selections too wide or
too narrow, across notebooks 02–05.
When a hint is reworded on purpose, update its row here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.exercises import check, question_ids, reset_progress
from helpers.exercises.bank import REGISTRY
from helpers.questions.nb05 import FICTIONAL_ARTICLE
from helpers.resources import data_file

for _n in range(6):
    question_ids(_n)

A = helpers.load_seeds()[0]
Q = helpers.quotes_frame(A)
AG = helpers.load_agreements()
PL = helpers.load_places()
D = helpers.distances_from("Tokyo")
OTHER = helpers.quotes_frame(helpers.load_article(data_file(FICTIONAL_ARTICLE)))
CTX = helpers.load_context()
FIRST = AG[AG.signed_end <= helpers.SEED_DATE].groupby(["partner", "kind"])["signed_start"].min().unstack()


def R(qid):
    return REGISTRY[qid].expected()


def M(qid, i):
    return REGISTRY[qid].mistakes[i][0]


def _other_context_id():
    """An id of the context table that is not in exercise 4.5's answer."""
    return sorted(set(helpers.load_context()["id"]) - set(R("4.5")))[0]


TABLE = [
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
        "this is a table (a pandas DataFrame, 1 row × 8 columns); the exercise asks for a piece of text in quotes (for example 'Tokyo'). Take one column, then one value: table['column'].iloc[0], or .item() when it holds just one.",
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
NAME_SLIPS = [
    (
        '2.2 another name: USA',
        '2.2',
        lambda: ["Australia", "USA"],
        "not quite. Hint: 'USA' is not how the data names it: the partner column of the agreements table writes 'United States'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '2.2 another name: UK',
        '2.2',
        lambda: [*R("2.2"), "UK"],
        "not quite. Hint: 'UK' is not how the data names it: the partner column of the agreements table writes 'United Kingdom'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '2.2 another name: America',
        '2.2',
        lambda: ["America"],
        "not quite. Hint: 'America' is not how the data names it: the partner column of the agreements table writes 'United States'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '2.2 a name not in the data',
        '2.2',
        lambda: ["Atlantis"],
        "not quite. Hint: 'Atlantis' is not a name in the partner column of the agreements table, where this answer's names come from, nor anywhere else in the course's data. Names must be written exactly as the table writes them: take them from the table with code rather than typing them.",
    ),
    (
        '2.2 a kind for a partner (the wrong column)',
        '2.2',
        lambda: ["ACSA"],
        "not quite. Hint: 'ACSA' comes from the kind column of the agreements table; this answer's names come from the partner column of the agreements table. Take that column of the rows you keep.",
    ),
    (
        '2.2 one partner missing',
        '2.2',
        lambda: R("2.2")[:1],
        'not quite. Hint: every partner in your answer is right, but 1 is missing: your selection is too strict. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '2.3 misspelt',
        '2.3',
        lambda: "Austrailia",
        "not quite. Hint: 'Austrailia' is not spelled as in the data: the partner column of the agreements table has 'Australia'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
    (
        '2.3 name and year',
        '2.3',
        lambda: "Australia (ACSA)",
        "not quite. Hint: 'Australia (ACSA)' holds more than a name: the partner column of the agreements table writes 'Australia'. Give just the name, exactly as the table writes it.",
    ),
    (
        '2.3 Japan is no partner of its own',
        '2.3',
        lambda: "Japan",
        "not quite. Hint: 'Japan' is in the partner column of the places table but not in the partner column of the agreements table, where this answer's names come from.",
    ),
    (
        '2.3 a surname',
        '2.3',
        lambda: "Collins",
        "not quite. Hint: 'Collins' is not a name in the partner column of the agreements table, where this answer's names come from; it is part of 'Judith Collins' in the person column of the people table. Take the names from the column the question asks about.",
    ),
    (
        '2.6 misspelt Netherlands',
        '2.6',
        lambda: ["Netherland", "New Zealand"],
        "not quite. Hint: 'Netherland' is not spelled as in the data: the partner column of the agreements table has 'Netherlands'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
    (
        '2.6 Holland',
        '2.6',
        lambda: ["Holland", "New Zealand"],
        "not quite. Hint: 'Holland' is not how the data names it: the partner column of the agreements table writes 'Netherlands'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '3.2 a role for a partner (the wrong column)',
        '3.2',
        lambda: "organisation seat",
        "not quite. Hint: 'organisation seat' comes from the role column of the places table; this answer's names come from the partner column of the agreements table. Take that column of the rows you keep.",
    ),
    (
        '3.2 a name not in the data',
        '3.2',
        lambda: "EU",
        "not quite. Hint: 'EU' is not a name in the partner column of the agreements table, where this answer's names come from, nor anywhere else in the course's data. Names must be written exactly as the table writes them: take them from the table with code rather than typing them.",
    ),
    (
        '3.3 another name: Britain',
        '3.3',
        lambda: [*R("3.3")[:-2], "Britain"],
        "not quite. Hint: 'Britain' is not how the data names it: the partner column of the agreements table writes 'United Kingdom'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '3.3 the kinds (the wrong column)',
        '3.3',
        lambda: ["ACSA", "ISA"],
        "not quite. Hint: 'ACSA' comes from the kind column of the agreements table; this answer's names come from the partner column of the agreements table. Take that column of the rows you keep.",
    ),
    (
        '3.3 a person for a partner (the wrong column)',
        '3.3',
        lambda: ["Judith Collins"],
        "not quite. Hint: 'Judith Collins' comes from the person column of the people table; this answer's names come from the partner column of the agreements table. Take that column of the rows you keep.",
    ),
    (
        '3.3 one missing (& too strict)',
        '3.3',
        lambda: R("3.3")[1:],
        'not quite. Hint: every partner in your answer is right, but 1 is missing: your selection is too strict. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '3.4 part of a name: Korea',
        '3.4',
        lambda: ["NATO", "Korea", "Ukraine"],
        "not quite. Hint: 'Korea' is only part of a name: the partner column of the agreements table writes 'South Korea'. Give each name whole, exactly as the table writes it.",
    ),
    (
        '3.4 one missing',
        '3.4',
        lambda: R("3.4")[:2],
        'not quite. Hint: every partner in your answer is right, but 1 is missing: your selection is too strict. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '3.5 another name with full stops',
        '3.5',
        lambda: ["U.S.", "Australia"],
        "not quite. Hint: 'U.S.' is not how the data names it: the partner column of the agreements table writes 'United States'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '3.5 one too many (| for &)',
        '3.5',
        lambda: [*R("3.5"), "NATO"],
        'not quite. Hint: every partner the question wants is in your answer, and 1 more: your selection lets too much through. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '3.6 misspelt Philippines',
        '3.6',
        lambda: ["France", "Phillipines"],
        "not quite. Hint: 'Phillipines' is not spelled as in the data: the partner column of the agreements table has 'Philippines'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
    (
        '3.6 two of five',
        '3.6',
        lambda: R("3.6")[:2],
        'not quite. Hint: every partner in your answer is right, but 3 are missing: your selection is too strict. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '4.2 part of a name: Korea',
        '4.2',
        lambda: "Korea",
        "not quite. Hint: 'Korea' is only part of a name: the partner column of the agreements table writes 'South Korea'. Give each name whole, exactly as the table writes it.",
    ),
    (
        '4.2 another name: ROK',
        '4.2',
        lambda: "ROK",
        "not quite. Hint: 'ROK' is not how the data names it: the partner column of the agreements table writes 'South Korea'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '4.2 another name: Republic of Korea',
        '4.2',
        lambda: "Republic of Korea",
        "not quite. Hint: 'Republic of Korea' is not how the data names it: the partner column of the agreements table writes 'South Korea'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.",
    ),
    (
        '4.2 misspelt',
        '4.2',
        lambda: "Soth Korea",
        "not quite. Hint: 'Soth Korea' is not spelled as in the data: the partner column of the agreements table has 'South Korea'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
    (
        '4.5 too many (| for &)',
        '4.5',
        lambda: [*R("4.5"), _other_context_id()],
        'not quite. Hint: every id the question wants is in your answer, and 1 more: your selection lets too much through. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '4.5 one missing',
        '4.5',
        lambda: R("4.5")[1:],
        'not quite. Hint: every id in your answer is right, but 1 is missing: your selection is too strict. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).',
    ),
    (
        '4.5 part of an id',
        '4.5',
        lambda: ["yomiuri"],
        "not quite. Hint: 'yomiuri' is only part of a name: the id column of the context table writes 'yomiuri-preview-2025'. Give each name whole, exactly as the table writes it.",
    ),
    (
        '5.5 a surname',
        '5.5',
        lambda: "Ioane",
        "not quite. Hint: 'Ioane' is only part of a name: the speaker column of the quotations table writes 'Tala Ioane'. Give each name whole, exactly as the table writes it.",
    ),
    (
        '5.5 a title and a surname',
        '5.5',
        lambda: "Ms Ioane",
        "not quite. Hint: 'Ms Ioane' is not how the data names it: the speaker column of the quotations table writes 'Tala Ioane'. Give each name whole, exactly as the table writes it.",
    ),
    (
        '5.6 a rule misspelt',
        '5.6',
        lambda: "carried-over",
        "not quite. Hint: 'carried-over' is not spelled as in the data: the rule column of the quotations table has 'carried over'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
    (
        '5.6 a rule with a letter too many',
        '5.6',
        lambda: "explicitly",
        "not quite. Hint: 'explicitly' is not spelled as in the data: the rule column of the quotations table has 'explicit'. Python compares names letter by letter, so take them from the table with code rather than typing them.",
    ),
]
TABLE += NAME_SLIPS

# < where the prompt says "by" or "on or before" the article's date: the partner that signed that day is lost.
BOUNDARY_SLIPS = [
    (
        "2.1 < for <= (the day itself left out)",
        "2.1",
        lambda: AG[(AG.kind == "ACSA") & (AG.signed_end < helpers.SEED_DATE)]["partner"].nunique(),
        "not quite. Hint: One partner short: it signed on the article's date itself. 'On or before' a date includes the day: <= keeps it, < leaves it out.",
    ),
    (
        "3.1 < for <= (the day itself left out)",
        "3.1",
        lambda: AG[(AG.kind == "ISA") & (AG.signed_end < helpers.SEED_DATE)]["partner"].nunique(),
        "not quite. Hint: One partner short: it signed on the seed's date itself. 'By' a date includes the day: <= keeps it, < leaves it out.",
    ),
]
TABLE += BOUNDARY_SLIPS

# Answers of the wrong type: a row is called a row, names in an index are pointed at, a method not called
# is named, and a value that is the answer is not shown back.
TYPE_SLIPS = [
    (
        '4.2 the row label from .idxmin(), not the name in that row',
        '4.2',
        lambda: D["distance_km"].idxmin(),
        "expected a piece of text in quotes (for example 'Tokyo'), but got int 0. A whole number where a name is asked is often a row label (what .idxmax() or .index give): read the name from that row with .loc[label, 'column'].",
    ),
    (
        '4.2 a whole row',
        '4.2',
        lambda: D.iloc[0],
        "expected a piece of text in quotes (for example 'Tokyo'), but got a row of a table (a pandas Series whose labels are the table's columns: place, partner, role, lat, lon, distance_km). Take the value of one column from it: row['column'].",
    ),
    (
        '4.1 a whole row',
        '4.1',
        lambda: D.iloc[-1],
        "expected a number (for example 3 or 2.5), but got a row of a table (a pandas Series whose labels are the table's columns: place, partner, role, lat, lon, distance_km). Take the value of one column from it: row['column'].",
    ),
    (
        '4.2 a list holding the answer',
        '4.2',
        lambda: [R("4.2")],
        "expected a piece of text in quotes (for example 'Tokyo'), but got a list of 1 item. Take the single item out of the list.",
    ),
    (
        '3.2 a list holding the answer',
        '3.2',
        lambda: [R("3.2")],
        "expected a piece of text in quotes (for example 'Tokyo'), but got a list of 1 item. Take the single item out of the list.",
    ),
    (
        '5.5 counts labelled by name',
        '5.5',
        lambda: OTHER["speaker"].value_counts(),
        "expected a piece of text in quotes (for example 'Tokyo'), but got a pandas Series of 2 numbers, labelled by name (its index). The names are its labels: .idxmax() gives the label of the biggest value, .index[0] the first label.",
    ),
    (
        '5.5 the top count',
        '5.5',
        lambda: OTHER["speaker"].value_counts().head(1),
        "expected a piece of text in quotes (for example 'Tokyo'), but got a pandas Series of 1 number, labelled by name (its index). The names are its labels: .idxmax() gives the label of the biggest value, .index[0] the first label.",
    ),
    (
        '3.6 True/False labelled by name',
        '3.6',
        lambda: FIRST["ISA"] < FIRST["ACSA"],
        f"expected a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter, but got a pandas Series of {len(FIRST)} True/False values, labelled by name (its index). The names are its labels: series[series].index.tolist() keeps the labels where the value is True.",
    ),
    (
        '2.2 counts labelled by name',
        '2.2',
        lambda: AG.loc[AG.signed_start.dt.year < 2015, "partner"].value_counts(),
        f"expected a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter, but got a pandas Series of {AG.loc[AG.signed_start.dt.year < 2015, 'partner'].nunique()} numbers, labelled by name (its index). The names are its labels: .index.tolist() lists them (keep the ones you want first).",
    ),
    (
        '2.1 a method not called',
        '2.1',
        lambda: AG["partner"].nunique,
        'expected a number (for example 3 or 2.5), but got the method nunique itself, not its result. Add round brackets to call it: .nunique().',
    ),
    (
        '3.1 a method not called',
        '3.1',
        lambda: AG.loc[AG.kind == "ISA", "partner"].nunique,
        'expected a number (for example 3 or 2.5), but got the method nunique itself, not its result. Add round brackets to call it: .nunique().',
    ),
]
TABLE += TYPE_SLIPS

# A date or a gap between dates where a number is asked: named, and never shown (it holds the answer).
TIME_SLIPS = [
    (
        "2.5 the date, not its year",
        "2.5",
        lambda: AG.loc[(AG.kind == "ACSA") & (AG.status == "in force"), "signed_start"].min(),
        "expected a number (for example 3 or 2.5), but got a date (a pandas Timestamp). Take the part of the date you need: .year gives its year (.dt.year for a whole column).",
    ),
    (
        "5.2 the gap, not its days",
        "5.2",
        lambda: CTX.loc[CTX.id == "philippines-acsa-2026", "date_start"].item() - helpers.SEED_DATE,
        "expected a number (for example 3 or 2.5), but got a length of time (a pandas Timedelta). Take its number of days with .days.",
    ),
    (
        "5.4 the original language's eight",
        "5.4",
        lambda: "B",
        "not quite. Not B: going back to the original language is right, but read what it counts: 'has so far concluded' (締結) fits two counts, the eight ACSAs in force on 19 December 2025 and the eight signatures before the Netherlands signed (exercise 2.7), and New Zealand's was in neither. Eight is a count of partners before New Zealand, not New Zealand's place.",
    ),
]
TABLE += TIME_SLIPS

INDEX_SLIPS = [
    (
        "3.6 the rows kept, names in the index",
        "3.6",
        lambda: FIRST[FIRST["ISA"] < FIRST["ACSA"]],
        f"this is a table (a pandas DataFrame, {len(R('3.6'))} rows × {FIRST.shape[1]} columns); the exercise asks for a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter. The names are its row labels (its index), not a column: table.index.tolist() lists them.",
    ),
]
TABLE += INDEX_SLIPS


def test_a_date_or_a_gap_is_named_without_its_value():
    for _name, qid, answer, _message in TIME_SLIPS[:2]:
        reset_progress()
        message = check(qid, answer()).message
        assert str(R(qid)) not in message and "Timestamp(" not in message and "Timedelta(" not in message, message


def test_a_choice_with_several_right_options_explains_each_under_its_letter():
    reset_progress()
    message = check("1.9", R("1.9")).message
    assert message.startswith("correct! A: Needed. The article says"), message
    assert " B: Needed. The quotation speaks" in message


def test_the_table_is_big_enough_and_covers_every_kind_of_slip():
    assert len(TABLE) >= 40
    messages = [row[3] for row in TABLE]
    assert sum(m.startswith("this is a table") for m in messages) >= 5, "wrong shape: a table"
    assert sum(m.startswith("expected ") for m in messages) >= 8, "wrong type"
    assert sum("stands for" in m for m in messages) >= 2, "a capital for a partner"
    assert sum("from 0" in m for m in messages) >= 4, "off by one"
    assert any("percentage" in m for m in messages), "a unit slip"


def test_at_least_thirty_slips_name_the_real_mistake_of_every_kind():
    messages = [row[3] for row in NAME_SLIPS]
    assert len(NAME_SLIPS) >= 30
    for words in ("is not how the data names it", "is only part of a name", "is not spelled as in the data",
                  "holds more than a name", "comes from the", "nor anywhere else", "lets too much through",
                  "is too strict"):
        assert any(words in m for m in messages), words
    for _name, _qid, answer, message in NAME_SLIPS:  # each names the learner's own name, or says what the set lacks
        given = answer()
        given = [given] if isinstance(given, str) else given
        assert any(f"'{g}'" in message for g in given) or "your answer" in message, message


def test_no_type_message_shows_back_a_value_that_is_the_answer():
    for _name, qid, _answer, message in TABLE:
        if message.startswith("expected "):
            right = R(qid)
            said = message.split("but got", 1)[-1]
            for shown in (right, *(right if isinstance(right, list) else [])):
                assert f"'{shown}" not in said and f"{shown}'" not in said and f"[{shown}]" not in said, (qid, message)


@pytest.mark.parametrize(
    ("qid", "answer", "message"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE]
)
def test_first_try_feedback_is_exactly_this(qid, answer, message):
    reset_progress()
    feedback = check(qid, answer())
    assert feedback.status in ("wrong", "wrong-type")
    assert feedback.message == message


@pytest.mark.parametrize(("qid", "answer"), [row[1:3] for row in TABLE], ids=[row[0] for row in TABLE])
def test_no_feedback_says_items_or_values_of_a_table_or_a_raw_numpy_repr(qid, answer):
    reset_progress()
    message = check(qid, answer()).message
    assert "np.float64" not in message and "np.int64" not in message and "StringArray" not in message
    if message.startswith("this is a table"):
        assert " items" not in message and " values" not in message.split(";")[0]
