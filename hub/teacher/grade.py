"""Grade a collected folder with otter-grader: ``python -m hub.teacher.grade submissions/DATE``.

Every notebook of every learner runs in its own process with its own
kernel (``otter run``, no containers), with a per-cell and a whole-run time
limit, and without network where the machine allows (``unshare --net``).
Every exercise is scored 1 point for the course's answer key (what
``check()`` says live) and 1 for the instructor-only hidden check
(:mod:`hub.grading.hidden`). Writes ``grades/gradebook.csv`` and one
``grades/feedback/NAME.html`` per learner inside the collected folder. A
notebook that hangs or crashes scores 0 for what it could not show and the
run goes on (a notebook whose kernel died is graded again without the cell that killed it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .feedback import Score, write_outputs

__all__ = [
    "build_autograder", "grade_folder", "grade_notebook", "isolation_prefix", "main", "test_file", "without_cell",
]

REPO = Path(__file__).resolve().parents[2]
CELL_SECONDS, RUN_SECONDS = 30, 300


def test_file(exercise: str) -> str:
    """An otter OK-format test: one public case (the answer key) and one hidden case, 1 point each.

    >>> ns = {}; exec(test_file("2.1"), ns); t = ns["test"]
    >>> t["name"], t["points"], [c["hidden"] for c in t["suites"][0]["cases"]]
    ('q2.1', 2, [False, True])
    """
    case = ">>> from hub.grading.cases import {0}\n>>> {0}({1!r}, globals())\nTrue"
    spec = {
        "name": f"q{exercise}", "points": 2,
        "suites": [{"type": "doctest", "scored": True, "setup": "", "teardown": "", "cases": [
            {"name": f"q{exercise} answer key", "code": case.format("public", exercise), "hidden": False,
             "locked": False},
            {"name": f"q{exercise} hidden check", "code": case.format("hidden", exercise), "hidden": True,
             "locked": False},
        ]}],
    }
    return f"OK_FORMAT = True\n\ntest = {spec!r}\n"


def build_autograder(exercises: list[str], dest: Path) -> Path:
    """otter's autograder zip (tests + config) for the exercises of one notebook.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> sorted(zipfile.ZipFile(build_autograder(["2.1", "2.2"], d / "ag.zip")).namelist())
    ['otter_config.json', 'tests/q2_1.py', 'tests/q2_2.py']
    >>> shutil.rmtree(d)
    """
    config = {"lang": "python", "logo": False, "print_summary": False, "pdf": False, "zips": False,
              "show_hidden": True}
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("otter_config.json", json.dumps(config))
        for e in exercises:
            z.writestr(f"tests/q{e.replace('.', '_')}.py", test_file(e))
    return dest


def isolation_prefix() -> list[str]:
    """A command prefix that runs a command without network (its own namespace, loopback only), or [].

    The kernel still talks to its grader over 127.0.0.1, so loopback is
    brought up inside the new namespace.

    >>> p = isolation_prefix(); p == [] or p[-2] == 'ip link set lo up && exec "$@"'
    True
    """
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return []
    script = ["sh", "-c", 'ip link set lo up && exec "$@"', "offline"]
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        if subprocess.run([*prefix, *script, "true"], capture_output=True, check=False).returncode == 0:
            return [*prefix, *script]
    return []


def _passed(output: str, case: str) -> bool:
    """Whether otter's output says ``case`` passed (a test file scored 2 passed both).

    >>> out = "q2.1 answer key result:\\n ✅ Test case passed\\n q2.1 hidden check result:\\n ❌ Test case failed"
    >>> _passed(out, "q2.1 answer key"), _passed(out, "q2.1 hidden check")
    (True, False)
    """
    at = output.find(case + " result")
    if at < 0:
        return False
    rest = output[at:]
    ok, bad = rest.find("✅"), rest.find("❌")
    return ok >= 0 and (bad < 0 or ok < bad)


def _scores(results: Path, exercises: list[str], note: str) -> dict[str, Score]:
    found = json.loads(results.read_text()).get("tests", []) if results.is_file() else []
    by_name = {t.get("name", ""): t for t in found}
    scores = {}
    for e in exercises:
        t = by_name.get(f"q{e}")
        if t is None:
            scores[e] = Score(0, 0, note or "not graded")
        elif t.get("score", 0) >= 2:
            scores[e] = Score(1, 1, note)
        else:
            out = t.get("output", "") or ""
            scores[e] = Score(int(_passed(out, f"q{e} answer key")), int(_passed(out, f"q{e} hidden check")), note)
    return scores


def without_cell(notebook: Path, source: str, dest: Path) -> bool:
    """Write ``notebook`` to ``dest`` with the first code cell whose source is ``source`` emptied.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); nb = d / "a.ipynb"
    >>> _ = nb.write_text(json.dumps({"cells": [{"cell_type": "code", "source": ["x = 1"]}]}))
    >>> without_cell(nb, "x = 1", d / "b.ipynb"), json.loads((d / "b.ipynb").read_text())["cells"][0]["source"]
    (True, '# removed by the grader: this cell stopped the kernel')
    >>> shutil.rmtree(d)
    """
    data = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in data.get("cells", []):
        text = cell.get("source", "")
        if cell.get("cell_type") == "code" and ("".join(text) if isinstance(text, list) else text) == source:
            cell["source"] = "# removed by the grader: this cell stopped the kernel"
            dest.write_text(json.dumps(data), encoding="utf-8")
            return True
    return False


def _graded(results: Path) -> bool:
    """Whether otter's results hold any exercise's test (``q<id>``).

    >>> _graded(Path("no-such-results.json"))
    False
    """
    if not results.is_file():
        return False
    return any(t.get("name", "").startswith("q") for t in json.loads(results.read_text()).get("tests", []))


def _otter(notebook: Path, autograder: Path, out: Path, prefix: list[str], run_seconds: int,
           cell_seconds: int) -> str:
    """One otter run; '' when it ran to the end, else why not."""
    env = {k: v for k, v in os.environ.items() if k != "COURSE_WORKSPACE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    cmd = [*prefix, sys.executable, "-m", "hub.teacher.otter_exec", str(notebook), str(autograder), str(out),
           str(cell_seconds), str(out / "running-cell.txt")]
    try:
        done = subprocess.run(cmd, cwd=out, env=env, capture_output=True, text=True, timeout=run_seconds,
                              start_new_session=True, check=False)
    except subprocess.TimeoutExpired:
        return f"stopped after {run_seconds} s"
    if done.returncode == 0:
        return ""
    last = (done.stderr.strip().splitlines() or ["no message"])[-1]
    return f"the notebook could not be run to the end ({last[:160]})"


def grade_notebook(notebook: Path, exercises: list[str], autograder: Path, prefix: list[str],
                   run_seconds: int = RUN_SECONDS, cell_seconds: int = CELL_SECONDS) -> dict[str, Score]:
    """Grade one submitted notebook in its own process; 0 for every exercise it could not show.

    When a cell kills the kernel, the notebook is graded once more without
    that cell, so only the exercises that needed it score 0.

    >>> d = Path(tempfile.mkdtemp()); ag = build_autograder(["2.1"], d / "ag.zip")
    >>> grade_notebook(d / "missing.ipynb", ["2.1"], ag, [])["2.1"].points
    0
    >>> shutil.rmtree(d)
    """
    out = Path(tempfile.mkdtemp(prefix="grade-"))
    try:
        note = _otter(notebook, autograder, out, prefix, run_seconds, cell_seconds)
        if not note and not _graded(out / "results.json"):  # otter ran, but the kernel died before the tests
            note = "the kernel stopped before the tests could run"
        trace = out / "running-cell.txt"
        if note and not note.startswith("stopped") and trace.is_file():
            retry = out / "retry"
            retry.mkdir()
            if without_cell(notebook, trace.read_text(encoding="utf-8"), retry / notebook.name):
                again = _otter(retry / notebook.name, autograder, retry, prefix, run_seconds, cell_seconds)
                if not again and _graded(retry / "results.json"):
                    return _scores(retry / "results.json", exercises, "a cell stopped the kernel; graded without it")
        return _scores(out / "results.json", exercises, note)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _exercises_by_notebook() -> dict[str, list[str]]:
    from helpers.exercises import question_ids

    return {f"{nb:02d}": question_ids(nb) for nb in range(6)}


def grade_folder(folder: Path, run_seconds: int = RUN_SECONDS, cell_seconds: int = CELL_SECONDS) -> Path:
    """Grade every ``NAME/NN-*.ipynb`` in a collected folder; write the gradebook and feedback.

    >>> d = Path(tempfile.mkdtemp())
    >>> (grade_folder(d) / "gradebook.csv").read_text().startswith("learner,0.1,0.2")
    True
    >>> shutil.rmtree(d)
    """
    by_nb, prefix = _exercises_by_notebook(), isolation_prefix()
    if not prefix:
        print("note: no network namespace here (unshare refused): submissions run with the network on")
    work = Path(tempfile.mkdtemp(prefix="autograders-"))
    try:
        autograders = {nb: build_autograder(ex, work / f"nb{nb}.zip") for nb, ex in by_nb.items()}
        grades: dict[str, dict[str, Score]] = {}
        for learner in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "grades"):
            grades[learner.name] = {}
            for nb, exercises in by_nb.items():
                found = sorted(learner.glob(f"{nb}-*.ipynb"))
                if not found:
                    grades[learner.name].update({e: Score(0, 0, "notebook not handed in") for e in exercises})
                    continue
                scores = grade_notebook(found[0], exercises, autograders[nb], prefix, run_seconds, cell_seconds)
                grades[learner.name].update(scores)
                print(f"{learner.name} {nb}: {sum(s.points for s in scores.values())}/{2 * len(exercises)}",
                      flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return write_outputs(folder / "grades", grades, [e for ex in by_nb.values() for e in ex])


def main(argv: list[str] | None = None) -> int:
    """``python -m hub.teacher.grade FOLDER``."""
    p = argparse.ArgumentParser(prog="python -m hub.teacher.grade", description=__doc__.splitlines()[0])
    p.add_argument("folder", help="a collected folder: submissions/YYYY-MM-DD")
    p.add_argument("--run-seconds", type=int, default=RUN_SECONDS, help="limit for one notebook")
    p.add_argument("--cell-seconds", type=int, default=CELL_SECONDS, help="limit for one cell")
    args = p.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder}: no such folder; collect first (make collect), then make grade SUB=submissions/DATE")
        return 2
    out = grade_folder(folder, args.run_seconds, args.cell_seconds)
    print(f"wrote {out / 'gradebook.csv'} and {out / 'feedback'}/NAME.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
