"""One edition of the course as a folder: ``python -m coursekit edition student|instructor FOLDER``.

The student edition is what a learner may see: the course package
(``helpers``, the articles, the manifest), the student notebooks and the
learner-facing docs; never ``notebooks/solutions/``, the teacher's docs or
the tooling. What each edition holds is :func:`helpers.course.edition_files`,
the one list a workspace and the website use too, with each notebook's
translations beside it (``notebooks/ja/``: a workspace made with ``--lang ja``
on the hub takes them from here). The learners' image for
Kubernetes (docs/classroom.md) and the hub's learner environment
(hub/learner-env.sh) are built from this folder.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "student"
>>> files = write_edition("student", out)
>>> (out / "notebooks" / "02-acsa.ipynb").is_file(), (out / "notebooks" / "solutions").exists()
(True, False)
>>> "notebooks/02-acsa.ipynb" in files, any("teacher" in f for f in files)
(True, False)
>>> "notebooks/ja/02-acsa.ipynb" in files, any("solutions" in f for f in files)
(True, False)
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from coursekit.paths import REPO
from helpers.course import EDITIONS, MANIFEST, Edition, edition_files, load_course
from helpers.i18n import LANGUAGES, edition_path

__all__ = ["PACKAGE", "main", "write_edition"]

#: The course package, as the wheel is built from it: every edition holds it.
PACKAGE = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-CONTENT.md", "helpers", "seeds",
           "notebooks/__init__.py", MANIFEST)
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")


def _translations(files: tuple[str, ...], repo: Path) -> list[str]:
    """The translated notebooks of ``files`` that the course has (``notebooks/ja/...``), in order.

    >>> _translations(("notebooks/02-acsa.ipynb", "docs/glossary.md"), REPO)
    ['notebooks/ja/02-acsa.ipynb']
    """
    found = (edition_path(name, lang) for lang in LANGUAGES[1:] for name in files)
    return [name for name in found if name not in files and (repo / name).is_file()]


def write_edition(edition: Edition, folder: Path, repo: Path = REPO) -> list[str]:
    """Copy the package and ``edition``'s files into ``folder`` (new or empty); the course paths copied.

    >>> import tempfile; full = Path(tempfile.mkdtemp()); _ = (full / "x").write_text("")
    >>> write_edition("student", full)
    Traceback (most recent call last):
    ...
    FileExistsError: ...: not empty; give a new folder (or remove this one first)
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise FileExistsError(f"{folder}: not empty; give a new folder (or remove this one first)")
    copied = []
    course = load_course(repo / MANIFEST)
    for name in (*PACKAGE, *edition_files(edition, course), *_translations(edition_files(edition, course), repo)):
        source, target = repo / name, folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=_SKIP, dirs_exist_ok=True)
        elif not target.exists():  # helpers/data/SOURCES.md came with helpers/
            shutil.copy2(source, target)
        copied.append(name)
    return copied


def main(argv: list[str] | None = None) -> int:
    """Write one edition; 0 when done, 2 when the folder is not empty or a file is missing."""
    p = argparse.ArgumentParser(prog="python -m coursekit edition", description=__doc__.splitlines()[0])
    p.add_argument("edition", choices=tuple(EDITIONS))
    p.add_argument("folder", type=Path, help="a new (or empty) folder")
    args = p.parse_args(argv)
    try:
        copied = write_edition(args.edition, args.folder)
    except (FileExistsError, FileNotFoundError) as error:
        print(f"coursekit edition: {error}", file=sys.stderr)
        return 2
    print(f"wrote the {args.edition} edition ({len(copied)} files and folders) to {args.folder}")
    return 0
