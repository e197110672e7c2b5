"""No module of the tooling, the hub's deployment, the benchmarks or the tooling's tests is over 400 lines."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where the rule is checked here (helpers/ and its tests: tests/test_architecture.py).
FOLDERS = ("coursekit", "hub", "benchmarks", "ci", "site", "tests/coursekit")
MAX_LINES = 400


def _modules(folder: Path):
    for here, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if f not in ("node_modules", "__pycache__") and not f.startswith(".")]
        yield from (Path(here) / name for name in files if name.endswith(".py"))


def test_no_module_of_the_tooling_is_over_400_lines():
    long = {
        path.relative_to(ROOT).as_posix(): n
        for folder in FOLDERS
        for path in sorted(_modules(ROOT / folder))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these along their concepts: {long}"
