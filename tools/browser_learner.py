"""A learner's session in JupyterLab, in headless Chromium: work is kept, progress lasts, slips are explained.

Run by ``tools/browser_check.py`` after the notebooks (``--learner-only`` runs
just this). In a workspace made by ``python -m helpers workspace`` inside the
served folder, it opens the learner's copy of notebook 02 and, as a learner
would:

1. runs it, then types the answer to 2.1 (the solution's code, read from
   ``notebooks/src/02-acsa.py``) and a wrong answer in new cells; saves;
2. restarts the kernel and runs ``helpers.progress(2)`` in a new cell: it
   must still show 2.1 solved and 2.2 tried;
3. runs each slip of :data:`SLIPS` in its own cell: each must show the
   course's note (``.course-slip``) and no traceback;
4. runs ``helpers.start_over("02")``: the notebook on disk is the course's
   again and the typed answer is in ``02-acsa.old-1.ipynb``;
5. opens the workspace's ``docs/glossary.md``: it must show as a rendered
   page (``make lab`` sets Markdown Preview as the viewer for .md files);
6. checks that ``git status`` of the repository did not change.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

from browser_check import REPO, Lab, Result, menu_click, save_and_read

NOTEBOOK = "02-acsa.ipynb"
# Code a learner types that goes wrong in a common way; every one must get a note, not a traceback.
SLIPS = [
    "agreements = helpers.load_agreements()\nagreements['Partner']",
    "acsa_partners_in_force",
    "agreements.query('partner == Japan')",
    "agreements['kind'].item()",
    "agreements.pivot_table(index='partner', columns='kind', values='status')",
    "agreements[agreements.kind == 'ACSA' & agreements.partner == 'India']",
    "helpers.parse_article('no date line here')",
    "import time\ntime.sleep(30)",  # interrupted below, as a learner presses Stop
]
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def _solution(qid: str) -> str:
    """The solution line of exercise ``qid`` from notebook 02's source (``answer_2_1 = ...  # SOLUTION``)."""
    name = "answer_" + qid.replace(".", "_")
    for line in (REPO / "notebooks" / "src" / "02-acsa.py").read_text(encoding="utf-8").splitlines():
        m = re.match(rf"\s*{name}\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
        if m:
            return f"{name} = {m.group(1)}\ncheck({qid!r}, {name})"
    raise LookupError(f"no solution line for {qid} in notebooks/src/02-acsa.py")


def _git_status() -> str | None:
    try:
        return subprocess.run(
            ["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def run_new_cell(page, code: str, timeout: float = 60, interrupt_after: float | None = None):
    """Add a cell at the end, type ``code`` into it, run it; return the cell's locator once it has run."""
    _accept_kernel_dialog(page)
    cells = page.locator(f"{PANEL} .jp-Notebook .jp-Cell")
    count = cells.count()
    cells.nth(count - 1).locator(".jp-InputPrompt").click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    page.wait_for_function(
        f"(n) => document.querySelectorAll('{PANEL} .jp-Notebook .jp-Cell').length > n", arg=count, timeout=10_000
    )
    cell = cells.nth(count)
    cell.locator(".cm-content").click()
    page.keyboard.insert_text(code)  # no key events: no auto-closed brackets
    page.keyboard.press("Control+Enter")
    if interrupt_after is not None:
        page.wait_for_timeout(interrupt_after * 1000)
        menu_click(page, "Kernel", "Interrupt Kernel")
    prompt = cell.locator(".jp-InputPrompt")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if re.fullmatch(r"\[\d+\]:?", prompt.inner_text().strip()):
            page.wait_for_timeout(300)  # let the outputs arrive
            return cell
        page.wait_for_timeout(200)
    raise TimeoutError(f"the cell {code.splitlines()[0]!r} did not finish in {timeout:.0f} s")


def _restart(page) -> None:
    menu_click(page, "Kernel", "Restart Kernel…")
    page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
    page.wait_for_function(
        f"() => {{ const i = document.querySelector('{PANEL} .jp-Notebook-ExecutionIndicator');"
        " return i && i.dataset.status === 'idle'; }",
        timeout=60_000,
    )
    page.wait_for_timeout(1000)


def _shows_traceback(cell) -> bool:
    stderr = cell.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count()
    text = cell.locator(".jp-OutputArea").inner_text()
    return bool(stderr) or "Traceback" in text or "---->" in text


def _open(page, lab: Lab, rel: str) -> None:
    page.goto(f"{lab.url}/lab/tree/{rel}?reset", wait_until="domcontentloaded")
    page.locator(f"{PANEL} .jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # as browser_check does: let the kernel finish starting
        _accept_kernel_dialog(page)
        if lab.kernels_idle():
            break
        page.wait_for_timeout(250)
    page.wait_for_timeout(1000)
    _accept_kernel_dialog(page)


def _accept_kernel_dialog(page) -> None:
    """JupyterLab sometimes asks which kernel to use while one is starting: take the notebook's own."""
    dialog = page.locator(".jp-Dialog")
    if dialog.count() and "Kernel" in dialog.first.inner_text():
        dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()
        page.wait_for_timeout(500)


def learner_session(context, lab: Lab, shots: Path) -> Result:
    """The session above, as one Result (failures say which step went wrong)."""
    from helpers.workspace import create_workspace

    result = Result("learner session (workspace/02)")
    started = time.monotonic()
    before = _git_status()
    workspace = lab.root / "workspace"
    create_workspace(workspace)
    page = context.new_page()
    try:
        _open(page, lab, f"workspace/{NOTEBOOK}")
        menu_click(page, "Run", "Run All Cells")
        page.wait_for_function(
            f"() => !Array.from(document.querySelectorAll('{PANEL} .jp-InputPrompt'))"
            ".some((p) => p.textContent.includes('*'))",
            timeout=120_000,
        )
        _session_steps(page, lab, workspace, result)
    except Exception as exc:  # a step that cannot go on is a failure of the session, with a picture
        result.failures.append(f"learner session stopped: {type(exc).__name__}: {str(exc)[:300]}")
    finally:
        try:
            shots.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shots / "learner-session.png"), full_page=True)
        except Exception:  # the picture is a courtesy
            pass
        page.close()
        lab.shutdown_kernels()
    after = _git_status()
    if before is not None and after != before:
        result.failures.append(f"git status changed during the session:\n{after}")
    result.seconds = time.monotonic() - started
    return result


def _session_steps(page, lab: Lab, workspace: Path, result: Result) -> None:
    source = (workspace / NOTEBOOK).read_text(encoding="utf-8")
    setup = 'helpers.start("02")' in source or 'helpers.start(\\"02\\")' in source  # raw .ipynb JSON escapes the quotes
    if not setup:
        result.notes.append('the setup cell of 02 does not call helpers.start("02") yet; the session calls it')
    cell = run_new_cell(page, "import helpers\nhelpers.start('02')\n" + _solution("2.1"))
    if "course-feedback-right" not in cell.inner_html():
        result.failures.append(f"the typed answer to 2.1 was not accepted: {cell.inner_text()[:300]!r}")
    run_new_cell(page, "check('2.2', ['certainly not a partner'])")
    saved = save_and_read(page, workspace / NOTEBOOK)
    if saved is None or "answer_2_1 = " not in json.dumps(saved):
        result.failures.append("the saved notebook does not hold the typed answer")
    result.runnable = result.ran = 2

    _restart(page)
    cell = run_new_cell(page, "import helpers\nhelpers.progress(2)")
    shown = cell.locator(".jp-OutputArea").inner_text()
    if "2.1 ✔" not in shown or "2.2 ✘" not in shown or "Saved in your workspace" not in shown:
        result.failures.append(f"after a restart progress(2) shows {shown[:300]!r}")

    run_new_cell(page, "helpers.start('02')")
    for code in SLIPS:
        stop = 2 if "sleep" in code else None
        cell = run_new_cell(page, code, interrupt_after=stop)
        result.runnable += 1
        if _shows_traceback(cell):
            result.failures.append(f"the slip {code.splitlines()[-1]!r} shows a traceback")
        elif not cell.locator(".course-slip").count():
            result.failures.append(f"the slip {code.splitlines()[-1]!r} shows no note: {cell.inner_text()[:200]!r}")
        else:
            result.ran += 1
    save_and_read(page, workspace / NOTEBOOK)

    cell = run_new_cell(page, "helpers.start_over('02')")
    old = workspace / "02-acsa.old-1.ipynb"
    if "02-acsa.old-1.ipynb" not in cell.inner_text():
        result.failures.append(f"start_over said {cell.inner_text()[:300]!r}")
    if (workspace / NOTEBOOK).read_bytes() != (REPO / "notebooks" / NOTEBOOK).read_bytes():
        result.failures.append("after start_over the notebook is not the course's version")
    if not old.exists() or "answer_2_1 = " not in old.read_text(encoding="utf-8"):
        result.failures.append("start_over did not keep the learner's copy with the typed answer")

    page.goto(f"{lab.url}/lab/tree/workspace/docs/glossary.md?reset", wait_until="domcontentloaded")
    try:  # Markdown Preview is a .jp-MarkdownViewer; the text editor would be a .jp-FileEditor
        page.locator(".jp-MarkdownViewer:not(.lm-mod-hidden) .jp-RenderedMarkdown h1").first.wait_for(timeout=30_000)
    except Exception:  # Playwright's timeout: the glossary opened as text to edit, or not at all
        result.failures.append("docs/glossary.md in the workspace does not open as a rendered page")
