"""Every exercise accepts its right answer, rejects a wrong one, and never raises."""

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.exercises import _REGISTRY, Question, check, question_ids

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]-*.py"))


def all_questions():
    for src in NOTEBOOK_SOURCES:
        question_ids(int(src.name[:2]))
    return sorted((q for q in _REGISTRY.values() if not q.id.startswith("9.")), key=lambda q: q.id)


def a_wrong_answer(q: Question):
    if q.wrong_examples:
        return q.wrong_examples[0]
    right = q.expected()
    return {
        "number": lambda: (right or 0) + 1000,
        "text": lambda: "certainly not this",
        "set": lambda: ["certainly not this"],
        "list": lambda: ["certainly not this"],
        "date": lambda: dt.date(1900, 1, 1),
        "bool": lambda: not right,
        "choice": lambda: next(letter for letter in sorted(q.options) if letter not in right),
    }[q.kind]()


QUESTIONS = all_questions()


def test_every_notebook_has_at_least_four_exercises():
    for src in NOTEBOOK_SOURCES:
        ids = question_ids(int(src.name[:2]))
        assert len(ids) >= 4, f"{src.name} has {len(ids)} exercises; the course promises at least four"


def test_every_exercise_is_used_in_its_notebook_and_every_check_exists():
    used = set()
    for src in NOTEBOOK_SOURCES:
        used |= set(re.findall(r'check\("(\d+\.\d+)"', src.read_text(encoding="utf-8")))
    known = {q.id for q in QUESTIONS}
    assert used - known == set(), f"notebooks call check() on unknown exercises {sorted(used - known)}"
    assert known - used == set(), f"exercises never asked in a notebook: {sorted(known - used)}"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_right_answer_is_accepted(q):
    feedback = check(q.id, q.expected())
    assert feedback.status == "right", str(feedback)
    assert q.fact and q.fact in feedback.message


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_wrong_answer_gets_a_hint_not_the_answer(q):
    wrong = a_wrong_answer(q)
    feedback = check(q.id, wrong)
    assert feedback.status == "wrong", str(feedback)
    if q.kind == "choice":  # a judgement: the feedback explains the option chosen
        assert q.options[wrong] in feedback.message
    else:
        assert "Hint" in feedback.message
    right = q.expected()
    if isinstance(right, str) and len(right) > 3:
        assert right.lower() not in feedback.message.lower(), "the hint gives the answer away"


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_placeholder_is_not_answered_yet(q):
    assert check(q.id, ...).status == "unanswered"


@pytest.mark.parametrize("q", [q for q in QUESTIONS if q.kind != "custom"], ids=lambda q: q.id)
def test_wrong_type_says_what_is_expected(q):
    odd = {"number": "a word", "text": 42, "set": 42, "list": 42, "date": 42, "bool": "yes", "choice": 42}[q.kind]
    feedback = check(q.id, odd)
    assert feedback.status == "wrong-type"
    assert feedback.message.startswith("expected ")


@pytest.mark.parametrize(
    "answer",
    [None, object(), float("nan"), pd.DataFrame({"a": [1]}), {"a": 1}, b"bytes", lambda: 1, [[1]]],
    ids=["None", "object", "nan", "frame", "dict", "bytes", "function", "nested"],
)
@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q.id)
def test_check_never_raises(q, answer):
    feedback = check(q.id, answer)
    assert feedback.status in {"wrong", "wrong-type", "error"}


def test_reasonable_forms_are_accepted():
    q = helpers.exercises.register(Question("9.50", "set", ["Japan", "New Zealand"], hint="h", fact="f"))
    assert check(q.id, ["new zealand", "JAPAN"]).correct
    assert check(q.id, pd.Series(["New Zealand", "Japan"])).correct
    assert check(q.id, ("Japan", "New Zealand ")).correct
    assert not check(q.id, ["Japan"]).correct
    assert "1 item" in check(q.id, ["Japan"]).message
    d = helpers.exercises.register(Question("9.51", "date", dt.date(2025, 12, 19), hint="h", fact="f"))
    assert check(d.id, "2025-12-19").correct
    assert check(d.id, pd.Timestamp("2025-12-19")).correct
    n = helpers.exercises.register(Question("9.52", "number", 0.5, tolerance=0.01, hint="h", fact="f"))
    assert check(n.id, 0.505).correct and not check(n.id, 0.52).correct
    assert check(n.id, True).status == "wrong-type", "a bool is not a number answer"


def test_a_choice_explains_every_wrong_option_and_accepts_loose_letters():
    q = helpers.exercises.register(
        Question("9.54", "choice", "B", options={"A": "why not A", "B": "why B", "C": "why not C"}, fact="f")
    )
    assert check(q.id, " (b) ").correct
    assert "why B" in check(q.id, "B").message and "f" in check(q.id, "B").message
    for letter in "AC":
        assert f"why not {letter}" in check(q.id, letter.lower()).message
    assert check(q.id, "D").status == "wrong-type"
    many = helpers.exercises.register(
        Question("9.55", "choice", ("A", "C"), options={"A": "a holds", "B": "b fails", "C": "c holds"}, fact="f")
    )
    assert check(many.id, ["c", "A"]).correct
    assert "1 more option" in check(many.id, ["A"]).message
    assert "b fails" in check(many.id, ["A", "B"]).message
    with pytest.raises(ValueError):
        Question("9.56", "choice", "Z", options={"A": "a", "B": "b"})


def test_unknown_question_lists_the_real_ones():
    feedback = check("0.77", 1)
    assert feedback.status == "unknown"
    assert "0.1, 0.2" in feedback.message


def test_feedback_html_carries_status_class_and_words():
    html = check("0.1", ...)._repr_html_()
    assert 'class="course-feedback course-feedback-unanswered"' in html
    assert "not answered yet" in html


def test_a_common_mistake_gets_its_own_hint_within_tolerance_and_never_hides_a_right_answer():
    q = helpers.exercises.register(
        Question(
            "9.53",
            "number",
            0.55,
            tolerance=0.01,
            hint="general",
            fact="f",
            mistakes=((0.45, "tailored"), (0.55, "x")),
        )
    )
    assert check(q.id, 0.452).message == "not quite. Hint: tailored"
    assert check(q.id, 0.30).message == "not quite. Hint: general"
    assert check(q.id, 0.55).correct, "a mistake listed by error must not hide the right answer"


def test_one_value_series_gets_the_item_tip_for_numbers_and_text():
    assert ".item()" in check("0.1", pd.Series([9])).message
    assert ".item()" in check("3.2", pd.Series(["NATO"])).message
    assert ".days" in check("0.1", pd.Timedelta(days=9)).message
