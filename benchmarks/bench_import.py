"""Import and run times of the course, old code against new (a benchmark, not a test).

Run with ``.venv/bin/python benchmarks/bench_import.py [--against REV] [--rounds N] [--no-notebooks]``.
It times, each in a fresh Python process:

* ``import helpers``, as ``python -X importtime`` reports it (cumulative
  microseconds of the ``helpers`` line);
* each answer key ``helpers.questions.nbNN`` imported after ``helpers``
  (its own cumulative line), which is where the curated CSV files used to be
  loaded and checked dozens of times;
* each notebook source ``notebooks/src/NN-*.py`` run as a script from
  ``notebooks/`` with ``MPLBACKEND=agg``, and the *floor*: a process that
  only imports pandas and matplotlib.pyplot.

With ``--against REV`` (default ``main``) the helpers (and the seeds and test
articles the notebooks read) of that git revision are extracted to a
temporary folder, which is the child's working folder (``-c`` puts it first on
``sys.path``) and first on its ``PYTHONPATH`` (for the notebooks, run from
this tree's ``notebooks/``, which holds no helpers); old and new are
timed alternately for ``--rounds`` rounds (default 3) and each keeps its best
time, so a shared machine's changing load falls on both alike. Import times
are what ``-X importtime`` measures (wall clock inside the process); the
notebook and floor times are the child's CPU time (user + system), since on a
busy machine wall time mostly measures the wait for a core. Do not run it in
parallel with other heavy work.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from helpers.course import course

ROOT = Path(__file__).resolve().parent.parent
KEYS = tuple(lesson.answer_key for lesson in course().lessons)  # the manifest's answer keys
NOTEBOOKS = tuple(Path(lesson.source).name for lesson in course().lessons)
FLOOR = "import pandas, matplotlib; matplotlib.use('agg'); import matplotlib.pyplot"


def _env(helpers_parent: Path) -> dict[str, str]:
    env = dict(os.environ, MPLBACKEND="agg", PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = os.pathsep.join([str(helpers_parent), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("COURSE_WORKSPACE", None)  # record no progress anywhere
    return env


def _importtime(code: str, module: str, helpers_parent: Path) -> float:
    """Cumulative import time of ``module``, in seconds, while running ``code``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True, text=True, check=True, cwd=helpers_parent, env=_env(helpers_parent),
    )  # fmt: skip
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1e6
    raise RuntimeError(f"no import time for {module}:\n{done.stderr[-2000:]}")


def _cpu(args: list[str], helpers_parent: Path, cwd: Path) -> float:
    """CPU time (user + system) of a child process running ``args``, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, *args], capture_output=True, check=True, cwd=cwd, env=_env(helpers_parent)
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _check_tree(helpers_parent: Path) -> None:
    """Fail loudly if the child would time another tree's helpers (an editable install, say)."""
    code = "import helpers, pathlib; print(pathlib.Path(helpers.__file__).resolve().parent.parent)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=helpers_parent,
        env=_env(helpers_parent),
    )  # fmt: skip
    if Path(done.stdout.strip()) != helpers_parent.resolve():
        raise RuntimeError(f"the child imported helpers from {done.stdout.strip()}, not {helpers_parent}")


def measure(helpers_parent: Path, notebooks: bool) -> dict[str, float]:
    """One round of every figure for the helpers found in ``helpers_parent``."""
    out = {"import helpers": _importtime("import helpers", "helpers", helpers_parent)}
    _check_tree(helpers_parent)
    for key in KEYS:
        out[key] = _importtime(f"import helpers; import {key}", key, helpers_parent)
    if notebooks:
        out["floor (pandas + pyplot)"] = _cpu(["-c", FLOOR], helpers_parent, helpers_parent)
        for name in NOTEBOOKS:
            out[name] = _cpu([str(ROOT / "notebooks" / "src" / name)], helpers_parent, ROOT / "notebooks")
    return out


def _old_helpers(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", rev, "helpers", "seeds", "tests/articles"],
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _report(rev: str, rounds: int, old: dict[str, float], new: dict[str, float], load: tuple) -> None:
    print(
        f"old = helpers at {rev}, new = this working tree; best of {rounds} alternating rounds; "
        f"load average {load[0]:.1f} before, {load[1]:.1f} after"
    )
    print(f"{'':34} {'old s':>8} {'new s':>8} {'new/old':>8}")
    for name in new:
        print(f"{name:34} {old[name]:>8.3f} {new[name]:>8.3f} {new[name] / old[name]:>8.2f}")
    for label, best in (("old", old), ("new", new)):
        if "floor (pandas + pyplot)" in best:
            course = sum(best[name] for name in NOTEBOOKS)
            floor = best["floor (pandas + pyplot)"] * len(NOTEBOOKS)
            print(
                f"{label}: six notebooks {course:.2f} s CPU = {course / floor:.2f} x the floor ({floor:.2f} s)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-notebooks", dest="notebooks", action="store_false", help="time imports only")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    old: dict[str, float] = {}
    new: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old_root = _old_helpers(args.against, Path(tmp))
        for _ in range(args.rounds):
            for best, root in ((old, old_root), (new, ROOT)):
                for name, seconds in measure(root, args.notebooks).items():
                    best[name] = min(best.get(name, seconds), seconds)
    _report(args.against, args.rounds, old, new, (load_before, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
