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

from tornado.httpclient import HTTPClientError

from helpers.course import course

from .celltimes import CellTime, percentile, phases, slowest
from .client import KernelSocket, Reply, login, request
from .cpu import class_cpu
from .harness import RunningHub, running_hub
from .layers import LAYERS, kernel_layer
from .memory import MemorySampler
from .runmode import RunMode, prestart_class, think_time

__all__ = ["LearnerRun", "LoopLag", "by_layer", "code_cells", "hub_log_reasons", "main", "percentile", "run_class",
           "summary"]

from coursekit.paths import REPO


def code_cells(notebook: Path) -> list[str]:
    """The code cells of a notebook, in order.

    >>> len(code_cells(REPO / "notebooks" / "solutions" / "00-start-here.ipynb")) > 0
    True
    """
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


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
    drops: list[str] = field(default_factory=list)  # websocket drops the learner reconnected after
    origin: float = 0.0  # the run's start (perf_counter): cell starts and "ready" are counted from it
    ready_at: float | None = None  # seconds into the run when the server was ready
    timeline: list[CellTime] = field(default_factory=list)  # every cell run, with when it started

    def fail(self, layer: str, what: str) -> None:
        """Record a failure with the layer that failed (one of :data:`LAYERS`)."""
        self.failures.append(f"[{layer}] {what}")


def by_layer(failures: list[str]) -> dict[str, int]:
    """How many failures each layer had, from their ``[layer]`` prefix.

    >>> by_layer(["[kernel] 01 cell 3: busy", "[proxy] save 599", "[kernel] x", "odd"])
    {'proxy': 1, 'kernel': 2, 'unknown': 1}
    """
    counts: dict[str, int] = {}
    for failure in failures:
        layer = failure[1:failure.index("]")] if failure.startswith("[") and "]" in failure else "unknown"
        counts[layer] = counts.get(layer, 0) + 1
    order = {name: i for i, name in enumerate((*LAYERS, "unknown"))}
    return dict(sorted(counts.items(), key=lambda kv: order.get(kv[0], 99)))


class LoopLag:
    """How late the load test's own event loop runs (a starved client makes every layer look slow).

    >>> async def probe():
    ...     with LoopLag(0.01) as lag:
    ...         await asyncio.sleep(0.05)
    ...     return lag.max >= 0
    >>> asyncio.run(probe())
    True
    """

    def __init__(self, interval: float = 0.5):
        self.interval, self.max = interval, 0.0
        self._task: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.max = max(self.max, time.perf_counter() - before - self.interval)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.ensure_future(self._watch())
        return self

    def __exit__(self, *exc) -> None:
        if self._task is not None:
            self._task.cancel()


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
    start, url = time.perf_counter(), f"{hub.api}/users/{run.name}/server"
    reply = await request("POST", url, token, timeout=budget)
    if reply.code == 400 and "already running" in reply.body:  # prestarted: the learner finds it running
        reply = Reply(201, "", {})
    while reply.code == 429:  # the concurrent spawn limit: try again, as the spawn page does
        await asyncio.sleep(2)
        reply = await request("POST", url, token, timeout=budget)
    if reply.code not in (201, 202):
        run.fail(reply.layer(url), f"server start: {reply.code} {reply.body[:200]}")
        return False
    while time.perf_counter() - start < budget:
        polled = await request("GET", f"{hub.api}/users/{run.name}", token)
        user = (polled.json() if polled.code == 200 else None) or {"pending": "?"}  # no answer: ask again
        server = user.get("servers", {}).get("", {})
        if server.get("ready"):
            run.start_seconds = time.perf_counter() - start
            run.ready_at = time.perf_counter() - run.origin
            return True
        if not user.get("pending") and not server:
            run.fail("server", "server start: the spawn failed (the hub's log says why)")
            return False
        await asyncio.sleep(1)  # a browser's spawn page polls no faster; 30 learners at 2/s load the hub
    run.fail("server", "server start: not ready in time")
    return False


async def _run_notebook(hub: RunningHub, run: LearnerRun, token: str, notebook: Path,
                        think: float = 0.0) -> str | None:
    """Run one notebook in a new session; the session's URL (still open, for the caller to close)."""
    base = f"{hub.url}user/{run.name}/api"
    # The learner writes the answers into their own copy (saved through the server), then runs it.
    content = json.loads(notebook.read_text(encoding="utf-8"))
    saved = await request("PUT", f"{base}/contents/{notebook.name}", token,
                          {"type": "notebook", "format": "json", "content": content}, timeout=180)
    if saved.code not in (200, 201):
        run.fail(saved.layer(base), f"{notebook.name}: save {saved.code} {saved.body[:200]}")
        return None
    reply = await request("POST", f"{base}/sessions", token, timeout=180, body=
                          {"path": notebook.name, "type": "notebook", "name": notebook.name,
                           "kernel": {"name": "python3"}})
    if reply.code != 201:
        run.fail(reply.layer(base), f"{notebook.name}: session {reply.code} {reply.body[:200]}")
        return None
    session = reply.json()
    kernel = f"{base}/kernels/{session['kernel']['id']}"
    ws_url = hub.url.replace("http", "ws", 1) + f"user/{run.name}/api/kernels/{session['kernel']['id']}/channels"
    sock = None
    try:
        sock = await KernelSocket.open(ws_url, token, timeout=180)
        for i, code in enumerate(code_cells(notebook)):
            await asyncio.sleep(think_time(run.name, notebook.name[:2], i, think))  # never part of the cell's time
            started = time.perf_counter() - run.origin
            result = await sock.run(code, timeout=300)
            run.cells.append(result.seconds)
            run.timeline.append(CellTime(notebook.name[:2], i, round(started, 3), result.seconds))
            if result.status == "timeout":
                run.fail(*(await _kernel_state(kernel, token, f"{notebook.name} cell {i}: no reply in 300 s")))
            elif result.error.startswith("websocket closed"):
                run.fail("proxy" if "proxy" in result.error else "server", f"{notebook.name} cell {i}: {result.error}")
            elif not result.ok:
                run.fail("kernel", f"{notebook.name} cell {i}: {result.status} {result.error}")
            if not result.ok:
                break
    except TimeoutError as err:
        run.fail(*(await _kernel_state(kernel, token, f"{notebook.name}: {err}")))
    except HTTPClientError as err:  # the websocket's handshake was refused
        run.fail("server" if err.code not in (502, 503, 599) else "proxy", f"{notebook.name}: websocket {err}")
    finally:
        if sock is not None:
            run.drops.extend(sock.drops)
            sock.close()
    return f"{base}/sessions/{session['id']}"


async def _kernel_state(kernel_url: str, token: str, what: str) -> tuple[str, str]:
    """After a kernel did not answer: what its server says of it, as (layer, message)."""
    reply = await request("GET", kernel_url, token, timeout=30)
    state = kernel_layer(reply.code, reply.json() if reply.code == 200 else None)
    return state.split(":", 1)[0], f"{what}; {state}"


async def _learner(hub: RunningHub, run: LearnerRun, token: str, notebooks: list[Path], budget: float,
                   keep_open: int = 1, think: float = 0.0) -> None:
    """Log in, start the server, run the notebooks in turn with the last ``keep_open`` kernels left running."""
    for attempt in range(5):  # a learner whose login page timed out presses the button again
        ok, detail = await login(hub.url, run.name, "pw-" + run.name, timeout=120)
        if ok or detail.get("status") not in (429, 502, 503, 599):
            break
        run.retries += 1
        await asyncio.sleep(2 + 2 * attempt)
    if not ok:
        status = detail.get("status")
        run.fail("proxy" if status in (502, 503, 599) else "hub", f"login through the form failed ({status})")
        return
    if await _start_server(hub, run, token, budget):
        open_sessions: list[str] = []
        for notebook in notebooks:
            session = await _run_notebook(hub, run, token, notebook, think)
            open_sessions += [session] if session else []
            while len(open_sessions) > keep_open - 1 and open_sessions:  # the learner closes the oldest
                await request("DELETE", open_sessions.pop(0), token)


async def run_class(hub: RunningHub, notebooks: list[Path], budget: float,
                    lag: LoopLag | None = None, keep_open: int = 1, mode: RunMode | None = None,
                    prestarted: dict | None = None) -> list[LearnerRun]:
    """Create, log in and start every learner at once, then run the notebooks; bounded by ``budget``.

    With ``mode.prestarted`` every server is started before the clock starts; ``prestarted`` gets what that took.

    >>> gone = RunningHub("http://127.0.0.1:9/", "t", Path("s"), None, ("a",), (), "simple")
    >>> asyncio.run(run_class(gone, [], 5))
    Traceback (most recent call last):
    ...
    RuntimeError: creating learners failed: 599 ...
    """
    tokens, mode = await _create_learners(hub), mode or RunMode()
    if mode.prestarted:
        (prestarted if prestarted is not None else {}).update(
            await prestart_class(hub.api, hub.service_token, list(hub.learners)))
    origin = time.perf_counter()
    runs = [LearnerRun(name, origin=origin) for name in hub.learners]
    tasks = [asyncio.ensure_future(_learner(hub, r, tokens[r.name], notebooks, budget, keep_open,
                                                   mode.think)) for r in runs]
    with lag or LoopLag():
        _done, pending = await asyncio.wait(tasks, timeout=budget)
    for task, run in zip(tasks, runs, strict=True):
        if task in pending:
            task.cancel()
            run.fail("client", f"not finished within the {budget:.0f} s budget")
        elif task.exception() is not None:
            run.fail("client", f"error in the load test: {task.exception()!r}")
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.gather(*pending, return_exceptions=True)
    return runs


def hub_log_reasons(log_text: str, name: str, limit: int = 3) -> list[str]:
    """The hub log's error lines about one learner (why a spawn failed), last ``limit`` of them.

    >>> log = "[I 1 x] ok hubt-01\\n[E 2 spawner] hubt-01 failed: Timeout\\n[W 3 y] hubt-02 slow\\n"
    >>> hub_log_reasons(log, "hubt-01")
    ['[E 2 spawner] hubt-01 failed: Timeout']
    """
    lines = [line.strip()[:300] for line in log_text.splitlines()
             if name in line and (line.startswith(("[E", "[W", "[C")) or "Error" in line or "failed" in line)]
    return lines[-limit:]


def _explain_failures(runs: list[LearnerRun], log: Path, keep: str | None, tail: int = 200_000) -> None:
    """Add the hub log's reasons to each failed learner; keep the log (and, with
    ``COURSE_HUB_SERVER_LOGS=1``, a failed learner's server log's last ``tail`` bytes) beside the figures."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    for run in runs:
        if run.failures:
            run.failures += [f"hub log: {line}" for line in hub_log_reasons(text, run.name)]
            served = log.parent / "server-logs" / f"{run.name}.log"
            if keep and served.is_file() and not served.is_symlink():
                with open(served, "rb") as f:
                    f.seek(max(0, served.stat().st_size - tail))
                    Path(keep).with_suffix(f".{run.name}.server.log").write_bytes(f.read(tail))
    if keep and text:
        Path(keep).with_suffix(".hub.log").write_text(text, encoding="utf-8")


def summary(runs: list[LearnerRun], memory: dict, seconds: float, loop_lag: float | None = None,
            cpu: dict | None = None) -> dict:
    """The figures of a run, as a dict (printed as JSON and as text).

    >>> s = summary([LearnerRun("a", 2.0, [0.1, 0.3]), LearnerRun("b", None, [], ["x"])], {}, 5.0)
    >>> s["servers_started"], s["cells_run"], s["failures"], s["server_start_s"]["median"]
    (1, 2, 1, 2.0)
    """
    starts = [r.start_seconds for r in runs if r.start_seconds is not None]
    cells = [c for r in runs for c in r.cells]
    timeline, ready = [t for r in runs for t in r.timeline], [r.ready_at for r in runs if r.ready_at is not None]
    stat = lambda xs: {"median": round(statistics.median(xs), 3), "p95": round(percentile(xs, 95), 3)} if xs else None  # noqa: E731
    return {
        "learners": len(runs), "servers_started": len(starts), "cells_run": len(cells),
        "learners_completed": sum(not r.failures for r in runs),
        "failures": sum(len(r.failures) for r in runs), "login_retries": sum(r.retries for r in runs),
        "failures_by_layer": by_layer([f for r in runs for f in r.failures]),
        "websocket_drops_recovered": by_layer([f"[{d.split(':', 1)[0]}] {d}" for r in runs for d in r.drops]),
        "client_loop_lag_max_s": loop_lag,
        "failure_details": {r.name: r.failures for r in runs if r.failures},
        "server_start_s": stat(starts), "cell_latency_s": stat(cells),
        "cell_latency_by_phase_s": phases(timeline, ready), "slowest_cells": slowest(timeline, ready),
        "cpu_s": cpu, "memory_mib": memory, "wall_s": round(seconds, 1),
    }


def _print(result: dict) -> None:
    mem = result["memory_mib"]
    print(f"mode: {result.get('mode')}" + (f"; prestart: {result['prestart']}" if result.get("prestart") else ""))
    print(f"learners {result['learners']}: completed {result['learners_completed']}, servers started "
          f"{result['servers_started']}, cells run {result['cells_run']}, failures {result['failures']} "
          f"{result['failures_by_layer']}, wall {result['wall_s']} s")
    print(f"websocket drops reconnected: {result['websocket_drops_recovered']}; "
          f"the load test's own loop late by at most {result['client_loop_lag_max_s']} s")
    print(f"server start s: {result['server_start_s']}; per-cell latency s: {result['cell_latency_s']}")
    print(f"per-cell latency by phase s: {result['cell_latency_by_phase_s']}")
    print(f"slowest 5 % of cells: {result['slowest_cells']}")
    print(f"CPU s: {result['cpu_s']}")
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
    p.add_argument("--open", type=int, default=1, dest="keep_open",
                   help="notebooks each learner keeps open, kernel running (1: each closed before the next)")
    p.add_argument("--think", type=float, default=0.0,
                   help="a paced class: seconds each learner pauses before a cell, on average (default 0: the worst case)")
    p.add_argument("--prestarted", action="store_true",
                   help="start every server before the clock, as make hub-prestart does (default: at login)")
    p.add_argument("--keep", help="copy the learners' workspaces here before stopping (for the teacher tools)")
    args = p.parse_args(argv)
    notebooks = [REPO / lesson.notebook("instructor") for lesson in course().lessons]
    started, mode = time.perf_counter(), RunMode(args.think, args.prestarted)
    prestarted: dict = {}
    with running_hub(args.n, args.learner_bin, on_roster=False) as hub:
        print(f"hub on {hub.url} ({hub.mode} mode), {args.n} learners, {len(notebooks)} notebooks; {mode.label}")
        sampler = MemorySampler(hub)
        with sampler:
            lag = LoopLag()
            runs = asyncio.run(run_class(hub, notebooks, args.budget, lag, args.keep_open, mode, prestarted))
            cpu = class_cpu(hub.process.pid if hub.process else None, sampler.owner)
        _explain_failures(runs, hub.state / "hub.log", args.json)
        if args.keep:
            _teacher_view(hub, Path(args.keep))
        result = summary(runs, sampler.figures(), time.perf_counter() - started, round(lag.max, 2), cpu)
        result.update(notebooks_open_per_learner=args.keep_open, mode=mode.label, prestart=prestarted or None)
    _print(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["failures"] == 0 and result["servers_started"] == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
