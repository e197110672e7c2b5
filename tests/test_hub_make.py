"""The hub's make targets pass on what the teacher's commands and messages tell them to give (make -n: nothing runs)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def dry_run(*args: str) -> str:
    """The commands `make TARGET ARGS` would run, without building anything it depends on."""
    done = ["-o", ".venv/.installed-hub", "-o", ".venv/.installed-test", "-o", "learner-env"]
    out = subprocess.run(["make", "-n", "--no-print-directory", *done, *args, "VENV=.venv", "LEARNER_ENV=/opt/x"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    return out.stdout


def test_teacher_passwords_reset_reaches_the_command():
    """'already has a password (to replace it: ... RESET=1)' must be something make can pass on."""
    assert "--reset" in dry_run("teacher-passwords", "CLASS=class.csv", "RESET=1")
    assert "--reset" not in dry_run("teacher-passwords", "CLASS=class.csv")
