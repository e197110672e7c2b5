"""What a learner does on a JupyterLab page, as Playwright steps: menus, saving, new cells, restarts, pictures.

The JavaScript the steps run in the page lives in ``*.js`` files beside this
module; :func:`script` loads one by name.
"""

from __future__ import annotations

import functools
import json
import re
import time
from pathlib import Path

__all__ = [
    "MAX_SCREENSHOT_HEIGHT",
    "PANEL",
    "VIEWPORT",
    "accept_kernel_dialog",
    "menu_click",
    "restart_kernel",
    "run_new_cell",
    "save_and_read",
    "screenshot_notebook",
    "script",
    "shows_traceback",
]

HERE = Path(__file__).resolve().parent
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook on show
VIEWPORT = {"width": 1280, "height": 800}  # a common laptop width
MAX_SCREENSHOT_HEIGHT = 16000  # Chromium's texture limit is 16384 px
PROMPT_DONE = re.compile(r"\[\d+\]:?")


@functools.cache
def script(name: str) -> str:
    """The JavaScript function in ``<name>.js`` beside this module, without its leading comment lines.

    >>> script("first_cell_done")
    '() => window.__courseRun.firstDone'
    """
    lines = (HERE / f"{name}.js").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines).strip()


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
    """File → Save Notebook, then the notebook as written to ``path`` (None if it was not written in 10 s)."""
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


def screenshot_notebook(page, path: Path) -> bool:
    """The whole notebook in one image: grow the window to the notebook's height, scroll to the top.

    Returns False when the notebook is taller than MAX_SCREENSHOT_HEIGHT (the image is cut).
    """
    height = VIEWPORT["height"] + page.evaluate(script("notebook_overflow")) + 40
    page.set_viewport_size({"width": VIEWPORT["width"], "height": min(height, MAX_SCREENSHOT_HEIGHT)})
    page.wait_for_timeout(300)
    page.evaluate(script("scroll_to_top"))
    page.wait_for_timeout(300)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return height <= MAX_SCREENSHOT_HEIGHT


def accept_kernel_dialog(page) -> None:
    """JupyterLab sometimes asks which kernel to use while one is starting: take the notebook's own."""
    dialog = page.locator(".jp-Dialog")
    if dialog.count() and "Kernel" in dialog.first.inner_text():
        dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()
        page.wait_for_timeout(500)


def run_new_cell(page, code: str, timeout: float = 60, interrupt_after: float | None = None):
    """Add a cell at the end, type ``code`` into it, run it; return the cell's locator once it has run."""
    accept_kernel_dialog(page)
    cells = page.locator(f"{PANEL} .jp-Notebook .jp-Cell")
    count = cells.count()
    cells.nth(count - 1).locator(".jp-InputPrompt").click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    page.wait_for_function(script("cell_added"), arg=count, timeout=10_000)
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
        if PROMPT_DONE.fullmatch(prompt.inner_text().strip()):
            page.wait_for_timeout(300)  # let the outputs arrive
            return cell
        page.wait_for_timeout(200)
    raise TimeoutError(f"the cell {code.splitlines()[0]!r} did not finish in {timeout:.0f} s")


def restart_kernel(page) -> None:
    """Kernel → Restart Kernel…, accept, wait until the kernel is idle again."""
    menu_click(page, "Kernel", "Restart Kernel…")
    page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
    page.wait_for_function(script("kernel_idle"), timeout=60_000)
    page.wait_for_timeout(1000)


def shows_traceback(cell) -> bool:
    """True when a cell's outputs show stderr or a Python traceback."""
    stderr = cell.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count()
    text = cell.locator(".jp-OutputArea").inner_text()
    return bool(stderr) or "Traceback" in text or "---->" in text
