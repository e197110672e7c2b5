"""An answer kind is one object in one registry: a new kind reaches check() and the hidden grading from there.

A kind with a part missing fails when it is made, with the part and its fix
named, never as a KeyError inside ``check()`` or a quiet fallback in grading.
"""

from __future__ import annotations

import dataclasses
import re
from typing import get_args

import pandas as pd
import pytest

from coursekit.hub.grading.hidden import hidden_verdict
from helpers.exercises import ANSWER_KINDS, Kind, Question, check, register, register_kind
from helpers.exercises.answers import as_number
from helpers.exercises.bank import REGISTRY
from helpers.exercises.kinds import close, equal, kind_of, normalise
from helpers.exercises.model import AnswerKind
from helpers.exercises.strict import SAME_AS_CHECK, Strict


def _year(value):
    """A year: a whole number, or text holding one ('2025')."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    number = as_number(value)
    return int(number) if number is not None and float(number).is_integer() else None


def _exact_year(answer, expected) -> bool:
    return type(answer) is int and answer == expected


YEAR = dict(
    name="year",
    asks="a year, as a whole number (for example 2025)",
    normalise=_year,
    same=equal,
    table_tip="Take the year out of one date: table['date'].iloc[0].year.",
    strict=Strict(_exact_year, "the year as a whole number"),
)


@pytest.fixture
def year_kind():
    """The kind ``year``, registered for one test; it and the questions of the test are removed after."""
    yield register_kind(Kind(**YEAR))
    for name in ("year", "loose year"):
        ANSWER_KINDS.pop(name, None)
    for qid in ("9.41", "9.42", "9.43"):
        REGISTRY.pop(qid, None)


def test_a_new_kind_is_one_registration_and_check_judges_with_it(year_kind):
    q = register(Question("9.41", "year", 2025, hint="The year the agreement was signed.", fact="Signed in 2025."))
    assert check(q.id, 2025).correct and check(q.id, "2025").correct and check(q.id, 2025.0).correct
    right = check(q.id, 2025)
    assert right.message == "correct! Signed in 2025."
    wrong = check(q.id, 2024)
    assert wrong.status == "wrong" and "The year the agreement was signed." in wrong.message
    typed = check(q.id, "soon")
    assert typed.status == "wrong-type" and YEAR["asks"] in typed.message
    table = check(q.id, pd.DataFrame({"date": [pd.Timestamp("2025-12-19")]}))
    assert table.status == "wrong-type" and YEAR["table_tip"] in table.message


def test_a_new_kind_brings_its_hidden_strictness_to_the_grading(year_kind):
    q = register(Question("9.42", "year", 2025))
    assert hidden_verdict(q, 2025) == (True, "the year as a whole number")
    assert check(q.id, "2025").correct and hidden_verdict(q, "2025")[0] is False, "live is forgiving, hidden is not"


def test_a_kind_without_a_stricter_rule_is_graded_by_check_itself(year_kind):
    register_kind(Kind(**{**YEAR, "name": "loose year", "strict": SAME_AS_CHECK}))
    q = register(Question("9.43", "loose year", 2025))
    assert hidden_verdict(q, "2025") == (True, SAME_AS_CHECK.asks)


@pytest.mark.parametrize("part", ["asks", "normalise", "same", "table_tip", "strict"])
def test_a_kind_with_a_part_missing_fails_when_made_and_names_the_part(part):
    parts = {k: v for k, v in YEAR.items() if k != part}
    with pytest.raises(ValueError, match=rf"^answer kind 'year': {part} is missing — \w"):
        Kind(**parts)


@pytest.mark.parametrize(
    ("part", "value", "problem"),
    [("asks", "  ", "asks is empty"), ("normalise", "a number", "normalise is not a function"),
     ("strict", (_exact_year, "x"), "strict is not a Strict"), ("judge", "mine", "judge must be a function")],
)  # fmt: skip
def test_a_kind_with_a_broken_part_fails_when_made(part, value, problem):
    with pytest.raises(ValueError, match=re.escape(f"answer kind 'year': {problem}")):
        Kind(**{**YEAR, part: value})


def test_a_kind_is_registered_once():
    with pytest.raises(ValueError, match="answer kind 'text' is already registered"):
        register_kind(Kind(**{**YEAR, "name": "text"}))


def test_a_question_of_an_unknown_kind_names_the_registered_ones():
    with pytest.raises(ValueError, match=r"kind must be one of \['bool', 'choice', 'custom', 'date'"):
        Question("9.44", "year", 2025)


def test_the_builtin_kinds_are_whole_and_in_the_order_of_the_type():
    assert tuple(ANSWER_KINDS) == get_args(AnswerKind)
    for kind in ANSWER_KINDS.values():
        assert all(getattr(kind, f.name) is not None for f in dataclasses.fields(kind) if f.name in YEAR)
    assert [k for k, v in ANSWER_KINDS.items() if v.strict.rule] == ["number", "text", "set"]
    assert [k for k, v in ANSWER_KINDS.items() if v.judge] == ["choice", "custom"]


def test_same_and_normalise_read_the_registry():
    assert close(2.95, 3.0, 0.1) and not equal(2.95, 3.0, 0.1)
    assert normalise("date", "2025-12-19") == kind_of("date").normalise("2025-12-19")
    with pytest.raises(ValueError, match="no answer kind 'year'"):
        normalise("year", 2025)
