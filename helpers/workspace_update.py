"""Take a corrected course into a workspace without losing anything the learner typed.

``python -m helpers update [DIR]`` (what ``make update-workspaces`` runs as
each learner on the hub) first does what ``python -m helpers workspace``
does: new notebooks and docs arrive, copies the learner never changed stay
untouched. Then, for each notebook whose course version is newer:

* the learner's copy still the version it was made from: it is replaced;
* the learner changed it: their old copy is kept as ``NN-name.old-N.ipynb``
  and the notebook is merged (:mod:`helpers.notebook_merge`): their changed
  cells are kept, the cells they did not change are updated, new cells arrive.

One line per notebook says what happened. A notebook that is open in
JupyterLab while it is updated: choose **Revert** (File → Reload Notebook
from Disk) when JupyterLab says the file changed on disk.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .exercises.attempts import WORKSPACE_FILE
from .i18n import edition_path
from .i18n import tr as _
from .notebook_copy import clean_notebook
from .notebook_merge import merge_cells
from .workspace import (
    BASE_DIR,
    backup_copy,
    course_root,
    create_workspace,
    edition_of,
    keep_base,
    record_copy,
)

__all__ = ["UpdateReport", "update_workspace"]


@dataclass(frozen=True)
class UpdateReport:
    """One line per notebook touched (and the workspace's own report first).

    >>> print(UpdateReport(("02-acsa.ipynb: replaced by the course's new version (you had not changed it)",)))
    02-acsa.ipynb: replaced by the course's new version (you had not changed it)
    """

    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.lines)


def _cells(data: bytes) -> tuple[dict, list[dict]] | None:
    try:
        nb = json.loads(data.decode("utf-8"))
        cells = nb["cells"]
        if isinstance(nb, dict) and isinstance(cells, list) and all(isinstance(c, dict) for c in cells):
            return nb, cells
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        pass
    return None


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".updating")
    tmp.unlink(missing_ok=True)
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _update_one(ws: Path, name: str, new_data: bytes, older: bytes | None = None) -> str:
    """``older``: the version the copy came from, found elsewhere, for a copy made before ``.course/base/``."""
    target, base_path = ws / name, ws / BASE_DIR / name
    if target.is_symlink() or not target.is_file():
        return _("{name}: not a plain file, left as it is").format(name=name)
    mine_data = target.read_bytes()
    base_data = base_path.read_bytes() if base_path.is_file() and not base_path.is_symlink() else older
    if base_data is not None and mine_data == base_data:
        _write(target, new_data)
        keep_base(ws, name, new_data)
        return _("{name}: replaced by the course's new version (you had not changed it)").format(name=name)
    mine, new = _cells(mine_data), _cells(new_data)
    base = _cells(base_data) if base_data is not None else None
    if mine is None or new is None:
        return _("{name}: your copy is not a notebook JupyterLab can read; left as it is "
                 "(helpers.start_over('{number}') gives the new one)").format(name=name, number=name[:2])
    cells, report = merge_cells(base[1] if base else None, mine[1], new[1])
    backup = backup_copy(target)
    merged = {**new[0], "metadata": {**mine[0].get("metadata", {}), **new[0].get("metadata", {})}, "cells": cells}
    _write(target, (json.dumps(merged, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    keep_base(ws, name, new_data)
    unknown = "" if base else _(" (the version you started from is not known: every cell you differ in is kept)")
    return _("{name}: merged: {report}; your old copy is kept as {backup}").format(
        name=name, report=report, backup=backup.name) + unknown


def _recorded(ws: Path) -> dict[str, str]:
    """Each file's course version (SHA-256) as ``workspace.json`` recorded it when the copy was made."""
    try:
        files = json.loads((ws / WORKSPACE_FILE).read_text(encoding="utf-8")).get("files", {})
        return {name: str(item.get("sha256")) for name, item in files.items() if isinstance(item, dict)}
    except (OSError, ValueError, AttributeError):
        return {}


def _older(bases: Path | None, sha: str | None) -> bytes | None:
    """The course's version ``sha`` from ``bases/SHA.ipynb`` (what ``make update-workspaces`` hands over), cleaned."""
    if bases is None or not sha or not sha.isalnum():
        return None
    path = bases / f"{sha}.ipynb"
    return clean_notebook(path.read_bytes()) if path.is_file() else None


def update_workspace(directory: str | os.PathLike = "workspace", bases: str | os.PathLike | None = None) -> UpdateReport:
    """Bring every notebook of the workspace up to the course's version, keeping the learner's changes.

    ``bases``: a folder of earlier course versions named by SHA-256, for
    copies made before the workspace kept the version it came from.

    >>> import tempfile; ws = Path(tempfile.mkdtemp()) / "ws"; _ = create_workspace(ws)
    >>> print(update_workspace(ws))  # doctest: +ELLIPSIS
    Workspace ...: up to date.
    """
    ws = Path(directory)
    recorded = _recorded(ws)
    report = create_workspace(ws)
    lines = [str(report).splitlines()[0]] if report.copied or not report.newer else []
    root = course_root()
    for name in report.newer:
        source = root / edition_path(f"notebooks/{name}", edition_of(ws))  # the workspace's edition
        if not name.endswith(".ipynb") or not source.is_file():
            lines.append(f"{name}: the course has a newer version; yours is left as it is")
            continue
        older = _older(Path(bases) if bases else None, recorded.get(name))
        line = _update_one(ws, name, clean_notebook(source.read_bytes()), older)
        lines.append(line)
        if line.startswith((f"{name}: replaced", f"{name}: merged")):  # else the learner's copy is untouched
            record_copy(ws, source, root)
    return UpdateReport(tuple(lines))
