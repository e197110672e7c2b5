"""A seventh notebook is three things: its course.toml entry, its source and its answer key.

The test adds one to a copy of the course (the installed manifest pointed at
the copy, the answer key on the answer keys' package path) and checks that
everything that lists notebooks picks it up without another edit: the
build and the course tables, grading's notebook list and its file lookup,
the teacher's report, the website's staging, a learner's workspace and the
question bank.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import nbformat
import pytest

import helpers.course
import helpers.questions
import helpers.workspace
from coursekit.build import notebooks as build
from coursekit.build import tables
from coursekit.site.stage import stage

ROOT = Path(__file__).resolve().parents[2]

ENTRY = """
[[notebook]]
stem = "06-what-next"
title = "What next: the agreements after the article"
short = "What next"
minutes = 30
time = { reading = 20, exercises = 10 }
objective = "follow one agreement after the article"
summary = "follow one agreement after the article, with its sources"
"""

SOURCE = """# %% [markdown]
# # 06 · What next: the agreements after the article
#
# <!-- course:opening -->
# <!-- /course:opening -->

# %%
from helpers import check

# %% [markdown]
# **Exercise 6.1** (★☆☆) How many notebooks came before this one?

# %%
answer_6_1 = 6  # SOLUTION
check("6.1", answer_6_1)

# %% [markdown]
# <!-- course:closing -->
# <!-- /course:closing -->
"""

ANSWER_KEY = '''"""Exercises of notebook 06, *What next* (a test's seventh notebook)."""

from helpers.exercises import Question, register

QUESTIONS = (register(Question("6.1", "number", 6, hint="Count the notebooks before this one.")),)
'''


@pytest.fixture
def seventh(tmp_path, monkeypatch) -> Path:
    """A copy of the course with a seventh notebook, which the installed helpers now read."""
    repo = tmp_path / "course"
    shutil.copytree(ROOT / "notebooks", repo / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name in ("README.md", "docs", "helpers/data/SOURCES.md"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        copy(ROOT / name, repo / name)
    manifest = repo / "notebooks" / "course.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")
    (repo / "notebooks" / "src" / "06-what-next.py").write_text(SOURCE, encoding="utf-8")
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / "nb06.py").write_text(ANSWER_KEY, encoding="utf-8")

    monkeypatch.setattr(helpers.course, "manifest_path", lambda: manifest)
    monkeypatch.setattr(helpers.questions, "__path__", [*helpers.questions.__path__, str(keys)])
    monkeypatch.delitem(sys.modules, "helpers.questions.nb06", raising=False)
    monkeypatch.setattr(helpers.workspace, "course_root", lambda: repo)
    monkeypatch.setattr(build, "STUDENT_DIR", repo / "notebooks")
    monkeypatch.setattr(build, "INSTRUCTOR_DIR", repo / "notebooks" / "solutions")
    yield repo
    from helpers.exercises.bank import REGISTRY

    REGISTRY.pop("6.1", None)
    sys.modules.pop("helpers.questions.nb06", None)


def _built(repo: Path) -> None:
    """`make notebooks` without executing: the blocks from course.toml, then both versions of 06."""
    tables.update(repo)
    source = repo / "notebooks" / "src" / "06-what-next.py"
    for nb, target in zip(build.make_versions(source), build.targets(source), strict=True):
        nbformat.write(nb, target)


def test_the_build_and_the_course_tables_pick_it_up(seventh):
    assert [p.name for p in build.sources(root=seventh)][-1] == "06-what-next.py"
    assert "notebooks/src/06-what-next.py" in tables.drift(seventh)
    _built(seventh)
    assert tables.drift(seventh) == []
    source = (seventh / "notebooks" / "src" / "06-what-next.py").read_text(encoding="utf-8")
    assert "**Time:** about 30 minutes" in source and "[← 05 Capstone](05-capstone.ipynb)" in source
    assert "[06 What next →](06-what-next.ipynb)" in (seventh / "notebooks/src/05-capstone.py").read_text()
    assert "| `06-what-next` |" in (seventh / "README.md").read_text(encoding="utf-8")
    student = (seventh / "notebooks" / "06-what-next.ipynb").read_text(encoding="utf-8")
    assert "answer_6_1 = ...  # your answer here" in student


def test_the_bank_and_check_pick_up_its_answer_key(seventh):
    from helpers.exercises import check
    from helpers.exercises.bank import course_notebooks, question_ids

    assert course_notebooks()[-1] == 6
    assert question_ids(6) == ["6.1"]
    assert check("6.1", 6).correct


def test_grading_lists_it_and_finds_a_learners_copy(seventh, tmp_path):
    from coursekit.hub.teacher.grade import exercises_by_notebook, handed_in

    assert exercises_by_notebook()[6] == ["6.1"]
    home = tmp_path / "ana"
    home.mkdir()
    (home / "06-what-next.ipynb").write_text("{}", encoding="utf-8")
    assert handed_in(home, 6) == home / "06-what-next.ipynb"


def test_the_teachers_report_has_its_exercises(seventh):
    from coursekit.hub.teacher.report import course_exercises

    assert course_exercises()[-1] == "6.1"


def test_the_website_stages_it(seventh, tmp_path):
    _built(seventh)
    staged = stage(seventh, "student", tmp_path / "site")
    assert "notebooks/06-what-next.ipynb" in staged.pages
    index = (tmp_path / "site" / "index.md").read_text(encoding="utf-8")
    assert "[What next: the agreements after the article](notebooks/06-what-next.ipynb) | 30 min" in index


def test_a_learners_workspace_gets_it_and_can_start_it_over(seventh, tmp_path):
    _built(seventh)
    report = helpers.workspace.create_workspace(tmp_path / "ws")
    assert "06-what-next.ipynb" in report.copied
    assert helpers.workspace.reset_notebook("06", tmp_path / "ws").restored.name == "06-what-next.ipynb"
