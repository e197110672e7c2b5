"""Grading: full marks for the instructor versions of every notebook; a hang and a crash cost only their share.

Each submission runs in its own sandbox with its own kernel (as root; as
the current user otherwise), slow, so it runs with ``make test-hub``. The
attacks are in tests/coursekit/hub/grading/test_sandbox.py.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from coursekit.hub.teacher.grade import main

ROOT = Path(__file__).resolve().parents[4]
SOLUTION = ROOT / "notebooks" / "solutions" / "00-start-here.ipynb"


def learner_python() -> Path | None:
    folder = os.environ.get("COURSE_HUB_LEARNER_BIN")
    # Only the learners' environment make test-hub has just built from this tree: one left on the
    # machine by an earlier build holds an older helpers, and would grade against stale answer keys.
    return Path(folder) / "python" if folder else None


pytestmark = pytest.mark.skipif(learner_python() is None or not learner_python().exists(),
                                reason="no learners' Python: make test-hub sets COURSE_HUB_LEARNER_BIN to the environment it builds")


def _variant(dest: Path, replace: dict[str, str]) -> None:
    """A copy of the instructor notebook 00 with the cells that define some answers replaced."""
    nb = json.loads(SOLUTION.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        for marker, code in replace.items():
            if cell["cell_type"] == "code" and marker in source:
                cell["source"] = code
    dest.parent.mkdir(parents=True)
    dest.write_text(json.dumps(nb), encoding="utf-8")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("submissions") / "2026-12-01"
    (folder / "full").mkdir(parents=True)
    for notebook in SOLUTION.parent.glob("[0-9][0-9]-*.ipynb"):
        shutil.copy(notebook, folder / "full" / notebook.name)
    _variant(folder / "loops" / SOLUTION.name, {"answer_0_2 =": "while True:\n    pass\n"})
    _variant(folder / "crash" / SOLUTION.name, {"answer_0_3 =": "import os\nos._exit(1)\n"})
    # Live check() accepts paragraph numbers as floats (4.0); the hidden check wants them as the data has them.
    _variant(folder / "sloppy" / SOLUTION.name, {"answer_0_4 =": (
        "answer_0_4 = [float(p.number) for p in article.paragraphs if p.text.startswith('\"')]\n"
        "check('0.4', answer_0_4)\n")})
    code = main([str(folder), "--learner-python", str(learner_python()), "--run-seconds", "240",
                 "--cell-seconds", "10"])
    with open(folder / "grades" / "gradebook.csv", newline="", encoding="utf-8") as f:
        return folder, {row["learner"]: row for row in csv.DictReader(line for line in f if not line.startswith("#"))}, code


def test_the_instructor_versions_of_every_notebook_get_full_marks(graded):
    _, book, code = graded
    marks = {e: v for e, v in book["full"].items() if e not in ("learner", "total")}
    assert len(marks) > 40 and set(marks.values()) == {"2"}, [e for e, v in marks.items() if v != "2"]
    assert code == 0


def test_an_infinite_loop_costs_only_the_exercise_that_hangs(graded):
    _, book, _ = graded
    assert book["loops"]["0.2"] == "0"
    assert book["loops"]["0.1"] == "2" and book["loops"]["0.4"] == "2"


def test_a_crash_stops_that_notebook_not_the_run(graded):
    _, book, _ = graded
    assert book["crash"]["0.3"] == "0"
    assert book["crash"]["0.1"] == "2" and book["crash"]["0.2"] == "2", "the cells before the crash still count"
    assert book["full"]["total"] != "0" and "sloppy" in book  # learners after the crash were graded


def test_the_hidden_check_is_stricter_than_the_live_check(graded):
    _, book, _ = graded
    assert book["sloppy"]["0.4"] == "1"
    assert book["sloppy"]["0.1"] == "2"


def test_every_learner_gets_a_feedback_page(graded):
    folder, book, _ = graded
    for name in book:
        page = (folder / "grades" / "feedback" / f"{name}.html").read_text(encoding="utf-8")
        assert f"Feedback for {name}" in page


def test_a_notebook_name_cannot_write_control_sequences_to_the_teachers_terminal(tmp_path):
    """``make grade`` names a notebook it cannot open; the name is the learner's (any byte but / and NUL)."""
    from coursekit.hub.grading.sandbox import Limits, Sandbox
    from coursekit.hub.teacher.grade import NotebookError, grade_notebook

    name = "00-\x1b]0;graded\x07\x1b[2J\rall 40 notebooks graded\n.ipynb"
    (tmp_path / name).write_text("{ not a notebook", encoding="utf-8")
    with pytest.raises(NotebookError) as error:
        grade_notebook(tmp_path / name, ["0.1"], Sandbox(Path(sys.executable), Limits(), []))
    assert str(error.value).isprintable() and "\\x1b[2J" in str(error.value)
