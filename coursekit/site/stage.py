"""Lay out the Sphinx source folder of one edition of the website.

Two editions, built from two separate source folders into two separate
output folders, so they can never mix:

* ``student``: the student notebooks (``notebooks/*.ipynb``), the glossary
  and the datasheets; no solution and no teacher guide;
* ``instructor``: the solution notebooks (``notebooks/solutions/*.ipynb``),
  the teacher guide, the glossary and the datasheets.

The folder mirrors the repository (``notebooks/``, ``docs/``,
``helpers/data/``) so the notebooks' own relative links, such as
``../docs/glossary.md``, keep working. ``index.md`` is generated from
notebooks/course.toml, as is ``_course.json``, which the Sphinx extension reads.
What an edition holds is :func:`helpers.course.edition_files` (the one list,
which a workspace and the learners' image use too). Before anything is
copied, each notebook's heading and stated time are checked against the manifest.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers.course import (
    EDITIONS,
    MANIFEST,
    Course,
    Edition,
    Lesson,
    ManifestError,
    edition_files,
    load_course,
)

__all__ = ["Staged", "check_notebooks", "index_markdown", "notebook_mismatches", "stage"]

TIME = re.compile(r"\*\*Time:\*\*\s*about\s+(\d+)\s+minutes")


@dataclass(frozen=True)
class Staged:
    """What :func:`stage` laid out: the folder, the edition and the pages in it.

    >>> Staged(Path("src"), "student", ("index.md",)).pages
    ('index.md',)
    """

    folder: Path
    edition: Edition
    pages: tuple[str, ...]


def check_notebooks(course: Course, folder: Path, manifest: str = MANIFEST) -> list[Path]:
    """The notebook files of ``course`` in ``folder``, in course order; every one must exist.

    A notebook in ``folder`` that the manifest does not list is an error too,
    so nothing is silently left out of the site.

    >>> import tempfile
    >>> from helpers.course import EXAMPLE, loads_course
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     check_notebooks(loads_course(EXAMPLE), Path(tmp), "course.toml")
    Traceback (most recent call last):
    ...
    helpers.course.ManifestError: course.toml: lists 00-start, but ... has no 00-start.ipynb; build it (make notebooks) or remove the entry
    """
    folder = Path(folder)
    paths = [folder / lesson.filename for lesson in course.lessons]
    for lesson, path in zip(course.lessons, paths, strict=True):
        if not path.is_file():
            raise ManifestError(
                manifest,
                f"lists {lesson.stem}, but {folder} has no {lesson.filename}; build it (make notebooks) or remove the entry",
            )
    listed = {path.name for path in paths}
    extra = sorted(p.name for p in folder.glob("*.ipynb") if p.name not in listed)
    if extra:
        raise ManifestError(
            manifest, f"does not list {', '.join(extra)} (in {folder}); add a [[notebook]] entry for each"
        )
    return paths


def _first_markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            return "".join(source) if isinstance(source, list) else source
    return ""


def notebook_mismatches(lesson: Lesson, path: Path) -> list[str]:
    """Where a notebook's own heading or stated time differs from its course.toml entry.

    >>> import tempfile
    >>> cell = {"cell_type": "markdown", "source": "# 02 · The ACSA\\n\\n**Time:** about 50 minutes."}
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp, "02-acsa.ipynb")
    ...     _ = path.write_text(json.dumps({"cells": [cell]}))
    ...     notebook_mismatches(Lesson("02-acsa", "The ACSA", "ACSA", 60), path)
    ['02-acsa.ipynb says "about 50 minutes" but course.toml says minutes = 60']
    """
    text = _first_markdown(path)
    problems = []
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    heading = first[2:].strip() if first.startswith("# ") else ""
    if heading != lesson.heading:
        problems.append(f"{path.name} is headed {heading!r} but course.toml says title = {lesson.title!r}")
    stated = TIME.search(text)
    if stated and int(stated.group(1)) != lesson.minutes:
        problems.append(
            f'{path.name} says "about {stated.group(1)} minutes" but course.toml says minutes = {lesson.minutes}'
        )
    return problems


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def index_markdown(course: Course, edition: Edition, hub_url: str = "") -> str:
    """The home page (MyST Markdown): the notebooks in order with their times, how to run them.

    >>> from helpers.course import EXAMPLE, loads_course
    >>> course = loads_course('title = "T"\\n' + EXAMPLE)
    >>> print(index_markdown(course, "student").splitlines()[0])
    # T
    >>> "| 00 | [Start: the tools](notebooks/00-start.ipynb) | 10 min |" in index_markdown(course, "student")
    True
    """
    rows = "\n".join(
        f"| {lesson.number} | [{lesson.title}](notebooks/{lesson.filename}) | {lesson.minutes} min |"
        for lesson in course.lessons
    )
    toc = "\n".join(f"{lesson.heading} <notebooks/{lesson.stem}>" for lesson in course.lessons)
    hub = f" or open it on [your class hub]({hub_url})" if hub_url else ""
    banner = (
        "\n```{important}\nInstructor edition: every notebook here contains its solutions. "
        "Publish it only where learners cannot reach it; the student edition is built by `make site`.\n```\n"
        if edition == "instructor"
        else ""
    )
    teacher = (
        "- [Teacher guide](docs/teacher-guide.md): timings, flows and what to watch for\n"
        "- [Answer key](docs/answer-key.md): every exercise's answer on one page\n"
        if edition == "instructor"
        else ""
    )
    teacher_toc = "docs/teacher-guide\ndocs/answer-key\n" if edition == "instructor" else ""
    return f"""# {course.title}

{course.subtitle}. This is the reading version of the course: every page is
one notebook, shown with the outputs it stores. Nothing runs here; to run the
code and check your answers, download the notebook from its page.
{banner}
## The notebooks, in order

| No. | Notebook | Time |
| --- | --- | --- |
{rows}

In all about {_hours(course.minutes)}.

## How to run a notebook

- On your own computer: get the course folder, open a terminal in it and
  type `make lab`. The first time it sets everything up (a minute), then it
  opens the course in JupyterLab.
- In class: your teacher may give you a class hub; sign in there{hub}.
  Your own copies of the notebooks are in your workspace and nothing needs
  installing (ignore `make lab` there); hand work in from a cell with
  `helpers.hand_in()` when your teacher asks.

## Reference

{teacher}- [Glossary](docs/glossary.md): the terms the course uses
- [Pandas sheet](docs/pandas-sheet.md): the pandas the exercises use, on one page
- [Model briefing and self-check](docs/model-briefing.md): to open after writing your own briefing
- [Datasheets](helpers/data/SOURCES.md): where every number in the course's tables comes from

```{{toctree}}
:hidden:
:caption: Notebooks

{toc}
```

```{{toctree}}
:hidden:
:caption: Reference

{teacher_toc}docs/glossary
docs/pandas-sheet
docs/model-briefing
helpers/data/SOURCES
```
"""


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def stage(repo: Path, edition: Edition, folder: Path, hub_url: str = "") -> Staged:
    """Check the manifest against the notebooks and lay out ``folder`` for ``edition``.

    ``folder`` is emptied first. Raises :class:`ManifestError` naming every
    problem found (a missing notebook, a heading or a time that differs).

    >>> stage(Path("."), "teacher", Path("x"))
    Traceback (most recent call last):
    ...
    ValueError: edition 'teacher' is not one of ('student', 'instructor')
    """
    if edition not in EDITIONS:
        raise ValueError(f"edition {edition!r} is not one of {tuple(EDITIONS)}")
    course = load_course(repo / MANIFEST)
    paths = check_notebooks(course, repo / EDITIONS[edition], MANIFEST)
    problems = [
        p
        for lesson, path in zip(course.lessons, paths, strict=True)
        for p in notebook_mismatches(lesson, path)
    ]
    if problems:
        raise ManifestError(MANIFEST, "does not match the notebooks:\n  " + "\n  ".join(problems))
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    docs = edition_files(edition, course)[len(paths):]
    for path in paths:  # the notebooks: notebooks/ in the site, whichever the edition
        _copy(path, folder / "notebooks" / path.name)
    for doc in docs:  # the docs: where they are in the course, so the notebooks' links work
        _copy(repo / doc, folder / doc)
    (folder / "index.md").write_text(index_markdown(course, edition, hub_url), encoding="utf-8")
    meta = {
        "edition": edition,
        "title": course.title,
        "hub_url": hub_url,
        "lessons": [{"stem": x.stem, "heading": x.heading, "minutes": x.minutes} for x in course.lessons],
    }
    (folder / "_course.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    pages = ("index.md", *(f"notebooks/{p.name}" for p in paths), *docs)
    return Staged(folder, edition, pages)
