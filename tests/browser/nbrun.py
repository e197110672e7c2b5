"""Run one notebook in JupyterLab as a learner does, and keep what the page showed for the tests to judge.

It opens /lab/tree/<name>, clicks Kernel → Restart Kernel and Run All
Cells…, accepts the dialog, waits until the kernel is idle and no cell is
queued, takes a snapshot of every cell (snapshot.js), saves the notebook
(File → Save Notebook, autosave is off) to read the kernel's own error
outputs, compares (nbstored.compare) and takes a picture of the whole
notebook. The page stays open for the failure screenshot; the caller closes it.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .labpage import MAX_SCREENSHOT_HEIGHT, menu_click, save_and_read, screenshot_notebook, script
from .labserver import LabServer
from .nbstored import Cell, Findings, compare, expected_cells

__all__ = ["FIRST_CELL_SECONDS", "NOTEBOOK_SECONDS", "RESTART_ATTEMPTS", "NotebookRun", "run_notebook"]

FIRST_CELL_SECONDS = 30  # the setup cell runs in about a second; a stalled restart never runs it
RESTART_ATTEMPTS = 3
NOTEBOOK_SECONDS = float(os.environ.get("COURSE_BROWSER_TIMEOUT", "120"))  # per notebook


@dataclass
class NotebookRun:
    """One notebook's run: the stored cells, the open page, what went wrong with the run, the findings."""

    rel: Path
    cells: list[Cell]
    page: object
    shot: Path  # the whole notebook, in build/browser/
    problems: list[str] = field(default_factory=list)  # the run itself: did not load, did not finish
    notes: list[str] = field(default_factory=list)  # worth a look, not failures
    findings: Findings | None = None  # None when the run never got as far as a snapshot
    seconds: float = 0.0
    timed_out: bool = False

    def __repr__(self) -> str:  # what pytest prints beside a failed assertion
        return f"NotebookRun({self.rel.as_posix()!r})"

    @property
    def runnable(self) -> int:
        return sum(c.runs for c in self.cells)

    @property
    def expected_images(self) -> int:
        return sum(c.images for c in self.cells)


def _open(run: NotebookRun, lab: LabServer) -> bool:
    """Open the notebook from an empty workspace (?reset) and wait for its kernel; False if it never got there."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = run.page
    page.goto(f"{lab.url}/lab/tree/{run.rel.as_posix()}?reset", wait_until="domcontentloaded")
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    try:
        panel.locator(".jp-Notebook .jp-Cell").nth(max(len(run.cells), 1) - 1).wait_for(timeout=60_000)
        page.wait_for_function(script("kernel_ready_or_dialog"), timeout=60_000)
    except PlaywrightTimeout:
        run.problems.append("the notebook or its kernel did not load within 60 s")
        return False
    if page.locator(".jp-Dialog").count():
        title = page.locator(".jp-Dialog .jp-Dialog-header").inner_text().strip()
        run.problems.append(
            f"JupyterLab showed a dialog on opening ({title!r}); "
            "is the notebook's kernelspec missing or not 'python3'?"
        )
        return False
    # Let the kernel finish starting before restarting it: a restart that
    # races the first kernel_info request can leave JupyterLab's queue stuck.
    ready_by = time.monotonic() + 30
    while not lab.kernels_idle() and time.monotonic() < ready_by:
        page.wait_for_timeout(250)
    page.wait_for_timeout(500)
    return True


def _restart_and_run_all(run: NotebookRun, lab: LabServer, deadline: float) -> None:
    """Kernel → Restart Kernel and Run All Cells…, accept; restart again if the first cell never runs.

    A first cell that has not run FIRST_CELL_SECONDS after the restart means
    the restart stalled (a JupyterLab race, not the notebook's fault): it is
    tried again, and a note says so.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = run.page
    for attempt in range(1, RESTART_ATTEMPTS + 1):
        menu_click(page, "Kernel", "Restart Kernel and Run All Cells")
        dialog = page.locator(".jp-Dialog")
        dialog.wait_for(timeout=10_000)
        page.evaluate(script("watch_run"))
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        if not run.runnable:
            return
        try:
            page.wait_for_function(script("first_cell_done"), timeout=FIRST_CELL_SECONDS * 1000, polling=250)
            return
        except PlaywrightTimeout:
            if attempt == RESTART_ATTEMPTS:
                return  # the wait for the whole run reports where it is stuck
            run.notes.append(
                f"the first cell had not run {FIRST_CELL_SECONDS} s after restart {attempt}; restarted again"
            )
            while not lab.kernels_idle() and time.monotonic() < deadline:
                page.wait_for_timeout(250)


def _wait_for_the_run(run: NotebookRun) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = run.page
    if not run.runnable:
        page.wait_for_timeout(1000)
        return
    try:
        page.wait_for_function(script("run_done"), timeout=NOTEBOOK_SECONDS * 1000, polling=250)
    except PlaywrightTimeout:
        snap = page.evaluate(script("snapshot"))
        busy = [c for c, s in zip(run.cells, snap["cells"], strict=False) if "*" in s["prompt"]]
        where = f"; still running {busy[0].where()}" if busy else ""
        run.problems.append(f"did not finish within {NOTEBOOK_SECONDS:.0f} s{where}")
        run.timed_out = True


def _drive(run: NotebookRun, lab: LabServer, start: float) -> None:
    deadline = start + NOTEBOOK_SECONDS
    if not _open(run, lab):
        return
    _restart_and_run_all(run, lab, deadline)
    _wait_for_the_run(run)
    run.seconds = time.monotonic() - start
    snap = run.page.evaluate(script("snapshot"))
    # The page shows tracebacks and stderr in the same pink box: the saved
    # copy has the kernel's own error outputs (ename, evalue).
    saved = save_and_read(run.page, lab.root / run.rel)
    if saved is None:
        run.notes.append("could not save the notebook; error names are read from the page")
    run.findings = compare(run.cells, snap, saved, run.timed_out)
    run.notes += run.findings.notes
    if not screenshot_notebook(run.page, run.shot):
        run.notes.append(f"the screenshot shows only the first {MAX_SCREENSHOT_HEIGHT} px")


def run_notebook(context, lab: LabServer, rel: Path, shots: Path) -> NotebookRun:
    """Open, restart and run all, compare with the stored outputs, screenshot; the page is left open."""
    from playwright.sync_api import Error as PlaywrightError

    stored = json.loads((lab.root / rel).read_text(encoding="utf-8"))
    shot = shots / (rel.as_posix().replace("/", "__").removesuffix(".ipynb") + ".png")
    run = NotebookRun(rel, expected_cells(stored), context.new_page(), shot)
    run.page.on("pageerror", lambda e: run.notes.append(f"JavaScript error: {str(e)[:200]}"))
    start = time.monotonic()
    try:
        _drive(run, lab, start)
    except (PlaywrightError, TimeoutError) as e:
        run.problems.append(f"the browser check itself failed: {str(e).splitlines()[0]}")
    finally:
        if not shot.exists():  # a picture of where it got stuck
            try:
                shot.parent.mkdir(parents=True, exist_ok=True)
                run.page.screenshot(path=str(shot))
            except PlaywrightError:
                pass
        run.seconds = run.seconds or time.monotonic() - start
    return run
