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

import re
from typing import Any

from ..i18n import N_, localise_question
from ..i18n import tr as _
from .attempts import find_workspace, read_attempts, record_attempt
from .bank import REGISTRY, load_notebook, notebook_ids, question_ids
from .bounded import SECONDS, TimeUp, safe_text, shorten, time_limit
from .cells import is_demonstration, typed_in_literal
from .feedback import Feedback
from .judging import judge
from .model import FeedbackStatus, Question, Verdict, right_letters
from .report import SESSION

__all__ = ["check"]

#: A message longer than this is cut (an answer's text quoted back can be huge).
MAX_MESSAGE = 1500


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
        return _plain(question_id, "error", _("stopped: you pressed Stop while your answer was being checked. "
                      "Run the cell again to check it."))
    except BaseException:
        return _plain(question_id, "error", _("this answer could not be checked. Look at what your answer cell "
                      "produces (print it), then try again."))


def _clean_id(question_id: Any) -> str:
    if isinstance(question_id, str):
        return shorten(str.strip(question_id), 40)
    if isinstance(question_id, (int, float)) and not isinstance(question_id, bool):
        return shorten(safe_text(float(question_id)), 40)
    return safe_text(question_id, 40)


def _plain(question_id: Any, status: FeedbackStatus, message: str) -> Feedback:
    return Feedback(_clean_id(question_id), status, message)


def _check(question_id: Any, answer: Any) -> Feedback:
    qid = _clean_id(question_id)
    if re.fullmatch(r"\d{1,3}\.\d{1,3}", qid):
        load_notebook(qid.split(".")[0])
    question = REGISTRY.get(qid)
    question = localise_question(question) if question is not None else None
    if question is None:
        return _feedback(qid, Verdict("unknown", _unknown_message(qid)), record=False)
    if answer is ... or answer is None:
        return _feedback(qid, Verdict("unanswered", _(_UNANSWERED if answer is ... else _NONE)), record=False)
    if is_demonstration(qid):  # the course's own example: judged as a first try, never counted
        return _feedback(qid, _judge_bounded(question, answer, level=1), record=False, count=False)
    workspace = find_workspace()
    previous = read_attempts(workspace).wrong_tries(qid) if workspace else SESSION.wrong_tries.get(qid, 0)
    verdict = _judge_bounded(question, answer, level=previous + 1)
    if verdict.status == "right":
        literal = typed_in_literal(qid) if question.computed else None
        if literal is None:
            verdict = Verdict("right", _right_message(question))
        else:
            verdict = Verdict("wrong", _typed_in_message(literal), "typed-in")
    return _feedback(qid, verdict, workspace=workspace)


def _judge_bounded(question: Question, answer: Any, level: int) -> Verdict:
    """The verdict on ``answer``, judged within the time limit; whatever the answer raises becomes a verdict."""
    try:
        expected = question.expected()  # the course's own work: outside the learner's time limit
        with time_limit(SECONDS):
            verdict = judge(question, answer, level=level, expected=expected)
    except TimeUp:
        verdict = Verdict("error", _(_TOO_SLOW).format(seconds=f"{SECONDS:g}"), "too-slow")
    except SystemExit:
        verdict = Verdict(
            "error",
            _("your answer called exit() (SystemExit) while it was being checked. A function you give "
              "should return its result; nothing in an exercise needs to end Python."),
            "called-exit",
        )
    except Exception as exc:
        verdict = Verdict(
            "error",
            _("this answer could not be checked ({error}). "
              "Look at what your answer cell produces (print it), then try again.").format(
                error=f"{safe_text(type(exc).__name__, 40)}: {safe_text(exc, 120)}"),
        )
    return verdict


_UNANSWERED = N_("not answered yet. Replace the ... with your answer, then run the cell again.")
_NONE = N_(
    "not answered yet: your answer is None, Python's 'nothing'. If you computed it, the last step gave back "
    "nothing: print() shows a value but gives back None, and so do .sort() and .append(). Keep the value "
    "itself, then run the cell again."
)

_TOO_SLOW = N_(
    "your answer took more than {seconds} s to check. If it is a function, it did not finish in "
    "{seconds} s: look for a loop that never ends, or a call that waits (time.sleep). If it is an "
    "endless iterator, such as itertools.count(), give a list instead."
)


def _typed_in_message(literal: str) -> str:
    return _(
        "that is the right value, but typed in ({literal}): this exercise asks for it computed "
        "in Python, so that your answer would stay right for another article or a corrected dataset. "
        "Replace the value with the code that finds it."
    ).format(literal=shorten(literal, 30))


def _right_message(question: Question) -> str:
    """The confirmation: for a choice, each right option's explanation, under its letter when there are several.

    >>> q = Question("9.86", "choice", ["A", "C"], options={"A": "needed.", "B": "no.", "C": "needed too."})
    >>> _right_message(q)
    'correct! A: needed. C: needed too.'
    """
    if question.kind == "choice":
        letters = right_letters(question.answer)
        whys = [question.options[r] for r in letters]
        if len(letters) > 1:
            whys = [f"{letter}: {why}" for letter, why in zip(letters, whys, strict=True)]
        return " ".join([_("correct!"), *whys, question.fact]).strip()
    return _("correct!") + " " + question.fact if question.fact else _("correct!")


def _feedback(qid: str, verdict: Verdict, record: bool = True, workspace=None, count: bool = True) -> Feedback:
    """The Feedback for ``verdict``; records it in the workspace (if any) and counts it in this session."""
    if count:
        SESSION.note(qid, verdict.status)
    workspace = workspace or find_workspace()
    saved = workspace is not None and (not record or record_attempt(workspace, qid, verdict.status, verdict.mistake) is not None)
    notebook = qid.split(".")[0]
    ids = notebook_ids(notebook)
    solved = set(SESSION.solved)
    if saved:
        solved |= read_attempts(workspace).solved()
    done = sum(q in solved for q in ids)
    total = len(ids) if verdict.status != "unknown" else 0
    return Feedback(qid, verdict.status, shorten(verdict.message.strip(), MAX_MESSAGE), done, total, saved)


def _unknown_message(qid: str) -> str:
    notebook = qid.split(".")[0]
    ids = question_ids(notebook) if notebook.isdigit() and len(notebook) < 4 else []
    if ids:
        return _("there is no exercise {qid}; this notebook's exercises are {ids}.").format(qid=repr(qid), ids=", ".join(ids))
    return _("there is no exercise {qid}; ids look like '1.3' (notebook 1, exercise 3).").format(qid=repr(qid))
