"""A hostile learner against the teacher's report (``python -m coursekit report``): one test per attack.

A progress file is the learner's to write: the report trusts none of it. Tested on folders made here (no hub).
"""

from __future__ import annotations

import learner_homes as lh

from coursekit.hub.teacher.collect import collect
from coursekit.hub.teacher.progress import class_progress
from coursekit.hub.teacher.report import course_exercises, render_html


def test_report_escapes_learner_ids(tmp_path):
    from coursekit.hub.teacher.progress import Cell, ClassProgress

    bad = "<script>alert(1)</script>"
    ws = lh.home(tmp_path, "amy", progress="\n".join([
        lh.line(bad), lh.line("2.1", "wrong", mistake=bad), lh.line("2.1", "wrong", mistake="x'><script>")]) + "\n")
    page = render_html(class_progress({"amy": ws}, course_exercises()))
    assert "<script" not in page.lower()
    forged = ClassProgress((bad,), ("amy",), {("amy", bad): Cell("attempted", 1, (bad,))}, (bad,))
    assert "<script>alert" not in render_html(forged)


def test_bad_lines_are_listed_with_file_and_line_never_a_crash(tmp_path):
    lines = [lh.line("2.1", "wrong", mistake=5), lh.line("2.\u00b2"), "not json", lh.line("2.1", padding="z" * 10_000),
             lh.line("2.1", n=True), lh.line("2.1", "hacked"), lh.line("2.1")]
    ws = lh.home(tmp_path, "amy", progress="\n".join(lines) + "\n")
    p = class_progress({"amy": ws}, course_exercises())
    assert p.cell("amy", "2.1").state == "solved" and p.cell("amy", "2.1").tries == 1
    assert [n.split(":")[1] for n in p.notes] == ["1", "2", "3", "4", "5", "6"]
    assert all(n.startswith(f"{ws}/.course/progress.jsonl:") for n in p.notes)
    page = render_html(p)
    assert "progress.jsonl:2: the exercise id is not of the form" in page


def test_an_oversized_progress_file_is_read_only_up_to_the_cap(tmp_path):
    from coursekit.hub.teacher.progress import PROGRESS_LIMIT

    ws = lh.home(tmp_path, "amy")
    line = lh.line("2.1", "wrong") + "\n"
    with open(ws / ".course" / "progress.jsonl", "w") as out:
        out.write(line * (PROGRESS_LIMIT // len(line) * 3))
    p = class_progress({"amy": ws}, course_exercises())
    assert any("only the first" in n for n in p.notes)
    assert p.cell("amy", "2.1").tries <= PROGRESS_LIMIT // len(line)
    assert len(render_html(p)) < 2_000_000


def test_unknown_exercises_add_no_columns(tmp_path):
    ws = lh.home(tmp_path, "amy", progress="\n".join(lh.line(f"9.{i}") for i in range(500)) + "\n")
    p = class_progress({"amy": ws}, course_exercises())
    assert p.exercises == tuple(course_exercises())
    assert len(p.notes) < 30 and "more lines skipped" in p.notes[-1]


def test_a_progress_file_linked_to_a_classmates_is_not_credited(tmp_path):
    ben = lh.home(tmp_path, "ben", progress=lh.line("2.1") + "\n")
    amy = lh.home(tmp_path, "amy")
    (amy / ".course" / "progress.jsonl").unlink()
    (amy / ".course" / "progress.jsonl").symlink_to(ben / ".course" / "progress.jsonl")
    cy = lh.home(tmp_path, "cy")
    (cy / ".course" / "progress.jsonl").unlink()
    (cy / ".course").rmdir()
    (cy / ".course").symlink_to(ben / ".course")
    p = class_progress({"amy": amy, "ben": ben, "cy": cy}, course_exercises())
    assert p.cell("ben", "2.1").state == "solved"
    assert p.cell("amy", "2.1").state == "not started" and p.cell("cy", "2.1").state == "not started"
    assert any("amy" in n and "symbolic link" in n for n in p.notes)


def test_the_report_lists_who_never_logged_in(tmp_path):
    ws = lh.home(tmp_path, "amy", progress=lh.line("2.1") + "\n")
    p = class_progress({"amy": ws, "cy": None, "dee": tmp_path / "dee" / "workspace"}, course_exercises())
    page = render_html(p)
    assert "not logged in:</strong> cy, dee" in page
    assert "<th scope='row'>cy</th><td colspan=" in page


def test_the_report_reads_the_status_of_a_collection(homes, tmp_path):
    from coursekit.hub.teacher.report import collected_status

    folder = collect({**homes, "cy": None}, tmp_path / "submissions")
    spaces = {name: folder / name for name in ("amy", "ben", "cy")}
    page = render_html(class_progress(spaces, course_exercises(), collected_status(folder)))
    assert "not logged in:</strong> cy" in page

