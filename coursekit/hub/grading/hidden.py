"""The instructor-only hidden checks, one rule per kind of exercise.

Live, ``check()`` is forgiving on purpose: it folds case and spaces in
names, accepts a number within the key's tolerance and any spelling the
key lists in ``accept``. The hidden check asks for what a finished piece of
evidence needs: the value exactly as the source gives it.

Each answer kind carries its rule (``Kind.strict``, in ``helpers.exercises.kinds``;
the rules are ``helpers.exercises.strict``): a ``number`` exactly, every item of
a ``set`` exactly as in the data, the exact ``text`` of the source; for the
other kinds the public check is the whole check, so the hidden one repeats
the course's judgement.

A teacher adds a rule for one exercise in ``EXTRA``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from helpers.exercises.kinds import kind_of

__all__ = ["EXTRA", "hidden_verdict"]

#: Extra instructor rules for single exercises: id → (rule(answer, expected) → bool, what it asks).
EXTRA: dict[str, tuple[Callable[[Any, Any], bool], str]] = {}


def hidden_verdict(question, answer: Any) -> tuple[bool, str]:
    """(passed, what the check asks) for ``answer`` to ``question``.

    >>> from helpers.exercises import Question
    >>> q = Question("9.70", "set", ["New Zealand", "Japan"])
    >>> hidden_verdict(q, ["Japan", "New Zealand"]), hidden_verdict(q, ["japan", "new zealand"])[0]
    ((True, 'every item exactly as in the data'), False)
    >>> q = Question("9.72", "set", [3, 5]); hidden_verdict(q, [3, 3, 5])[0], hidden_verdict(q, [3.0, 5])[0]
    (True, False)
    >>> hidden_verdict(Question("9.71", "number", 5), 5.0)[0], hidden_verdict(Question("9.71", "number", 5), "5")[0]
    (True, False)
    """
    expected = question.expected()
    if question.id in EXTRA:
        rule, asks = EXTRA[question.id]
        return bool(rule(answer, expected)), asks
    strict = kind_of(question.kind).strict  # each answer kind's rule: helpers.exercises.strict
    if strict.rule is not None:
        return bool(strict.rule(answer, expected)), strict.asks
    from helpers.exercises import check

    return check(question.id, answer).correct, strict.asks
