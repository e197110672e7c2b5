"""``python -m coursekit COMMAND …``: the one command line of the course's tooling.

Everything a course author, a teacher or CI runs goes through here; the
``make`` targets are the front door and call it. Each command is a module
with a ``main(argv)``, imported only when it is asked for (the hub's
commands need the hub extra, the site's the site extra).

>>> sorted(COMMANDS)[:5]
['answer-key', 'briefings', 'build', 'charts', 'collect']
>>> main(["no-such-command"])  # the message goes to standard error
2
"""

from __future__ import annotations

import importlib
import inspect
import sys

__all__ = ["COMMANDS", "main"]

#: command → (module, what it does). One line each; ``python -m coursekit`` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("coursekit.build.notebooks", "the notebooks from notebooks/src, executed (make notebooks)"),
    "tables": ("coursekit.build.tables", "the course.toml blocks in the notebook sources and docs"),
    "i18n": ("coursekit.build.i18n_notebooks", "the Japanese notebooks: update|build|check|coverage (make translations)"),
    "i18n-helpers": ("coursekit.build.i18n_helpers", "the catalogues of helpers' messages: update|check"),
    "glossary-ja": ("coursekit.build.glossary_ja", "the glossary's Japanese terms table from terms.csv"),
    "answer-key": ("coursekit.build.answer_key", "docs/answer-key.md and docs/ja/answer-key.md from the answer keys"),
    "edition": ("coursekit.build.edition", "one edition of the course (student or instructor) in a folder"),
    "times": ("coursekit.build.times", "estimate each notebook's working time"),
    "charts": ("coursekit.build.render_charts", "render every chart to build/charts (make charts)"),
    "countries": ("coursekit.build.project_countries", "re-project the map's countries (after a cartopy change)"),
    "site": ("coursekit.site.build", "the reading website (make site)"),
    "hub": ("coursekit.hub.serve", "the class hub (make hub)"),
    "k8s-values": ("coursekit.hub.k8s", "hub/k8s/values.yaml and environment.yml from the hub's settings"),
    "passwords": ("coursekit.hub.passwords", "the teachers' hub passwords (make teacher-passwords)"),
    "collect": ("coursekit.hub.teacher.collect", "collect the learners' notebooks (make collect)"),
    "report": ("coursekit.hub.teacher.report", "the class report (make report)"),
    "grade": ("coursekit.hub.teacher.grade", "grade collected notebooks in the sandbox (make grade)"),
    "handins": ("coursekit.hub.teacher.handin", "sweep the learners' hand-ins, on time or late (make handins)"),
    "briefings": ("coursekit.hub.teacher.briefings", "every capstone briefing on one page, and a marks sheet"),
    "marks": ("coursekit.hub.teacher.marks", "merge the briefing marks into the gradebook (make marks)"),
    "return": ("coursekit.hub.teacher.giveback", "feedback into each learner's workspace, as the learner"),
    "update-workspaces": ("coursekit.hub.teacher.deliver", "a corrected notebook to every learner, merged"),
    "loadtest": ("coursekit.hub.loadtest", "a class of N on a real hub (make hub-loadtest)"),
    "prestart": ("coursekit.hub.prestart", "start every learner's server before the lesson (make hub-prestart)"),
    "lowest": ("coursekit.lowest", "the lowest versions pyproject.toml allows, as pip constraints"),
}


def _usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {what}" for name, (_, what) in COMMANDS.items()]
    return "usage: python -m coursekit COMMAND [options]\n\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run one command with the rest of ``argv``; return its exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"coursekit: no command {name!r}. The commands: {', '.join(sorted(COMMANDS))}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    takes_argv = bool(inspect.signature(module.main).parameters)
    status = module.main(rest) if takes_argv else _run_without_argv(module.main, name, rest)
    return int(status or 0)


def _run_without_argv(entry, name: str, rest: list[str]) -> int:
    if rest:
        print(f"coursekit {name}: takes no options (got {' '.join(rest)})", file=sys.stderr)
        return 2
    return entry()
