"""Hand in from a cell: ``helpers.hand_in()`` copies your saved notebooks into ``.course/handin/``.

The copies are the notebooks as they are on disk (save first: **File →
Save Notebook**), each with its size and SHA-256 in ``.course/handin/manifest.json``.
On the class hub the teacher's sweep (``make handins``) picks the hand-in up
and records *when it first saw it* by the server's clock: the time in the
manifest is only the learner machine's and does not count. Handing in again
replaces the copies; the teacher sees the latest, and when it was first seen.

>>> import tempfile; from pathlib import Path
>>> ws = Path(tempfile.mkdtemp()); (ws / ".course").mkdir(); _ = (ws / ".course" / "workspace.json").write_text("{}")
>>> _ = (ws / "05-capstone.ipynb").write_text('{"cells": []}')
>>> print(hand_in(ws))  # doctest: +ELLIPSIS
Handed in 1 notebook: 05-capstone.ipynb (13 bytes).
...
>>> sorted(p.name for p in (ws / ".course" / "handin").iterdir())
['05-capstone.ipynb', 'manifest.json']
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from pathlib import Path

from .exercises.attempts import find_workspace
from .exercises.feedback import Note
from .i18n import tr as _

__all__ = ["HANDIN_DIR", "HANDIN_FORMAT", "hand_in"]

HANDIN_FORMAT = "course-handin/1"
#: Inside a workspace: the handed-in copies and their manifest.
HANDIN_DIR = Path(".course") / "handin"
_NOTEBOOK = re.compile(r"[0-9][0-9]-[A-Za-z0-9._-]+\.ipynb")


def _notebooks(ws: Path, only: str | None) -> list[Path]:
    found = sorted(p for p in ws.iterdir() if _NOTEBOOK.fullmatch(p.name) and ".old-" not in p.name
                   and p.is_file() and not p.is_symlink())
    if only is not None:
        number = f"{int(str(only)[:2]):02d}" if str(only)[:2].isdigit() else str(only)
        found = [p for p in found if p.name.startswith(number + "-")]
    return found


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def hand_in(workspace: str | os.PathLike | None = None, notebook: str | None = None) -> Note:
    """Hand in your saved notebooks (all of them, or one: ``hand_in(notebook="05")``); says what was handed in.

    Outside a workspace nothing is written and the note says so:

    >>> import tempfile; print(hand_in(tempfile.mkdtemp()))
    Nothing handed in: this notebook is not in a course workspace (on the hub, open it from your workspace; on your own machine, start the course with make lab).
    """
    ws = find_workspace(workspace) if workspace is not None else find_workspace()
    if ws is None:
        return Note(_("Nothing handed in: this notebook is not in a course workspace (on the hub, open it from your "
                      "workspace; on your own machine, start the course with make lab)."))
    books = _notebooks(ws, notebook)
    if not books:
        return Note(_("Nothing handed in: no notebook {notebook} found in {workspace}.").format(
            notebook=notebook or "", workspace=ws).replace("  ", " "))
    folder = ws / HANDIN_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.ipynb"):
        old.unlink()
    files = {}
    for book in books:
        data = book.read_bytes()
        _write(folder / book.name, data)
        files[book.name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    manifest = {"format": HANDIN_FORMAT, "learner_clock": when, "files": files}
    _write(folder / "manifest.json", (json.dumps(manifest, indent=1) + "\n").encode())
    listed = _(", ").join(_("{name} ({size:,} bytes)").format(name=name, size=item["bytes"]) for name, item in files.items())
    handed = _("Handed in 1 notebook: {listed}.") if len(files) == 1 else _("Handed in {n} notebooks: {listed}.")
    return Note(
        handed.format(n=len(files), listed=listed) + "\n" + _(
            "These are the versions saved on disk: if you changed a notebook since you last saved it, save it "
            "(File → Save Notebook) and run hand_in() again. Handing in again replaces this hand-in; your teacher "
            "sees the latest one and the time the hub first saw it.")
    )  # fmt: skip
