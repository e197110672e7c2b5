"""Generate the course's navigation lines and tables from ``notebooks/course.toml``.

The manifest is the one place that says the notebooks' order, titles,
minutes and objectives (:mod:`helpers.course` reads it). This tool writes what repeats them, each between a
pair of markers (``<!-- course:NAME -->`` … ``<!-- /course:NAME -->``) that
it regenerates in place:

* every ``notebooks/src/NN-*.py``: ``opening`` ("You are here" and "Time")
  and ``closing`` (the "Next" line); notebook 00 also ``table``;
* ``README.md``: ``table``;
* ``docs/teacher-guide.md``: ``timing``.

In a notebook source the block's lines carry the source's ``# `` prefix.
``make notebooks`` runs it before building; the built notebooks then carry
the new lines. Usage::

    python -m coursekit tables           # rewrite every block that differs
    python -m coursekit tables --check   # exit 1 and name every block that differs
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from coursekit.paths import REPO as ROOT
from helpers.course import EXAMPLE, MANIFEST, TIME_PARTS, Course, Lesson, ManifestError, loads_course

__all__ = [
    "drift",
    "expected_blocks",
    "fill",
    "load",
    "main",
    "update",
]

_MARK = re.compile(r"^(?P<prefix>.*?)<!-- (?P<end>/?)course:(?P<name>[a-z-]+) -->\s*$")
GLOSSARY = "../docs/glossary.md"


def load(root: Path = ROOT) -> Course:
    """The manifest of the course in ``root`` (read by :mod:`helpers.course`, the one reader).

    >>> [lesson.number for lesson in load().lessons][:2]
    ['00', '01']
    """
    return loads_course((Path(root) / MANIFEST).read_text(encoding="utf-8"), MANIFEST)


# --- the generated text ------------------------------------------------------


def _link(lesson: Lesson, text: str) -> str:
    return f"[{text}]({lesson.filename})"


def _opening(course: Course, index: int) -> str:
    lessons, lesson = course.lessons, course.lessons[index]
    here = [lesson.label]
    if index > 0:
        here.insert(0, _link(lessons[index - 1], f"← {lessons[index - 1].label}"))
    if index + 1 < len(lessons):
        here.append(_link(lessons[index + 1], f"{lessons[index + 1].label} →"))
    elif index > 0:
        here.append(_link(lessons[0], f"back to the course map: {lessons[0].label} →"))
    parts = ", ".join(f"{TIME_PARTS[part]} about {n}" for part, n in lesson.time)
    note = f"; {lesson.note}" if lesson.note else ""
    return (
        f"**You are here:** {' | '.join(here)}\n\n"
        f"**Time:** about {lesson.minutes} minutes for {course.learner}: {parts}{note}."
    )


def _closing(course: Course, index: int) -> str:
    lessons = course.lessons
    if index + 1 < len(lessons):
        return f"**Next:** {_link(lessons[index + 1], f'{lessons[index + 1].label} →')}"
    return (
        f"**This is the last notebook.** Back to the course map: {_link(lessons[0], lessons[0].label)}"
        f" · words explained: [the glossary]({GLOSSARY})"
    )


def _notebook_table(course: Course) -> str:
    rows = ["| Notebook | What you do | Minutes |", "|---|---|---|"]
    for index, lesson in enumerate(course.lessons):
        name = f"**{lesson.label}** (this one)" if index == 0 else _link(lesson, lesson.label)
        rows.append(f"| {name} | {lesson.objective} | {lesson.minutes} |")
    return "\n".join(rows)


def _readme_table(course: Course) -> str:
    rows = ["| Notebook | What learners do | Minutes |", "|---|---|---|"]
    rows += [f"| `{lesson.stem}` | {lesson.summary} | {lesson.minutes} |" for lesson in course.lessons]
    return "\n".join(rows)


def _timing_table(course: Course) -> str:
    head = " | ".join(part.capitalize() for part in TIME_PARTS)
    rows = [
        f"| Notebook | What learners do | Minutes alone | {head} |",
        "|---|---|---|" + "---|" * len(TIME_PARTS),
    ]
    for lesson in course.lessons:
        parts = dict(lesson.time)
        cells = " | ".join(str(parts.get(part, "–")) for part in TIME_PARTS)
        rows.append(f"| {lesson.label} | {lesson.objective} | {lesson.minutes} | {cells} |")
    totals = " | ".join(str(sum(dict(x.time).get(part, 0) for x in course.lessons)) for part in TIME_PARTS)
    rows.append(f"| **Whole course** | | **{course.minutes}** | {totals} |")
    note = (
        f"Minutes for {course.learner}, working alone; generated from `notebooks/course.toml` "
        "by `python -m coursekit tables`."
    )
    return "\n".join(rows) + "\n\n" + note


def expected_blocks(course: Course, root: Path = ROOT) -> dict[Path, dict[str, str]]:
    """For every generated file, the text each of its blocks must hold.

    >>> blocks = expected_blocks(load())
    >>> print(blocks[ROOT / "notebooks/src/01-the-article-as-data.py"]["closing"])
    **Next:** [02 The ACSA →](02-acsa.ipynb)
    """
    root = Path(root)
    sources = {path.stem: path for path in (root / "notebooks" / "src").glob("[0-9][0-9]-*.py")}
    listed = [lesson.stem for lesson in course.lessons]
    unlisted = sorted(set(sources) - set(listed))
    if unlisted:
        raise ManifestError(
            MANIFEST, f"does not list {', '.join(unlisted)}; add a [[notebook]] entry for each"
        )
    blocks: dict[Path, dict[str, str]] = {}
    for index, lesson in enumerate(course.lessons):
        if lesson.stem not in sources:
            raise ManifestError(MANIFEST, f"lists {lesson.stem}, but notebooks/src/ has no {lesson.stem}.py")
        blocks[sources[lesson.stem]] = {
            "opening": _opening(course, index),
            "closing": _closing(course, index),
        }
    blocks[sources[listed[0]]]["table"] = _notebook_table(course)
    blocks[root / "README.md"] = {"table": _readme_table(course)}
    blocks[root / "docs" / "teacher-guide.md"] = {"timing": _timing_table(course)}
    return blocks


# --- the blocks in place -----------------------------------------------------


def _prefixed(text: str, prefix: str) -> list[str]:
    return [prefix + line if line else prefix.rstrip() for line in text.split("\n")]


def fill(text: str, blocks: dict[str, str], where: str = "text") -> str:
    """``text`` with the inside of every ``course:NAME`` block replaced by ``blocks[NAME]``.

    Each block of ``blocks`` must appear exactly once, and each marker must be closed.

    >>> print(fill("# <!-- course:closing -->\\n# old\\n# <!-- /course:closing -->", {"closing": "new\\n\\nlines"}))
    # <!-- course:closing -->
    # new
    #
    # lines
    # <!-- /course:closing -->
    >>> fill("intro", {"table": "|a|"}, "README.md")
    Traceback (most recent call last):
    ...
    helpers.course.ManifestError: README.md: has no <!-- course:table --> block; add the two marker lines where it belongs
    """
    out: list[str] = []
    open_name, seen = "", set()
    for number, line in enumerate(text.split("\n"), 1):
        mark = _MARK.match(line)
        if mark is None:
            if not open_name:
                out.append(line)
            continue
        name, closing = mark["name"], bool(mark["end"])
        if name not in blocks:
            raise ManifestError(
                where, f"line {number}: no block named {name!r} belongs here ({sorted(blocks)})"
            )
        if closing != bool(open_name) or (closing and name != open_name) or (not closing and name in seen):
            raise ManifestError(where, f"line {number}: marker {line.strip()!r} is out of place")
        out.append(line)
        if closing:
            open_name = ""
        else:
            open_name = name
            seen.add(name)
            out.extend(_prefixed(blocks[name], mark["prefix"]))
    if open_name:
        raise ManifestError(
            where, f"<!-- course:{open_name} --> is never closed with <!-- /course:{open_name} -->"
        )
    missing = sorted(set(blocks) - seen)
    if missing:
        raise ManifestError(
            where, f"has no <!-- course:{missing[0]} --> block; add the two marker lines where it belongs"
        )
    return "\n".join(out)


def _changes(root: Path) -> list[tuple[Path, str, str]]:
    """(path, text now, text wanted) for every generated file."""
    found = []
    for path, blocks in expected_blocks(load(root), root).items():
        where = str(path.relative_to(root))
        if not path.is_file():
            raise ManifestError(where, "is missing; the course manifest generates blocks in it")
        text = path.read_text(encoding="utf-8")
        found.append((path, text, fill(text, blocks, where)))
    return found


def drift(root: Path = ROOT) -> list[str]:
    """The files whose generated blocks differ from course.toml (relative paths).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     drift(_example_root(Path(tmp)))
    ['notebooks/src/00-start.py', 'notebooks/src/01-data.py', 'README.md', 'docs/teacher-guide.md']
    """
    root = Path(root)
    return [str(path.relative_to(root)) for path, now, wanted in _changes(root) if now != wanted]


def update(root: Path = ROOT) -> list[str]:
    """Rewrite every generated block that differs from course.toml; the files changed.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     root = _example_root(Path(tmp))
    ...     first, second = update(root), update(root)
    ...     text = (root / "notebooks/src/01-data.py").read_text(encoding="utf-8")
    >>> len(first), second
    (4, [])
    >>> print(text)
    # %% [markdown]
    # # 01 · Data
    # <!-- course:opening -->
    # **You are here:** [← 00 Start](00-start.ipynb) | 01 Data | [back to the course map: 00 Start →](00-start.ipynb)
    #
    # **Time:** about 20 minutes for anyone: reading about 5, the exercises about 15.
    # <!-- /course:opening -->
    # <!-- course:closing -->
    # **This is the last notebook.** Back to the course map: [00 Start](00-start.ipynb) · words explained: [the glossary](../docs/glossary.md)
    # <!-- /course:closing -->
    <BLANKLINE>
    """
    root = Path(root)
    changed = []
    for path, now, wanted in _changes(root):
        if now != wanted:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(wanted)
            changed.append(str(path.relative_to(root)))
    return changed


def main(argv: list[str] | None = None) -> int:
    """Regenerate (or with ``--check`` only name) the blocks that differ; 0 when none is left.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     main(["--check", "--root", str(_example_root(Path(tmp)))])
    1
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only name the files that differ")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = drift(args.root)
            for name in stale:
                print(
                    f"{name}: differs from {MANIFEST}; run `python -m coursekit tables`", file=sys.stderr
                )
            return 1 if stale else 0
        for name in update(args.root):
            print(f"regenerated the course blocks in {name}")
    except ManifestError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _example_root(root: Path) -> Path:
    """A two-notebook course in ``root`` whose blocks are all empty (for the doctests)."""
    files = {
        MANIFEST: EXAMPLE,
        "README.md": "<!-- course:table -->\n<!-- /course:table -->\n",
        "docs/teacher-guide.md": "<!-- course:timing -->\n<!-- /course:timing -->\n",
    }
    for stem, title, table in (("00-start", "Start: the tools", True), ("01-data", "Data", False)):
        blocks = ("opening", "closing", "table") if table else ("opening", "closing")
        marks = "".join(f"# <!-- course:{name} -->\n# <!-- /course:{name} -->\n" for name in blocks)
        files[f"notebooks/src/{stem}.py"] = f"# %% [markdown]\n# # {stem[:2]} · {title}\n{marks}"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


if __name__ == "__main__":
    sys.exit(main())
