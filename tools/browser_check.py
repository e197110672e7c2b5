#!/usr/bin/env python3
"""Run every course notebook in JupyterLab, in headless Chromium, the way a learner does.

    make test-browser                  # what CI runs
    .venv/bin/python tools/browser_check.py --notebooks DIR --timeout 120

For each notebook (``notebooks/*.ipynb`` then ``notebooks/solutions/*.ipynb``,
sorted) it opens /lab/tree/<name>, clicks Kernel → Restart Kernel and Run All
Cells…, accepts the dialog, waits until the kernel is idle and no cell is
queued, then checks what the learner sees against the outputs stored in the
.ipynb (so no per-notebook configuration is needed):

* no cell shows an error (traceback);
* every non-empty code cell ran (its prompt shows a number, not blank or *);
* each cell shows as many chart images (loaded ``<img>``) as it stores
  ``image/png`` outputs;
* each cell shows its ``show_article`` highlights (``.hl-quote``) and its
  ``check(...)`` feedback (``.course-feedback``) wherever it stores them.

It also reports, without failing, what a learner could stumble on: charts
scaled down, tables wider than the page, very tall outputs, unexpected
stderr, requests that tried to leave 127.0.0.1, JavaScript errors.

The server is the course's own JupyterLab (this venv), on 127.0.0.1, a free
port, token auth and XSRF on, serving a throw-away copy of notebooks/ (the
repository is never written). Settings and workspaces live in a temp dir.
Then a learner's session in a workspace (tools/browser_learner.py): an answer
typed, saved and still in progress() after a restart, the slips explained
without a traceback, start_over keeping the old copy, git status unchanged.
Screenshots go to build/browser/. Exit status: 0 all passed, 1 a notebook
failed, 2 the check could not run (no notebooks, no Chromium, no server).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# Headless in a closed network: without the background-networking flags
# Chromium's own connections (updates, sync, field trials) are refused and
# it stalls. --no-sandbox is needed as root (CI containers).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
]
# JupyterLab 4 user settings, written to a temp JUPYTERLAB_SETTINGS_DIR as
# <plugin id with ':' → '/'>.jupyterlab-settings.
LAB_SETTINGS = {
    # Never write the notebook behind our back (we save once, explicitly).
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    # No "fetch news?" toast over the notebook and no requests to jupyter.org.
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # Put every cell in the DOM ('none'); the default 'contentVisibility' and
    # 'full'/'defer' skip or detach off-screen cells, so counts would lie.
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    # The extension manager would query PyPI from the server.
    "@jupyterlab/extensionmanager-extension:plugin": {"enabled": False},
}
VIEWPORT = {"width": 1280, "height": 800}  # a common laptop width
MAX_SCREENSHOT_HEIGHT = 16000  # Chromium's texture limit is 16384 px
FIRST_CELL_SECONDS = 30  # the setup cell runs in about a second; a stalled restart never runs it
RESTART_ATTEMPTS = 3
# Output bundles where JupyterLab prefers another renderer over image/png.
RANKED_ABOVE_PNG = ("application/javascript", "text/html", "text/markdown", "text/latex", "image/svg+xml")


class CheckError(Exception):
    """The check could not run at all (exit status 2)."""


# --- what the stored notebook says a learner should see ---------------------


class _ClassCounter(HTMLParser):
    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.counts = dict.fromkeys(names, 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key == "class" and value:
                for name in value.split():
                    if name in self.counts:
                        self.counts[name] += 1


def _text(value: str | list[str]) -> str:
    return "".join(value) if isinstance(value, list) else value


@dataclass
class Cell:
    number: int  # 1-based position among all cells, as a learner counts them
    kind: str
    first_line: str
    runs: bool  # a code cell JupyterLab executes (blank code cells never run)
    images: int = 0  # image/png outputs JupyterLab renders as <img>
    quotes: int = 0  # elements with class hl-quote
    feedback: int = 0  # elements with class course-feedback
    stderr: bool = False  # the stored run wrote to stderr

    def where(self) -> str:
        return f"cell {self.number} ({self.first_line!r})"


def expected_cells(nb: dict) -> list[Cell]:
    """One Cell per notebook cell, with counts taken from the stored outputs."""
    cells = []
    for i, raw in enumerate(nb.get("cells", []), start=1):
        source = _text(raw.get("source", ""))
        first = next((line.strip() for line in source.splitlines() if line.strip()), "")
        cell = Cell(
            i, raw.get("cell_type", "?"), first[:70], raw.get("cell_type") == "code" and bool(source.strip())
        )
        for out in raw.get("outputs", []) if cell.kind == "code" else []:
            kind = out.get("output_type")
            if kind == "stream" and out.get("name") == "stderr":
                cell.stderr = True
            if kind not in ("display_data", "execute_result"):
                continue
            data = out.get("data", {})
            if "image/png" in data and not any(m in data for m in RANKED_ABOVE_PNG):
                cell.images += 1
            if "text/html" in data:
                counter = _ClassCounter(("hl-quote", "course-feedback"))
                counter.feed(_text(data["text/html"]))
                cell.quotes += counter.counts["hl-quote"]
                cell.feedback += counter.counts["course-feedback"]
        cells.append(cell)
    return cells


def discover(notebooks: Path) -> list[Path]:
    """Student notebooks then instructor notebooks, sorted; relative to `notebooks`."""
    found = sorted(notebooks.glob("*.ipynb")) + sorted((notebooks / "solutions").glob("*.ipynb"))
    return [p.relative_to(notebooks) for p in found]


# --- the server --------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(pid: int) -> list[int]:
    """Process ids below `pid` (Linux /proc), deepest last. Kernels live in their own session."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class Lab:
    """The course's JupyterLab on 127.0.0.1, token auth and XSRF on, in temp dirs."""

    def __init__(self, notebooks: Path, tmp: Path) -> None:
        self.root = tmp / "notebooks"
        shutil.copytree(notebooks, self.root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        self.token = secrets.token_urlsafe(32)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "jupyter.log"
        self.proc: subprocess.Popen | None = None
        config, settings = tmp / "jupyter-config", tmp / "lab-settings"
        for name, values in LAB_SETTINGS.items():
            path = settings / (name.replace(":", "/") + ".jupyterlab-settings")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values, indent=2))
        # The token goes in a private config file, not on the command line,
        # where any local user could read it with `ps`. The server-side news
        # and update checks are off too: nothing leaves 127.0.0.1.
        config.mkdir(mode=0o700)
        server_config = {
            "IdentityProvider": {"token": self.token},
            "LabApp": {
                "news_url": None,
                "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
            },
        }
        (config / "jupyter_server_config.json").write_text(json.dumps(server_config))
        self.env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(config),  # ignore ~/.jupyter
            "JUPYTER_DATA_DIR": str(tmp / "jupyter-data"),  # ignore user kernelspecs
            "JUPYTER_RUNTIME_DIR": str(tmp / "jupyter-runtime"),
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "lab-workspaces"),
            "IPYTHONDIR": str(tmp / "ipython"),  # no personal startup files in kernels
        }
        for name in ("JUPYTER_TOKEN", "JUPYTER_TOKEN_FILE", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH"):
            self.env.pop(name, None)

    def command(self) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.root_dir={self.root}",
            "--ServerApp.disable_check_xsrf=False",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        return cmd

    def start(self, timeout: float = 60) -> None:
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                self.command(),
                cwd=self.root,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed as one
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise CheckError(f"JupyterLab exited with status {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if self.api("GET", "/api/status")[0] == 200:
                    break
            except OSError:
                time.sleep(0.25)
        else:
            raise CheckError(
                f"JupyterLab did not answer on {self.url} within {timeout:.0f} s:\n{self.log_tail()}"
            )
        # Refuse to test a server that would let anyone in.
        status = self.api("GET", "/api/contents", token=False)[0]
        if status != 403:
            raise CheckError(f"GET /api/contents without a token gave {status}, expected 403: auth is off")

    def api(self, method: str, path: str, token: bool = True) -> tuple[int, bytes]:
        request = urllib.request.Request(self.url + path, method=method)
        if token:
            request.add_header("Authorization", f"token {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def kernels_idle(self) -> bool:
        """True when every running kernel reports itself idle (so it has finished starting)."""
        try:
            status, body = self.api("GET", "/api/kernels")
            kernels = json.loads(body) if status == 200 else []
        except (OSError, ValueError):
            return False
        return bool(kernels) and all(k.get("execution_state") == "idle" for k in kernels)

    def shutdown_kernels(self) -> None:
        try:
            status, body = self.api("GET", "/api/kernels")
            for kernel in json.loads(body) if status == 200 else []:
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
        except (OSError, ValueError):
            pass

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.shutdown_kernels()
        below = descendants(self.proc.pid)
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=5)
        except ProcessLookupError:
            pass
        for pid in below:  # kernels start their own session; end any left over
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


# --- the browser -------------------------------------------------------------

# One snapshot of what the learner sees, cell by cell, in the open notebook.
SNAPSHOT_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const styled = (el) => {
    const a = getComputedStyle(el), b = getComputedStyle(el.parentElement);
    return a.backgroundColor !== b.backgroundColor || a.fontWeight !== b.fontWeight
      || a.textDecorationLine !== 'none' || a.borderBottomStyle !== 'none' || a.borderLeftStyle !== 'none'
      || a.color !== b.color;
  };
  const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const cells = Array.from(panel.querySelectorAll('.jp-Notebook .jp-Cell')).map((cell) => {
    const prompt = cell.querySelector('.jp-InputArea-prompt');
    const outputs = Array.from(cell.querySelectorAll('.jp-OutputArea-output'));
    const images = Array.from(cell.querySelectorAll('.jp-OutputArea .jp-RenderedImage img'));
    const quotes = Array.from(cell.querySelectorAll('.jp-OutputArea .hl-quote'));
    const feedback = Array.from(cell.querySelectorAll('.jp-OutputArea .course-feedback'));
    return {
      code: cell.classList.contains('jp-CodeCell'),
      prompt: prompt ? prompt.textContent.trim() : '',
      images: images.filter((i) => i.complete && i.naturalWidth > 0 && visible(i)).length,
      scaled: images.filter((i) => i.naturalWidth > 0 && i.width < 0.6 * i.naturalWidth)
                    .map((i) => [i.naturalWidth, Math.round(i.width)]),
      quotes: quotes.filter(visible).length,
      unstyled: quotes.filter((q) => visible(q) && !styled(q)).length,
      feedback: feedback.filter(visible).length,
      stderr: outputs.filter((o) => o.dataset.mimeType === 'application/vnd.jupyter.stderr').map((o) => o.textContent.slice(0, 400)),
      wide: outputs.filter((o) => o.scrollWidth > o.clientWidth + 2).map((o) => [o.scrollWidth, o.clientWidth]),
      tall: outputs.filter((o) => o.scrollHeight > 2000).map((o) => o.scrollHeight),
    };
  });
  return {status: indicator ? indicator.dataset.status : null, cells};
}
"""

# Note that a run happened: a prompt turned to '*' or the kernel went busy.
# A MutationObserver sees every change, however short the run.
WATCH_JS = r"""
() => {
  window.__courseRun = {started: false, firstQueued: false, firstDone: false};
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const look = () => {
    const first = panel.querySelector('.jp-CodeCell .jp-InputArea-prompt');
    if (first) {
      const t = first.textContent;
      if (t.includes('*')) window.__courseRun.firstQueued = true;
      else if (window.__courseRun.firstQueued && /\d/.test(t)) window.__courseRun.firstDone = true;
    }
    const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    if ((ind && ind.dataset.status !== 'idle')
        || Array.from(panel.querySelectorAll('.jp-InputArea-prompt')).some((p) => p.textContent.includes('*'))) {
      window.__courseRun.started = true;
    }
  };
  new MutationObserver(look).observe(panel, {subtree: true, childList: true, characterData: true, attributes: true});
}
"""

DONE_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const queued = Array.from(panel.querySelectorAll('.jp-InputArea-prompt')).some((p) => p.textContent.includes('*'));
  const loading = Array.from(panel.querySelectorAll('.jp-RenderedImage img')).some((i) => !i.complete);
  return window.__courseRun.started && ind && ind.dataset.status === 'idle' && !queued && !loading;
}
"""


@dataclass
class Result:
    name: str
    seconds: float = 0.0
    ran: int = 0
    runnable: int = 0
    images: int = 0
    expected_images: int = 0
    errors: int = 0
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def error_outputs(nb: dict) -> dict[int, list[str]]:
    """cell number → ['ename: evalue', ...] from a saved notebook."""
    found: dict[int, list[str]] = {}
    for i, cell in enumerate(nb.get("cells", []), start=1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.setdefault(i, []).append(f"{out.get('ename')}: {out.get('evalue')}")
    return found


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def check_notebook(context, lab: Lab, rel: Path, timeout: float, shots: Path) -> Result:
    """Open, restart and run all, compare with the stored outputs, screenshot."""
    from playwright.sync_api import Error as PlaywrightError

    result = Result(rel.as_posix())
    stored = json.loads((lab.root / rel).read_text(encoding="utf-8"))
    cells = expected_cells(stored)
    result.runnable = sum(c.runs for c in cells)
    result.expected_images = sum(c.images for c in cells)
    page = context.new_page()
    page.on("pageerror", lambda e: result.notes.append(f"JavaScript error: {str(e)[:200]}"))
    shot = shots / (rel.as_posix().replace("/", "__").removesuffix(".ipynb") + ".png")
    start = time.monotonic()
    try:
        drive(page, lab, rel, cells, result, timeout, shot)
    except (PlaywrightError, TimeoutError) as e:
        result.failures.append(f"{rel}: the browser check itself failed: {str(e).splitlines()[0]}")
    finally:
        if not shot.exists():  # a picture of where it got stuck
            try:
                shot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(shot))
            except PlaywrightError:
                pass
        if not result.seconds:
            result.seconds = time.monotonic() - start
        page.close()
        lab.shutdown_kernels()
    return result


def drive(page, lab: Lab, rel: Path, cells: list[Cell], result: Result, timeout: float, shot: Path) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    start = time.monotonic()
    # ?reset: start from an empty workspace, so only this notebook is open.
    page.goto(f"{lab.url}/lab/tree/{rel.as_posix()}?reset", wait_until="domcontentloaded")
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    try:
        panel.locator(".jp-Notebook .jp-Cell").nth(max(len(cells), 1) - 1).wait_for(timeout=60_000)
        page.wait_for_function(
            "() => { const i = document.querySelector("
            "'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');"
            " return (i && i.dataset.status === 'idle') || document.querySelector('.jp-Dialog'); }",
            timeout=60_000,
        )
    except PlaywrightTimeout:
        result.failures.append(f"{rel}: the notebook or its kernel did not load within 60 s")
        return
    if page.locator(".jp-Dialog").count():
        title = page.locator(".jp-Dialog .jp-Dialog-header").inner_text().strip()
        result.failures.append(
            f"{rel}: JupyterLab showed a dialog on opening ({title!r}); "
            "is the notebook's kernelspec missing or not 'python3'?"
        )
        return

    # Let the kernel finish starting before restarting it: a restart that
    # races the first kernel_info request can leave JupyterLab's queue stuck.
    ready_by = time.monotonic() + 30
    while not lab.kernels_idle() and time.monotonic() < ready_by:
        page.wait_for_timeout(250)
    page.wait_for_timeout(500)

    # What the learner does: Kernel → Restart Kernel and Run All Cells…, then accept.
    # If the first cell has not run within FIRST_CELL_SECONDS, the restart
    # stalled (a JupyterLab race, not the notebook's fault): try again, and say so.
    for attempt in range(1, RESTART_ATTEMPTS + 1):
        menu_click(page, "Kernel", "Restart Kernel and Run All Cells")
        dialog = page.locator(".jp-Dialog")
        dialog.wait_for(timeout=10_000)
        page.evaluate(WATCH_JS)
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        if not result.runnable:
            break
        try:
            page.wait_for_function(
                "() => window.__courseRun.firstDone", timeout=FIRST_CELL_SECONDS * 1000, polling=250
            )
            break
        except PlaywrightTimeout:
            if attempt == RESTART_ATTEMPTS:
                break  # the main wait below reports where it is stuck
            result.notes.append(
                f"the first cell had not run {FIRST_CELL_SECONDS} s after restart {attempt}; restarted again"
            )
            while not lab.kernels_idle() and time.monotonic() < start + timeout:
                page.wait_for_timeout(250)
    timed_out = False
    if result.runnable:
        try:
            page.wait_for_function(DONE_JS, timeout=timeout * 1000, polling=250)
        except PlaywrightTimeout:
            snap = page.evaluate(SNAPSHOT_JS)
            busy = [c for c, s in zip(cells, snap["cells"], strict=False) if "*" in s["prompt"]]
            where = f"; still running {busy[0].where()}" if busy else ""
            result.failures.append(f"{rel}: did not finish within {timeout:.0f} s{where}")
            timed_out = True
    else:
        page.wait_for_timeout(1000)
    result.seconds = time.monotonic() - start
    snap = page.evaluate(SNAPSHOT_JS)

    # File → Save Notebook (autosave is off), then read the kernel's own error
    # outputs (ename, evalue) from the saved copy: the page shows tracebacks and
    # stderr in the same pink box.
    saved = save_and_read(page, lab.root / rel)
    if saved is None:
        result.notes.append("could not save the notebook; error names are read from the page")
    compare(result, rel, cells, snap, saved, timed_out)
    if not screenshot(page, shot):
        result.notes.append(f"the screenshot shows only the first {MAX_SCREENSHOT_HEIGHT} px")


def menu_click(page, menu: str, item: str, wait: float = 20) -> None:
    """Click menu → item in JupyterLab's menu bar, as a learner does (waits while it is greyed out)."""
    deadline = time.monotonic() + wait
    while True:
        page.locator(".lm-MenuBar-item", has_text=re.compile(f"^{re.escape(menu)}$")).click()
        entry = page.locator(".lm-Menu-item", has_text=item).first
        entry.wait_for(timeout=5_000)
        if "lm-mod-disabled" not in (entry.get_attribute("class") or ""):
            entry.click()
            return
        page.keyboard.press("Escape")
        if time.monotonic() > deadline:
            raise TimeoutError(f"menu {menu} → {item} stayed disabled for {wait:.0f} s")
        page.wait_for_timeout(500)


def save_and_read(page, path: Path) -> dict | None:
    before = path.stat().st_mtime_ns
    menu_click(page, "File", "Save Notebook")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if path.stat().st_mtime_ns != before:
            page.wait_for_timeout(200)  # let the write finish
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                pass
        page.wait_for_timeout(100)
    return None


def compare(
    result: Result, rel: Path, cells: list[Cell], snap: dict, saved: dict | None, timed_out: bool = False
) -> None:
    if snap is None or len(snap["cells"]) != len(cells):
        shown = None if snap is None else len(snap["cells"])
        result.failures.append(f"{rel}: the page shows {shown} cells, the file has {len(cells)}")
        return
    errors = error_outputs(saved) if saved else {}
    first_error = None
    for cell, seen in zip(cells, snap["cells"], strict=True):
        if cell.kind != "code":
            continue
        messages = errors.get(cell.number, [])
        if not messages and seen["stderr"] and saved is None:  # fall back to the traceback's last line
            messages = [_last_line(t) for t in seen["stderr"] if "Traceback" in t or "Error" in _last_line(t)]
        for message in messages:
            result.errors += 1
            result.failures.append(f"{rel}: {cell.where()} raised {message}")
            first_error = first_error or cell
        if seen["stderr"] and not messages and not cell.stderr:
            result.notes.append(f"{cell.where()} writes to stderr: {_last_line(seen['stderr'][0])!r}")
        if not cell.runs:
            continue
        if re.fullmatch(r"\[\d+\]:?", seen["prompt"]):
            result.ran += 1
        elif not timed_out:  # after a timeout the queued cells say nothing new
            after = f" (run stopped after the error in cell {first_error.number})" if first_error else ""
            result.failures.append(f"{rel}: {cell.where()} did not run, prompt is {seen['prompt']!r}{after}")
        if messages or "*" in seen["prompt"] or not seen["prompt"].strip("[]: "):
            continue  # the error (or the unfinished run) is the news, not its missing outputs
        result.images += min(seen["images"], cell.images)
        if seen["images"] != cell.images:
            result.failures.append(
                f"{rel}: {cell.where()} shows {seen['images']} chart image(s), the stored notebook has {cell.images}"
            )
        if cell.quotes and seen["quotes"] != cell.quotes:
            result.failures.append(
                f"{rel}: {cell.where()} shows {seen['quotes']} highlighted quote(s) (.hl-quote), "
                f"the stored notebook has {cell.quotes}"
            )
        if cell.feedback and seen["feedback"] != cell.feedback:
            result.failures.append(
                f"{rel}: {cell.where()} shows {seen['feedback']} check() feedback box(es) (.course-feedback), "
                f"the stored notebook has {cell.feedback}"
            )
        if seen["unstyled"]:
            result.notes.append(
                f"{cell.where()}: {seen['unstyled']} .hl-quote element(s) look like plain text"
            )
        for natural, shown in seen["scaled"]:
            result.notes.append(f"{cell.where()}: chart {natural}px wide is squeezed to {shown}px")
        for scroll, client in seen["wide"]:
            result.notes.append(
                f"{cell.where()}: output is {scroll}px wide in a {client}px column (scrolls sideways)"
            )
        for height in seen["tall"]:
            result.notes.append(f"{cell.where()}: output is {height}px tall")


SCROLLER_JS = """
() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
   || document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook')
"""


def screenshot(page, path: Path) -> bool:
    """The whole notebook in one image: grow the window to the notebook's height, scroll to the top.

    Returns False when the notebook is taller than MAX_SCREENSHOT_HEIGHT (the image is cut).
    """
    scroller = page.evaluate_handle(SCROLLER_JS)
    height = VIEWPORT["height"] + scroller.evaluate("(n) => n ? n.scrollHeight - n.clientHeight : 0") + 40
    page.set_viewport_size({"width": VIEWPORT["width"], "height": min(height, MAX_SCREENSHOT_HEIGHT)})
    page.wait_for_timeout(300)
    scroller.evaluate("(n) => { if (n) n.scrollTop = 0; }")
    page.wait_for_timeout(300)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return height <= MAX_SCREENSHOT_HEIGHT


def run(notebooks: Path, timeout: float, shots: Path, learner: str = "also") -> list[Result]:
    """Check every notebook, then (unless ``learner`` is "no") a learner's session; "only" skips the notebooks."""
    found = discover(notebooks)
    if not found:
        raise CheckError(f"no notebooks found in {notebooks} (looked for *.ipynb and solutions/*.ipynb)")
    if not CHROMIUM.exists():
        raise CheckError(
            f"{CHROMIUM} is missing. On Debian: apt-get update && apt-get install -y chromium "
            "(this check never downloads a browser)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        raise CheckError("Playwright for Python is missing; run: make test-browser") from e

    if shots.resolve().is_relative_to(REPO / "build"):  # drop pictures of renamed notebooks
        for old in shots.glob("*.png"):
            old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="course-browser-"))
    lab = None
    try:
        lab = Lab(notebooks, tmp)
        lab.start()
        results = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(viewport=VIEWPORT)
                blocked: list[str] = []

                def local_only(route) -> None:  # the course must work offline
                    if route.request.url.startswith(lab.url + "/"):
                        route.continue_()
                    else:
                        blocked.append(route.request.url)
                        route.abort()

                context.route("**/*", local_only)
                # Log in once, as a learner does with the printed link; this sets the
                # auth and _xsrf cookies, so the page's own POSTs carry the XSRF token.
                login = context.new_page()
                login.goto(f"{lab.url}/lab?token={lab.token}&reset", wait_until="domcontentloaded")
                login.close()
                for rel in found if learner != "only" else []:
                    print(f"  running {rel} ...", flush=True)
                    before = len(blocked)
                    result = check_notebook(context, lab, rel, timeout, shots)
                    result.notes += [
                        f"blocked a request leaving 127.0.0.1: {url}"
                        for url in dict.fromkeys(blocked[before:])
                    ]
                    results.append(result)
                if learner != "no":  # a learner's own workspace: work kept, progress lasts, slips explained
                    from browser_learner import learner_session

                    print("  running a learner session in workspace/02 ...", flush=True)
                    results.append(learner_session(context, lab, shots))
            finally:
                browser.close()
        return results
    finally:
        if lab is not None:
            lab.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def report(results: list[Result]) -> int:
    rows = [("notebook", "seconds", "cells", "images", "errors", "status")]
    for r in results:
        rows.append(
            (
                r.name,
                f"{r.seconds:.1f}",
                f"{r.ran}/{r.runnable}",
                f"{r.images}/{r.expected_images}",
                str(r.errors),
                "ok" if r.ok else "FAIL",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print()
    for j, row in enumerate(rows):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if j == 0:
            print("  ".join("-" * w for w in widths))
    print(f"total {sum(r.seconds for r in results):.1f} s for {len(results)} notebook(s)")
    notes = [(r.name, n) for r in results for n in r.notes]
    if notes:
        print("\nWorth a look (not failures):")
        for name, note in notes:
            print(f"  {name}: {note}")
    failed = [f for r in results for f in r.failures]
    if failed:
        print(f"\nFAILED: {sum(not r.ok for r in results)} of {len(results)} notebook(s)")
        for f in failed:
            print(f"  {f}")
        return 1
    print(f"\nAll {len(results)} notebook(s) ran clean in JupyterLab.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notebooks", type=Path, default=REPO / "notebooks", help="folder to copy and serve")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per notebook (default 120)")
    parser.add_argument("--screenshots", type=Path, default=REPO / "build" / "browser", help="where PNGs go")
    parser.add_argument(
        "--learner", choices=("also", "only", "no"), default="also",
        help="the learner session in a workspace (tools/browser_learner.py): after the notebooks, only it, or not",
    )
    args = parser.parse_args(argv)
    # CI cancelling the job sends SIGTERM: turn it into an exception so the
    # finally blocks stop JupyterLab and remove the temp dirs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    try:
        results = run(args.notebooks.resolve(), args.timeout, args.screenshots, args.learner)
    except CheckError as e:
        print(f"browser check could not run: {e}", file=sys.stderr)
        return 2
    status = report(results)
    print(f"wall time {time.monotonic() - started:.1f} s; screenshots in {args.screenshots}")
    return status


if __name__ == "__main__":
    sys.exit(main())
