"""Read the learners' progress files (``docs/progress-format.md``) into who solved what.

Every value in a progress file is the learner's to write, so a line is
used only when every key has the type and shape the format gives
(an exercise id of this course, a known status, a short mistake id, a
whole number of tries); any other line is skipped and reported (file and
line), never guessed at and never a crash. A progress file is read only
when it is a regular file inside that learner's own workspace, with no
symbolic link anywhere on the way (:mod:`hub.safe_read`), and only its
first :data:`PROGRESS_LIMIT` bytes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..safe_read import Refused, read_beneath

__all__ = ["FORMAT", "LINE_LIMIT", "PROGRESS_LIMIT", "STATUSES", "Attempt", "Cell", "ClassProgress",
           "class_progress", "parse_line", "read_progress"]

FORMAT = "course-progress/1"
PROGRESS_LIMIT = 2_000_000
LINE_LIMIT = 4096
NOTES_PER_FILE = 20
STATUSES = ("right", "wrong", "wrong-type", "unanswered", "unknown", "error")
_KEYS = ("exercise", "notebook", "status", "try")
_EXERCISE = re.compile(r"[0-9]{1,2}\.[0-9]{1,3}")
_MISTAKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")


@dataclass(frozen=True)
class Attempt:
    """One ``check()``: which exercise, its status and the predicted mistake it matched.

    >>> Attempt("2.3", "wrong", "counted-from-0").solved
    False
    """

    exercise: str
    status: str
    mistake: str | None

    @property
    def solved(self) -> bool:
        return self.status == "right"


def parse_line(line: str, exercises: frozenset[str] = frozenset()) -> Attempt | str:
    """One progress line as an :class:`Attempt`, or the reason it is skipped.

    >>> parse_line('{"format": "course-progress/1", "exercise": "2.1", "notebook": "02", '
    ...            '"status": "right", "mistake": null, "try": 1}')
    Attempt(exercise='2.1', status='right', mistake=None)
    >>> parse_line('{"format": "course-progress/1", "exercise": "2.\\u00b2", "notebook": "02", '
    ...            '"status": "right", "mistake": 5, "try": 1}')
    "the exercise id is not of the form '2.3'"
    """
    if len(line) > LINE_LIMIT:
        return f"longer than {LINE_LIMIT} characters"
    try:
        item = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        item = None
    if not isinstance(item, dict):
        return "not a JSON object"
    if item.get("format") != FORMAT or any(k not in item for k in _KEYS):
        return f"not a {FORMAT} line (format or keys missing)"
    exercise, status, mistake, tries = item["exercise"], item["status"], item.get("mistake"), item["try"]
    if not isinstance(exercise, str) or not _EXERCISE.fullmatch(exercise):
        return "the exercise id is not of the form '2.3'"
    if exercises and exercise not in exercises:
        return "the exercise id is not an exercise of this course"
    if status not in STATUSES:
        return f"the status is not one of {', '.join(STATUSES)}"
    if mistake is not None and not (isinstance(mistake, str) and _MISTAKE.fullmatch(mistake)):
        return "the mistake is neither null nor a short id such as 'counted-from-0'"
    if isinstance(tries, bool) or not isinstance(tries, int) or tries < 1:
        return "the try is not a whole number of at least 1"
    return Attempt(exercise, status, mistake)


def read_progress(workspace: Path, exercises: frozenset[str] = frozenset(),
                  limit: int = PROGRESS_LIMIT) -> tuple[list[Attempt], list[str]]:
    """The attempts in ``WORKSPACE/.course/progress.jsonl``, and a note for every line or file skipped.

    The folder holding the workspace is trusted; below it nothing is
    followed (a progress file that is a link to a classmate's is not read).

    >>> import tempfile; ws = Path(tempfile.mkdtemp()) / "ws"; (ws / ".course").mkdir(parents=True)
    >>> _ = (ws / ".course" / "progress.jsonl").write_text('{"format": "course-progress/1", "exercise": "2.1", '
    ...     '"notebook": "02", "status": "right", "mistake": null, "try": 1, "time": "x"}\\nnot json\\n')
    >>> attempts, notes = read_progress(ws)
    >>> attempts, notes[0].endswith("progress.jsonl:2: not a JSON object; line skipped")
    ([Attempt(exercise='2.1', status='right', mistake=None)], True)
    """
    shown = workspace / ".course" / "progress.jsonl"
    try:
        data, cut = read_beneath(workspace.parent, f"{workspace.name}/.course/progress.jsonl", limit, truncate=True)
    except Refused as why:
        return [], ([] if why.reason == "missing" else [f"{shown}: {why.reason}; not read"])
    except FileNotFoundError:
        return [], []
    lines = data.decode("utf-8", errors="replace").split("\n")
    notes = [f"{shown}: larger than {limit:,} bytes; only the first {limit:,} were read"] if cut else []
    if cut:
        lines = lines[:-1]  # the last line read is cut in the middle
    attempts, skipped = [], 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        result = parse_line(line, exercises)
        if isinstance(result, Attempt):
            attempts.append(result)
            continue
        skipped += 1
        if skipped <= NOTES_PER_FILE:
            notes.append(f"{shown}:{number}: {result}; line skipped")
    if skipped > NOTES_PER_FILE:
        notes.append(f"{shown}: {skipped - NOTES_PER_FILE} more lines skipped")
    return attempts, notes


@dataclass(frozen=True)
class Cell:
    """One learner on one exercise: ``solved``, ``attempted`` or ``not started``, tries and mistakes.

    >>> Cell("attempted", 2, ("counted-from-0",)).symbol
    '✗'
    """

    state: str
    tries: int
    mistakes: tuple[str, ...]

    @property
    def symbol(self) -> str:
        return {"solved": "✓", "attempted": "✗"}.get(self.state, "·")


#: Lines that are no try: a placeholder (or None) checked, an exercise id that does not exist.
_NO_TRY = ("unanswered", "unknown")


def _cell(attempts: list[Attempt]) -> Cell:
    attempts = [a for a in attempts if a.status not in _NO_TRY]
    if not attempts:
        return Cell("not started", 0, ())
    state = "solved" if any(a.solved for a in attempts) else "attempted"
    return Cell(state, len(attempts), tuple(a.mistake for a in attempts if a.mistake))


@dataclass(frozen=True)
class ClassProgress:
    """Every learner × every exercise, with the notes about skipped lines.

    >>> cp = ClassProgress(("2.1",), ("ben",), {("ben", "2.1"): Cell("solved", 1, ())}, ())
    >>> cp.count("2.1", "solved"), cp.common_mistake("2.1")
    (1, None)
    """

    exercises: tuple[str, ...]
    learners: tuple[str, ...]
    cells: dict
    notes: tuple[str, ...]
    status: dict = field(default_factory=dict)

    def cell(self, learner: str, exercise: str) -> Cell:
        return self.cells.get((learner, exercise), Cell("not started", 0, ()))

    def count(self, exercise: str, state: str) -> int:
        return sum(self.cell(name, exercise).state == state for name in self.learners)

    def common_mistake(self, exercise: str) -> tuple[str, int] | None:
        counts = Counter(m for name in self.learners for m in self.cell(name, exercise).mistakes)
        return counts.most_common(1)[0] if counts else None


def class_progress(workspaces: dict[str, Path | None], exercises: list[str],
                   status: dict[str, str] | None = None) -> ClassProgress:
    """Read ``.course/progress.jsonl`` in every learner's workspace (None: never logged in).

    Lines about exercises outside ``exercises`` are skipped (and noted), so a
    learner cannot add columns to the report. ``status`` gives learners'
    states known from elsewhere (a collection's ``collection.json``).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "ben" / ".course").mkdir(parents=True)
    >>> _ = (d / "ben" / ".course" / "progress.jsonl").write_text('{"format": "course-progress/1", '
    ...     '"exercise": "2.1", "notebook": "02", "status": "wrong", "mistake": "off-by-one", "try": 1}\\n')
    >>> cp = class_progress({"ben": d / "ben", "amy": d / "amy", "cy": None}, ["2.1", "2.2"])
    >>> cp.cell("ben", "2.1").state, cp.cell("amy", "2.1").state, cp.common_mistake("2.1"), cp.status
    ('attempted', 'not started', ('off-by-one', 1), {'cy': 'not logged in'})
    """
    by_cell: dict[tuple[str, str], list[Attempt]] = {}
    notes, known, states = [], frozenset(exercises), dict(status or {})
    for name, ws in sorted(workspaces.items()):
        if ws is None or not ws.parent.is_dir():
            states.setdefault(name, "not logged in")
            continue
        attempts, skipped = read_progress(ws, known)
        notes.extend(skipped)
        for a in attempts:
            by_cell.setdefault((name, a.exercise), []).append(a)
    cells = {key: _cell(value) for key, value in by_cell.items()}
    return ClassProgress(tuple(exercises), tuple(sorted(workspaces)), cells, tuple(notes), states)
