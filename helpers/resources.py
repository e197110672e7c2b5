"""Where the course's own files are: found through the installed package, never the repository's layout.

Two places, both read with :mod:`importlib.resources`, so they are found the
same way in an editable install (``make lab``, ``make test``) and in a wheel
installed with ``pip install .``:

* the seed articles, the top-level ``seeds/`` folder of the course, which the
  package maps to its subpackage ``helpers.seeds`` (pyproject.toml);
* the datasets and other data, ``helpers/data/`` (for example
  ``data/articles/``, the fictional article that notebook 05 and its answer
  key read).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["data_file", "seed_paths", "seeds_dir"]


def _folder(package: str, *parts: str) -> Path:
    """A folder of ``package`` as a path on disk (the course is installed as files, not zipped)."""
    return Path(str(files(package).joinpath(*parts)))


def seeds_dir() -> Path:
    """The folder that holds the course's article files (``seeds/`` of the course).

    >>> (seeds_dir() / "README.md").is_file()
    True
    """
    try:
        return _folder("helpers.seeds")
    except ModuleNotFoundError:
        raise FileNotFoundError(
            "the course's articles (helpers.seeds, the seeds/ folder) are not installed; reinstall the "
            "course with `pip install -e .` from its folder (or run `make lab`)"
        ) from None


def seed_paths() -> tuple[Path, ...]:
    """The course's article files (``seeds/*.txt``), sorted by name.

    >>> [p.name for p in seed_paths()][:1]
    ['000_12fca90ebed3288f.txt']
    """
    folder = seeds_dir()
    paths = tuple(sorted(folder.glob("*.txt")))
    if not paths:
        raise FileNotFoundError(
            f"the seeds/ folder ({folder}) holds no .txt article; copy one in (see seeds/README.md), "
            "then reinstall the course with `pip install -e .` from its folder (or run `make lab`)"
        )
    return paths


def data_file(name: str) -> Path:
    """The path of one of the package's data files, ``name`` relative to ``helpers/data/``.

    >>> data_file("agreements.csv").name
    'agreements.csv'
    >>> data_file("articles/fict-02-pronouns-continuation.txt").read_text(encoding="utf-8")[:17]
    ' date 2032-07-01 '
    >>> data_file("no-such.csv")
    Traceback (most recent call last):
    FileNotFoundError: helpers/data/no-such.csv: no such data file in the installed course — check the name (the files are SOURCES.md, agreements.csv, ...); reinstall the course if one is missing
    """
    path = _folder("helpers", "data", *name.split("/"))
    if not path.is_file():
        known = sorted(p.name for p in _folder("helpers", "data").iterdir() if p.is_file())
        raise FileNotFoundError(
            f"helpers/data/{name}: no such data file in the installed course — check the name "
            f"(the files are {', '.join(known)}); reinstall the course if one is missing"
        )
    return path
