"""A recorded mistake in words: what the id in a progress line (``chose-A``, ``counted-from-0``) means.

``check()`` records only a mistake's id; a teacher reads words. The words
come from the answer key: a question's own predicted mistakes (their tip),
a choice's options (``chose-A`` is option A's explanation), else the
course-wide mistakes ``check()`` names for every exercise.

>>> mistake_text("0.1", "typed-in")
'typed the right value in, instead of computing it'
>>> mistake_text("0.1", "no-such-id")
'no-such-id'
"""

from __future__ import annotations

from .bank import REGISTRY, load_notebook
from .judging import mistake_entries

__all__ = ["GENERAL", "mistake_text"]

#: The mistakes ``check()`` may name for any exercise, in words.
GENERAL = {
    "typed-in": "typed the right value in, instead of computing it",
    "too-slow": "an answer that took too long to check (an endless loop or iterator)",
    "called-exit": "an answer that called exit()",
    "table-not-value": "gave a whole table where a value is asked",
    "wrong-shape": "an answer of the wrong shape (a labelled Series, a list in a list)",
    "too-many-items": "an endless iterator or far too many items",
    "capital-for-partner": "gave a capital city where a partner country is asked",
    "counted-from-0": "counted positions from 0 where the course numbers from 1",
    "missed-options": "left out an option that also holds",
    "name-unknown": "a name the data does not hold",
    "name-other-name": "a name written differently from the data",
    "name-part": "only part of a name",
    "name-with-more": "a name with more than the name in it",
    "name-spelling": "a name spelled differently from the data",
    "name-other-column": "a name from another column of the data",
    "selection-too-wide": "a selection that lets too much through",
    "selection-too-narrow": "a selection that is too strict",
}


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chose(question, letters: str) -> str | None:
    options = getattr(question, "options", None) or {}
    if not letters or any(letter not in options for letter in letters):
        return None
    return "; ".join(f"chose {letter}: {_shorten(options[letter], 120)}" for letter in letters)


def mistake_text(exercise: str, mistake: str) -> str:
    """``mistake`` (an id from a progress line) of ``exercise`` in words; the id itself if it has none.

    >>> from helpers.exercises import Question, register
    >>> _ = register(Question("9.76", "choice", "B", options={"A": "Too early.", "B": "Right."}))
    >>> mistake_text("9.76", "chose-A")
    'chose A: Too early.'
    >>> _ = register(Question("9.75", "number", 2, mistakes=((1, "Count the 2008 meeting too.", "missed-2008"),)))
    >>> mistake_text("9.75", "missed-2008"), mistake_text("9.75", "counted-from-0")
    ('Count the 2008 meeting too.', 'counted positions from 0 where the course numbers from 1')
    """
    if "." in exercise and exercise.split(".")[0].isdigit():
        load_notebook(exercise.split(".")[0])
    question = REGISTRY.get(exercise)
    if question is not None:
        try:
            for _, tip, key in mistake_entries(question):
                if key == mistake:
                    return _shorten(tip)
        except (TypeError, IndexError):
            pass
        if mistake.startswith("chose-"):
            chosen = _chose(question, mistake[len("chose-"):])
            if chosen:
                return chosen
    return GENERAL.get(mistake, mistake)
