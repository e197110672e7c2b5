"""The instructor-only hidden checks, one rule per kind of exercise.

Live, ``check()`` is forgiving on purpose: it folds case and spaces in
names, accepts a number within the key's tolerance and any spelling the
key lists in ``accept``. The hidden check asks for what a finished piece of
evidence needs: the value exactly as the source gives it.

* ``number``: the exact value (an int where a count is asked; a float to 9 places);
* ``set``: every item exactly as in the data: names spelt as there (case, accents, spaces),
  numbers of the same type (a paragraph number is an int, not 4.0), nothing missing or extra;
* ``text``: the exact text of the source (stripped of outer spaces);
* ``custom`` (tables and functions judged by their own rule): the public check
  is the whole check, so the hidden one repeats the course's judgement.

A teacher adds a rule for one exercise in ``EXTRA``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

__all__ = ["EXTRA", "hidden_verdict"]

#: Extra instructor rules for single exercises: id → (rule(answer, expected) → bool, what it asks).
EXTRA: dict[str, tuple[Callable[[Any, Any], bool], str]] = {}


def _plain(v: Any) -> Any:
    v = v.item() if hasattr(v, "item") and not isinstance(v, str) else v
    return v.strip() if isinstance(v, str) else v


def _items(value: Any) -> list | None:
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        return None
    try:
        return [_plain(v) for v in list(value)]
    except (TypeError, ValueError):
        return None


def _exact_number(answer: Any, expected: Any) -> bool:
    if isinstance(answer, bool) or (not isinstance(answer, int | float) and not hasattr(answer, "item")):
        return False
    value = answer.item() if hasattr(answer, "item") else answer
    if isinstance(expected, int) and not isinstance(expected, bool):
        return (isinstance(value, int) and value == expected) or (
            isinstance(value, float) and value.is_integer() and int(value) == expected)
    return isinstance(value, int | float) and math.isclose(value, float(expected), rel_tol=0, abs_tol=1e-9)


def _exact_set(answer: Any, expected: Any) -> bool:
    got, want = _items(answer), _items(expected)
    if got is None or want is None or set(got) != set(want):
        return False
    kinds = {v: type(v) for v in want}
    return all(type(v) is kinds[v] for v in got)


def _exact_text(answer: Any, expected: Any) -> bool:
    return isinstance(answer, str) and answer.strip() == str(expected).strip()


RULES = {"number": (_exact_number, "the exact value"), "set": (_exact_set, "every item exactly as in the data"),
         "text": (_exact_text, "the exact text of the source")}


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
    if question.kind in RULES:
        rule, asks = RULES[question.kind]
        return bool(rule(answer, expected)), asks
    from helpers.exercises import check

    return check(question.id, answer).correct, "the course's own judgement (no stricter rule for this kind)"
