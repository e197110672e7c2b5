"""Every registered chart and view, the partner map included, old code against new (a benchmark, not a test).

Run with ``.venv/bin/python benchmarks/bench_charts.py [--against REV] [--rounds N]``.

Each figure of ``helpers.charts.registry`` (each chart, and each view such as
the map in 2015) is timed the way a notebook cell uses it: draw the chart on a new figure, then
render it to PNG as JupyterLab's inline backend does (``bbox_inches="tight"``),
then close the figure. Every function is called twice in the same process:
``first`` is the first call (what a learner's first cell pays, e.g. cartopy's
import and the projection of the coastlines for the map), ``again`` the
second (what caches save). ``set`` is what the chart tests once timed
(drawing every chart on plain Axes and its canvas, a 6 s limit that failed
on a loaded machine): the timing lives here now. The list of figures is this
tree's registry, passed to both sides, so old and new draw the same ones.

With ``--against REV`` (default ``main``) the helpers and seeds of that git
revision are extracted to a temporary folder; old and new are timed in fresh
child processes (``PYTHONPATH`` chooses which helpers), alternately, for
``--rounds`` rounds (default 3), and each keeps its best time, so a shared
machine's changing load falls on both alike. Times are CPU seconds of the
child process (``time.process_time``); the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def specs() -> list[dict]:
    """Every figure of ``helpers.charts.registry`` (this tree's), as plain data a child process can read.

    Each is the figure's name, where its draw function lives (``helpers.charts.acsa``
    exists at older revisions too), the course data it draws, its keyword arguments
    and whether it is a map (the ``set`` row times the charts on plain Axes).
    """
    from helpers.charts.registry import figures

    return [
        {"name": name, "module": chart.draw.__module__, "function": chart.draw.__name__,
         "data": chart.data, "kwargs": kwargs, "is_map": chart.is_map}
        for name, (chart, kwargs) in figures().items()
    ]  # fmt: skip


def _data(key: str) -> tuple:
    """The positional arguments for the course data ``key``, through the public API every revision has."""
    if not key:
        return ()
    from helpers import load_seeds, quotes_frame

    return (quotes_frame(load_seeds()[0]),)


def _calls(figures: list[dict]):
    """name -> a function drawing that figure on a new figure and returning its Axes."""
    import importlib

    calls = {}
    for spec in figures:
        draw = getattr(importlib.import_module(spec["module"]), spec["function"])
        args, kwargs = _data(spec["data"]), spec["kwargs"]
        calls[spec["name"]] = lambda draw=draw, args=args, kwargs=kwargs: draw(*args, **kwargs)
    return calls


def _timed(draw) -> float:
    import matplotlib.pyplot as plt

    t0 = time.process_time()
    ax = draw()
    ax.figure.savefig(BytesIO(), format="png", bbox_inches="tight")
    plt.close(ax.figure)
    return time.process_time() - t0


def worker() -> None:
    """Child process: time the figures named in ``BENCH_FIGURES`` with the helpers ``import helpers`` finds; print JSON."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t0 = time.process_time()
    figures = json.loads(os.environ["BENCH_FIGURES"])
    calls = _calls(figures)
    out: dict[str, float] = {"import": time.process_time() - t0}
    for name, draw in calls.items():
        out[f"{name} first"] = _timed(draw)
        out[f"{name} again"] = _timed(draw)
    t0 = time.process_time()
    plain = [f["name"] for f in figures if not f["is_map"] and not f["kwargs"]]
    for name in plain:
        ax = calls[name]()
        ax.figure.canvas.draw()
        plt.close(ax.figure)
    out[f"set ({len(plain)} charts, drawn)"] = time.process_time() - t0
    print(json.dumps(out))


def _run(helpers_parent: Path, figures: list[dict]) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(helpers_parent), str(Path(__file__).parent)]),
           "BENCH_FIGURES": json.dumps(figures)}  # fmt: skip
    code = "import bench_charts; bench_charts.worker()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=helpers_parent, env=env)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def _checkout(rev: str, into: Path) -> Path:
    """The ``helpers/`` and ``seeds/`` of git revision ``rev``, written below ``into``."""
    tar_path = into / "old.tar"
    subprocess.run(["git", "archive", f"--output={tar_path}", rev, "helpers", "seeds"], check=True, cwd=ROOT)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into / "old", filter="data")
    return into / "old"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; each side keeps its best")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    figures = specs()
    old: dict[str, float] = {}
    new: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old_root = _checkout(args.against, Path(tmp))
        for _ in range(args.rounds):
            for best, root in ((old, old_root), (new, ROOT)):
                for key, seconds in _run(root, figures).items():
                    best[key] = min(best.get(key, seconds), seconds)
    print(
        f"old = helpers at {args.against}, new = this working tree; best of {args.rounds} alternating rounds; "
        f"CPU seconds; load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(f"{'':<32} {'old':>7} {'new':>7} {'new/old':>7}")
    for key in new:
        o, n = old.get(key), new[key]
        ratio = f"{n / o:>7.2f}" if o else f"{'':>7}"
        print(f"{key:<32} {o if o is not None else float('nan'):>7.3f} {n:>7.3f} {ratio}")
    keys = [k for k in new if k.endswith((" first", " again"))]
    total_old, total_new = sum(old.get(k, 0.0) for k in keys), sum(new[k] for k in keys)
    print(
        f"{'total (every call above)':<32} {total_old:>7.3f} {total_new:>7.3f} {total_new / total_old:>7.2f}"
    )


if __name__ == "__main__":
    main()
