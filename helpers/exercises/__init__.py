"""The exercise engine: ``check("N.k", answer)``, ``progress(N)`` and the answer keys they use.

Which module holds what (each imports only from the ones above it):

* :mod:`~helpers.exercises.model`: a ``Question``, a ``Verdict``, and the two
  vocabularies, ``ANSWER_KINDS`` (an answer's shape) and ``FEEDBACK_STATUSES``;
* :mod:`~helpers.exercises.bounded`: a time limit, and reprs that never raise;
* :mod:`~helpers.exercises.answers`: an answer in the comparable form of its kind;
* :mod:`~helpers.exercises.names`: the names the course's tables hold, by column;
* :mod:`~helpers.exercises.diagnosis` and :mod:`~helpers.exercises.shapes`: which
  real mistake a wrong name or a wrong type shows, by one rule for every exercise;
* :mod:`~helpers.exercises.choices` and :mod:`~helpers.exercises.judging`:
  right, wrong or the wrong type, and which predicted mistake;
* :mod:`~helpers.exercises.cells`: was the answer typed in or computed, is the cell a demonstration;
* :mod:`~helpers.exercises.bank`: the registered questions, by id;
* :mod:`~helpers.exercises.attempts`: a workspace's ``progress.jsonl`` (its one reader);
* :mod:`~helpers.exercises.mistakes`: a recorded mistake's id in words, for the teacher;
* :mod:`~helpers.exercises.feedback`: how feedback shows (text, a coloured box);
* :mod:`~helpers.exercises.report`: this session's tally and ``progress()``;
* :mod:`~helpers.exercises.checking`: ``check`` itself, which never raises.

The old top-level modules (``helpers.judging``, ``helpers.attempts``, ...)
re-export the same names.

>>> check("0.1", ...).status
'unanswered'
"""

from .answers import fold_text
from .bank import REGISTRY, question_ids, register
from .checking import check
from .feedback import Feedback
from .model import ANSWER_KINDS, Question
from .report import progress, reset_progress

__all__ = [
    "ANSWER_KINDS",
    "Feedback",
    "Question",
    "check",
    "fold_text",
    "progress",
    "question_ids",
    "register",
    "reset_progress",
]

#: The bank by its old name (tests and tools read ``helpers.exercises._REGISTRY``).
_REGISTRY = REGISTRY
