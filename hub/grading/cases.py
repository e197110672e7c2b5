"""What a grading test case calls inside the submission's kernel: the public and the hidden check.

Each exercise is worth 2 points in the gradebook: 1 for the course's own
``check()`` (exactly what the learner saw live, judged by the course's
function, not by any ``check`` the learner may have redefined) and 1 for the
instructor-only hidden check of :mod:`hub.grading.hidden`.
"""

from __future__ import annotations

import importlib

from .hidden import hidden_verdict

__all__ = ["MISSING", "answer_name", "hidden", "public", "question"]

MISSING = object()


def answer_name(exercise: str) -> str:
    """The notebook variable that holds the answer of ``exercise``.

    >>> answer_name("2.3")
    'answer_2_3'
    """
    return "answer_" + exercise.replace(".", "_")


def question(exercise: str):
    """The course's Question for ``exercise``, from its answer-key module.

    >>> question("2.1").kind
    'number'
    """
    module = importlib.import_module(f"helpers.questions.nb{int(exercise.split('.')[0]):02d}")
    return next(q for q in module.QUESTIONS if q.id == exercise)


def public(exercise: str, namespace: dict) -> bool:
    """True when the course's ``check()`` says the learner's answer is right.

    >>> public("0.1", {}), public("0.1", {"answer_0_1": "nine"})
    (False, False)
    """
    from helpers.exercises import check

    answer = namespace.get(answer_name(exercise), MISSING)
    if answer is MISSING:
        return False
    try:
        return check(exercise, answer).correct
    except Exception:  # a grading run must never stop on one answer
        return False


def hidden(exercise: str, namespace: dict) -> bool:
    """True when the instructor-only check passes (see :mod:`hub.grading.hidden`).

    >>> hidden("0.1", {})
    False
    """
    answer = namespace.get(answer_name(exercise), MISSING)
    if answer is MISSING:
        return False
    try:
        return hidden_verdict(question(exercise), answer)[0]
    except Exception:
        return False
