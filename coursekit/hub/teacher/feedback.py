"""The grader's outputs: ``gradebook.csv`` (one row per learner) and ``feedback/NAME.html``.

The gradebook opens with one comment line (``# ...``: what auto-marks
measure), then the columns ``learner``, one column per exercise (0, 1 or 2
points) and ``total``; ``README.txt`` beside it says the same at length and
lists the folder names that were skipped. The feedback page says, per
exercise, whether the answer key and the hidden check passed, and why a
notebook scored nothing.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["HEADER_NOTE", "Score", "feedback_html", "write_outputs"]

#: The gradebook's first line: the live answer keys are in every learner's environment.
HEADER_NOTE = ("# auto-marks measure completion, not secrecy: the live answer keys are in the learners' "
               "environment (see README.txt and docs/classroom.md)")
README = """Auto-marks measure completion, not secrecy.

Every learner's environment holds the course's answer keys (check() needs
them to give feedback in class), so a learner who reads helpers/questions can
copy a right value. A mark says the notebook, run from the top by the grader,
produced answers the course's check() accepts (1 point each) and that the
teacher's stricter hidden check accepts (1 point each). It does not prove who
wrote the code or that the learner understood it: read the notebooks.

Rows with 0 and a note such as "not logged in" or "no work yet" are roster
learners with nothing collected. Each learner's feedback page is in feedback/.
"""


@dataclass(frozen=True)
class Score:
    """One exercise for one learner: the answer key's point, the hidden check's point, a note.

    >>> Score(1, 0, "").points
    1
    """

    public: int
    hidden: int
    note: str = ""

    @property
    def points(self) -> int:
        return self.public + self.hidden


def _mark(ok: int) -> str:
    return "✓ passed" if ok else "✗ not passed"


def feedback_html(name: str, scores: dict[str, Score], exercises: list[str]) -> str:
    """One learner's feedback page.

    >>> page = feedback_html("ben", {"2.1": Score(1, 0, "")}, ["2.1", "2.2"])
    >>> "2 / 4" not in page and "1 / 4" in page and "not handed in" in page
    True
    """
    rows = []
    for e in exercises:
        s = scores.get(e, Score(0, 0, "not handed in"))
        rows.append(f"<tr><th scope='row'>{e}</th><td>{_mark(s.public)}</td><td>{_mark(s.hidden)}</td>"
                    f"<td>{s.points}</td><td>{html.escape(s.note)}</td></tr>")
    total = sum(scores.get(e, Score(0, 0)).points for e in exercises)
    return f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>Feedback for {html.escape(name)}</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:1em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #999;padding:2px 6px}}</style>
<h1>Feedback for {html.escape(name)}: {total} / {2 * len(exercises)}</h1>
<p>Each exercise: 1 point when the course's check says the answer is right (what <code>check()</code> said in
class), 1 point for the teacher's stricter check (the value exactly as the source gives it).</p>
<table><tr><th>exercise</th><th>answer key</th><th>teacher's check</th><th>points</th><th>note</th></tr>
{chr(10).join(rows)}</table></html>
"""


def write_outputs(dest: Path, grades: dict[str, dict[str, Score]], exercises: list[str],
                  skipped: Sequence[str] = ()) -> Path:
    """Write ``dest/gradebook.csv``, ``dest/README.txt`` and ``dest/feedback/NAME.html``; return ``dest``.

    >>> import tempfile, shutil; d = Path(tempfile.mkdtemp())
    >>> _ = write_outputs(d, {"ben": {"2.1": Score(1, 1)}}, ["2.1"])
    >>> (d / "gradebook.csv").read_text().splitlines()[1:]
    ['learner,2.1,total', 'ben,2,2']
    >>> shutil.rmtree(d)
    """
    (dest / "feedback").mkdir(parents=True, exist_ok=True)
    readme = README + "".join(f"\nSkipped (not graded): {s}" for s in skipped)
    (dest / "README.txt").write_text(readme + "\n", encoding="utf-8")
    with open(dest / "gradebook.csv", "w", newline="", encoding="utf-8") as f:
        f.write(HEADER_NOTE + "\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["learner", *exercises, "total"])
        for name, scores in sorted(grades.items()):
            points = [scores.get(e, Score(0, 0)).points for e in exercises]
            writer.writerow([name, *points, sum(points)])
    for name, scores in grades.items():
        (dest / "feedback" / f"{name}.html").write_text(feedback_html(name, scores, exercises), encoding="utf-8")
    return dest
