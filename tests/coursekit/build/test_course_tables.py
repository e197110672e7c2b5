"""notebooks/course.toml is the one source of the course's order, titles, minutes and objectives.

The navigation and "Time" lines of every notebook, the course tables of
notebook 00 and the README and the teacher guide's timing table are
generated from it (coursekit/build/tables.py); these tests fail when any of
them drifts, and show on a copy that they can.
"""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

from coursekit.build import tables as course_tables
from helpers.course import ManifestError, course

ROOT = Path(__file__).resolve().parents[3]

COURSE = course_tables.load(ROOT)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The files the manifest generates blocks in, with the manifest, in a temporary folder."""
    shutil.copytree(ROOT / "notebooks" / "src", tmp_path / "notebooks" / "src")
    for name in ("notebooks/course.toml", "README.md", "docs/teacher-guide.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_no_generated_block_differs_from_course_toml():
    assert course_tables.drift(ROOT) == [], "run `python -m coursekit tables` (or `make notebooks`)"


def test_the_checkout_and_the_installed_course_read_the_same_manifest():
    assert course() == COURSE


@pytest.mark.parametrize("lesson", COURSE.lessons, ids=lambda x: x.stem)
def test_each_source_is_headed_by_its_title_and_opens_with_the_generated_lines(lesson):
    source = (ROOT / "notebooks" / "src" / f"{lesson.stem}.py").read_text(encoding="utf-8")
    assert source.splitlines()[1] == f"# # {lesson.number} · {lesson.title}"
    opening = source.split("<!-- course:opening -->")[1].split("<!-- /course:opening -->")[0]
    assert f"**Time:** about {lesson.minutes} minutes for {COURSE.learner}: reading about" in opening
    here = next(line for line in opening.splitlines() if line.startswith("# **You are here:**"))
    assert re.search(rf"(:\*\* | \| ){re.escape(lesson.label)}( \| |$)", here), (
        "the current notebook, unlinked"
    )


def test_the_navigation_links_each_notebook_to_its_neighbours():
    first, second, last = COURSE.lessons[0], COURSE.lessons[1], COURSE.lessons[-1]
    blocks = course_tables.expected_blocks(COURSE, ROOT)
    src = ROOT / "notebooks" / "src"
    assert blocks[src / f"{first.stem}.py"]["opening"].startswith(
        f"**You are here:** {first.label} | [{second.label} →]({second.filename})"
    )
    assert (
        f"[← {first.label}]({first.filename}) | {second.label} |"
        in blocks[src / f"{second.stem}.py"]["opening"]
    )
    assert f"[back to the course map: {first.label} →]" in blocks[src / f"{last.stem}.py"]["opening"]
    assert blocks[src / f"{last.stem}.py"]["closing"].startswith("**This is the last notebook.**")


def test_the_teacher_guides_timing_table_adds_up():
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    total = re.search(r"^\| \*\*Whole course\*\* \| \| \*\*(\d+)\*\* \|((?: \d+ \|)+)$", guide, re.M)
    assert total, "the timing table has no 'Whole course' row"
    assert (
        int(total.group(1)) == COURSE.minutes == sum(int(n) for n in total.group(2).split("|") if n.strip())
    )


@pytest.mark.parametrize("lesson", COURSE.lessons, ids=lambda x: x.stem)
def test_the_teacher_guides_headings_state_each_notebooks_own_time(lesson):
    """The per-notebook headings are prose, not generated: they must still agree."""
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    heading = re.search(rf"^### {lesson.number} · {re.escape(lesson.short)} \((.*)\)$", guide, re.M)
    assert heading, f"the teacher guide has no '### {lesson.number} · {lesson.short} (...)' heading"
    stated = re.match(r"(?:about )?(\d+)", heading.group(1))
    assert stated and int(stated.group(1)) == lesson.minutes, heading.group(0)


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("README.md", "| `02-acsa` |", "| `02-acsa-renamed` |"),
        ("docs/teacher-guide.md", "| **Whole course** | | **", "| **All** | | **"),
        ("notebooks/src/00-start-here.py", "(this one) | learn the tools", "(this one) | learn tools"),
        ("notebooks/src/03-information-security.py", "**Time:** about 125", "**Time:** about 100"),
        ("notebooks/src/04-regional-context.py", "**Next:** [05 Capstone →]", "**Next:** [05 The end →]"),
    ],
    ids=["readme", "teacher-guide", "notebook-00-table", "time-line", "next-line"],
)
def test_a_hand_edit_inside_a_block_is_named_and_undone(copy, path, old, new):
    edit(copy / path, old, new)
    assert course_tables.drift(copy) == [path]
    assert course_tables.update(copy) == [path]
    assert course_tables.drift(copy) == []
    assert (copy / path).read_text(encoding="utf-8") == (ROOT / path).read_text(encoding="utf-8")


def test_a_change_in_course_toml_reaches_all_four_places(copy):
    manifest = copy / "notebooks" / "course.toml"
    edit(manifest, 'short = "The ACSA"', 'short = "The logistics agreement"')
    assert course_tables.drift(copy) == [
        "notebooks/src/00-start-here.py",
        "notebooks/src/01-the-article-as-data.py",
        "notebooks/src/02-acsa.py",
        "notebooks/src/03-information-security.py",
        "docs/teacher-guide.md",
    ]
    edit(manifest, "minutes = 200\ntime = { reading = 35,", "minutes = 205\ntime = { reading = 40,")
    assert "README.md" in course_tables.drift(copy)
    course_tables.update(copy)
    assert course_tables.drift(copy) == []
    readme = (copy / "README.md").read_text(encoding="utf-8")
    assert "| `05-capstone` | a one-page analyst's briefing" in readme and "| 205 |" in readme
    nav = (copy / "notebooks" / "src" / "01-the-article-as-data.py").read_text(encoding="utf-8")
    assert "[02 The logistics agreement →](02-acsa.ipynb)" in nav
    assert "about 205 minutes" in (copy / "notebooks" / "src" / "05-capstone.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "minutes = 25\n",
            "minutes = 30\n",
            r"\(00-start-here\): the time parts add up to 25, not minutes = 30",
        ),
        ("time = { reading = 15,", "time = { reeding = 15,", r"time has \['reeding'\]; use only"),
        ('objective = "learn the tools; a first look at the article"\n', "", r"has no 'objective'"),
        ('stem = "02-acsa"', 'stem = "2-acsa"', r"stem '2-acsa' should look like '02-acsa'"),
        ('stem = "05-capstone"', 'stem = "06-capstone"', r"does not list 05-capstone"),
    ],
    ids=["sum", "unknown-part", "missing-field", "stem", "unlisted-source"],
)
def test_a_broken_manifest_is_named(copy, old, new, message):
    edit(copy / "notebooks" / "course.toml", old, new)
    with pytest.raises(ManifestError, match=rf"notebooks/course\.toml: .*{message}"):
        course_tables.drift(copy)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "<!-- course:table -->\n",
            "",
            r"README\.md: line \d+: marker '<!-- /course:table -->' is out of place",
        ),
        ("<!-- /course:table -->\n", "", r"README\.md: <!-- course:table --> is never closed"),
        ("<!-- course:table -->", "<!-- course:tables -->", r"no block named 'tables' belongs here"),
    ],
    ids=["no-start", "no-end", "unknown-name"],
)
def test_a_broken_marker_is_named_with_its_line(copy, old, new, message):
    edit(copy / "README.md", old, new)
    with pytest.raises(ManifestError, match=message):
        course_tables.drift(copy)


def test_a_file_without_its_block_is_named(copy):
    path = copy / "docs" / "teacher-guide.md"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("<!-- course:timing -->"), text.index("<!-- /course:timing -->")
    path.write_text(text[:start] + text[end + len("<!-- /course:timing -->") :], encoding="utf-8")
    with pytest.raises(ManifestError, match=r"teacher-guide\.md: has no <!-- course:timing --> block"):
        course_tables.drift(copy)


def test_the_tool_passes_its_doctests():
    result = doctest.testmod(course_tables, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5 and result.failed == 0


def test_check_exits_1_and_names_the_file(copy, capsys):
    edit(copy / "README.md", "| `02-acsa` |", "| `02` |")
    assert course_tables.main(["--check", "--root", str(copy)]) == 1
    assert "README.md: differs from notebooks/course.toml" in capsys.readouterr().err
    assert course_tables.main(["--root", str(copy)]) == 0
    assert course_tables.main(["--check", "--root", str(copy)]) == 0
