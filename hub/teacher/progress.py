"""Read the learners' progress files (``docs/progress-format.md``) into who solved what.

A line that cannot be read is skipped and reported (file and line), never
guessed at; unknown keys are ignored, as the format says.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FORMAT", "Attempt", "Cell", "ClassProgress", "class_progress", "read_progress"]

FORMAT = "course-progress/1"
_KEYS = ("exercise", "notebook", "status", "try")


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


def read_progress(path: Path) -> tuple[list[Attempt], list[str]]:
    """The attempts in one progress file, and a note for every line skipped.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "progress.jsonl"
    >>> _ = p.write_text('{"format": "course-progress/1", "exercise": "2.1", "notebook": "02", '
    ...                  '"status": "right", "mistake": null, "try": 1, "time": "x"}\\nnot json\\n')
    >>> attempts, notes = read_progress(p)
    >>> attempts, notes[0].endswith("progress.jsonl:2: not a JSON object; line skipped")
    ([Attempt(exercise='2.1', status='right', mistake=None)], True)
    """
    attempts, notes = [], []
    if not path.is_file():
        return attempts, notes
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            item = None
        if not isinstance(item, dict):
            notes.append(f"{path}:{number}: not a JSON object; line skipped")
        elif item.get("format") != FORMAT or any(k not in item for k in _KEYS):
            notes.append(f"{path}:{number}: not a {FORMAT} line (format or keys missing); line skipped")
        else:
            attempts.append(Attempt(str(item["exercise"]), str(item["status"]), item.get("mistake")))
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

    def cell(self, learner: str, exercise: str) -> Cell:
        return self.cells.get((learner, exercise), Cell("not started", 0, ()))

    def count(self, exercise: str, state: str) -> int:
        return sum(self.cell(name, exercise).state == state for name in self.learners)

    def common_mistake(self, exercise: str) -> tuple[str, int] | None:
        counts = Counter(m for name in self.learners for m in self.cell(name, exercise).mistakes)
        return counts.most_common(1)[0] if counts else None


def class_progress(workspaces: dict[str, Path], exercises: list[str]) -> ClassProgress:
    """Read ``NAME/.course/progress.jsonl`` for every learner; exercises not in ``exercises`` are kept too.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / ".course").mkdir()
    >>> _ = (d / ".course" / "progress.jsonl").write_text('{"format": "course-progress/1", "exercise": "2.1", '
    ...     '"notebook": "02", "status": "wrong", "mistake": "off-by-one", "try": 1}\\n')
    >>> cp = class_progress({"ben": d, "amy": d / "missing"}, ["2.1", "2.2"])
    >>> cp.cell("ben", "2.1").state, cp.cell("amy", "2.1").state, cp.common_mistake("2.1")
    ('attempted', 'not started', ('off-by-one', 1))
    """
    by_cell: dict[tuple[str, str], list[Attempt]] = {}
    notes, seen = [], list(exercises)
    for name, ws in sorted(workspaces.items()):
        attempts, skipped = read_progress(ws / ".course" / "progress.jsonl")
        notes.extend(skipped)
        for a in attempts:
            by_cell.setdefault((name, a.exercise), []).append(a)
            if a.exercise not in seen:
                seen.append(a.exercise)
    cells = {key: _cell(value) for key, value in by_cell.items()}
    ordered = tuple(sorted(seen, key=lambda e: tuple(int(x) for x in e.split(".") if x.isdigit())))
    return ClassProgress(ordered, tuple(sorted(workspaces)), cells, tuple(notes))
