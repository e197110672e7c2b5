"""Judging a ``custom`` exercise (a table, a function, a pair): the question's own ``compare`` decides.

>>> from helpers.exercises import Question
>>> q = Question("9.75", "custom", (1, 2), compare=lambda a: a == (1, 2) or "Two values.", wrong_examples=((2, 1),))
>>> judge_custom(q, (1, 2)).status, judge_custom(q, (2, 1)).message
('right', 'not quite. Hint: Two values.')
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ..i18n import N_
from ..i18n import tr as _
from .answers import MAX_ITEMS, as_number, describe, is_table
from .hints import data_slip, graduated_hint, not_quite, too_many_items
from .model import Question, Verdict

__all__ = ["TABLE_TIP", "judge_custom", "shape_of"]

#: What to do with a table where a custom exercise asks for part of one.
TABLE_TIP = N_(
    "Take out the part the exercise asks for: a column with table['column'], one value with .item() "
    "or .iloc[0], a list with .tolist()."
)


def judge_custom(question: Question, answer: Any, level: int = 1, expected: Any = None) -> Verdict:
    """Right when ``question.compare(answer)`` is True; else its hint, a data slip or the graduated hint.

    >>> import pandas as pd
    >>> q = Question("9.76", "custom", 2, compare=lambda a: a == 2, wrong_examples=(3,))
    >>> judge_custom(q, pd.DataFrame({"n": [2]}), expected=2).mistake
    'table-not-value'
    """
    if isinstance(answer, Iterator):  # a generator or an endless iterator: read it once, and not forever
        answer = list(itertools.islice(answer, MAX_ITEMS + 1))
        if len(answer) > MAX_ITEMS:
            return too_many_items()
    result = question.compare(answer) if question.compare else False
    if result is True:
        return Verdict("right", "")
    if is_table(answer) and not is_table(expected):
        return Verdict(
            "wrong-type", _("this is {what}; the exercise asks for {kind}. {tip}").format(
                what=describe(answer), kind=shape_of(expected), tip=_(TABLE_TIP)),
            "table-not-value",
        )
    slip = data_slip(answer, expected, ()) if isinstance(answer, (str, list, tuple)) else None
    if slip and slip[1].startswith("name-"):
        return Verdict("wrong", not_quite(slip[0], question, level), slip[1])
    if isinstance(result, str):
        return Verdict("wrong", not_quite(_(result), question, level))
    return Verdict("wrong", _("not quite.") + " " + graduated_hint(question, level))


def shape_of(expected: Any) -> str:
    """What a custom exercise's answer looks like, in words, from one right answer.

    >>> shape_of(("a", "b")), shape_of(len)
    ("2 values in brackets, such as ('a', 'b')", 'a function: give its name, without brackets')
    """
    from .kinds import kind_of  # the registry holds this judge, so it is read when judging, not at import

    if isinstance(expected, str):
        return _(kind_of("text").asks)
    if as_number(expected) is not None:
        return _(kind_of("number").asks)
    if isinstance(expected, (tuple, list)):
        if len(expected) == 2:
            return _("2 values in brackets, such as ('a', 'b')")
        return _("a list of {n} values").format(n=len(expected))
    if callable(expected):
        return _("a function: give its name, without brackets")
    return _("one value, not a whole table")
