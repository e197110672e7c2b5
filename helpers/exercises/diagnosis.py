"""Which real mistake a wrong answer of names shows, by one rule for every exercise, from the course's data.

The right answer's names say which column of which table the answer comes
from (:func:`helpers.exercises.names.column_holding`). A name the learner
gave that is not there is then one of five slips, tried in this order:

* another name for it (``name-other-name``): "USA" where the table writes "United States";
* part of one name (``name-part``): "Korea" for "South Korea", a surname for a full name;
* a misspelling (``name-spelling``): "Netherland" for "Netherlands" (:mod:`difflib`);
* more than a name (``name-with-more``): "Australia 2011" for "Australia";
* a value of another column (``name-other-column``): "ACSA" (a kind) where partners are asked;
* not in the data at all (``name-unknown``).

When every name is one of the column's, an answer that holds all the right
names and more (``selection-too-wide``), or only some of them
(``selection-too-narrow``), points at the edge of the learner's test.
Each message names the learner's own name, never one the answer needs
that the learner did not give.

>>> print(name_slip(["USA"], ["Australia", "United States"])[0])
'USA' is not how the data names it: the partner column of the agreements table writes 'United States'. Answers use the data's names exactly as written: take them from the table with code rather than typing them.
>>> name_slip(["Australia"], ["Australia", "France"]) is None
True
>>> selection_slip(["Australia"], ["Australia", "France"])[1]
'selection-too-narrow'
"""

from __future__ import annotations

import difflib
import re

from ..i18n import N_
from ..i18n import tr as _
from .answers import fold_text
from .bounded import shorten
from .names import NameColumn, column_holding, columns_with, name_columns, other_name_of

__all__ = ["name_slip", "selection_slip"]

_TAKE = N_("take them from the table with code rather than typing them.")
#: A name longer than this is not compared letter by letter (no name in the data is near that long).
_LONGEST = 200


def _strings(items) -> list[str] | None:
    items = [items] if isinstance(items, str) else list(items)
    return items if items and all(isinstance(i, str) for i in items) else None


def _part_of(key: str, values: dict[str, str]) -> list[str]:
    """The names in ``values`` that hold ``key`` as whole words (and are longer than it)."""
    pattern = re.compile(rf"(?<![\w']){re.escape(key)}(?![\w'])")
    return [shown for folded, shown in values.items() if folded != key and pattern.search(folded)]


def _elsewhere(name: str, column: NameColumn) -> str | None:
    for other in columns_with(name):
        if other.column == column.column and other.table != column.table:
            return _("'{name}' is in {other} but not in {where}, where this answer's names come from.").format(
                name=name, other=other.where, where=column.where)
        if (other.table, other.column) != (column.table, column.column):
            return _(
                "'{name}' comes from {other}; this answer's names come from {where}. "
                "Take that column of the rows you keep."
            ).format(name=name, other=other.where, where=column.where)
    return None


def _unknown(name: str, key: str, column: NameColumn) -> str:
    for other in name_columns():
        whole = _part_of(key, other.values) if len(key) > 2 else []
        if len(whole) == 1:
            return _(
                "'{name}' is not a name in {where}, where this answer's names come from; it is "
                "part of '{whole}' in {other}. Take the names from the column the question asks about."
            ).format(name=name, where=column.where, whole=whole[0], other=other.where)
    return _(
        "'{name}' is not a name in {where}, where this answer's names come from, nor anywhere else "
        "in the course's data. Names must be written exactly as the table writes them: {take}"
    ).format(name=name, where=column.where, take=_(_TAKE))


def _one_name(name: str, column: NameColumn) -> tuple[str, str]:
    """The message and slip id for one ``name`` that is not in ``column``."""
    key = fold_text(name)
    if len(key) > _LONGEST:
        return (
            _("'{name}' is not a name in {where}, where this answer's names come from: "
              "it is {n} characters long.").format(name=shorten(name, 40), where=column.where, n=f"{len(name):,}")
            + " " + _(_TAKE)[0].upper() + _(_TAKE)[1:],
            "name-unknown",
        )
    other = other_name_of(name)
    if other and fold_text(other) in column.values:
        shown = column.values[fold_text(other)]
        return (
            _("'{name}' is not how the data names it: {where} writes '{shown}'. Answers use the "
              "data's names exactly as written: {take}").format(name=name, where=column.where, shown=shown, take=_(_TAKE)),
            "name-other-name",
        )
    whole = _part_of(key, column.values) if len(key) > 2 else []
    if len(whole) == 1:
        return (
            _("'{name}' is only part of a name: {where} writes '{whole}'. Give each name whole, "
              "exactly as the table writes it.").format(name=name, where=column.where, whole=whole[0]),
            "name-part",
        )
    inside = [shown for folded, shown in column.values.items() if _part_of(folded, {key: name})]
    if len(inside) == 1:
        return (
            _("'{name}' holds more than a name: {where} writes '{inside}'. Give just the name, "
              "exactly as the table writes it.").format(name=name, where=column.where, inside=inside[0]),
            "name-with-more",
        )
    near = difflib.get_close_matches(key, list(column.values), n=1, cutoff=0.8)
    if near:
        return (
            _("'{name}' is not spelled as in the data: {where} has '{near}'. Python "
              "compares names letter by letter, so {take}").format(
                name=name, where=column.where, near=column.values[near[0]], take=_(_TAKE)),
            "name-spelling",
        )
    last = key.split()[-1] if " " in key else ""
    whole = _part_of(last, column.values) if len(last) > 2 else []
    if len(whole) == 1:
        return (
            _("'{name}' is not how the data names it: {where} writes '{whole}'. Give each name "
              "whole, exactly as the table writes it.").format(name=name, where=column.where, whole=whole[0]),
            "name-other-name",
        )
    elsewhere = _elsewhere(name, column)
    if elsewhere:
        return elsewhere, "name-other-column"
    return _unknown(name, key, column), "name-unknown"


def name_slip(given, wanted, accepted=()) -> tuple[str, str] | None:
    """(message, slip id) for the first name in ``given`` that the data does not hold where ``wanted`` comes from.

    None when the answer is not about names of the data, or every name given is one of them.

    >>> name_slip(["Netherland"], ["Netherlands", "New Zealand"])[1]
    'name-spelling'
    >>> name_slip([3, 4], [4, 5]) is None
    True
    """
    names, want = _strings(given), _strings(wanted)
    if names is None or want is None:
        return None
    column = column_holding(want)
    if column is None:
        return None
    known = {fold_text(w) for w in want} | {fold_text(a) for a in accepted if isinstance(a, str)}
    for name in names:
        key = fold_text(name)
        if key in known or key in column.values or not key:
            continue
        return _one_name(name.strip(), column)
    return None


def selection_slip(given, wanted) -> tuple[str, str] | None:
    """(message, slip id) when ``given`` holds all of ``wanted`` and more, or only some of it; else None.

    Only for answers of names from the data (a filter on a table's rows).

    >>> print(selection_slip(["Australia", "France", "Italy"], ["Australia", "France"])[0])
    every partner the question wants is in your answer, and 1 more: your selection lets too much through. Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests or sets are combined (& keeps what passes both, | what passes either, - what is in the first only).
    """
    names, want = _strings(given), _strings(wanted)
    if names is None or want is None or (column := column_holding(want)) is None:
        return None
    got, need = {fold_text(n) for n in names}, {fold_text(w) for w in want}
    edge = _(
        "Look again at the edge of each test (< leaves the boundary out, <= keeps it) and at how tests "
        "or sets are combined (& keeps what passes both, | what passes either, - what is in the first only)."
    )
    noun = column.column
    if got > need:
        extra = len(got - need)
        return (
            _("every {noun} the question wants is in your answer, and {n} more: your selection lets too "
              "much through.").format(noun=noun, n=extra) + " " + edge,
            "selection-too-wide",
        )
    if got and got < need:
        missing = len(need - got)
        strict = (_("every {noun} in your answer is right, but 1 is missing: your selection is too strict.")
                  if missing == 1 else
                  _("every {noun} in your answer is right, but {n} are missing: your selection is too strict."))
        return (
            strict.format(noun=noun, n=missing) + " " + edge,
            "selection-too-narrow",
        )
    return None
