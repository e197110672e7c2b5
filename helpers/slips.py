"""The slips learners actually make, explained in two plain lines and a hint instead of a traceback.

``helpers.start("02")`` in a notebook's setup cell installs :func:`handler`
with IPython's ``set_custom_exc``: an error that matches a rule of
:data:`SLIPS` shows what went wrong, where (the line of the learner's cell)
and a hint, with the full traceback one click away; any other error shows
IPython's usual traceback. Importing ``helpers`` installs nothing.

>>> try:
...     undefined_name_in_a_skipped_cell
... except NameError as exc:
...     note = explain(exc)
>>> note.slip
'name-not-defined'
>>> print(note.hint)
Run the cells above first (Run → Run All Above Selected Cell): after a restart, or when a notebook has just been opened, nothing has run yet.
"""

from __future__ import annotations

import difflib
import html
import os
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleFormatError, DatasetError
from .exercises.bounded import safe_text, shorten
from .exercises.feedback import box_style
from .i18n import N_, chart_font, set_language
from .i18n import tr as _
from .inline_figures import draw_figures_once
from .style import OKABE_ITO

__all__ = ["SLIPS", "Slip", "SlipNote", "explain", "handler", "install", "start"]

_HERE = str(Path(__file__).resolve().parent)


@dataclass(frozen=True)
class SlipNote:
    """What a learner is shown: the slip's id, what went wrong, where, and a hint.

    >>> print(SlipNote("x", "What went wrong.", "line 2 of your cell: a = b", "Do this.").text())
    What went wrong.
    In line 2 of your cell: a = b
    Hint: Do this.
    """

    slip: str
    what: str
    where: str
    hint: str

    def text(self) -> str:
        """The note as plain text (three lines at most).

        >>> SlipNote("x", "A.", "", "B.").text()
        'A.\\nHint: B.'
        """
        lines = [self.what] + ([_("In {where}").format(where=self.where)] if self.where else [])
        lines.append(_("Hint: {text}").format(text=self.hint))
        return "\n".join(lines)

    def html(self, details: str = "") -> str:
        """The note as a box, with the full traceback folded away under "Show the full error".

        >>> 'class="course-slip"' in SlipNote("x", "A.", "", "B.").html("Traceback ...")
        True
        """
        where = "<br>" + _("In {where}").format(where=f"<code>{html.escape(self.where)}</code>") if self.where else ""
        fold = (
            f"<details><summary>{html.escape(_('Show the full error (for a bug report)'))}</summary>"
            f'<pre style="white-space:pre-wrap">{html.escape(details)}</pre></details>'
            if details
            else ""
        )
        return (
            f'<div class="course-slip" data-slip="{html.escape(self.slip)}" style="{box_style(OKABE_ITO["orange"])}">'
            f"<strong>! {html.escape(self.what)}</strong>{where}<br>"
            f"{html.escape(_('Hint: {text}').format(text=self.hint))}{fold}</div>"
        )


@dataclass(frozen=True)
class Slip:
    """A rule: the exception types it covers, a test on the message, and how to explain it.

    >>> SLIPS[0].slip
    'query-unquoted-text'
    """

    slip: str
    types: tuple[type[BaseException], ...]
    pattern: str
    explain: Callable[[BaseException, re.Match, dict], tuple[str, str]]
    type_name: str = ""  # only exceptions of this class name (a pandas error, without importing pandas)
    when: Callable[[re.Match], bool] | None = None  # a further test on the match


    def match(self, exc: BaseException) -> re.Match | None:
        """The regular-expression match of this rule on ``exc``'s message, or None.

        >>> SLIPS[0].match(ValueError("x")) is None
        True
        """
        if not isinstance(exc, self.types) or (self.type_name and type(exc).__name__ != self.type_name):
            return None
        match = re.search(self.pattern, safe_text(exc, 2000), re.S)
        return match if match is None or self.when is None or self.when(match) else None


def _close(name: str, names, what: str) -> str:
    near = difflib.get_close_matches(name, [str(n) for n in names], n=1, cutoff=0.6)
    if not near and name.lower() in {str(n).lower() for n in names}:
        near = [next(str(n) for n in names if str(n).lower() == name.lower())]
    if near:
        return " " + _("Did you mean {name}? Names must match exactly, capitals included.").format(name=repr(near[0]))
    return f" {_(what)}" if what else " "


def _table_in_traceback(exc: BaseException):
    """The pandas table whose lookup failed, found in the traceback's frames (or None)."""
    tb, found = exc.__traceback__, None
    while tb is not None:
        candidate = tb.tb_frame.f_locals.get("self")
        if getattr(candidate, "ndim", None) == 2 and hasattr(candidate, "columns"):
            found = candidate
        tb = tb.tb_next
    return found


def _missing_column(exc, m, ns):
    name = str(exc.args[0]) if exc.args else "?"
    table = _table_in_traceback(exc)
    if table is None:
        return (
            _("There is no {name} here: a key or label was asked for that does not exist.").format(name=repr(name)),
            _("Print the table's columns (table.columns) or the dictionary's keys to see the names there are."),
        )
    columns = [str(c) for c in table.columns]
    listed = ", ".join(repr(c) for c in columns[:12]) + (" …" if len(columns) > 12 else "")
    return (
        _("The table has no column {name}.").format(name=repr(name)),
        _close(name, columns, N_("Names must match exactly, capitals included.")).strip() + " "
        + _("Its columns are: {columns}.").format(columns=listed),
    )


def _missing_attribute(exc, m, ns):
    name = getattr(exc, "name", None) or m.group(2)
    table = getattr(exc, "obj", None)
    columns = [str(c) for c in getattr(table, "columns", [])]
    tail = " " + _("The table's columns are: {columns}.").format(columns=", ".join(map(repr, columns[:12]))) if columns else ""
    return (
        _("A pandas {kind} has no column or method called {name}.").format(kind=m.group(1), name=repr(name)),
        _close(name, columns, N_("Check the spelling against the columns.")).strip() + tail,
    )


#: Names the setup cell of every notebook defines: missing, they mean the setup cell has not run.
_SETUP_NAMES = ("helpers", "check")


def _name_not_defined(exc, m, ns):
    name = m.group(1)
    if name in _SETUP_NAMES:
        return (
            _("Python does not know {name} yet: the notebook's setup cell has not run in this session.").format(
                name=repr(name)),
            _("Run the setup cell at the top first (it starts with '# Setup: run this cell first'), or "
              "Run → Run All Above Selected Cell; then run this cell again."),
        )
    close = _close(name, [n for n in ns if not n.startswith("_")], "")
    return (
        _("Python does not know the name {name} yet.").format(name=repr(name)),
        _("Run the cells above first (Run → Run All Above Selected Cell): after a restart, or when a notebook "
          "has just been opened, nothing has run yet.") + close.rstrip(),
    )


_PYTHON_WORDS = {"true": "True", "false": "False", "none": "None"}


def _is_text_without_quotes(m: re.Match) -> bool:
    """True when the undefined name is an option letter, True/False/None in small letters, or a name of the data."""
    name = m.group(1)
    if re.fullmatch(r"[A-H]", name) or name in _PYTHON_WORDS:
        return True
    if name.islower():  # acsa, d, frame: the learner's own variables, not text
        return False
    from .exercises.names import name_columns, other_name_of

    return bool(other_name_of(name) or any(name in c.values.values() for c in name_columns()))


def _text_without_quotes(exc, m, ns):
    name = m.group(1)
    if name in _PYTHON_WORDS:
        right = _PYTHON_WORDS[name]
        return (_("Python writes {right} with a capital letter; {name} is read as a variable that does not exist.").format(
                    right=right, name=name),
                _("Write {right}, without quotes.").format(right=right))
    if len(name) == 1:
        return (_("Python read {name} as the name of a variable, and there is none: an option letter is text.").format(name=name),
                _("Put the letter in quotes: '{name}' (for several options, a list of letters such as ['A', 'C']).").format(name=name))
    return (_("Python read {name} as the name of a variable, and there is none: a name from the data is text.").format(name=name),
            _("Put it in quotes, '{name}', written exactly as the table writes it.").format(name=name))


def _fixed(what: str, hint: str):
    return lambda exc, m, ns: (_(what), _(hint))


def _helpers_error(exc, m, ns):
    first = " ".join(safe_text(exc, 400).split())
    return (_("The course's reader could not use this input: {message}").format(message=first), _("The message names the file, the line "
            "and the column, and says what to do; fix the input there and run the cell again."))


_BRACKETS = N_("Combine tests on columns with & (and) and | (or), each test in its own brackets: frame[(frame['kind'] == 'ACSA') & (frame['year'] < 2015)].")

#: The slips, most specific first. Each is tested with the real error it names (tests/test_slips.py).
SLIPS: tuple[Slip, ...] = (
    Slip("query-unquoted-text", (NameError,), r"name '([^']+)' is not defined", lambda e, m, ns: (
        _("Inside .query(...) the name {name} was read as a variable, not as text.").format(name=repr(m.group(1))),
        _("Put text in its own quotes inside the query: .query(\"column == '{name}'\").").format(name=m.group(1)),
    ), type_name="UndefinedVariableError"),
    Slip("no-course-environment", (ModuleNotFoundError,), r"No module named '(helpers|pandas|matplotlib)'", _fixed(
        "This notebook is not running in the course's environment.",
        "Close JupyterLab and start it again with `make lab` in the course folder (the README explains).")),
    Slip("text-without-quotes", (NameError,), r"name '([^']+)' is not defined", _text_without_quotes,
         when=_is_text_without_quotes),
    Slip("name-not-defined", (NameError,), r"name '([^']+)' is not defined", _name_not_defined),
    Slip("series-compare", (ValueError,), r"Can only compare identically-labeled (Series|DataFrame)", _fixed(
        "Two pandas Series (columns of values) were compared, but their row labels differ, so pandas cannot pair them up.",
        "To compare single values, take each one out first with .item() (or .iloc[0]); to compare whole columns, take both from the same table.")),
    Slip("item-not-one-value", (ValueError,), r"can only convert an array of size 1", _fixed(
        ".item() takes the value out of a result that holds exactly one, but this result holds none or several.",
        "Print the result before .item(): empty means the filter kept no rows (check spelling and capitals); several means filter more tightly, or pick one with .iloc[0].")),
    Slip("row-position-out-of-range", (IndexError,), r"single positional indexer is out-of-bounds", _fixed(
        "There is no row at that position: the result is shorter than you think, perhaps empty.",
        "Print it, or its len(), first: an empty result means the filter kept no rows (check the spelling and capitals of the value you filtered on).")),
    Slip("list-position-out-of-range", (IndexError,), r"(list|tuple|string) index out of range", lambda e, m, ns: (
        _("That position is past the end of the {kind}.").format(kind=m.group(1)),
        _("Positions count from 0, so a list of 9 items ends at position 8; len(...) says how many there are."))),
    Slip("ambiguous-truth", (ValueError,), r"truth value of an? (Series|DataFrame|array)\b.* is ambiguous", _fixed(
        "and, or, not and if need one True or False, but a test on a column gives one per row.", _BRACKETS)),
    Slip("tests-without-brackets", (TypeError,), r"Cannot perform 'r?(and|or)_?' with a dtyped|unsupported operand type\(s\) for [&|]", _fixed(
        "& and | are worked out before == and <, so the tests on each side need brackets.", _BRACKETS)),
    Slip("text-cannot-be-averaged", (TypeError, ValueError), r"agg function failed|Could not convert .* to numeric|does not support (reduction|operation) '(mean|sum)'", _fixed(
        "pivot_table (or groupby) averaged the cells, as it does unless told otherwise, and text cannot be averaged.",
        "For text cells give aggfunc='first' (the one value there is) or aggfunc='count' (how many there are).")),
    Slip("missing-column", (KeyError,), r".", _missing_column),
    Slip("missing-attribute", (AttributeError,), r"'(DataFrame|Series)' object has no attribute '([^']+)'", _missing_attribute),
    Slip("list-has-no-attribute", (AttributeError,), r"'(list|tuple)' object has no attribute '([^']+)'", lambda e, m, ns: (
        _("A {kind} has no .{name}; the items in it may have.").format(kind=m.group(1), name=m.group(2)),
        _("Take one item first (items[0].{name}), or loop over them: for p in items: ... p.{name}.").format(name=m.group(2)))),
    Slip("none-has-no-attribute", (AttributeError,), r"'NoneType' object has no attribute '([^']+)'", _fixed(
        "The value is None, Python's 'nothing'.",
        "A method that changes a list in place, such as .sort() or .append(), gives back None; keep the list itself (or use sorted(...)).")),
    Slip("not-callable", (TypeError,), r"'(DataFrame|Series|list|dict|str|int|float|Article)' object is not callable", lambda e, m, ns: (
        _("Round brackets () call a function, and a {kind} is not a function.").format(kind=m.group(1)),
        _("Use square brackets to pick a column or an item: frame['partner'], items[0]. Or a name you gave a value hides a function of the same name."))),
    Slip("method-not-called", (TypeError,), r"object of type '(method|builtin_function_or_method)' has no len\(\)", _fixed(
        "len() was given a method itself, not what the method gives back.",
        "Add round brackets to call it first, for example len(article.sentences()), not len(article.sentences).")),
    Slip("text-plus-number", (TypeError,), r'can only concatenate str \(not "(\w+)"\) to str', _fixed(
        "Text and a number cannot be joined with +.",
        "Put the number inside an f-string, f\"{count} paragraphs\", or turn it into text first with str(count).")),
    Slip("compare-different-kinds", (TypeError,), r"'[<>]=?' not supported between instances of '(\w+)' and '(\w+)'|Invalid comparison between", _fixed(
        "Two values of different kinds were compared, such as a date and a piece of text.",
        "Compare like with like: a date with a date (datetime.date(2015, 1, 1), or helpers.SEED_DATE), a number with a number.")),
    Slip("division-by-zero", (ZeroDivisionError,), r".", _fixed(
        "A division by zero: the number below the line is 0.",
        "It is often the count of an empty selection: print the count first, and check the filter that made it.")),
    Slip("stopped", (KeyboardInterrupt,), r"", _fixed(
        "Stopped: the cell was interrupted (the ■ Stop button, or Kernel → Interrupt) before it finished.",
        "If a cell runs for long, look for a loop that never ends (a while whose test never turns False). What earlier cells made is still there.")),
)


def _where(exc: BaseException) -> str:
    """'line N of your cell: code', from the last traceback frame outside helpers, pandas and Python itself."""
    prefixes = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, _HERE, os.path.dirname(os.__file__)})
    last = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if not frame.filename.startswith(prefixes) and not frame.filename.startswith("<frozen"):
            last = frame
    if last is None or not last.line:
        return ""
    return _("line {n} of your cell: {code}").format(n=last.lineno, code=shorten(last.line.strip(), 100))


#: Checked before :data:`SLIPS`: a course reader's own error, whose message already names the place and the fix.
_COURSE_INPUT = Slip("course-input-error", (ArticleFormatError, DatasetError), r"", _helpers_error)


def explain(exc: BaseException, namespace: dict | None = None) -> SlipNote | None:
    """The note for ``exc`` when it is a known slip, else None (the caller shows the usual traceback).

    >>> explain(RuntimeError("something new")) is None
    True
    """
    try:
        for rule in (_COURSE_INPUT, *SLIPS):
            match = rule.match(exc)
            if match is not None:
                what, hint = rule.explain(exc, match, namespace or {})
                return SlipNote(rule.slip, what, _where(exc), hint)
    except Exception:
        return None
    return None


@dataclass(frozen=True, slots=True)
class _Shown:
    """What the handler displays: plain text for a terminal, a box for JupyterLab."""

    note: SlipNote
    details: str

    def __repr__(self) -> str:
        return self.note.text()

    def _repr_html_(self) -> str:
        return self.note.html(self.details)


def handler(shell, etype, value, tb, tb_offset=None):
    """IPython custom-exception handler: a known slip becomes a note, anything else the usual traceback.

    >>> handler.__name__
    'handler'
    """
    note = explain(value, getattr(shell, "user_ns", None))
    if note is None:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return None
    details = "".join(traceback.format_exception(etype, value, tb))
    from IPython.display import display

    display(_Shown(note, details))
    return None


def install(shell=None) -> bool:
    """Install :func:`handler` in the running IPython (or ``shell``); False outside IPython.

    >>> install(shell=object())  # not an IPython shell
    False
    """
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((Exception, KeyboardInterrupt), handler)
    return True


def start(notebook: str | int | None = None, lang: str | None = None) -> None:
    """The setup cell's call: common slips become plain feedback, and each figure is drawn once.

    ``notebook`` names the notebook (``"02"``) for the reader; it is not needed.
    The figures: see :mod:`helpers.inline_figures`.
    ``lang`` is the edition's language (``"ja"`` in the Japanese notebooks):
    feedback, slip notes and progress are shown in it from then on.

    >>> start("02") is None
    True
    """
    if lang is not None:
        set_language(lang)
        chart_font(lang)
    install()
    draw_figures_once()
