"""The teacher's classroom: hand-in, the briefings page, marks in the gradebook, feedback returned, updates.

Learners control every file in their homes (times included); the teacher's
tools run as root. Most tests use folders made here; those marked
``needs_root`` make real accounts (``hubx<random>``, always deleted), as
tests/test_hub_hostile.py does, and run in ``make test-hub``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import pwd
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.hub.as_learner import Learner
from coursekit.hub.roster import Member
from coursekit.hub.teacher import briefings, giveback, handin, marks
from coursekit.hub.teacher.feedback import Score, write_outputs
from helpers.handin import hand_in
from helpers.workspace import BASE_DIR

ROOT = os.geteuid() == 0
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
needs_root = pytest.mark.skipif(not ROOT, reason="real accounts need root")
from coursekit.paths import REPO  # noqa: E402

UTC = dt.timezone.utc


def _ws(root: Path, name: str) -> Path:
    ws = root / name / "workspace"
    (ws / ".course").mkdir(parents=True)
    (ws / ".course" / "workspace.json").write_text("{}")
    return ws


def _capstone(briefing: str) -> str:
    """The course's student notebook 05 with ``briefing`` typed into the briefing cell."""
    nb = json.loads((REPO / "notebooks" / "05-capstone.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "**Briefing:" in "".join(c["source"]))
    cell["source"] = briefing
    return json.dumps(nb)


# --- hand-in --------------------------------------------------------------------------------------


def test_a_hand_in_is_timed_by_the_server_never_by_the_learners_files(tmp_path):
    state = tmp_path / "state"
    amy, ben = _ws(tmp_path, "amy"), _ws(tmp_path, "ben")
    for ws in (amy, ben):
        (ws / "05-capstone.ipynb").write_text(_capstone("My briefing."))
    handin.set_deadline(state, dt.datetime(2026, 12, 10, 17, tzinfo=UTC))
    assert "05-capstone.ipynb" in hand_in(ben)
    handin.sweep({"ben": ben}, state, dt.datetime(2026, 12, 10, 16, 59, tzinfo=UTC))
    assert "Handed in 1 notebook" in hand_in(amy)
    # amy forges her hand-in's times: the files' mtimes and the manifest's clock say a week early
    manifest = amy / ".course" / "handin" / "manifest.json"
    manifest.write_text(manifest.read_text().replace(json.loads(manifest.read_text())["learner_clock"],
                                                     "2026-12-03T09:00:00Z"))
    early = dt.datetime(2026, 12, 3, 9, tzinfo=UTC).timestamp()
    for path in (amy / ".course" / "handin").iterdir():
        os.utime(path, (early, early))
    handin.sweep({"amy": amy, "ben": ben}, state, dt.datetime(2026, 12, 10, 18, 30, tzinfo=UTC))
    handin.sweep({"amy": amy, "ben": ben}, state, dt.datetime(2026, 12, 11, 9, tzinfo=UTC))  # no change: same time
    found = handin.handed_in(state)
    assert found["ben"].status == "on time" and found["ben"].seen == dt.datetime(2026, 12, 10, 16, 59, tzinfo=UTC)
    assert found["amy"].status == "late" and found["amy"].seen == dt.datetime(2026, 12, 10, 18, 30, tzinfo=UTC)
    assert found["amy"].learner_clock == "2026-12-03T09:00:00Z"  # kept to show, never used
    assert (found["amy"].folder / "05-capstone.ipynb").read_text() == _capstone("My briefing.")


def test_a_hand_in_again_after_the_deadline_is_late(tmp_path):
    state, amy = tmp_path / "state", _ws(tmp_path, "amy")
    (amy / "05-capstone.ipynb").write_text(_capstone("First."))
    handin.set_deadline(state, dt.datetime(2026, 12, 10, 17, tzinfo=UTC))
    hand_in(amy)
    handin.sweep({"amy": amy}, state, dt.datetime(2026, 12, 10, 16, tzinfo=UTC))
    (amy / "05-capstone.ipynb").write_text(_capstone("Second, better."))
    hand_in(amy)
    handin.sweep({"amy": amy}, state, dt.datetime(2026, 12, 10, 20, tzinfo=UTC))
    assert handin.handed_in(state)["amy"].status == "late" and handin.handed_in(state)["amy"].versions == 2
    text = handin.summary({"amy": "unchanged", "cy": "not logged in"}, state)
    assert "amy: late, first seen 2026-12-10 20:00:00 UTC" in text and "cy: not logged in" in text


def test_the_sweep_follows_no_link_the_learner_planted(tmp_path):
    state = tmp_path / "state"
    amy, ben = _ws(tmp_path, "amy"), _ws(tmp_path, "ben")
    (ben / "05-capstone.ipynb").write_text(_capstone("Ben's own."))
    hand_in(ben)
    (amy / ".course" / "handin").symlink_to(ben / ".course" / "handin")  # amy hands in ben's work
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$hash")
    cy = _ws(tmp_path, "cy")
    (cy / ".course" / "handin").mkdir()
    (cy / ".course" / "handin" / "05-capstone.ipynb").symlink_to(secret)
    done = handin.sweep({"amy": amy, "ben": ben, "cy": cy}, state, dt.datetime(2026, 12, 10, tzinfo=UTC))
    assert done["ben"] == "new hand-in" and "symbolic link" in done["amy"] and done["cy"] == "not handed in"
    assert set(handin.handed_in(state)) == {"ben"}
    assert "hash" not in "".join(p.read_text(errors="replace") for p in state.rglob("*") if p.is_file())


def test_ctrl_c_ends_the_sweep_with_a_note_not_a_traceback(tmp_path, monkeypatch, capsys):
    """The guide says: leave `make handins EVERY=60` running until the deadline, then stop it (Ctrl-C)."""
    roster = tmp_path / "class.csv"
    roster.write_text("username,role,name\nt-zz,teacher,T\nzz-nobody-here,learner,Zed\n", encoding="utf-8")

    def ctrl_c(seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(handin.time, "sleep", ctrl_c)
    assert handin.main(["--roster", str(roster), "--state", str(tmp_path / "state"), "--every", "60"]) == 0
    out = capsys.readouterr().out
    assert "zz-nobody-here: not logged in" in out and "stopped" in out and "make handins" in out


# --- the briefings page ---------------------------------------------------------------------------

_ATTACK = "<script>alert('x')</script> **Bottom line.** </div><img src=x onerror=alert(1)>"


def test_every_briefing_on_one_page_escaped_beside_the_rubric(tmp_path):
    state, sub = tmp_path / "state", tmp_path / "submissions" / "2026-12-10"
    amy = _ws(tmp_path, "amy")
    (amy / "05-capstone.ipynb").write_text(_capstone(_ATTACK))
    hand_in(amy)
    handin.sweep({"amy": amy}, state, dt.datetime(2026, 12, 10, tzinfo=UTC))
    (sub / "ben").mkdir(parents=True)
    (sub / "ben" / "05-capstone.ipynb").write_text(_capstone("**Bottom line.** Ben's briefing, collected."))
    (sub / "cy").mkdir()
    (sub / "cy" / "05-capstone.ipynb").write_text((REPO / "notebooks" / "05-capstone.ipynb").read_text())
    members = [Member(n, "learner", f"{n.title()} <b>") for n in ("amy", "ben", "cy", "dee")]
    found = briefings.find_briefings(members, state, sub)
    assert [b.written for b in found] == [True, True, False, False]
    page = briefings.render_page(found, briefings.rubric())
    assert "<script" not in page.lower() and "<img" not in page.lower() and "&lt;script&gt;" in page
    for name in ("amy", "ben", "cy", "dee"):
        assert f"<section class='learner' id='learner-{name}'><h2>{name} ({name.title()} &lt;b&gt;)</h2>" in page
    assert page.count("break-after:page") == 1 and page.count("<section class='learner'") == 4
    assert "Every number can be traced to an output" in page and page.count("R10") == 4
    assert "still the course's template" in page and "No briefing found" in page
    assert "Ben&#x27;s briefing, collected" in page and "collected in 2026-12-10" in page


def test_the_briefings_command_writes_the_page_and_a_marks_sheet_it_never_overwrites(tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("username,role,name\nt-kim,teacher,\namy,learner,Amy\nben,learner,\n")
    args = ["--roster", str(roster), "--state", str(tmp_path / "state"), "--out", str(tmp_path / "out")]
    assert briefings.main(args) == 0
    sheet = tmp_path / "out" / "marks.csv"
    assert sheet.read_text().splitlines() == ["learner,name,R1,R2,R3,R4,R5,R6,R7,R8,R9,R10,comment",
                                              "amy,Amy" + "," * 11, "ben," + "," * 11]
    sheet.write_text(sheet.read_text().replace("amy,Amy,,", "amy,Amy,1,"))
    assert briefings.main(args) == 0 and "amy,Amy,1," in sheet.read_text()
    assert oct((tmp_path / "out").stat().st_mode & 0o777) == "0o700"


# --- marks in the gradebook -----------------------------------------------------------------------


def _graded(tmp_path: Path) -> Path:
    folder = tmp_path / "submissions" / "2026-12-10"
    write_outputs(folder / "grades", {"amy": {"2.1": Score(1, 1)}, "ben": {"2.1": Score(1, 0)}}, ["2.1"])
    return folder


def test_briefing_marks_go_into_the_gradebook_in_their_own_columns(tmp_path):
    folder = _graded(tmp_path)
    sheet = tmp_path / "marks.csv"
    sheet.write_text("learner,name,R1,R2,R3,comment\namy,\"Ngata, Amy\",1,1,0,\"Sourced, clear; say 'not found as of'.\"\n"
                     "ben,Ben,0,,1,\n")
    assert marks.main([str(folder), "--marks", str(sheet)]) == 0
    assert marks.main([str(folder), "--marks", str(sheet)]) == 0  # twice: the columns replaced, not added again
    lines = (folder / "grades" / "gradebook.csv").read_text().splitlines()
    assert lines[0].startswith("# auto-marks measure completion")
    assert lines[1] == ("learner,2.1,total,briefing R1,briefing R2,briefing R3,briefing total,briefing comment")
    assert lines[2] == "amy,2,2,1,1,0,2,\"Sourced, clear; say 'not found as of'.\""
    assert lines[3] == "ben,1,1,0,,1,1,"


@pytest.mark.parametrize(("text", "located"), [
    ("learner,R1,R2,comment\namy,1,2,\n", "marks.csv:2: mark '2' in R2 is not 0 or 1 — write 0, 1"),
    ("learner,R1,R2,comment\namy,1,0,\nzed,1,1,\n", "marks.csv:3: learner 'zed' is not in the gradebook — check"),
    ("learner,R1,R2,comment\namy,1,0\n", "marks.csv:2: 3 columns, the header has 4 — one value per column"),
    ("learner,R1,R2,comment\namy,1,0,\namy,0,0,\n", "marks.csv:3: 'amy' is already on line 2 — keep one row"),
    ("name,R1,comment\namy,1,\n", "marks.csv:1: the header is 'name,R1,comment' — keep the first line"),
    ("learner,R1,comment\n\n\namy,1,\"an open quote\nben,0,\n", "marks.csv:4: unexpected end of data: a quotation"),
])
def test_a_bad_marks_sheet_is_a_located_error_and_the_gradebook_is_left_alone(tmp_path, capsys, text, located):
    folder = _graded(tmp_path)
    before = (folder / "grades" / "gradebook.csv").read_text()
    (tmp_path / "marks.csv").write_text(text)
    assert marks.main([str(folder), "--marks", str(tmp_path / "marks.csv")]) == 2
    assert located in capsys.readouterr().err
    assert (folder / "grades" / "gradebook.csv").read_text() == before


# --- feedback returned ----------------------------------------------------------------------------


def _marked(tmp_path: Path) -> Path:
    folder = _graded(tmp_path)
    marks.merge_gradebook(folder / "grades" / "gradebook.csv",
                          {"amy": marks.Marks((1,) * 10, "A briefing a minister could use."),
                           "ben": marks.Marks((0,) * 10, "")})
    return folder


def test_the_returned_page_holds_the_marks_and_the_comment(tmp_path):
    pages = giveback.pages_for(_marked(tmp_path), briefings.rubric())
    readme = pages["amy"]["README.md"]
    assert "**10 of 10** on the rubric" in readme and "A briefing a minister could use." in readme
    assert "2 of 2 points" in readme and "[exercises.html](exercises.html)" in readme
    assert "Feedback for amy" in pages["amy"]["exercises.html"]


def test_return_never_writes_through_a_link_the_learner_planted(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home = tmp_path / "amy"
    (home / "workspace").mkdir(parents=True)
    (home / "workspace" / "feedback").symlink_to(elsewhere)
    why = giveback.deliver(Learner("amy", home, None, None), {"README.md": "x"}, sys.executable)
    assert why == "refused: feedback: a symbolic link, not followed; nothing more written"
    assert list(elsewhere.iterdir()) == []


# --- as the learner, with real accounts ------------------------------------------------------------


@contextlib.contextmanager
def _learners(tmp_path: Path, count: int):
    """Real accounts made as the hub makes them, each with a workspace folder of its own."""
    from coursekit.hub import accounts

    names = [f"hubx{secrets.token_hex(3)}" for _ in range(count)]
    try:
        places = [accounts.place_for(name, "system", tmp_path / "state") for name in names]
        for place in places:
            place.workspace.mkdir()
            (place.workspace / ".course").mkdir()
            subprocess.run(["chown", "-R", f"{place.uid}:{place.gid}", str(place.workspace)], check=True)
        yield [Learner(n, p.home, p.uid, p.gid) for n, p in zip(names, places, strict=True)]
    finally:
        for name in names:
            subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)


@needs_root
def test_return_writes_as_the_learner_who_opens_it_and_refuses_planted_links(tmp_path):
    with _learners(tmp_path, 3) as (amy, ben, cy):
        os.symlink("/etc", amy.workspace / "feedback")
        os.lchown(amy.workspace / "feedback", amy.uid, amy.gid)
        os.symlink(cy.workspace, ben.workspace / "feedback")  # into a classmate's workspace
        os.lchown(ben.workspace / "feedback", ben.uid, ben.gid)
        files = giveback.pages_for(_marked(tmp_path), briefings.rubric())["amy"]
        assert "symbolic link" in giveback.deliver(amy, files)
        assert "symbolic link" in giveback.deliver(ben, files)
        assert not Path("/etc/README.md").exists() and not (cy.workspace / "README.md").exists()
        returned = dt.datetime.now(UTC).timestamp()
        assert giveback.deliver(cy, files) == ""
        page = cy.workspace / "feedback" / "README.md"
        assert (page.stat().st_uid, page.stat().st_gid) == (cy.uid, cy.gid)
        assert giveback.opened(cy, returned) == "not opened yet"
        read = subprocess.run(["cat", str(page)], user=cy.uid, group=cy.gid, extra_groups=[], capture_output=True,
                              text=True, check=True)  # JupyterLab, as the learner, reads the page it opens
        assert "A briefing a minister could use." in read.stdout
        assert giveback.opened(cy, returned) == "read since it was returned (probably opened)"


@needs_root
@pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")
def test_update_workspaces_runs_as_the_learner_and_keeps_their_edit(tmp_path):
    from coursekit.hub.teacher.deliver import update_one

    course = json.loads((REPO / "notebooks" / "02-acsa.ipynb").read_text())
    with _learners(tmp_path, 1) as (amy,):
        run = subprocess.run([str(Path(LEARNER_BIN) / "python"), "-I", "-m", "helpers", "workspace",
                              str(amy.workspace)], user=amy.uid, group=amy.gid, extra_groups=[], cwd=amy.home,
                             capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin", "HOME": str(amy.home)})
        nb_path = amy.workspace / "02-acsa.ipynb"
        base_path = amy.workspace / BASE_DIR / "02-acsa.ipynb"
        old = json.loads(base_path.read_text())  # the version the copy came from: make one cell differ from today's
        first_md = next(i for i, c in enumerate(old["cells"]) if c["cell_type"] == "markdown")
        old["cells"][first_md]["source"] = "An older version of this text."
        answer = next(i for i, c in enumerate(old["cells"]) if "answer_2_1 = ..." in "".join(c["source"]))
        mine = json.loads(json.dumps(old))
        mine["cells"][answer]["source"] = "answer_2_1 = 'my own answer'"
        for path, data in ((base_path, old), (nb_path, mine)):
            path.write_text(json.dumps(data))
            os.chown(path, amy.uid, amy.gid)
        state = json.loads((amy.workspace / ".course" / "workspace.json").read_text())
        state["files"]["02-acsa.ipynb"]["sha256"] = "an older course version"
        (amy.workspace / ".course" / "workspace.json").write_text(json.dumps(state))
        done, text = update_one(amy, str(Path(LEARNER_BIN) / "python"))
        assert done, text + run.stdout
        assert "02-acsa.ipynb: merged" in text
        cells = json.loads(nb_path.read_text())["cells"]
        sources = ["".join(c["source"]) for c in cells]
        assert "answer_2_1 = 'my own answer'" in sources
        assert "".join(course["cells"][first_md]["source"]) in sources
        assert "An older version of this text." not in sources
        for path in amy.workspace.rglob("*"):
            assert path.lstat().st_uid == amy.uid, path  # nothing written by root
        assert pwd.getpwuid(nb_path.stat().st_uid).pw_name == amy.username


@needs_root
@pytest.mark.skipif(not Path("/usr/bin/unshare").exists(), reason="the sandbox needs unshare")
def test_the_sandbox_runs_when_the_submissions_are_inside_the_course_folder(tmp_path):
    """`make grade SUB=submissions/DATE` hides the course folder and submissions/ inside it; the run must still start."""
    from coursekit.hub.grading.sandbox import Limits, Sandbox

    course = tmp_path / "course"
    (course / "submissions" / "2026-12-07").mkdir(parents=True)
    box = Sandbox(Path("/usr/bin/python3"), Limits(), [course, course / "submissions"])
    outcome = box.run(["{python}", "-c", "print('ran')"], {})
    box.clean(outcome)
    assert not outcome.note, outcome.note
