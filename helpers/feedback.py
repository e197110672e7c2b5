"""What ``check`` says: a Feedback shows as a coloured box in a notebook and as plain text elsewhere.

>>> print(Feedback("9.92", "wrong", "not quite. Hint: count again.", 1, 4))
Exercise 9.92: not quite. Hint: count again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

__all__ = ["Feedback"]


@dataclass(frozen=True)
class Feedback:
    """What ``check`` says: ``status`` is one of unanswered, wrong-type, wrong, right, unknown, error.

    It shows as a coloured box with an icon in a notebook (``_repr_html_``)
    and as plain text elsewhere.

    >>> fb = Feedback("9.91", "right", "correct!")
    >>> fb.correct, str(fb)
    (True, 'Exercise 9.91: correct!')
    """

    question: str
    status: str
    message: str
    done: int = 0
    total: int = 0
    saved: bool = False

    @property
    def correct(self) -> bool:
        """True when the answer was right."""
        return self.status == "right"

    def __str__(self) -> str:
        return f"Exercise {self.question}: {self.message}"

    def __repr__(self) -> str:
        return str(self) + self._progress_text()

    def _progress_text(self) -> str:
        if not self.total:
            return ""
        notebook = self.question.split(".")[0]
        where = "saved in your workspace" if self.saved else "in this session"
        return f"\n[{self.done} of {self.total} exercises of notebook {notebook} solved {where}]"

    def _repr_html_(self) -> str:
        icon, colour = _STYLE.get(self.status, ("•", "#000000"))
        progress = html.escape(self._progress_text().strip())
        return (
            f'<div class="course-feedback course-feedback-{self.status}" '
            f'style="border-left:6px solid {colour};padding:6px 10px;margin:4px 0;'
            f'background:#f7f7f7;color:#000">'
            f"<strong>{icon} Exercise {html.escape(self.question)}</strong>: {html.escape(self.message)}"
            + (f'<br><small style="color:#333">{progress}</small>' if progress else "")
            + "</div>"
        )


# Okabe–Ito colours; the icon and the words carry the meaning too.
_STYLE = {
    "right": ("✔", "#009E73"),
    "wrong": ("✘", "#D55E00"),
    "wrong-type": ("✘", "#D55E00"),
    "unanswered": ("…", "#56B4E9"),
    "unknown": ("?", "#CC79A7"),
    "error": ("!", "#E69F00"),
}


