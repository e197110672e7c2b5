"""Exercises are checked with ``check("N.k", answer)``, which gives feedback and never raises.

Each notebook's questions live in ``helpers/questions/nbNN.py`` (``"1.3"`` is
question 3 of notebook 01). A question knows the answer's expected *shape*
(a number, a piece of text, a set of names, ...), how to compute the right
answer from the course data, a hint for a wrong answer and one extra fact to
reward a right one. ``check`` answers in one of five ways:

* ``...`` (the placeholder): "not answered yet";
* the wrong type: says which type it expects;
* a wrong value: a hint, never the answer;
* a right value: a confirmation plus one extra fact;
* an unknown question id: lists the ones that exist.

>>> from helpers.exercises import Question, check, register
>>> _ = register(Question("9.99", "number", lambda: 9, hint="Count the paragraphs.",
...                       fact="Nine paragraphs, none longer than 340 characters."))
>>> check("9.99", ...).status
'unanswered'
>>> check("9.99", "nine").status
'wrong-type'
>>> print(check("9.99", 8))
Exercise 9.99: not quite. Hint: Count the paragraphs.
>>> print(check("9.99", 9))
Exercise 9.99: correct! Nine paragraphs, none longer than 340 characters.

A judgement between options explains every option a learner picks:

>>> _ = register(Question("9.97", "choice", "B", options={
...     "A": "One report is not enough to call it a fact.",
...     "B": "Two independent sources agree."}))
>>> print(check("9.97", "a"))
Exercise 9.97: not quite. Not A: One report is not enough to call it a fact.
>>> print(check("9.97", "B"))
Exercise 9.97: correct! Two independent sources agree.
"""

from __future__ import annotations

import datetime as _dt
import html
import importlib
import math
import numbers
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "KINDS",
    "Feedback",
    "Question",
    "check",
    "fold_text",
    "progress",
    "question_ids",
    "register",
    "reset_progress",
]

#: The shapes an answer can have, and what a learner is told to give.
KINDS = {
    "number": "a number (for example 3 or 2.5)",
    "text": "a piece of text in quotes (for example 'Tokyo')",
    "set": "a list in square brackets (for example ['Japan', 'France'] or [3, 5]); order does not matter",
    "list": "a list in square brackets, in the order asked for",
    "date": "a date, as datetime.date(2025, 12, 19) or the text '2025-12-19'",
    "bool": "True or False",
    "choice": "the letter of the option you choose, in quotes (for example 'B')",
    "custom": "the kind of value the exercise asks for",
}

_REGISTRY: dict[str, Question] = {}
_SOLVED: dict[str, bool] = {}


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
    kind: str
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

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"question {self.id}: kind must be one of {sorted(KINDS)}, not {self.kind!r}")
        if self.kind == "choice":
            right = (self.answer,) if isinstance(self.answer, str) else tuple(self.answer or ())
            if not right or any(r not in self.options for r in right) or len(self.options) < 2:
                raise ValueError(
                    f"question {self.id}: a choice needs options and answer letter(s) among them"
                )
        if not re.fullmatch(r"\d+\.\d+", self.id):
            raise ValueError(f"question id {self.id!r} must look like '1.3' (notebook.question)")

    def expected(self) -> Any:
        """The right answer (calling ``answer`` if it is a function)."""
        return self.answer() if callable(self.answer) else self.answer


@dataclass(frozen=True)
class Feedback:
    """What ``check`` says: ``status`` is one of unanswered, wrong-type, wrong, right, unknown, error.

    It shows as a coloured box with an icon in a notebook (``_repr_html_``)
    and as plain text elsewhere.

    >>> fb = Feedback("9.91", "right", "correct!")
    >>> fb.correct, str(fb)
    (True, 'Exercise 9.91: correct!')
    """

    question: str
    status: str
    message: str
    done: int = 0
    total: int = 0

    @property
    def correct(self) -> bool:
        """True when the answer was right."""
        return self.status == "right"

    def __str__(self) -> str:
        return f"Exercise {self.question}: {self.message}"

    def __repr__(self) -> str:
        return str(self) + self._progress_text()

    def _progress_text(self) -> str:
        if not self.total:
            return ""
        notebook = self.question.split(".")[0]
        return f"\n[{self.done} of {self.total} exercises of notebook {notebook} solved in this session]"

    def _repr_html_(self) -> str:
        icon, colour = _STYLE.get(self.status, ("•", "#000000"))
        progress = html.escape(self._progress_text().strip())
        return (
            f'<div class="course-feedback course-feedback-{self.status}" '
            f'style="border-left:6px solid {colour};padding:6px 10px;margin:4px 0;'
            f'background:#f7f7f7;color:#000">'
            f"<strong>{icon} Exercise {html.escape(self.question)}</strong>: {html.escape(self.message)}"
            + (f'<br><small style="color:#333">{progress}</small>' if progress else "")
            + "</div>"
        )


# Okabe–Ito colours; the icon and the words carry the meaning too.
_STYLE = {
    "right": ("✔", "#009E73"),
    "wrong": ("✘", "#D55E00"),
    "wrong-type": ("✘", "#D55E00"),
    "unanswered": ("…", "#56B4E9"),
    "unknown": ("?", "#CC79A7"),
    "error": ("!", "#E69F00"),
}


def register(question: Question) -> Question:
    """Add ``question`` to the bank (replacing one with the same id) and return it.

    >>> register(Question("9.98", "bool", True)).id
    '9.98'
    """
    _REGISTRY[question.id] = question
    return question


def _load_notebook(notebook: str) -> None:
    try:
        importlib.import_module(f"helpers.questions.nb{int(notebook):02d}")
    except ModuleNotFoundError:
        pass


def question_ids(notebook: str | int) -> list[str]:
    """The exercise ids of one notebook, in order.

    >>> question_ids(0)[:2]
    ['0.1', '0.2']
    """
    notebook = str(int(notebook))
    _load_notebook(notebook)
    ids = [q for q in _REGISTRY if q.split(".")[0] == notebook]
    return sorted(ids, key=lambda q: int(q.split(".")[1]))


def reset_progress() -> None:
    """Forget which exercises were solved in this session.

    >>> reset_progress()
    """
    _SOLVED.clear()


def progress(notebook: str | int) -> str:
    """A one-line summary of the exercises of ``notebook`` solved in this session.

    >>> reset_progress()
    >>> progress(0)
    'Notebook 0: 0 of 4 exercises solved (0.1 ·, 0.2 ·, 0.3 ·, 0.4 ·)'
    """
    ids = question_ids(notebook)
    marks = ", ".join(f"{q} {'✔' if _SOLVED.get(q) else '·'}" for q in ids)
    done = sum(bool(_SOLVED.get(q)) for q in ids)
    return f"Notebook {int(notebook)}: {done} of {len(ids)} exercises solved ({marks})"


def check(question_id: str, answer: Any) -> Feedback:
    """Check ``answer`` to exercise ``question_id``; return feedback, never raise.

    >>> check("0.1", ...).message
    'not answered yet. Replace the ... with your answer, then run the cell again.'
    >>> check("7.7", 1).status
    'unknown'
    """
    qid = str(question_id).strip()
    try:
        if re.fullmatch(r"\d+\.\d+", qid):
            _load_notebook(qid.split(".")[0])
        question = _REGISTRY.get(qid)
        if question is None:
            return _feedback(qid, "unknown", _unknown_message(qid))
        if answer is ...:
            return _feedback(
                qid,
                "unanswered",
                "not answered yet. Replace the ... with your answer, then run the cell again.",
            )
        verdict = _judge(question, answer)
    except Exception as exc:  # a learner never sees a traceback from check()
        return _feedback(
            qid,
            "error",
            f"this answer could not be checked ({type(exc).__name__}: {exc}). "
            "Look at what your answer cell produces (print it), then try again.",
        )
    if verdict is True:
        _SOLVED[qid] = True
        return _feedback(qid, "right", _right_message(question))
    status, message = verdict
    return _feedback(qid, status, message)


def _right_message(question: Question) -> str:
    if question.kind == "choice":
        right = (question.answer,) if isinstance(question.answer, str) else sorted(question.answer)
        why = " ".join(question.options[r] for r in right)
        return " ".join(["correct!", why, question.fact]).strip()
    return "correct! " + question.fact if question.fact else "correct!"


def _feedback(qid: str, status: str, message: str) -> Feedback:
    notebook = qid.split(".")[0]
    ids = [q for q in _REGISTRY if q.split(".")[0] == notebook]
    done = sum(bool(_SOLVED.get(q)) for q in ids)
    return Feedback(qid, status, message.strip(), done, len(ids) if status != "unknown" else 0)


def _unknown_message(qid: str) -> str:
    notebook = qid.split(".")[0]
    ids = question_ids(notebook) if notebook.isdigit() else []
    if ids:
        return f"there is no exercise {qid!r}; this notebook's exercises are {', '.join(ids)}."
    return f"there is no exercise {qid!r}; ids look like '1.3' (notebook 1, exercise 3)."


# --- comparing answers -------------------------------------------------------


def _judge(question: Question, answer: Any):
    """True, or (status, message)."""
    kind = question.kind
    wrong = ("wrong", "not quite. " + (f"Hint: {question.hint}" if question.hint else "Try again."))
    if kind == "choice":
        return _judge_choice(question, answer)
    if kind == "custom":
        result = question.compare(answer) if question.compare else False
        if result is True:
            return True
        return ("wrong", f"not quite. Hint: {result}") if isinstance(result, str) else wrong
    normal = _NORMALISERS[kind](answer)
    if normal is None:
        return (
            "wrong-type",
            f"expected {KINDS[kind]}, but got {_describe(answer)}.{_type_tip(kind, answer)}",
        )

    def same(a, b) -> bool:
        if a is None or b is None:
            return False
        if kind == "number":
            return math.isclose(a, b, rel_tol=0, abs_tol=question.tolerance or 1e-9)
        return a == b

    others = question.accept() if callable(question.accept) else question.accept
    if any(same(normal, _NORMALISERS[kind](c)) for c in [question.expected(), *others]):
        return True
    for mistake, tip in question.mistakes:  # checked after the right answers, so a mistake can never hide one
        if same(normal, _NORMALISERS[kind](mistake)):
            return ("wrong", f"not quite. Hint: {tip}")
    if kind in ("set", "list"):
        want = _NORMALISERS[kind](question.expected())
        if _counted_from_zero(normal, want):
            return (
                "wrong",
                "not quite: every number is one less than it should be. Python counts list "
                "positions from 0, but paragraphs and quotations are numbered from 1: use the "
                "number the course gives them (for example p.number), not the position.",
            )
        return ("wrong", wrong[1] + _size_hint(normal, want))
    return wrong


def _letters(value: Any, options) -> tuple | None:
    """The option letters in ``value`` ('b', ' B) ', ['A', 'c']), or None if it names none."""
    raw = [value] if isinstance(value, str) else value
    if not isinstance(raw, (list, tuple, set, frozenset)) or not raw:
        return None
    letters = []
    for item in raw:
        if not isinstance(item, str):
            return None
        letter = item.strip().strip("()[].:").strip().upper()
        if letter not in options:
            return None
        letters.append(letter)
    return tuple(sorted(set(letters)))


def _judge_choice(question: Question, answer: Any):
    """True, or (status, message) that explains each wrongly chosen option."""
    options = question.options
    want = (question.answer,) if isinstance(question.answer, str) else tuple(sorted(question.answer))
    got = _letters(answer, options)
    if got is None:
        several = (
            "a list of letters such as ['A', 'C']" if len(want) > 1 else "one letter in quotes, such as 'B'"
        )
        return (
            "wrong-type",
            f"expected {several}: the options are {', '.join(sorted(options))}; got {_describe(answer)}.",
        )
    if tuple(sorted(want)) == got:
        return True
    parts = [f"Not {letter}: {options[letter]}" for letter in got if letter not in want]
    missing = len(set(want) - set(got)) if len(want) > 1 else 0
    if missing and not parts:
        parts.append(
            f"Each option you chose holds, but {missing} more option{'s' if missing > 1 else ''} also hold{'' if missing > 1 else 's'}."
        )
    elif missing:
        parts.append(
            f"And {missing} option{'s' if missing > 1 else ''} that hold{'' if missing > 1 else 's'} {'are' if missing > 1 else 'is'} missing."
        )
    return ("wrong", "not quite. " + " ".join(parts))


def _counted_from_zero(got, want) -> bool:
    numbers = [x for x in got if isinstance(x, float)]
    wanted = [x for x in want if isinstance(x, float)]
    if not numbers or len(numbers) != len(got) or len(wanted) != len(want):
        return False
    return sorted(x + 1 for x in numbers) == sorted(wanted)


def _type_tip(kind: str, answer: Any) -> str:
    """A next step for the commonest wrong types."""
    name = type(answer).__name__
    if kind in ("number", "text") and name in ("Series", "DataFrame", "ndarray", "Index"):
        what = "number" if kind == "number" else "text"
        size = getattr(answer, "size", None)
        if size == 1:
            return f" It holds one value: take the {what} out with .item() (or .iloc[0] for a Series)."
        return f" It holds {size} values; the question asks for one {what}."
    if kind == "number" and name == "Timedelta":
        return " That is a length of time: .days gives the number of days."
    if kind in ("text", "number") and isinstance(answer, (list, tuple, set)) and len(answer) == 1:
        return " Take the single item out of the list."
    return ""


def _size_hint(got, want) -> str:
    if len(got) != len(want):
        return f" (Your answer has {len(got)} item{'s' if len(got) != 1 else ''}; the question's answer has {len(want)}.)"
    return " (Right number of items, but not all the right ones.)"


def _describe(value: Any) -> str:
    kind = type(value).__name__
    if kind in ("Series", "DataFrame", "Index", "ndarray"):
        size = getattr(value, "size", "?")
        return f"a {'NumPy array' if kind == 'ndarray' else 'pandas ' + kind} with {size} value{'s' if size != 1 else ''}"
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{kind} {shown}"


def _as_number(value: Any):
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        try:  # numpy scalars and 0-d arrays
            import numpy as np

            if isinstance(value, np.generic) and np.issubdtype(type(value), np.number):
                return float(value)
        except ImportError:  # pragma: no cover
            pass
        return None
    number = float(value)
    return None if math.isnan(number) else number


def fold_text(text: str) -> str:
    """Text as ``check`` compares it: case, curly quotes, spacing and a final full stop ignored.

    >>> fold_text("  New Zealand’s  Government. ")
    "new zealand's government"
    """
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .")


def _as_text(value: Any):
    return fold_text(value) if isinstance(value, str) else None


def _items(value: Any):
    if isinstance(value, (str, bytes, dict)) or value is None:
        return None
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple)):  # Series, Index, arrays
        value = value.tolist()
    if not isinstance(value, Iterable):
        return None
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(fold_text(item))
        elif _as_number(item) is not None:
            out.append(_as_number(item))
        else:
            out.append(item)
    return out


def _as_set(value: Any):
    items = _items(value)
    return None if items is None else frozenset(items)


def _as_list(value: Any):
    items = _items(value)
    return None if items is None else tuple(items)


def _as_date(value: Any):
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        try:
            return value.date()
        except (TypeError, ValueError):
            return None
    return None


def _as_bool(value: Any):
    try:
        import numpy as np

        if isinstance(value, np.bool_):
            return bool(value)
    except ImportError:  # pragma: no cover
        pass
    return value if isinstance(value, bool) else None


_NORMALISERS = {
    "number": _as_number,
    "text": _as_text,
    "set": _as_set,
    "list": _as_list,
    "date": _as_date,
    "bool": _as_bool,
}
