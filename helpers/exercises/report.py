"""What is solved: this session's tally, kept by ``check``, and the ``progress()`` report.

In a workspace the report reads the record every ``check`` appends to
(:mod:`helpers.exercises.attempts`), so it survives a kernel restart;
elsewhere it counts this session only.

>>> reset_progress()
>>> SESSION.note("9.95", "wrong"); SESSION.wrong_tries["9.95"]
1
>>> reset_progress(); SESSION.wrong_tries
{}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..i18n import tr as _
from .attempts import ANSWER_STATUSES, find_workspace, read_attempts
from .bank import course_notebooks, question_ids
from .feedback import Note
from .model import FeedbackStatus

__all__ = ["SESSION", "Session", "progress", "reset_progress"]


@dataclass(slots=True)
class Session:
    """This kernel's tally: the exercises solved, and the wrong values per exercise (the next hint's level).

    >>> s = Session()
    >>> s.note("9.94", "right"); sorted(s.solved)
    ['9.94']
    """

    solved: set[str] = field(default_factory=set)
    wrong_tries: dict[str, int] = field(default_factory=dict)

    def note(self, qid: str, status: FeedbackStatus) -> None:
        """Count one checked answer: a right one is solved, a wrong value raises the next hint's level.

        >>> s = Session(); s.note("9.94", "wrong-type"); s.wrong_tries
        {}
        """
        if status == "right":
            self.solved.add(qid)
        elif status == "wrong":
            self.wrong_tries[qid] = self.wrong_tries.get(qid, 0) + 1

    def clear(self) -> None:
        """Forget everything counted.

        >>> s = Session({"9.94"}); s.clear(); s.solved
        set()
        """
        self.solved.clear()
        self.wrong_tries.clear()


#: The one tally of this kernel (``check`` adds to it, ``reset_progress`` clears it).
SESSION = Session()


def reset_progress() -> None:
    """Forget which exercises were solved and tried in this session (a workspace's record stays).

    >>> reset_progress()
    """
    SESSION.clear()


def _notebook_line(notebook: int, solved: set[str], tried: dict[str, int]) -> str:
    ids = question_ids(notebook)
    marks = []
    for q in ids:
        if q in solved:
            marks.append(f"{q} ✔")
        elif tried.get(q):
            marks.append(f"{q} ✘ " + (_("{n} try") if tried[q] == 1 else _("{n} tries")).format(n=tried[q]))
        else:
            marks.append(f"{q} ·")
    done = sum(q in solved for q in ids)
    return _("Notebook {notebook}: {done} of {total} exercises solved ({marks})").format(
        notebook=notebook, done=done, total=len(ids), marks=", ".join(marks))


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
        solved = set(SESSION.solved) | (record.solved() if record else set())
        tried: dict[str, int] = {}
        for attempt in record.attempts if record else ():
            if attempt.status in ANSWER_STATUSES:  # a placeholder checked is no try
                tried[attempt.exercise] = tried.get(attempt.exercise, 0) + 1
        if notebook is None:
            lines = _course_lines(solved, tried)
        else:
            number = _notebook_number(notebook)
            if number is None:
                shown = repr(notebook) if isinstance(notebook, str) else type(notebook).__name__
                return Note(
                    _("There is no notebook {name}: give a number such as 2, or nothing for the whole course.").format(
                        name=shown[:40])
                )
            lines = [_notebook_line(number, solved, tried)]
        if record is not None:
            lines.append(_saved_note(workspace, record))
        return Note("\n".join(lines))
    except Exception as exc:  # progress is a convenience: it never raises
        return Note(_("Progress could not be read ({error}).").format(error=type(exc).__name__))


def _course_lines(solved: set[str], tried: dict[str, int]) -> list[str]:
    notebooks = course_notebooks()
    lines = [_notebook_line(n, solved, tried) for n in notebooks]
    total = sum(len(question_ids(n)) for n in notebooks)
    done = sum(q in solved for n in notebooks for q in question_ids(n))
    return [_("The course: {done} of {total} exercises solved.").format(done=done, total=total), *lines]


def _notebook_number(notebook) -> int | None:
    if isinstance(notebook, bool):
        return None
    if isinstance(notebook, int):
        return notebook if notebook in course_notebooks() else None
    if isinstance(notebook, str) and re.fullmatch(r"\s*\d{1,2}(-[\w.-]*)?\s*", notebook):
        number = int(notebook.strip()[:2].rstrip("-"))
        return number if number in course_notebooks() else None
    return None


def _saved_note(workspace, record) -> str:
    note = _("(Saved in your workspace, {file}: {n} checks so far.)").format(
        file=f"{workspace.name}/.course/progress.jsonl", n=len(record.attempts))
    if record.skipped:
        note += " " + _("{n} line(s) of that file could not be read and were skipped.").format(n=len(record.skipped))
    return note
