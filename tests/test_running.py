"""The test suite runs the same from any folder, as CI and a teacher's editor may start it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pytest_runs_a_notebook_from_another_folder(tmp_path):
    # The sanitize file in addopts is written relative to the repository, not to the caller's folder.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(ROOT / "notebooks" / "00-start-here.ipynb"), "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-1500:]
    assert "FileNotFoundError" not in result.stdout and " passed" in result.stdout


PROBE = """
def pytest_collect_file(file_path, parent):
    print("COLLECT", file_path.as_posix())
"""


def test_collecting_the_repository_from_another_folder_ignores_the_notebook_sources(tmp_path):
    # --ignore=notebooks/src in addopts is relative too: from elsewhere, pytest imported
    # (that is, ran) every notebook source as a doctest module.
    (tmp_path / "collect_probe.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(ROOT), "--collect-only", "-q", "-p", "collect_probe"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout[-1500:]
    collected = [line.split(" ", 1)[1] for line in result.stdout.splitlines() if line.startswith("COLLECT ")]
    assert any(path.endswith("tests/test_article.py") for path in collected)
    assert not [path for path in collected if "/notebooks/src/" in path]
