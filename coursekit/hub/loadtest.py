"""``make test-hub N=20``: a class of N learners on a real hub, every notebook run over the kernel websocket.

Starts a hub on loopback (:mod:`hub.harness`), creates N learners through
the REST API with the service token, logs them all in at once through the
login form, starts their servers, and has each run every notebook cell by
cell with the instructor version's answers. Reports servers started, cells
run, failures, server start time and per-cell latency (median, 95th
percentile), peak memory per learner and in total. Bounded by ``--budget``
seconds; stops everything it started, also on failure. Exit status 0 only
when there was no failure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .client import KernelSocket, login, request
from .harness import RunningHub, running_hub
from .memory import MemorySampler

__all__ = ["LearnerRun", "code_cells", "main", "percentile", "run_class", "summary"]

from coursekit.paths import REPO


def code_cells(notebook: Path) -> list[str]:
    """The code cells of a notebook, in order.

    >>> len(code_cells(REPO / "notebooks" / "solutions" / "00-start-here.ipynb")) > 0
    True
    """
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``.

    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), percentile([3.0], 50)
    (10, 3.0)
    """
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class LearnerRun:
    """What happened for one learner (filled in as the run goes).

    >>> LearnerRun("ben").failures
    []
    """

    name: str
    start_seconds: float | None = None
    cells: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    retries: int = 0


async def _create_learners(hub: RunningHub) -> dict[str, str]:
    """Create the learners through the REST API; return each one's own API token."""
    names = list(hub.learners)
    reply = await request("POST", f"{hub.api}/users", hub.service_token, {"usernames": names})
    if reply.code != 201:
        raise RuntimeError(f"creating learners failed: {reply.code} {reply.body[:300]}")
    tokens = {}
    for name in names:
        r = await request("POST", f"{hub.api}/users/{name}/tokens", hub.service_token,
                          {"note": "load test", "expires_in": 3600})
        if r.code not in (200, 201):
            raise RuntimeError(f"token for {name}: {r.code} {r.body[:300]}")
        tokens[name] = r.json()["token"]
    return tokens


async def _start_server(hub: RunningHub, run: LearnerRun, token: str, budget: float) -> bool:
    start = time.perf_counter()
    reply = await request("POST", f"{hub.api}/users/{run.name}/server", token, timeout=budget)
    while reply.code == 429:  # the concurrent spawn limit: try again, as the spawn page does
        await asyncio.sleep(2)
        reply = await request("POST", f"{hub.api}/users/{run.name}/server", token, timeout=budget)
    if reply.code not in (201, 202):
        run.failures.append(f"server start: {reply.code} {reply.body[:200]}")
        return False
    while time.perf_counter() - start < budget:
        user = (await request("GET", f"{hub.api}/users/{run.name}", token)).json() or {}
        server = user.get("servers", {}).get("", {})
        if server.get("ready"):
            run.start_seconds = time.perf_counter() - start
            return True
        if not user.get("pending") and not server:
            run.failures.append("server start: the spawn failed (see the hub log)")
            return False
        await asyncio.sleep(0.5)
    run.failures.append("server start: not ready in time")
    return False


async def _run_notebook(hub: RunningHub, run: LearnerRun, token: str, notebook: Path) -> None:
    base = f"{hub.url}user/{run.name}/api"
    # The learner writes the answers into their own copy (saved through the server), then runs it.
    content = json.loads(notebook.read_text(encoding="utf-8"))
    saved = await request("PUT", f"{base}/contents/{notebook.name}", token,
                          {"type": "notebook", "format": "json", "content": content}, timeout=180)
    if saved.code not in (200, 201):
        run.failures.append(f"{notebook.name}: save {saved.code} {saved.body[:200]}")
        return
    reply = await request("POST", f"{base}/sessions", token, timeout=180, body=
                          {"path": notebook.name, "type": "notebook", "name": notebook.name,
                           "kernel": {"name": "python3"}})
    if reply.code != 201:
        run.failures.append(f"{notebook.name}: session {reply.code} {reply.body[:200]}")
        return
    session = reply.json()
    ws_url = hub.url.replace("http", "ws", 1) + f"user/{run.name}/api/kernels/{session['kernel']['id']}/channels"
    sock = await KernelSocket.open(ws_url, token, timeout=180)
    try:
        for i, code in enumerate(code_cells(notebook)):
            result = await sock.run(code, timeout=300)
            run.cells.append(result.seconds)
            if not result.ok:
                run.failures.append(f"{notebook.name} cell {i}: {result.status} {result.error}")
                break
    finally:
        sock.close()
        await request("DELETE", f"{base}/sessions/{session['id']}", token)


async def _learner(hub: RunningHub, run: LearnerRun, token: str, notebooks: list[Path], budget: float) -> None:
    for attempt in range(5):  # a learner whose login page timed out presses the button again
        ok, detail = await login(hub.url, run.name, "pw-" + run.name, timeout=120)
        if ok or detail.get("status") not in (429, 502, 503, 599):
            break
        run.retries += 1
        await asyncio.sleep(2 + 2 * attempt)
    if not ok:
        run.failures.append(f"login through the form failed ({detail.get('status')})")
        return
    if await _start_server(hub, run, token, budget):
        for notebook in notebooks:
            await _run_notebook(hub, run, token, notebook)


async def run_class(hub: RunningHub, notebooks: list[Path], budget: float) -> list[LearnerRun]:
    """Create, log in and start every learner at once, then run the notebooks; bounded by ``budget``.

    >>> gone = RunningHub("http://127.0.0.1:9/", "t", Path("s"), None, ("a",), (), "simple")
    >>> asyncio.run(run_class(gone, [], 5))
    Traceback (most recent call last):
    ...
    RuntimeError: creating learners failed: 599 ...
    """
    tokens = await _create_learners(hub)
    runs = [LearnerRun(name) for name in hub.learners]
    tasks = [asyncio.ensure_future(_learner(hub, r, tokens[r.name], notebooks, budget)) for r in runs]
    _done, pending = await asyncio.wait(tasks, timeout=budget)
    for task, run in zip(tasks, runs, strict=True):
        if task in pending:
            task.cancel()
            run.failures.append(f"not finished within the {budget:.0f} s budget")
        elif task.exception() is not None:
            run.failures.append(f"error: {task.exception()!r}")
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.gather(*pending, return_exceptions=True)
    return runs


def summary(runs: list[LearnerRun], memory: dict, seconds: float) -> dict:
    """The figures of a run, as a dict (printed as JSON and as text).

    >>> s = summary([LearnerRun("a", 2.0, [0.1, 0.3]), LearnerRun("b", None, [], ["x"])], {}, 5.0)
    >>> s["servers_started"], s["cells_run"], s["failures"], s["server_start_s"]["median"]
    (1, 2, 1, 2.0)
    """
    starts = [r.start_seconds for r in runs if r.start_seconds is not None]
    cells = [c for r in runs for c in r.cells]
    stat = lambda xs: {"median": round(statistics.median(xs), 3), "p95": round(percentile(xs, 95), 3)} if xs else None  # noqa: E731
    return {
        "learners": len(runs), "servers_started": len(starts), "cells_run": len(cells),
        "failures": sum(len(r.failures) for r in runs), "login_retries": sum(r.retries for r in runs),
        "failure_details": {r.name: r.failures for r in runs if r.failures},
        "server_start_s": stat(starts), "cell_latency_s": stat(cells),
        "memory_mib": memory, "wall_s": round(seconds, 1),
    }


def _print(result: dict) -> None:
    mem = result["memory_mib"]
    print(f"learners {result['learners']}: servers started {result['servers_started']}, "
          f"cells run {result['cells_run']}, failures {result['failures']}, wall {result['wall_s']} s")
    print(f"server start s: {result['server_start_s']}; per-cell latency s: {result['cell_latency_s']}")
    print(f"peak memory MiB: per learner {mem.get('per_learner_peak_max')} (max), "
          f"{mem.get('per_learner_peak_median')} (median); all learners {mem.get('learners_total_peak')}; "
          f"hub+proxy {mem.get('hub_peak')}")
    for name, failures in result["failure_details"].items():
        print(f"  {name}: {'; '.join(failures[:3])}")


def _teacher_view(hub: RunningHub, keep: Path) -> None:
    """Collect the class's work and write the teacher's report from it, as a teacher would."""
    from .teacher.collect import collect, learner_workspaces
    from .teacher.progress import class_progress
    from .teacher.report import course_exercises, render_html

    folder = collect(learner_workspaces(hub.learners, hub.mode, hub.state), keep)
    progress = class_progress({name: folder / name for name in hub.learners}, course_exercises())
    (folder / "teacher-report.html").write_text(render_html(progress), encoding="utf-8")
    solved = sum(progress.count(e, "solved") for e in progress.exercises)
    print(f"collected into {folder}; teacher view: {len(progress.learners)} learners, "
          f"{solved} of {len(progress.learners) * len(progress.exercises)} learner-exercises solved")


def main(argv: list[str] | None = None) -> int:
    """Run the load test: ``python -m coursekit loadtest -n 20``."""
    p = argparse.ArgumentParser(prog="python -m coursekit loadtest", description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=3, help="number of learners")
    p.add_argument("--budget", type=float, default=900, help="seconds for the whole class run")
    p.add_argument("--learner-bin", help="bin/ of the learner environment")
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("--keep", help="copy the learners' workspaces here before stopping (for the teacher tools)")
    args = p.parse_args(argv)
    notebooks = sorted((REPO / "notebooks" / "solutions").glob("[0-9][0-9]-*.ipynb"))
    started = time.perf_counter()
    with running_hub(args.n, args.learner_bin, on_roster=False) as hub:
        print(f"hub on {hub.url} ({hub.mode} mode), {args.n} learners, {len(notebooks)} notebooks")
        sampler = MemorySampler(hub)
        with sampler:
            runs = asyncio.run(run_class(hub, notebooks, args.budget))
        if args.keep:
            _teacher_view(hub, Path(args.keep))
        result = summary(runs, sampler.figures(), time.perf_counter() - started)
    _print(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["failures"] == 0 and result["servers_started"] == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
