"""The teacher's tools on progress files and workspaces made here: report, chart, collect."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from coursekit.hub.roster import RosterError, parse_roster
from coursekit.hub.teacher.collect import collect
from coursekit.hub.teacher.progress import class_progress
from coursekit.hub.teacher.report import course_exercises, draw_chart, render_html


def _line(exercise, status, mistake=None, n=1):
    return json.dumps({"format": "course-progress/1", "time": "2026-12-01T08:30:00Z", "exercise": exercise,
                       "notebook": exercise.split(".")[0].zfill(2), "status": status, "mistake": mistake,
                       "try": n})


def _workspace(root: Path, name: str, lines: list[str]) -> Path:
    ws = root / name
    (ws / ".course").mkdir(parents=True)
    (ws / ".course" / "progress.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (ws / "02-acsa.ipynb").write_text('{"cells": []}', encoding="utf-8")
    return ws


@pytest.fixture
def three(tmp_path):
    return {
        "aroha": _workspace(tmp_path, "aroha", [_line("2.1", "wrong", "counted-from-0"), _line("2.1", "right", n=2)]),
        "ben": _workspace(tmp_path, "ben", [_line("2.1", "wrong", "counted-from-0"), "{broken", _line("2.2", "wrong")]),
        "chiyo": _workspace(tmp_path, "chiyo", []),
    }


def test_progress_per_learner_and_exercise(three):
    p = class_progress(three, course_exercises())
    assert p.cell("aroha", "2.1").state == "solved" and p.cell("aroha", "2.1").tries == 2
    assert p.cell("ben", "2.1").state == "attempted"
    assert p.cell("chiyo", "2.1").state == "not started"
    assert (p.count("2.1", "solved"), p.count("2.1", "attempted"), p.count("2.1", "not started")) == (1, 1, 1)
    assert p.common_mistake("2.1") == ("counted-from-0", 2)
    assert len(p.notes) == 1 and "ben" in p.notes[0] and ":2:" in p.notes[0]


def test_report_names_every_learner_and_exercise_and_the_skipped_line(three):
    p = class_progress(three, course_exercises())
    page = render_html(p)
    for name in three:
        assert f"<th scope='row'>{name}</th>" in page
    assert all(f"<th scope='col'>{e}</th>" in page for e in course_exercises())
    assert "counted positions from 0 where the course numbers from 1 (2×)" in page and "not a JSON object" in page
    assert "counted-from-0" not in page, "a mistake is shown in words, not by its id"
    assert "<td title='solved, 2 tries'>✓2</td>" in page, "tries are numbers on the page, not only in a tooltip"
    assert 'alt="Grid of learners by exercises' in page


def test_chart_marks_states_by_fill_and_hatch_not_colour_alone(three, tmp_path):
    p = class_progress(three, ["2.1", "2.2"])
    fig = draw_chart(p)
    patches = {(round(r.get_x()), round(r.get_y())): r for r in fig.axes[0].patches}
    solved, tried, empty = patches[(0, 0)], patches[(0, 1)], patches[(0, 2)]
    assert solved.get_facecolor() != empty.get_facecolor()
    assert tried.get_hatch() and not solved.get_hatch() and not empty.get_hatch()
    fig.savefig(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 1000


def _digest(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_collect_copies_without_changing_the_learners_files(three, tmp_path):
    before = {name: _digest(ws) for name, ws in three.items()}
    first = collect(three, tmp_path / "submissions")
    second = collect(three, tmp_path / "submissions")
    assert first != second and second.name.endswith("-2")
    assert {name: _digest(ws) for name, ws in three.items()} == before
    assert (first / "ben" / "02-acsa.ipynb").read_text() == '{"cells": []}'
    assert (first / "ben" / ".course" / "progress.jsonl").read_bytes() == (three["ben"] / ".course" / "progress.jsonl").read_bytes()


def test_a_bad_roster_row_names_the_file_the_line_and_the_fix():
    with pytest.raises(RosterError, match=r"class.csv:3: role 'student' is neither 'learner' nor 'teacher'"):
        parse_roster("username,role,name\nt-kim,teacher,\nben,student,\n", "class.csv")
    with pytest.raises(RosterError, match="already on line 2"):
        parse_roster("username,role,name\nben,teacher,\nben,learner,\n", "class.csv")
    with pytest.raises(RosterError, match="no teacher"):
        parse_roster("username,role,name\nben,learner,\n", "class.csv")
