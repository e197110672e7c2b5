"""What an exercise is: a :class:`Question`, a :class:`Verdict` on one answer, and the two closed vocabularies.

* :data:`ANSWER_KINDS`: the shapes an answer can have (``number``, ``text``,
  ``set``, ...), each with what a learner is told to give. Not to be confused
  with the kinds of *agreement* (ACSA, ISA, RAA) in :mod:`helpers.datasets`.
* :data:`FEEDBACK_STATUSES`: what ``check`` says about an answer (``right``,
  ``wrong``, ...); the same words are written to a workspace's
  ``progress.jsonl`` (docs/progress-format.md). Not to be confused with the
  *state* of an agreement (signed, in force).

>>> Question("9.79", "number", 9).kind in ANSWER_KINDS
True
>>> Verdict("right", "").status in FEEDBACK_STATUSES
True
>>> tuple(ANSWER_KINDS) == get_args(AnswerKind)
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from ..i18n import N_

__all__ = [
    "ANSWER_KINDS",
    "FEEDBACK_STATUSES",
    "AnswerKind",
    "FeedbackStatus",
    "Question",
    "Verdict",
    "right_letters",
]

#: The shape of an answer a question asks for.
AnswerKind = Literal["number", "text", "set", "list", "date", "bool", "choice", "custom"]

#: Each answer kind, and what a learner is told to give (in that order of :data:`AnswerKind`).
ANSWER_KINDS: dict[AnswerKind, str] = {
    "number": N_("a number (for example 3 or 2.5)"),
    "text": N_("a piece of text in quotes (for example 'Tokyo')"),
    "set": N_("a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter"),
    "list": N_("a list in square brackets, in the order asked for"),
    "date": N_("a date, as datetime.date(2025, 12, 19) or the text '2025-12-19'"),
    "bool": N_("True or False"),
    "choice": N_("the letter of the option you choose, in quotes (for example 'B')"),
    "custom": N_("the kind of value the exercise asks for"),
}

#: What ``check`` says about an answer (``Feedback.status``, a progress line's ``status``).
FeedbackStatus = Literal["right", "wrong", "wrong-type", "unanswered", "unknown", "error"]
#: Every feedback status, in the order of :data:`FeedbackStatus`.
FEEDBACK_STATUSES: tuple[FeedbackStatus, ...] = get_args(FeedbackStatus)


def right_letters(answer: Any) -> tuple[str, ...]:
    """The right option letters of a ``choice`` question's ``answer`` (one letter or several), sorted.

    >>> right_letters("B"), right_letters(("C", "A")), right_letters(None)
    (('B',), ('A', 'C'), ())
    """
    return (answer,) if isinstance(answer, str) else tuple(sorted(answer or ()))


@dataclass(frozen=True)
class Question:
    """One exercise: its id, answer kind, right answer (a value or a function), hint and fact.

    ``answer`` may be a zero-argument function, computed when checked, so
    answer keys come from the course data rather than being typed in twice.
    ``accept`` lists other right answers (for ``text``: other spellings), or
    is a function returning them.
    For ``custom``, ``compare(answer)`` returns ``True``, or a hint string
    when the answer is wrong; ``answer`` then holds one right answer.
    ``mistakes`` pairs a common wrong answer with a hint written for it,
    for example ``((3, "That is the position in the list ..."),)``.
    ``wrong_examples`` are plausible wrong answers the tests must reject
    (required for ``custom``; the tests make their own for other kinds).
    ``hint`` nudges towards the idea; ``method`` names the method and ``step``
    shows a worked step, for a learner's second and third wrong try (never
    the solution's code, never the answer).
    ``computed=True`` is for a prompt that asks for the answer computed, not
    typed in: a right value typed as a literal in the checking cell is then
    not accepted (the cell's source is read from IPython's history).
    For ``choice`` (a judgement between options), ``options`` maps every
    letter to the feedback that explains it, right or wrong, and ``answer``
    is the right letter, or a tuple of letters when several options are right
    (the learner then gives a list of letters).

    >>> q = Question("9.89", "choice", "B", options={"A": "Too strong.", "B": "The data says so."})
    >>> q.expected()
    'B'

    >>> q = Question("9.90", "set", lambda: ["Japan", "New Zealand"], hint="Two countries signed.")
    >>> q.expected()
    ['Japan', 'New Zealand']
    >>> Question("nine", "number")
    Traceback (most recent call last):
    ...
    ValueError: question id 'nine' must look like '1.3' (notebook.question)
    """

    id: str
    kind: AnswerKind
    answer: Any = None
    hint: str = ""
    fact: str = ""
    tolerance: float = 0.0
    accept: tuple = ()
    compare: Callable[[Any], Any] | None = field(default=None, compare=False)
    wrong_examples: tuple = ()
    mistakes: tuple = ()
    options: dict = field(default_factory=dict, compare=False)
    method: str = ""
    step: str = ""
    computed: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ANSWER_KINDS:
            raise ValueError(
                f"question {self.id}: kind must be one of {sorted(ANSWER_KINDS)}, not {self.kind!r}"
            )
        if self.kind == "choice":
            right = right_letters(self.answer)
            if not right or any(r not in self.options for r in right) or len(self.options) < 2:
                raise ValueError(
                    f"question {self.id}: a choice needs options and answer letter(s) among them"
                )
        if not re.fullmatch(r"\d+\.\d+", self.id):
            raise ValueError(f"question id {self.id!r} must look like '1.3' (notebook.question)")

    def expected(self) -> Any:
        """The right answer (calling ``answer`` if it is a function).

        >>> Question("9.88", "number", lambda: 3).expected()
        3
        """
        return self.answer() if callable(self.answer) else self.answer


@dataclass(frozen=True)
class Verdict:
    """A judgement: ``status`` (right, wrong, wrong-type, ...), the message, and the predicted mistake's id.

    >>> Verdict("wrong", "not quite.", "counted-from-0").mistake
    'counted-from-0'
    """

    status: FeedbackStatus
    message: str
    mistake: str | None = None
