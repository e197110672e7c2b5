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
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

__all__ = ["LANGUAGES", "N_", "_", "current_language", "language", "localise_question", "read_po", "set_language"]

#: The languages the course speaks; the first is the one its sources are written in.
LANGUAGES = ("en", "ja")
LOCALE = Path(__file__).resolve().parent / "locale"

_state = {"lang": os.environ.get("COURSE_LANG", "en") if os.environ.get("COURSE_LANG") in LANGUAGES else "en"}


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


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it (it is translated where it is shown).

    >>> N_("a number")
    'a number'
    """
    return text


def _(text: str) -> str:
    """``text`` in the current language: its translation, or ``text`` itself when there is none.

    >>> _("")
    ''
    """
    lang = current_language()
    if lang == LANGUAGES[0] or not text:
        return text
    return _catalogue(lang).get(text, text)


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
