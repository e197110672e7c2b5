"""Judging a ``choice`` exercise: every option a learner picks is explained, right or wrong.

>>> from helpers.exercises import Question
>>> q = Question("9.84", "choice", "B", options={"A": "Too strong.", "B": "The data says so."})
>>> judge_choice(q, " (a) ").message
'not quite. Not A: Too strong.'
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr as _
from .answers import describe
from .model import Verdict, right_letters

__all__ = ["judge_choice", "letters"]


def letters(value: Any, options) -> tuple | None:
    """The option letters in ``value`` ('b', ' B) ', ['A', 'c']), or None if it names none.

    >>> letters(["c", " A."], {"A": "", "B": "", "C": ""})
    ('A', 'C')
    """
    raw = [value] if isinstance(value, str) else value
    if not isinstance(raw, (list, tuple, set, frozenset)) or not raw or len(raw) > len(options):
        return None
    found = []
    for item in raw:
        if not isinstance(item, str):
            return None
        letter = item.strip().strip("()[].:").strip().upper()
        if letter not in options:
            return None
        found.append(letter)
    return tuple(sorted(set(found)))


def judge_choice(question, answer: Any) -> Verdict:
    """A Verdict that explains each wrongly chosen option (the mistake id is ``chose-X``).

    >>> from helpers.exercises import Question
    >>> q = Question("9.85", "choice", ("A", "C"), options={"A": "a holds", "B": "b fails", "C": "c holds"})
    >>> judge_choice(q, ["A"]).message
    'not quite. Each option you chose holds, but 1 more option also holds.'
    """
    options = question.options
    want = right_letters(question.answer)
    got = letters(answer, options)
    if got is None:
        several = _("a list of letters such as ['A', 'C']") if len(want) > 1 else _("one letter in quotes, such as 'B'")
        return Verdict(
            "wrong-type",
            _("expected {several}: the options are {options}; got {got}.").format(
                several=several, options=", ".join(sorted(options)), got=describe(answer)),
        )
    if tuple(sorted(want)) == got:
        return Verdict("right", "")
    wrong = [letter for letter in got if letter not in want]
    parts = [_("Not {letter}: {why}").format(letter=letter, why=options[letter]) for letter in wrong]
    missing = len(set(want) - set(got)) if len(want) > 1 else 0
    s = "s" if missing > 1 else ""
    if missing and not parts:
        parts.append((_("Each option you chose holds, but {n} more options also hold.") if s else
                      _("Each option you chose holds, but 1 more option also holds.")).format(n=missing))
    elif missing:
        parts.append((_("And {n} options that hold are missing.") if s else
                      _("And 1 option that holds is missing.")).format(n=missing))
    mistake = "chose-" + "".join(wrong) if wrong else "missed-options"
    return Verdict("wrong", _("not quite.") + " " + " ".join(parts), mistake)
