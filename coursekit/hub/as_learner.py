"""Run a command as a learner: their uid and gid, no other groups, no terminal, a bounded time.

The teacher's tools run as root; whatever they *write* into a learner's home
is written by a process of the learner's own account, so a link the
learner planted leads only where the learner could write anyway (never
``/etc``, never a classmate's home, which is 0700). Without root (the
one-teacher demo, homes under ``STATE/homes``) the command runs as the
current user.
"""

from __future__ import annotations

import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SECONDS", "Learner", "learner", "run_as"]

#: A learner's FIFO or a huge folder must never hold the teacher's tool for ever.
SECONDS = 120


@dataclass(frozen=True)
class Learner:
    """A learner's home and account ids (None, None: run as the current user).

    >>> Learner("ben", Path("/home/ben"), 1001, 1001).workspace
    PosixPath('/home/ben/workspace')
    """

    username: str
    home: Path
    uid: int | None
    gid: int | None

    @property
    def workspace(self) -> Path:
        return self.home / "workspace"


def learner(username: str, state: Path) -> Learner | None:
    """The learner's account on a root hub (None: never logged in), else their folder under ``STATE/homes``.

    >>> learner("ben", Path("s")) if os.geteuid() else Learner("ben", Path("s/homes/ben"), None, None)
    Learner(username='ben', home=PosixPath('s/homes/ben'), uid=None, gid=None)
    """
    if os.geteuid() != 0:
        home = state / "homes" / username
        return Learner(username, home, None, None) if home.is_dir() else None
    try:
        entry = pwd.getpwnam(username)
    except KeyError:
        return None
    return Learner(username, Path(entry.pw_dir), entry.pw_uid, entry.pw_gid)


def run_as(who: Learner, argv: list[str], stdin: str = "", seconds: int = SECONDS) -> subprocess.CompletedProcess:
    """Run ``argv`` as ``who`` in their home, ``stdin`` as its input; raises TimeoutExpired after ``seconds``.

    >>> import sys, tempfile; me = Learner("me", Path(tempfile.mkdtemp()), None, None)
    >>> run_as(me, [sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], "hi").stdout
    'HI\\n'
    """
    as_learner: dict[str, Any] = {}
    if who.uid is not None and who.gid is not None:
        as_learner = {"user": who.uid, "group": who.gid, "extra_groups": []}
    env = {"PATH": "/usr/bin:/bin", "HOME": str(who.home), "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=who.home, env=env, check=False,
                          start_new_session=True, timeout=seconds, **as_learner)
