"""The Japanese edition of the notebooks: one source, a gettext catalogue per notebook, a build.

The English sources (``notebooks/src/NN-name.py``) stay the one source of code
and structure. Every learner-facing text of a notebook (each markdown block,
each code comment, in both the student and the instructor version) is a
message of ``notebooks/locale/<lang>/LC_MESSAGES/NN-name.po``, the English as
``msgid``. Updating a catalogue keeps every translation whose English is
unchanged; a translation whose English changed is kept but marked
``fuzzy`` (with the previous English as ``#| msgid``), so it needs review
and is not used until a translator removes the mark; a translation whose
English is gone becomes obsolete (``#~``). The build writes
``notebooks/<lang>/NN-name.ipynb`` and ``notebooks/<lang>/solutions/NN-name.ipynb``,
executed like the English ones; an untranslated block stays in English.

Usage::

    python -m coursekit i18n update            # extract and merge every catalogue
    python -m coursekit i18n build [NN ...]    # update, then build and execute the Japanese notebooks
    python -m coursekit i18n check             # exit 1 if a catalogue or a Japanese notebook is out of date
    python -m coursekit i18n coverage          # translated / total per notebook
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import polib

from coursekit.build import notebooks as build_notebooks
from coursekit.build.i18n_text import code_pieces, markdown_pieces, translate_code, translate_markdown

__all__ = [
    "LOCALE",
    "Message",
    "catalogue_path",
    "coverage",
    "extract",
    "localise",
    "merge",
    "messages",
    "new_catalogue",
    "targets",
    "template",
]

ROOT = build_notebooks.ROOT
LOCALE = ROOT / "notebooks" / "locale"
LANGUAGES = ("ja",)
#: Below this similarity a changed English text is a new message, not a fuzzy old one.
FUZZY_CUTOFF = 0.6
_START = re.compile(r"""(helpers\.start\(\s*(['"])\d\d\2)\s*\)""")


@dataclass(frozen=True)
class Message:
    """One learner-facing text of a notebook: the English, where it is, and what kind of text it is."""

    text: str
    cell: int  # the source cell, counted from 1
    line: int  # the line of notebooks/src/NN-name.py where it starts
    kind: str  # "markdown" or "comment"
    only: str = ""  # "student" or "instructor" when only one version shows it


def catalogue_path(source: Path, lang: str = "ja") -> Path:
    """Where the catalogue of ``source`` (notebooks/src/NN-name.py) lives.

    >>> catalogue_path(Path("notebooks/src/02-acsa.py")).relative_to(ROOT).as_posix()
    'notebooks/locale/ja/LC_MESSAGES/02-acsa.po'
    """
    return LOCALE / lang / "LC_MESSAGES" / f"{source.stem}.po"


def targets(source: Path, lang: str = "ja") -> tuple[Path, Path]:
    """Where the student and instructor versions of ``source`` in ``lang`` are stored."""
    name = source.stem + ".ipynb"
    return ROOT / "notebooks" / lang / name, ROOT / "notebooks" / lang / "solutions" / name


def _cell_lines(source: Path) -> list[int]:
    """The line of each ``# %%`` cell marker of a jupytext source (the first cell may have none)."""
    lines = [n for n, line in enumerate(source.read_text(encoding="utf-8").split("\n"), 1) if line.startswith("# %%")]
    return lines if lines and lines[0] == 1 else [1, *lines]


def extract(source: Path) -> list[Message]:
    """Every learner-facing text of ``source``, in the order a reader meets it, each once."""
    import jupytext

    cells = jupytext.read(source, fmt="py:percent").cells
    starts = _cell_lines(source)
    made = dict(zip(("student", "instructor"), build_notebooks.make_versions(source), strict=True))
    position = {"student": 0, "instructor": 0}
    found: dict[str, Message] = {}
    for number, cell in enumerate(cells, 1):
        tags = cell.metadata.get("tags", [])
        only = "instructor" if "instructor" in tags else "student" if "student" in tags else ""
        for version in ("student", "instructor"):
            if only and only != version:
                continue
            built = made[version].cells[position[version]]
            position[version] += 1
            if built.cell_type == "markdown":
                pieces, kind, offset = markdown_pieces(built.source), "markdown", 1
            else:
                pieces, kind, offset = code_pieces(built.source), "code", 1
            for piece in pieces:
                if piece.text not in found:
                    line = starts[number - 1] + offset + piece.line - 1
                    found[piece.text] = Message(piece.text, number, line, kind, only)
    return list(found.values())


def template(source: Path, lang: str = "ja") -> polib.POFile:
    """The catalogue of ``source`` with every message and no translation (a POT in memory)."""
    pot = new_catalogue(lang)
    rel = source.relative_to(ROOT).as_posix()
    for message in extract(source):
        note = f"cell {message.cell}, {message.kind}" + (f", {message.only} version only" if message.only else "")
        pot.append(polib.POEntry(msgid=message.text, msgstr="", occurrences=[(rel, str(message.line))], comment=note))
    return pot


def new_catalogue(lang: str) -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "japan-nz-security-course",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po


def merge(old: polib.POFile, pot: polib.POFile) -> polib.POFile:
    """``pot``'s messages with ``old``'s translations: kept when the English is the same, fuzzy when it changed.

    >>> old, pot = new_catalogue("ja"), new_catalogue("ja")
    >>> old.append(polib.POEntry(msgid="Run the cell first.", msgstr="まずセルを実行します。"))
    >>> pot.append(polib.POEntry(msgid="Run the next cell first."))
    >>> new = merge(old, pot)
    >>> new[0].msgstr, new[0].fuzzy, new[0].previous_msgid
    ('まずセルを実行します。', True, 'Run the cell first.')
    """
    new = new_catalogue(old.metadata.get("Language", "ja"))
    new.metadata.update(old.metadata)
    known = {e.msgid: e for e in old if e.msgstr}
    wanted = {e.msgid for e in pot}
    spare = {k: e for k, e in known.items() if k not in wanted}
    for entry in pot:
        fresh = polib.POEntry(msgid=entry.msgid, msgstr="", occurrences=entry.occurrences, comment=entry.comment)
        before = known.get(entry.msgid)
        if before is not None:
            fresh.msgstr, fresh.tcomment = before.msgstr, before.tcomment
            fresh.flags = [f for f in before.flags if f == "fuzzy"] if not before.obsolete else ["fuzzy"]
            fresh.previous_msgid = before.previous_msgid if fresh.flags else None
        else:
            close = difflib.get_close_matches(entry.msgid, list(spare), n=1, cutoff=FUZZY_CUTOFF)
            if close:
                before = spare.pop(close[0])
                fresh.msgstr, fresh.tcomment = before.msgstr, before.tcomment
                fresh.flags = ["fuzzy"]
                fresh.previous_msgid = before.msgid
        new.append(fresh)
    for entry in spare.values():
        gone = polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr, obsolete=True, tcomment=entry.tcomment)
        new.append(gone)
    return new


def messages(po: polib.POFile) -> list[tuple[str, str, bool, bool]]:
    """What a catalogue says, without where: (English, translation, fuzzy, obsolete) of each message.

    A catalogue is out of date when this differs from its update's, not when
    only a source line number moved.

    >>> po = new_catalogue("ja"); po.append(polib.POEntry(msgid="a", msgstr="あ", occurrences=[("x.py", "3")]))
    >>> messages(po)
    [('a', 'あ', False, False)]
    """
    return sorted((e.msgid, e.msgstr, e.fuzzy, e.obsolete) for e in po)


def update(source: Path, lang: str = "ja") -> bool:
    """Extract and merge the catalogue of ``source``; True when the file changed."""
    path = catalogue_path(source, lang)
    old = polib.pofile(str(path), wrapwidth=0) if path.exists() else new_catalogue(lang)
    text = merge(old, template(source, lang)).__unicode__()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def translations(path: Path) -> dict[str, str]:
    """English → translation, the usable ones only (not fuzzy, not obsolete, not empty)."""
    if not path.exists():
        return {}
    return {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgstr and not e.fuzzy and not e.obsolete}


def localise(nb: nbformat.NotebookNode, table: dict[str, str], lang: str = "ja") -> nbformat.NotebookNode:
    """A copy of ``nb`` with its texts translated by ``table`` and the setup cell's ``helpers.start`` in ``lang``.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('helpers.start("00")  # go')])
    >>> localise(nb, {"go": "開始"}).cells[0].source
    'helpers.start("00", lang="ja")  # 開始'
    """
    out = nbformat.from_dict(nbformat.v4.new_notebook())
    out.metadata = dict(nb.metadata)
    out.metadata["language_info"] = dict(nb.metadata.get("language_info", {"name": "python"}))
    out.metadata["course_language"] = lang
    for cell in nb.cells:
        new = nbformat.from_dict(dict(cell))
        if cell.cell_type == "markdown":
            new.source = translate_markdown(cell.source, table.get)
        else:
            new.source = _START.sub(rf'\1, lang="{lang}")', translate_code(cell.source, table.get))
        out.cells.append(new)
    return out


def make_versions(source: Path, lang: str = "ja") -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """(student, instructor) notebooks of ``source`` in ``lang``, not yet executed."""
    table = translations(catalogue_path(source, lang))
    student, instructor = build_notebooks.make_versions(source)
    return localise(student, table, lang), localise(instructor, table, lang)


def build(source: Path, lang: str = "ja") -> float:
    """Build and execute both versions of ``source`` in ``lang``; the seconds it took."""
    started = time.perf_counter()
    for nb, target in zip(make_versions(source, lang), targets(source, lang), strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        one = time.perf_counter()
        build_notebooks.execute(nb, target.parent)
        nbformat.validate(nb)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            nbformat.write(nb, handle)
        print(f"built {target.relative_to(ROOT)} in {time.perf_counter() - one:.1f} s")
    return time.perf_counter() - started


def stale(source: Path, lang: str = "ja") -> list[str]:
    """What is out of date for ``source``: its catalogue, or a stored notebook that differs from its build."""
    problems = []
    path = catalogue_path(source, lang)
    old = polib.pofile(str(path), wrapwidth=0) if path.exists() else new_catalogue(lang)
    if not path.exists() or messages(merge(old, template(source, lang))) != messages(old):
        problems.append(f"{path.relative_to(ROOT)} is out of date with notebooks/src/{source.name}")
    for nb, target in zip(make_versions(source, lang), targets(source, lang), strict=True):
        rel = target.relative_to(ROOT)
        if not target.exists():
            problems.append(f"{rel} is missing")
        elif build_notebooks.cells_signature(nbformat.read(target, as_version=4)) != build_notebooks.cells_signature(nb):
            problems.append(f"{rel} differs from notebooks/src/{source.name} and its catalogue")
    return problems


def coverage(source: Path, lang: str = "ja") -> tuple[int, int, int, int]:
    """(translated, fuzzy, untranslated, obsolete) messages of the catalogue of ``source``."""
    path = catalogue_path(source, lang)
    entries = list(polib.pofile(str(path))) if path.exists() else []
    live = [e for e in entries if not e.obsolete]
    done = sum(1 for e in live if e.msgstr and not e.fuzzy)
    fuzzy = sum(1 for e in live if e.fuzzy)
    return done, fuzzy, len(live) - done - fuzzy, len(entries) - len(live)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "build", "check", "coverage"])
    parser.add_argument("names", nargs="*", help="notebook numbers or names (default: all)")
    parser.add_argument("--lang", default="ja", choices=LANGUAGES)
    args = parser.parse_args(argv)
    paths = build_notebooks.sources(args.names)
    if not paths:
        print(f"no notebook sources match {args.names} in notebooks/src/", file=sys.stderr)
        return 1
    if args.command == "check":
        problems = [p for path in paths for p in stale(path, args.lang)]
        for problem in problems:
            print(problem, "- run `make notebooks`", file=sys.stderr)
        return 1 if problems else 0
    if args.command == "coverage":
        for path in paths:
            done, fuzzy, todo, gone = coverage(path, args.lang)
            total = done + fuzzy + todo
            print(f"{path.stem:28} {done:4}/{total:<4} translated, {fuzzy} fuzzy, {todo} untranslated, {gone} obsolete")
        return 0
    for path in paths:
        if update(path, args.lang):
            print(f"updated {catalogue_path(path, args.lang).relative_to(ROOT)}")
    if args.command == "build":
        total = sum(build(path, args.lang) for path in paths)
        print(f"built the {args.lang} edition of {len(paths)} notebook(s) in {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
