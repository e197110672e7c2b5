"""What a stored notebook says a learner should see, and how the page compares with it.

The .ipynb files carry their outputs, so no per-notebook configuration is
needed: each cell must show as many chart images (loaded ``<img>``) as it
stores ``image/png`` outputs, and its ``show_article`` highlights
(``.hl-quote``) and ``check(...)`` feedback (``.course-feedback``) wherever
it stores them. :func:`compare` sorts what differs by check, so each test
asserts one kind of finding; what a learner could stumble on without it
being wrong (charts scaled down, wide or very tall outputs, stderr) becomes
a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["Cell", "Findings", "compare", "discover", "error_outputs", "expected_cells", "last_line"]

# Output bundles where JupyterLab prefers another renderer over image/png.
RANKED_ABOVE_PNG = ("application/javascript", "text/html", "text/markdown", "text/latex", "image/svg+xml")


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
    """One cell of the stored notebook and what its outputs say the page must show."""

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


def _count_output(cell: Cell, out: dict) -> None:
    kind = out.get("output_type")
    if kind == "stream" and out.get("name") == "stderr":
        cell.stderr = True
    if kind not in ("display_data", "execute_result"):
        return
    data = out.get("data", {})
    if "image/png" in data and not any(m in data for m in RANKED_ABOVE_PNG):
        cell.images += 1
    if "text/html" in data:
        counter = _ClassCounter(("hl-quote", "course-feedback"))
        counter.feed(_text(data["text/html"]))
        cell.quotes += counter.counts["hl-quote"]
        cell.feedback += counter.counts["course-feedback"]


def expected_cells(nb: dict) -> list[Cell]:
    """One Cell per notebook cell, with counts taken from the stored outputs.

    >>> png = {"output_type": "display_data", "data": {"image/png": "iVBO"}}
    >>> html = {"output_type": "execute_result", "data": {"text/html": '<p class="course-feedback x">ok</p>'}}
    >>> nb = {"cells": [{"cell_type": "markdown", "source": "# Title"},
    ...                 {"cell_type": "code", "source": ["x = 1\\n", "chart()"], "outputs": [png, html]},
    ...                 {"cell_type": "code", "source": "  ", "outputs": []}]}
    >>> [(c.number, c.kind, c.runs, c.images, c.feedback) for c in expected_cells(nb)]
    [(1, 'markdown', False, 0, 0), (2, 'code', True, 1, 1), (3, 'code', False, 0, 0)]
    """
    cells = []
    for i, raw in enumerate(nb.get("cells", []), start=1):
        source = _text(raw.get("source", ""))
        first = next((line.strip() for line in source.splitlines() if line.strip()), "")
        kind = raw.get("cell_type", "?")
        cell = Cell(i, kind, first[:70], kind == "code" and bool(source.strip()))
        for out in raw.get("outputs", []) if kind == "code" else []:
            _count_output(cell, out)
        cells.append(cell)
    return cells


def discover(notebooks: Path) -> list[Path]:
    """Student notebooks then instructor notebooks, sorted; relative to ``notebooks``.

    >>> from labprocess import REPO
    >>> found = discover(REPO / "notebooks")
    >>> found[0].as_posix(), any(p.parts[0] == "solutions" for p in found)
    ('00-start-here.ipynb', True)
    """
    found = sorted(notebooks.glob("*.ipynb")) + sorted((notebooks / "solutions").glob("*.ipynb"))
    return [p.relative_to(notebooks) for p in found]


def error_outputs(nb: dict) -> dict[int, list[str]]:
    """Cell number → ['ename: evalue', ...] from a saved notebook.

    >>> error_outputs({"cells": [{"outputs": []}, {"outputs": [
    ...     {"output_type": "error", "ename": "NameError", "evalue": "name 'x' is not defined"}]}]})
    {2: ["NameError: name 'x' is not defined"]}
    """
    found: dict[int, list[str]] = {}
    for i, cell in enumerate(nb.get("cells", []), start=1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.setdefault(i, []).append(f"{out.get('ename')}: {out.get('evalue')}")
    return found


def last_line(text: str) -> str:
    """The last non-blank line, stripped, at most 200 characters.

    >>> last_line("Traceback ...\\n  File x\\nKeyError: 'Partner'\\n\\n")
    "KeyError: 'Partner'"
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


@dataclass
class Findings:
    """What the page shows that the stored notebook does not, one list per check; notes do not fail."""

    shape: str = ""  # the page and the file disagree on the number of cells: nothing else is compared
    errors: list[str] = field(default_factory=list)
    not_run: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ran: int = 0  # code cells whose prompt shows a number
    shown_images: int = 0  # chart images shown, up to what each cell stores


def _error_messages(cell: Cell, seen: dict, errors: dict[int, list[str]], saved: dict | None) -> list[str]:
    messages = errors.get(cell.number, [])
    if not messages and seen["stderr"] and saved is None:  # fall back to the traceback's last line
        messages = [last_line(t) for t in seen["stderr"] if "Traceback" in t or "Error" in last_line(t)]
    return messages


def _compare_outputs(found: Findings, cell: Cell, seen: dict) -> None:
    found.shown_images += min(seen["images"], cell.images)
    if seen["images"] != cell.images:
        found.images.append(
            f"{cell.where()} shows {seen['images']} chart image(s), the stored notebook has {cell.images}"
        )
    if cell.quotes and seen["quotes"] != cell.quotes:
        found.quotes.append(
            f"{cell.where()} shows {seen['quotes']} highlighted quote(s) (.hl-quote), "
            f"the stored notebook has {cell.quotes}"
        )
    if cell.feedback and seen["feedback"] != cell.feedback:
        found.feedback.append(
            f"{cell.where()} shows {seen['feedback']} check() feedback box(es) (.course-feedback), "
            f"the stored notebook has {cell.feedback}"
        )
    if seen["unstyled"]:
        found.notes.append(f"{cell.where()}: {seen['unstyled']} .hl-quote element(s) look like plain text")
    for natural, shown in seen["scaled"]:
        found.notes.append(f"{cell.where()}: chart {natural}px wide is squeezed to {shown}px")
    for scroll, client in seen["wide"]:
        found.notes.append(f"{cell.where()}: output is {scroll}px wide in a {client}px column (scrolls sideways)")
    for height in seen["tall"]:
        found.notes.append(f"{cell.where()}: output is {height}px tall")


def compare(cells: list[Cell], snap: dict | None, saved: dict | None, timed_out: bool = False) -> Findings:
    """Compare the page's snapshot (snapshot.js) with the stored cells; ``saved`` is the notebook as saved after the run.

    >>> cell = Cell(1, "code", "chart()", True, images=1)
    >>> seen = {"prompt": "[1]:", "stderr": [], "images": 0, "quotes": 0, "feedback": 0,
    ...         "unstyled": 0, "scaled": [], "wide": [], "tall": []}
    >>> compare([cell], {"cells": [seen]}, saved={"cells": [{"outputs": []}]}).images
    ["cell 1 ('chart()') shows 0 chart image(s), the stored notebook has 1"]
    >>> compare([cell], {"cells": []}, saved=None).shape
    'the page shows 0 cells, the file has 1'
    """
    found = Findings()
    if snap is None or len(snap["cells"]) != len(cells):
        shown = None if snap is None else len(snap["cells"])
        found.shape = f"the page shows {shown} cells, the file has {len(cells)}"
        return found
    errors = error_outputs(saved) if saved else {}
    first_error = None
    for cell, seen in zip(cells, snap["cells"], strict=True):
        if cell.kind != "code":
            continue
        messages = _error_messages(cell, seen, errors, saved)
        found.errors += [f"{cell.where()} raised {message}" for message in messages]
        first_error = first_error or (cell if messages else None)
        if seen["stderr"] and not messages and not cell.stderr:
            found.notes.append(f"{cell.where()} writes to stderr: {last_line(seen['stderr'][0])!r}")
        if not cell.runs:
            continue
        if re.fullmatch(r"\[\d+\]:?", seen["prompt"]):
            found.ran += 1
        elif not timed_out:  # after a timeout the queued cells say nothing new
            after = f" (run stopped after the error in cell {first_error.number})" if first_error else ""
            found.not_run.append(f"{cell.where()} did not run, prompt is {seen['prompt']!r}{after}")
        if messages or "*" in seen["prompt"] or not seen["prompt"].strip("[]: "):
            continue  # the error (or the unfinished run) is the news, not its missing outputs
        _compare_outputs(found, cell, seen)
    return found
