"""Estimate how long each notebook takes a learner, from its single source.

The stated learner knows variables, lists and a loop, and is new to pandas.
The estimate adds three parts, counted in the *student* version (cells tagged
``instructor`` are left out):

* reading: the words of the markdown cells at 200 words a minute (link
  targets are not counted as words);
* running: one minute for every code cell that is not an exercise's answer
  cell (read it, run it, look at the output);
* exercises: by difficulty, ★☆☆ 3 minutes, ★★☆ 6 and ★★★ 10 (read the
  prompt, try, read the feedback, sometimes try again).

The total is rounded up to the next 5 minutes. Usage::

    python -m coursekit times          # a table for every notebook
    python -m coursekit times 01 02    # only these
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jupytext

from helpers.course import course

__all__ = ["STAR_MINUTES", "WORDS_PER_MINUTE", "Estimate", "estimate", "main", "stated_minutes", "words"]

from coursekit.paths import REPO as ROOT

SRC = ROOT / "notebooks" / "src"

WORDS_PER_MINUTE = 200
CELL_MINUTES = 1
#: Minutes for an exercise with 1, 2 or 3 stars.
STAR_MINUTES = {1: 3, 2: 6, 3: 10}

_EXERCISE = re.compile(r"\*\*Exercise (\d+\.\d+)\*\*\s*\((★{1,3})")
_TIME = re.compile(r"\*\*Time:\*\*\s*about\s+(\d+)\s+minutes")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]*>")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Estimate:
    """The counts behind one notebook's estimate, and the estimate in minutes.

    >>> e = Estimate("01", 2000, 30, {1: 1, 2: 2, 3: 0}, 60)
    >>> e.reading, e.exercise_minutes, e.total
    (10.0, 15, 55)
    """

    notebook: str
    words: int
    code_cells: int
    exercises: dict
    stated: int | None

    @property
    def reading(self) -> float:
        """Minutes to read the markdown."""
        return self.words / WORDS_PER_MINUTE

    @property
    def exercise_minutes(self) -> int:
        """Minutes for the exercises, by their stars."""
        return sum(STAR_MINUTES[stars] * n for stars, n in self.exercises.items())

    @property
    def total(self) -> int:
        """Reading + running + exercises, rounded up to the next 5 minutes."""
        raw = self.reading + self.code_cells * CELL_MINUTES + self.exercise_minutes
        return int(math.ceil(raw / 5) * 5)


def words(markdown: str) -> int:
    """The words a learner reads in ``markdown`` (link targets left out).

    >>> words("See the [glossary](../docs/glossary.md) and <https://example.org/a/b>.")
    4
    """
    return len(_WORD.findall(_LINK_TARGET.sub(" ", markdown)))


def stated_minutes(markdown: str) -> int | None:
    """The minutes a notebook's ``**Time:**`` line states, or None.

    >>> stated_minutes("**Time:** about 95 minutes (reading 40).")
    95
    """
    found = _TIME.search(markdown)
    return int(found.group(1)) if found else None


def estimate(path: Path) -> Estimate:
    """Count the student version of the notebook source at ``path``.

    >>> estimate(SRC / "00-start-here.py").notebook
    '00'
    """
    notebook = jupytext.read(path)
    n_words, code_cells, stated = 0, 0, None
    exercises = {1: 0, 2: 0, 3: 0}
    for cell in notebook.cells:
        if "instructor" in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "markdown":
            n_words += words(cell.source)
            for _, stars in _EXERCISE.findall(cell.source):
                exercises[len(stars)] += 1
            stated = stated if stated is not None else stated_minutes(cell.source)
        elif cell.cell_type == "code" and "check(" not in cell.source:
            code_cells += 1
    return Estimate(path.name[:2], n_words, code_cells, exercises, stated)


def main(argv: list[str] | None = None) -> int:
    """Print the table of estimates; return 0.

    >>> main(["00"])  # doctest: +ELLIPSIS
    notebook  words  read  cells  exercises (1/2/3 stars)  exercise min  estimate  stated
    00 ...
    0
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="numbers such as 01 02 (default: all)")
    args = parser.parse_args(argv)
    paths = [ROOT / lesson.source for lesson in course().lessons]  # the manifest's order
    if args.notebooks:
        paths = [p for p in paths if p.name[:2] in args.notebooks]
    print("notebook  words  read  cells  exercises (1/2/3 stars)  exercise min  estimate  stated")
    for e in (estimate(p) for p in paths):
        stars = "/".join(str(e.exercises[k]) for k in (1, 2, 3))
        stated = f"{e.stated}" if e.stated is not None else "-"
        print(
            f"{e.notebook:<8}  {e.words:>5}  {e.reading:>4.0f}  {e.code_cells:>5}  {stars:>23}  "
            f"{e.exercise_minutes:>12}  {e.total:>8}  {stated:>6}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
