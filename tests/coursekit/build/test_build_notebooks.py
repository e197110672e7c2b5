"""The committed notebooks are what their sources give, and read as a course should."""

import json
import re
from pathlib import Path

import pytest

from coursekit.build import notebooks as build_notebooks

ROOT = Path(__file__).resolve().parents[3]

SOURCES = build_notebooks.sources()
STUDENT = sorted((ROOT / "notebooks").glob("*.ipynb"))
INSTRUCTOR = sorted((ROOT / "notebooks" / "solutions").glob("*.ipynb"))
ALL = STUDENT + INSTRUCTOR


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def text_of(output):
    if "text" in output:
        return "".join(output["text"])
    data = output.get("data", {})
    return "".join(data.get("text/plain", "")) + "".join(data.get("text/html", ""))


def test_every_source_has_both_versions_and_nothing_else():
    names = {p.stem for p in SOURCES}
    assert names, "no notebook sources in notebooks/src"
    assert {p.stem for p in STUDENT} == names, "student notebooks and sources differ"
    assert {p.stem for p in INSTRUCTOR} == names, "instructor notebooks and sources differ"


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_committed_notebooks_match_their_source(src):
    assert build_notebooks.stale(src) == [], "run `make notebooks` and commit the result"


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(ROOT / "notebooks")))
def test_stored_with_outputs_run_top_to_bottom(path):
    cells = code_cells(load(path))
    counts = [c["execution_count"] for c in cells]
    assert counts == list(range(1, len(cells) + 1)), "not executed top to bottom: run `make notebooks`"
    for number, cell in enumerate(cells, 1):
        for out in cell["outputs"]:
            assert out["output_type"] != "error", f"code cell {number} stores an error"
            blob = text_of(out)
            assert not re.search(r"/(tmp|root|work|home|Users)/", blob), f"cell {number}: a machine path"
            assert "Warning" not in blob, f"cell {number} shows a warning: {blob[:200]}"


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(ROOT / "notebooks")))
def test_opening_and_closing_follow_the_course_conventions(path):
    nb = load(path)
    first = "".join(nb["cells"][0]["source"])
    assert first.startswith("# "), "the first cell is the title"
    for part in ("**You are here:**", "**Time:**", "**By the end you will be able to**"):
        assert part in first, f"the opening lacks {part}"
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for part in ("## Key points", "## Further reading", "## Discussion"):
        assert part in text, f"the notebook lacks a '{part}' section"
    setup = "".join(code_cells(nb)[0]["source"])
    assert "import helpers" in setup, "the first code cell must set up the notebook when opened cold"


def check_outputs(path):
    """(exercise id, status) for every check(...) answer cell."""
    found = []
    for cell in code_cells(load(path)):
        source = "".join(cell["source"])
        match = re.search(r'^check\("(\d+\.\d+)", answer_\d+_\d+\)\s*$', source, re.M)
        if not match:
            continue
        html = "".join(text_of(o) for o in cell["outputs"])
        status = re.search(r"course-feedback-([a-z-]+)", html)
        found.append((match.group(1), status.group(1) if status else None))
    return found


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.stem)
def test_student_versions_leave_every_exercise_open(path):
    found = check_outputs(path)
    assert len(found) >= 4
    assert all(status == "unanswered" for _, status in found), found


@pytest.mark.parametrize("path", INSTRUCTOR, ids=lambda p: p.stem)
def test_instructor_solutions_are_all_right(path):
    found = check_outputs(path)
    assert len(found) >= 4
    assert all(status == "right" for _, status in found), found


def test_markers_are_applied():
    student, instructor = build_notebooks.make_versions(ROOT / "notebooks" / "src" / "00-start-here.py")
    s = "\n".join(c.source for c in student.cells)
    i = "\n".join(c.source for c in instructor.cells)
    assert "answer_0_1 = ...  # your answer here" in s
    assert "answer_0_1 = len(article.paragraphs)" in i
    assert "SOLUTION" not in s and "SOLUTION" not in i
    assert "Instructor version" in i and "Instructor version" not in s


def test_a_broken_marker_is_reported(tmp_path):
    with pytest.raises(build_notebooks.SourceError, match="line 2: END SOLUTION without BEGIN"):
        build_notebooks._transform("x = 1\n# END SOLUTION", student=True, where="x.py")
    with pytest.raises(build_notebooks.SourceError, match="never closed"):
        build_notebooks._transform("# BEGIN SOLUTION\nx = 1", student=True, where="x.py")
