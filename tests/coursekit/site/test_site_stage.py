"""The website's sources, without Sphinx or a browser: the manifest, the editions, the alt texts.

Fast, so plain ``make test`` runs it; ``make test-site`` builds and checks
the site itself (tests/site/).
"""

from __future__ import annotations

import doctest
import inspect
import json
import shutil
from pathlib import Path

import pytest

import helpers
from coursekit.site import alt, stage, words
from helpers.course import EXAMPLE, ManifestError, load_course, loads_course

REPO = Path(__file__).resolve().parents[3]

COURSE = REPO / "notebooks" / "course.toml"


@pytest.mark.parametrize("module", [alt, stage, words], ids=lambda m: m.__name__)
def test_site_modules_pass_their_doctests(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("module", [alt, stage, words], ids=lambda m: m.__name__)
def test_every_public_name_of_the_site_modules_has_a_doctest(module):
    public = [getattr(module, name) for name in module.__all__]
    public = [obj for obj in public if inspect.isfunction(obj) or inspect.isclass(obj)]
    missing = [obj.__name__ for obj in public if ">>>" not in (obj.__doc__ or "")]
    assert not missing, f"{module.__name__}: add a doctest to {missing}"


def test_course_toml_lists_every_notebook_in_order_with_its_heading_and_time():
    course = load_course(COURSE)
    on_disk = sorted(p.stem for p in (REPO / "notebooks").glob("*.ipynb"))
    assert [lesson.stem for lesson in course.lessons] == on_disk
    for lesson in course.lessons:
        path = REPO / "notebooks" / lesson.filename
        assert stage.notebook_mismatches(lesson, path) == [], (
            "reconcile notebooks/course.toml with the notebook"
        )
        assert stage.notebook_mismatches(lesson, REPO / "notebooks" / "solutions" / lesson.filename) == []


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the parts of the repository the site is built from."""
    for folder in ("notebooks", "docs", "helpers/data"):
        shutil.copytree(
            REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("src", ".ipynb_checkpoints")
        )
    return tmp_path


def test_the_student_edition_has_no_solution_and_no_teacher_guide(copy, tmp_path):
    staged = stage.stage(copy, "student", tmp_path / "out")
    assert "docs/teacher-guide.md" not in staged.pages
    assert "docs/answer-key.md" not in staged.pages, "the answer key belongs to the instructor edition only"
    assert not (tmp_path / "out" / "docs" / "teacher-guide.md").exists()
    for name in staged.pages:
        if name.endswith(".ipynb"):
            laid = (tmp_path / "out" / name).read_bytes()
            assert laid == (REPO / name).read_bytes(), f"{name} is not the student notebook"
    assert "Teacher guide" not in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")


def test_the_instructor_edition_has_the_solutions_and_the_teacher_guide(copy, tmp_path):
    staged = stage.stage(copy, "instructor", tmp_path / "out")
    assert "docs/teacher-guide.md" in staged.pages
    assert "docs/answer-key.md" in staged.pages
    laid = (tmp_path / "out" / "notebooks" / "02-acsa.ipynb").read_bytes()
    assert laid == (REPO / "notebooks" / "solutions" / "02-acsa.ipynb").read_bytes()
    assert "Instructor edition" in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")


def test_the_home_page_takes_titles_and_minutes_from_course_toml(copy, tmp_path):
    toml = copy / "notebooks" / "course.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('title = "Japan–New Zealand', 'title = "Renamed'),
        encoding="utf-8",
    )
    stage.stage(copy, "student", tmp_path / "out")
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    course = load_course(COURSE)
    assert index.startswith("# Renamed")
    for lesson in course.lessons:
        assert f"[{lesson.title}](notebooks/{lesson.filename}) | {lesson.minutes} min" in index
        assert f"{lesson.heading} <notebooks/{lesson.stem}>" in index


def test_the_course_table_of_notebook_00_gives_each_notebooks_own_time():
    """Notebook 00's table of minutes agrees with course.toml, which the test above ties to each notebook."""
    import re

    source = (REPO / "notebooks" / "src" / "00-start-here.py").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^# \| .*?(\d\d)[ -][^|]*\|[^|]*\| (\d+) \|$", source, flags=re.M))
    wanted = {lesson.stem[:2]: str(lesson.minutes) for lesson in load_course(COURSE).lessons}
    assert rows == wanted, "fix the minutes in notebook 00's course table (its markdown, not its setup cell)"


def test_a_listed_notebook_that_is_missing_stops_the_build_with_its_name(copy, tmp_path):
    (copy / "notebooks" / "03-information-security.ipynb").unlink()
    with pytest.raises(
        ManifestError,
        match=r"course\.toml: lists 03-information-security, but .* has no 03-information-security\.ipynb",
    ):
        stage.stage(copy, "student", tmp_path / "out")


def test_a_notebook_not_listed_stops_the_build(copy, tmp_path):
    shutil.copy(copy / "notebooks" / "05-capstone.ipynb", copy / "notebooks" / "06-extra.ipynb")
    with pytest.raises(ManifestError, match=r"does not list 06-extra\.ipynb"):
        stage.stage(copy, "student", tmp_path / "out")


def test_a_time_that_differs_from_course_toml_is_named(copy, tmp_path):
    toml = copy / "notebooks" / "course.toml"
    text = toml.read_text(encoding="utf-8")
    stated = next(lesson.minutes for lesson in load_course(toml).lessons if lesson.stem == "05-capstone")
    block = text.index('stem = "05-capstone"')
    wrong = text[:block] + text[block:].replace(f"minutes = {stated}", f"minutes = {stated - 5}", 1)
    wrong = wrong.replace("writing = 55,", "writing = 50,", 1)  # the manifest itself stays consistent
    assert wrong != text
    toml.write_text(wrong, encoding="utf-8")
    with pytest.raises(
        ManifestError,
        match=rf'05-capstone\.ipynb says "about {stated} minutes" but course\.toml says minutes = {stated - 5}',
    ):
        stage.stage(copy, "student", tmp_path / "out")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[notebook]]\nstem = 'x'\n", "no 'title'"),
        ("title = 'T'\n", "lists no notebook"),
        (
            "[[notebook]]\nstem = '00-a'\ntitle = 'A'\nminutes = 0\n",
            "minutes should be a whole number above 0",
        ),
        ("[[notebook]\n", "not valid TOML"),
        (EXAMPLE.replace('"01-data"', '"00-start"'), "lists 00-start more than once"),
        (EXAMPLE.replace('"01-data"', '"00-data"'), "lists 00-data and 00-start: one number each"),
    ],
)
def test_a_malformed_manifest_says_what_to_fix(text, message):
    with pytest.raises(ManifestError, match=message):
        loads_course(text)


def _notebooks():
    return sorted((REPO / "notebooks").glob("*.ipynb")) + sorted(
        (REPO / "notebooks" / "solutions").glob("*.ipynb")
    )


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: str(p.relative_to(REPO / "notebooks")))
def test_every_chart_has_a_text_alternative_that_is_not_a_file_name(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    found = alt.chart_alts(notebook, path.name)
    images = sum(
        "image/png" in output.get("data", {})
        for cell in notebook["cells"]
        for output in cell.get("outputs", [])
    )
    assert len(found) == images
    for item in found.values():
        assert len(item.alt) >= 40 and not item.alt.endswith(".png"), item


def test_the_alt_text_is_the_describe_text_where_the_notebook_prints_it():
    notebook = json.loads((REPO / "notebooks" / "02-acsa.ipynb").read_text(encoding="utf-8"))
    describe = " ".join(helpers.describe_acsa_timeline().split())
    found = [item for item in alt.chart_alts(notebook).values() if item.origin == "describe"]
    assert describe in [item.alt for item in found], (
        "the ACSA timeline's alt should be describe_acsa_timeline()"
    )


def test_metadata_alt_wins_over_the_describe_text():
    chart = {
        "cell_type": "code",
        "source": "draw()",
        "metadata": {},
        "outputs": [
            {
                "output_type": "display_data",
                "data": {"image/png": "x"},
                "metadata": {"image/png": {"alt": "Set by the author."}},
            }
        ],
    }
    said = {
        "cell_type": "code",
        "source": "describe_x()",
        "outputs": [{"output_type": "execute_result", "data": {"text/plain": "'Printed.'"}}],
    }
    (item,) = alt.chart_alts({"cells": [chart, said]}).values()
    assert (item.alt, item.origin) == ("Set by the author.", "metadata")
    chart["outputs"][0]["metadata"] = {}
    (item,) = alt.chart_alts({"cells": [chart, said]}).values()
    assert (item.alt, item.origin) == ("Printed.", "describe")


def test_the_next_section_heading_is_not_taken_as_the_charts_reading():
    chart = {
        "cell_type": "code",
        "source": "draw()",
        "outputs": [{"output_type": "display_data", "data": {"image/png": "x"}}],
    }
    heading = {"cell_type": "markdown", "source": "## Next section\n\nAbout something else."}
    with pytest.raises(alt.AltError, match="cell 1 draws a chart but has no text alternative"):
        alt.chart_alts({"cells": [chart, heading]}, "x.ipynb")


def test_the_japanese_edition_is_laid_out_from_notebooks_ja_with_their_own_titles(copy, tmp_path):
    staged = stage.stage(copy, "student", tmp_path / "out", lang="ja")
    for name in staged.pages:
        if name.endswith(".ipynb"):
            laid = (tmp_path / "out" / name).read_bytes()
            assert laid == (REPO / "notebooks" / "ja" / Path(name).name).read_bytes(), (
                f"{name} is not notebooks/ja/"
            )
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    heading = stage.notebook_heading(REPO / "notebooks" / "ja" / "00-start-here.ipynb")
    assert heading.startswith("00 · ") and f"[{heading[5:]}](notebooks/00-start-here.ipynb)" in index
    assert "## ノートブック（順番どおり）" in index and "make lab-ja" in index
    assert "Teacher guide" not in index
    assert json.loads((tmp_path / "out" / "_course.json").read_text(encoding="utf-8"))["lang"] == "ja"


def test_the_japanese_instructor_edition_has_the_japanese_solutions(copy, tmp_path):
    stage.stage(copy, "instructor", tmp_path / "out", lang="ja")
    laid = (tmp_path / "out" / "notebooks" / "02-acsa.ipynb").read_bytes()
    assert laid == (REPO / "notebooks" / "ja" / "solutions" / "02-acsa.ipynb").read_bytes()
    assert "教員版" in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")


def test_the_japanese_instructor_edition_shows_the_japanese_teacher_guide_and_answer_key(copy, tmp_path):
    staged = stage.stage(copy, "instructor", tmp_path / "out", lang="ja")
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "docs/ja/teacher-guide\ndocs/classroom\ndocs/ja/answer-key\n" in index
    assert "(docs/ja/teacher-guide.md)" in index and "(docs/ja/answer-key.md)" in index
    assert {"docs/ja/teacher-guide.md", "docs/ja/answer-key.md"} <= set(staged.pages)
    english = (tmp_path / "out" / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    assert english.startswith("---\norphan: true\n---\n"), "the English guide stays, out of the contents"
    english_site = stage.stage(copy, "instructor", tmp_path / "en")
    assert "docs/teacher-guide\ndocs/classroom\ndocs/answer-key\n" in english_site.folder.joinpath(
        "index.md"
    ).read_text(encoding="utf-8")


def test_a_japanese_notebook_with_the_wrong_number_stops_the_build(copy, tmp_path):
    path = copy / "notebooks" / "ja" / "02-acsa.ipynb"
    path.write_text(path.read_text(encoding="utf-8").replace('"# 02 · ', '"# 20 · ', 1), encoding="utf-8")
    with pytest.raises(
        ManifestError, match=r"02-acsa\.ipynb is headed '20 · .*' but course\.toml says it is number 02"
    ):
        stage.stage(copy, "student", tmp_path / "out", lang="ja")


def test_a_language_the_site_has_no_words_in_is_refused(copy, tmp_path):
    with pytest.raises(ValueError, match="the website has no text in 'fr'"):
        stage.stage(copy, "student", tmp_path / "out", lang="fr")


@pytest.mark.parametrize(
    ("args", "env_lang", "wanted"),
    [
        (["site", "LANG=ja"], "C.UTF-8", "--edition student --lang ja"),
        (["site-ja"], "C.UTF-8", "--edition student --lang ja"),
        (["site"], "C.UTF-8", "--edition student --lang en"),
        (
            ["site"],
            "ja_JP.UTF-8",
            "--edition student --lang en",
        ),  # the shell's locale is not a choice of site
        (["site-instructor", "LANG=ja"], "C.UTF-8", "--edition instructor --lang ja"),
    ],
)
def test_make_site_builds_the_japanese_edition_only_when_asked(args, env_lang, wanted):
    import os
    import subprocess

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    env = {**os.environ, "LANG": env_lang}
    out = subprocess.run(
        [make, "-n", "--no-print-directory", "-C", str(REPO), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert wanted in out.splitlines()[-1], out


def test_the_japanese_search_indexes_each_official_term_whole():
    pytest.importorskip("sphinx")
    from coursekit.site import jasearch

    text = "日本とニュージーランドは物品役務相互提供協定に署名しました。"
    pieces = jasearch.DefaultSplitter({}).split(text)
    assert "物品役務相互提供協定" not in pieces, "Sphinx's splitter alone now keeps the term whole"
    assert "物品役務相互提供協定" in jasearch.TermSplitter({}).split(text)
    assert jasearch.terms()[0] == max(jasearch.terms(), key=len)
