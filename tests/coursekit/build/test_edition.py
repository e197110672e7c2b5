"""The student edition is made one way (helpers.course.edition_files), and every user of it gets the same files:
the learners' image and hub environment (python -m coursekit edition), a workspace and the website."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coursekit.build.edition import PACKAGE, main, write_edition
from coursekit.site.stage import stage
from helpers.course import edition_files
from helpers.workspace import DOCS, create_workspace

ROOT = Path(__file__).resolve().parents[3]


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def student(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("edition") / "student"
    write_edition("student", folder)
    return folder


def test_the_student_edition_holds_no_solution_no_teachers_doc_and_no_tooling(student):
    files = _tree(student)
    assert not [f for f in files if f.startswith(("notebooks/solutions", "coursekit/", "hub/", "tests/", "site/"))]
    assert "docs/teacher-guide.md" not in files and "docs/answer-key.md" not in files
    assert "notebooks/course.toml" in files and "helpers/questions/nb05.py" in files


def test_the_student_edition_is_the_package_and_the_editions_files(student):
    wanted = set(edition_files("student"))
    assert wanted <= _tree(student)
    tops = {f.split("/")[0] for f in _tree(student)}
    assert tops == {name.split("/")[0] for name in (*PACKAGE, *wanted)}


def test_a_workspace_gets_the_student_editions_notebooks_and_docs(tmp_path):
    report = create_workspace(tmp_path / "ws")
    expected = {DOCS.get(path, Path(path).name) for path in edition_files("student")}
    assert set(report.copied) == expected


def test_the_student_website_shows_the_student_editions_files(tmp_path):
    for folder in ("notebooks", "docs", "helpers/data"):
        shutil.copytree(ROOT / folder, tmp_path / "repo" / folder, ignore=shutil.ignore_patterns("src"))
    staged = stage(tmp_path / "repo", "student", tmp_path / "out")
    assert set(staged.pages) - {"index.md"} == set(edition_files("student"))
    staged = stage(tmp_path / "repo", "instructor", tmp_path / "out")
    solutions = {p.replace("notebooks/solutions/", "notebooks/") for p in edition_files("instructor")}
    assert set(staged.pages) - {"index.md"} == solutions


def test_the_wheel_is_built_from_the_editions_package():
    from test_wheel import BUILT_FROM

    assert set(BUILT_FROM) == set(PACKAGE)


def test_the_command_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "mine.txt").write_text("keep")
    assert main(["student", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err and (tmp_path / "mine.txt").read_text() == "keep"
