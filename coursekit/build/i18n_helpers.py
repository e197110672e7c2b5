"""The catalogues of ``helpers``' messages: the feedback engine's and each notebook's answer key.

Two kinds of message, two ways of finding them:

* the engine's messages (``check``, the slip notes, ``progress()``, the workspace)
  are English string literals passed to ``_()`` or ``N_()`` in ``helpers/``:
  read from the code (``ast``) into ``helpers/locale/<lang>/LC_MESSAGES/helpers.po``;
* a chart's texts (title, axis labels, source line, and the names its text
  twin shows) are computed from the data when it is drawn and described: read
  by drawing and describing every chart ``coursekit/build/render_charts.py`` draws,
  recording what :func:`helpers.i18n._` is asked for, into ``.../charts.po``;
* a curated table's sentences (``TRANSLATED_COLUMNS`` of ``helpers.datasets.cache``:
  a claim, an agreement's notes, a milestone) are read from the CSV files into ``.../data.po``;
* an answer key's texts (each exercise's hint, method, worked step, fact,
  predicted mistakes and options) are computed from the course data when
  ``helpers/questions/nbNN.py`` is imported: read from the registered
  questions, as a learner would see them, into ``.../nbNN.po``.

Updating keeps translations, marks a changed English text fuzzy and an
English text that is gone obsolete, as for the notebooks
(:func:`i18n_notebooks.merge`).

Usage::

    python -m coursekit i18n-helpers update     # extract and merge helpers.po and every nbNN.po
"""

from __future__ import annotations

import ast
import importlib
import sys
import warnings
from pathlib import Path

import polib

from coursekit.build import i18n_notebooks

__all__ = [
    "CATALOGUES", "answer_key_messages", "catalogue_files", "chart_messages", "code_messages", "data_messages", "update",
]

ROOT = i18n_notebooks.ROOT
HELPERS = ROOT / "helpers"
CATALOGUES = HELPERS / "locale"
_MARKERS = {"_", "N_"}
#: Functions whose every string argument is a message translated where it is shown (a slip's what and hint).
_MESSAGE_ARGUMENTS = {"_fixed"}


def code_messages(root: Path = HELPERS) -> list[tuple[str, str, int]]:
    """Every ``_("...")`` and ``N_("...")`` literal under ``root``, as (text, file, line), each text once.

    >>> any(text == "correct!" for text, _, _ in code_messages())
    True
    """
    found: dict[str, tuple[str, str, int]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            args = node.args[:1] if name in _MARKERS else node.args if name in _MESSAGE_ARGUMENTS else []
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.setdefault(arg.value, (arg.value, path.relative_to(ROOT).as_posix(), arg.lineno))
    return list(found.values())


def answer_key_messages(notebook: int) -> list[tuple[str, str]]:
    """The learner-facing texts of notebook ``notebook``'s answer key, as (text, where), each text once.

    >>> ("Count the items in article.paragraphs (len() does it for you).", "exercise 0.1, hint") in answer_key_messages(0)
    True
    """
    module = importlib.import_module(f"helpers.questions.nb{notebook:02d}")
    found: dict[str, str] = {}
    for question in module.QUESTIONS:
        texts = [("hint", question.hint), ("method", question.method), ("step", question.step), ("fact", question.fact)]
        texts += [(f"mistake {n}", entry[1]) for n, entry in enumerate(question.mistakes, 1)]
        texts += [(f"option {letter}", text) for letter, text in question.options.items()]
        for role, text in texts:
            if text and text not in found:
                found[text] = f"exercise {question.id}, {role}"
    return list(found.items())


def data_messages() -> list[tuple[str, str]]:
    """The sentences of the curated tables shown in the edition's language, as (text, "file:row id"), each once.

    >>> any(where.startswith("context.csv:") for _, where in data_messages())
    True
    """
    import csv

    from helpers.datasets.cache import DATA_DIR, TRANSLATED_COLUMNS

    found: dict[str, str] = {}
    for name, columns in TRANSLATED_COLUMNS.items():
        with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.DictReader(f), 2):
                for column in columns:
                    text = (row.get(column) or "").strip()
                    if text:
                        found.setdefault(text, f"{name}:{number} {column}")
    return list(found.items())


def chart_messages() -> list[str]:
    """The texts every course chart and its text twin ask to have translated (title, labels, source, names)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from coursekit.build import render_charts
    from helpers.i18n import language, recording

    engine = {text for text, _, _ in code_messages()} | {text for text, _ in data_messages()}
    with warnings.catch_warnings(), language("ja"), recording() as asked:
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from font")  # only the texts matter here
        for draw, describe, args, kwargs in render_charts.charts_to_render().values():
            ax = draw(*args, **kwargs)
            plt.close(ax.figure)
            describe(*args, **kwargs)
    return sorted(text for text in asked if text and text not in engine)


def catalogue_files(lang: str = "ja") -> dict[Path, polib.POFile]:
    """Each catalogue file of ``helpers`` in ``lang`` and its template (every message, untranslated)."""
    folder = CATALOGUES / lang / "LC_MESSAGES"
    engine = i18n_notebooks.new_catalogue(lang)
    for text, file, line in code_messages():
        engine.append(polib.POEntry(msgid=text, msgstr="", occurrences=[(file, str(line))]))
    files = {folder / "helpers.po": engine}
    charts = i18n_notebooks.new_catalogue(lang)
    for text in chart_messages():
        charts.append(polib.POEntry(msgid=text, msgstr="", occurrences=[("helpers/charts/__init__.py", "0")]))
    files[folder / "charts.po"] = charts
    data = i18n_notebooks.new_catalogue(lang)
    for text, where in data_messages():
        data.append(polib.POEntry(msgid=text, msgstr="", occurrences=[("helpers/data/" + where.split(":")[0], "0")], comment=where))
    files[folder / "data.po"] = data
    from helpers.exercises.bank import course_notebooks

    for notebook in course_notebooks():
        pot = i18n_notebooks.new_catalogue(lang)
        source = f"helpers/questions/nb{notebook:02d}.py"
        for text, where in answer_key_messages(notebook):
            pot.append(polib.POEntry(msgid=text, msgstr="", occurrences=[(source, "0")], comment=where))
        files[folder / f"nb{notebook:02d}.po"] = pot
    return files


def merged(path: Path, pot: polib.POFile) -> str:
    """The text ``path`` should hold: ``pot`` merged with the translations ``path`` has now."""
    old = polib.pofile(str(path), wrapwidth=0) if path.exists() else i18n_notebooks.new_catalogue("ja")
    return i18n_notebooks.merge(old, pot).__unicode__()


def update(lang: str = "ja", write: bool = True) -> list[Path]:
    """Extract and merge every catalogue of ``helpers``; the files that changed (or would, with ``write=False``)."""
    changed = []
    for path, pot in catalogue_files(lang).items():
        text = merged(path, pot)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        same = path.exists() and i18n_notebooks.messages(polib.pofile(text)) == i18n_notebooks.messages(polib.pofile(str(path)))
        if same and not write:
            continue  # only a line number moved: up to date for the tests
        changed.append(path)
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    return changed


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args not in (["update"], ["check"]):
        print("usage: python -m coursekit i18n-helpers update|check", file=sys.stderr)
        return 2
    changed = update(write=args == ["update"])
    for path in changed:
        verb = "updated" if args == ["update"] else "out of date:"
        print(verb, path.relative_to(ROOT), "" if args == ["update"] else "- run `make notebooks`")
    return 1 if changed and args == ["check"] else 0


if __name__ == "__main__":
    sys.exit(main())
