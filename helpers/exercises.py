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

import html
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attempts import Note, find_workspace, read_attempts, record_attempt
from .bounded import SECONDS, TimeUp, safe_text, shorten, time_limit
from .cells import typed_in_literal
from .judging import KINDS, Verdict, fold_text, judge

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

_REGISTRY: dict[str, Question] = {}
_SOLVED: dict[str, bool] = {}
_WRONG_TRIES: dict[str, int] = {}  # wrong values per exercise in this session (the next hint's level)


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
    ``computed=True`` is for a prompt that asks for the answer computed, not
    typed in: a right value typed as a literal in the checking cell is then
    not accepted (the cell's source is read from IPython's history).
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
    computed: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"question {self.id}: kind must be one of {sorted(KINDS)}, not {self.kind!r}")
        if self.kind == "choice":
            right = (self.answer,) if isinstance(self.answer, str) else tuple(self.answer or ())
            if not right or any(r not in self.options for r in right) or len(self.options) < 2:
                raise ValueError(f"question {self.id}: a choice needs options and answer letter(s) among them")
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
    saved: bool = False

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
        where = "saved in your workspace" if self.saved else "in this session"
        return f"\n[{self.done} of {self.total} exercises of notebook {notebook} solved {where}]"

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
    """Forget which exercises were solved and tried in this session (a workspace's record stays).

    >>> reset_progress()
    """
    _SOLVED.clear()
    _WRONG_TRIES.clear()


def _notebook_line(notebook: int, solved: set[str], tried: dict[str, int]) -> str:
    ids = question_ids(notebook)
    marks = []
    for q in ids:
        if q in solved:
            marks.append(f"{q} ✔")
        elif tried.get(q):
            marks.append(f"{q} ✘ {tried[q]} tr{'y' if tried[q] == 1 else 'ies'}")
        else:
            marks.append(f"{q} ·")
    done = sum(q in solved for q in ids)
    return f"Notebook {notebook}: {done} of {len(ids)} exercises solved ({', '.join(marks)})"


def _course_notebooks() -> list[int]:
    found = sorted({int(p.name[2:4]) for p in (Path(__file__).parent / "questions").glob("nb[0-9][0-9].py")})
    return found


def progress(notebook: str | int | None = None) -> Note:
    """What is solved: one notebook (``progress(2)``) or, with no argument, the whole course.

    In a workspace it reads the record every ``check`` appends to, so it
    survives a kernel restart and a new day; elsewhere it counts this
    session only. It never raises.

    >>> reset_progress()
    >>> progress(0)
    Notebook 0: 0 of 4 exercises solved (0.1 ·, 0.2 ·, 0.3 ·, 0.4 ·)
    >>> progress("zero")
    There is no notebook 'zero': give a number such as 2, or nothing for the whole course.
    """
    try:
        workspace = find_workspace()
        record = read_attempts(workspace) if workspace else None
        solved = {q for q, ok in _SOLVED.items() if ok} | (record.solved() if record else set())
        tried: dict[str, int] = {}
        for attempt in record.attempts if record else ():
            tried[attempt.exercise] = tried.get(attempt.exercise, 0) + 1
        if notebook is None:
            lines = [_notebook_line(n, solved, tried) for n in _course_notebooks()]
            total = sum(len(question_ids(n)) for n in _course_notebooks())
            done = sum(q in solved for n in _course_notebooks() for q in question_ids(n))
            lines.insert(0, f"The course: {done} of {total} exercises solved.")
        else:
            number = _notebook_number(notebook)
            if number is None:
                shown = repr(notebook) if isinstance(notebook, str) else type(notebook).__name__
                return Note(
                    f"There is no notebook {shown[:40]}: give a number such as 2, or nothing for the whole course."
                )
            lines = [_notebook_line(number, solved, tried)]
        if record is not None:
            lines.append(_saved_note(workspace, record))
        return Note("\n".join(lines))
    except Exception as exc:  # progress is a convenience: it never raises
        return Note(f"Progress could not be read ({type(exc).__name__}).")


def _notebook_number(notebook) -> int | None:
    if isinstance(notebook, bool):
        return None
    if isinstance(notebook, int):
        return notebook if notebook in _course_notebooks() else None
    if isinstance(notebook, str) and re.fullmatch(r"\s*\d{1,2}(-[\w.-]*)?\s*", notebook):
        number = int(notebook.strip()[:2].rstrip("-"))
        return number if number in _course_notebooks() else None
    return None


def _saved_note(workspace, record) -> str:
    note = f"(Saved in your workspace, {workspace.name}/.course/progress.jsonl: {len(record.attempts)} checks so far.)"
    if record.skipped:
        note += f" {len(record.skipped)} line(s) of that file could not be read and were skipped."
    return note


def check(question_id: str, answer: Any) -> Feedback:
    """Check ``answer`` to exercise ``question_id``; return feedback, never raise, never hang.

    An answer (or a learner's function inside it) gets about two seconds;
    whatever it raises, even ``SystemExit`` or Stop (``KeyboardInterrupt``),
    becomes feedback. In a workspace the attempt is recorded (see
    docs/progress-format.md); elsewhere nothing is written.

    >>> check("0.1", ...).message
    'not answered yet. Replace the ... with your answer, then run the cell again.'
    >>> check("7.7", 1).status
    'unknown'
    >>> import itertools
    >>> check("0.4", itertools.count()).status
    'wrong-type'
    """
    try:
        return _check(question_id, answer)
    except KeyboardInterrupt:
        return _plain(question_id, "error", "stopped: you pressed Stop while your answer was being checked. "
                      "Run the cell again to check it.")
    except BaseException:
        return _plain(question_id, "error", "this answer could not be checked. Look at what your answer cell "
                      "produces (print it), then try again.")


def _clean_id(question_id: Any) -> str:
    if isinstance(question_id, str):
        return shorten(str.strip(question_id), 40)
    if isinstance(question_id, (int, float)) and not isinstance(question_id, bool):
        return shorten(safe_text(float(question_id)), 40)
    return safe_text(question_id, 40)


def _plain(question_id: Any, status: str, message: str) -> Feedback:
    return Feedback(_clean_id(question_id), status, message)


def _check(question_id: Any, answer: Any) -> Feedback:
    qid = _clean_id(question_id)
    if re.fullmatch(r"\d{1,3}\.\d{1,3}", qid):
        _load_notebook(qid.split(".")[0])
    question = _REGISTRY.get(qid)
    if question is None:
        return _feedback(qid, Verdict("unknown", _unknown_message(qid)), record=False)
    if answer is ...:
        return _feedback(
            qid, Verdict("unanswered", "not answered yet. Replace the ... with your answer, then run the cell again.")
        )
    workspace = find_workspace()
    previous = read_attempts(workspace).wrong_tries(qid) if workspace else _WRONG_TRIES.get(qid, 0)
    try:
        expected = question.expected()  # the course's own work: outside the learner's time limit
        with time_limit(SECONDS):
            verdict = judge(question, answer, level=previous + 1, expected=expected)
    except TimeUp:
        verdict = Verdict("error", _TOO_SLOW, "too-slow")
    except Exception as exc:
        verdict = Verdict(
            "error",
            f"this answer could not be checked ({safe_text(type(exc).__name__, 40)}: {safe_text(exc, 120)}). "
            "Look at what your answer cell produces (print it), then try again.",
        )
    if verdict.status == "right" and question.computed:
        literal = typed_in_literal(qid)
        if literal is not None:
            verdict = Verdict("wrong", _typed_in_message(literal), "typed-in")
    elif verdict.status == "right":
        verdict = Verdict("right", _right_message(question))
    return _feedback(qid, verdict, workspace=workspace)


_TOO_SLOW = (
    f"your answer took more than {SECONDS:g} s to check. If it is a function, it did not finish in "
    f"{SECONDS:g} s: look for a loop that never ends, or a call that waits (time.sleep). If it is an "
    "endless iterator, such as itertools.count(), give a list instead."
)


def _typed_in_message(literal: str) -> str:
    return (
        f"that is the right value, but typed in ({shorten(literal, 30)}): this exercise asks for it computed "
        "in Python, so that your answer would stay right for another article or a corrected dataset. "
        "Replace the value with the code that finds it."
    )


def _right_message(question: Question) -> str:
    if question.kind == "choice":
        right = (question.answer,) if isinstance(question.answer, str) else sorted(question.answer)
        why = " ".join(question.options[r] for r in right)
        return " ".join(["correct!", why, question.fact]).strip()
    return "correct! " + question.fact if question.fact else "correct!"


_MAX_MESSAGE = 1500


def _feedback(qid: str, verdict: Verdict, record: bool = True, workspace=None) -> Feedback:
    """The Feedback for ``verdict``; records it in the workspace (if any) and in this session."""
    if verdict.status == "right":
        _SOLVED[qid] = True
    elif verdict.status == "wrong":
        _WRONG_TRIES[qid] = _WRONG_TRIES.get(qid, 0) + 1
    saved = False
    if record:
        workspace = workspace or find_workspace()
        if workspace is not None:
            saved = record_attempt(workspace, qid, verdict.status, verdict.mistake) is not None
    notebook = qid.split(".")[0]
    ids = [q for q in _REGISTRY if q.split(".")[0] == notebook]
    solved = {q for q, ok in _SOLVED.items() if ok}
    if saved:
        solved |= read_attempts(workspace).solved()
    done = sum(q in solved for q in ids)
    total = len(ids) if verdict.status != "unknown" else 0
    return Feedback(qid, verdict.status, shorten(verdict.message.strip(), _MAX_MESSAGE), done, total, saved)


def _unknown_message(qid: str) -> str:
    notebook = qid.split(".")[0]
    ids = question_ids(notebook) if notebook.isdigit() and len(notebook) < 4 else []
    if ids:
        return f"there is no exercise {qid!r}; this notebook's exercises are {', '.join(ids)}."
    return f"there is no exercise {qid!r}; ids look like '1.3' (notebook 1, exercise 3)."
