"""Slip notes before a notebook's setup cell has run: an IPython startup file for the course's environment.

A learner who runs a cell before the setup cell (``helpers.start(...)``)
would see a raw ``NameError`` traceback, because the slip handler is
installed by the setup cell. ``python -m helpers workspace`` therefore puts
:data:`STARTUP_TEXT` in the environment's IPython startup folder
(``<sys.prefix>/etc/ipython/startup/``, read by every IPython kernel of this
Python). At kernel start it does nothing but look for a course workspace
(the kernel's folder, or ``COURSE_WORKSPACE``); in one, it registers a
handler that imports :mod:`helpers.slips` only when an error happens, and
shows that error's note (:func:`helpers.slips.handler`). Elsewhere (the
course's own notebooks under nbval, any other project using this Python)
it changes nothing. The setup cell's ``helpers.start()`` then installs the
same handler for good.

>>> compile(STARTUP_TEXT, STARTUP_NAME, "exec") is not None
True
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> install_startup(folder).name, install_startup(folder)
('00-course-slip-notes.py', None)
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["STARTUP_NAME", "STARTUP_TEXT", "install_startup", "startup_folder"]

#: The file's name in the startup folder ("00-": IPython runs startup files in name order).
STARTUP_NAME = "00-course-slip-notes.py"

#: What the file holds. It imports only os and pathlib at kernel start.
STARTUP_TEXT = '''"""Written by `python -m helpers workspace` (the course): in a course workspace, an error in a cell
run before the notebook's setup cell gets the course's plain note instead of a traceback.
Outside a course workspace it does nothing. Delete this file to turn it off."""


def _course_slip_notes():
    import os
    from pathlib import Path

    shell = get_ipython()  # noqa: F821 (IPython's startup files run with get_ipython defined)
    place = os.environ.get("COURSE_WORKSPACE", "").strip() or os.getcwd()
    if shell is None or not (Path(place) / ".course" / "workspace.json").is_file():
        return

    def early_note(shell, etype, value, tb, tb_offset=None):
        try:
            from helpers import slips
        except Exception:  # not the course's environment after all: the usual traceback
            shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
            return None
        return slips.handler(shell, etype, value, tb, tb_offset)

    shell.set_custom_exc((Exception, KeyboardInterrupt), early_note)


try:
    _course_slip_notes()
except Exception:  # a startup file must never stop a kernel from starting
    pass
del _course_slip_notes
'''


def startup_folder() -> Path:
    """The IPython startup folder of this Python's environment.

    >>> startup_folder().parts[-3:]
    ('etc', 'ipython', 'startup')
    """
    return Path(sys.prefix) / "etc" / "ipython" / "startup"


def install_startup(folder: Path | None = None) -> Path | None:
    """Write the startup file into ``folder`` (default: :func:`startup_folder`); the path if written now.

    None when the file is already there as it should be, or when the folder
    cannot be written (a shared environment): the notes then start with the
    setup cell, as before.

    >>> install_startup(Path("/proc/not-writable")) is None
    True
    """
    target = (folder or startup_folder()) / STARTUP_NAME
    try:
        if target.is_file() and target.read_text(encoding="utf-8") == STARTUP_TEXT:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(STARTUP_TEXT, encoding="utf-8")
    except OSError:
        return None
    return target
