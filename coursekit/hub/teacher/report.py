"""The teacher's view: an HTML page with, per exercise and per learner, solved / attempted / not started.

``python -m coursekit report --roster CLASS.csv [--from submissions/DATE] --out teacher-report.html``
reads the live workspaces on the hub (or a collected folder) and writes the
page with a chart of where the class is stuck (exercise × learner). The
chart uses shapes and text, not colour alone: ✓ filled square, ✗ hatched
square, · empty square.
"""

from __future__ import annotations

import argparse
import base64
import html
import io
import json
import sys
from pathlib import Path

from coursekit.hub.settings import hub_mode
from coursekit.paths import HUB_STATE

from .collect import learner_workspaces
from .progress import PROGRESS_LIMIT, ClassProgress, class_progress

__all__ = ["collected_status", "course_exercises", "draw_chart", "main", "render_html"]

_FILL = {"solved": ("#222222", ""), "attempted": ("white", "////"), "not started": ("white", "")}


def course_exercises() -> list[str]:
    """Every exercise id of the course, in order, from the answer keys (every notebook that has one).

    >>> ids = course_exercises(); "2.1" in ids and ids == sorted(ids, key=lambda e: [int(x) for x in e.split(".")])
    True
    """
    from helpers.exercises.bank import course_notebooks, question_ids

    return [q for notebook in course_notebooks() for q in question_ids(notebook)]


def collected_status(folder: Path) -> dict[str, str]:
    """Learners not collected (``not logged in``, ``no work yet``), from a collection's ``collection.json``.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "collection.json").write_text(
    ...     '{"format": "course-collection/1", "learners": {"ben": {"status": "not logged in", "skipped": []},'
    ...     ' "amy": {"status": "collected", "skipped": []}}}')
    >>> collected_status(d), collected_status(d / "none")
    ({'ben': 'not logged in'}, {})
    """
    try:
        book = json.loads((folder / "collection.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    learners = book.get("learners", {}) if isinstance(book, dict) else {}
    return {name: str(item.get("status")) for name, item in learners.items()
            if isinstance(item, dict) and item.get("status") != "collected"}


def draw_chart(progress: ClassProgress):
    """A matplotlib figure: one row per learner, one column per exercise.

    >>> from coursekit.hub.teacher.progress import Cell
    >>> cp = ClassProgress(("2.1", "2.2"), ("ben",), {("ben", "2.1"): Cell("solved", 1, ())}, ())
    >>> fig = draw_chart(cp); len(fig.axes[0].patches)
    2
    """
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, Rectangle

    ex, learners = progress.exercises, progress.learners
    fig = Figure(figsize=(max(6, 0.42 * len(ex) + 2), max(2.5, 0.32 * len(learners) + 1.6)), dpi=100)
    ax = fig.add_subplot()
    for row, name in enumerate(learners):
        for col, exercise in enumerate(ex):
            cell = progress.cell(name, exercise)
            face, hatch = _FILL[cell.state]
            ax.add_patch(Rectangle((col + 0.08, row + 0.08), 0.84, 0.84, facecolor=face, hatch=hatch,
                                   edgecolor="#444444", linewidth=0.8))
    ax.set_xlim(0, len(ex))
    ax.set_ylim(len(learners), 0)
    ax.set_xticks([i + 0.5 for i in range(len(ex))], ex, rotation=90, fontsize=8)
    ax.set_yticks([i + 0.5 for i in range(len(learners))], learners, fontsize=8)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel("exercise")
    ax.set_title("Where the class is: filled = solved, hatched = tried, not solved yet, empty = not started",
                 fontsize=9, loc="left")
    labels = {"solved": "solved", "attempted": "tried, not solved yet", "not started": "not started"}
    ax.legend(handles=[Patch(facecolor=f, hatch=h, edgecolor="#444444", label=labels[s]) for s, (f, h) in _FILL.items()],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode()


def _in_words(exercise: str, mistake: str) -> str:
    """A mistake's id in words, from the answer key (the id itself when it has none)."""
    from helpers.exercises.mistakes import mistake_text

    try:
        return mistake_text(exercise, mistake)
    except Exception:  # an answer key that cannot load must not stop the report
        return mistake


def _exercise_rows(p: ClassProgress) -> str:
    rows = []
    for e in p.exercises:
        mistake = p.common_mistake(e)
        text = f"{html.escape(_in_words(e, mistake[0]))} ({mistake[1]}×)" if mistake else "—"
        rows.append(f"<tr><th scope='row'>{html.escape(e)}</th><td>{p.count(e, 'solved')}</td>"
                    f"<td>{p.count(e, 'attempted')}</td><td>{p.count(e, 'not started')}</td><td>{text}</td></tr>")
    return "\n".join(rows)


def _grid_rows(p: ClassProgress) -> str:
    rows = []
    for name in p.learners:
        if p.status.get(name) == "not logged in":
            rows.append(f"<tr><th scope='row'>{html.escape(name)}</th>"
                        f"<td colspan='{len(p.exercises) + 1}'>not logged in</td></tr>")
            continue
        cells = "".join(
            f"<td title='{html.escape(c.state)}, {c.tries} tries'>{html.escape(c.symbol)}{c.tries or ''}</td>"
            for c in (p.cell(name, e) for e in p.exercises)
        )
        solved = sum(p.cell(name, e).state == "solved" for e in p.exercises)
        rows.append(f"<tr><th scope='row'>{html.escape(name)}</th>{cells}<td>{solved}/{len(p.exercises)}</td></tr>")
    return "\n".join(rows)


def _status_line(p: ClassProgress) -> str:
    by_status: dict[str, list[str]] = {}
    for name in p.learners:
        if name in p.status:
            by_status.setdefault(p.status[name], []).append(name)
    return "".join(f"<p><strong>{html.escape(status)}:</strong> {html.escape(', '.join(names))}</p>"
                   for status, names in sorted(by_status.items()))


def render_html(p: ClassProgress, title: str = "Class progress") -> str:
    """The whole page as HTML text (chart embedded as a PNG).

    >>> from coursekit.hub.teacher.progress import Cell
    >>> cp = ClassProgress(("2.1",), ("ben",), {("ben", "2.1"): Cell("solved", 1, ())}, ("f:3: skipped",))
    >>> page = render_html(cp); "<td title='solved, 1 tries'>✓1</td>" in page and "f:3: skipped" in page
    True
    """
    head = "".join(f"<th scope='col'>{html.escape(e)}</th>" for e in p.exercises)
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in p.notes) or "<li>none</li>"
    return f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:1em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #999;padding:2px 6px;text-align:center}}</style>
<h1>{html.escape(title)}</h1>
<p>{len(p.learners)} learners, {len(p.exercises)} exercises. ✓ solved, ✗ tried but not solved yet, · not started.</p>
{_status_line(p)}
<img alt="Grid of learners by exercises: filled squares are solved, hatched are tried but not solved, empty are not started" src="data:image/png;base64,{_png(draw_chart(p))}">
<h2>Per exercise</h2>
<table><tr><th>exercise</th><th>solved</th><th>tried, not solved</th><th>not started</th><th>most common mistake</th></tr>
{_exercise_rows(p)}</table>
<h2>Per learner</h2>
<table><tr><th>learner</th>{head}<th>solved</th></tr>
{_grid_rows(p)}</table>
<h2>Lines and files skipped in the progress files</h2>
<p>Each progress file is read only when it is a regular file in that learner's own workspace (no link followed),
and only its first {PROGRESS_LIMIT:,} bytes.</p><ul>{notes}</ul>
</html>
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit report``: write the page (and the chart as PNG next to it)."""
    from ..roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit report", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--from", dest="source", help="a collected folder (submissions/DATE) instead of the live hub")
    p.add_argument("--out", default="teacher-report.html")
    args = p.parse_args(argv)
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    status: dict[str, str] = {}
    spaces: dict[str, Path | None]
    if args.source:
        spaces = {name: Path(args.source) / name for name in roster.learners}
        status = collected_status(Path(args.source))
    else:
        spaces = learner_workspaces(roster.learners, hub_mode(), Path(args.state))
    progress = class_progress(spaces, course_exercises(), status)
    out = Path(args.out)
    out.write_text(render_html(progress), encoding="utf-8")
    draw_chart(progress).savefig(out.with_suffix(".png"))
    solved = sum(progress.count(e, "solved") for e in progress.exercises)
    print(f"wrote {out} and {out.with_suffix('.png')}: {len(progress.learners)} learners, "
          f"{solved} of {len(progress.learners) * len(progress.exercises)} learner-exercises solved")
    for note in progress.notes:
        print("skipped:", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
