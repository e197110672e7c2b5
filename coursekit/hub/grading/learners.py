"""Who is in a collected folder: the learners to grade, those with nothing to grade, and the names refused.

With ``collection.json`` (written by ``make collect``: every roster learner
with a status), every learner in it gets a row; without it, the folder's
learner folders are used. Folder names come from learners' hands, so only
names a roster could hold (:data:`hub.roster.USERNAME_RE`) are graded, and
only real folders (never a symbolic link); the rest are listed as skipped.

>>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "ana").mkdir(); (d / "Bad Name").mkdir()
>>> found = find_learners(d); sorted(found.folders), found.skipped
(['ana'], ["'Bad Name': not a roster username"])
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass, field
from pathlib import Path

from coursekit.hub.roster import USERNAME_RE

__all__ = ["COLLECTION", "Learners", "find_learners"]

COLLECTION = "collection.json"
MAX_COLLECTION = 5_000_000


@dataclass
class Learners:
    """Learners with a folder to grade, learners with a reason for no marks, and skipped names.

    >>> Learners().absent
    {}
    """

    folders: dict[str, Path] = field(default_factory=dict)
    absent: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _from_collection(folder: Path, data: dict) -> Learners:
    found = Learners()
    for name, entry in sorted((data.get("learners") or {}).items()):
        if not isinstance(name, str) or not USERNAME_RE.fullmatch(name):
            found.skipped.append(f"{str(name)[:40]!r}: not a roster username")
            continue
        status = str(entry.get("status", "?") if isinstance(entry, dict) else "?")[:40]
        if status == "collected" and _is_folder(folder / name):
            found.folders[name] = folder / name
        else:
            found.absent[name] = status if status != "collected" else "collected, but no folder found"
    return found


def find_learners(folder: Path) -> Learners:
    """The learners of a collected ``folder`` (see the module docstring).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "ana").mkdir()
    >>> _ = (d / "collection.json").write_text(json.dumps({"format": "course-collection/1", "learners": {
    ...     "ana": {"status": "collected"}, "ben": {"status": "not logged in"}}}))
    >>> f = find_learners(d); sorted(f.folders), f.absent
    (['ana'], {'ben': 'not logged in'})
    """
    listing = folder / COLLECTION
    if listing.is_file() and not listing.is_symlink():
        raw = listing.read_bytes()[:MAX_COLLECTION + 1]
        try:
            data = json.loads(raw) if len(raw) <= MAX_COLLECTION else None
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("format") != "course-collection/1":
            raise ValueError(f"{listing}:1: not a course-collection/1 file — collect again (make collect)")
        return _from_collection(folder, data)
    found = Learners()
    for path in sorted(folder.iterdir()):
        if path.name in ("grades", COLLECTION):
            continue
        if not _is_folder(path):
            found.skipped.append(f"{path.name[:40]!r}: not a folder")
        elif not USERNAME_RE.fullmatch(path.name):
            found.skipped.append(f"{path.name[:40]!r}: not a roster username")
        else:
            found.folders[path.name] = path
    return found
