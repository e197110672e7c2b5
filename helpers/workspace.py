"""A learner's own copies of the course: create or update a workspace, and start one notebook over.

``python -m helpers workspace [DIR]`` (what ``make lab`` runs) copies the
student notebooks, never the instructor versions, and the learner-facing
docs into DIR (default ``workspace/``), and writes ``DIR/.course/workspace.json``.
Run again after a ``git pull``, it copies what is new, never overwrites a
learner's file, and names each notebook whose course version is newer with
the command that takes it. ``python -m helpers reset 02`` (or
``helpers.start_over("02")`` in a notebook) keeps the learner's copy as
``02-acsa.old-1.ipynb`` and puts the course's version back. Making a
workspace also installs :mod:`helpers.slips_startup`, so that a cell run
before a notebook's setup cell gets a slip note, not a traceback.

A notebook is copied without its outputs (:func:`clean_notebook`): the
course's stored outputs show a run of the notebook that is not the
learner's ("0 of 9 exercises solved", "helpers loaded"), so the copy opens
as a fresh notebook does, with nothing run yet.

>>> import tempfile
>>> from pathlib import Path
>>> ws = Path(tempfile.mkdtemp()) / "ws"
>>> report = create_workspace(ws)
>>> (ws / "00-start-here.ipynb").is_file(), (ws / "docs" / "glossary.md").is_file()
(True, True)
>>> any(ws.glob("solutions*"))
False
>>> create_workspace(ws).copied
()
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .course import LEARNER_DOCS, course, edition_files
from .exercises.attempts import WORKSPACE_FILE, find_workspace
from .exercises.feedback import Note
from .i18n import LANGUAGES, edition_path
from .i18n import tr as _
from .notebook_copy import clean_notebook, course_copy, same_as_course, sha256_of
from .slips_startup import install_startup

__all__ = [
    "BASE_DIR",
    "DOCS",
    "WORKSPACE_FORMAT",
    "ResetReport",
    "WorkspaceError",
    "WorkspaceReport",
    "backup_copy",
    "clean_notebook",
    "course_root",
    "create_workspace",
    "edition_of",
    "keep_base",
    "record_copy",
    "reset_notebook",
    "start_over",
]

WORKSPACE_FORMAT = "course-workspace/1"
#: Inside a workspace: the course's version each notebook copy was made from (what an update merges against).
BASE_DIR = Path(".course") / "base"
#: Learner-facing docs (:data:`helpers.course.LEARNER_DOCS`, the one list): course path → path inside
#: the workspace. The notebooks send a learner to each of these; JupyterLab serves only the workspace.
DOCS = {path: f"docs/{Path(path).name}" for path in LEARNER_DOCS}


class WorkspaceError(Exception):
    """A workspace that cannot be made or changed; the message says what to do.

    >>> str(WorkspaceError("the course has no notebook 09"))
    'the course has no notebook 09'
    """


def course_root() -> Path:
    """The course folder: the one holding ``notebooks/`` and ``helpers/``.

    >>> (course_root() / "notebooks").is_dir()
    True
    """
    for folder in (Path(__file__).resolve().parents[1], Path.cwd()):
        if (folder / "notebooks").is_dir() and (folder / "helpers").is_dir():
            return folder
    raise WorkspaceError(
        "the course's notebooks were not found: run this from the course folder (the one with the Makefile)"
    )


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def edition_of(ws: Path) -> str:
    """The language of the workspace ``ws``'s notebooks (``"en"`` unless it was made with another).

    >>> import tempfile; edition_of(Path(tempfile.mkdtemp()))
    'en'
    """
    lang = _read_state(ws).get("lang")
    return lang if lang in LANGUAGES else LANGUAGES[0]


def _course_files(root: Path, lang: str = "en") -> dict[str, Path]:
    """Workspace name → course file: the student edition (never solutions/), notebooks at the top, docs in docs/."""
    files = {}
    for path in edition_files("student"):
        path = edition_path(path, lang)
        inside = DOCS.get(path, Path(path).name)
        if (root / path).is_file():
            files[inside] = root / path
    return files


def _read_state(ws: Path) -> dict:
    try:
        state = json.loads((ws / WORKSPACE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(ws: Path, state: dict) -> None:
    path = ws / WORKSPACE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def keep_base(ws: Path, name: str, data: bytes) -> None:
    """Keep the course's version a notebook copy was made from (``.course/base/``): an update merges against it.

    >>> import tempfile; ws = Path(tempfile.mkdtemp()); keep_base(ws, "02-acsa.ipynb", b"{}")
    >>> (ws / BASE_DIR / "02-acsa.ipynb").read_bytes(), keep_base(ws, "notes.md", b"x")
    (b'{}', None)
    """
    if name.endswith(".ipynb"):
        (ws / BASE_DIR).mkdir(parents=True, exist_ok=True)
        (ws / BASE_DIR / name).write_bytes(data)


def _check_place(ws: Path, root: Path) -> None:
    ws, root = ws.resolve(), root.resolve()
    if ws == root or ws.is_relative_to(root / "notebooks") or ws.is_relative_to(root / "helpers"):
        raise WorkspaceError(
            f"{ws} is part of the course itself; a workspace needs its own folder "
            "(the default is workspace/ in the course folder)"
        )
    if ws.exists() and not ws.is_dir():
        raise WorkspaceError(f"{ws} is a file, not a folder: choose another workspace folder")


@dataclass(frozen=True)
class WorkspaceReport:
    """What ``create_workspace`` did: files copied, notebooks with a newer course version, docs refreshed.

    >>> print(WorkspaceReport(Path("ws"), ("00-start-here.ipynb",), (), ()))
    Workspace ws: copied 00-start-here.ipynb.
    """

    workspace: Path
    copied: tuple[str, ...]
    newer: tuple[str, ...]
    refreshed: tuple[str, ...]
    startup: Path | None = None  # the IPython startup file, when it was written now

    def __str__(self) -> str:
        lines = [f"Workspace {self.workspace}: " + (f"copied {', '.join(self.copied)}." if self.copied else "up to date.")]
        if self.startup:
            lines.append(
                "Kernels of this Python now explain an error in a cell run before a notebook's setup cell "
                f"(IPython startup file {self.startup.name}; only in a course workspace)."
            )
        if self.refreshed:
            lines.append(f"Updated the docs you had not changed: {', '.join(self.refreshed)}.")
        for name in self.newer:
            lines.append(
                f"The course has a newer version of {name}; your copy is left as it is. To take the new "
                f"one (your copy is kept under a numbered name): {_python()} -m helpers reset {name[:2]}"
            )
        return "\n".join(lines)


def _python() -> str:
    """How to call this Python from the current folder, as a learner would type it."""
    exe = Path(sys.executable)
    try:
        return os.path.relpath(exe) if not os.path.relpath(exe).startswith("..") else "python"
    except ValueError:  # another drive on Windows
        return "python"


def create_workspace(directory: str | os.PathLike = "workspace", lang: str | None = None) -> WorkspaceReport:
    """Create or update the workspace at ``directory``; never overwrite a learner's notebook.

    ``lang`` is the edition (``"ja"``: the Japanese notebooks); a workspace
    remembers its edition, so it defaults to the one it was made with, else English.

    >>> import tempfile
    >>> create_workspace(course_root() / "notebooks")
    Traceback (most recent call last):
    ...
    helpers.workspace.WorkspaceError: ... is part of the course itself; ...
    """
    root = course_root()
    ws = Path(directory)
    _check_place(ws, root)
    ws.mkdir(parents=True, exist_ok=True)
    state = _read_state(ws)
    lang = lang or state.get("lang") or LANGUAGES[0]
    if lang not in LANGUAGES:
        raise WorkspaceError(f"the course has no {lang!r} edition: choose one of {', '.join(LANGUAGES)}")
    recorded = state.get("files")
    files: dict[str, Any] = recorded if isinstance(recorded, dict) else {}
    copied, newer, refreshed = [], [], []
    for name, source in _course_files(root, lang).items():
        target, course_sha = ws / name, sha256_of(source)
        known = files.get(name, {}).get("sha256") if isinstance(files.get(name), dict) else None
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(course_copy(source))
            keep_base(ws, name, course_copy(source))
            copied.append(name)
        elif course_sha == known or same_as_course(target, source):
            pass
        elif name.endswith(".md") and sha256_of(target) == known:  # a doc the learner never changed
            target.write_bytes(course_copy(source))
            refreshed.append(name)
        else:
            newer.append(name)
            continue  # the record keeps the version the learner's copy came from
        files[name] = {"sha256": course_sha, "source": source.relative_to(root).as_posix(), "copied": _now()}
    now = _now()
    _write_state(
        ws,
        {
            "format": WORKSPACE_FORMAT,
            "lang": lang,
            "created": state.get("created", now),
            "updated": now,
            "files": files,
        },
    )
    return WorkspaceReport(ws, tuple(copied), tuple(newer), tuple(refreshed), install_startup())


@dataclass(frozen=True)
class ResetReport:
    """What ``reset_notebook`` did: the learner's copy kept as ``kept`` (None if unchanged), ``restored``.

    >>> print(ResetReport(Path("02-acsa.ipynb"), Path("02-acsa.old-1.ipynb")))
    02-acsa.ipynb is the course's version again; your copy is kept as 02-acsa.old-1.ipynb. If the notebook is open, choose File → Reload Notebook from Disk.
    """

    restored: Path
    kept: Path | None

    def __str__(self) -> str:
        kept = (
            _("your copy is kept as {name}").format(name=self.kept.name)
            if self.kept
            else _("your copy was the same, so no copy was needed")
        )
        return _(
            "{name} is the course's version again; {kept}. "
            "If the notebook is open, choose File → Reload Notebook from Disk."
        ).format(name=self.restored.name, kept=kept)


def _notebook_number(notebook: str | int) -> str:
    text = str(notebook).strip()
    match = re.fullmatch(r"(\d{1,2})(-.*)?(\.ipynb)?", text)
    if not match:
        raise WorkspaceError(f"{text[:40]!r} is not a notebook number: give two digits, such as 02")
    return f"{int(match.group(1)):02d}"


def _free_old_name(target: Path) -> Path:
    stem = target.name[: -len(".ipynb")]
    used = [int(m.group(1)) for p in target.parent.glob(f"{stem}.old-*.ipynb")
            if (m := re.fullmatch(re.escape(stem) + r"\.old-(\d+)\.ipynb", p.name))]
    return target.with_name(f"{stem}.old-{max(used, default=0) + 1}.ipynb")


def reset_notebook(notebook: str | int, directory: str | os.PathLike | None = None) -> ResetReport:
    """Put the course's version of one notebook back, after keeping the learner's copy under a numbered name.

    ``directory`` defaults to the workspace found here (see
    :func:`helpers.exercises.attempts.find_workspace`), else ``workspace/``.

    >>> reset_notebook("nine", "ws")
    Traceback (most recent call last):
    ...
    helpers.workspace.WorkspaceError: 'nine' is not a notebook number: give two digits, such as 02
    """
    number = _notebook_number(notebook)
    ws = Path(directory) if directory is not None else (find_workspace() or Path("workspace"))
    if not (ws / WORKSPACE_FILE).is_file():
        raise WorkspaceError(f"{ws} is not a workspace (it has no {WORKSPACE_FILE}); make one with `make lab`")
    root = course_root()
    lesson = course().find(number)
    path = edition_path(lesson.notebook("student"), edition_of(ws)) if lesson else ""
    if lesson is None or not (root / path).is_file():
        raise WorkspaceError(f"the course has no notebook {number}")
    source = root / path
    target = ws / source.name
    kept = None
    if target.exists() and not same_as_course(target, source):
        kept = _free_old_name(target)
        os.replace(target, kept)
    target.write_bytes(course_copy(source))
    keep_base(ws, source.name, course_copy(source))
    record_copy(ws, source, root)
    return ResetReport(target, kept)


def record_copy(ws: Path, source: Path, root: Path) -> None:
    """Record in ``workspace.json`` that the workspace's copy of ``source`` is now the course's current version.

    >>> import tempfile; ws = Path(tempfile.mkdtemp()); root = course_root()
    >>> record_copy(ws, root / "notebooks" / "00-start-here.ipynb", root)
    >>> json.loads((ws / WORKSPACE_FILE).read_text())["files"]["00-start-here.ipynb"]["source"]
    'notebooks/00-start-here.ipynb'
    """
    state = _read_state(ws)
    state.setdefault("files", {})[source.name] = {
        "sha256": sha256_of(source),
        "source": source.relative_to(root).as_posix(),
        "copied": _now(),
    }
    state["updated"] = _now()
    _write_state(ws, state)


def backup_copy(target: Path) -> Path:
    """Copy a learner's notebook to the next free ``NN-name.old-N.ipynb`` beside it; returns the copy.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "02-acsa.ipynb").write_text("{}")
    >>> backup_copy(d / "02-acsa.ipynb").name, backup_copy(d / "02-acsa.ipynb").name
    ('02-acsa.old-1.ipynb', '02-acsa.old-2.ipynb')
    """
    kept = _free_old_name(target)
    kept.write_bytes(target.read_bytes())
    return kept


def start_over(notebook: str | int) -> Note:
    """In a notebook: keep your copy of ``notebook`` under a numbered name and get a fresh one.

    Outside a workspace (the course's own notebooks) it changes nothing and says so.

    >>> import os, tempfile
    >>> here = os.getcwd(); os.chdir(tempfile.mkdtemp())
    >>> start_over("02")
    This notebook is not in a workspace, so there is nothing to start over: open the course with `make lab`, which makes your own copies.
    >>> os.chdir(here)
    """
    ws = find_workspace()
    if ws is None:
        return Note(
            _("This notebook is not in a workspace, so there is nothing to start over: "
              "open the course with `make lab`, which makes your own copies.")
        )
    try:
        return Note(str(reset_notebook(notebook, ws)))
    except (WorkspaceError, OSError) as exc:
        return Note(_("Could not start over: {error}").format(error=exc))
