"""Answer kinds, one object each: what a learner is told, how an answer compares, how strict grading is.

An answer kind (``number``, ``text``, ``set``, ...) is the shape of answer a
question asks for. Each is one :class:`Kind` in :data:`ANSWER_KINDS`, the
only list of them: ``check()`` (:mod:`.judging`), the wrong-type messages
(:mod:`.shapes`), a :class:`~helpers.exercises.model.Question`'s own check and
the instructor's hidden grading all read it. A kind carries every part they
need, so a kind with a part missing fails when it is made, never inside
``check()``:

* ``asks``: what a learner is told to give ("a number (for example 3 or 2.5)");
* ``normalise(answer)``: the answer in a comparable form, or None when it has
  the wrong shape (case and spaces folded in text, numpy values as plain ones);
* ``same(got, want, tolerance)``: two normalised answers match;
* ``table_tip``: what to do when a whole table is given instead;
* ``strict``: the hidden check's rule (:class:`~helpers.exercises.strict.Strict`),
  or :data:`~helpers.exercises.strict.SAME_AS_CHECK`;
* optional ``judge`` (a kind that judges itself: ``choice``, ``custom``),
  ``confirm`` (its own "correct!" message) and ``validate`` (what a question
  of this kind must hold).

Not to be confused with the kinds of *agreement* (ACSA, ISA, RAA) in
:mod:`helpers.datasets`.

>>> from typing import get_args
>>> from helpers.exercises.model import AnswerKind
>>> tuple(ANSWER_KINDS) == get_args(AnswerKind)
True
>>> kind_of("number").asks, normalise("set", ["Japan ", "FRANCE"]) == frozenset({"japan", "france"})
('a number (for example 3 or 2.5)', True)
>>> Kind(name="colour", asks=N_("a colour"), normalise=str, same=equal, table_tip=N_("Take one value out: .item()."))
Traceback (most recent call last):
...
ValueError: answer kind 'colour': strict is missing — give a strict.Strict(rule, asks), or strict.SAME_AS_CHECK when check() is strict enough
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..i18n import N_
from .answers import as_bool, as_date, as_list, as_number, as_set, as_text
from .choices import as_letters, judge_choice, right_message
from .custom import TABLE_TIP as CUSTOM_TABLE_TIP
from .custom import judge_custom
from .model import Question, Verdict, right_letters
from .strict import SAME_AS_CHECK, Strict, exact_number, exact_set, exact_text

__all__ = ["ANSWER_KINDS", "Kind", "close", "equal", "kind_of", "normalise", "register_kind"]

#: The fix for each missing part, named in the error.
_FIXES = {
    "asks": "say what a learner should give, for example \"a number (for example 3 or 2.5)\"",
    "table_tip": "say what to take out of a table given instead, for example \"Take one value out: .item().\"",
    "normalise": "give a function answer -> comparable form, None when the answer has the wrong shape",
    "same": "give a function (got, want, tolerance) -> bool, such as kinds.equal",
    "strict": "give a strict.Strict(rule, asks), or strict.SAME_AS_CHECK when check() is strict enough",
}


#: A part not given: :class:`Kind` names it in its error, with the fix.
_MISSING: Any = None


@dataclass(frozen=True, kw_only=True)
class Kind:
    """One answer kind, whole: see the module's docstring for each part.

    >>> kind_of("date").same(kind_of("date").normalise("2025-12-19"), kind_of("date").normalise("2025-12-19 "), 0)
    True
    """

    name: str
    asks: str = _MISSING
    normalise: Callable[[Any], Any] = _MISSING
    same: Callable[[Any, Any, float], bool] = _MISSING
    table_tip: str = _MISSING
    strict: Strict = _MISSING
    judge: Callable[[Question, Any, int, Any], Verdict] | None = None
    confirm: Callable[[Question], str] | None = None
    validate: Callable[[Question], str | None] | None = None

    def __post_init__(self) -> None:
        for part in ("asks", "normalise", "same", "table_tip", "strict"):
            if getattr(self, part) is _MISSING:
                raise ValueError(f"answer kind {self.name!r}: {part} is missing — {_FIXES[part]}")
        for part in ("asks", "table_tip"):
            if not isinstance(getattr(self, part), str) or not getattr(self, part).strip():
                raise ValueError(f"answer kind {self.name!r}: {part} is empty — {_FIXES[part]}")
        for part in ("normalise", "same"):
            if not callable(getattr(self, part)):
                raise ValueError(f"answer kind {self.name!r}: {part} is not a function — {_FIXES[part]}")
        if not isinstance(self.strict, Strict):
            raise ValueError(f"answer kind {self.name!r}: strict is not a Strict — {_FIXES['strict']}")
        for part in ("judge", "confirm", "validate"):
            if getattr(self, part) is not None and not callable(getattr(self, part)):
                raise ValueError(f"answer kind {self.name!r}: {part} must be a function or None")


def equal(got: Any, want: Any, tolerance: float = 0.0) -> bool:
    """Two normalised answers are equal (neither None); ``tolerance`` is not used.

    >>> equal(frozenset({"a"}), frozenset({"a"})), equal(None, None)
    (True, False)
    """
    return got is not None and want is not None and bool(got == want)


def close(got: Any, want: Any, tolerance: float = 0.0) -> bool:
    """Two numbers within ``tolerance`` (or 1e-9 when it is 0).

    >>> close(3.0, 3.0000000001), close(2.9, 3.0, 0.2), close(2.9, 3.0)
    (True, True, False)
    """
    return got is not None and want is not None and math.isclose(got, want, rel_tol=0, abs_tol=tolerance or 1e-9)


def _as_is(value: Any) -> Any:
    return value


def _judge_choice(question: Question, answer: Any, level: int, expected: Any) -> Verdict:
    return judge_choice(question, answer)


_ONE_VALUE = N_("Take one column, then one value: table['column'].iloc[0], or .item() when it holds just one.")
_A_LIST = N_("Take the one column you need and make it a list: table['column'].tolist().")

#: Every answer kind by name, in the order of :data:`~helpers.exercises.model.AnswerKind`.
ANSWER_KINDS: dict[str, Kind] = {}


def register_kind(kind: Kind) -> Kind:
    """Add ``kind`` to :data:`ANSWER_KINDS` (a name is registered once) and return it.

    >>> register_kind(kind_of("number"))
    Traceback (most recent call last):
    ...
    ValueError: answer kind 'number' is already registered — choose another name
    """
    if not isinstance(kind, Kind):
        raise TypeError(f"register_kind takes a Kind, not {type(kind).__name__}")
    if kind.name in ANSWER_KINDS:
        raise ValueError(f"answer kind {kind.name!r} is already registered — choose another name")
    ANSWER_KINDS[kind.name] = kind
    return kind


def kind_of(name: str) -> Kind:
    """The registered answer kind called ``name``.

    >>> kind_of("bool").asks
    'True or False'
    >>> kind_of("colour")
    Traceback (most recent call last):
    ...
    ValueError: no answer kind 'colour' — use one of: bool, choice, custom, date, list, number, set, text
    """
    try:
        return ANSWER_KINDS[name]
    except (KeyError, TypeError):
        raise ValueError(f"no answer kind {name!r} — use one of: {', '.join(sorted(ANSWER_KINDS))}") from None


def normalise(kind: str, value: Any) -> Any:
    """``value`` in the comparable form of ``kind`` (None when it has the wrong shape).

    >>> normalise("number", "3") is None, normalise("list", ["b", "A"])
    (True, ('b', 'a'))
    """
    return kind_of(kind).normalise(value)


def _choice_problem(question: Question) -> str | None:
    right = right_letters(question.answer)
    if not right or any(r not in question.options for r in right) or len(question.options) < 2:
        return "a choice needs options and answer letter(s) among them"
    return None


for _kind in (
    Kind(name="number", asks=N_("a number (for example 3 or 2.5)"), normalise=as_number, same=close,
         table_tip=N_("Count its rows with len(table); take the value out of a table that holds just one with .item()."),
         strict=Strict(exact_number, "the exact value")),
    Kind(name="text", asks=N_("a piece of text in quotes (for example 'Tokyo')"), normalise=as_text, same=equal,
         table_tip=_ONE_VALUE, strict=Strict(exact_text, "the exact text of the source")),
    Kind(name="set", normalise=as_set, same=equal, table_tip=_A_LIST,
         asks=N_("a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter"),
         strict=Strict(exact_set, "every item exactly as in the data")),
    Kind(name="list", asks=N_("a list in square brackets, in the order asked for"), normalise=as_list, same=equal,
         table_tip=_A_LIST, strict=SAME_AS_CHECK),
    Kind(name="date", asks=N_("a date, as datetime.date(2025, 12, 19) or the text '2025-12-19'"), normalise=as_date,
         same=equal, table_tip=_ONE_VALUE, strict=SAME_AS_CHECK),
    Kind(name="bool", asks=N_("True or False"), normalise=as_bool, same=equal,
         table_tip=N_("Take one value out: .item() when the table holds just one."), strict=SAME_AS_CHECK),
    Kind(name="choice", asks=N_("the letter of the option you choose, in quotes (for example 'B')"),
         normalise=as_letters, same=equal, table_tip=N_("Give the letter of the option you choose, such as 'B'."),
         strict=SAME_AS_CHECK, judge=_judge_choice, confirm=right_message, validate=_choice_problem),
    Kind(name="custom", asks=N_("the kind of value the exercise asks for"), normalise=_as_is, same=equal,
         table_tip=CUSTOM_TABLE_TIP, strict=SAME_AS_CHECK, judge=judge_custom),
):  # fmt: skip
    register_kind(_kind)
del _kind
