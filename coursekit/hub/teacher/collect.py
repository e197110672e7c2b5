"""Collect every learner's workspace notebooks into a dated submission folder, without following their links.

``python -m coursekit collect --roster CLASS.csv --out submissions``
copies ``NAME/NN-*.ipynb`` and ``NAME/.course/progress.jsonl`` into
``submissions/YYYY-MM-DD/NAME/`` and writes ``collection.json`` there: every
roster learner with a status (``collected``, ``not logged in``, ``no work
yet``) and every entry left out with the reason. Learners' files are read
through :mod:`hub.safe_read` (no symbolic link followed, regular files only,
a size cap per file and per learner), so one learner's odd files never stop
the others. The folder is root's alone (folders 0700, files 0600); a second
collection on the same day goes to ``YYYY-MM-DD-2`` and so on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import functools
import hashlib
import json
import os
import pwd
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..safe_read import Refused, Skipped, entries, open_dir, open_tree, read_file
from ..settings import hub_mode

__all__ = ["FILE_LIMIT", "FORMAT", "LEARNER_LIMIT", "Limits", "collect", "learner_workspaces", "main",
           "new_folder", "summary"]

from coursekit.paths import HUB_STATE
from coursekit.paths import NOTEBOOKS as COURSE_NOTEBOOKS

FORMAT = "course-collection/1"
FILE_LIMIT = 20_000_000
LEARNER_LIMIT = 100_000_000
NOTEBOOK = "[0-9][0-9]-*.ipynb"
PROGRESS = (".course", "progress.jsonl")


@dataclass(frozen=True)
class Limits:
    """Caps on what is copied: bytes per file, bytes per learner, notebook-named entries looked at.

    >>> Limits().per_file, Limits(per_learner=10).per_learner
    (20000000, 10)
    """

    per_file: int = FILE_LIMIT
    per_learner: int = LEARNER_LIMIT
    entries: int = 200


@dataclass
class _Learner:
    target: Path
    limits: Limits
    copied: list[str] = field(default_factory=list)
    changed: bool = False
    skipped: list[Skipped] = field(default_factory=list)
    total: int = 0


def learner_workspaces(names, mode: str, state: Path) -> dict[str, Path | None]:
    """Each learner's workspace: ``~NAME/workspace`` on a root hub, else ``STATE/homes/NAME/workspace``.

    A learner without an account (never logged in) maps to None.

    >>> learner_workspaces(["ben"], "simple", Path("s"))
    {'ben': PosixPath('s/homes/ben/workspace')}
    >>> learner_workspaces(["no-such-account-here"], "system", Path("s"))
    {'no-such-account-here': None}
    """
    found: dict[str, Path | None] = {}
    for name in names:
        if mode == "system":
            try:
                found[name] = Path(pwd.getpwnam(name).pw_dir) / "workspace"
            except KeyError:
                found[name] = None
        else:
            found[name] = state / "homes" / name / "workspace"
    return found


def new_folder(root: Path, day: dt.date) -> Path:
    """A submission folder for ``day`` that does not exist yet.

    >>> import tempfile, shutil; r = Path(tempfile.mkdtemp())
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


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700)
    path.chmod(0o700)


def _write(path: Path, data: bytes, st: os.stat_result) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _copy(run: _Learner, dir_fd: int, name: str, owner: int, shown: str, target: Path) -> bytes | None:
    left = run.limits.per_learner - run.total
    try:
        data, st, _ = read_file(dir_fd, name, min(run.limits.per_file, left), owner)
    except Refused as why:
        reason = why.reason
        if reason.startswith("larger than") and left < run.limits.per_file:
            reason = f"would pass the limit per learner ({run.limits.per_learner:,} bytes in all), not copied"
        run.skipped.append(Skipped(shown, reason))
        return None
    target.parent.mkdir(mode=0o700, exist_ok=True)
    _write(target, data, st)
    run.total += len(data)
    run.copied.append(shown)
    return data


@functools.cache
def _course_versions(name: str) -> frozenset[bytes]:
    """SHA-256 of notebook ``name`` as the course stores it and as a workspace receives it, in every edition."""
    from helpers.i18n import LANGUAGES, edition_path
    from helpers.notebook_copy import course_copy

    found = set()
    for lang in LANGUAGES:
        original = COURSE_NOTEBOOKS.parent / edition_path(f"notebooks/{name}", lang)
        if original.is_file():
            found |= {hashlib.sha256(original.read_bytes()).digest(), hashlib.sha256(course_copy(original)).digest()}
    return frozenset(found)


def _untouched(name: str, data: bytes) -> bool:
    """True when ``data`` is the course's notebook ``name`` as a workspace got it (English or Japanese): no work.

    >>> from helpers.notebook_copy import course_copy
    >>> _untouched("02-acsa.ipynb", course_copy(COURSE_NOTEBOOKS / "ja" / "02-acsa.ipynb")), _untouched("02-acsa.ipynb", b"{}")
    (True, False)
    """
    return hashlib.sha256(data).digest() in _course_versions(name)


def _notebooks(run: _Learner, ws_fd: int, owner: int) -> None:
    names = [n for n in entries(ws_fd) if fnmatch.fnmatchcase(n, NOTEBOOK)]
    for name in names[: run.limits.entries]:
        data = _copy(run, ws_fd, name, owner, name, run.target / name)
        if data is not None and not _untouched(name, data):
            run.changed = True
    if len(names) > run.limits.entries:
        run.skipped.append(Skipped(NOTEBOOK, f"{len(names) - run.limits.entries} more entries named like "
                                             f"notebooks, not looked at (limit {run.limits.entries})"))


def _progress(run: _Learner, ws_fd: int, owner: int) -> None:
    folder, name = PROGRESS
    try:
        course_fd = open_dir(ws_fd, folder)
    except Refused as why:
        if why.reason != "missing":
            run.skipped.append(Skipped(folder, why.reason))
        return
    try:
        if name in entries(course_fd):
            data = _copy(run, course_fd, name, owner, f"{folder}/{name}", run.target / folder / name)
            run.changed = run.changed or bool(data and data.strip())
    finally:
        os.close(course_fd)


def _collect_one(ws: Path | None, run: _Learner) -> str:
    if ws is None or not ws.parent.is_dir():  # no account, or no home yet
        return "not logged in"
    with open_tree(ws.parent) as (home_fd, owner):
        try:
            ws_fd = open_dir(home_fd, ws.name)
        except Refused as why:
            if why.reason != "missing":
                run.skipped.append(Skipped(ws.name, why.reason))
            return "no work yet"
        try:
            _private_dir(run.target)
            _progress(run, ws_fd, owner)  # first: small, and what the report reads
            _notebooks(run, ws_fd, owner)
        finally:
            os.close(ws_fd)
    return "collected" if run.changed else "no work yet"


def collect(workspaces: dict[str, Path | None], out: Path, day: dt.date | None = None,
            limits: Limits = Limits()) -> Path:
    """Copy each workspace's notebooks and progress file into a new dated folder; return it.

    >>> import tempfile, shutil; d = Path(tempfile.mkdtemp()); ws = d / "ben" / "workspace"
    >>> (ws / ".course").mkdir(parents=True); _ = (ws / "02-acsa.ipynb").write_text("{}")
    >>> _ = (ws / ".course" / "progress.jsonl").write_text(""); (ws / "03-x.ipynb").symlink_to("/etc/shadow")
    >>> sub = collect({"ben": ws, "amy": d / "amy" / "workspace", "cy": None}, d / "out", dt.date(2026, 12, 1))
    >>> sorted(str(p.relative_to(sub)) for p in sub.rglob("*") if p.is_file())
    ['ben/.course/progress.jsonl', 'ben/02-acsa.ipynb', 'collection.json']
    >>> book = json.loads((sub / "collection.json").read_text())["learners"]
    >>> book["amy"]["status"], book["cy"]["status"], book["ben"]["status"], book["ben"]["skipped"][0]["path"]
    ('not logged in', 'not logged in', 'collected', '03-x.ipynb')
    >>> shutil.rmtree(d)
    """
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = new_folder(out, day or dt.date.today())
    _private_dir(folder)
    learners = {}
    for name, ws in sorted(workspaces.items()):
        run = _Learner(folder / name, limits)
        status = _collect_one(ws, run)
        learners[name] = {"status": status, "skipped": [s.to_dict() for s in run.skipped]}
    book = {"format": FORMAT, "limits": {"per_file": limits.per_file, "per_learner": limits.per_learner},
            "learners": learners}
    _write(folder / "collection.json", (json.dumps(book, indent=1, ensure_ascii=True) + "\n").encode(),
           os.stat(folder))
    return folder


def summary(folder: Path) -> str:
    """What a teacher reads after a collection: who was collected, who was not, what was skipped.

    >>> import tempfile, shutil; d = Path(tempfile.mkdtemp())
    >>> print(summary(collect({"ben": None, "amy": d / "amy" / "workspace"}, d / "out", dt.date(2026, 12, 1))))
    collected 0 of 2 learners into .../2026-12-01
      not logged in: amy, ben
    >>> shutil.rmtree(d)
    """
    learners = json.loads((folder / "collection.json").read_text(encoding="utf-8"))["learners"]
    by_status: dict[str, list[str]] = {}
    for name, item in learners.items():
        by_status.setdefault(item["status"], []).append(name)
    lines = [f"collected {len(by_status.get('collected', []))} of {len(learners)} learners into {folder}"]
    lines += [f"  {status}: {', '.join(names)}" for status, names in sorted(by_status.items())
              if status != "collected"]
    for name, item in learners.items():
        if item["skipped"]:
            lines.append(f"  {name}: {len(item['skipped'])} entries left out "
                         f"(the reasons are in {folder.name}/collection.json)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit collect``: collect, then print the summary."""
    from ..roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit collect", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--out", default="submissions")
    args = p.parse_args(argv)
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    folder = collect(learner_workspaces(roster.learners, hub_mode(), Path(args.state)), Path(args.out))
    print(summary(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
