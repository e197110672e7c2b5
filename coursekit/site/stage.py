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

from coursekit.site.words import words
from helpers.course import (
    EDITIONS,
    MANIFEST,
    TEACHER_DOCS,
    Course,
    Edition,
    Lesson,
    ManifestError,
    edition_files,
    load_course,
)
from helpers.i18n import edition_path

__all__ = ["Staged", "check_notebooks", "index_markdown", "notebook_heading", "notebook_mismatches", "stage"]

TIME = re.compile(r"\*\*Time:\*\*\s*about\s+(\d+)\s+minutes|\*\*所要時間:\*\*[^約\n]*約(\d+)分")


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


def notebook_heading(path: Path) -> str:
    """The notebook's own heading, without ``# `` (its first markdown cell's first line).

    >>> import tempfile
    >>> cell = {"cell_type": "markdown", "source": "# 02 · 物品役務相互提供協定\\n\\ntext"}
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp, "02-acsa.ipynb")
    ...     _ = path.write_text(json.dumps({"cells": [cell]}))
    ...     notebook_heading(path)
    '02 · 物品役務相互提供協定'
    """
    text = _first_markdown(path)
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    return first[2:].strip() if first.startswith("# ") else ""


def notebook_mismatches(lesson: Lesson, path: Path, lang: str = "en") -> list[str]:
    """Where a notebook's own heading or stated time differs from its course.toml entry.

    A translated edition (``lang`` other than English) keeps the number and the
    time; its title is its own.

    >>> import tempfile
    >>> cell = {"cell_type": "markdown", "source": "# 02 · The ACSA\\n\\n**Time:** about 50 minutes."}
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp, "02-acsa.ipynb")
    ...     _ = path.write_text(json.dumps({"cells": [cell]}))
    ...     notebook_mismatches(Lesson("02-acsa", "The ACSA", "ACSA", 60), path)
    ['02-acsa.ipynb says "about 50 minutes" but course.toml says minutes = 60']
    >>> cell = {"cell_type": "markdown", "source": "# 03 · ACSA\\n\\n**所要時間:** 学習者で約60分です。"}
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp, "02-acsa.ipynb")
    ...     _ = path.write_text(json.dumps({"cells": [cell]}))
    ...     notebook_mismatches(Lesson("02-acsa", "The ACSA", "ACSA", 60), path, "ja")
    ["02-acsa.ipynb is headed '03 · ACSA' but course.toml says it is number 02"]
    """
    text = _first_markdown(path)
    problems = []
    heading = notebook_heading(path)
    if lang == "en" and heading != lesson.heading:
        problems.append(f"{path.name} is headed {heading!r} but course.toml says title = {lesson.title!r}")
    elif lang != "en" and not heading.startswith(f"{lesson.number} · "):
        problems.append(
            f"{path.name} is headed {heading!r} but course.toml says it is number {lesson.number}"
        )
    stated = TIME.search(text)
    minutes = stated and (stated.group(1) or stated.group(2))
    if minutes and int(minutes) != lesson.minutes:
        problems.append(
            f'{path.name} says "about {minutes} minutes" but course.toml says minutes = {lesson.minutes}'
        )
    return problems


def _hours(minutes: int, lang: str = "en") -> str:
    hours, rest = divmod(minutes, 60)
    said = words(lang)
    return said["hours"].format(hours=hours, minutes=rest) if hours else said["minutes"].format(minutes=rest)


def index_markdown(
    course: Course,
    edition: Edition,
    hub_url: str = "",
    lang: str = "en",
    titles: dict[str, str] | None = None,
    translated: tuple[str, ...] = (),
) -> str:
    """The home page (MyST Markdown): the notebooks in order with their times, how to run them.

    ``titles`` (stem -> title) replaces course.toml's titles, for an edition whose
    notebooks carry their own translated headings; ``translated`` names the teacher
    docs (``docs/LANG/NAME.md``) the edition shows in place of the English ones.

    >>> from helpers.course import EXAMPLE, loads_course
    >>> course = loads_course('title = "T"\\n' + EXAMPLE)
    >>> print(index_markdown(course, "student").splitlines()[0])
    # T
    >>> "| 00 | [Start: the tools](notebooks/00-start.ipynb) | 10 min |" in index_markdown(course, "student")
    True
    >>> "| 00 | [はじめに](notebooks/00-start.ipynb) | 10分 |" in index_markdown(
    ...     course, "student", lang="ja", titles={"00-start": "はじめに"})
    True
    >>> "docs/ja/teacher-guide\\ndocs/classroom\\n" in index_markdown(
    ...     course, "instructor", lang="ja", translated=("docs/ja/teacher-guide.md",))
    True
    """
    said, titles = words(lang), titles or {}
    title = {lesson.stem: titles.get(lesson.stem, lesson.title) for lesson in course.lessons}
    rows = "\n".join(
        f"| {lesson.number} | [{title[lesson.stem]}](notebooks/{lesson.filename}) | "
        + said["minutes"].format(minutes=lesson.minutes)
        + " |"
        for lesson in course.lessons
    )
    toc = "\n".join(
        f"{lesson.number} · {title[lesson.stem]} <notebooks/{lesson.stem}>" for lesson in course.lessons
    )
    hub = said["hub_link"].format(url=hub_url) if hub_url else ""
    banner = f"\n```{{important}}\n{said['instructor_banner']}\n```\n" if edition == "instructor" else ""
    teacher = said["teacher_docs"] if edition == "instructor" else ""
    teacher_toc = "".join(
        (f"docs/{lang}/{name}" if f"docs/{lang}/{name}.md" in translated else f"docs/{name}") + "\n"
        for name in (("teacher-guide", "classroom", "answer-key") if edition == "instructor" else ())
    )
    intro = said["intro"].format(subtitle=said.get("course_subtitle", course.subtitle))
    return f"""# {said.get("course_title", course.title)}

{intro}
{banner}
## {said["in_order"]}

{said["columns"]}
| --- | --- | --- |
{rows}

{said["in_all"].format(total=_hours(course.minutes, lang))}

## {said["how_to_run"]}

{said["run_steps"].format(hub=hub)}

## {said["reference"]}

{teacher}{said["docs"]}

```{{toctree}}
:hidden:
:caption: {said["toc_notebooks"]}

{toc}
```

```{{toctree}}
:hidden:
:caption: {said["toc_reference"]}

{teacher_toc}docs/glossary
docs/pandas-sheet
docs/model-briefing
helpers/data/SOURCES
```
"""


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def _translations(repo: Path, docs: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The teacher docs of ``docs`` that have a translation into ``lang`` beside them (``docs/LANG/NAME.md``)."""
    if lang == "en":
        return ()
    names = (Path(doc).name for doc in docs if doc in TEACHER_DOCS)
    return tuple(f"docs/{lang}/{name}" for name in names if (repo / "docs" / lang / name).is_file())


def _orphan(path: Path) -> None:
    """Keep a page out of the contents without a Sphinx warning: a translated page still links to it."""
    path.write_text("---\norphan: true\n---\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def stage(repo: Path, edition: Edition, folder: Path, hub_url: str = "", lang: str = "en") -> Staged:
    """Check the manifest against the notebooks and lay out ``folder`` for ``edition`` in ``lang``.

    ``folder`` is emptied first. Raises :class:`ManifestError` naming every
    problem found (a missing notebook, a heading or a time that differs).
    The Japanese edition (``lang="ja"``) takes its notebooks from ``notebooks/ja/``
    (:func:`helpers.i18n.edition_path`); the docs are the same files.

    >>> stage(Path("."), "teacher", Path("x"))
    Traceback (most recent call last):
    ...
    ValueError: edition 'teacher' is not one of ('student', 'instructor')
    """
    if edition not in EDITIONS:
        raise ValueError(f"edition {edition!r} is not one of {tuple(EDITIONS)}")
    words(lang)  # refuses a language the site has no words in
    course = load_course(repo / MANIFEST)
    notebooks = edition_path(f"{EDITIONS[edition]}/x.ipynb", lang).rsplit("/", 1)[0]
    paths = check_notebooks(course, repo / notebooks, MANIFEST)
    problems = [
        p
        for lesson, path in zip(course.lessons, paths, strict=True)
        for p in notebook_mismatches(lesson, path, lang)
    ]
    if problems:
        raise ManifestError(MANIFEST, "does not match the notebooks:\n  " + "\n  ".join(problems))
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    docs = edition_files(edition, course)[len(paths) :]
    for path in paths:  # the notebooks: notebooks/ in the site, whichever the edition
        _copy(path, folder / "notebooks" / path.name)
    for doc in docs:  # the docs: where they are in the course, so the notebooks' links work
        _copy(repo / doc, folder / doc)
    translated = _translations(repo, docs, lang)
    for doc in translated:  # a translated teacher doc takes the English one's place in the contents
        _copy(repo / doc, folder / doc)
        _orphan(folder / "docs" / Path(doc).name)
    titles = {}
    if lang != "en":
        titles = {
            x.stem: notebook_heading(p).split(" · ", 1)[1] for x, p in zip(course.lessons, paths, strict=True)
        }
    index = index_markdown(course, edition, hub_url, lang, titles, translated)
    (folder / "index.md").write_text(index, encoding="utf-8")
    meta = {
        "edition": edition,
        "lang": lang,
        "title": words(lang).get("course_title", course.title),
        "hub_url": hub_url,
        "lessons": [{"stem": x.stem, "heading": x.heading, "minutes": x.minutes} for x in course.lessons],
    }
    (folder / "_course.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    pages = ("index.md", *(f"notebooks/{p.name}" for p in paths), *docs, *translated)
    return Staged(folder, edition, pages)
