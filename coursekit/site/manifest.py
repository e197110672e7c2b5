"""The course manifest, notebooks/course.toml: order, titles and minutes of the notebooks.

It is the one place the website takes its table of contents from. Reading it
checks it: a missing field, a stem that is not ``NN-words``, a listed notebook
that does not exist, or a notebook that is not listed is an error that names
the file, the entry and what to do.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Course", "Lesson", "ManifestError", "check_notebooks", "load_course", "loads_course"]

STEM = re.compile(r"^(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*$")


class ManifestError(ValueError):
    """course.toml is malformed or does not match the notebooks on disk.

    >>> str(ManifestError("notebooks/course.toml", "notebook 2: no title"))
    'notebooks/course.toml: notebook 2: no title'
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Lesson:
    """One notebook of the course.

    >>> lesson = Lesson("02-acsa", "The ACSA: what it does", "The ACSA", 60)
    >>> lesson.number, lesson.heading, lesson.filename
    ('02', '02 · The ACSA: what it does', '02-acsa.ipynb')
    """

    stem: str
    title: str
    short: str
    minutes: int

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def heading(self) -> str:
        return f"{self.number} · {self.title}"

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"


@dataclass(frozen=True)
class Course:
    """The whole course: a title and its lessons in order.

    >>> course = loads_course('title = "T"\\n[[notebook]]\\nstem = "00-a"\\ntitle = "A"\\nminutes = 5\\n')
    >>> course.title, [lesson.heading for lesson in course.lessons], course.minutes
    ('T', ['00 · A'], 5)
    """

    title: str
    subtitle: str
    lessons: tuple[Lesson, ...]

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons)


def _lesson(entry: object, position: int, path: str) -> Lesson:
    where = f"[[notebook]] number {position}"
    if not isinstance(entry, dict):
        raise ManifestError(
            path, f"{where} is not a table; write it as [[notebook]] with stem, title, minutes"
        )
    for key in ("stem", "title", "minutes"):
        if key not in entry:
            raise ManifestError(path, f"{where} has no {key!r}; add {key} = ... to it")
    stem, title, minutes = entry["stem"], entry["title"], entry["minutes"]
    if not isinstance(stem, str) or not STEM.match(stem):
        raise ManifestError(
            path, f"{where}: stem {stem!r} should look like '02-acsa' (two digits, a dash, words)"
        )
    if not isinstance(title, str) or not title.strip():
        raise ManifestError(path, f"{where} ({stem}): title should be a non-empty string")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise ManifestError(
            path, f"{where} ({stem}): minutes should be a whole number above 0, not {minutes!r}"
        )
    short = entry.get("short", title.split(":")[0])
    return Lesson(stem, title.strip(), str(short).strip(), minutes)


def loads_course(text: str, path: str = "notebooks/course.toml") -> Course:
    """Read a course manifest from its TOML text; ``path`` names it in errors.

    >>> loads_course('title = "T"\\n[[notebook]]\\nstem = "2-acsa"\\ntitle = "A"\\nminutes = 5\\n')
    Traceback (most recent call last):
    ...
    coursekit.site.manifest.ManifestError: notebooks/course.toml: [[notebook]] number 1: stem '2-acsa' should look like '02-acsa' (two digits, a dash, words)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(path, f"not valid TOML ({exc}); fix the line it names") from None
    entries = data.get("notebook")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(path, "lists no notebook; add one [[notebook]] table per notebook")
    lessons = tuple(_lesson(entry, n, path) for n, entry in enumerate(entries, 1))
    stems = [lesson.stem for lesson in lessons]
    twice = sorted({stem for stem in stems if stems.count(stem) > 1})
    if twice:
        raise ManifestError(path, f"lists {', '.join(twice)} more than once; keep one entry each")
    return Course(str(data.get("title", "The course")), str(data.get("subtitle", "")), lessons)


def load_course(path: Path) -> Course:
    """Read ``path`` (normally notebooks/course.toml).

    >>> load_course(Path("no/such/course.toml"))
    Traceback (most recent call last):
    ...
    coursekit.site.manifest.ManifestError: no/such/course.toml: not found; the site needs notebooks/course.toml (order, titles, minutes)
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(
            str(path), "not found; the site needs notebooks/course.toml (order, titles, minutes)"
        ) from None
    return loads_course(text, str(path))


def check_notebooks(course: Course, folder: Path, manifest: str = "notebooks/course.toml") -> list[Path]:
    """The notebook files of ``course`` in ``folder``, in course order; every one must exist.

    A notebook in ``folder`` that the manifest does not list is an error too,
    so nothing is silently left out of the site.

    >>> import tempfile
    >>> course = loads_course('[[notebook]]\\nstem = "00-a"\\ntitle = "A"\\nminutes = 5\\n')
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     check_notebooks(course, Path(tmp), "course.toml")
    Traceback (most recent call last):
    ...
    coursekit.site.manifest.ManifestError: course.toml: lists 00-a, but ... has no 00-a.ipynb; build it (make notebooks) or remove the entry
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
