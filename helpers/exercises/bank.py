"""The question bank: every registered :class:`~helpers.exercises.model.Question`, by id.

Each notebook's questions live in ``helpers/questions/nbNN.py``, which
registers them when imported; the bank imports a notebook's module the first
time one of its ids is asked for.

>>> question_ids(0)[:2]
['0.1', '0.2']
>>> 0 in course_notebooks()
True
"""

from __future__ import annotations

import importlib
from pathlib import Path

from .model import Question

__all__ = ["REGISTRY", "course_notebooks", "load_notebook", "notebook_ids", "question_ids", "register"]

#: Every registered question, by id (``"2.3"``).
REGISTRY: dict[str, Question] = {}
_QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


def register(question: Question) -> Question:
    """Add ``question`` to the bank (replacing one with the same id) and return it.

    >>> register(Question("9.98", "bool", True)).id
    '9.98'
    """
    REGISTRY[question.id] = question
    return question


def load_notebook(notebook: str | int) -> None:
    """Import notebook ``notebook``'s answer key (``helpers.questions.nbNN``), if there is one.

    >>> load_notebook(0); "0.1" in REGISTRY
    True
    >>> load_notebook(99)  # no such notebook: nothing happens
    """
    try:
        importlib.import_module(f"helpers.questions.nb{int(notebook):02d}")
    except ModuleNotFoundError:
        pass


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
    """The numbers of the notebooks that have an answer key.

    >>> course_notebooks()[0]
    0
    """
    return sorted({int(p.name[2:4]) for p in _QUESTIONS.glob("nb[0-9][0-9].py")})
