"""The class view as HTML: the page, and the live part the page fetches again every 30 s.

Every text that comes from a learner or from the hub (names, mistake ids,
notebook numbers) goes through :func:`html.escape`; the page runs no inline
script (``live.js`` is served beside it, and the service's Content Security
Policy forbids any other), so a hostile name or progress line stays text.
The grid reads without colour: ✓ solved, ✗ tried, · not reached, ⚠ stuck,
with the number of tries beside the symbol.
"""

from __future__ import annotations

import datetime as dt
import html

from .model import ClassView, Learner

__all__ = ["LEGEND", "ago", "fragment", "page"]

LEGEND = "✓ solved; ✗ tried, not solved yet; · not reached; ⚠ stuck; the number beside a mark is the tries"

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0.5em 1em;font-size:14px;color:#111}
h1{font-size:1.3em;margin:0.2em 0}h2{font-size:1.1em;margin:0.8em 0 0.3em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:1px 4px}
.learners td,.learners th{text-align:left}
.grid{table-layout:fixed;width:100%}.grid td,.grid th{text-align:center;padding:1px 0;font-size:12px}
.grid th.name{writing-mode:vertical-rl;transform:rotate(180deg);height:14em;font-weight:normal;
 overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.grid col.ex{width:3em}.grid col.who{width:2.1em}.grid col.num{width:3.2em}.grid col.why{width:auto}
.grid td.why{text-align:left;padding-left:4px;font-size:12px;overflow-wrap:anywhere}
td.solved{background:#e8f4ea}td.tried{background:#fbeee0}td.stuck{background:#f6d5d5;font-weight:bold}
tr.stuck th,tr.stuck td{font-weight:bold}.note{color:#444}
"""


def ago(when: dt.datetime | None, now: dt.datetime) -> str:
    """How long ago, in words a teacher reads at a glance.

    >>> now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)
    >>> ago(now - dt.timedelta(seconds=20), now), ago(now - dt.timedelta(minutes=7), now), ago(None, now)
    ('just now', '7 min ago', '—')
    """
    if when is None:
        return "—"
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return when.strftime("%Y-%m-%d")


def _learner_row(one: Learner, total: int, now: dt.datetime, columns: tuple) -> str:
    e = html.escape
    stuck = f"⚠ STUCK: {e(one.stuck)}" if one.stuck else "—"
    tried = sum(m.state == "tried" for m in one.marks.values())
    extra = "".join(f"<td>{e(str(values.get(one.name, '—')))}</td>" for _, values in columns)
    return (f"<tr class='{'stuck' if one.stuck else ''}'><th scope='row'>{e(one.name)}</th><td>{e(one.presence)}</td>"
            f"<td>{e(ago(one.last_activity, now))}</td><td>{e(one.notebook) or '—'}</td>"
            f"<td>{one.solved} of {total}</td><td>{tried}</td><td>{stuck}</td>{extra}</tr>")


def _cell(one: Learner, exercise: str) -> str:
    mark = one.mark(exercise)
    kind = "stuck" if mark.stuck else mark.state.replace(" ", "-")
    words = f"{one.name}, {exercise}: {mark.state}" + (f", {mark.tries} tries" if mark.tries else "") + \
        (", stuck" if mark.stuck else "")
    tries = str(mark.tries) if mark.tries else ""
    return f"<td class='{kind}' title='{html.escape(words, quote=True)}'>{mark.symbol}{tries}</td>"


def _mistake(view: ClassView, row, words) -> str:
    if not row.mistake:
        return "—"
    mistake, count = row.mistake
    return f"{html.escape(words(row.exercise, mistake))} ({count} learner{'' if count == 1 else 's'})"


def fragment(view: ClassView, now: dt.datetime, words=lambda exercise, mistake: mistake) -> str:
    """The live part: the learners table and the exercise × learner grid (``words`` puts a mistake id in words).

    >>> from coursekit.hub.classview.model import build, parse_time
    >>> now = parse_time("2026-12-01T09:00:00Z")
    >>> part = fragment(build(["<b>x</b>"], {}, {}, ["2.1"], now), now)
    >>> "<b>x</b>" in part, "&lt;b&gt;x&lt;/b&gt;" in part, "never logged in" in part
    (False, True, True)
    """
    e = html.escape
    total = len(view.exercises)
    stuck = view.stuck_learners()
    never = [one.name for one in view.learners if one.presence == "never logged in"]
    summary = (f"<p id='summary'>{len(view.learners)} learners, {total} exercises. "
               f"Stuck now: <strong>{e(', '.join(stuck)) if stuck else 'nobody'}</strong>. "
               f"Never logged in: <strong>{e(', '.join(never)) if never else 'nobody'}</strong>. "
               f"<span class='note'>Updated {e(view.when)}.</span></p>")
    learners = "\n".join(_learner_row(one, total, now, view.columns) for one in view.learners)
    heads = "".join(f"<th scope='col' class='name' title='{e(one.name, quote=True)}'>"
                    f"{'⚠ ' if one.stuck else ''}{e(one.name)}</th>" for one in view.learners)
    cols = "<col class='ex'>" + "<col class='who'>" * len(view.learners) + "<col class='num'>" * 2 + "<col class='why'>"
    grid = []
    for row in view.rows:
        cells = "".join(_cell(one, row.exercise) for one in view.learners)
        grid.append(f"<tr><th scope='row'>{e(row.exercise)}</th>{cells}<td>{row.solved}</td>"
                    f"<td>{row.stuck or ''}</td><td class='why'>{_mistake(view, row, words)}</td></tr>")
    notes = "".join(f"<li>{e(n)}</li>" for n in view.notes[:50])
    return f"""{summary}
<h2>Learners</h2>
<table class="learners"><tr><th>learner</th><th>now</th><th>last activity</th><th>notebook</th><th>solved</th>
<th>tried, not solved</th><th>stuck?</th>{"".join(f"<th>{e(title)}</th>" for title, _ in view.columns)}</tr>
{learners}</table>
<h2>Exercises × learners</h2>
<p>{e(LEGEND)}. Right: per exercise, how many solved it, how many are stuck on it, and the most common mistake.</p>
<table class="grid"><colgroup>{cols}</colgroup>
<tr><th scope="col">exercise</th>{heads}<th scope="col">solved</th><th scope="col">stuck</th>
<th scope="col">most common mistake</th></tr>
{"".join(grid)}</table>
{f"<h2>Lines skipped in the progress files</h2><ul class='note'>{notes}</ul>" if notes else ""}"""


def page(view: ClassView, now: dt.datetime, refresh: int, script: str, words=lambda exercise, mistake: mistake,
         xsrf: str = "") -> str:
    """The whole page; ``script`` (the URL of live.js) fetches the live part every ``refresh`` seconds.

    The hub accepts its login cookie on a script's request only with the
    page's ``xsrf`` token, which live.js sends back.

    >>> from coursekit.hub.classview.model import build, parse_time
    >>> now = parse_time("2026-12-01T09:00:00Z")
    >>> text = page(build(["amy"], {}, {}, ["2.1"], now), now, 30, "live.js")
    >>> "data-refresh='30'" in text and "<script src='live.js'" in text
    True
    """
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class view</title><style>{_STYLE}</style></head>
<body><h1>Class view</h1>
<p class="note">Refreshes itself every {refresh} s (<span id="state">live</span>).
Solved, tried and stuck come from each learner's checks; placeholders and the course's demonstration cells are
not tries.</p>
<main id="live" data-refresh='{refresh}' data-xsrf='{html.escape(xsrf, quote=True)}'>{fragment(view, now, words)}</main>
<noscript><meta http-equiv="refresh" content="{refresh}"></noscript>
<script src='{html.escape(script, quote=True)}' defer></script>
</body></html>
"""
