"""The teacher's briefing marks, merged into the gradebook beside the auto-marks.

``python -m coursekit marks --marks briefings/marks.csv submissions/DATE``
reads the marks sheet ``make briefings`` wrote and the teacher filled (one
row per learner: ``learner``, ``name`` (optional, not read), ``R1``...``Rn``
each 0, 1 or empty, and ``comment``), and rewrites ``submissions/DATE/grades/gradebook.csv`` with
separate columns ``briefing R1``...``briefing Rn``, ``briefing total`` and
``briefing comment`` after the auto-marks' ``total``. Run again, it replaces
those columns. A sheet it cannot read stops it with ``file:line: problem —
fix``; the gradebook is then left as it was.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PREFIX", "Marks", "MarksError", "main", "merge_gradebook", "read_marks"]

PREFIX = "briefing "
MAX_COMMENT = 2000


class MarksError(ValueError):
    """A marks sheet that cannot be used: ``file:line: problem — fix``.

    >>> str(MarksError("marks.csv", 3, "mark 'x' in R2 is not 0 or 1", "write 0, 1 or leave it empty"))
    "marks.csv:3: mark 'x' in R2 is not 0 or 1 — write 0, 1 or leave it empty"
    """

    def __init__(self, path: str, line: int, problem: str, fix: str):
        super().__init__(f"{path}:{line}: {problem} — {fix}")
        self.path, self.line = path, line


@dataclass(frozen=True)
class Marks:
    """One learner's rubric marks (None: not marked yet) and the teacher's comment.

    >>> Marks((1, 0, None), "Good.").total
    1
    """

    points: tuple[int | None, ...]
    comment: str

    @property
    def total(self) -> int:
        return sum(p for p in self.points if p)


def _header(row: list[str], path: str) -> tuple[int, int]:
    """(rubric lines, leading columns): ``learner[,name],R1..Rn,comment``."""
    cells = [c.strip() for c in row]
    lead = 2 if cells[1:2] == ["name"] else 1
    size = len(row) - lead - 1
    wanted = [*cells[:lead], *(f"R{i}" for i in range(1, size + 1)), "comment"]
    if size < 1 or cells[0] != "learner" or cells != wanted:
        raise MarksError(path, 1, f"the header is {','.join(row)[:120]!r}",
                         "keep the first line as make briefings wrote it: learner,name,R1,...,comment")
    return size, lead


def _row(row: list[str], shape: tuple[int, int], path: str, line: int) -> tuple[str, Marks]:
    size, lead = shape
    if len(row) != size + lead + 1:
        raise MarksError(path, line, f"{len(row)} columns, the header has {size + lead + 1}",
                         "one value per column; put a comment or a name holding commas in double quotes")
    points = []
    for i, cell in enumerate(row[lead:-1], 1):
        value = cell.strip()
        if value not in ("", "0", "1"):
            raise MarksError(path, line, f"mark {value[:20]!r} in R{i} is not 0 or 1", "write 0, 1 or leave it empty")
        points.append(int(value) if value else None)
    comment = row[-1].strip()
    if len(comment) > MAX_COMMENT:
        raise MarksError(path, line, f"the comment has {len(comment)} characters",
                         f"keep it under {MAX_COMMENT}; longer feedback belongs in a conversation")
    return row[0].strip(), Marks(tuple(points), comment)


def _rows(text: str, shown: str) -> list[tuple[int, list[str]]]:
    """Each row with the line it starts on; a quotation mark never closed is named where it opens."""
    rows: list[tuple[int, list[str]]] = []
    reader, start = csv.reader(io.StringIO(text), strict=True), 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as err:
            raise MarksError(shown, start, f"{err}: a quotation mark on this line is never closed",
                             "close it, or write the comment without double quotes inside") from None
        rows.append((start, row))
        start = reader.line_num + 1


def read_marks(path: str | Path, known: set[str] | None = None) -> dict[str, Marks]:
    """Read a marks sheet; raises :class:`MarksError` with the file and line of the first problem.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "marks.csv"
    >>> _ = p.write_text('learner,R1,R2,comment\\nben,1,,"Clear, sourced."\\n')
    >>> read_marks(p)["ben"]
    Marks(points=(1, None), comment='Clear, sourced.')
    >>> _ = p.write_text("learner,R1,R2,comment\\nben,1,yes,\\n"); read_marks(p)
    Traceback (most recent call last):
    ...
    coursekit.hub.teacher.marks.MarksError: .../marks.csv:2: mark 'yes' in R2 is not 0 or 1 — write 0, 1 or leave it empty
    """
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise MarksError(shown, 0, f"cannot be read ({err})", "give MARKS=path/to/marks.csv (make briefings writes it)") from None
    rows = _rows(text, shown)
    if not rows:
        raise MarksError(shown, 1, "the file is empty", "run make briefings to write the sheet again")
    shape, marks = _header(rows[0][1], shown), {}
    seen: dict[str, int] = {}
    for line, row in rows[1:]:
        if not "".join(row).strip():
            continue
        name, learner = _row(row, shape, shown, line)
        if not re.fullmatch(r"[a-z][a-z0-9-]{0,30}", name) or (known is not None and name not in known):
            raise MarksError(shown, line, f"learner {name[:40]!r} is not in the gradebook",
                             "check the spelling against the roster's username column")
        if name in seen:
            raise MarksError(shown, line, f"{name!r} is already on line {seen[name]}", "keep one row per learner")
        seen[name], marks[name] = line, learner
    return marks


def _read_gradebook(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    notes = [line for line in lines if line.startswith("#")]
    rows = list(csv.reader(line for line in lines if not line.startswith("#")))
    return notes, rows[0], rows[1:]


def merge_gradebook(gradebook: Path, marks: dict[str, Marks]) -> Path:
    """Put the briefing marks into ``gradebook`` in their own columns (earlier ones replaced); returns it.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); g = d / "gradebook.csv"
    >>> _ = g.write_text("# note\\nlearner,2.1,total\\nben,2,2\\namy,0,0\\n")
    >>> _ = merge_gradebook(g, {"ben": Marks((1, 0), "Good.")})
    >>> print(g.read_text(), end="")
    # note
    learner,2.1,total,briefing R1,briefing R2,briefing total,briefing comment
    amy,0,0,,,,
    ben,2,2,1,0,1,Good.
    """
    notes, header, rows = _read_gradebook(gradebook)
    keep = [i for i, column in enumerate(header) if not column.startswith(PREFIX)]
    size = max((len(m.points) for m in marks.values()), default=0)
    extra = [*(f"{PREFIX}R{i}" for i in range(1, size + 1)), f"{PREFIX}total", f"{PREFIX}comment"]
    out = io.StringIO()
    out.writelines(notes)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header[i] for i in keep] + extra)
    for row in sorted(rows, key=lambda r: r[0]):
        m = marks.get(row[0])
        added = ([("" if p is None else p) for p in m.points] + [m.total, m.comment]) if m else [""] * len(extra)
        writer.writerow([row[i] for i in keep if i < len(row)] + added)
    tmp = gradebook.with_name(gradebook.name + ".tmp")
    tmp.write_text(out.getvalue(), encoding="utf-8")
    tmp.replace(gradebook)
    return gradebook


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit marks``: merge a marks sheet into a graded folder's gradebook."""
    p = argparse.ArgumentParser(prog="python -m coursekit marks", description=__doc__.splitlines()[0])
    p.add_argument("folder", help="a graded folder: submissions/YYYY-MM-DD (make grade wrote grades/ in it)")
    p.add_argument("--marks", default="briefings/marks.csv")
    args = p.parse_args(argv)
    gradebook = Path(args.folder) / "grades" / "gradebook.csv"
    if not gradebook.is_file():
        print(f"{gradebook}: no gradebook; grade first (make grade SUB={args.folder})", file=sys.stderr)
        return 2
    _, _, rows = _read_gradebook(gradebook)
    try:
        marks = read_marks(args.marks, {row[0] for row in rows if row})
    except MarksError as err:
        print(err, file=sys.stderr)
        return 2
    merge_gradebook(gradebook, marks)
    marked = sum(any(p is not None for p in m.points) for m in marks.values())
    print(f"merged the briefing marks of {marked} learners into {gradebook}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
