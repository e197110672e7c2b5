"""Return feedback: each learner's feedback page, marks and comment into ``~/workspace/feedback/``.

``python -m coursekit return --roster CLASS.csv submissions/DATE`` writes,
for every graded learner with an account, ``feedback/README.md`` (the
total, the briefing's rubric marks and the teacher's comment; JupyterLab
opens Markdown rendered) and ``feedback/exercises.html`` (the grader's page,
``grades/feedback/NAME.html``). The files are written **by a process of the
learner's own account** (:mod:`coursekit.hub.as_learner`), which opens
``workspace`` and ``feedback`` with ``O_NOFOLLOW`` and renames each file into
place, so a link the learner planted (``feedback`` → ``/etc``, or into a
classmate's home) is refused, never written through. What was returned,
and when, is recorded in ``STATE/returns.json``; ``--status`` says, per
learner, whether the page was read since (see :func:`opened`).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import html
import json
import os
import stat
import sys
from pathlib import Path

from coursekit.paths import HUB_STATE

from ..as_learner import Learner, learner, run_as
from ..safe_read import Refused, open_tree
from .marks import PREFIX

__all__ = ["FOLDER", "WRITER", "deliver", "main", "opened", "pages_for", "readme", "returned"]

FOLDER = "feedback"
RECORD = "returns.json"
#: Run as the learner by a Python every account can run; the standard library only.
WRITER = r"""
import json, os, stat, sys
spec = json.load(sys.stdin)
D = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
class Refused(Exception):
    pass
def sub(fd, name, make):
    try:
        return os.open(name, D, dir_fd=fd)
    except FileNotFoundError:
        if not make:
            raise Refused(f"{name}: missing") from None
        os.mkdir(name, 0o755, dir_fd=fd)
        return os.open(name, D, dir_fd=fd)
    except OSError:
        if stat.S_ISLNK(os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode):
            raise Refused(f"{name}: a symbolic link, not followed") from None
        raise Refused(f"{name}: not a folder") from None
try:
    home = os.open(spec["home"], D)
    fb = sub(sub(home, "workspace", False), spec["folder"], True)
    for name, text in spec["files"].items():
        tmp = "." + name + ".returning"
        try:
            os.unlink(tmp, dir_fd=fb)
        except FileNotFoundError:
            pass
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644, dir_fd=fb)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.rename(tmp, name, src_dir_fd=fb, dst_dir_fd=fb)
except Refused as why:
    print(f"refused: {why}; nothing more written", file=sys.stderr)
    sys.exit(3)
except OSError as err:
    print(f"refused: {err.strerror}; nothing more written", file=sys.stderr)
    sys.exit(3)
"""


def _gradebook(folder: Path) -> tuple[list[str], dict[str, dict[str, str]]]:
    lines = (folder / "grades" / "gradebook.csv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.reader(line for line in lines if not line.startswith("#")))
    return rows[0], {row[0]: dict(zip(rows[0], row, strict=False)) for row in rows[1:] if row}


def readme(name: str, row: dict[str, str], rubric_lines: list[str]) -> str:
    """The learner's ``feedback/README.md``: auto-marks total, the briefing's marks and comment.

    >>> row = {"learner": "ben", "0.1": "2", "total": "2", "briefing R1": "1", "briefing total": "1",
    ...        "briefing comment": "Good <b>sources</b>."}
    >>> text = readme("ben", row, ["Opens with a bottom line."]); "| 1 | Opens with a bottom line. | 1 |" in text
    True
    >>> "&lt;b&gt;sources" in text
    True
    """
    exercises = [c for c in row if c not in ("learner", "total") and not c.startswith(PREFIX)]
    lines = [f"# Your feedback, {name}", "",
             f"**Exercises (auto-marked):** {row.get('total', '?')} of {2 * len(exercises)} points. "
             "Each exercise, with what passed and why, is in [exercises.html](exercises.html).", ""]
    marks = [(i, line, row.get(f"{PREFIX}R{i}", "")) for i, line in enumerate(rubric_lines, 1)]
    if any(mark for _, _, mark in marks) or row.get(f"{PREFIX}comment"):
        lines += ["## Your briefing", "", f"**{row.get(PREFIX + 'total', '?')} of {len(rubric_lines)}** on the "
                  "rubric of docs/model-briefing.md (one point a line).", "", "| # | check | mark |", "|---|---|---|"]
        lines += [f"| {i} | {html.escape(line, quote=False)} | {html.escape(mark) or '–'} |" for i, line, mark in marks]
        comment = html.escape(row.get(f"{PREFIX}comment", ""), quote=False).replace("\n", "  \n")
        lines += ["", "**Your teacher's comment:**", "", comment or "–"]
    else:
        lines += ["Your briefing has not been marked yet."]
    return "\n".join(lines) + "\n"


def pages_for(folder: Path, rubric_lines: list[str]) -> dict[str, dict[str, str]]:
    """Per graded learner, the files to return: ``README.md`` and ``exercises.html``.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "grades" / "feedback").mkdir(parents=True)
    >>> _ = (d / "grades" / "gradebook.csv").write_text("# n\\nlearner,0.1,total\\nben,2,2\\n")
    >>> _ = (d / "grades" / "feedback" / "ben.html").write_text("<p>page</p>")
    >>> sorted(pages_for(d, [])["ben"])
    ['README.md', 'exercises.html']
    """
    _, rows = _gradebook(folder)
    pages = {}
    for name, row in rows.items():
        page = folder / "grades" / "feedback" / f"{name}.html"
        files = {"README.md": readme(name, row, rubric_lines)}
        if page.is_file() and not page.is_symlink():
            files["exercises.html"] = page.read_text(encoding="utf-8")
        pages[name] = files
    return pages


def deliver(who: Learner, files: dict[str, str], python: str = "/usr/bin/python3") -> str:
    """Write ``files`` into ``who``'s ``workspace/feedback/`` as ``who``; '' when done, else why not.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "workspace").mkdir()
    >>> deliver(Learner("me", d, None, None), {"README.md": "# hi"}), (d / "workspace" / "feedback" / "README.md").read_text()
    ('', '# hi')
    >>> _ = (d / "workspace" / "feedback").rename(d / "x"); (d / "workspace" / "feedback").symlink_to("/etc")
    >>> deliver(Learner("me", d, None, None), {"README.md": "# hi"})
    'refused: feedback: a symbolic link, not followed; nothing more written'
    """
    spec = json.dumps({"home": str(who.home), "folder": FOLDER, "files": files})
    try:
        done = run_as(who, [python, "-I", "-c", WRITER], spec)
    except OSError as err:
        return f"could not run as {who.username}: {err}"
    return "" if done.returncode == 0 else (done.stderr.strip().splitlines() or ["failed"])[-1][:300]


def opened(who: Learner, returned_at: float) -> str:
    """Whether ``feedback/README.md`` was read since it was returned, from its access time: a hint, not proof.

    JupyterLab reads a file when the learner opens it; on a file system
    mounted ``relatime`` (the Linux default) the first read after a write
    updates the access time. A listing in the file browser does not. The
    learner can set the time (``touch``), and ``noatime`` mounts never
    update it: then this says "unknown".

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "workspace").mkdir()
    >>> opened(Learner("me", d, None, None), 0)
    'not returned (no feedback/README.md)'
    """
    try:
        with open_tree(who.home, who.workspace.name, FOLDER) as (fd, _):  # no link followed on the way
            st = os.stat("README.md", dir_fd=fd, follow_symlinks=False)
    except (Refused, OSError):
        return "not returned (no feedback/README.md)"
    if not stat.S_ISREG(st.st_mode):
        return "unknown (README.md is not a plain file now)"
    if st.st_mtime > returned_at + 5:
        return "changed since it was returned (the learner edited it)"
    return "read since it was returned (probably opened)" if st.st_atime > st.st_mtime else "not opened yet"


def returned(state: Path, names) -> dict[str, str]:
    """Per learner: not returned, or returned (when) and whether it was read since (:func:`opened`).

    >>> returned(Path("no-such-state"), ["ben"])
    {'ben': 'not returned'}
    """
    try:
        record = json.loads((state / RECORD).read_text())
    except (OSError, ValueError):
        record = {}
    found = {}
    for name in names:
        who, when = learner(name, state), record.get(name, {}).get("returned")
        if who is None or not when:
            found[name] = "not returned"
            continue
        found[name] = f"{opened(who, dt.datetime.fromisoformat(when).timestamp())} (returned {when[:16]} UTC)"
    return found


def _record(state: Path, done: dict[str, dict]) -> None:
    path = state / RECORD
    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        old = json.loads(path.read_text())
    except (OSError, ValueError):
        old = {}
    path.write_text(json.dumps({**old, **done}, indent=1) + "\n")
    path.chmod(0o600)


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit return``: return every graded learner's feedback (or ``--status``: who opened it)."""
    from ..roster import roster_or_say
    from .briefings import rubric

    p = argparse.ArgumentParser(prog="python -m coursekit return", description=__doc__.splitlines()[0])
    p.add_argument("folder", nargs="?", help="a graded folder: submissions/YYYY-MM-DD")
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--status", action="store_true", help="only say, per learner, whether the feedback was opened")
    p.add_argument("--python", default="/usr/bin/python3", help="a Python every account can run")
    args = p.parse_args(argv)
    roster, state = roster_or_say(args.roster), Path(args.state)
    if roster is None:
        return 2
    if args.status:
        for name, text in returned(state, roster.learners).items():
            print(f"  {name}: {text}")
        return 0
    if not args.folder or not (Path(args.folder) / "grades" / "gradebook.csv").is_file():
        print(f"{args.folder}: no grades/gradebook.csv; make grade SUB=... first", file=sys.stderr)
        return 2
    pages, done, failed = pages_for(Path(args.folder), rubric()), {}, 0
    for name in roster.learners:
        who = learner(name, state)
        if name not in pages or who is None:
            print(f"  {name}: {'not graded' if name not in pages else 'never logged in'}: nothing returned")
            continue
        why = deliver(who, pages[name], args.python)
        if why:
            failed += 1
            print(f"  {name}: NOT returned: {why}")
            continue
        now = dt.datetime.now(dt.timezone.utc).isoformat()
        done[name] = {"returned": now, "from": str(args.folder),
                      "files": {f: hashlib.sha256(t.encode()).hexdigest() for f, t in pages[name].items()}}
        print(f"  {name}: returned into workspace/{FOLDER}/ ({', '.join(pages[name])})")
    _record(state, done)
    print(f"returned to {len(done)} learners; make return-status says who has opened it")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
