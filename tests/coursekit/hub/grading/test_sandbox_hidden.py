"""The sandbox hides each folder once: a folder inside one already hidden is not mounted over again.

`make grade SUB=submissions/DATE` hides the course folder and the submissions
folder inside it; once the course folder is covered by an empty tmpfs, the
submissions folder no longer exists there and `mount` on it fails, so the
documented command could grade nothing (a course under /home met the same).
"""

from __future__ import annotations

import sys
from pathlib import Path

from coursekit.hub.grading.sandbox import Limits, Sandbox


def test_a_folder_inside_a_hidden_folder_is_not_mounted_again(tmp_path):
    course = tmp_path / "course"
    (course / "submissions").mkdir(parents=True)
    hidden = Sandbox(Path(sys.executable), Limits(), [course, course / "submissions"]).hidden
    assert course.resolve() in hidden
    assert not any(p != q and p.is_relative_to(q) for p in hidden for q in hidden), hidden


def test_the_mount_script_never_names_a_path_under_one_it_already_covered(tmp_path):
    course = tmp_path / "course"
    (course / "submissions").mkdir(parents=True)
    box = Sandbox(Path(sys.executable), Limits(), [course / "submissions", course])
    assert str(course / "submissions") not in "\n".join(str(p) for p in box.hidden)
