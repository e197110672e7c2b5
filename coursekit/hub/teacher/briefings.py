"""Every learner's capstone briefing on one page, beside the rubric, and a marks sheet for the teacher.

``python -m coursekit briefings --roster CLASS.csv [--from submissions/DATE]``
takes each learner's notebook 05 from their latest hand-in (``make handins``),
else from a collected folder, and finds the briefing: the cells between the
heading "Your briefing" and "When you have written yours" (the template
cell and any cells the learner added there). It writes ``briefings.html``
(one learner per printed page: the briefing, then the rubric of
``docs/model-briefing.md`` with boxes to mark) and, unless it is already
there, ``marks.csv``: one row per learner (username and name), one column
per rubric line (``R1``...), and ``comment``, for the teacher to fill (``make marks``
merges it into the gradebook). Every learner's text is HTML-escaped.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from coursekit.paths import HUB_STATE, REPO

__all__ = ["Briefing", "briefing_text", "find_briefings", "main", "marks_template", "readable", "render_page", "rubric"]

RUBRIC_DOC = REPO / "docs" / "model-briefing.md"
START, END = "## Your briefing", "**When you have written yours**"
INSTRUCTION = re.compile(r"^\*Double-click this cell.*\*\s*$", re.M)
MAX_NOTEBOOK = 20_000_000


@dataclass(frozen=True)
class Briefing:
    """One learner's briefing: their text (None: none found) and where it came from.

    >>> Briefing("ben", "Ben", "**Bottom line.** ...", "handed in 2026-12-01 09:00 UTC, on time").written
    True
    """

    username: str
    name: str
    text: str | None
    origin: str

    @property
    def written(self) -> bool:
        return bool(self.text and self.text.strip())


def rubric(path: Path = RUBRIC_DOC) -> list[str]:
    """The rubric lines of the self-check table in ``docs/model-briefing.md``, in order.

    >>> lines = rubric(); len(lines), lines[0].startswith("It opens with a bottom line")
    (10, True)
    """
    text = path.read_text(encoding="utf-8").split("## Self-check rubric", 1)[-1]
    rows = re.findall(r"^\|\s*(\d+)\s*\|\s*(.+?)\s*\|\s*(.*?)\s*\|\s*$", text, re.M)
    return [check for _, check, _ in rows]


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(str(s) for s in source)


def _template() -> str:
    return briefing_text((REPO / "notebooks" / "05-capstone.ipynb").read_bytes(), template=None) or ""


def briefing_text(data: bytes, template: str | None = "") -> str | None:
    """The briefing cells' text in a notebook 05 (the instruction line dropped); None when not found.

    ``template`` is the course's own text: a briefing equal to it is
    returned as ``""`` (not written yet). ``""`` means the course's template.

    >>> nb = {"cells": [{"cell_type": "markdown", "source": "## Your briefing: one page"},
    ...   {"cell_type": "markdown", "source": "*Double-click this cell, then.*\\n> **Bottom line.** Signed."},
    ...   {"cell_type": "markdown", "source": "**When you have written yours** (not before)"}]}
    >>> briefing_text(json.dumps(nb).encode(), template=None)
    '> **Bottom line.** Signed.'
    >>> briefing_text(b"not json") is None
    True
    """
    try:
        cells = json.loads(data.decode("utf-8"))["cells"]
        texts = [(str(c.get("cell_type")), _source(c)) for c in cells if isinstance(c, dict)]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    start = next((i for i, (_, t) in enumerate(texts) if t.lstrip().startswith(START)), None)
    end = next((i for i, (_, t) in enumerate(texts) if t.lstrip().startswith(END)), None)
    if start is not None and end is not None and start < end:
        chosen = [t for _, t in texts[start + 1:end]]
    else:  # the learner moved the headings: the cell holding the briefing's title
        chosen = [t for kind, t in texts if kind == "markdown" and "**Briefing:" in t][:1]
    if not chosen:
        return None
    text = "\n\n".join(INSTRUCTION.sub("", t).strip() for t in chosen).strip()
    if template is not None and text == (template or _template()):
        return ""
    return text


def _read(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            return None
        data = f.read(MAX_NOTEBOOK + 1)
    return data if len(data) <= MAX_NOTEBOOK else None


def find_briefings(members, state_dir: Path, collected: Path | None = None) -> list[Briefing]:
    """Each learner's briefing: from their latest hand-in, else from ``collected/NAME/05-*.ipynb``.

    ``members`` are roster members (``username``, ``name``), every one listed.

    >>> from coursekit.hub.roster import Member
    >>> [b.origin for b in find_briefings([Member("ben", "learner", "")], Path("no-state"))]
    ['nothing handed in or collected']
    """
    from .handin import handed_in

    hand_ins, found = handed_in(state_dir), []
    for m in members:
        candidates = []
        if m.username in hand_ins:
            h = hand_ins[m.username]
            candidates.append((h.folder, f"handed in, first seen {h.seen:%Y-%m-%d %H:%M} UTC, {h.status}"))
        if collected is not None:
            candidates.append((collected / m.username, f"collected in {collected.name}"))
        text, origin = None, "nothing handed in or collected"
        for folder, where in candidates:
            books = sorted(folder.glob("05-*.ipynb")) if folder.is_dir() and not folder.is_symlink() else []
            data = _read(books[0]) if books else None
            if data is not None:
                text, origin = briefing_text(data), where
                break
        found.append(Briefing(m.username, m.name, text, origin))
    return found


def readable(text: str) -> str:
    """A learner's Markdown as safe HTML for print: escaped first, then only ``**bold**`` and ``> `` quotes read.

    >>> readable("> **Bottom line.** <b>x</b>\\n>\\n> Next.")
    '<strong>Bottom line.</strong> &lt;b&gt;x&lt;/b&gt;\\n\\nNext.'
    """
    lines = [re.sub(r"^\s*&gt; ?", "", line) for line in html.escape(text).splitlines()]
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", "\n".join(lines))


_STYLE = """body{font-family:Georgia,serif;max-width:60em;margin:1em auto;line-height:1.4}
section.learner{border-top:2px solid #333;padding-top:.5em;margin-top:2em}
.briefing{white-space:pre-wrap;border:1px solid #999;padding:.6em;font-size:95%}
.missing{font-style:italic}table{border-collapse:collapse;width:100%;font-size:90%}
td,th{border:1px solid #999;padding:3px 6px;vertical-align:top}td.box{width:4em}
.comment{border:1px solid #999;height:5em}
@media print{body{max-width:none;margin:0}section.learner{break-after:page;page-break-after:always;border:0;margin:0}
nav{display:none}}"""


def _section(b: Briefing, lines: list[str]) -> str:
    who = html.escape(b.username) + (f" ({html.escape(b.name)})" if b.name else "")
    if b.text is None:
        body = "<p class='missing'>No briefing found.</p>"
    elif not b.written:
        body = "<p class='missing'>Not written yet: the briefing cell is still the course's template.</p>"
    else:
        body = f"<div class='briefing'>{readable(b.text)}</div>"
    rows = "".join(f"<tr><td>R{i}</td><td>{html.escape(line)}</td><td class='box'>☐ 0 ☐ 1</td></tr>"
                   for i, line in enumerate(lines, 1))
    return (f"<section class='learner' id='learner-{html.escape(b.username)}'><h2>{who}</h2>"
            f"<p>Source: {html.escape(b.origin)}</p>{body}<h3>Rubric (one point a line)</h3>"
            f"<table><tr><th>#</th><th>check</th><th>mark</th></tr>{rows}</table>"
            "<h3>Comment</h3><div class='comment'></div></section>")


def render_page(briefings: list[Briefing], lines: list[str]) -> str:
    """The page: every learner's briefing with the rubric, one learner per printed page.

    >>> page = render_page([Briefing("amy", "<b>Amy</b>", "<script>x</script>", "collected")], ["Check one."])
    >>> "<script>" in page, "&lt;script&gt;x" in page, "R1" in page and "Check one." in page
    (False, True, True)
    """
    links = " · ".join(f"<a href='#learner-{html.escape(b.username)}'>{html.escape(b.username)}</a>"
                       for b in briefings)
    written = sum(b.written for b in briefings)
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>Capstone briefings</title>"
            f"<style>{_STYLE}</style><h1>Capstone briefings: {written} of {len(briefings)} written</h1>"
            "<p>Mark each rubric line 0 or 1 (docs/model-briefing.md, and the assessment idea of notebook 05 in "
            "the teacher guide); write the marks and a comment per learner into <code>marks.csv</code>, then "
            "<code>make marks</code> puts them in the gradebook beside the auto-marks.</p>"
            f"<nav>{links}</nav>{''.join(_section(b, lines) for b in briefings)}</html>\n")


def marks_template(members, size: int) -> str:
    """The marks sheet the teacher fills: ``learner``, ``name``, ``R1``..``Rn``, ``comment``; one row per learner.

    >>> from coursekit.hub.roster import Member
    >>> print(marks_template([Member("amy", "learner", "Amy, A."), Member("ben", "learner", "")], 2), end="")
    learner,name,R1,R2,comment
    amy,"Amy, A.",,,
    ben,,,,
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["learner", "name", *(f"R{i}" for i in range(1, size + 1)), "comment"])
    for m in members:
        writer.writerow([m.username, m.name, *([""] * size), ""])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit briefings``: write briefings.html and (if absent) marks.csv."""
    from ..roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit briefings", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--from", dest="collected", default=None, help="a collected folder, submissions/DATE")
    p.add_argument("--out", default="briefings")
    args = p.parse_args(argv)
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    members = [m for m in roster.members if not m.is_teacher]
    lines = rubric()
    found = find_briefings(members, Path(args.state), Path(args.collected) if args.collected else None)
    out = Path(args.out)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    out.chmod(0o700)
    (out / "briefings.html").write_text(render_page(found, lines), encoding="utf-8")
    (out / "briefings.html").chmod(0o600)
    marks = out / "marks.csv"
    if marks.exists():
        print(f"{marks} is already there (your marks): left as it is")
    else:
        marks.write_text(marks_template(members, len(lines)), encoding="utf-8")
        marks.chmod(0o600)
        print(f"wrote {marks}: fill R1-R{len(lines)} with 0 or 1 and a comment, then make marks SUB=...")
    print(f"wrote {out / 'briefings.html'}: {sum(b.written for b in found)} of {len(found)} briefings written")
    for b in found:
        print(f"  {b.username}: {'written' if b.written else 'no briefing' if b.text is None else 'template only'}"
              f" ({b.origin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
