"""Deliver a corrected course to every learner's workspace, merged, as the learner.

``python -m coursekit update-workspaces --roster CLASS.csv --learner-bin ENV/bin``
runs ``python -I -m helpers update ~/workspace`` from the learners'
environment (rebuilt first by ``make learner-env``, so it holds the new
notebooks) **as each learner** (:mod:`coursekit.hub.as_learner`): nothing is
written into a learner's home by root. What happens to a notebook is
:mod:`helpers.workspace_update`'s: replaced when the learner had not changed
it, else merged (their changed cells kept, the others updated, new cells
added) with their old copy kept as ``NN-name.old-N.ipynb``. One report per
learner. A learner who never logged in gets the new version at first login.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from coursekit.paths import HUB_STATE, REPO

from ..as_learner import Learner, learner, run_as

__all__ = ["earlier_versions", "main", "update_one"]

#: How far back the course's history is searched for the version a learner's copy came from.
HISTORY = 200


def earlier_versions(repo: Path, into: Path, limit: int = HISTORY) -> int:
    """Write every committed version of the student notebooks into ``into/SHA256.ipynb``; how many.

    A workspace made before it kept its notebooks' original versions
    records only their SHA-256; with these, the update knows which cells
    the learner changed. Nothing is written when ``repo`` is not a git checkout.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); earlier_versions(Path(tempfile.mkdtemp()), d)
    0
    >>> from coursekit.paths import REPO; earlier_versions(REPO, d, limit=1) >= 1
    True
    """
    names = sorted(p.relative_to(repo).as_posix() for folder in (repo / "notebooks", repo / "notebooks" / "ja")
                   for p in folder.glob("[0-9][0-9]-*.ipynb"))  # every edition: a workspace may be Japanese
    count = 0
    for name in names:
        log = subprocess.run(["git", "-C", str(repo), "log", f"-n{limit}", "--format=%H", "--",
                              name], capture_output=True, text=True, check=False)
        for commit in log.stdout.split() if log.returncode == 0 else []:
            blob = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{name}"],
                                  capture_output=True, check=False)
            if blob.returncode == 0:
                (into / f"{hashlib.sha256(blob.stdout).hexdigest()}.ipynb").write_bytes(blob.stdout)
                count += 1
    return count


def update_one(who: Learner, python: str, bases: Path | None = None) -> tuple[bool, str]:
    """Run the learner side of the update as ``who``: (done, what it printed or why it failed).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> update_one(Learner("me", d, None, None), sys.executable)
    (False, 'no workspace yet (never logged in?)')
    """
    if not (who.workspace / ".course").is_dir() or who.workspace.is_symlink():
        return False, "no workspace yet (never logged in?)"
    try:
        extra = ["--bases", str(bases)] if bases else []
        done = run_as(who, [python, "-I", "-m", "helpers", "update", str(who.workspace), *extra])
    except OSError as err:
        return False, f"could not run as {who.username}: {err}"
    except subprocess.TimeoutExpired as err:  # one learner's FIFO must not stop the class
        return False, f"stopped: {err}"
    if done.returncode != 0:
        return False, (done.stderr.strip() or "failed")[-400:]
    return True, done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit update-workspaces``: update every learner's workspace and report per learner."""
    from ..roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit update-workspaces", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--learner-bin", default=str(Path(sys.executable).parent),
                   help="the learners' environment's bin folder (make learner-env)")
    args = p.parse_args(argv)
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    python, failed = str(Path(args.learner_bin) / "python"), 0
    with tempfile.TemporaryDirectory(prefix="course-versions-") as folder:
        bases = Path(folder)
        found = earlier_versions(REPO, bases)
        bases.chmod(0o755)  # the learners' own processes read it: student notebooks only, nothing secret
        for path in bases.iterdir():
            path.chmod(0o644)
        print(f"{found} earlier versions of the notebooks found in the course's history", flush=True)
        for name in roster.learners:
            who = learner(name, Path(args.state))
            if who is None:
                print(f"{name}: never logged in: gets the new version at first login")
                continue
            done, text = update_one(who, python, bases)
            failed += not done and "no workspace" not in text
            print(f"{name}: " + ("\n  ".join(text.splitlines()) if done else f"NOT updated: {text}"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
