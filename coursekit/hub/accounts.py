"""Learner accounts and workspaces, prepared just before each server starts.

On a hub that runs as root every learner gets a system account (as The
Littlest JupyterHub does) with a private home (mode 0700) holding the
workspace ``~/workspace``. The hub uses only accounts it made itself: it
lists them in ``STATE/accounts-made`` (name and uid) and tags them with the
comment ``course hub learner``; a name that is any other account on the
machine (``root``, ``sync``, a colleague's login) is refused with what to
do. The workspace is created and repaired by the learner's own account,
never by root, so a link the learner left in it cannot make root write
anywhere. Without root (the one-teacher demo) every server runs as the
hub's own user in ``STATE/homes/NAME``; nothing is private then.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.i18n import LANGUAGES

__all__ = ["COMMENT", "MARKER", "WORKSPACE", "WORKSPACE_SECONDS", "AccountError", "Place", "account_problem",
           "ensure_account", "ensure_workspace", "place_for", "uid_min", "workspace_edition"]

WORKSPACE = "workspace"
COMMENT = "course hub learner"
MARKER = "accounts-made"
#: Making or repairing a workspace takes a few seconds; a learner's FIFO in it could block it for ever.
WORKSPACE_SECONDS = 120


class AccountError(RuntimeError):
    """A name the hub will not use as an account, or an account it cannot prepare; says what to do.

    >>> str(AccountError("'sync' is a system account"))
    "'sync' is a system account"
    """


@dataclass(frozen=True)
class Place:
    """Where a learner's server runs: its home, its workspace and the account's ids.

    >>> Place(Path("/home/ben"), Path("/home/ben/workspace"), 1001, 1001).workspace.name
    'workspace'
    """

    home: Path
    workspace: Path
    uid: int | None
    gid: int | None


def uid_min(login_defs: str | os.PathLike = "/etc/login.defs") -> int:
    """The lowest uid of a person's account on this machine (``UID_MIN``, 1000 when not set).

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "defs"; _ = p.write_text("# x\\nUID_MIN\\t\\t 500\\n")
    >>> uid_min(p), uid_min(p.parent / "none")
    (500, 1000)
    """
    try:
        for line in Path(login_defs).read_text(encoding="utf-8", errors="replace").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] == "UID_MIN" and words[1].isdigit():
                return int(words[1])
    except OSError:
        pass
    return 1000


def _made(state: Path) -> set[tuple[str, int]]:
    try:
        lines = (state / MARKER).read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {(w[0], int(w[1])) for w in (line.split() for line in lines) if len(w) == 2 and w[1].isdigit()}


def account_problem(username: str, state: Path) -> str | None:
    """Why ``username`` may not be used as a learner's account here, or None when it may.

    A name is usable when no account or group has it yet (the hub will make
    it), or when it is an account this hub made (listed in the marker, with
    the same uid, tagged with :data:`COMMENT`).

    >>> print(account_problem("root", Path("state")))
    'root' is a system account (uid 0, below UID_MIN ...): the hub never uses it. Give this person another username in the roster (for example root-1).
    >>> account_problem("no-such-account-here", Path("state")) is None
    True
    """
    try:
        entry = pwd.getpwnam(username)
    except KeyError:
        entry = None
    fix = f"Give this person another username in the roster (for example {username}-1)."
    if entry is None:
        try:
            grp.getgrnam(username)
        except KeyError:
            return None
        return f"{username!r} is the name of an existing group on this machine: the hub will not make an account " \
               f"with that name (it could join that group). {fix}"
    lowest = uid_min()
    if entry.pw_uid < lowest:
        return f"{username!r} is a system account (uid {entry.pw_uid}, below UID_MIN {lowest} in /etc/login.defs): " \
               f"the hub never uses it. {fix}"
    if (username, entry.pw_uid) not in _made(state) or entry.pw_gecos.split(",")[0] != COMMENT:
        return f"{username!r} is an existing account on this machine (uid {entry.pw_uid}) that the class hub did " \
               f"not create, so the hub will not use it or touch its home. {fix}"
    return None


def _record(state: Path, entry: pwd.struct_passwd) -> None:
    state.mkdir(parents=True, exist_ok=True)
    fd = os.open(state / MARKER, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        out.write(f"{entry.pw_name} {entry.pw_uid}\n")


def _check_new_home(entry: pwd.struct_passwd) -> None:
    st = os.lstat(entry.pw_dir)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != entry.pw_uid:
        subprocess.run(["userdel", entry.pw_name], capture_output=True, check=False)
        raise AccountError(
            f"the home {entry.pw_dir} of the new account {entry.pw_name!r} already existed and belongs to uid "
            f"{st.st_uid}: the hub will not use or chown it. Move that folder away, or give the learner "
            "another username in the roster."
        )
    os.chmod(entry.pw_dir, 0o700, follow_symlinks=False)


def ensure_account(username: str, state: Path) -> pwd.struct_passwd:
    """The account for ``username``: one the hub made before, or a new one (private home). Needs root.

    Raises :class:`AccountError` for any other existing account:

    >>> ensure_account("root", Path("state"))
    Traceback (most recent call last):
    ...
    coursekit.hub.accounts.AccountError: 'root' is a system account (uid 0, ...
    """
    problem = account_problem(username, state)
    if problem:
        raise AccountError(problem)
    try:
        return pwd.getpwnam(username)
    except KeyError:
        pass
    subprocess.run(
        ["useradd", "--create-home", "--shell", "/bin/bash", "--comment", COMMENT, username],
        check=True, capture_output=True, text=True,
    )
    entry = pwd.getpwnam(username)
    _check_new_home(entry)
    _record(state, entry)
    return entry


def place_for(username: str, mode: str, state: Path) -> Place:
    """The place of ``username``'s server; in ``system`` mode this creates the account if needed.

    >>> place_for("ben", "simple", Path("state")).workspace
    PosixPath('state/homes/ben/workspace')
    """
    if mode == "system":
        entry = ensure_account(username, state)
        home = Path(entry.pw_dir)
        return Place(home, home / WORKSPACE, entry.pw_uid, entry.pw_gid)
    home = state / "homes" / username
    return Place(home, home / WORKSPACE, None, None)


def _workspace_record(place: Place) -> bytes | None:
    """The workspace's ``.course/workspace.json``, read without following a learner's links; None if there is none.

    Only a regular file the home's owner owns is read (not a hard link to someone else's file).
    """
    from .safe_read import Refused, open_tree, read_file

    try:
        with open_tree(place.home, place.workspace.name, ".course") as (fd, owner):
            return read_file(fd, "workspace.json", 1 << 20, owner)[0]
    except (Refused, FileNotFoundError):
        return None


def _has_workspace(place: Place) -> bool:
    return _workspace_record(place) is not None


def workspace_edition(place: Place) -> str | None:
    """The edition (``en``, ``ja``) the learner's workspace was made in, as it records; None when it says none.

    The record is the learner's to rewrite: only one of the course's editions
    comes back from it, and a file no JSON reader takes (a million brackets
    deep) is no record at all.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); p = Place(d, d / "workspace", None, None)
    >>> workspace_edition(p) is None
    True
    >>> (d / "workspace" / ".course").mkdir(parents=True); _ = (d / "workspace/.course/workspace.json").write_text('{"lang": "ja"}')
    >>> workspace_edition(p)
    'ja'
    >>> _ = (d / "workspace/.course/workspace.json").write_text('{"lang": "ja\\nforged"}'); workspace_edition(p) is None
    True
    """
    data = _workspace_record(place)
    try:
        lang = json.loads(data).get("lang") if data is not None else None
    except (ValueError, AttributeError, RecursionError):
        return None
    return lang if isinstance(lang, str) and lang in LANGUAGES else None


def ensure_workspace(place: Place, python: str = sys.executable, lang: str = "en") -> bool:
    """Create (or repair) the learner's workspace with ``python -m helpers workspace ~/workspace --lang LANG``.

    The command runs as the learner's own account (uid, gid, no other
    groups) when the place has one, so it can write only where the learner
    can. Returns True when it ran now, False when the workspace was already
    there (a learner's own work is never overwritten; it keeps the edition it was made in).

    >>> import shutil, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> p = Place(d, d / "workspace", None, None)
    >>> ensure_workspace(p), ensure_workspace(p), (p.workspace / ".course" / "workspace.json").exists()
    (True, False, True)
    >>> shutil.rmtree(d)
    """
    if _has_workspace(place):
        return False
    as_learner: dict[str, Any] = {}
    if place.uid is not None and place.gid is not None:
        as_learner = {"user": place.uid, "group": place.gid, "extra_groups": []}
    else:
        place.home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(place.home), "LANG": "C.UTF-8"}
    # -I: never the learner's own ~/helpers or ~/.local; a new session and no stdin: never the hub's
    # terminal, into which a learner's code could type commands for root (TIOCSTI).
    try:
        done = subprocess.run(
            [python, "-I", "-m", "helpers", "workspace", str(place.workspace), "--lang", lang],
            capture_output=True, text=True, cwd=place.home, env=env, check=False, stdin=subprocess.DEVNULL,
            start_new_session=True, timeout=WORKSPACE_SECONDS, **as_learner,
        )
    except subprocess.TimeoutExpired:  # the hub's threads are few: one must never wait for ever
        raise AccountError(f"could not create the workspace {place.workspace}: still running after "
                           f"{WORKSPACE_SECONDS} s (a FIFO in it?), stopped") from None
    if done.returncode != 0:
        raise AccountError(f"could not create the workspace {place.workspace}: {done.stderr.strip()[-500:]}")
    return True
