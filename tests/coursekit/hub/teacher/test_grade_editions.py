"""Grading a Japanese workspace: the same file names, the same answers, full marks for the Japanese instructor versions.

The learner's notebooks are the Japanese edition's (``notebooks/ja/``): their
setup cells say ``helpers.start(..., lang="ja")`` and their feedback is in
Japanese, but the grader reads the answers, not the words. Needs the
learners' Python (``make test-hub`` sets ``COURSE_HUB_LEARNER_BIN``).
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from coursekit.hub.teacher.grade import exercises_by_notebook, main

ROOT = Path(__file__).resolve().parents[4]
FOLDER = os.environ.get("COURSE_HUB_LEARNER_BIN")
PYTHON = Path(FOLDER) / "python" if FOLDER else None
pytestmark = pytest.mark.skipif(PYTHON is None or not PYTHON.exists(),
                                reason="no learners' Python: make test-hub sets COURSE_HUB_LEARNER_BIN")
NOTEBOOKS = ("00-start-here.ipynb", "02-acsa.ipynb")


def test_the_japanese_instructor_versions_get_full_marks(tmp_path):
    folder = tmp_path / "2026-12-01"
    (folder / "chiyo").mkdir(parents=True)
    for name in NOTEBOOKS:
        shutil.copy(ROOT / "notebooks" / "ja" / "solutions" / name, folder / "chiyo" / name)
    code = main([str(folder), "--learner-python", str(PYTHON), "--run-seconds", "240", "--cell-seconds", "20"])
    with open(folder / "grades" / "gradebook.csv", newline="", encoding="utf-8") as f:
        book = {row["learner"]: row for row in csv.DictReader(line for line in f if not line.startswith("#"))}
    wanted = [e for n in (0, 2) for e in exercises_by_notebook()[n]]
    assert wanted and {e: book["chiyo"][e] for e in wanted} == dict.fromkeys(wanted, "2")
    assert code == 0
