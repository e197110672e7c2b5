"""``check()`` and ``progress()`` never raise and never hang, whatever the answer or the id.

A property test throws hostile answers at every exercise id: NaN, inf,
10**10000, recursive lists, generators and endless iterators, bytes,
classes, objects whose ``__str__``, ``__repr__``, ``__eq__`` or ``__iter__``
raise (``SystemExit`` and ``KeyboardInterrupt`` too), and learner functions
that call ``sys.exit()``. Each call must return a ``Feedback`` within the
time bound, with output of bounded size. Functions that sleep or loop get
feedback in about two seconds (tested one by one: each costs the full bound).
"""

from __future__ import annotations

import itertools
import math
import sys
import time
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.course import course
from helpers.exercises import Feedback, Question, check, progress, question_ids, register
from helpers.exercises.bank import REGISTRY
from helpers.exercises.bounded import SECONDS

for _n in course().numbers:
    question_ids(_n)
IDS = sorted(q for q in REGISTRY if not q.startswith("9."))
MAX_TEXT, MAX_HTML = 2500, 5000
BOUND = SECONDS + 1.0  # the time limit, plus the course's own work


class Raises:
    """An object every one of whose protocols raises ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def _raise(self, *args, **kwargs):
        raise self.error

    __str__ = __repr__ = __eq__ = __hash__ = __iter__ = __len__ = __bool__ = __float__ = _raise
    __lt__ = __index__ = __fspath__ = _raise

    def __getattr__(self, name):
        raise self.error


class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str for you")


def _recursive_list():
    items: list = [1]
    items.append(items)
    return items


def _exits():
    sys.exit(3)


def _raises_bad_str(*args):
    raise BadStr


HOSTILE = [
    float("nan"),
    float("inf"),
    -math.inf,
    10**10000,
    -(10**10000),
    complex(1, 2),
    Decimal("NaN"),
    _recursive_list(),
    {"a": 1},
    b"\x00bytes",
    bytearray(b"abc"),
    int,
    type,
    Question,
    "x" * 200_000,
    "\x00\u200b\u2029",
    list(range(50_000)),
    np.float64("nan"),
    np.array(3.0),
    np.array([[1, 2], [3, 4]]),
    pd.NA,
    pd.NaT,
    pd.DataFrame(),
    pd.DataFrame({"a": range(1000)}),
    pd.Series(dtype=object),
    pd.array(["a", None], dtype="string"),
    _exits,
    _raises_bad_str,
    lambda *a: 1 / 0,
    BadStr(),
]
RAISERS = [ValueError("x"), SystemExit(1), RecursionError(), MemoryError(), KeyboardInterrupt(), GeneratorExit()]
# Made fresh for each call: a generator is used up by the first check.
FRESH = [
    lambda: itertools.count(),
    lambda: itertools.repeat("Japan"),
    lambda: (i for i in range(10**9)),
    lambda: iter([1, 2, 3]),
    lambda: map(str, itertools.count()),
]

answers = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(RAISERS).map(Raises),
    st.sampled_from(FRESH).map(lambda make: make()),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.text(max_size=50),
    st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()), max_size=20),
    st.tuples(st.text(max_size=10), st.text(max_size=10)),
    st.dates(),
    st.booleans(),
)
ids = st.one_of(
    st.sampled_from(IDS),
    st.sampled_from(RAISERS).map(Raises),
    st.sampled_from(["x" * 100_000, "", "0.", "1.1.1", " 2.3 ", "99.99", "0.1\x00"]),
    st.floats(allow_nan=True),
    st.none(),
)


def _assert_bounded(feedback, started: float) -> None:
    assert isinstance(feedback, Feedback)
    assert time.monotonic() - started < BOUND, f"check took {time.monotonic() - started:.1f} s"
    assert len(str(feedback)) < MAX_TEXT and len(repr(feedback)) < MAX_TEXT + 200
    assert len(feedback._repr_html_()) < MAX_HTML


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(qid=st.sampled_from(IDS), answer=answers)
def test_any_hostile_answer_to_any_exercise_gets_feedback_in_time(qid, answer):
    started = time.monotonic()
    _assert_bounded(check(qid, answer), started)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(qid=ids, answer=answers)
def test_any_hostile_id_gets_feedback_in_time(qid, answer):
    started = time.monotonic()
    feedback = check(qid, answer)
    _assert_bounded(feedback, started)
    assert len(feedback.question) <= 40, "a huge id is shown shortened"


@pytest.mark.parametrize("raiser", RAISERS, ids=lambda e: type(e).__name__)
def test_progress_never_raises(raiser):
    for notebook in (Raises(raiser), None, -1, 10**100, "02", 2.5, [2]):
        text = progress(notebook)
        assert isinstance(text, str) and len(text) < 3000


def _sleeps(*args):
    time.sleep(30)


def _loops(*args):
    while True:
        pass


def _swallows(*args):
    while True:
        try:
            time.sleep(30)
        except Exception:  # a learner's catch-all cannot swallow the time limit
            pass


@pytest.mark.parametrize("function", [_sleeps, _loops, _swallows], ids=["sleeps", "loops", "catches-all"])
def test_a_learners_function_that_never_finishes_gets_feedback_in_about_two_seconds(function):
    q = register(
        Question("9.70", "custom", 1, compare=lambda f: f(1) == 1, hint="h", wrong_examples=(lambda x: 0,))
    )
    started = time.monotonic()
    feedback = check(q.id, function)
    took = time.monotonic() - started
    assert feedback.status == "error" and f"did not finish in {SECONDS:g} s" in feedback.message
    assert SECONDS - 0.2 < took < BOUND


def test_a_learners_function_that_calls_exit_gets_feedback():
    q = register(Question("9.71", "custom", 1, compare=lambda f: f() == 1, hint="h", wrong_examples=(0,)))
    feedback = check(q.id, _exits)
    assert feedback.status == "error" and "exit()" in feedback.message


def test_endless_iterators_are_stopped_by_size_not_time():
    for qid in ("0.4", "3.3"):
        started = time.monotonic()
        feedback = check(qid, itertools.count())
        assert feedback.status == "wrong-type" and "more than 10,000 items" in feedback.message
        assert time.monotonic() - started < 1.0


@pytest.mark.skipif(
    REGISTRY.get("4.6") is None or REGISTRY["4.6"].kind != "custom", reason="4.6 takes a learner's function"
)
def test_exercise_4_6_with_a_sleeping_function_does_not_hang():
    started = time.monotonic()
    feedback = check("4.6", _sleeps)
    assert isinstance(feedback, Feedback) and time.monotonic() - started < BOUND


NAME_IDS = ["2.2", "2.3", "2.6", "3.2", "3.3", "4.2", "4.5", "5.5", "5.6"]
HOSTILE_NAMES = [
    "x" * 1_000_000,
    ["Netherland" * 10_000],
    ["zz" + str(i) for i in range(5_000)],
    ["(", "[", "\\", "*", ".*"],
    ["", " ", "\x00"],
    pd.Series([1, 2], index=pd.MultiIndex.from_tuples([("a", "b"), ("c", "d")])),
    pd.Series([True, False], index=["Japan", 3]),
    pd.Series(["x"], index=["place"], dtype=object),
]


@pytest.mark.parametrize("qid", NAME_IDS)
@pytest.mark.parametrize("answer", HOSTILE_NAMES, ids=lambda a: type(a).__name__)
def test_the_name_diagnosis_never_raises_nor_hangs(qid, answer):
    start = time.perf_counter()
    feedback = check(qid, answer)
    assert isinstance(feedback, Feedback) and feedback.status in ("wrong", "wrong-type", "error")
    assert time.perf_counter() - start < BOUND
    assert len(feedback.message) <= MAX_TEXT
