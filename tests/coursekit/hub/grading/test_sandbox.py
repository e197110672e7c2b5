"""Hostile submissions graded as root: none can read, write, outlive, exhaust or patch anything.

Each learner below hands in the instructor's notebook 00 with one hostile
cell added. The cell spoils one of its own right answers when its attack
works (it read a secret, allocated past the limit...), so a mark of 2 means
the attack failed. The whole folder is graded once, as ``make grade`` does,
from a relative ``SUB=``. Needs root, ``unshare`` and the learners' Python
(``COURSE_HUB_LEARNER_BIN``, set by ``make test-hub``).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.hub.grading.sandbox import UID_RANGE
from coursekit.hub.teacher.grade import main

ROOT = Path(__file__).resolve().parents[4]
SOLUTION = ROOT / "notebooks" / "solutions" / "00-start-here.ipynb"
HIDDEN = ROOT / "coursekit" / "hub" / "grading" / "hidden.py"
SLEEP = "6543"  # a detached `sleep 6543` must not survive grading


def learner_python() -> Path | None:
    folder = os.environ.get("COURSE_HUB_LEARNER_BIN")
    # Only the learners' environment make test-hub has just built from this tree: one left on the
    # machine by an earlier build holds an older helpers, and would grade against stale answer keys.
    return Path(folder) / "python" if folder else None


def _why_skip() -> str:
    if os.geteuid() != 0:
        return "the sandbox needs root (make test-hub runs as root in CI)"
    if shutil.which("unshare") is None or shutil.which("setpriv") is None:
        return "no unshare/setpriv on this machine"
    python = learner_python()
    if python is None or not python.exists():
        return "no learners' Python: make test-hub sets COURSE_HUB_LEARNER_BIN to the environment it builds"
    return ""


pytestmark = pytest.mark.skipif(bool(_why_skip()), reason=_why_skip() or "ok")


def _markers(folder: Path) -> list[Path]:
    return [folder / "planted.txt", folder / "grades" / "planted.txt", ROOT / "coursekit" / "hub" / "grading" / "planted_marker.py",
            Path("/etc/cron.d/course-grading-planted"), Path("/tmp/course-grading-planted"),
            folder / "ana" / "planted.txt"]


def _notebook(dest: Path, extra: str = "", replace: dict[str, str] | None = None, keep_answers: bool = True) -> None:
    nb = json.loads(SOLUTION.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        for marker, code in (replace or {}).items():
            if cell["cell_type"] == "code" and marker in source:
                cell["source"] = code
        if not keep_answers and cell["cell_type"] == "code" and "answer_" in source:
            cell["source"] = "pass"
    if extra:
        nb["cells"].append({"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                            "source": extra})
    dest.mkdir(parents=True, exist_ok=True)
    (dest / SOLUTION.name).write_text(json.dumps(nb), encoding="utf-8")


def _reader(folder: Path) -> str:
    return f"""
def _read(path):
    try:
        with open(path, "rb") as f:
            return bool(f.read(10))
    except Exception:
        return False
if _read("/etc/shadow"): answer_0_1 = "read /etc/shadow"
if _read({str(folder / 'ana' / SOLUTION.name)!r}): answer_0_2 = "read a classmate's work"
if _read({str(HIDDEN)!r}): answer_0_3 = "read the hidden checks"
"""


def _writer(folder: Path) -> str:
    return f"""
written = []
for path in {[str(p) for p in _markers(folder)]!r}:
    try:
        with open(path, "w") as f:
            f.write("planted")
        written.append(path)
    except Exception:
        pass
written = [p for p in written if not p.startswith("/tmp/course-grading")]  # its own private /tmp
if written: answer_0_1 = "wrote " + " ".join(written)
"""


LEAVER = f"""
import os, subprocess
subprocess.Popen(["setsid", "sleep", "{SLEEP}"], start_new_session=True)
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execvp("sleep", ["sleep", "{SLEEP}"])
    os._exit(0)
"""
MEMORY = """
big = b"x" * (1536 << 20)
answer_0_4 = "allocated 1.5 GiB"
"""
FORKER = """
import subprocess
import sys
started = []
for _ in range(150):
    try:
        started.append(subprocess.Popen(["sleep", "30"]))
    except Exception:
        break
if len(started) >= 150: answer_0_1 = f"started {len(started)} processes"
"""
PATCHER = """
import helpers, helpers.exercises
helpers.check = helpers.exercises.check = check = lambda *a, **k: True
try:
    import coursekit.hub.grading.cases, coursekit.hub.grading.hidden
    coursekit.hub.grading.cases.public = coursekit.hub.grading.cases.hidden = lambda *a, **k: True
    coursekit.hub.grading.hidden.hidden_verdict = lambda *a, **k: (True, "")
except Exception:
    pass
"""


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    top = tmp_path_factory.mktemp("submissions")
    folder = top / "2026-12-01"
    for marker in _markers(folder):
        marker.unlink(missing_ok=True)
    _notebook(folder / "ana")
    _notebook(folder / "reader", _reader(folder))
    _notebook(folder / "writer", _writer(folder))
    _notebook(folder / "leaver", LEAVER)
    _notebook(folder / "memory", MEMORY)
    _notebook(folder / "forker", FORKER)
    _notebook(folder / "patcher", PATCHER, keep_answers=False)
    _notebook(folder / "typed", replace={"answer_0_1 =": 'answer_0_1 = 9\ncheck("0.1", answer_0_1)'})
    _notebook(folder / "renamed", replace={"answer_0_2 =": (
        'answer_0_2b = len(article.paragraphs[2].text.split())\ncheck("0.2", answer_0_2b)')})
    (folder / "broken").mkdir()
    (folder / "broken" / SOLUTION.name).write_text("{ this is not a notebook", encoding="utf-8")
    learners = {n: {"status": "collected", "skipped": []} for n in
                ("ana", "reader", "writer", "leaver", "memory", "forker", "patcher", "typed", "renamed", "broken")}
    learners["ghost"] = {"status": "not logged in", "skipped": []}
    (folder / "collection.json").write_text(json.dumps({"format": "course-collection/1", "learners": learners}))
    here, out = os.getcwd(), io.StringIO()
    os.chdir(top)  # SUB= relative, as `make grade SUB=submissions/DATE` gives it
    try:
        with contextlib.redirect_stdout(out):
            code = main(["2026-12-01", "--learner-python", str(learner_python()), "--memory-mb", "768",
                         "--processes", "100", "--cell-seconds", "20", "--run-seconds", "240"])
    finally:
        os.chdir(here)
    print(out.getvalue())
    with open(folder / "grades" / "gradebook.csv", encoding="utf-8") as f:
        book = {row["learner"]: row for row in csv.DictReader(line for line in f if not line.startswith("#"))}
    yield folder, book, code, out.getvalue()
    for marker in _markers(folder):
        marker.unlink(missing_ok=True)


def _page(folder: Path, name: str) -> str:
    return (folder / "grades" / "feedback" / f"{name}.html").read_text(encoding="utf-8")


def test_a_relative_folder_gives_the_instructor_answers_full_marks(graded):
    _, book, *_ = graded
    assert book["ana"]["total"] == "8"


def test_a_submission_cannot_read_etc_shadow(graded):
    assert graded[1]["reader"]["0.1"] == "2"


def test_a_submission_cannot_read_a_classmates_submission(graded):
    assert graded[1]["reader"]["0.2"] == "2"


def test_a_submission_cannot_read_the_hidden_checks(graded):
    assert graded[1]["reader"]["0.3"] == "2"


def test_a_submission_cannot_write_outside_its_own_folder(graded):
    folder, book, *_ = graded
    assert [m for m in _markers(folder) if m.exists()] == []
    assert book["writer"]["0.1"] == "2"


def test_nothing_a_submission_starts_outlives_grading(graded):
    assert graded[1]["leaver"]["total"] == "8"
    alive = subprocess.run(["pgrep", "-f", f"sleep {SLEEP}"], capture_output=True, text=True).stdout.split()
    assert alive == []
    assert [p for p in os.listdir("/proc") if p.isdigit() and _uid(p) in UID_RANGE] == []


def _uid(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            return int(next(line for line in f if line.startswith("Uid:")).split()[1])
    except (OSError, StopIteration):
        return -1


def test_a_submission_cannot_allocate_past_the_memory_limit(graded):
    folder, book, *_ = graded
    assert book["memory"]["0.4"] == "2", "the allocation went through"
    assert book["memory"]["0.1"] == "2", "the cells before it still count"
    assert "stopped the kernel" in _page(folder, "memory")


def test_a_submission_cannot_fork_past_the_process_limit(graded):
    assert graded[1]["forker"]["0.1"] == "2"


def test_patching_the_grader_inside_the_notebook_changes_no_mark(graded):
    assert graded[1]["patcher"]["total"] == "0"


def test_a_typed_in_answer_gets_no_marks_as_live(graded):
    folder, book, *_ = graded
    assert book["typed"]["0.1"] == "0" and book["typed"]["0.2"] == "2"
    assert "typed in" in _page(folder, "typed")


def test_an_answer_under_another_name_gets_a_note(graded):
    folder, book, *_ = graded
    assert "kept as answer_0_2b" in _page(folder, "renamed")
    assert book["renamed"]["0.2"] == "2"


def test_an_unreadable_notebook_is_named_and_the_run_fails(graded):
    folder, book, code, out = graded
    assert code == 1
    assert f"could not grade {folder / 'broken' / SOLUTION.name}" in out
    assert book["broken"]["total"] == "0" and "could not be opened" in _page(folder, "broken")


def test_a_learner_who_never_logged_in_has_a_row(graded):
    folder, book, *_ = graded
    assert book["ghost"]["total"] == "0" and "not logged in" in _page(folder, "ghost")


def test_the_gradebook_says_what_auto_marks_measure(graded):
    folder, *_ = graded
    first = (folder / "grades" / "gradebook.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# auto-marks measure completion, not secrecy")


def test_the_submissions_folder_is_kept_private(graded):
    """The sandbox hides it anyway; the teacher's copy of the learners' work is not left open to every account."""
    folder, *_ = graded
    assert not os.stat(folder).st_mode & 0o007
    assert not os.stat(folder / "grades").st_mode & 0o007


# --- what a box could share with the grader's side: IPC objects, the session keyring, standard input ---

_PROBE = r'''
import ctypes, json, os, struct
libc = ctypes.CDLL(None, use_errno=True)
out = {"shm": libc.shmget(0x41544b32, 1 << 20, 0o1000 | 0o666)}  # IPC_CREAT, readable by every account
buf = ctypes.create_string_buffer(4096)
n = libc.syscall(250, 11, ctypes.c_int(-3), buf, 4096)  # KEYCTL_READ of the session keyring
out["keys"] = [libc.syscall(250, 11, ctypes.c_int(k), buf, 4096) > 0 and buf.raw[:14].decode("latin-1")
               for k in (struct.unpack("%di" % (n // 4), buf.raw[:n]) if n > 0 else [])]
out["planted"] = libc.syscall(248, b"user", b"box-planted", b"x", 1, ctypes.c_int(-3)) > 0
out["stdin"] = os.read(0, 100).decode("latin-1")
open(os.environ["GRADE_ANSWERS"], "w").write(json.dumps(out))
'''
_GRADER = r'''
import ctypes, json, os, struct, sys
from pathlib import Path
from coursekit.hub.grading.sandbox import Limits, Sandbox
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall(250, 1, b"teacher-session")  # the teacher's login keyring (pam_keyinit gives one), with a key
libc.syscall(248, b"user", b"teacher-key", b"TEACHER-KEY-42", 14, ctypes.c_int(-3))
box = Sandbox(Path(sys.argv[1]), Limits(wall_seconds=120), [Path.cwd()])
outcome = box.run(["{python}", "{work}/probe.py"], {"probe.py": sys.stdin.buffer.read()}, outputs=("answers.json",))
found = json.loads((outcome.work / "answers.json").read_text() or "{}")
box.clean(outcome)
buf = ctypes.create_string_buffer(4096)
n = libc.syscall(250, 11, ctypes.c_int(-3), buf, 4096)
found["teacher keys after"] = len(struct.unpack("%di" % (n // 4), buf.raw[:n]))
print(json.dumps(found))
'''


@pytest.fixture(scope="module")
def probed():
    """One box run by a grader that has a session key and whose standard input is the teacher's text."""
    with open(ROOT / "coursekit" / "hub" / "grading" / "runner.py", "rb") as stdin:  # stands for the teacher's terminal
        head = stdin.read(20).decode("latin-1")
    script = _GRADER.replace("sys.stdin.buffer.read()", repr(_PROBE.encode()))
    with open(ROOT / "coursekit" / "hub" / "grading" / "runner.py", "rb") as stdin:
        run = subprocess.run([sys.executable, "-c", script, str(learner_python())], stdin=stdin, cwd=ROOT,
                             capture_output=True, text=True, timeout=300, check=False)
    leftover = subprocess.run(["ipcs", "-m"], capture_output=True, text=True, check=False).stdout
    subprocess.run(["ipcrm", "-M", "0x41544b32"], capture_output=True, check=False)
    assert run.returncode == 0, run.stderr[-800:]
    return json.loads(run.stdout), head, leftover


def test_shared_memory_a_submission_makes_does_not_outlive_it(probed):
    found, _, leftover = probed
    assert found["shm"] >= 0 and "0x41544b32" not in leftover


def test_a_submission_cannot_read_or_fill_the_teachers_session_keyring(probed):
    found, _, _ = probed
    assert "TEACHER-KEY-42" not in found["keys"] and found["teacher keys after"] == 1


def test_a_submission_cannot_read_the_graders_standard_input(probed):
    found, head, _ = probed
    assert found["stdin"] == "" and head not in found["stdin"]


def test_a_submission_cannot_read_another_run_graded_at_the_same_time(tmp_path):
    """Two classes graded at once: a run that finds the other's folder (it can try every throwaway uid) reads nothing."""
    from coursekit.hub.grading.sandbox import Limits, Sandbox

    box = Sandbox(learner_python(), Limits(wall_seconds=60), [ROOT])
    before = set(box.base.glob("run-*")) if box.base.is_dir() else set()
    other = subprocess.Popen([sys.executable, "-c", (
        "import sys; from pathlib import Path; from coursekit.hub.grading.sandbox import Limits, Sandbox\n"
        "box = Sandbox(Path(sys.argv[1]), Limits(wall_seconds=60), [Path.cwd()])\n"
        "box.clean(box.run(['{python}', '-c', 'import time; time.sleep(20)'], "
        "{'notebook.ipynb': b'a classmate notebook'}))\n"), str(learner_python())], cwd=ROOT)
    try:
        for _ in range(200):
            found = [p for p in set(box.base.glob("run-*")) - before if (p / "notebook.ipynb").exists()]
            if found:
                break
            subprocess.run(["sleep", "0.1"], check=True)
        assert found, "the other run did not start"
        target = found[0] / "notebook.ipynb"
        probe = (f"import os\ntry:\n    data = open({str(target)!r}, 'rb').read()\nexcept OSError:\n    data = b''\n"
                 "open(os.environ['GRADE_ANSWERS'], 'wb').write(data)\n")
        outcome = box.run(["{python}", "{work}/probe.py"], {"probe.py": probe.encode()}, outputs=("answers.json",))
        try:
            assert (outcome.work / "answers.json").read_bytes() == b""
        finally:
            box.clean(outcome)
    finally:
        try:
            other.wait(timeout=120)  # it cleans its own folder
        except subprocess.TimeoutExpired:
            other.kill()
            other.wait()
