"""The hub's make targets pass on what the teacher's commands and messages tell them to give (make -n: nothing runs)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
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


def test_the_load_test_is_the_worst_case_unless_a_mode_is_asked_for():
    """THINK= and PRESTARTED= reach the load test, each run keeps its own figures; without them, the worst case."""
    assert "--think" not in dry_run("hub-loadtest", "N=30") and "--prestarted" not in dry_run("hub-loadtest", "N=30")
    assert "build/hub-loadtest-30-open1.json" in dry_run("hub-loadtest", "N=30")
    paced = dry_run("hub-loadtest", "N=30", "THINK=3")
    assert "--think 3 --budget 1800" in paced and "hub-loadtest-30-open1-think3.json" in paced
    assert "--prestarted" in dry_run("hub-loadtest", "N=30", "PRESTARTED=1")


TEACHER_TOOLS = ["teacher-passwords", "hub-prestart", "teacher-report", "collect", "handins", "briefings", "return", "return-status",
                 "update-workspaces"]


@pytest.mark.parametrize("target", TEACHER_TOOLS)
def test_a_teacher_tool_without_class_stops_and_says_so(target):
    """Without CLASS= the example roster was used: `make return SUB=...` returned to 0 learners, and said only 'aroha: not graded'."""
    venv = "/nonexistent-venv"  # never made: its stamps are taken as done (-o), so no set-up runs first
    done = ["-o", f"{venv}/.installed-hub", "-o", f"{venv}/.installed-test", "-o", f"{venv}/bin/python", "-o", "learner-env"]
    out = subprocess.run(["make", "--no-print-directory", *done, target, "SUB=submissions/x", f"VENV={venv}",
                          "LEARNER_ENV=/opt/x"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 2, out.stdout + out.stderr
    assert f"make {target} CLASS=" in out.stdout + out.stderr
    assert "/nonexistent-venv/bin/python" not in out.stdout  # stopped before the tool ran


def test_the_hub_itself_still_starts_the_example_class_without_class():
    assert "--roster hub/roster.example.csv" in dry_run("hub")
