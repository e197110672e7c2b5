"""Command line: ``python -m helpers quotes FILE [--json]`` and ``python -m helpers summary FILE [--json]``.

For learners: ``python -m helpers workspace [DIR]`` creates or updates a
workspace of their own copies (``make lab`` runs it), and
``python -m helpers reset 02 [--dir DIR]`` starts notebook 02 over, keeping
the old copy under a numbered name (see :mod:`helpers.workspace`).

``quotes`` lists every quotation with its speaker and how the speaker was
found; ``--json`` prints a JSON array of objects with the keys of
:meth:`helpers.quotes.Quote.to_dict` (``text``, ``speaker``, ``paragraph``,
``role``, ``country``, ``via``, ``kind``, ``rule``, ``start``, ``end`` and
more). ``summary`` prints the date, weekday, paragraphs, people, agreements
and quotations per speaker.

Exit status: 0 on success; 2 for a file that cannot be read or does not
follow the article format (one line on stderr, ``path:line:col: problem —
what to do``) and for wrong usage (argparse's message).
"""

from __future__ import annotations

import argparse
import json
import sys

from .article import load_article
from .errors import ArticleFormatError
from .i18n import N_
from .i18n import tr as _
from .intake import load_pasted
from .quotes import RULES, extract_quotes

# The workspace commands and the summary's entities are imported when used:
# `python -m helpers quotes FILE` loads only the article, quotation and intake modules.

__all__ = ["build_parser", "main"]

_RULES_HELP = "rules (how a speaker was found):\n" + "\n".join(
    f"  {name:<13} {text}" for name, text in RULES.items()
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subcommand per task.

    >>> build_parser().parse_args(["quotes", "a.txt", "--json"])
    Namespace(command='quotes', file='a.txt', json=True, date=None)
    """
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Read a news article (the course's format: ' date YYYY-MM-DD ' then paragraphs) as data.",
        epilog="Example: python -m helpers quotes seeds/000_12fca90ebed3288f.txt --json",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    quotes = sub.add_parser(
        "quotes",
        help="list every quotation with its speaker",
        description="List every quotation in FILE: paragraph, speaker, kind (full/partial), rule and text.",
        epilog=_RULES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    quotes.add_argument("file", metavar="FILE", help="an article file (UTF-8 text in the seed format)")
    quotes.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    _add_date_option(quotes)
    summary = sub.add_parser(
        "summary",
        help="date, paragraphs, people, agreements and quotations per speaker",
        description="Summarise FILE: date and weekday, paragraphs, people, agreements, quotations per speaker.",
    )
    summary.add_argument("file", metavar="FILE", help="an article file (UTF-8 text in the seed format)")
    summary.add_argument("--json", action="store_true", help="print a JSON object instead of text")
    _add_date_option(summary)
    _add_workspace_commands(sub)
    return parser


def _add_date_option(sub) -> None:
    sub.add_argument(
        "--date",
        metavar="DATE",
        help="the article's date, for text pasted without the date line (2025-12-19, '19 December 2025', "
        "'Dec. 19, 2025'); single-newline paragraphs and site clutter are then handled too, "
        "and a saved web page (.html) is read as its article text",
    )


def _load(args):
    """The article: the course format, or (with --date, or a saved .html page) text as people paste it."""
    if args.date is None and not args.file.lower().endswith((".html", ".htm")):
        try:
            return load_article(args.file)
        except ArticleFormatError as exc:
            if exc.problem != "no date line":
                raise
            hint = exc.hint + "; or, for text pasted from a web page, give its date: --date 2025-12-19"
            raise ArticleFormatError(
                exc.problem, path=exc.path, line=exc.line, column=exc.column, hint=hint
            ) from None
    article, changes = load_pasted(args.file, date=args.date)
    for change in changes:
        print(f"note: {change}", file=sys.stderr)
    return article


# --- a learner's workspace -----------------------------------------------------
_WORKSPACE_COMMANDS = ("workspace", "reset", "update")


def _add_workspace_commands(sub) -> None:
    workspace = sub.add_parser(
        "workspace",
        help="create or update a learner's workspace (make lab runs it)",
        description="Copy the student notebooks and the glossary and sources into DIR, the learner's own "
        "folder. Run again after a course update: new notebooks are copied, a learner's file is never "
        "overwritten, and notebooks with a newer course version are named with the command that takes them.",
    )
    workspace.add_argument("dir", metavar="DIR", nargs="?", default="workspace", help="default: workspace")
    workspace.add_argument("--lang", default=None, help="the edition: en or ja (default: the workspace's own, else en)")
    reset = sub.add_parser(
        "reset",
        help="start one notebook over, keeping the old copy",
        description="Put the course's version of notebook NN back in the workspace, after keeping the "
        "learner's copy as NN-name.old-1.ipynb (then .old-2, ...). Nothing is deleted.",
    )
    update = sub.add_parser(
        "update",
        help="take a corrected course into a workspace, keeping every cell the learner changed",
        description="As workspace, then each notebook with a newer course version is replaced (when the "
        "learner had not changed it) or merged: changed cells kept, the others updated, new cells added; "
        "the learner's old copy is kept as NN-name.old-N.ipynb.",
    )
    update.add_argument("dir", metavar="DIR", nargs="?", default="workspace", help="default: workspace")
    update.add_argument("--bases", default=None, help="earlier course versions named SHA256.ipynb (the hub gives it)")
    reset.add_argument("notebook", metavar="NN", help="the notebook's number, such as 02")
    reset.add_argument(
        "--dir", default=None, help="the workspace (default: this folder if it is one, else workspace)"
    )


def _run_workspace_command(args) -> int:
    from .workspace import WorkspaceError, create_workspace, reset_notebook

    try:
        if args.command == "workspace":
            _emit(str(create_workspace(args.dir, lang=args.lang)), sys.stdout)
        elif args.command == "update":
            from .workspace_update import update_workspace

            _emit(str(update_workspace(args.dir, args.bases)), sys.stdout)
        else:
            _emit(str(reset_notebook(args.notebook, args.dir)), sys.stdout)
    except (WorkspaceError, OSError) as exc:
        _emit(f"python -m helpers {args.command}: {exc}", sys.stderr)
        return 2
    return 0


def _one_line(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis when cut.

    >>> _one_line("We are   ready", 8)
    'We are …'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _quotes_table(quotes) -> str:
    rows = [("#", "¶", "kind", "rule", "speaker", "text")]
    for q in quotes:
        speaker = q.speaker or "(unattributed)"
        if q.parent is not None:
            speaker = f"{speaker} (in #{q.parent})"
        rows.append(
            (str(q.number), str(q.paragraph), q.kind, q.rule, _one_line(speaker, 34), _one_line(q.text, 48))
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = []
    for r in rows:
        cells = [r[0].rjust(widths[0]), r[1].rjust(widths[1])] + [r[i].ljust(widths[i]) for i in (2, 3, 4)]
        lines.append("  ".join([*cells, r[5]]).rstrip())
    lines.append(f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}")
    return "\n".join(lines)


def _summary(article) -> dict:
    from .entities import find_agreements, find_people

    quotes = extract_quotes(article)
    per_speaker: dict[str, int] = {}
    for q in quotes:
        per_speaker[q.speaker] = per_speaker.get(q.speaker, 0) + 1
    return {
        "source": article.source,
        "date": article.date.isoformat(),
        "weekday": article.weekday,
        "paragraphs": len(article.paragraphs),
        "people": [p.to_dict() for p in find_people(article)],
        "agreements": [a.to_dict() for a in find_agreements(article)],
        "quotes": len(quotes),
        "quotes_per_speaker": dict(sorted(per_speaker.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


#: The weekdays an article's date line can fall on, for the catalogue (the summary shows them translated).
_WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))


def _summary_text(data: dict) -> str:
    lines = [
        _("file        {source}").format(source=data["source"]),
        _("date        {date} ({weekday})").format(date=data["date"], weekday=_(data["weekday"])),
        _("paragraphs  {n}").format(n=data["paragraphs"]),
        _("people      {n}").format(n=len(data["people"])),
    ]
    for p in data["people"]:
        about = ", ".join(x for x in (p["role"], p["country"]) if x)
        lines.append(f"  {p['name']}" + (f" ({about})" if about else "")
                     + _(", paragraph {n}").format(n=p["paragraph"]))  # fmt: skip
    lines.append(_("agreements  {n}").format(n=len(data["agreements"])))
    for a in data["agreements"]:
        lines.append(f"  {a['name']}" + (f" ({a['abbreviation']})" if a["abbreviation"] else ""))
    lines.append(_("quotations  {n}").format(n=data["quotes"]))
    unattributed = _("(unattributed)")
    width = max((len(s or unattributed) for s in data["quotes_per_speaker"]), default=0)
    for speaker, n in data["quotes_per_speaker"].items():
        lines.append(f"  {(speaker or unattributed).ljust(width)}  {n}")
    return "\n".join(lines)


def _encoding(stream) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


def _dumps(data) -> str:
    encoding = _encoding(sys.stdout).lower().replace("-", "").replace("_", "")
    return json.dumps(data, indent=2, ensure_ascii=encoding != "utf8")


# What the CLI's own tables and messages print, in plain ASCII for a terminal
# that cannot show it; anything else it cannot show is written as \uXXXX.
_ASCII_STAND_INS = str.maketrans(
    {"¶": "p", "…": "...", "—": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "}
)


def _emit(text: str, stream) -> None:
    """Write ``text`` and a newline to ``stream`` in whatever encoding it has, never raising on a character."""
    encoding = _encoding(stream)
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.translate(_ASCII_STAND_INS)
        text = text.encode(encoding, errors="backslashreplace").decode(encoding)
    except LookupError:  # an encoding Python does not know: fall back to ASCII escapes
        text = text.translate(_ASCII_STAND_INS).encode("ascii", errors="backslashreplace").decode("ascii")
    stream.write(text + "\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input).

    >>> main(["summary", "no/such/file.txt"])
    2
    """
    args = build_parser().parse_args(argv)
    if args.command in _WORKSPACE_COMMANDS:
        return _run_workspace_command(args)
    try:
        article = _load(args)
    except ArticleFormatError as exc:
        _emit(" ".join(str(exc).split()), sys.stderr)  # one line: path:line:col: problem — what to do
        return 2
    try:
        if args.command == "quotes":
            quotes = extract_quotes(article)
            if args.json:
                _emit(_dumps([q.to_dict() for q in quotes]), sys.stdout)
            else:
                _emit(_quotes_table(quotes), sys.stdout)
        else:
            data = _summary(article)
            _emit(_dumps(data) if args.json else _summary_text(data), sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `python -m helpers quotes FILE | head`
        sys.stderr.close()
    return 0
