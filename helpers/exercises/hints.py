"""What a wrong answer is told, shared by every judge: graduated hints, predicted mistakes, data slips.

Hints are graduated: ``level`` 1 (the first wrong try) gets the question's
``hint``, level 2 its ``method``, level 3 and later its ``step``, each falling
back to the one before when empty.

>>> from helpers.exercises import Question
>>> q = Question("9.80", "number", 9, hint="Count them.", method="len() counts.")
>>> graduated_hint(q, 1), more_hint(q, 2)
('Hint: Count them.', ' Hint (the method): len() counts.')
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr as _
from .answers import MAX_ITEMS
from .model import Question, Verdict

__all__ = ["data_slip", "graduated_hint", "mistake_entries", "more_hint", "not_quite", "too_many_items"]


def mistake_entries(question: Question) -> list[tuple[Any, str, str]]:
    """A question's predicted mistakes as (value, tip, id); the id is the third item or ``mistake-N``.

    >>> from helpers.exercises import Question
    >>> mistake_entries(Question("9.81", "number", 2, mistakes=((1, "off"), (3, "over", "too-many"))))
    [(1, 'off', 'mistake-1'), (3, 'over', 'too-many')]
    """
    out = []
    for number, entry in enumerate(question.mistakes, start=1):
        value, tip = entry[0], entry[1]
        out.append((value, tip, entry[2] if len(entry) > 2 and entry[2] else f"mistake-{number}"))
    return out


def graduated_hint(question: Question, level: int) -> str:
    """The hint for a learner's ``level``-th wrong try: idea, then method, then a worked step.

    >>> from helpers.exercises import Question
    >>> q = Question("9.82", "number", 1, hint="the idea", step="a step")
    >>> graduated_hint(q, 1), graduated_hint(q, 2), graduated_hint(q, 3)
    ('Hint: the idea', 'Hint: the idea', 'Hint (a worked step): a step')
    """
    if level >= 3 and question.step:
        return _("Hint (a worked step): {text}").format(text=question.step)
    if level >= 2 and question.method:
        return _("Hint (the method): {text}").format(text=question.method)
    if question.hint:
        return _("Hint: {text}").format(text=question.hint)
    return _("Try again.")


def more_hint(question: Question, level: int) -> str:
    """What a later try adds after a predicted mistake's own tip: the method or the step (else nothing).

    >>> from helpers.exercises import Question
    >>> more_hint(Question("9.87", "number", 1, hint="h", step="s"), 3), more_hint(Question("9.87", "number", 1), 1)
    (' Hint (a worked step): s', '')
    """
    later = (level >= 3 and question.step) or (level >= 2 and question.method)
    return " " + graduated_hint(question, level) if later else ""


def not_quite(tip: str, question: Question, level: int) -> str:
    """A predicted mistake's own tip, with the method or the step on a later try.

    >>> from helpers.exercises import Question
    >>> not_quite("Count again.", Question("9.88", "number", 1, method="len() counts."), 2)
    'not quite. Hint: Count again. Hint (the method): len() counts.'
    """
    return _("not quite. Hint: {tip}").format(tip=tip) + more_hint(question, level)


def too_many_items() -> Verdict:
    """The verdict on an answer with more than ``MAX_ITEMS`` items (an endless iterator, say).

    >>> too_many_items().mistake
    'too-many-items'
    """
    return Verdict(
        "wrong-type",
        _("your answer has more than {n} items (an endless iterator, such as itertools.count(), "
          "never ends). Give a list of the items the exercise asks for.").format(n=f"{MAX_ITEMS:,}"),
        "too-many-items",
    )


def data_slip(answer: Any, expected: Any, others: Any) -> tuple[str, str] | None:
    """(hint, mistake id) for a name the data does not hold or a selection too wide or narrow; else None.

    The rules are :mod:`.diagnosis`'s; a diagnosis is a courtesy, so an error in it gives None.

    >>> data_slip(42, 1, ())
    """
    if not isinstance(answer, str) and hasattr(answer, "tolist"):
        answer = answer.tolist()
    if isinstance(answer, (set, frozenset)):
        answer = sorted(answer, key=str)
    if not isinstance(answer, (str, list, tuple)):
        return None
    from .diagnosis import name_slip, selection_slip  # imported on the first wrong answer, not with helpers

    try:
        return name_slip(answer, expected, others) or selection_slip(answer, expected)
    except Exception:  # a diagnosis is a courtesy: the usual hint follows
        return None
