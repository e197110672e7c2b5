"""The exercise engine: ``check("N.k", answer)``, ``progress(N)`` and the answer keys they use.

Which module holds what (each imports only from the ones above it):

* :mod:`~helpers.exercises.model`: a ``Question``, a ``Verdict``, and the two
  vocabularies, ``AnswerKind`` (an answer's shape) and ``FEEDBACK_STATUSES``;
* :mod:`~helpers.exercises.bounded`: a time limit, and reprs that never raise;
* :mod:`~helpers.exercises.answers`: an answer in the comparable form of each shape;
* :mod:`~helpers.exercises.strict`: the hidden grading's stricter rules;
* :mod:`~helpers.exercises.choices`, :mod:`~helpers.exercises.custom` and
  :mod:`~helpers.exercises.hints`: judging a choice, a custom rule, and the hints they share;
* :mod:`~helpers.exercises.kinds`: ``ANSWER_KINDS``, one ``Kind`` object per answer kind
  (what a learner is told, normalise, same, table tip, hidden strictness), the only list;
* :mod:`~helpers.exercises.names`: the names the course's tables hold, by column;
* :mod:`~helpers.exercises.diagnosis` and :mod:`~helpers.exercises.shapes`: which
  real mistake a wrong name or a wrong type shows, by one rule for every exercise;
* :mod:`~helpers.exercises.judging`: right, wrong or the wrong type, and which predicted mistake;
* :mod:`~helpers.exercises.cells`: was the answer typed in or computed, is the cell a demonstration;
* :mod:`~helpers.exercises.bank`: the registered questions, by id;
* :mod:`~helpers.exercises.attempts`: a workspace's ``progress.jsonl`` (its one reader);
* :mod:`~helpers.exercises.mistakes`: a recorded mistake's id in words, for the teacher;
* :mod:`~helpers.exercises.feedback`: how feedback shows (text, a coloured box);
* :mod:`~helpers.exercises.report`: this session's tally and ``progress()``;
* :mod:`~helpers.exercises.checking`: ``check`` itself, which never raises.

>>> check("0.1", ...).status
'unanswered'
"""

from .answers import fold_text
from .bank import question_ids, register
from .checking import check
from .feedback import Feedback
from .kinds import ANSWER_KINDS, Kind, register_kind
from .model import Question
from .report import progress, reset_progress

__all__ = [
    "ANSWER_KINDS",
    "Feedback",
    "Kind",
    "Question",
    "check",
    "fold_text",
    "progress",
    "question_ids",
    "register",
    "register_kind",
    "reset_progress",
]
