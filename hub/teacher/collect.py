"""Collect every learner's workspace notebooks into a dated submission folder, read-only.

``python -m hub.teacher.collect --roster CLASS.csv --out submissions``
copies ``NAME/*.ipynb`` and ``NAME/.course/progress.jsonl`` into
``submissions/YYYY-MM-DD/NAME/``. The learners' files are only read (copies
keep their times); a second collection on the same day goes to
``YYYY-MM-DD-2`` and so on, so nothing collected is overwritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pwd
import shutil
import sys
from pathlib import Path

__all__ = ["collect", "learner_workspaces", "main", "new_folder"]

HUB = Path(__file__).resolve().parents[1]


def learner_workspaces(names, mode: str, state: Path) -> dict[str, Path]:
    """Where each learner's workspace is: ``~NAME/workspace`` on a root hub, else ``STATE/homes/NAME/workspace``.

    >>> learner_workspaces(["ben"], "simple", Path("s"))
    {'ben': PosixPath('s/homes/ben/workspace')}
    """
    found = {}
    for name in names:
        if mode == "system":
            try:
                found[name] = Path(pwd.getpwnam(name).pw_dir) / "workspace"
            except KeyError:
                continue
        else:
            found[name] = state / "homes" / name / "workspace"
    return found


def new_folder(root: Path, day: dt.date) -> Path:
    """A submission folder for ``day`` that does not exist yet.

    >>> import tempfile; r = Path(tempfile.mkdtemp())
    >>> new_folder(r, dt.date(2026, 12, 1)).name
    '2026-12-01'
    >>> (r / "2026-12-01").mkdir(); new_folder(r, dt.date(2026, 12, 1)).name
    '2026-12-01-2'
    >>> shutil.rmtree(r)
    """
    folder, n = root / day.isoformat(), 1
    while folder.exists():
        n += 1
        folder = root / f"{day.isoformat()}-{n}"
    return folder


def collect(workspaces: dict[str, Path], out: Path, day: dt.date | None = None) -> Path:
    """Copy each workspace's notebooks and progress file into a new dated folder; return it.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); ws = d / "ws"; (ws / ".course").mkdir(parents=True)
    >>> _ = (ws / "02-acsa.ipynb").write_text("{}"); _ = (ws / ".course" / "progress.jsonl").write_text("")
    >>> sub = collect({"ben": ws, "amy": d / "none"}, d / "out", dt.date(2026, 12, 1))
    >>> sorted(str(p.relative_to(sub)) for p in sub.rglob("*") if p.is_file())
    ['ben/.course/progress.jsonl', 'ben/02-acsa.ipynb']
    >>> shutil.rmtree(d)
    """
    folder = new_folder(out, day or dt.date.today())
    folder.mkdir(parents=True)
    for name, ws in sorted(workspaces.items()):
        if not ws.is_dir():
            continue
        target = folder / name
        target.mkdir()
        for notebook in sorted(ws.glob("[0-9][0-9]-*.ipynb")):
            shutil.copy2(notebook, target / notebook.name)
        progress = ws / ".course" / "progress.jsonl"
        if progress.is_file():
            (target / ".course").mkdir()
            shutil.copy2(progress, target / ".course" / "progress.jsonl")
    return folder


def main(argv: list[str] | None = None) -> int:
    """``python -m hub.teacher.collect``: print the folder made."""
    from ..roster import RosterError, read_roster

    p = argparse.ArgumentParser(prog="python -m hub.teacher.collect", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB / ".state"))
    p.add_argument("--out", default="submissions")
    args = p.parse_args(argv)
    try:
        roster = read_roster(args.roster)
    except RosterError as err:
        print(err, file=sys.stderr)
        return 2
    mode = "system" if os.geteuid() == 0 else "simple"
    spaces = learner_workspaces(roster.learners, mode, Path(args.state))
    folder = collect(spaces, Path(args.out))
    print(f"collected {sum(1 for p in folder.iterdir())} of {len(roster.learners)} learners into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
