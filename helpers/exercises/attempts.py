"""The learner's record of attempts: ``.course/progress.jsonl`` in a workspace (docs/progress-format.md).

A folder is a workspace when it holds ``.course/workspace.json``.
:func:`find_workspace` looks in ``COURSE_WORKSPACE``, then in the current
folder (the kernel's: the notebook's folder). Where there is no workspace
nothing is written anywhere: the committed notebooks under nbval and the
tests leave ``git status`` clean.

One line per ``check()``, appended, never rewritten:

>>> import json, tempfile
>>> from pathlib import Path
>>> ws = Path(tempfile.mkdtemp())
>>> (ws / ".course").mkdir()
>>> _ = (ws / ".course" / "workspace.json").write_text("{}")
>>> record_attempt(ws, "2.3", "wrong", "counted-from-0", when="2026-12-01T08:30:00Z")
1
>>> record_attempt(ws, "2.3", "right", None, when="2026-12-01T08:31:00Z")
2
>>> json.loads((ws / ".course" / "progress.jsonl").read_text().splitlines()[0])["mistake"]
'counted-from-0'
>>> [a.status for a in read_attempts(ws).attempts]
['wrong', 'right']
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from .model import FEEDBACK_STATUSES, FeedbackStatus

__all__ = [
    "ANSWER_STATUSES",
    "FORMAT",
    "PROGRESS_FILE",
    "STATUSES",
    "WORKSPACE_FILE",
    "Attempt",
    "Attempts",
    "find_workspace",
    "parse_line",
    "parse_lines",
    "read_attempts",
    "record_attempt",
]

#: The ``format`` value of every line (docs/progress-format.md).
FORMAT = "course-progress/1"
#: Where, inside a workspace, the record and the workspace's own description live.
PROGRESS_FILE = Path(".course") / "progress.jsonl"
WORKSPACE_FILE = Path(".course") / "workspace.json"
#: The statuses a line may hold: the feedback statuses (:data:`helpers.exercises.model.FEEDBACK_STATUSES`).
STATUSES = FEEDBACK_STATUSES
#: The statuses of an answer that was tried: ``unanswered`` (the placeholder, None) and ``unknown`` are not.
ANSWER_STATUSES: tuple[FeedbackStatus, ...] = ("right", "wrong", "wrong-type", "error")
#: A line longer than this is not one of ours (a reader skips it).
_MAX_LINE = 4096
_EXERCISE = re.compile(r"[0-9]{1,2}\.[0-9]{1,3}")
_MISTAKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
_NOTEBOOK = re.compile(r"[0-9]{2}")


@dataclass(frozen=True)
class Attempt:
    """One ``check()``: when, which exercise, its status, the mistake it matched, which try.

    >>> Attempt("2026-12-01T08:30:00Z", "2.3", "02", "wrong", None, 1).notebook
    '02'
    """

    time: str
    exercise: str
    notebook: str
    status: FeedbackStatus
    mistake: str | None
    try_: int

    @property
    def is_attempt(self) -> bool:
        """True for an answer that was checked; a placeholder (``unanswered``) or an unknown id is no try.

        >>> Attempt("t", "2.3", "02", "unanswered", None, 1).is_attempt
        False
        """
        return self.status in ANSWER_STATUSES

    def to_dict(self) -> dict:
        """The line as docs/progress-format.md writes it: ``format`` first, then the fields (``try_`` as ``try``).

        >>> list(Attempt("2026-12-01T08:30:00Z", "2.3", "02", "right", None, 2).to_dict().items())
        ... # doctest: +NORMALIZE_WHITESPACE
        [('format', 'course-progress/1'), ('time', '2026-12-01T08:30:00Z'), ('exercise', '2.3'),
         ('notebook', '02'), ('status', 'right'), ('mistake', None), ('try', 2)]
        """
        fields = asdict(self)
        fields["try"] = fields.pop("try_")
        return {"format": FORMAT, **fields}


@dataclass(frozen=True)
class Attempts:
    """What a progress file holds: the attempts read, and the numbers of the lines skipped.

    >>> Attempts((), (3,)).skipped
    (3,)
    """

    attempts: tuple[Attempt, ...]
    skipped: tuple[int, ...] = ()
    reasons: tuple[str, ...] = ()

    def tries(self, exercise: str) -> int:
        """How many answers to ``exercise`` were checked (an unanswered check is no try).

        >>> Attempts((Attempt("t", "1.1", "01", "wrong", None, 1), Attempt("t", "1.1", "01", "unanswered", None, 2))).tries("1.1")
        1
        """
        return sum(a.exercise == exercise and a.is_attempt for a in self.attempts)

    def wrong_tries(self, exercise: str) -> int:
        """How many checks of ``exercise`` gave a wrong value (the level of the next hint).

        >>> Attempts((Attempt("t", "1.1", "01", "wrong-type", None, 1),)).wrong_tries("1.1")
        0
        """
        return sum(a.exercise == exercise and a.status == "wrong" for a in self.attempts)

    def solved(self) -> set[str]:
        """The exercises with at least one right answer.

        >>> sorted(Attempts((Attempt("t", "1.1", "01", "right", None, 1),)).solved())
        ['1.1']
        """
        return {a.exercise for a in self.attempts if a.status == "right"}


def find_workspace(start: str | os.PathLike | None = None) -> Path | None:
    """The workspace to record in: ``COURSE_WORKSPACE``, else ``start`` (default: the current folder).

    Returns None when neither holds ``.course/workspace.json``.

    >>> import tempfile
    >>> find_workspace(tempfile.mkdtemp()) is None
    True
    """
    candidates = []
    if start is None:
        env = os.environ.get("COURSE_WORKSPACE", "").strip()
        if env:
            candidates.append(Path(env).expanduser())
        try:
            candidates.append(Path.cwd())
        except OSError:  # the current folder was deleted
            pass
    else:
        candidates.append(Path(start))
    for folder in candidates:
        try:
            if (folder / WORKSPACE_FILE).is_file():
                return folder.resolve()
        except OSError:
            continue
    return None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _notebook_of(exercise: str) -> str:
    head = exercise.split(".")[0]
    return f"{int(head):02d}" if head.isdigit() else head


def parse_line(line: str) -> Attempt | str:
    """One line of a progress file as an :class:`Attempt`, or why it is skipped.

    The one reader of the format: ``check()``'s own count, ``progress()``
    and the teacher's tools all read through it. A learner can write any
    text into the file, so a line is used only when every key has the type
    and shape docs/progress-format.md gives; keys it does not know are ignored.

    >>> parse_line('{"format": "course-progress/1", "time": "2026-12-01T08:30:00Z", "exercise": "2.1", '
    ...            '"notebook": "02", "status": "right", "mistake": null, "try": 1}').status
    'right'
    >>> parse_line('{"format": "course-progress/1", "exercise": "2.\\u00b2", "status": "right", "try": 1}')
    "the exercise id is not of the form '2.3'"
    >>> parse_line('{"format": "course-progress/1", "exercise": "2.1", "status": "right", "try": true}')
    'the try is not a whole number of at least 1'
    """
    if len(line) > _MAX_LINE:
        return f"longer than {_MAX_LINE} characters"
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        return "not a JSON object"
    if data.get("format") != FORMAT or any(key not in data for key in ("exercise", "status", "try")):
        return f"not a {FORMAT} line (format or keys missing)"
    exercise, status, tries, mistake = data["exercise"], data["status"], data["try"], data.get("mistake")
    if not isinstance(exercise, str) or not _EXERCISE.fullmatch(exercise):
        return "the exercise id is not of the form '2.3'"
    if status not in FEEDBACK_STATUSES:
        return f"the status is not one of {', '.join(FEEDBACK_STATUSES)}"
    if mistake is not None and not (isinstance(mistake, str) and _MISTAKE.fullmatch(mistake)):
        return "the mistake is neither null nor a short id such as 'counted-from-0'"
    if isinstance(tries, bool) or not isinstance(tries, int) or tries < 1:
        return "the try is not a whole number of at least 1"
    notebook, when = data.get("notebook"), data.get("time")
    if not (isinstance(notebook, str) and _NOTEBOOK.fullmatch(notebook)):
        notebook = _notebook_of(exercise)
    return Attempt(when if isinstance(when, str) else "", exercise, notebook, status, mistake, tries)


def parse_lines(lines) -> Attempts:
    """Every line that reads as an attempt; the others skipped, by line number (1-based) and reason.

    >>> found = parse_lines(['{"format": "course-progress/1", "exercise": "2.1", "status": "wrong", "try": 1}',
    ...                      '', 'not json'])
    >>> [a.exercise for a in found.attempts], found.skipped, found.reasons
    (['2.1'], (3,), ('not a JSON object',))
    """
    found, skipped, reasons = [], [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        attempt = parse_line(line)
        if isinstance(attempt, Attempt):
            found.append(attempt)
        else:
            skipped.append(number)
            reasons.append(attempt)
    return Attempts(tuple(found), tuple(skipped), tuple(reasons))


def read_attempts(workspace: str | os.PathLike) -> Attempts:
    """Every attempt in ``workspace``'s progress file; unreadable lines are skipped and counted.

    A missing file is an empty record.

    >>> import tempfile
    >>> read_attempts(tempfile.mkdtemp())
    Attempts(attempts=(), skipped=(), reasons=())
    """
    path = Path(workspace) / PROGRESS_FILE
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return Attempts(())
    return parse_lines(lines)


def record_attempt(
    workspace: str | os.PathLike,
    exercise: str,
    status: FeedbackStatus,
    mistake: str | None = None,
    when: str | None = None,
) -> int | None:
    """Append one attempt to ``workspace``'s progress file; return its try number (None if it failed).

    The line is written with one ``write`` on a file opened for appending, so
    two kernels of the same learner never interleave half-lines. A failure to
    write (a read-only folder, a full disk) returns None and raises nothing:
    checking an answer matters more than recording it.

    >>> import tempfile
    >>> record_attempt(tempfile.mkdtemp() + "/missing", "1.1", "right") is None
    True
    """
    path = Path(workspace) / PROGRESS_FILE
    try:
        if not path.parent.is_dir():
            return None
        tries = read_attempts(workspace).tries(exercise) + 1
        line = Attempt(when or _now(), exercise, _notebook_of(exercise), status, mistake, tries).to_dict()
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        return tries
    except (OSError, ValueError):
        return None
