"""A hostile learner against the hub's accounts, passwords and workspaces: one test per attack.

The account tests need root (real accounts, named ``hubx<random>``, always deleted), the workspace
repair also a learner environment (``make test-hub`` gives one).
"""

from __future__ import annotations

import contextlib
import io
import os
import pwd
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.hub import accounts

ROOT = os.geteuid() == 0
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
needs_root = pytest.mark.skipif(not ROOT, reason="real accounts need root")


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
