"""Run one prepared notebook inside the sandbox: ``python runner.py NOTEBOOK CELL_SECONDS STATUS``.

This file is copied into the sandbox's private folder and run there by the
learners' Python, as the sandbox account, so it imports nothing from the
course (the course folder is hidden from it): only nbclient and nbformat.
The notebook's last cell (added by the grader) writes the answers file.

A cell that runs longer than CELL_SECONDS is interrupted and the notebook
goes on. A cell that kills the kernel is emptied and the notebook run again
from the top (at most three times), so only the exercises that needed that
cell lose their marks. STATUS gets a JSON list of what happened; like
everything the sandbox writes, the grader treats it as untrusted data.

>>> _emptied({"cells": [{"cell_type": "code", "source": "x"}]}, 0)["cells"][0]["source"]
'# removed by the grader: this cell stopped the kernel'
"""

from __future__ import annotations

import copy
import json
import sys

__all__ = ["main", "run"]

REMOVED = "# removed by the grader: this cell stopped the kernel"


def _emptied(nb, index: int):
    nb = copy.deepcopy(nb)
    nb["cells"][index]["source"] = REMOVED
    return nb


def _execute(nb, cell_seconds: int) -> int | None:
    """Run ``nb``; None when it ran to the end, else the index of the cell during which the kernel died."""
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    client = NotebookClient(nb, timeout=cell_seconds, interrupt_on_timeout=True, allow_errors=True,
                            kernel_name="python3", record_timing=False, startup_timeout=120)
    at = {"cell": None}
    client.on_cell_start = lambda cell, cell_index: at.__setitem__("cell", cell_index)
    try:
        client.execute()
    except DeadKernelError:
        return at["cell"] if at["cell"] is not None else -1
    return None


def run(path: str, cell_seconds: int) -> list[str]:
    """Execute the notebook at ``path``; return what happened, one line each.

    >>> run("no-such-notebook.ipynb", 1)
    ['the notebook could not be opened']
    """
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:
        return ["the notebook could not be opened"]
    notes: list[str] = []
    for _ in range(4):
        died = _execute(nb, cell_seconds)
        if died is None:
            return notes
        if died < 0 or nb.cells[died].source == REMOVED:
            return [*notes, "the kernel stopped and could not be restarted"]
        notes.append(f"cell {died + 1} stopped the kernel; graded without it")
        nb = nbformat.from_dict(_emptied(nb, died))
    return [*notes, "too many cells stopped the kernel"]


def main(argv: list[str] | None = None) -> int:
    """Run the notebook; write the status list."""
    notebook, seconds, status = argv or sys.argv[1:]
    notes = run(notebook, int(seconds))
    with open(status, "w", encoding="utf-8") as f:
        json.dump(notes, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
