"""Hand-ins: snapshot what learners handed in, time-stamped by the server, on time or late.

A learner hands in from a cell (``helpers.hand_in()``): their saved
notebooks are copied into ``~/workspace/.course/handin/`` with a manifest.
Every file there is the learner's, times included, so nothing in it is
trusted: :func:`sweep` reads the folder through :mod:`coursekit.hub.safe_read`
(no link followed, regular files owned by the learner, size-capped),
and when its content differs from the last snapshot it copies it into the
hub's private state, ``STATE/handins/NAME/N/``, with **the server's time
of the first sweep that saw it**. :func:`handed_in` gives each learner's
latest hand-in, on time or late against the deadline (``make deadline AT=...``).
The time that counts is only as fine as the sweeps: run ``make handins
EVERY=60`` during a hand-in window (or let the class view sweep).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from coursekit.paths import HUB_STATE

from ..safe_read import Refused, entries, open_tree, read_file

__all__ = ["HandIn", "handed_in", "main", "parse_when", "read_deadline", "set_deadline", "summary", "sweep"]

FOLDER = "handins"
_NAME = re.compile(r"[0-9][0-9]-[A-Za-z0-9._-]{1,80}\.ipynb")
PER_FILE, PER_LEARNER, MAX_FILES = 20_000_000, 100_000_000, 20


@dataclass(frozen=True)
class HandIn:
    """A learner's latest hand-in: when the hub first saw it (UTC), its files, late or not.

    >>> h = HandIn("ben", dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc), ("05-capstone.ipynb",), Path("s"), False)
    >>> h.status
    'on time'
    """

    username: str
    seen: dt.datetime
    files: tuple[str, ...]
    folder: Path
    late: bool | None  # None: no deadline set
    versions: int = 1
    learner_clock: str = ""  # what the learner's manifest claims; shown, never used

    @property
    def status(self) -> str:
        return {None: "handed in", True: "late", False: "on time"}[self.late]


def parse_when(text: str) -> dt.datetime:
    """An ISO 8601 time as aware UTC; without a zone it is the server's local time.

    >>> parse_when("2026-12-10T17:00+13:00").isoformat()
    '2026-12-10T04:00:00+00:00'
    >>> parse_when("next friday")
    Traceback (most recent call last):
    ...
    ValueError: 'next friday' is not a time: give it as 2026-12-10T17:00 (the server's local time) or 2026-12-10T17:00+13:00
    """
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a time: give it as 2026-12-10T17:00 (the server's local time) or "
                         "2026-12-10T17:00+13:00") from None
    return (when if when.tzinfo else when.astimezone()).astimezone(dt.timezone.utc)


def _private(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def set_deadline(state_dir: Path, when: dt.datetime) -> Path:
    """Record the hand-in deadline; returns the file.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = set_deadline(d, parse_when("2026-12-10T04:00Z"))
    >>> read_deadline(d).isoformat()
    '2026-12-10T04:00:00+00:00'
    """
    path = _private(state_dir / FOLDER) / "deadline.json"
    _write(path, json.dumps({"deadline": when.astimezone(dt.timezone.utc).isoformat()}).encode())
    return path


def read_deadline(state_dir: Path) -> dt.datetime | None:
    """The deadline set with :func:`set_deadline`, or None.

    >>> read_deadline(Path("no-such-state")) is None
    True
    """
    try:
        return parse_when(json.loads((state_dir / FOLDER / "deadline.json").read_text())["deadline"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_handin(ws: Path) -> tuple[dict[str, bytes], str]:
    """The hand-in folder's notebooks and the manifest's claimed time; raises Refused / FileNotFoundError."""
    files, total, claimed = {}, 0, ""
    with open_tree(ws.parent, ws.name, ".course", "handin") as (fd, owner):
        names = entries(fd)
        if "manifest.json" in names:
            try:
                manifest = json.loads(read_file(fd, "manifest.json", 65536, owner)[0])
                claimed = str(manifest.get("learner_clock", ""))[:40] if isinstance(manifest, dict) else ""
            except (Refused, ValueError):
                pass
        for name in [n for n in names if _NAME.fullmatch(n)][:MAX_FILES]:
            try:
                data = read_file(fd, name, min(PER_FILE, PER_LEARNER - total), owner)[0]
            except Refused:
                continue
            files[name] = data
            total += len(data)
    return files, claimed


def _digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in sorted(files.items()):
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def _versions(state_dir: Path, name: str) -> list[dict]:
    try:
        data = json.loads((state_dir / FOLDER / name / "versions.json").read_text())
        return data if isinstance(data, list) else []
    except (OSError, ValueError):
        return []


def _snapshot(state_dir: Path, name: str, files: dict[str, bytes], claimed: str, now: dt.datetime) -> str:
    versions = _versions(state_dir, name)
    digest = _digest(files)
    if versions and versions[-1]["digest"] == digest:
        return "unchanged"
    folder = _private(state_dir / FOLDER / name / str(len(versions) + 1))
    for file, data in files.items():
        _write(folder / file, data)
    versions.append({"digest": digest, "seen": now.isoformat(), "folder": folder.name, "files": sorted(files),
                     "learner_clock": claimed})
    _write(state_dir / FOLDER / name / "versions.json", json.dumps(versions, indent=1).encode())
    return "new hand-in"


def _workspaces(roster, state_dir: Path) -> Mapping[str, Path | None]:
    if isinstance(roster, Mapping):
        return roster
    from ..settings import hub_mode
    from .collect import learner_workspaces

    return learner_workspaces(roster.learners, hub_mode(), state_dir)


def sweep(roster, state_dir: Path, now: dt.datetime | None = None) -> dict[str, str]:
    """Snapshot every new hand-in with the server's time ``now``; per learner what happened.

    ``roster`` is a :class:`coursekit.hub.roster.Roster` or a mapping name → workspace.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); ws = d / "ben" / "workspace"
    >>> (ws / ".course" / "handin").mkdir(parents=True); _ = (ws / ".course" / "handin" / "05-c.ipynb").write_text("{}")
    >>> t = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc)
    >>> sweep({"ben": ws, "cy": None}, d / "state", t), sweep({"ben": ws}, d / "state", t)
    ({'ben': 'new hand-in', 'cy': 'not logged in'}, {'ben': 'unchanged'})
    >>> handed_in(d / "state")["ben"].seen == t
    True
    """
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    _private(state_dir / FOLDER)
    done = {}
    for name, ws in sorted(_workspaces(roster, state_dir).items()):
        if ws is None or not ws.parent.is_dir():
            done[name] = "not logged in"
            continue
        try:
            files, claimed = _read_handin(ws)
        except FileNotFoundError:
            done[name] = "not handed in"
            continue
        except Refused as why:
            done[name] = "not handed in" if why.reason == "missing" else f"not read: {why.reason}"
            continue
        done[name] = _snapshot(state_dir, name, files, claimed, now) if files else "not handed in"
    return done


def handed_in(state_dir: Path) -> dict[str, HandIn]:
    """Each learner's latest hand-in as the sweeps recorded it, late or not against the deadline.

    >>> handed_in(Path("no-such-state"))
    {}
    """
    deadline, found = read_deadline(state_dir), {}
    base = state_dir / FOLDER
    if not base.is_dir():
        return {}
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        versions = _versions(state_dir, folder.name)
        if not versions:
            continue
        last = versions[-1]
        seen = parse_when(last["seen"])
        found[folder.name] = HandIn(folder.name, seen, tuple(last["files"]), folder / last["folder"],
                                    None if deadline is None else seen > deadline, len(versions),
                                    last.get("learner_clock", ""))
    return found


def summary(done: dict[str, str], state_dir: Path) -> str:
    """What the teacher reads after a sweep: who handed in (late or not), who did not.

    >>> print(summary({"cy": "not logged in"}, Path("no-such-state")))
    no deadline set (make deadline AT=2026-12-10T17:00)
      cy: not logged in
    """
    deadline, hand_ins = read_deadline(state_dir), handed_in(state_dir)
    lines = [f"deadline {deadline:%Y-%m-%d %H:%M} UTC" if deadline else
             "no deadline set (make deadline AT=2026-12-10T17:00)"]
    for name, what in sorted(done.items()):
        h = hand_ins.get(name)
        if h:
            new = " (new now)" if what == "new hand-in" else ""
            lines.append(f"  {name}: {h.status}, first seen {h.seen:%Y-%m-%d %H:%M:%S} UTC{new}: "
                         f"{', '.join(h.files)}")
        else:
            lines.append(f"  {name}: {what}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit handins``: sweep the hand-ins (once, or every N seconds) and print who handed in."""
    from ..roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit handins", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--set-deadline", metavar="AT", help="record the deadline (ISO 8601) and stop")
    p.add_argument("--every", type=int, default=0, help="sweep again every N seconds until Ctrl-C")
    args = p.parse_args(argv)
    state = Path(args.state)
    if args.set_deadline:
        try:
            when = parse_when(args.set_deadline)
        except ValueError as err:
            print(err, file=sys.stderr)
            return 2
        print(f"deadline set: {when:%Y-%m-%d %H:%M} UTC ({set_deadline(state, when)})")
        return 0
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    while True:
        print(summary(sweep(roster, state), state), flush=True)
        if args.every <= 0:
            return 0
        try:
            time.sleep(args.every)
        except KeyboardInterrupt:  # Ctrl-C is how a teacher ends the sweep
            print("stopped: every hand-in above is recorded; make handins CLASS=... prints the list again")
            return 0


if __name__ == "__main__":
    sys.exit(main())
