"""Marks for one notebook, in the trusted grading process, from the answers the sandbox exported as data.

Each exercise is worth 2 points: 1 when the course's own ``check()`` says the
rebuilt answer is right **and** it was not typed in where the exercise asks
for it computed (the live rule: the notebook's cell that checks the exercise
is read as text, as IPython's history is read live), 1 for the hidden check
of :mod:`hub.grading.hidden`; a typed-in answer gets neither, as live. An answer kept under another name
(``answer21``, ``answer_2_1b``) is marked and the note says so.

>>> mark_notebook(["0.1"], {"answer_0_1": 9}, ['answer_0_1 = 9\\ncheck("0.1", answer_0_1)'])["0.1"].points
0
>>> s = mark_notebook(["0.1"], {"answer01": ["x"]}, [])["0.1"]; s.points, s.note[:37]
(0, 'the answer is kept as answer01, not a')
"""

from __future__ import annotations

import contextlib
import os
import re
from typing import Any

from coursekit.hub.teacher.feedback import Score

from .cases import answer_name, question
from .hidden import hidden_verdict
from .rebuild import Unreadable, rebuild

__all__ = ["find_answer", "mark_notebook", "typed_in"]


def find_answer(exercise: str, entries: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The name holding ``exercise``'s answer (``answer_2_1``, else a near miss), and the other near misses.

    >>> find_answer("2.1", {"answer_2_1": 1, "answer21": 2})
    ('answer_2_1', ['answer21'])
    >>> find_answer("2.1", {"answer_2_1b": 1, "answer_2_10": 2})
    ('answer_2_1b', [])
    """
    notebook, number = exercise.split(".")
    near = re.compile(rf"(?i)answer_?0*{int(notebook)}_?0*{int(number)}(?:[^0-9].*)?")
    exact = answer_name(exercise)
    others = sorted(n for n in entries if n != exact and near.fullmatch(n))
    if exact in entries:
        return exact, others
    return (others[0], others[1:]) if others else (None, [])


def typed_in(exercise: str, sources: list[str]) -> str | None:
    """The literal typed as ``exercise``'s answer in the last cell that checks it, as live ``check()`` reads it.

    >>> typed_in("0.1", ['answer_0_1 = 9\\ncheck("0.1", answer_0_1)', 'print(1)'])
    '9'
    >>> typed_in("0.1", ['answer_0_1 = len(article.paragraphs)\\ncheck("0.1", answer_0_1)']) is None
    True
    """
    from helpers.exercises.cells import typed_in_literal

    calls = re.compile(r"check\s*\(\s*(['\"])\s*" + re.escape(exercise) + r"\s*\1")
    checking = [s for s in sources if calls.search(s)]
    return typed_in_literal(exercise, checking[-1]) if checking else None


@contextlib.contextmanager
def _no_workspace():
    """``check()`` records attempts in a workspace it finds; the grader must never write one."""
    saved, here = os.environ.pop("COURSE_WORKSPACE", None), os.getcwd()
    os.chdir("/")
    try:
        yield
    finally:
        os.chdir(here)
        if saved is not None:
            os.environ["COURSE_WORKSPACE"] = saved


def _mark(exercise: str, data: Any, sources: list[str]) -> tuple[int, int, str]:
    from helpers.exercises import check

    try:
        value = rebuild(data)
    except Exception as error:  # numpy and pandas raise many kinds (MemoryError too) on crafted data
        return 0, 0, f"the answer could not be read back ({type(error).__name__}: {str(error)[:80]})"
    if isinstance(value, Unreadable):
        if value.tag == "function":
            return 0, 0, f"the answer is {value!r}: the grader never calls learner code; the teacher marks it"
        return 0, 0, f"the answer is {value!r}, which the grader cannot judge"
    public = int(check(exercise, value).correct)
    q = question(exercise)
    if public and q.computed and (literal := typed_in(exercise, sources)) is not None:
        return 0, 0, f"typed in ({literal[:30]}), not computed: check() said so in class, so no marks"
    try:
        hidden = int(hidden_verdict(q, value)[0])
    except Exception:  # a value the hidden rule cannot read scores 0 there
        hidden = 0
    return public, hidden, ""


def mark_notebook(exercises: list[str], entries: dict[str, Any], sources: list[str], note: str = "") -> dict[str, Score]:
    """Every exercise of one notebook marked from the exported ``entries`` and the notebook's code ``sources``.

    >>> mark_notebook(["0.1"], {}, [], "stopped after 300 s")["0.1"]
    Score(public=0, hidden=0, note='stopped after 300 s')
    """
    scores = {}
    with _no_workspace():
        for exercise in exercises:
            name, others = find_answer(exercise, entries)
            if name is None:
                scores[exercise] = Score(0, 0, note or "no answer found")
                continue
            public, hidden, why = _mark(exercise, entries[name], sources)
            notes = [note, why]
            if name != answer_name(exercise):
                notes.append(f"the answer is kept as {name}, not as {answer_name(exercise)}: marked, please rename it")
            if others:
                notes.append(f"also found {', '.join(others[:3])} (not marked)")
            scores[exercise] = Score(public, hidden, "; ".join(n for n in notes if n))
    return scores
