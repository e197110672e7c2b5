"""The trusted grader reads a sandbox's answers file as hostile data: a crafted file costs only its own marks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_RANGE = {"$": "range", "v": [0, 10**18, 1]}
#: Answers a submission's kernel can write in place of the export (it owns the file): each must cost
#: its learner that exercise only, never the grader's memory or the rest of the class's grading.
BOMBS = {
    "a string dtype of 2 GB an item": ("0.1", {"$": "ndarray", "dtype": "U500000000", "v": ["a", "b", "c"]}),
    "a pandas array of that dtype": ("0.1", {"$": "pdarray", "dtype": "U500000000", "v": ["a", "b"]}),
    "a range inside an array": ("0.1", {"$": "ndarray", "dtype": "int64", "v": [_RANGE]}),
    "a range as a series' values": ("0.1", {"$": "Series", "index": None, "dtype": "int64", "v": [_RANGE]}),
    "an object scalar holding a range": ("0.1", {"$": "np", "dtype": "O", "v": _RANGE}),
    "a billion-item range for a set question": ("0.4", {"$": "range", "v": [0, 10**9, 1]}),
}
_MARK = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # so the old code fails here, not on the machine
from coursekit.hub.grading.marking import mark_notebook
exercise, data = json.loads(sys.stdin.read())
score = mark_notebook([exercise], {"answer_" + exercise.replace(".", "_"): data}, [])[exercise]
print(json.dumps([score.points, score.note, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))
"""


@pytest.mark.parametrize("what", sorted(BOMBS))
def test_a_crafted_answers_file_costs_only_its_own_marks(what):
    exercise, data = BOMBS[what]
    run = subprocess.run([sys.executable, "-c", _MARK], input=json.dumps([exercise, data]), capture_output=True,
                         text=True, timeout=300, cwd=Path(__file__).resolve().parents[4], check=False)
    assert run.returncode == 0, run.stderr[-600:]  # a MemoryError here stops the grading of the whole class
    points, note, peak_kib = json.loads(run.stdout)
    assert points == 0 and "could not be read back" in note
    assert peak_kib < 1 << 20, f"the grader grew to {peak_kib >> 10} MiB"
