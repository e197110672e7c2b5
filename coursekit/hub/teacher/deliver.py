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
import subprocess
import sys
from pathlib import Path

from coursekit.paths import HUB_STATE

from ..as_learner import Learner, learner, run_as

__all__ = ["main", "update_one"]


def update_one(who: Learner, python: str) -> tuple[bool, str]:
    """Run the learner side of the update as ``who``: (done, what it printed or why it failed).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> update_one(Learner("me", d, None, None), sys.executable)
    (False, 'no workspace yet (never logged in?)')
    """
    if not (who.workspace / ".course").is_dir() or who.workspace.is_symlink():
        return False, "no workspace yet (never logged in?)"
    try:
        done = run_as(who, [python, "-I", "-m", "helpers", "update", str(who.workspace)])
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
    for name in roster.learners:
        who = learner(name, Path(args.state))
        if who is None:
            print(f"{name}: never logged in: gets the new version at first login")
            continue
        done, text = update_one(who, python)
        failed += not done and "no workspace" not in text
        print(f"{name}: " + ("\n  ".join(text.splitlines()) if done else f"NOT updated: {text}"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
