"""A learner's workspace: own copies, never overwritten, reset keeps the old copy, progress lasts.

The format is fixed in docs/progress-format.md; these tests pin it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import exercises
from helpers.__main__ import main
from helpers.exercises import attempts, check, progress, reset_progress
from helpers.exercises.bank import REGISTRY
from helpers.workspace import (
    DOCS,
    WorkspaceError,
    clean_notebook,
    create_workspace,
    reset_notebook,
    start_over,
)

ROOT = Path(__file__).resolve().parents[1]
STUDENT = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]-*.py"))
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def ws(tmp_path, monkeypatch):
    """A fresh workspace, with the kernel's folder inside it (as JupyterLab runs a notebook)."""
    monkeypatch.delenv("COURSE_WORKSPACE", raising=False)
    folder = tmp_path / "workspace"
    create_workspace(folder)
    monkeypatch.chdir(folder)
    reset_progress()
    yield folder
    reset_progress()


def _lines(folder: Path) -> list[dict]:
    path = folder / ".course" / "progress.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_every_doc_a_notebook_sends_the_learner_to_is_in_the_workspace(tmp_path):
    """JupyterLab serves only the workspace: a page the notebooks name must be there to be opened."""
    create_workspace(tmp_path / "w")
    named = set()
    for p in STUDENT:
        named |= set(re.findall(r"docs/[\w.-]+\.md", p.read_text(encoding="utf-8")))
    learner_pages = {"docs/glossary.md", "docs/pandas-sheet.md", "docs/model-briefing.md"}  # the others are a teacher's
    assert learner_pages <= named
    for doc in sorted(learner_pages):
        assert (tmp_path / "w" / doc).is_file(), f"{doc} is named in a notebook but not copied into the workspace"


def test_a_workspace_holds_the_student_notebooks_and_docs_never_the_solutions(tmp_path):
    report = create_workspace(tmp_path / "w")
    names = sorted(p.name for p in (tmp_path / "w").glob("*.ipynb"))
    assert names == [p.name for p in STUDENT]
    for p in STUDENT:
        assert (tmp_path / "w" / p.name).read_bytes() == clean_notebook(p.read_bytes()), f"{p.name} is not the student version"
    assert (tmp_path / "w" / "docs" / "glossary.md").read_bytes() == (ROOT / "docs" / "glossary.md").read_bytes()
    assert (tmp_path / "w" / "docs" / "SOURCES.md").is_file()
    assert not list((tmp_path / "w").rglob("solutions"))
    assert (tmp_path / "w" / "docs" / "pandas-sheet.md").is_file() and (tmp_path / "w" / "docs" / "model-briefing.md").is_file()
    assert len(report.copied) == len(STUDENT) + len(DOCS)
    state = json.loads((tmp_path / "w" / ".course" / "workspace.json").read_text())
    assert state["format"] == "course-workspace/1" and TIME.fullmatch(state["created"])
    want = hashlib.sha256(STUDENT[0].read_bytes()).hexdigest()
    assert state["files"][STUDENT[0].name]["sha256"] == want


def _solution_lines() -> list[tuple[str, str]]:
    """(notebook, code) for every `# SOLUTION` right-hand side of a notebook source."""
    found = []
    for src in SOURCES:
        for line in src.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*answer_\w+\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
            if m and len(m.group(1)) >= 12 and re.search(r"[(\[.]", m.group(1)):  # code, not a bare name
                found.append((src.name[:2], m.group(1)))
    return found


def test_no_solution_code_is_in_any_file_of_the_learners_workspace(tmp_path):
    create_workspace(tmp_path / "w")
    shown = {p: p.read_text(encoding="utf-8") for p in (tmp_path / "w").rglob("*") if p.is_file()}
    solutions = _solution_lines()
    assert len(solutions) >= 10
    for notebook, code in solutions:  # a solution must not show in its own notebook, nor in the docs
        for path, text in shown.items():
            if path.suffix == ".ipynb" and not path.name.startswith(notebook):
                continue
            assert json.dumps(code)[1:-1] not in text and code not in text, (
                f"{path.name} shows the solution of notebook {notebook}: {code}"
            )


def test_running_again_never_overwrites_a_learners_file(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    mine = folder / STUDENT[2].name
    mine.write_text('{"my": "work"}', encoding="utf-8")
    (folder / STUDENT[1].name).unlink()
    report = create_workspace(folder)
    assert mine.read_text(encoding="utf-8") == '{"my": "work"}'
    assert report.copied == (STUDENT[1].name,), "a missing notebook is copied back; nothing else"
    assert report.newer == ()


def test_a_newer_course_version_is_named_with_the_command_that_takes_it(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    name = STUDENT[2].name
    (folder / name).write_text('{"my": "work"}', encoding="utf-8")
    state_path = folder / ".course" / "workspace.json"
    state = json.loads(state_path.read_text())
    state["files"][name]["sha256"] = "0" * 64  # copied from an older version of the course
    state_path.write_text(json.dumps(state))
    report = create_workspace(folder)
    assert report.newer == (name,)
    assert (folder / name).read_text(encoding="utf-8") == '{"my": "work"}', "the learner's copy is left alone"
    assert f"-m helpers reset {name[:2]}" in str(report) and "newer version" in str(report)


def test_a_changed_doc_is_kept_and_an_unchanged_one_is_refreshed(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    state_path = folder / ".course" / "workspace.json"
    state = json.loads(state_path.read_text())
    glossary = folder / "docs" / "glossary.md"
    glossary.write_text("old course text", encoding="utf-8")
    state["files"]["docs/glossary.md"]["sha256"] = hashlib.sha256(b"old course text").hexdigest()
    (folder / "docs" / "SOURCES.md").write_text("my notes", encoding="utf-8")
    state_path.write_text(json.dumps(state))
    report = create_workspace(folder)
    assert report.refreshed == ("docs/glossary.md",)
    assert glossary.read_bytes() == (ROOT / "docs" / "glossary.md").read_bytes()
    assert (folder / "docs" / "SOURCES.md").read_text(encoding="utf-8") == "my notes"
    assert report.newer == (), "the course's SOURCES.md has not changed, so there is nothing newer"


def test_reset_keeps_every_old_copy_under_a_numbered_name(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    name = STUDENT[2].name
    stem = name[: -len(".ipynb")]
    for n in (1, 2):
        (folder / name).write_text(f"attempt {n}", encoding="utf-8")
        report = reset_notebook(name[:2], folder)
        assert report.kept == folder / f"{stem}.old-{n}.ipynb"
        assert report.kept.read_text(encoding="utf-8") == f"attempt {n}"
        assert (folder / name).read_bytes() == clean_notebook(STUDENT[2].read_bytes())
    again = reset_notebook(int(name[:2]), folder)
    assert again.kept is None, "an untouched copy needs no copy"
    assert sorted(p.name for p in folder.glob(f"{stem}*")) == [name, f"{stem}.old-1.ipynb", f"{stem}.old-2.ipynb"]


def test_the_command_line_creates_updates_and_resets(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "w"
    assert main(["workspace", str(folder)]) == 0
    assert "copied 00-start-here.ipynb" in capsys.readouterr().out
    assert main(["workspace", str(folder)]) == 0
    assert "up to date" in capsys.readouterr().out
    (folder / STUDENT[0].name).write_text("mine", encoding="utf-8")
    assert main(["reset", "00", "--dir", str(folder)]) == 0
    assert "kept as 00-start-here.old-1.ipynb" in capsys.readouterr().out
    monkeypatch.chdir(folder)  # inside a workspace, --dir is not needed
    (folder / STUDENT[0].name).write_text("mine again", encoding="utf-8")
    assert main(["reset", "0"]) == 0
    assert (folder / "00-start-here.old-2.ipynb").read_text(encoding="utf-8") == "mine again"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reset", "02", "--dir", "{tmp}"], "is not a workspace"),
        (["reset", "99", "--dir", "{ws}"], "has no notebook 99"),
        (["reset", "two", "--dir", "{ws}"], "is not a notebook number"),
        (["workspace", "{root}/notebooks"], "is part of the course itself"),
    ],
)
def test_the_command_line_explains_a_refusal_in_one_line(tmp_path, capsys, argv, message):
    create_workspace(tmp_path / "ws")
    argv = [a.format(tmp=tmp_path, ws=tmp_path / "ws", root=ROOT) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_check_appends_one_line_per_attempt_in_the_documented_format(ws):
    check("0.3", 3)  # a predicted mistake: the position, counted from 0
    check("0.3", 99)
    check("0.3", "four")
    check("0.3", REGISTRY["0.3"].expected())
    lines = _lines(ws)
    assert [line["status"] for line in lines] == ["wrong", "wrong", "wrong-type", "right"]
    assert [line["try"] for line in lines] == [1, 2, 3, 4]
    assert [line["mistake"] for line in lines] == ["counted-from-0", None, None, None]
    for line in lines:
        assert set(line) == {"format", "time", "exercise", "notebook", "status", "mistake", "try"}
        assert line["format"] == "course-progress/1" and line["exercise"] == "0.3" and line["notebook"] == "00"
        assert TIME.fullmatch(line["time"])
    raw = (ws / ".course" / "progress.jsonl").read_text(encoding="utf-8")
    assert "99" not in raw and "four" not in raw, "no answer text is stored"


def test_nothing_is_written_without_a_workspace(tmp_path, monkeypatch):
    monkeypatch.delenv("COURSE_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    check("0.1", 3)
    check("0.1", ...)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_checks_in_the_course_folder_leave_git_status_clean(monkeypatch):
    monkeypatch.delenv("COURSE_WORKSPACE", raising=False)
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    for folder in (ROOT, ROOT / "notebooks", ROOT / "notebooks" / "solutions"):
        monkeypatch.chdir(folder)
        check("0.1", 3)
        progress()
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    assert after == before


def test_the_environment_variable_names_the_workspace(tmp_path, monkeypatch):
    create_workspace(tmp_path / "hub-home")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COURSE_WORKSPACE", str(tmp_path / "hub-home"))
    check("0.1", 3)
    assert [line["exercise"] for line in _lines(tmp_path / "hub-home")] == ["0.1"]


def test_hints_follow_the_tries_recorded_in_the_workspace_across_a_restart(ws):
    q = exercises.register(exercises.Question("9.60", "number", 5, hint="idea", method="method", step="step"))
    assert check(q.id, 1).message == "not quite. Hint: idea"
    reset_progress()  # a kernel restart forgets the session; the file remembers
    assert check(q.id, 2).message == "not quite. Hint (the method): method"
    assert check(q.id, 3).message == "not quite. Hint (a worked step): step"


def test_progress_survives_a_kernel_restart_and_summarises_the_course(ws):
    right = REGISTRY["0.1"].expected()
    assert check("0.1", right).correct
    check("0.2", 1)
    code = "from helpers import progress; print(progress(0)); print('---'); print(progress())"
    env = {k: v for k, v in os.environ.items() if k != "COURSE_WORKSPACE"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ws, capture_output=True, text=True, env=env, check=True).stdout
    one, course = out.split("---\n")
    assert one.startswith("Notebook 0: 1 of 4 exercises solved (0.1 ✔, 0.2 ✘ 1 try, 0.3 ·, 0.4 ·)")
    assert "Saved in your workspace" in one
    assert course.startswith("The course: 1 of ")
    for n in range(len(STUDENT)):
        assert f"\nNotebook {n}: " in course


def test_progress_skips_and_counts_lines_it_cannot_read(ws):
    check("0.1", 3)
    with open(ws / ".course" / "progress.jsonl", "a", encoding="utf-8") as f:
        f.write("not json\n{\"format\": \"other\"}\n")
    check("0.1", 4)
    record = attempts.read_attempts(ws)
    assert len(record.attempts) == 2 and record.skipped == (2, 3)
    assert "2 line(s) of that file could not be read" in progress(0)
    assert _lines.__name__  # the file is still appended to, never rewritten
    assert (ws / ".course" / "progress.jsonl").read_text(encoding="utf-8").count("\n") == 4


def test_a_read_only_workspace_still_gets_feedback(ws):
    (ws / ".course" / "progress.jsonl").mkdir()  # any write fails
    feedback = check("0.1", 3)
    assert feedback.status == "wrong" and not feedback.saved


def test_start_over_in_a_notebook_keeps_the_old_copy(ws):
    (ws / STUDENT[1].name).write_text("mine", encoding="utf-8")
    note = start_over(1)
    assert "is the course's version again" in note and "Reload Notebook from Disk" in note
    assert (ws / (STUDENT[1].stem + ".old-1.ipynb")).read_text(encoding="utf-8") == "mine"
    assert "Could not start over" in start_over(42)


def test_a_workspace_cannot_be_the_course_itself():
    for place in (ROOT, ROOT / "notebooks", ROOT / "notebooks" / "solutions", ROOT / "helpers"):
        with pytest.raises(WorkspaceError):
            create_workspace(place)


def test_a_placeholder_or_none_is_no_attempt_in_the_record_nor_in_progress(ws):
    check("0.2", ...)
    check("0.2", None)
    assert _lines(ws) == [], "an unanswered check is not written"
    assert "0.2 ·" in progress(0)
    check("0.2", 1)
    assert [line["try"] for line in _lines(ws)] == [1]


def test_an_old_unanswered_line_is_no_try_in_progress_nor_in_the_class_report(ws):
    from coursekit.hub.teacher.progress import class_progress

    old = {"format": "course-progress/1", "time": "2026-12-01T08:30:00Z", "exercise": "0.2", "notebook": "00",
           "status": "unanswered", "mistake": None, "try": 1}
    (ws / ".course" / "progress.jsonl").write_text(json.dumps(old) + "\n", encoding="utf-8")
    assert "0.2 ·" in progress(0)
    assert class_progress({"amy": ws}, ["0.2"]).cell("amy", "0.2").state == "not started"


def test_after_a_placeholder_the_count_is_the_workspaces_not_this_sessions(ws):
    assert check("0.1", REGISTRY["0.1"].expected()).correct
    reset_progress()  # a new day, a new kernel
    shown = repr(check("0.2", ...))
    assert "[1 of 4 exercises of notebook 0 solved saved in your workspace]" in shown


def test_the_courses_demonstration_cells_are_not_attempts(ws, monkeypatch):
    from helpers.exercises import cells

    for demo in ('check("0.1", "nine")', 'check("0.1", 3)'):
        monkeypatch.setattr(cells, "current_cell_source", lambda demo=demo: demo)
        assert check("0.1", eval(demo[len('check("0.1", '):-1])).status in ("wrong", "wrong-type")
    assert _lines(ws) == [] and "0.1 ·" in progress(0)
    monkeypatch.setattr(cells, "current_cell_source", lambda: 'check("0.1", 4)')  # the learner's own try
    assert check("0.1", 4).message == "not quite. Hint: Count the items in article.paragraphs (len() does it for you)."
    assert [line["status"] for line in _lines(ws)] == ["wrong"]


def _code_cells(path: Path) -> list[dict]:
    return [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]


def test_a_workspace_copy_opens_with_nothing_run_and_the_same_cells(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    assert any(c["outputs"] for c in _code_cells(STUDENT[0])), "the course's notebook stores outputs"
    for p in STUDENT:
        mine, course = _code_cells(folder / p.name), _code_cells(p)
        assert [c["source"] for c in mine] == [c["source"] for c in course]
        assert all(c["outputs"] == [] and c["execution_count"] is None for c in mine), p.name
        assert "exercises solved" not in (folder / p.name).read_text(encoding="utf-8"), "a stale progress line"


def test_reset_gives_a_copy_with_nothing_run_and_an_old_style_copy_counts_as_unchanged(tmp_path):
    folder = tmp_path / "w"
    create_workspace(folder)
    name = STUDENT[1].name
    (folder / name).write_bytes(STUDENT[1].read_bytes())  # copied with outputs, before copies were cleaned
    assert create_workspace(folder).newer == ()
    assert reset_notebook(name[:2], folder).kept is None, "an untouched old-style copy needs no copy"
    assert all(c["outputs"] == [] for c in _code_cells(folder / name))
