"""The language of the course's feedback: English, or a translation read from ``helpers/locale``.

Every learner-facing message of ``helpers`` (the ``check`` feedback, the
answer keys' hints, mistakes and facts, the slip notes, ``progress()`` and the
workspace messages) is written in English and passed through :func:`_` where
it is shown. In the Japanese edition the setup cell says
``helpers.start("02", lang="ja")``; from then on :func:`_` looks each message
up in ``helpers/locale/ja/LC_MESSAGES/*.po``. A message with no translation
(or one marked fuzzy, waiting for review) stays in English: never an error.

The catalogues are read by the small reader below (the standard library
only), so a learner's install needs no gettext tools.

>>> set_language("en"); _("correct!")
'correct!'
>>> with language("ja"):
...     _("correct!") != "correct!", _("a message nobody translated")
(True, 'a message nobody translated')
>>> set_language("xx")
Traceback (most recent call last):
...
ValueError: language 'xx' is not one of ('en', 'ja')
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import logging
import os
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "N_",
    "Translated",
    "chart_font",
    "current_language",
    "edition_path",
    "language",
    "localise_question",
    "read_po",
    "recording",
    "set_language",
    "tr",
]

#: The languages the course speaks; the first is the one its sources are written in.
LANGUAGES = ("en", "ja")
LOCALE = Path(__file__).resolve().parent / "locale"

_state = {"lang": os.environ.get("COURSE_LANG", "en") if os.environ.get("COURSE_LANG") in LANGUAGES else "en"}
_asked: list[set[str]] = []  # the texts :func:`_` was asked for, while :func:`recording` is on

#: The font each language's charts need beyond matplotlib's own (DejaVu Sans has no Japanese):
#: the package that ships it, the file inside, and the family name.
CHART_FONTS = {"ja": ("matplotlib_fontja", "fonts/ipaexg.ttf", "IPAexGothic")}


def set_language(lang: str) -> None:
    """Show the course's messages in ``lang`` from now on (``helpers.start(..., lang=...)`` calls it).

    >>> set_language("en"); current_language()
    'en'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not one of {LANGUAGES}")
    _state["lang"] = lang


def current_language() -> str:
    """The language messages are shown in now.

    >>> current_language() in LANGUAGES
    True
    """
    return _state["lang"]


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Show messages in ``lang`` inside a ``with`` block, then go back.

    >>> with language("ja"):
    ...     current_language()
    'ja'
    """
    before = current_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def edition_path(path: str, lang: str) -> str:
    """The course path of a student notebook in edition ``lang`` (``notebooks/ja/`` for the Japanese one).

    >>> edition_path("notebooks/02-acsa.ipynb", "ja"), edition_path("notebooks/02-acsa.ipynb", "en")
    ('notebooks/ja/02-acsa.ipynb', 'notebooks/02-acsa.ipynb')
    >>> edition_path("docs/glossary.md", "ja")
    'docs/glossary.md'
    """
    if lang == LANGUAGES[0] or not (path.startswith("notebooks/") and path.endswith(".ipynb")):
        return path
    return f"notebooks/{lang}/{path[len('notebooks/'):]}"


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it (it is translated where it is shown).

    >>> N_("a number")
    'a number'
    """
    return text


def tr(text: str) -> str:
    """``text`` in the current language: its translation, or ``text`` itself when there is none.

    Modules import it as gettext's short name, ``from .i18n import tr as _``,
    and the catalogue tools find every ``_("...")`` literal.

    >>> tr("")
    ''
    """
    lang = current_language()
    for asked in _asked:
        asked.add(text)
    if lang == LANGUAGES[0] or not text:
        return text
    return _catalogue(lang).get(text, text)


_ = tr  # gettext's name, in this module's doctests and code


class Translated(Mapping):
    """A read-only mapping whose values (texts marked with :func:`N_`) are shown in the current language.

    The keys stay as they are (they are names code uses); a value is looked up
    when it is read, so one constant serves every edition.

    >>> meanings = Translated({"explicit": "a named person said it"})
    >>> meanings["explicit"], list(meanings), len(meanings)
    ('a named person said it', ['explicit'], 1)
    """

    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)

    def __getitem__(self, key: str) -> str:
        return tr(self._values[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Translated({dict(self)!r})"


@contextlib.contextmanager
def recording() -> Iterator[set[str]]:
    """Collect every text :func:`_` is asked to translate inside the ``with`` block (the catalogue tools use it).

    >>> with recording() as asked:
    ...     _("Source: a test.")
    'Source: a test.'
    >>> sorted(asked)
    ['Source: a test.']
    """
    asked: set[str] = set()
    _asked.append(asked)
    try:
        yield asked
    finally:
        _asked.remove(asked)


def chart_font(lang: str | None = None) -> str | None:
    """Make matplotlib draw ``lang``'s script (default: the current language); the family added, or None.

    Latin text keeps matplotlib's own font (DejaVu Sans) and the charts their
    look; a glyph that font lacks comes from the language's font (for
    Japanese, IPAexGothic from the matplotlib-fontja package, IPA Font
    License). Without that package, nothing changes and None comes back.

    >>> chart_font("en") is None
    True
    """
    wanted = CHART_FONTS.get(lang or current_language())
    if wanted is None:
        return None
    import importlib.util

    package, file, family = wanted
    spec = importlib.util.find_spec(package)  # found, not imported: importing it would change the default font
    folder = list(spec.submodule_search_locations or []) if spec else []
    if not folder or not (Path(folder[0]) / file).is_file():
        return None
    from matplotlib import font_manager, rcParams

    if family not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(Path(folder[0]) / file))
        # The font has no bold: matplotlib uses its regular weight, and need not say so in every notebook.
        logging.getLogger("matplotlib.font_manager").addFilter(_NoBoldNotice())
    families = [f for f in rcParams["font.family"] if f != family]
    if families == ["sans-serif"]:
        families = list(rcParams["font.sans-serif"][:1])
    rcParams["font.family"] = [*families, family]
    return family


class _NoBoldNotice(logging.Filter):
    """Drop matplotlib's "Failed to find font weight bold for IPAexGothic" notice; keep everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("findfont: Failed to find font weight")


@cache
def _catalogue(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.po")):
        table.update(read_po(path.read_text(encoding="utf-8")))
    return table


def _unquote(line: str) -> str:
    return ast.literal_eval(line.strip()) if line.strip().startswith('"') else ""


def read_po(text: str) -> dict[str, str]:
    """The usable translations of a gettext ``.po`` text: not fuzzy, not obsolete, not empty.

    >>> read_po('msgid "a"\\nmsgstr "あ"\\n\\n#, fuzzy\\nmsgid "b"\\nmsgstr "び"\\n\\n#~ msgid "c"\\n#~ msgstr "し"\\n')
    {'a': 'あ'}
    >>> read_po('msgid ""\\n"two\\\\n"\\n"lines"\\nmsgstr "二行"\\n')
    {'two\\nlines': '二行'}
    """
    table: dict[str, str] = {}
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        key, fuzzy = "", False
        for line in block.split("\n"):
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith(("msgctxt ", "msgid ", "msgstr ")):
                key, _sep, rest = line.partition(" ")
                fields[key] = _unquote(rest)
            elif line.startswith('"') and key:
                fields[key] += _unquote(line)
        if fields.get("msgid") and fields.get("msgstr") and not fuzzy:
            table[fields["msgid"]] = fields["msgstr"]
    return table


def localise_question(question):
    """A copy of an exercise's ``question`` with its hints, mistakes, facts and options in the current language.

    >>> from helpers.exercises import Question
    >>> q = Question("9.78", "number", 1, hint="Count them.")
    >>> localise_question(q) is q or current_language() != "en"
    True
    """
    if current_language() == LANGUAGES[0]:
        return question
    mistakes = tuple((entry[0], _(entry[1]), *entry[2:]) for entry in question.mistakes)
    return dataclasses.replace(
        question,
        hint=_(question.hint),
        method=_(question.method),
        step=_(question.step),
        fact=_(question.fact),
        mistakes=mistakes,
        options={letter: _(text) for letter, text in question.options.items()},
    )
