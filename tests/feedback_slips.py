"""Slips named by their real mistake: names the data does not hold, selections, types, times, indexes."""

from __future__ import annotations

from feedback_data import AG, CTX, FIRST, OTHER, D, R, other_context_id

import helpers

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
        lambda: [*R("4.5"), other_context_id()],
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

INDEX_SLIPS = [
    (
        "3.6 the rows kept, names in the index",
        "3.6",
        lambda: FIRST[FIRST["ISA"] < FIRST["ACSA"]],
        f"this is a table (a pandas DataFrame, {len(R('3.6'))} rows × {FIRST.shape[1]} columns); the exercise asks for a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter. The names are its row labels (its index), not a column: table.index.tolist() lists them.",
    ),
]


