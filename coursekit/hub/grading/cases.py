"""Where an exercise's answer is kept and which Question judges it (read by the trusted grading process).

Nothing here runs inside a submission's kernel: the kernel only exports its
``answer_…`` values (:mod:`hub.grading.export`), and :mod:`hub.grading.marking`
judges them here.
"""

from __future__ import annotations

import importlib

__all__ = ["answer_name", "question"]


def answer_name(exercise: str) -> str:
    """The notebook variable that holds the answer of ``exercise``.

    >>> answer_name("2.3")
    'answer_2_3'
    """
    return "answer_" + exercise.replace(".", "_")


def question(exercise: str):
    """The course's Question for ``exercise``, from its notebook's answer key (the manifest names it).

    >>> question("2.1").kind
    'number'
    """
    from helpers.course import course

    lesson = course().find(exercise.split(".")[0])
    if lesson is None:
        raise KeyError(f"{exercise}: no notebook of the course has this number")
    module = importlib.import_module(lesson.answer_key)
    return next(q for q in module.QUESTIONS if q.id == exercise)
