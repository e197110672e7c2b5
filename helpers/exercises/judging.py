"""How ``check`` judges an answer: its shape first, then its value, then which predicted mistake it is.

A table (a pandas DataFrame) where a number or a list is asked is named as
a table, with the way to get what is asked; numpy and pandas scalars show as
plain values; a capital where a partner is asked gets its own hint. Hints
are graduated: ``level`` 1 (the first wrong try) gets the question's
``hint``, level 2 its ``method``, level 3 and later its ``step``, each falling
back to the one before when empty.

>>> from helpers.exercises import Question
>>> q = Question("9.80", "number", 9, hint="Count them.", method="len() counts.", step="len(x) is 9 for x = ...")
>>> judge(q, 9).status
'right'
>>> print(judge(q, 8).message)
not quite. Hint: Count them.
>>> print(judge(q, 8, level=2).message)
not quite. Hint (the method): len() counts.
>>> import pandas as pd
>>> print(judge(q, pd.DataFrame({"a": [1, 2], "b": [3, 4]})).message)
this is a table (a pandas DataFrame, 2 rows × 2 columns); the exercise asks for a number (for example 3 or 2.5). Count its rows with len(table); take the value out of a table that holds just one with .item().
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..i18n import N_
from ..i18n import tr as _
from .answers import MAX_ITEMS, TooManyItems, describe, fold_text, is_table, normalise
from .choices import judge_choice
from .model import ANSWER_KINDS, Verdict

__all__ = ["graduated_hint", "judge", "mistake_entries"]

_TABLE_TIPS = {
    "number": N_("Count its rows with len(table); take the value out of a table that holds just one with .item()."),
    "text": N_("Take one column, then one value: table['column'].iloc[0], or .item() when it holds just one."),
    "set": N_("Take the one column you need and make it a list: table['column'].tolist()."),
    "list": N_("Take the one column you need and make it a list: table['column'].tolist()."),
    "date": N_("Take one column, then one value: table['column'].iloc[0], or .item() when it holds just one."),
    "bool": N_("Take one value out: .item() when the table holds just one."),
    "custom": N_("Take out the part the exercise asks for: a column with table['column'], one value with .item() "
                 "or .iloc[0], a list with .tolist()."),
}


_INDEX_TIP = N_("The names are its row labels (its index), not a column: table.index.tolist() lists them.")


def _names_in_index(table) -> bool:
    """True when a table's rows are labelled by names (a pivot or a groupby result), not numbered 0, 1, 2 ..."""
    labels = list(table.index[:200])
    return bool(labels) and all(isinstance(x, str) for x in labels)


def mistake_entries(question) -> list[tuple[Any, str, str]]:
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


def graduated_hint(question, level: int) -> str:
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


def _more(question, level: int) -> str:
    """What a later try adds after a predicted mistake's own tip: the method or the step."""
    extra = graduated_hint(question, level) if level >= 2 else ""
    later = (level >= 3 and question.step) or (level >= 2 and question.method)
    return f" {extra}" if later else ""


def _same(kind: str, tolerance: float, a, b) -> bool:
    if a is None or b is None:
        return False
    if kind == "number":
        return math.isclose(a, b, rel_tol=0, abs_tol=tolerance or 1e-9)
    return bool(a == b)


_UNSET = object()


def judge(question, answer: Any, level: int = 1, expected: Any = _UNSET) -> Verdict:
    """Judge ``answer`` to ``question``; ``level`` is this wrong try's number (1 for the first).

    >>> from helpers.exercises import Question
    >>> judge(Question("9.83", "set", [1, 2], hint="h"), [0, 1]).mistake
    'counted-from-0'
    """
    kind = question.kind
    expected = question.expected() if expected is _UNSET else expected
    if kind == "choice":
        return judge_choice(question, answer)
    if kind == "custom":
        try:
            return _judge_custom(question, answer, level, expected)
        except TooManyItems:
            return _too_many()
    if is_table(answer):
        tip = _INDEX_TIP if kind in ("set", "list") and _names_in_index(answer) else _TABLE_TIPS[kind]
        return Verdict("wrong-type", _("this is {what}; the exercise asks for {kind}. {tip}").format(
            what=describe(answer), kind=_(ANSWER_KINDS[kind]), tip=_(tip)), "table-not-value")
    from .shapes import shape_slip, shown  # imported when an answer is first judged, not with helpers

    shape = shape_slip(kind, answer) if _labelled(answer, expected) else None
    try:
        normal = None if shape else normalise(kind, answer)
    except TooManyItems:
        return _too_many()
    shape = shape or (shape_slip(kind, answer) if normal is None else None)
    if shape:
        return Verdict("wrong-type", shape, "wrong-shape")
    if normal is None:
        return Verdict("wrong-type", _("expected {kind}, but got {got}.").format(
            kind=_(ANSWER_KINDS[kind]), got=shown(kind, answer, expected)) + _type_tip(kind, answer))
    others = question.accept() if callable(question.accept) else question.accept
    if any(_same(kind, question.tolerance, normal, normalise(kind, c)) for c in [expected, *others]):
        return Verdict("right", "")
    for value, tip, mistake in mistake_entries(question):  # after the right answers: a mistake never hides one
        if _same(kind, question.tolerance, normal, normalise(kind, value)):
            return Verdict("wrong", _not_quite(tip, question, level), mistake)
    capital = _capital_for_partner(kind, normal, expected)
    if capital:
        return Verdict("wrong", _not_quite(capital, question, level), "capital-for-partner")
    slip = _data_slip(answer, expected, others) if kind in ("text", "set", "list") else None
    if slip:
        return Verdict("wrong", _not_quite(slip[0], question, level), slip[1])
    wrong = _("not quite.") + " " + graduated_hint(question, level)
    if kind in ("set", "list"):
        want = normalise(kind, expected)
        if _counted_from_zero(normal, want):
            return Verdict(
                "wrong",
                _("not quite: every number is one less than it should be. Python counts list "
                  "positions from 0, but paragraphs and quotations are numbered from 1: use the "
                  "number the course gives them (for example p.number), not the position."),
                "counted-from-0",
            )
        return Verdict("wrong", wrong + _size_hint(normal, want))
    return Verdict("wrong", wrong)


def _not_quite(tip: str, question, level: int) -> str:
    """A predicted mistake's own tip, with the method or the step on a later try."""
    return _("not quite. Hint: {tip}").format(tip=tip) + _more(question, level)


def _data_slip(answer, expected, others) -> tuple[str, str] | None:
    """A name the data does not hold, or a selection too wide or too narrow (:mod:`.diagnosis`); else None."""
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


def _labelled(answer, expected) -> bool:
    """True for a Series of numbers or True/False where names are expected: the names are in its index."""
    want = expected if isinstance(expected, (list, tuple, set)) else [expected]
    values = getattr(answer, "dtype", None)
    return type(answer).__name__ == "Series" and all(isinstance(w, str) for w in want) and str(values) != "string" and str(values) != "object"


def _too_many() -> Verdict:
    return Verdict(
        "wrong-type",
        _("your answer has more than {n} items (an endless iterator, such as itertools.count(), "
          "never ends). Give a list of the items the exercise asks for.").format(n=f"{MAX_ITEMS:,}"),
        "too-many-items",
    )


def _judge_custom(question, answer: Any, level: int, expected: Any) -> Verdict:
    if isinstance(answer, Iterator):  # a generator or an endless iterator: read it once, and not forever
        answer = list(itertools.islice(answer, MAX_ITEMS + 1))
        if len(answer) > MAX_ITEMS:
            raise TooManyItems
    result = question.compare(answer) if question.compare else False
    if result is True:
        return Verdict("right", "")
    if is_table(answer) and not is_table(expected):
        return Verdict(
            "wrong-type", _("this is {what}; the exercise asks for {kind}. {tip}").format(
                what=describe(answer), kind=_shape_of(expected), tip=_(_TABLE_TIPS["custom"])),
            "table-not-value",
        )
    slip = _data_slip(answer, expected, ()) if isinstance(answer, (str, list, tuple)) else None
    if slip and slip[1].startswith("name-"):
        return Verdict("wrong", _not_quite(slip[0], question, level), slip[1])
    if isinstance(result, str):
        return Verdict("wrong", _not_quite(_(result), question, level))
    return Verdict("wrong", _("not quite.") + " " + graduated_hint(question, level))


def _shape_of(expected: Any) -> str:
    """What a custom exercise's answer looks like, in words, from one right answer."""
    if isinstance(expected, str):
        return _(ANSWER_KINDS["text"])
    if normalise("number", expected) is not None:
        return _(ANSWER_KINDS["number"])
    if isinstance(expected, (tuple, list)):
        if len(expected) == 2:
            return _("2 values in brackets, such as ('a', 'b')")
        return _("a list of {n} values").format(n=len(expected))
    if callable(expected):
        return _("a function: give its name, without brackets")
    return _("one value, not a whole table")


@cache
def _capitals() -> dict[str, tuple[str, str]]:
    """Folded capital (or seat of government) → (place, partner), from the course's places."""
    from ..datasets import load_places

    places = load_places()
    kept = places[places["role"].isin(["capital", "seat of government", "organisation seat"])]
    return {fold_text(str(p)): (str(p), str(partner)) for p, partner in zip(kept["place"], kept["partner"], strict=True)}


def _capital_for_partner(kind: str, normal, expected) -> str | None:
    """A hint when a place stands where the exercise asks for partners; else None."""
    if kind not in ("text", "set", "list"):
        return None
    try:
        capitals = _capitals()
    except Exception:
        return None
    partners = {fold_text(partner) for _, partner in capitals.values()}
    wanted = {normal_item for normal_item in ([normalise("text", expected)] if kind == "text" else normalise(kind, expected) or [])}
    if not wanted or not wanted <= partners:
        return None  # the exercise is not about partners
    given = [normal] if kind == "text" else list(normal)
    places = [g for g in given if isinstance(g, str) and g in capitals]
    if not places:
        return None
    place, partner = capitals[sorted(places)[0]]
    return _(
        "'{place}' is a place, the capital or seat that stands for {partner}. The exercise asks for the "
        "partners themselves (the partner column), not the places where they sit."
    ).format(place=place, partner=partner)


def _counted_from_zero(got, want) -> bool:
    numbers_ = [x for x in got if isinstance(x, float)]
    wanted = [x for x in want if isinstance(x, float)]
    if not numbers_ or len(numbers_) != len(got) or len(wanted) != len(want):
        return False
    return sorted(x + 1 for x in numbers_) == sorted(wanted)


def _type_tip(kind: str, answer: Any) -> str:
    """A next step for the commonest wrong types."""
    name = type(answer).__name__
    if kind in ("number", "text") and name in ("Series", "ndarray", "Index"):
        size = getattr(answer, "size", None)
        if size == 1:
            one = _("It holds one value: take the number out with .item() (or .iloc[0] for a Series).")
            return " " + (one if kind == "number" else _("It holds one value: take the text out with .item() (or .iloc[0] for a Series)."))
        many = _("It holds {n} values; the question asks for one number.") if kind == "number" else _(
            "It holds {n} values; the question asks for one text.")
        return " " + many.format(n=size)
    if kind == "number" and name == "Timedelta":
        return " " + _("Take its number of days with .days.")
    if kind == "number" and name == "Timestamp":
        return " " + _("Take the part of the date you need: .year gives its year (.dt.year for a whole column).")
    if kind == "text" and _is_whole_number(answer):
        return " " + _("A whole number where a name is asked is often a row label (what .idxmax() or .index "
                       "give): read the name from that row with .loc[label, 'column'].")
    if kind in ("text", "number") and isinstance(answer, (list, tuple, set)) and len(answer) == 1:
        return " " + _("Take the single item out of the list.")
    if kind == "number" and isinstance(answer, str) and normalise("number", _float_or_none(answer)) is not None:
        return " " + _("That is a number written as text, in quotes: leave out the quotes.")
    return ""


def _is_whole_number(value: Any) -> bool:
    """An int (Python's or numpy's), not a bool.

    >>> _is_whole_number(4), _is_whole_number(True), _is_whole_number(4.0)
    (True, False, False)
    """
    value = value.item() if type(value).__module__ == "numpy" and hasattr(value, "item") else value
    return isinstance(value, int) and not isinstance(value, bool)


def _float_or_none(text: str):
    try:
        return float(text)
    except ValueError:
        return None


def _size_hint(got, want) -> str:
    if len(got) != len(want):
        mine = _("Your answer has 1 item") if len(got) == 1 else _("Your answer has {n} items")
        return " (" + mine.format(n=len(got)) + _("; the question's answer has {n}.)").format(n=len(want))
    return " " + _("(Right number of items, but not all the right ones.)")
