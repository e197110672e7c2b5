"""Grade a collected folder: ``python -m coursekit grade submissions/DATE [--learner-python PY]``.

Each submitted notebook runs in a sandbox (:mod:`hub.grading.sandbox`: a
throwaway unprivileged account, no network, no course files, memory,
process and time limits, nothing left running), where it only *produces*
its answers: the grader appends a last cell that writes every ``answer_…``
value as plain JSON data (:mod:`hub.grading.export`). The marking happens
here, in the trusted process, on the values rebuilt from that data
(:mod:`hub.grading.marking`): the course's ``check()`` (typed-in rule
included) and the hidden checks. No learner code runs in this process and
nothing the notebook defines can change a mark. Writes
``grades/gradebook.csv``, ``grades/README.txt`` and ``grades/feedback/NAME.html``.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path

from coursekit.hub.grading import export, runner
from coursekit.hub.grading.learners import find_learners
from coursekit.hub.grading.marking import mark_notebook
from coursekit.hub.grading.rebuild import AnswersError, read_answers
from coursekit.hub.grading.sandbox import Limits, Sandbox, reachable_by_others

from .feedback import Score, write_outputs

__all__ = ["default_python", "exercises_by_notebook", "grade_folder", "grade_notebook", "handed_in", "main", "prepared",
           "shown"]

from coursekit.paths import REPO

LEARNER_PYTHON = Path("/opt/course-hub/learner-env/bin/python")
MAX_NOTEBOOK = 20_000_000
EXPORT_CELL = """def _grader_export():
    import os
    grader = {{}}
    exec(compile({source!r}, "grader-export", "exec"), grader)
    grader["export_answers"](dict(globals()), os.environ.get("GRADE_ANSWERS", "answers.json"))
_grader_export()
"""


class NotebookError(ValueError):
    """A submitted notebook that could not be opened or parsed."""


def exercises_by_notebook() -> dict[int, list[str]]:
    """Every notebook of the course (its manifest) and its exercise ids: a new notebook is graded.

    >>> exercises_by_notebook()[0][:2]
    ['0.1', '0.2']
    """
    from helpers.exercises import question_ids
    from helpers.exercises.bank import course_notebooks

    return {nb: question_ids(nb) for nb in course_notebooks()}


def handed_in(home: Path, notebook: int) -> Path | None:
    """A learner's copy of ``notebook``: the course's file name (the manifest's), else the first ``NN-*.ipynb``.

    >>> import tempfile; home = Path(tempfile.mkdtemp()); _ = (home / "02-acsa.old-1.ipynb").write_text("{}")
    >>> handed_in(home, 2).name, handed_in(home, 3)
    ('02-acsa.old-1.ipynb', None)
    >>> _ = (home / "02-acsa.ipynb").write_text("{}"); handed_in(home, 2).name
    '02-acsa.ipynb'
    """
    from helpers.course import course

    lesson = course().find(notebook)
    if lesson is not None and (home / lesson.filename).is_file():
        return home / lesson.filename
    found = sorted(home.glob(f"{notebook:02d}-*.ipynb"))
    return found[0] if found else None


def shown(path: Path) -> str:
    """``path`` as the teacher's terminal may print it: a learner's control characters escaped, never run.

    >>> shown(Path("ana/00-\\x1b[2J\\n.ipynb"))
    'ana/00-\\\\x1b[2J\\\\n.ipynb'
    """
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in str(path))


def _sources(path: Path) -> list[str]:
    """The code cells of a submitted notebook, read as data (a plain file, not followed, size-capped)."""
    notebook, name = path, shown(path)
    try:
        fd = os.open(notebook, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise NotebookError(f"{name}: not a plain file")
            raw = f.read(MAX_NOTEBOOK + 1)
    except OSError as error:
        raise NotebookError(f"{name}: cannot be opened ({error.strerror})") from None
    if len(raw) > MAX_NOTEBOOK:
        raise NotebookError(f"{name}: larger than {MAX_NOTEBOOK} bytes")
    try:
        cells = json.loads(raw.decode("utf-8"))["cells"]
        code = [c for c in cells if c.get("cell_type") == "code"]
        return [s if isinstance(s := c.get("source", ""), str) else "".join(map(str, s)) for c in code]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise NotebookError(f"{name}:1: not a notebook (JSON with a list of cells) — open it in JupyterLab and save it again") from None


def prepared(sources: list[str]) -> bytes:
    """The notebook the sandbox runs: the learner's code cells, then the grader's export cell.

    >>> nb = json.loads(prepared(["answer_0_1 = 9"])); len(nb["cells"]), nb["cells"][0]["source"]
    (2, 'answer_0_1 = 9')
    """
    cell = EXPORT_CELL.format(source=Path(export.__file__).read_text(encoding="utf-8"))
    cells: list[dict[str, object]] = [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": s}
             for s in [*sources, cell]]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 4}
    return json.dumps(nb).encode("utf-8")


def _status(work: Path) -> list[str]:
    try:
        notes = json.loads(_read_small(work / "status.json"))
    except (OSError, ValueError, AnswersError):
        return []
    return [str(n)[:160] for n in notes[:5]] if isinstance(notes, list) else []


def _read_small(path: Path) -> str:
    """At most 10 kB of a plain file the sandbox wrote (never followed if a link)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise AnswersError("not a plain file")
        return f.read(10_000).decode("utf-8", "replace")


def grade_notebook(notebook: Path, exercises: list[str], sandbox: Sandbox) -> dict[str, Score]:
    """Run one notebook in the sandbox, mark its exported answers here; raises NotebookError if unreadable.

    >>> grade_notebook(Path("no-such.ipynb"), ["0.1"], Sandbox(Path(sys.executable), Limits(), []))
    Traceback (most recent call last):
    ...
    coursekit.hub.teacher.grade.NotebookError: no-such.ipynb: cannot be opened (No such file or directory)
    """
    sources = _sources(notebook)
    files = {"notebook.ipynb": prepared(sources), "runner.py": Path(runner.__file__).read_bytes()}
    argv = ["{python}", "{work}/runner.py", "{work}/notebook.ipynb", str(sandbox.limits.cell_seconds),
            "{work}/status.json"]
    outcome = sandbox.run(argv, files, outputs=("answers.json", "status.json"))
    try:
        if outcome.survivors:
            print(f"WARNING: {len(outcome.survivors)} process(es) of the sandbox survived grading {shown(notebook)}",
                  file=sys.stderr)
        notes = [outcome.note, *_status(outcome.work)]
        try:
            entries = read_answers(outcome.work / "answers.json", export.MAX_BYTES)
        except AnswersError as error:
            entries, notes = {}, [*notes, str(error)]
        scores = mark_notebook(exercises, entries, sources, "; ".join(n for n in notes if n))
        peak = f", {outcome.peak_memory >> 20} MiB" if outcome.peak_memory else ""
        print(f"{notebook.parent.name} {notebook.name[:2]}: {sum(s.points for s in scores.values())}/"
              f"{2 * len(exercises)} ({outcome.seconds:.1f} s{peak})", flush=True)
        return scores
    finally:
        sandbox.clean(outcome)


def grade_folder(folder: Path, sandbox: Sandbox) -> tuple[Path, list[str]]:
    """Grade every learner of a collected folder; write the gradebook and feedback; return (grades, errors).

    ``errors`` names every notebook that could not be opened (the run goes on).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> out, errors = grade_folder(d, Sandbox(Path(sys.executable), Limits(), []))
    >>> (out / "gradebook.csv").read_text().splitlines()[1].startswith("learner,0.1,0.2"), errors
    (True, [])
    """
    by_nb = exercises_by_notebook()
    every = [e for ex in by_nb.values() for e in ex]
    learners = find_learners(folder)
    for name in learners.skipped:
        print(f"skipped {name}")
    grades: dict[str, dict[str, Score]] = {}
    errors: list[str] = []
    _private(folder)
    for name, why in learners.absent.items():
        grades[name] = {e: Score(0, 0, why) for e in every}
    for name, home in learners.folders.items():
        grades[name] = {}
        for nb, exercises in by_nb.items():
            found = handed_in(home, nb)
            if found is None:
                grades[name].update({e: Score(0, 0, "notebook not handed in") for e in exercises})
                continue
            try:
                scores = grade_notebook(found, exercises, sandbox)
            except NotebookError as error:
                errors.append(str(error))
                scores = {e: Score(0, 0, "the notebook could not be opened") for e in exercises}
            grades[name].update(scores)
    out = write_outputs(folder / "grades", grades, every, learners.skipped)
    _private(folder, out)
    return out, errors


def _private(*folders: Path) -> None:
    """The learners' work and the grades are the teacher's: no access for other accounts."""
    for folder in folders:
        folder.chmod(folder.stat().st_mode & ~0o007)


def default_python() -> Path | None:
    """The learners' Python (every account can run it), else this Python when not root, else None.

    >>> default_python() is None or default_python().name.startswith("python")
    True
    """
    if LEARNER_PYTHON.exists():
        return LEARNER_PYTHON
    return None if os.geteuid() == 0 else Path(sys.executable)


def _check_python(python: Path | None, sandbox_hidden: list[Path]) -> str:
    fix = ("give --learner-python PATH: the learners' environment, /opt/course-hub/learner-env/bin/python by "
           "default (make learner-env builds it). A Python under /root or inside the course folder cannot be "
           "run by the sandbox account.")
    if python is None or not python.exists():
        return f"{python or LEARNER_PYTHON}: no such Python — {fix}"
    real = python.resolve()
    if os.geteuid() == 0 and any(real.is_relative_to(h) for h in sandbox_hidden):
        return f"{python}: inside a folder the sandbox hides ({real}) — {fix}"
    return ""


def _probe(sandbox: Sandbox) -> str:
    """'' when the learners' Python runs in the sandbox and has what the runner needs, else what to do."""
    outcome = sandbox.run(["{python}", "-c", "import nbclient, ipykernel"], {})
    sandbox.clean(outcome)
    if outcome.note:
        return (f"{sandbox.python} cannot run a notebook in the sandbox: {outcome.note} — give --learner-python "
                "the learners' environment (make learner-env), which has nbclient and ipykernel")
    return ""


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit grade FOLDER``: 0 when every notebook was graded, 1 when one could not be opened."""
    p = argparse.ArgumentParser(prog="python -m coursekit grade", description=__doc__.splitlines()[0])
    p.add_argument("folder", help="a collected folder: submissions/YYYY-MM-DD")
    p.add_argument("--learner-python", type=Path, default=None, help="the Python submissions run with "
                   f"(default {LEARNER_PYTHON} if present; else this Python when not root)")
    defaults = Limits.from_env()
    p.add_argument("--run-seconds", type=int, default=defaults.wall_seconds, help="wall-clock limit, one notebook")
    p.add_argument("--cell-seconds", type=int, default=defaults.cell_seconds, help="limit for one cell")
    p.add_argument("--cpu-seconds", type=int, default=defaults.cpu_seconds, help="CPU-time limit per process")
    p.add_argument("--memory-mb", type=int, default=defaults.memory >> 20, help="memory limit, one notebook")
    p.add_argument("--processes", type=int, default=defaults.processes, help="process limit, one notebook")
    args = p.parse_args(argv)
    folder = Path(args.folder).resolve()  # before anything changes the current folder
    if not folder.is_dir():
        print(f"{args.folder}: no such folder; collect first (make collect), then make grade SUB=submissions/DATE")
        return 2
    limits = Limits(args.memory_mb << 20, args.processes, args.cpu_seconds, args.run_seconds, args.cell_seconds)
    python = args.learner_python.absolute() if args.learner_python else default_python()
    hidden = [REPO, folder.parent]
    if problem := _check_python(python, [h.resolve() for h in [*hidden, Path("/root"), Path("/home")]]):
        print(problem)
        return 2
    assert python is not None  # _check_python said so
    sandbox = Sandbox(python, limits, hidden)
    print(sandbox.describe(), flush=True)
    if problem := _probe(sandbox):
        print(problem)
        return 2
    secret = REPO / "coursekit" / "hub" / "grading" / "hidden.py"
    if reachable_by_others(secret):
        print(f"note: {secret} can be read by every account on this machine (the sandbox hides it, a learner's own "
              f"server does not): chmod o-rwx {REPO}")
    out, errors = grade_folder(folder, sandbox)
    print(f"wrote {out / 'gradebook.csv'} and {out / 'feedback'}/NAME.html")
    for error in errors:
        print(f"could not grade {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
