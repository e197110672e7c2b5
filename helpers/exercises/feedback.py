"""What ``check`` and ``progress`` show: a Feedback is a coloured box in a notebook and plain text elsewhere.

The colours are the course's Okabe–Ito palette (:data:`helpers.style.OKABE_ITO`);
an icon and the words carry the meaning too, never the colour alone.
:func:`box_style` is the one look of every note the course shows in a
notebook (feedback here, a slip's note in :mod:`helpers.slips`).

>>> print(Feedback("9.92", "wrong", "not quite. Hint: count again.", 1, 4))
Exercise 9.92: not quite. Hint: count again.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..i18n import tr as _
from ..style import BOX_INK, BOX_SMALL_PRINT, GREY_PAPER, OKABE_ITO
from .model import FeedbackStatus

__all__ = ["BOX_BACKGROUND", "BOX_TEXT", "NOTE_TEXT", "STATUS_LOOK", "Feedback", "Note", "box_style"]

#: The box's background, its text, and the small print under it (the progress line), from helpers.style.
BOX_BACKGROUND, BOX_TEXT, NOTE_TEXT = GREY_PAPER, BOX_INK, BOX_SMALL_PRINT

#: Each feedback status: its icon and its colour on the box's left edge.
STATUS_LOOK: dict[FeedbackStatus, tuple[str, str]] = {
    "right": ("✔", OKABE_ITO["bluish green"]),
    "wrong": ("✘", OKABE_ITO["vermillion"]),
    "wrong-type": ("✘", OKABE_ITO["vermillion"]),
    "unanswered": ("…", OKABE_ITO["sky blue"]),
    "unknown": ("?", OKABE_ITO["reddish purple"]),
    "error": ("!", OKABE_ITO["orange"]),
}


#: A space an English join (``_("not quite.") + " " + hint``) leaves after a Japanese sentence's end.
_JOIN_GAP = re.compile(r"(?<=[。！？」）])[ \t]+(?=[^\x00-\x7f])")


def _run_on(message: str) -> str:
    """``message`` without the spaces between Japanese sentences (Japanese sets none); English is left alone.

    >>> _run_on("惜しい、違います。 ヒント：数え直します。"), _run_on("正解です！ 報道は"), _run_on("correct! The report")
    ('惜しい、違います。ヒント：数え直します。', '正解です！報道は', 'correct! The report')
    >>> _run_on("違います。 The report")  # an untranslated English sentence keeps its space
    '違います。 The report'
    """
    return _JOIN_GAP.sub("", message)


def box_style(colour: str) -> str:
    """The inline CSS of a course note: a ``colour`` edge on the left, a light grey box, black text.

    >>> box_style("#E69F00")
    'border-left:6px solid #E69F00;padding:6px 10px;margin:4px 0;background:#f7f7f7;color:#000'
    """
    return f"border-left:6px solid {colour};padding:6px 10px;margin:4px 0;background:{BOX_BACKGROUND};color:{BOX_TEXT}"


@dataclass(frozen=True)
class Feedback:
    """What ``check`` says: ``status`` is one of :data:`~helpers.exercises.model.FEEDBACK_STATUSES`.

    It shows as a coloured box with an icon in a notebook (``_repr_html_``)
    and as plain text elsewhere.

    >>> fb = Feedback("9.91", "right", "correct!")
    >>> fb.correct, str(fb)
    (True, 'Exercise 9.91: correct!')
    >>> from helpers.exercises.model import FEEDBACK_STATUSES
    >>> set(STATUS_LOOK) == set(FEEDBACK_STATUSES)
    True
    """

    question: str
    status: FeedbackStatus
    message: str
    done: int = 0
    total: int = 0
    saved: bool = False

    @property
    def correct(self) -> bool:
        """True when the answer was right."""
        return self.status == "right"

    def __str__(self) -> str:
        return _("Exercise {id}: {message}").format(id=self.question, message=_run_on(self.message))

    def __repr__(self) -> str:
        return str(self) + self._progress_text()

    def _progress_text(self) -> str:
        if not self.total:
            return ""
        notebook = self.question.split(".")[0]
        if self.saved:
            line = _("{done} of {total} exercises of notebook {notebook} solved saved in your workspace")
        else:
            line = _("{done} of {total} exercises of notebook {notebook} solved in this session")
        return "\n[" + line.format(done=self.done, total=self.total, notebook=notebook) + "]"

    def _label(self) -> tuple[str, str]:
        """"Exercise 2.1" and what comes between it and the message in this language (": ", "：").

        >>> Feedback("2.1", "right", "correct!")._label()
        ('Exercise 2.1', ': ')
        """
        label = _("Exercise {id}").format(id=self.question)
        head = _("Exercise {id}: {message}").format(id=self.question, message="\x00").split("\x00")[0]
        return label, head[len(label):] if head.startswith(label) else ": "

    def _repr_html_(self) -> str:
        icon, colour = STATUS_LOOK.get(self.status, ("•", OKABE_ITO["black"]))
        label, after = self._label()
        progress = html.escape(self._progress_text().strip())
        return (
            f'<div class="course-feedback course-feedback-{self.status}" style="{box_style(colour)}">'
            f"<strong>{icon} {html.escape(label)}</strong>{html.escape(after)}{html.escape(_run_on(self.message))}"
            + (f'<br><small style="color:{NOTE_TEXT}">{progress}</small>' if progress else "")
            + "</div>"
        )


class Note(str):
    """Text that shows as itself at the end of a cell (no quotes, real line breaks).

    A ``str`` with no fields of its own (``__slots__ = ()``: no instance
    dictionary), so not a dataclass.

    >>> Note("two\\nlines")
    two
    lines
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)
