"""The question bank: every registered :class:`~helpers.exercises.model.Question`, by id.

Each notebook's questions live in its answer key, ``helpers/questions/nbNN.py``
(the course manifest, :mod:`helpers.course`, names it), which registers them
when imported; the bank imports a notebook's module the first time one of
its ids is asked for.

>>> question_ids(0)[:2]
['0.1', '0.2']
>>> 0 in course_notebooks()
True
"""

from __future__ import annotations

import importlib

from ..course import course
from .model import Question

__all__ = ["REGISTRY", "course_notebooks", "load_notebook", "notebook_ids", "question_ids", "register"]

#: Every registered question, by id (``"2.3"``).
REGISTRY: dict[str, Question] = {}


def register(question: Question) -> Question:
    """Add ``question`` to the bank (replacing one with the same id) and return it.

    >>> register(Question("9.98", "bool", True)).id
    '9.98'
    """
    REGISTRY[question.id] = question
    return question


def load_notebook(notebook: str | int) -> None:
    """Import notebook ``notebook``'s answer key (the manifest's ``helpers.questions.nbNN``), if it has one.

    >>> load_notebook(0); "0.1" in REGISTRY
    True
    >>> load_notebook(99)  # no such notebook: nothing happens
    """
    lesson = course().find(notebook)
    if lesson is None:
        return
    try:
        importlib.import_module(lesson.answer_key)
    except ModuleNotFoundError as error:
        if error.name != lesson.answer_key:  # the answer key exists but imports something missing
            raise


def question_ids(notebook: str | int) -> list[str]:
    """The exercise ids of one notebook, in order.

    >>> question_ids(0)[:2]
    ['0.1', '0.2']
    """
    notebook = str(int(notebook))
    load_notebook(notebook)
    ids = [q for q in REGISTRY if q.split(".")[0] == notebook]
    return sorted(ids, key=lambda q: int(q.split(".")[1]))


def notebook_ids(notebook: str) -> list[str]:
    """The ids registered so far for ``notebook`` (``"2"``), in the order they were registered.

    >>> _ = register(Question("9.77", "bool", True)); "9.77" in notebook_ids("9")
    True
    """
    return [q for q in REGISTRY if q.split(".")[0] == notebook]


def course_notebooks() -> list[int]:
    """The numbers of the course's notebooks, in course order (the manifest's).

    >>> course_notebooks()[:3]
    [0, 1, 2]
    """
    return list(course().numbers)
