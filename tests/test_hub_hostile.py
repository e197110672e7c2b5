"""A hostile learner against the teacher's tools and the hub's accounts: one test per attack.

Learners control every file in their homes and run any code in their
kernels; the teacher's tools and the hub run as root. Collection and the
report are tested on folders made here (no hub); the account tests need
root (real accounts, named ``hubx<random>``, always deleted), the
workspace repair also a learner environment (``make test-hub`` gives one).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.hub import accounts
from coursekit.hub.teacher.collect import collect
from coursekit.hub.teacher.progress import class_progress
from coursekit.hub.teacher.report import course_exercises, render_html

ROOT = os.geteuid() == 0
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
needs_root = pytest.mark.skipif(not ROOT, reason="real accounts need root")


def _line(exercise, status="right", mistake=None, n=1, **extra):
    return json.dumps({"format": "course-progress/1", "time": "2026-12-01T08:30:00Z", "exercise": exercise,
                       "notebook": "02", "status": status, "mistake": mistake, "try": n, **extra})


def _home(root: Path, name: str, notebook: str = '{"cells": [1]}', progress: str = "") -> Path:
    """A learner's home with a workspace holding one notebook and a progress file; returns the workspace."""
    ws = root / name / "workspace"
    (ws / ".course").mkdir(parents=True)
    (ws / "02-acsa.ipynb").write_text(notebook, encoding="utf-8")
    (ws / ".course" / "progress.jsonl").write_text(progress, encoding="utf-8")
    return ws


def _book(folder: Path) -> dict:
    return json.loads((folder / "collection.json").read_text(encoding="utf-8"))


@pytest.fixture
def homes(tmp_path):
    """Two learners: ``amy`` (the attacker, her attacks planted by each test) and ``ben`` (honest)."""
    return {"amy": _home(tmp_path / "home", "amy"), "ben": _home(tmp_path / "home", "ben", '{"ben": "work"}')}


def _collected(folder: Path, name: str) -> set[str]:
    return {str(p.relative_to(folder / name)) for p in (folder / name).rglob("*") if p.is_file()}


# --- collection -----------------------------------------------------------------------------------


def test_collect_does_not_follow_a_link_to_a_root_only_file(homes, tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$secret-hash:19000:0:99999:7:::\n")
    secret.chmod(0o600)
    (homes["amy"] / "03-stolen.ipynb").symlink_to(secret)
    folder = collect(homes, tmp_path / "submissions")
    assert "03-stolen.ipynb" not in _collected(folder, "amy")
    assert "secret-hash" not in "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file()
                                        and p.name != "collection.json")
    skipped = _book(folder)["learners"]["amy"]["skipped"]
    assert skipped == [{"path": "03-stolen.ipynb", "reason": f"a symbolic link (to {str(secret)!r}), not followed"}]


def test_collect_does_not_credit_a_link_to_a_classmates_notebook(homes, tmp_path):
    (homes["amy"] / "02-acsa.ipynb").unlink()
    (homes["amy"] / "02-acsa.ipynb").symlink_to(homes["ben"] / "02-acsa.ipynb")
    folder = collect(homes, tmp_path / "submissions")
    assert _collected(folder, "amy") == {".course/progress.jsonl"}
    assert (folder / "ben" / "02-acsa.ipynb").read_text() == '{"ben": "work"}'


def test_collect_does_not_copy_the_instructor_solutions_through_a_link(homes, tmp_path):
    solutions = Path(__file__).resolve().parents[1] / "notebooks" / "solutions"
    (homes["amy"] / "04-sol.ipynb").symlink_to(solutions / "02-acsa.ipynb")
    (homes["amy"] / "05-dir.ipynb").symlink_to(solutions)
    folder = collect(homes, tmp_path / "submissions")
    assert not {"04-sol.ipynb", "05-dir.ipynb"} & _collected(folder, "amy")


def test_collect_a_link_to_dev_zero_copies_nothing_and_stops_nothing(homes, tmp_path):
    (homes["amy"] / "01-zero.ipynb").symlink_to("/dev/zero")
    folder = collect(homes, tmp_path / "submissions")
    assert sum(p.stat().st_size for p in folder.rglob("*")) < 100_000
    assert "01-zero.ipynb" not in _collected(folder, "amy") and "02-acsa.ipynb" in _collected(folder, "ben")


def test_a_fifo_and_a_folder_named_like_notebooks_stop_no_one(homes, tmp_path):
    os.mkfifo(homes["amy"] / "01-fifo.ipynb")
    (homes["amy"] / "03-folder.ipynb").mkdir()
    folder = collect(homes, tmp_path / "submissions")  # a FIFO opened for reading would block here forever
    book = _book(folder)["learners"]
    assert {s["path"]: s["reason"] for s in book["amy"]["skipped"]} == {
        "01-fifo.ipynb": "a FIFO (named pipe)", "03-folder.ipynb": "a folder"}
    assert _collected(folder, "amy") == {"02-acsa.ipynb", ".course/progress.jsonl"}
    assert book["ben"]["status"] == "collected" and "02-acsa.ipynb" in _collected(folder, "ben")


def test_a_symlinked_workspace_or_course_folder_is_not_followed(homes, tmp_path):
    (homes["ben"] / ".course" / "progress.jsonl").write_text(_line("2.1") + "\n")
    amy_home = homes["amy"].parent
    (amy_home / "workspace" / ".course" / "progress.jsonl").unlink()
    (amy_home / "workspace" / ".course").rmdir()
    (amy_home / "workspace" / ".course").symlink_to(homes["ben"] / ".course")
    folder = collect(homes, tmp_path / "submissions")
    assert ".course/progress.jsonl" not in _collected(folder, "amy")
    cy = _home(tmp_path / "home", "cy")
    shutil.rmtree(cy)
    cy.symlink_to(homes["ben"])
    folder = collect({**homes, "cy": cy}, tmp_path / "submissions")
    assert not (folder / "cy").exists() or not _collected(folder, "cy")
    assert _book(folder)["learners"]["cy"]["skipped"][0]["path"] == "workspace"
    assert _book(folder)["learners"]["cy"]["status"] == "no work yet"


def test_collect_caps_each_file_and_each_learner(homes, tmp_path):
    from coursekit.hub.teacher.collect import Limits

    (homes["amy"] / "01-big.ipynb").write_bytes(b"x" * 5000)
    for i in range(3, 8):
        (homes["amy"] / f"0{i}-part.ipynb").write_bytes(b"y" * 900)
    folder = collect(homes, tmp_path / "submissions", limits=Limits(per_file=1000, per_learner=3000))
    reasons = {s["path"]: s["reason"] for s in _book(folder)["learners"]["amy"]["skipped"]}
    assert reasons["01-big.ipynb"].startswith("larger than 1,000 bytes")
    assert any("limit per learner" in r for r in reasons.values())
    assert sum(p.stat().st_size for p in (folder / "amy").rglob("*") if p.is_file()) <= 3000


def test_every_roster_learner_appears_even_one_who_never_logged_in(homes, tmp_path):
    from coursekit.hub.teacher.collect import summary

    empty = tmp_path / "home" / "dee" / "workspace"
    empty.parent.mkdir()
    folder = collect({**homes, "cy": None, "dee": empty}, tmp_path / "submissions")
    book = _book(folder)
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
    ws = _home(tmp_path / "home", "amy")
    for path in [ws.parent, *ws.parent.rglob("*")]:
        os.lchown(path, nobody.pw_uid, nobody.pw_gid)
    secret = tmp_path / "home" / "root-secret"
    secret.write_text("secret")
    os.link(secret, ws / "03-linked.ipynb")
    folder = collect({"amy": ws}, tmp_path / "submissions")
    assert "03-linked.ipynb" not in _collected(folder, "amy")
    assert "02-acsa.ipynb" in _collected(folder, "amy")


# --- the teacher's report -------------------------------------------------------------------------


def test_report_escapes_learner_ids(tmp_path):
    from coursekit.hub.teacher.progress import Cell, ClassProgress

    bad = "<script>alert(1)</script>"
    ws = _home(tmp_path, "amy", progress="\n".join([
        _line(bad), _line("2.1", "wrong", mistake=bad), _line("2.1", "wrong", mistake="x'><script>")]) + "\n")
    page = render_html(class_progress({"amy": ws}, course_exercises()))
    assert "<script" not in page.lower()
    forged = ClassProgress((bad,), ("amy",), {("amy", bad): Cell("attempted", 1, (bad,))}, (bad,))
    assert "<script>alert" not in render_html(forged)


def test_bad_lines_are_listed_with_file_and_line_never_a_crash(tmp_path):
    lines = [_line("2.1", "wrong", mistake=5), _line("2.\u00b2"), "not json", _line("2.1", padding="z" * 10_000),
             _line("2.1", n=True), _line("2.1", "hacked"), _line("2.1")]
    ws = _home(tmp_path, "amy", progress="\n".join(lines) + "\n")
    p = class_progress({"amy": ws}, course_exercises())
    assert p.cell("amy", "2.1").state == "solved" and p.cell("amy", "2.1").tries == 1
    assert [n.split(":")[1] for n in p.notes] == ["1", "2", "3", "4", "5", "6"]
    assert all(n.startswith(f"{ws}/.course/progress.jsonl:") for n in p.notes)
    page = render_html(p)
    assert "progress.jsonl:2: the exercise id is not of the form" in page


def test_an_oversized_progress_file_is_read_only_up_to_the_cap(tmp_path):
    from coursekit.hub.teacher.progress import PROGRESS_LIMIT

    ws = _home(tmp_path, "amy")
    line = _line("2.1", "wrong") + "\n"
    with open(ws / ".course" / "progress.jsonl", "w") as out:
        out.write(line * (PROGRESS_LIMIT // len(line) * 3))
    p = class_progress({"amy": ws}, course_exercises())
    assert any("only the first" in n for n in p.notes)
    assert p.cell("amy", "2.1").tries <= PROGRESS_LIMIT // len(line)
    assert len(render_html(p)) < 2_000_000


def test_unknown_exercises_add_no_columns(tmp_path):
    ws = _home(tmp_path, "amy", progress="\n".join(_line(f"9.{i}") for i in range(500)) + "\n")
    p = class_progress({"amy": ws}, course_exercises())
    assert p.exercises == tuple(course_exercises())
    assert len(p.notes) < 30 and "more lines skipped" in p.notes[-1]


def test_a_progress_file_linked_to_a_classmates_is_not_credited(tmp_path):
    ben = _home(tmp_path, "ben", progress=_line("2.1") + "\n")
    amy = _home(tmp_path, "amy")
    (amy / ".course" / "progress.jsonl").unlink()
    (amy / ".course" / "progress.jsonl").symlink_to(ben / ".course" / "progress.jsonl")
    cy = _home(tmp_path, "cy")
    (cy / ".course" / "progress.jsonl").unlink()
    (cy / ".course").rmdir()
    (cy / ".course").symlink_to(ben / ".course")
    p = class_progress({"amy": amy, "ben": ben, "cy": cy}, course_exercises())
    assert p.cell("ben", "2.1").state == "solved"
    assert p.cell("amy", "2.1").state == "not started" and p.cell("cy", "2.1").state == "not started"
    assert any("amy" in n and "symbolic link" in n for n in p.notes)


def test_the_report_lists_who_never_logged_in(tmp_path):
    ws = _home(tmp_path, "amy", progress=_line("2.1") + "\n")
    p = class_progress({"amy": ws, "cy": None, "dee": tmp_path / "dee" / "workspace"}, course_exercises())
    page = render_html(p)
    assert "not logged in:</strong> cy, dee" in page
    assert "<th scope='row'>cy</th><td colspan=" in page


def test_the_report_reads_the_status_of_a_collection(homes, tmp_path):
    from coursekit.hub.teacher.report import collected_status

    folder = collect({**homes, "cy": None}, tmp_path / "submissions")
    spaces = {name: folder / name for name in ("amy", "ben", "cy")}
    page = render_html(class_progress(spaces, course_exercises(), collected_status(folder)))
    assert "not logged in:</strong> cy" in page


# --- accounts -------------------------------------------------------------------------------------


@contextlib.contextmanager
def _account(name: str, comment: str = "someone's own account"):
    subprocess.run(["useradd", "--create-home", "--comment", comment, name], check=True, capture_output=True)
    try:
        yield pwd.getpwnam(name)
    finally:
        subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)


@needs_root
@pytest.mark.parametrize("name", ["root", "sync", "daemon"])
def test_a_roster_name_that_is_a_system_account_is_refused(name, tmp_path):
    before = os.stat(pwd.getpwnam(name).pw_dir)
    with pytest.raises(RuntimeError, match=r"system account .* Give this person another username"):
        accounts.place_for(name, "system", tmp_path / "state")
    after = os.stat(pwd.getpwnam(name).pw_dir)
    assert (after.st_uid, after.st_mode) == (before.st_uid, before.st_mode)


@needs_root
def test_an_existing_account_the_hub_did_not_make_is_refused(tmp_path):
    name = f"hubx{secrets.token_hex(3)}"
    with _account(name) as entry:
        assert entry.pw_uid >= 1000
        with pytest.raises(RuntimeError, match=r"did not\s+create"):
            accounts.place_for(name, "system", tmp_path / "state")
        from coursekit.hub.roster import parse_roster
        from coursekit.hub.serve import roster_problems

        roster = parse_roster(f"username,role,name\nt-{name},teacher,\n{name},learner,\n")
        assert any(name in p and "did not create" in p for p in roster_problems(roster, tmp_path, True))


@needs_root
def test_a_group_name_is_refused(tmp_path):
    with pytest.raises(RuntimeError, match="existing group"):
        accounts.place_for("sudo", "system", tmp_path / "state")


@needs_root
def test_an_account_the_hub_made_is_used_again(tmp_path):
    name = f"hubx{secrets.token_hex(3)}"
    state = tmp_path / "state"
    try:
        first = accounts.place_for(name, "system", state)
        assert accounts.place_for(name, "system", state) == first
        assert oct(os.stat(first.home).st_mode & 0o777) == "0o700"
    finally:
        subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)


@needs_root
def test_a_home_folder_that_already_existed_is_not_taken_over(tmp_path):
    name = f"hubx{secrets.token_hex(3)}"
    home = Path("/home") / name
    home.mkdir(mode=0o755)
    try:
        with pytest.raises(RuntimeError, match="already existed"):
            accounts.place_for(name, "system", tmp_path / "state")
        assert home.stat().st_uid == 0 and oct(home.stat().st_mode & 0o777) == "0o755"
        with pytest.raises(KeyError):
            pwd.getpwnam(name)
    finally:
        subprocess.run(["userdel", name], capture_output=True, check=False)
        home.rmdir()


@needs_root
@pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")
def test_repairing_a_workspace_never_writes_through_the_learners_links(tmp_path):
    name = f"hubx{secrets.token_hex(3)}"
    python = str(Path(LEARNER_BIN) / "python")
    target = tmp_path / "root-only"
    target.mkdir(mode=0o700)
    try:
        place = accounts.place_for(name, "system", tmp_path / "state")
        assert accounts.ensure_workspace(place, python)
        ws = place.workspace
        assert os.stat(ws / "00-start-here.ipynb").st_uid == place.uid
        (ws / "00-start-here.ipynb").unlink()
        (ws / "00-start-here.ipynb").symlink_to(target / "planted.ipynb")  # dangling, into root's folder
        subprocess.run(["rm", "-rf", str(ws / ".course")], check=True)
        (ws / ".course").symlink_to(target)
        os.lchown(ws / "00-start-here.ipynb", place.uid, place.gid)
        os.lchown(ws / ".course", place.uid, place.gid)
        with contextlib.suppress(RuntimeError):  # the learner's own account may not write there: refused
            accounts.ensure_workspace(place, python)
        assert list(target.iterdir()) == []
    finally:
        subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)


# --- teachers' passwords --------------------------------------------------------------------------


def test_the_hub_will_not_start_while_a_teacher_has_no_password(tmp_path):
    pytest.importorskip("bcrypt")  # installed with the hub (make test-hub)
    from coursekit.hub.passwords import main as passwords_main
    from coursekit.hub.roster import parse_roster
    from coursekit.hub.serve import roster_problems

    (tmp_path / "class.csv").write_text("username,role,name\nt-kim,teacher,\nben,learner,\n")
    roster = parse_roster((tmp_path / "class.csv").read_text())
    (problem,) = roster_problems(roster, tmp_path / "state", False, "class.csv")
    assert problem.startswith("t-kim: no password yet. Run `make teacher-passwords CLASS=class.csv`")
    stdin, sys.stdin = sys.stdin, io.StringIO("a long teacher password\n")
    try:
        assert passwords_main(["--roster", str(tmp_path / "class.csv"), "--state", str(tmp_path / "state"),
                               "--stdin"]) == 0
    finally:
        sys.stdin = stdin
    assert roster_problems(roster, tmp_path / "state", False, "class.csv") == []


# --- grading: the trusted grader reads a sandbox's answers file as hostile data --------------------

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
                         text=True, timeout=300, cwd=Path(__file__).resolve().parents[1], check=False)
    assert run.returncode == 0, run.stderr[-600:]  # a MemoryError here stops the grading of the whole class
    points, note, peak_kib = json.loads(run.stdout)
    assert points == 0 and "could not be read back" in note
    assert peak_kib < 1 << 20, f"the grader grew to {peak_kib >> 10} MiB"


_TYPIST = """import fcntl, os, termios
open(os.path.expanduser("~/planted-ran"), "w").write(os.readlink("/proc/self/fd/0"))
for c in b"echo typed-by-a-learner-for-root\\n":
    fcntl.ioctl(0, termios.TIOCSTI, bytes([c]))
"""


@needs_root
@pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")
def test_making_a_workspace_never_hands_the_learner_the_hubs_terminal(tmp_path):
    """A learner's ``~/helpers`` typing commands into the terminal of ``sudo make hub`` (root's shell runs them)."""
    import pty
    import select

    name = f"hubx{secrets.token_hex(3)}"
    try:
        place = accounts.place_for(name, "system", tmp_path / "state")
        (place.home / "helpers").mkdir()
        (place.home / "helpers" / "__init__.py").write_text("")
        (place.home / "helpers" / "__main__.py").write_text(_TYPIST)
        subprocess.run(["chown", "-R", f"{place.uid}:{place.gid}", str(place.home / "helpers")], check=True)
        pid, master = pty.fork()  # the child stands for the hub, run from a terminal
        if pid == 0:
            with contextlib.suppress(BaseException):
                accounts.ensure_workspace(place, str(Path(LEARNER_BIN) / "python"))
                ready, _, _ = select.select([0], [], [], 2)
                (tmp_path / "hub-read").write_bytes(os.read(0, 200) if ready else b"")
            os._exit(0)
        with contextlib.suppress(OSError):
            while os.read(master, 1000):
                pass
        os.waitpid(pid, 0)
        os.close(master)
        assert (tmp_path / "hub-read").read_bytes() == b""
        assert not (place.home / "planted-ran").exists()
        assert (place.workspace / ".course" / "workspace.json").is_file()
    finally:
        subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)


def test_a_notebook_name_cannot_write_control_sequences_to_the_teachers_terminal(tmp_path):
    """``make grade`` names a notebook it cannot open; the name is the learner's (any byte but / and NUL)."""
    from coursekit.hub.grading.sandbox import Limits, Sandbox
    from coursekit.hub.teacher.grade import NotebookError, grade_notebook

    name = "00-\x1b]0;graded\x07\x1b[2J\rall 40 notebooks graded\n.ipynb"
    (tmp_path / name).write_text("{ not a notebook", encoding="utf-8")
    with pytest.raises(NotebookError) as error:
        grade_notebook(tmp_path / name, ["0.1"], Sandbox(Path(sys.executable), Limits(), []))
    assert str(error.value).isprintable() and "\\x1b[2J" in str(error.value)


def test_a_fifo_in_a_workspace_never_blocks_its_repair_for_ever(tmp_path, monkeypatch):
    """The hub makes workspaces in a few threads (6 on a 2-core machine): one blocked for ever is one lost."""
    import threading

    from coursekit.hub.grading.sandbox import processes_of

    place = accounts.Place(tmp_path / "amy", tmp_path / "amy" / "workspace", None, None)
    assert accounts.ensure_workspace(place)
    (place.workspace / ".course" / "workspace.json").unlink()
    os.mkfifo(place.workspace / ".course" / "workspace.json")  # what the repair reads first
    monkeypatch.setattr(accounts, "WORKSPACE_SECONDS", 5, raising=False)
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(_raised(accounts.ensure_workspace, place)), daemon=True)
    thread.start()
    thread.join(60)
    for pid in processes_of(os.getuid()):  # a repair left blocked on the old code: stopped by its pid
        with contextlib.suppress(OSError), open(f"/proc/{pid}/cmdline", "rb") as f:
            if pid != os.getpid() and str(place.workspace).encode() in f.read():
                os.kill(pid, 9)
    thread.join(10)
    assert outcome and isinstance(outcome[0], accounts.AccountError) and "FIFO" in str(outcome[0])


def _raised(function, *args):
    try:
        return function(*args)
    except Exception as error:  # the test looks at which
        return error
