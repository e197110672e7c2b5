"""A hostile learner against collection (``python -m coursekit collect``): one test per attack.

Learners control every file in their homes; the teacher's tools run as root. Tested on folders made here (no hub).
"""

from __future__ import annotations

import os
import pwd
import shutil
from pathlib import Path

import learner_homes as lh
import pytest

from coursekit.hub.teacher.collect import collect

ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="real accounts need root")


def test_collect_does_not_follow_a_link_to_a_root_only_file(homes, tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$secret-hash:19000:0:99999:7:::\n")
    secret.chmod(0o600)
    (homes["amy"] / "03-stolen.ipynb").symlink_to(secret)
    folder = collect(homes, tmp_path / "submissions")
    assert "03-stolen.ipynb" not in lh.collected(folder, "amy")
    assert "secret-hash" not in "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file()
                                        and p.name != "collection.json")
    skipped = lh.book(folder)["learners"]["amy"]["skipped"]
    assert skipped == [{"path": "03-stolen.ipynb", "reason": f"a symbolic link (to {str(secret)!r}), not followed"}]


def test_collect_does_not_credit_a_link_to_a_classmates_notebook(homes, tmp_path):
    (homes["amy"] / "02-acsa.ipynb").unlink()
    (homes["amy"] / "02-acsa.ipynb").symlink_to(homes["ben"] / "02-acsa.ipynb")
    folder = collect(homes, tmp_path / "submissions")
    assert lh.collected(folder, "amy") == {".course/progress.jsonl"}
    assert (folder / "ben" / "02-acsa.ipynb").read_text() == '{"ben": "work"}'


def test_collect_does_not_copy_the_instructor_solutions_through_a_link(homes, tmp_path):
    solutions = Path(__file__).resolve().parents[4] / "notebooks" / "solutions"
    (homes["amy"] / "04-sol.ipynb").symlink_to(solutions / "02-acsa.ipynb")
    (homes["amy"] / "05-dir.ipynb").symlink_to(solutions)
    folder = collect(homes, tmp_path / "submissions")
    assert not {"04-sol.ipynb", "05-dir.ipynb"} & lh.collected(folder, "amy")


def test_collect_a_link_to_dev_zero_copies_nothing_and_stops_nothing(homes, tmp_path):
    (homes["amy"] / "01-zero.ipynb").symlink_to("/dev/zero")
    folder = collect(homes, tmp_path / "submissions")
    assert sum(p.stat().st_size for p in folder.rglob("*")) < 100_000
    assert "01-zero.ipynb" not in lh.collected(folder, "amy") and "02-acsa.ipynb" in lh.collected(folder, "ben")


def test_a_fifo_and_a_folder_named_like_notebooks_stop_no_one(homes, tmp_path):
    os.mkfifo(homes["amy"] / "01-fifo.ipynb")
    (homes["amy"] / "03-folder.ipynb").mkdir()
    folder = collect(homes, tmp_path / "submissions")  # a FIFO opened for reading would block here forever
    book = lh.book(folder)["learners"]
    assert {s["path"]: s["reason"] for s in book["amy"]["skipped"]} == {
        "01-fifo.ipynb": "a FIFO (named pipe)", "03-folder.ipynb": "a folder"}
    assert lh.collected(folder, "amy") == {"02-acsa.ipynb", ".course/progress.jsonl"}
    assert book["ben"]["status"] == "collected" and "02-acsa.ipynb" in lh.collected(folder, "ben")


def test_a_symlinked_workspace_or_course_folder_is_not_followed(homes, tmp_path):
    (homes["ben"] / ".course" / "progress.jsonl").write_text(lh.line("2.1") + "\n")
    amy_home = homes["amy"].parent
    (amy_home / "workspace" / ".course" / "progress.jsonl").unlink()
    (amy_home / "workspace" / ".course").rmdir()
    (amy_home / "workspace" / ".course").symlink_to(homes["ben"] / ".course")
    folder = collect(homes, tmp_path / "submissions")
    assert ".course/progress.jsonl" not in lh.collected(folder, "amy")
    cy = lh.home(tmp_path / "home", "cy")
    shutil.rmtree(cy)
    cy.symlink_to(homes["ben"])
    folder = collect({**homes, "cy": cy}, tmp_path / "submissions")
    assert not (folder / "cy").exists() or not lh.collected(folder, "cy")
    assert lh.book(folder)["learners"]["cy"]["skipped"][0]["path"] == "workspace"
    assert lh.book(folder)["learners"]["cy"]["status"] == "no work yet"


def test_collect_caps_each_file_and_each_learner(homes, tmp_path):
    from coursekit.hub.teacher.collect import Limits

    (homes["amy"] / "01-big.ipynb").write_bytes(b"x" * 5000)
    for i in range(3, 8):
        (homes["amy"] / f"0{i}-part.ipynb").write_bytes(b"y" * 900)
    folder = collect(homes, tmp_path / "submissions", limits=Limits(per_file=1000, per_learner=3000))
    reasons = {s["path"]: s["reason"] for s in lh.book(folder)["learners"]["amy"]["skipped"]}
    assert reasons["01-big.ipynb"].startswith("larger than 1,000 bytes")
    assert any("limit per learner" in r for r in reasons.values())
    assert sum(p.stat().st_size for p in (folder / "amy").rglob("*") if p.is_file()) <= 3000


def test_every_roster_learner_appears_even_one_who_never_logged_in(homes, tmp_path):
    from coursekit.hub.teacher.collect import summary

    empty = tmp_path / "home" / "dee" / "workspace"
    empty.parent.mkdir()
    folder = collect({**homes, "cy": None, "dee": empty}, tmp_path / "submissions")
    book = lh.book(folder)
    assert book["format"] == "course-collection/1"
    assert {n: v["status"] for n, v in book["learners"].items()} == {
        "amy": "collected", "ben": "collected", "cy": "not logged in", "dee": "no work yet"}
    text = summary(folder)
    assert "not logged in: cy" in text and "no work yet: dee" in text


def test_the_submissions_are_private_to_root(homes, tmp_path):
    folder = collect(homes, tmp_path / "submissions")
    for path in [folder, *folder.rglob("*")]:
        assert path.stat().st_mode & 0o077 == 0, path


@needs_root
def test_collect_refuses_a_hard_link_to_a_file_the_learner_does_not_own(tmp_path):
    nobody = pwd.getpwnam("nobody")
    ws = lh.home(tmp_path / "home", "amy")
    for path in [ws.parent, *ws.parent.rglob("*")]:
        os.lchown(path, nobody.pw_uid, nobody.pw_gid)
    secret = tmp_path / "home" / "root-secret"
    secret.write_text("secret")
    os.link(secret, ws / "03-linked.ipynb")
    folder = collect({"amy": ws}, tmp_path / "submissions")
    assert "03-linked.ipynb" not in lh.collected(folder, "amy")
    assert "02-acsa.ipynb" in lh.collected(folder, "amy")

