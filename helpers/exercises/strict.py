"""The hidden checks' strictness: an answer exactly as the source gives it, one rule per answer kind.

Live, ``check()`` is forgiving on purpose: it folds case and spaces in
names, accepts a number within the key's tolerance and any spelling the
key lists in ``accept``. A hidden check (the instructor's grading) asks for
what a finished piece of evidence needs. Each answer kind names its rule in
:mod:`helpers.exercises.kinds` (a :class:`Strict`); a kind with no stricter
rule says so with :data:`SAME_AS_CHECK`.

>>> exact_set(["Japan", "New Zealand"], ["New Zealand", "Japan"]), exact_set(["japan"], ["Japan"])
(True, False)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["SAME_AS_CHECK", "Strict", "exact_number", "exact_set", "exact_text"]


@dataclass(frozen=True)
class Strict:
    """A hidden check's rule: ``rule(answer, expected) -> bool`` and what it asks, in words.

    ``rule`` is None when the kind has no stricter rule: the hidden check is then ``check()`` itself.

    >>> Strict(exact_text, "the exact text of the source").asks
    'the exact text of the source'
    """

    rule: Callable[[Any, Any], bool] | None
    asks: str


#: For a kind whose public check is the whole check (a list, a date, a choice, a custom rule).
SAME_AS_CHECK = Strict(None, "the course's own judgement (no stricter rule for this kind)")


def _plain(v: Any) -> Any:
    v = v.item() if hasattr(v, "item") and not isinstance(v, str) else v
    return v.strip() if isinstance(v, str) else v


def _items(value: Any) -> list[Any] | None:
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        return None
    try:
        return [_plain(v) for v in list(value)]
    except (TypeError, ValueError):
        return None


def exact_number(answer: Any, expected: Any) -> bool:
    """The exact value: an int where a count is asked (4.0 counts as 4), a float to 9 places; never text.

    >>> exact_number(5.0, 5), exact_number("5", 5), exact_number(True, 1), exact_number(0.1 + 0.2, 0.3)
    (True, False, False, True)
    """
    if isinstance(answer, bool) or (not isinstance(answer, (int, float)) and not hasattr(answer, "item")):
        return False
    value = answer.item() if hasattr(answer, "item") else answer
    if isinstance(expected, int) and not isinstance(expected, bool):
        return (isinstance(value, int) and value == expected) or (
            isinstance(value, float) and value.is_integer() and int(value) == expected
        )
    return isinstance(value, (int, float)) and math.isclose(value, float(expected), rel_tol=0, abs_tol=1e-9)


def exact_set(answer: Any, expected: Any) -> bool:
    """Every item exactly as in the data (case, accents, spaces; an int is not 4.0), nothing missing or extra.

    >>> exact_set([3, 3, 5], [3, 5]), exact_set([3.0, 5], [3, 5])
    (True, False)
    """
    got, want = _items(answer), _items(expected)
    if got is None or want is None or set(got) != set(want):
        return False
    kinds = {v: type(v) for v in want}
    return all(type(v) is kinds[v] for v in got)


def exact_text(answer: Any, expected: Any) -> bool:
    """The exact text of the source, stripped of outer spaces.

    >>> exact_text(" Tokyo ", "Tokyo"), exact_text("tokyo", "Tokyo")
    (True, False)
    """
    return isinstance(answer, str) and answer.strip() == str(expected).strip()
