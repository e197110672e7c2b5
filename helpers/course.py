"""The course manifest, ``notebooks/course.toml``: the only reader of it.

It answers which notebooks the course has, in which order, where each one's
source, student and instructor versions are, which answer key checks it,
and which files make each edition (student, instructor). Everything else
asks here: the bank of questions, the workspace, the build, the website,
grading and the teacher's report. A seventh notebook is a ``[[notebook]]``
entry, its source and its answer key.

The file ships with the package (the ``notebooks/`` folder is mapped to
``helpers.notebooks`` as ``seeds/`` is to ``helpers.seeds``), so an installed
course finds it too. Reading it checks it: a missing field, a stem that is
not ``NN-words``, time parts that do not add up are errors that name the
file, the entry and what to do.

>>> lessons = course().lessons
>>> lessons[0].filename, lessons[0].answer_key, lessons[2].label
('00-start-here.ipynb', 'helpers.questions.nb00', '02 The ACSA')
>>> course().find("2").stem, course().find(9) is None
('02-acsa', True)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "EDITIONS",
    "EXAMPLE",
    "LEARNER_DOCS",
    "MANIFEST",
    "TEACHER_DOCS",
    "TIME_PARTS",
    "Course",
    "Edition",
    "Lesson",
    "ManifestError",
    "course",
    "edition_files",
    "load_course",
    "loads_course",
    "manifest_path",
]

#: Where the manifest is, inside the course.
MANIFEST = "notebooks/course.toml"
Edition = Literal["student", "instructor"]
#: The editions of the course, and the folder each one's notebooks are in.
EDITIONS: dict[Edition, str] = {"student": "notebooks", "instructor": "notebooks/solutions"}
#: The docs a learner gets (a workspace, the student website, the learners' image), course paths.
LEARNER_DOCS = ("docs/glossary.md", "docs/pandas-sheet.md", "docs/model-briefing.md", "helpers/data/SOURCES.md")
#: The docs only the instructor edition has.
TEACHER_DOCS = ("docs/teacher-guide.md", "docs/classroom.md", "docs/answer-key.md")
#: What a notebook's minutes can be made of, in the order the "Time" line names them.
TIME_PARTS = {
    "reading": "reading",
    "running": "running the cells",
    "exercises": "the exercises",
    "writing": "writing the briefing",
    "discussion": "the discussion",
}
_FIRST = ("stem", "title", "minutes")
_REQUIRED = (*_FIRST, "short", "time", "objective", "summary")
_STEM = re.compile(r"^(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*$")


class ManifestError(ValueError):
    """course.toml, or a file that must agree with it, breaks the rules; the message names the file.

    >>> str(ManifestError("notebooks/course.toml", "notebook 2: no title"))
    'notebooks/course.toml: notebook 2: no title'
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Lesson:
    """One notebook of the course, as course.toml describes it.

    >>> lesson = Lesson("02-acsa", "The ACSA: what it does", "The ACSA", 60)
    >>> lesson.number, lesson.label, lesson.heading, lesson.source
    ('02', '02 The ACSA', '02 · The ACSA: what it does', 'notebooks/src/02-acsa.py')
    >>> lesson.notebook("instructor"), lesson.answer_key
    ('notebooks/solutions/02-acsa.ipynb', 'helpers.questions.nb02')
    """

    stem: str
    title: str
    short: str
    minutes: int
    time: tuple[tuple[str, int], ...] = ()
    note: str = ""
    objective: str = ""
    summary: str = ""

    @property
    def number(self) -> str:
        """The two digits the stem starts with (``"02"``)."""
        return self.stem[:2]

    @property
    def index(self) -> int:
        """The number as a whole number, as exercise ids use it (``2`` for ``"2.3"``)."""
        return int(self.number)

    @property
    def label(self) -> str:
        return f"{self.number} {self.short}"

    @property
    def heading(self) -> str:
        return f"{self.number} · {self.title}"

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"

    @property
    def source(self) -> str:
        """The notebook's one source (jupytext percent), a course path."""
        return f"notebooks/src/{self.stem}.py"

    @property
    def answer_key(self) -> str:
        """The module that holds this notebook's questions (``helpers/questions/nbNN.py``)."""
        return f"helpers.questions.nb{self.number}"

    def notebook(self, edition: Edition = "student") -> str:
        """The course path of this notebook's ``edition`` version."""
        return f"{EDITIONS[edition]}/{self.filename}"


@dataclass(frozen=True)
class Course:
    """The course: its title, the learner its times are for, and its lessons in order.

    >>> c = loads_course(EXAMPLE)
    >>> [lesson.label for lesson in c.lessons], c.minutes, c.numbers
    (['00 Start', '01 Data'], 30, (0, 1))
    """

    title: str
    subtitle: str
    learner: str
    lessons: tuple[Lesson, ...]

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons)

    @property
    def numbers(self) -> tuple[int, ...]:
        """The notebooks' numbers, in course order."""
        return tuple(lesson.index for lesson in self.lessons)

    def find(self, notebook: str | int) -> Lesson | None:
        """The lesson numbered ``notebook`` (``2``, ``"02"``, ``"02-acsa"``), or None."""
        text = str(notebook).strip()
        match = re.match(r"\d{1,2}", text)
        if match is None:
            return None
        number = f"{int(match.group(0)):02d}"
        found = [x for x in self.lessons if x.number == number and (len(text) <= 2 or x.stem.startswith(text))]
        return found[0] if found else None


def _text(entry: dict, key: str, where: str, path: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (key in _REQUIRED and not value.strip()):
        raise ManifestError(path, f"{where}: {key} should be a non-empty string, not {value!r}")
    return value.strip()


def _minutes(value: object, what: str, where: str, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ManifestError(path, f"{where}: {what} should be a whole number above 0, not {value!r}")
    return value


def _time(time: object, minutes: int, where: str, path: str) -> tuple[tuple[str, int], ...]:
    if not isinstance(time, dict) or not time:
        raise ManifestError(path, f"{where}: write time as {{ reading = 20, exercises = 40 }}")
    unknown = sorted(set(time) - set(TIME_PARTS))
    if unknown:
        raise ManifestError(path, f"{where}: time has {unknown}; use only {list(TIME_PARTS)}")
    parts = tuple((part, _minutes(time[part], f"time.{part}", where, path)) for part in TIME_PARTS if part in time)
    total = sum(n for _, n in parts)
    if total != minutes:
        raise ManifestError(path, f"{where}: the time parts add up to {total}, not minutes = {minutes}; make them agree")
    return parts


def _missing(entry: dict, keys: tuple[str, ...], where: str, path: str) -> None:
    for key in keys:
        if key not in entry:
            raise ManifestError(path, f"{where} has no {key!r}; add {key} = ... to it")


def _lesson(entry: object, position: int, path: str) -> Lesson:
    where = f"[[notebook]] number {position}"
    if not isinstance(entry, dict):
        raise ManifestError(path, f"{where} is not a table; write it as [[notebook]] with {', '.join(_REQUIRED)}")
    _missing(entry, _FIRST, where, path)
    stem = _text(entry, "stem", where, path)
    if not _STEM.match(stem):
        raise ManifestError(path, f"{where}: stem {stem!r} should look like '02-acsa' (two digits, a dash, words)")
    where = f"{where} ({stem})"
    minutes = _minutes(entry["minutes"], "minutes", where, path)
    _missing(entry, _REQUIRED, where, path)
    texts = {key: _text(entry, key, where, path) for key in ("title", "short", "note", "objective", "summary")}
    return Lesson(stem=stem, minutes=minutes, time=_time(entry["time"], minutes, where, path), **texts)


def loads_course(text: str, path: str = MANIFEST) -> Course:
    """Read a course manifest from its TOML text, checking every entry; ``path`` names it in errors.

    >>> loads_course(EXAMPLE.replace("minutes = 10", "minutes = 15"))
    Traceback (most recent call last):
    ...
    helpers.course.ManifestError: notebooks/course.toml: [[notebook]] number 1 (00-start): the time parts add up to 10, not minutes = 15; make them agree
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(path, f"not valid TOML ({exc}); fix the line it names") from None
    entries = data.get("notebook")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(path, "lists no notebook; add one [[notebook]] table per notebook")
    lessons = tuple(_lesson(entry, n, path) for n, entry in enumerate(entries, 1))
    stems, numbers = [x.stem for x in lessons], [x.number for x in lessons]
    twice = sorted({stem for stem in stems if stems.count(stem) > 1})
    if twice:
        raise ManifestError(path, f"lists {', '.join(twice)} more than once; keep one entry each")
    shared = sorted({x.stem for x in lessons if numbers.count(x.number) > 1})
    if shared:
        raise ManifestError(path, f"lists {' and '.join(shared)}: one number each; renumber one of them")
    return Course(
        str(data.get("title", "The course")), str(data.get("subtitle", "")), str(data.get("learner", "a learner")),
        lessons,
    )


def load_course(path: str | Path) -> Course:
    """Read the manifest at ``path`` (a course checkout's ``notebooks/course.toml``).

    >>> load_course("no/such/course.toml")
    Traceback (most recent call last):
    ...
    helpers.course.ManifestError: no/such/course.toml: not found; the course needs notebooks/course.toml (order, titles, minutes)
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(
            str(path), "not found; the course needs notebooks/course.toml (order, titles, minutes)"
        ) from None
    return loads_course(text, str(path))


def manifest_path() -> Path:
    """The installed course's manifest (``notebooks/course.toml``, shipped as ``helpers.notebooks``).

    >>> manifest_path().name
    'course.toml'
    """
    try:
        return Path(str(files("helpers.notebooks").joinpath("course.toml")))
    except ModuleNotFoundError:
        raise ManifestError(
            MANIFEST, "is not installed with helpers; reinstall the course with `pip install -e .` (or `make lab`)"
        ) from None


_CACHE: dict[tuple[str, int], Course] = {}


def course() -> Course:
    """The installed course's manifest, read once (again only when the file changes).

    >>> course().lessons[-1].stem
    '05-capstone'
    """
    path = manifest_path()
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return load_course(path)  # names the missing file
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load_course(path)
    return _CACHE[key]


def edition_files(edition: Edition, of: Course | None = None) -> tuple[str, ...]:
    """The course paths one edition is made of: its notebooks in course order, then its docs.

    The student edition never holds ``notebooks/solutions/`` or the teacher's docs.

    >>> edition_files("student")[0], edition_files("student")[-1]
    ('notebooks/00-start-here.ipynb', 'helpers/data/SOURCES.md')
    >>> [p for p in edition_files("student") if "solutions" in p or "teacher" in p]
    []
    >>> edition_files("instructor")[-1]
    'docs/answer-key.md'
    """
    if edition not in EDITIONS:
        raise ValueError(f"edition {edition!r} is not one of {tuple(EDITIONS)}")
    lessons = (of or course()).lessons
    docs = LEARNER_DOCS + (TEACHER_DOCS if edition == "instructor" else ())
    return (*(lesson.notebook(edition) for lesson in lessons), *docs)


EXAMPLE = """
learner = "anyone"
[[notebook]]
stem = "00-start"
title = "Start: the tools"
short = "Start"
minutes = 10
time = { reading = 10 }
objective = "learn the tools"
summary = "learn the tools"
[[notebook]]
stem = "01-data"
title = "Data"
short = "Data"
minutes = 20
time = { reading = 5, exercises = 15 }
objective = "count"
summary = "count things"
"""
