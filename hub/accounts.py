"""Learner accounts and workspaces, prepared just before each server starts.

On a hub that runs as root every learner gets a system account (as The
Littlest JupyterHub does) with a private home (mode 0700) holding the
workspace ``~/workspace``. Without root (the one-teacher demo) every server
runs as the hub's own user in ``STATE/homes/NAME``; nothing is private then.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WORKSPACE", "Place", "ensure_account", "ensure_workspace", "place_for"]

REPO = Path(__file__).resolve().parents[1]
WORKSPACE = "workspace"


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


def ensure_account(username: str) -> pwd.struct_passwd:
    """The system account for ``username``, created (with a private home) if missing. Needs root.

    >>> ensure_account("root").pw_uid
    0
    """
    try:
        return pwd.getpwnam(username)
    except KeyError:
        pass
    subprocess.run(
        ["useradd", "--create-home", "--shell", "/bin/bash", "--comment", "course hub learner", username],
        check=True, capture_output=True, text=True,
    )
    entry = pwd.getpwnam(username)
    os.chmod(entry.pw_dir, 0o700)
    return entry


def place_for(username: str, mode: str, state: Path) -> Place:
    """The place of ``username``'s server; in ``system`` mode this creates the account if needed.

    >>> place_for("ben", "simple", Path("state")).workspace
    PosixPath('state/homes/ben/workspace')
    """
    if mode == "system":
        entry = ensure_account(username)
        home = Path(entry.pw_dir)
        return Place(home, home / WORKSPACE, entry.pw_uid, entry.pw_gid)
    home = state / "homes" / username
    return Place(home, home / WORKSPACE, None, None)


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    for path in [root, *root.rglob("*")]:
        os.lchown(path, uid, gid)


def ensure_workspace(place: Place, python: str = sys.executable) -> bool:
    """Create the learner's workspace on first login (``python -m helpers workspace DIR``).

    Returns True when it was created now, False when it was already there
    (a learner's own work is never overwritten).

    >>> import shutil, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> p = Place(d, d / "workspace", None, None)
    >>> ensure_workspace(p), ensure_workspace(p), (p.workspace / ".course" / "workspace.json").exists()
    (True, False, True)
    >>> shutil.rmtree(d)
    """
    if (place.workspace / ".course" / "workspace.json").exists():
        return False
    place.home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [python, "-m", "helpers", "workspace", str(place.workspace)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"could not create the workspace {place.workspace}: {done.stderr.strip()[-500:]}")
    if place.uid is not None and place.gid is not None:
        _chown_tree(place.home, place.uid, place.gid)
        os.chmod(place.home, 0o700)
    return True
