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

import pytest
from feedback_data import R
from feedback_rows import ROWS
from feedback_slips import BOUNDARY_SLIPS, INDEX_SLIPS, NAME_SLIPS, TIME_SLIPS, TYPE_SLIPS

from helpers.exercises import check, reset_progress

#: Every pinned row: the first table, then each kind of slip.
TABLE = ROWS + NAME_SLIPS + BOUNDARY_SLIPS + TYPE_SLIPS + TIME_SLIPS + INDEX_SLIPS


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
