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

from functools import cache
from typing import Any

from ..i18n import N_
from ..i18n import tr as _
from .answers import TooManyItems, describe, fold_text, is_table
from .hints import data_slip, graduated_hint, mistake_entries, not_quite, too_many_items
from .kinds import kind_of, normalise
from .model import Question, Verdict

__all__ = ["judge"]

_INDEX_TIP = N_("The names are its row labels (its index), not a column: table.index.tolist() lists them.")


def _names_in_index(table: Any) -> bool:
    """True when a table's rows are labelled by names (a pivot or a groupby result), not numbered 0, 1, 2 ..."""
    labels = list(table.index[:200])
    return bool(labels) and all(isinstance(x, str) for x in labels)


_UNSET = object()


def judge(question: Question, answer: Any, level: int = 1, expected: Any = _UNSET) -> Verdict:
    """Judge ``answer`` to ``question``; ``level`` is this wrong try's number (1 for the first).

    >>> from helpers.exercises import Question
    >>> judge(Question("9.83", "set", [1, 2], hint="h"), [0, 1]).mistake
    'counted-from-0'
    """
    kind, spec = question.kind, kind_of(question.kind)
    expected = question.expected() if expected is _UNSET else expected
    if spec.judge is not None:  # a kind that judges itself: a choice, a custom rule
        try:
            return spec.judge(question, answer, level, expected)
        except TooManyItems:
            return too_many_items()
    if is_table(answer):
        tip = _INDEX_TIP if kind in ("set", "list") and _names_in_index(answer) else spec.table_tip
        return Verdict("wrong-type", _("this is {what}; the exercise asks for {kind}. {tip}").format(
            what=describe(answer), kind=_(spec.asks), tip=_(tip)), "table-not-value")
    from .shapes import shape_slip, shown  # imported when an answer is first judged, not with helpers

    shape = shape_slip(kind, answer) if _labelled(answer, expected) else None
    try:
        normal = None if shape else normalise(kind, answer)
    except TooManyItems:
        return too_many_items()
    shape = shape or (shape_slip(kind, answer) if normal is None else None)
    if shape:
        return Verdict("wrong-type", shape, "wrong-shape")
    if normal is None:
        return Verdict("wrong-type", _("expected {kind}, but got {got}.").format(
            kind=_(spec.asks), got=shown(kind, answer, expected)) + _type_tip(kind, answer))
    others = question.accept() if callable(question.accept) else question.accept
    if any(spec.same(normal, spec.normalise(c), question.tolerance) for c in [expected, *others]):
        return Verdict("right", "")
    for value, tip, mistake in mistake_entries(question):  # after the right answers: a mistake never hides one
        if spec.same(normal, spec.normalise(value), question.tolerance):
            return Verdict("wrong", not_quite(tip, question, level), mistake)
    capital = _capital_for_partner(kind, normal, expected)
    if capital:
        return Verdict("wrong", not_quite(capital, question, level), "capital-for-partner")
    slip = data_slip(answer, expected, others) if kind in ("text", "set", "list") else None
    if slip:
        return Verdict("wrong", not_quite(slip[0], question, level), slip[1])
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


def _labelled(answer: Any, expected: Any) -> bool:
    """True for a Series of numbers or True/False where names are expected: the names are in its index."""
    want = expected if isinstance(expected, (list, tuple, set)) else [expected]
    values = getattr(answer, "dtype", None)
    return type(answer).__name__ == "Series" and all(isinstance(w, str) for w in want) and str(values) != "string" and str(values) != "object"


@cache
def _capitals() -> dict[str, tuple[str, str]]:
    """Folded capital (or seat of government) → (place, partner), from the course's places."""
    from ..datasets import load_places

    places = load_places()
    kept = places[places["role"].isin(["capital", "seat of government", "organisation seat"])]
    return {fold_text(str(p)): (str(p), str(partner)) for p, partner in zip(kept["place"], kept["partner"], strict=True)}


def _capital_for_partner(kind: str, normal: Any, expected: Any) -> str | None:
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


def _counted_from_zero(got: Any, want: Any) -> bool:
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


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _size_hint(got: Any, want: Any) -> str:
    if len(got) != len(want):
        mine = _("Your answer has 1 item") if len(got) == 1 else _("Your answer has {n} items")
        return " (" + mine.format(n=len(got)) + _("; the question's answer has {n}.)").format(n=len(want))
    return " " + _("(Right number of items, but not all the right ones.)")
