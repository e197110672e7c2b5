"""Build the course notebooks from their single sources in ``notebooks/src/``.

Each ``notebooks/src/NN-name.py`` (jupytext "percent" format) gives two notebooks:

* ``notebooks/solutions/NN-name.ipynb``: the instructor version, solutions in place;
* ``notebooks/NN-name.ipynb``: the student version, each solution replaced by ``...``.

Markers in the source:

* ``answer_1_2 = expression  # SOLUTION``: the student gets ``answer_1_2 = ...  # your answer here``;
* lines between ``# BEGIN SOLUTION`` and ``# END SOLUTION``: the student gets ``# your code here``;
* a cell tagged ``instructor`` appears only in the instructor version,
  a cell tagged ``student`` only in the student version.

Both versions are executed top to bottom (in the folder they are stored in,
as nbval and JupyterLab run them) and stored with their outputs.

Before building, the lines every notebook repeats from ``notebooks/course.toml``
(navigation, "Time", notebook 00's course table) are regenerated in the
sources, and the course tables in README.md and docs/teacher-guide.md with
them (``coursekit/build/tables.py``).

Usage::

    python -m coursekit build            # build and execute every notebook
    python -m coursekit build 01 02      # only these (by number or name)
    python -m coursekit build --check    # exit 1 if a committed notebook is out of date
    python -m coursekit build --tables   # only regenerate the blocks from course.toml
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import jupytext
import nbformat

from coursekit.build import tables as course_tables
from coursekit.paths import REPO as ROOT

SRC = ROOT / "notebooks" / "src"
STUDENT_DIR = ROOT / "notebooks"
INSTRUCTOR_DIR = ROOT / "notebooks" / "solutions"

_INLINE = re.compile(r"^(?P<indent>\s*)(?P<lhs>[A-Za-z_][A-Za-z_0-9]*)\s*=\s*(?P<rhs>.+?)\s*#\s*SOLUTION\s*$")
_BEGIN = re.compile(r"^\s*#\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
_KEEP_METADATA = ("tags",)


class SourceError(Exception):
    """A notebook source that breaks the marker rules."""


def sources(names: list[str] | None = None, root: Path = ROOT) -> list[Path]:
    """The notebook sources in course order (the manifest's); ``names`` filters by number or name prefix.

    >>> [p.name for p in sources(["02"])]
    ['02-acsa.py']
    """
    paths = [Path(root) / lesson.source for lesson in course_tables.load(root).lessons]
    if names:
        paths = [p for p in paths if any(p.stem.startswith(n) for n in names)]
    return paths


def _transform(source: str, *, student: bool, where: str) -> str:
    out: list[str] = []
    in_block = False
    for number, line in enumerate(source.split("\n"), 1):
        if _BEGIN.match(line):
            if in_block:
                raise SourceError(f"{where}: line {number}: BEGIN SOLUTION inside another one")
            in_block = True
            if student:
                indent = line[: len(line) - len(line.lstrip())]
                out.append(f"{indent}# your code here")
            continue
        if _END.match(line):
            if not in_block:
                raise SourceError(f"{where}: line {number}: END SOLUTION without BEGIN SOLUTION")
            in_block = False
            continue
        if in_block:
            if not student:
                out.append(line)
            continue
        inline = _INLINE.match(line)
        if inline:
            if student:
                out.append(f"{inline['indent']}{inline['lhs']} = ...  # your answer here")
            else:
                out.append(f"{inline['indent']}{inline['lhs']} = {inline['rhs']}")
            continue
        if "# SOLUTION" in line:
            raise SourceError(
                f"{where}: line {number}: '# SOLUTION' only works on a line 'name = expression  # SOLUTION'; "
                "use # BEGIN SOLUTION / # END SOLUTION around longer solutions"
            )
        out.append(line)
    if in_block:
        raise SourceError(f"{where}: BEGIN SOLUTION is never closed with END SOLUTION")
    return "\n".join(out)


def make_versions(path: Path) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """(student, instructor) notebooks from one source, not yet executed."""
    source_nb = jupytext.read(path, fmt="py:percent")
    versions = []
    for student in (True, False):
        nb = nbformat.v4.new_notebook()
        nb.metadata = {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        }
        for cell in source_nb.cells:
            tags = list(cell.metadata.get("tags", []))
            if ("instructor" in tags and student) or ("student" in tags and not student):
                continue
            text = cell.source
            if cell.cell_type == "code":
                text = _transform(text, student=student, where=path.name)
                new = nbformat.v4.new_code_cell(text)
            else:
                new = nbformat.v4.new_markdown_cell(text)
            new.metadata = {k: v for k, v in cell.metadata.items() if k in _KEEP_METADATA and v}
            new.id = f"cell-{len(nb.cells) + 1:02d}"
            nb.cells.append(new)
        versions.append(nb)
    return versions[0], versions[1]


def targets(path: Path) -> tuple[Path, Path]:
    """Where the student and instructor versions of ``path`` are stored."""
    name = path.stem + ".ipynb"
    return STUDENT_DIR / name, INSTRUCTOR_DIR / name


def execute(nb: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    from nbclient import NotebookClient

    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    return coalesce_streams(nb)


def coalesce_streams(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Join consecutive outputs of one stream, so a print stores the same way on a busy machine.

    >>> nb = nbformat.v4.new_notebook()
    >>> nb.cells.append(nbformat.v4.new_code_cell("print('a b')"))
    >>> nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in ("a", " b\\n")]
    >>> [o.text for o in coalesce_streams(nb).cells[0].outputs]
    ['a b\\n']
    """
    for cell in nb.cells:
        merged: list = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and output.output_type == previous.output_type == "stream"
                and output.name == previous.name
            ):
                previous.text += output.text
            else:
                merged.append(output)
        if cell.cell_type == "code":
            cell.outputs = merged
    return nb


def cells_signature(nb: nbformat.NotebookNode) -> list[tuple]:
    """What must match between a committed notebook and its source (not outputs)."""
    return [(c.cell_type, c.source, tuple(c.metadata.get("tags", ()))) for c in nb.cells]


def stale(path: Path) -> list[str]:
    """Names of the committed notebooks that differ from what ``path`` gives."""
    problems = []
    for nb, target in zip(make_versions(path), targets(path), strict=True):
        rel = target.relative_to(ROOT)
        if not target.exists():
            problems.append(f"{rel} is missing")
            continue
        committed = nbformat.read(target, as_version=4)
        if cells_signature(committed) != cells_signature(nb):
            problems.append(f"{rel} differs from notebooks/src/{path.name}")
    return problems


def build(path: Path) -> None:
    for nb, target in zip(make_versions(path), targets(path), strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        execute(nb, target.parent)
        nbformat.validate(nb)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            nbformat.write(nb, handle)
        print(f"built {target.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="notebook numbers or names (default: all)")
    parser.add_argument("--check", action="store_true", help="only report notebooks out of date")
    parser.add_argument("--tables", action="store_true", help="only regenerate the blocks from course.toml")
    args = parser.parse_args(argv)
    paths = sources(args.names)
    if not paths:
        print(f"no notebook sources match {args.names or ''} in notebooks/src/", file=sys.stderr)
        return 1
    try:
        if args.check:
            problems = [f"{name} differs from notebooks/course.toml" for name in course_tables.drift(ROOT)]
            problems += [p for path in paths for p in stale(path)]
            for problem in problems:
                print(problem, "- run `make notebooks`", file=sys.stderr)
            return 1 if problems else 0
        regenerate(paths)
        if not args.tables:
            for path in paths:
                build(path)
    except (SourceError, course_tables.ManifestError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def regenerate(building: list[Path]) -> list[str]:
    """Regenerate the course.toml blocks; name any changed source that is not being built."""
    changed = course_tables.update(ROOT)
    built = {str(path.relative_to(ROOT)) for path in building}
    for name in changed:
        print(f"regenerated the course blocks in {name}")
        if name.startswith("notebooks/src/") and name not in built:
            print(f"  rebuild it too: python -m coursekit build {Path(name).stem[:2]}")
    return changed


if __name__ == "__main__":
    sys.exit(main())
