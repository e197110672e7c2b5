"""Read the learners' progress files (``docs/progress-format.md``) into who solved what.

Every value in a progress file is the learner's to write. The lines are
read by the one reader of the format, :func:`helpers.exercises.attempts.parse_line`:
a line is used only when every key has the type and shape the format gives
(an exercise id, a known status, a short mistake id, a whole number of
tries); any other line is skipped and reported (file and line), never
guessed at and never a crash. Here only the file is read: only when it is a
regular file inside that learner's own workspace, with no symbolic link
anywhere on the way (:mod:`coursekit.hub.safe_read`), and only its first
:data:`PROGRESS_LIMIT` bytes; and only the course's own exercises count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from helpers.exercises.attempts import FORMAT, STATUSES, Attempt
from helpers.exercises.attempts import parse_line as _parse_format_line

from ..safe_read import Refused, read_beneath

__all__ = ["FORMAT", "LINE_LIMIT", "PROGRESS_LIMIT", "STATUSES", "Attempt", "Cell", "ClassProgress",
           "class_progress", "parse_line", "read_progress"]

PROGRESS_LIMIT = 2_000_000
LINE_LIMIT = 4096
NOTES_PER_FILE = 20


def parse_line(line: str, exercises: frozenset[str] = frozenset()) -> Attempt | str:
    """One progress line as helpers reads it, or the reason it is skipped; only ``exercises`` count.

    >>> parse_line('{"format": "course-progress/1", "exercise": "2.1", "notebook": "02", '
    ...            '"status": "right", "mistake": null, "try": 1}').status
    'right'
    >>> parse_line('{"format": "course-progress/1", "exercise": "2.\\u00b2", "notebook": "02", '
    ...            '"status": "right", "mistake": 5, "try": 1}')
    "the exercise id is not of the form '2.3'"
    >>> parse_line('{"format": "course-progress/1", "exercise": "9.9", "status": "right", "try": 1}', frozenset({"2.1"}))
    'the exercise id is not an exercise of this course'
    """
    result = _parse_format_line(line)
    if isinstance(result, Attempt) and exercises and result.exercise not in exercises:
        return "the exercise id is not an exercise of this course"
    return result


def read_progress(workspace: Path, exercises: frozenset[str] = frozenset(),
                  limit: int = PROGRESS_LIMIT) -> tuple[list[Attempt], list[str]]:
    """The attempts in ``WORKSPACE/.course/progress.jsonl``, and a note for every line or file skipped.

    The folder holding the workspace is trusted; below it nothing is
    followed (a progress file that is a link to a classmate's is not read).

    >>> import tempfile; ws = Path(tempfile.mkdtemp()) / "ws"; (ws / ".course").mkdir(parents=True)
    >>> _ = (ws / ".course" / "progress.jsonl").write_text('{"format": "course-progress/1", "exercise": "2.1", '
    ...     '"notebook": "02", "status": "right", "mistake": null, "try": 1, "time": "x"}\\nnot json\\n')
    >>> attempts, notes = read_progress(ws)
    >>> [(a.exercise, a.status, a.time) for a in attempts], notes[0].endswith("progress.jsonl:2: not a JSON object; line skipped")
    ([('2.1', 'right', 'x')], True)
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


def _cell(attempts: list[Attempt]) -> Cell:
    attempts = [a for a in attempts if a.is_attempt]  # a placeholder checked, an unknown id: no try
    if not attempts:
        return Cell("not started", 0, ())
    state = "solved" if any(a.status == "right" for a in attempts) else "attempted"
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
