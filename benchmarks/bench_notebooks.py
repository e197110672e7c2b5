"""Each notebook's run time over the floor (a benchmark, not a test).

The floor is what no notebook can beat: a fresh kernel that only runs
``import pandas, matplotlib.pyplot``. Every student notebook
(``notebooks/NN-*.ipynb``, in course order) is executed the way nbval runs
it: a fresh ``python3`` kernel of this environment, started in
``notebooks/``, every cell top to bottom (nbclient). Each time counts from
starting the kernel to shutting it down, the floor's too. The issue's aim
is the whole course within 1.3 × (6 × floor). Each run also reports the
kernel's CPU seconds (its children's included), which a shared machine
hardly changes, beside the wall time, which it stretches.

Usage::

    python benchmarks/bench_notebooks.py                     # this worktree
    python benchmarks/bench_notebooks.py --json after.json   # also save the figures
    python benchmarks/bench_notebooks.py --rev main --json before.json
    python benchmarks/bench_notebooks.py --compare before.json   # this worktree against saved figures
    python benchmarks/bench_notebooks.py --compare main --repeat 2  # main and this worktree in turn, one session
    python benchmarks/bench_notebooks.py 04 --cells 5        # one notebook, its five slowest cells
    python benchmarks/bench_notebooks.py 05 --profile build/profile   # cProfile inside the kernel

``--rev REV`` exports that revision (``git archive``) to a temporary folder
and runs its notebooks with its own ``helpers`` (``PYTHONPATH``), in this
environment. ``--compare REV`` does the same for REV and runs its notebooks
and this tree's in turn, notebook by notebook (the floor first), so that a
shared machine's changing load falls on both alike. ``--repeat N`` keeps the fastest of N runs of each notebook
(the machine is shared: a slower run is noise, not the notebook; wall and CPU
each keep their least). Run it on
an otherwise idle machine, and never alongside other heavy work.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from helpers.course import MANIFEST, load_course

ROOT = Path(__file__).resolve().parent.parent
FLOOR_CODE = "import pandas, matplotlib.pyplot"
AIM = 1.3
#: Appended to every run: the kernel's CPU seconds so far, its children's included (a shared
#: machine stretches wall time by the wait for a core; CPU time hardly moves).
CPU_CODE = "import os as _bench_os; print('BENCH-CPU', sum(_bench_os.times()[:4]))"


@dataclass(frozen=True)
class Timing:
    """One notebook's run: wall seconds (kernel start to shutdown) and the cells' share."""

    name: str
    seconds: float
    cells: float
    slowest: list
    cpu: float = 0.0


def _cell_seconds(cell: nbformat.NotebookNode) -> float:
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not (start and end):
        return 0.0
    parse = datetime.fromisoformat
    return (parse(end.replace("Z", "+00:00")) - parse(start.replace("Z", "+00:00"))).total_seconds()


def run_once(nb: nbformat.NotebookNode, folder: Path, name: str) -> Timing:
    """Execute ``nb`` in a fresh kernel started in ``folder``; the wall time and the per-cell times."""
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        record_timing=True,
        resources={"metadata": {"path": str(folder)}},
    )
    nb.cells.append(nbformat.v4.new_code_cell(CPU_CODE))
    started = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - started
    printed = "".join(o.get("text", "") for o in nb.cells.pop().outputs)
    cpu = float(printed.split("BENCH-CPU", 1)[1].split()[0]) if "BENCH-CPU" in printed else 0.0
    code = [(number, cell) for number, cell in enumerate(nb.cells, 1) if cell.cell_type == "code"]
    per_cell = sorted(((_cell_seconds(cell), number, cell.source) for number, cell in code), reverse=True)
    slowest = [[round(s, 3), number, source.strip().split("\n")[0][:70]] for s, number, source in per_cell]
    return Timing(name, seconds, sum(s for s, _, _ in per_cell), slowest, cpu)


def best_of(path_or_nb, folder: Path, name: str, repeat: int) -> Timing:
    """The fastest of ``repeat`` runs, each on a fresh copy of the notebook (wall and CPU each their least)."""
    runs = []
    for _ in range(repeat):
        if isinstance(path_or_nb, Path):
            nb = nbformat.read(path_or_nb, as_version=4)
        else:
            nb = nbformat.from_dict(json.loads(json.dumps(path_or_nb)))
        runs.append(run_once(nb, folder, name))
    fastest = min(runs, key=lambda timing: timing.seconds)
    return replace(fastest, cpu=min(timing.cpu for timing in runs))


def floor_notebook() -> nbformat.NotebookNode:
    """The notebook every notebook is measured against: one cell, the two imports."""
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(FLOOR_CODE))
    return nb


def student_notebooks(root: Path, names: list[str]) -> list[Path]:
    """The student notebooks of ``root`` in course order (its manifest), filtered by number or name."""
    paths = [root / lesson.notebook("student") for lesson in load_course(root / MANIFEST).lessons]
    return [p for p in paths if not names or any(p.stem.startswith(n) for n in names)]


def export(rev: str, into: Path) -> Path:
    """Write revision ``rev`` of this repository into ``into`` (git archive); the folder."""
    into.mkdir(parents=True, exist_ok=True)
    archive = into / "rev.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), rev], check=True)
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.12, and the security releases before it
            tar.extractall(into / "tree", filter="data")
        else:  # pragma: no cover - an archive of this repository, made just now
            tar.extractall(into / "tree")
    return into / "tree"


def use_helpers_of(root: Path) -> str:
    """Make kernels import ``helpers`` from ``root``; returns where a fresh Python finds it."""
    os.environ["PYTHONPATH"] = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]).rstrip(
        os.pathsep
    )
    found = subprocess.run(
        [sys.executable, "-c", "import helpers; print(helpers.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=root / "notebooks",
    ).stdout.strip()
    if not Path(found).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"kernels would import helpers from {found}, not from {root}")
    return found


def profiled(path: Path, out: Path) -> nbformat.NotebookNode:
    """The notebook with a first cell that starts cProfile and a last one that saves it to ``out``."""
    nb = nbformat.read(path, as_version=4)
    start = (  # CPU seconds, not wall: a shared machine's wait for a core is not the notebook's cost
        "import cProfile as _bench_cp, time as _bench_t\n"
        "_bench_prof = _bench_cp.Profile(_bench_t.process_time)\n_bench_prof.enable()"
    )
    stop = f"_bench_prof.disable()\n_bench_prof.dump_stats({str(out)!r})"
    nb.cells.insert(0, nbformat.v4.new_code_cell(start))
    nb.cells.append(nbformat.v4.new_code_cell(stop))
    return nb


def print_profile(out: Path, lines: int = 25) -> None:
    stats = pstats.Stats(str(out))
    stats.sort_stats("cumulative").print_stats(lines)
    stats.sort_stats("tottime").print_stats(lines)


def measure(root: Path, names: list[str], repeat: int) -> dict:
    """Run the floor and every chosen notebook of ``root``; the figures as a JSON-ready dict."""
    with tempfile.TemporaryDirectory() as tmp:
        floor = best_of(floor_notebook(), Path(tmp), "floor", repeat)
    timings = []
    for path in student_notebooks(root, names):
        timing = best_of(path, path.parent, path.stem, repeat)
        timings.append(timing)
        print(f"  ran {path.stem}: {timing.seconds:.2f} s", file=sys.stderr, flush=True)
    return {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "repeat": repeat,
        "floor": asdict(floor),
        "notebooks": [asdict(t) for t in timings],
    }


def report(result: dict, before: dict | None, cells: int) -> str:
    """The table: per notebook seconds, floor, ratio (and the ratio before), then the whole course."""
    floor = result["floor"]["seconds"]
    old = {n["name"]: n["seconds"] for n in (before or {}).get("notebooks", [])}
    fcpu = result["floor"].get("cpu") or 1e-9
    ocpu = {n["name"]: n.get("cpu", 0.0) for n in (before or {}).get("notebooks", [])}
    head = f"{'notebook':<28}{'seconds':>8}{'cells':>8}{'floor':>7}{'ratio':>7}{'cpu s':>7}{'ratio':>7}"
    lines = [head + (f"{'before':>9}{'change':>8}{'cpu':>7}" if before else "")]
    for n in result["notebooks"]:
        line = (
            f"{n['name']:<28}{n['seconds']:>8.2f}{n['cells']:>8.2f}{floor:>7.2f}{n['seconds'] / floor:>7.2f}"
            f"{n.get('cpu', 0.0):>7.2f}{n.get('cpu', 0.0) / fcpu:>7.2f}"
        )
        if n["name"] in old:
            line += f"{old[n['name']]:>9.2f}{n['seconds'] / old[n['name']] - 1:>+8.0%}{ocpu[n['name']]:>7.2f}"
        lines.append(line)
        lines += [f"      {s:>6.2f} s  cell {number:>2}: {text}" for s, number, text in n["slowest"][:cells]]
    total, count = sum(n["seconds"] for n in result["notebooks"]), len(result["notebooks"])
    lines.append(
        f"{'whole course':<28}{total:>8.2f}{'':>8}{count * floor:>7.2f}{total / (count * floor):>7.2f}"
        f"   (floor {floor:.2f} s × {count}; the aim is {AIM} ×)"
    )
    cells, floor_cells = sum(n["cells"] for n in result["notebooks"]), result["floor"]["cells"]
    lines.append(
        f"inside the cells: {cells:.2f} s in all; the floor's one cell {floor_cells:.2f} s, "
        f"so starting and stopping a kernel costs about {floor - floor_cells:.2f} s of each run"
    )
    course_cpu = sum(n.get("cpu", 0.0) for n in result["notebooks"])
    lines.append(
        f"kernel CPU: whole course {course_cpu:.2f} s, floor {fcpu:.2f} s × {count}, "
        f"ratio {course_cpu / (count * fcpu):.2f}"
    )
    lines.append(f"load average after the run: {result['load_average']} (on {os.cpu_count()} cores)")
    if before:
        was = sum(n["seconds"] for n in before["notebooks"])
        bfloor = before["floor"]["seconds"]
        lines.append(
            f"before: whole course {was:.2f} s, floor {bfloor:.2f} s, ratio {was / (count * bfloor):.2f}"
        )
        bcpu, bfcpu = sum(ocpu.values()), before["floor"].get("cpu") or 1e-9
        lines.append(
            f"before, kernel CPU: whole course {bcpu:.2f} s, floor {bfcpu:.2f} s, "
            f"ratio {bcpu / (count * bfcpu):.2f}; load average then {before.get('load_average')}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="notebook numbers or names (default: all)")
    parser.add_argument("--rev", help="measure this git revision's notebooks and helpers instead")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--compare",
        help="a JSON file of earlier figures, or a git revision to measure in turn with this tree",
    )
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest of N runs (default 1)")
    parser.add_argument("--cells", type=int, default=0, help="list each notebook's N slowest cells")
    parser.add_argument(
        "--profile", type=Path, help="profile each notebook in its kernel; .pstats files here"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = export(args.rev, Path(tmp)) if args.rev else ROOT
        if args.profile:
            print(f"helpers from {use_helpers_of(root)}", file=sys.stderr)
            return profile_all(root, args.names, args.profile)
        if args.compare and not Path(args.compare).is_file():  # a revision: measured in turn with this tree
            old_root = export(args.compare, Path(tmp) / "before")
            before, result = side_by_side(old_root, root, args.names, args.repeat)
        else:
            before = json.loads(Path(args.compare).read_text(encoding="utf-8")) if args.compare else None
            print(f"helpers from {use_helpers_of(root)}", file=sys.stderr)
            result = measure(root, args.names, args.repeat)
    result["rev"] = args.rev or "worktree"
    print(report(result, before, args.cells))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


def _restore(saved: str | None) -> None:
    """Give ``PYTHONPATH`` back its value from before (or none)."""
    if saved is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = saved


def _kernel_paths(root: Path) -> str:
    """The ``PYTHONPATH`` under which a kernel imports ``helpers`` from ``root`` (checked once)."""
    saved = os.environ.get("PYTHONPATH")
    print(f"helpers from {use_helpers_of(root)}", file=sys.stderr)
    paths = os.environ["PYTHONPATH"]
    _restore(saved)
    return paths


def _summary(runs: dict[str, list[Timing]], repeat: int) -> dict:
    """The figures of one tree, as :func:`measure` gives them: each notebook's least wall and CPU."""
    best = {
        name: replace(min(ts, key=lambda t: t.seconds), cpu=min(t.cpu for t in ts))
        for name, ts in runs.items()
    }
    floor = best.pop("floor")
    return {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "repeat": repeat,
        "floor": asdict(floor),
        "notebooks": [asdict(t) for t in best.values()],
    }


def side_by_side(old_root: Path, new_root: Path, names: list[str], repeat: int) -> tuple[dict, dict]:
    """Both trees measured in turn, notebook by notebook (old then new, then new then old, ...).

    Measuring one tree after the other puts a shared machine's changing load
    on one of them only; in turn, both see it alike.
    """
    paths = {"old": _kernel_paths(old_root), "new": _kernel_paths(new_root)}
    saved = os.environ.get("PYTHONPATH")
    old = {p.stem: p for p in student_notebooks(old_root, names)}
    jobs = [("floor", None, None)] + [
        (p.stem, old[p.stem], p) for p in student_notebooks(new_root, names) if p.stem in old
    ]
    runs: dict[str, dict[str, list[Timing]]] = {"old": {}, "new": {}}
    turn = 0
    for _ in range(repeat):
        for name, old_path, new_path in jobs:
            sides = [("old", old_path), ("new", new_path)]
            for side, path in sides if turn % 2 == 0 else sides[::-1]:
                os.environ["PYTHONPATH"] = paths[side]
                with tempfile.TemporaryDirectory() as tmp:
                    nb, folder = (
                        (floor_notebook(), Path(tmp))
                        if path is None
                        else (nbformat.read(path, as_version=4), path.parent)
                    )
                    runs[side].setdefault(name, []).append(run_once(nb, folder, name))
            turn += 1
            print(f"  ran {name}: old {runs['old'][name][-1].seconds:.2f} s, new {runs['new'][name][-1].seconds:.2f} s",
                  file=sys.stderr, flush=True)  # fmt: skip
    _restore(saved)
    return _summary(runs["old"], repeat), _summary(runs["new"], repeat)


def profile_all(root: Path, names: list[str], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for path in student_notebooks(root, names):
        out = (folder / f"{path.stem}.pstats").resolve()
        run_once(profiled(path, out), path.parent, path.stem)
        print(f"=== {path.stem}: {out}")
        print_profile(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
