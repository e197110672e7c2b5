"""A learner's home as the teacher's tools find it, for the hostile-learner tests of collection and the report."""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["book", "collected", "home", "line"]


def line(exercise, status="right", mistake=None, n=1, **extra):
    """One line of a progress file (docs/progress-format.md)."""
    return json.dumps({"format": "course-progress/1", "time": "2026-12-01T08:30:00Z", "exercise": exercise,
                       "notebook": "02", "status": status, "mistake": mistake, "try": n, **extra})


def home(root: Path, name: str, notebook: str = '{"cells": [1]}', progress: str = "") -> Path:
    """A learner's home with a workspace holding one notebook and a progress file; returns the workspace."""
    ws = root / name / "workspace"
    (ws / ".course").mkdir(parents=True)
    (ws / "02-acsa.ipynb").write_text(notebook, encoding="utf-8")
    (ws / ".course" / "progress.jsonl").write_text(progress, encoding="utf-8")
    return ws


def book(folder: Path) -> dict:
    """A collection's ``collection.json``."""
    return json.loads((folder / "collection.json").read_text(encoding="utf-8"))


def collected(folder: Path, name: str) -> set[str]:
    """The files collected for learner ``name``, relative to their folder."""
    return {str(p.relative_to(folder / name)) for p in (folder / name).rglob("*") if p.is_file()}
