"""Import matplotlib without the warnings it prints when its config folder cannot be written.

With an unwritable or odd ``$HOME`` (a container, a locked-down lab
account), matplotlib logs two warning lines at import time and then works
from a temporary folder. ``python -m helpers`` and a notebook's first cell
should not show a learner that noise, so :mod:`helpers` imports matplotlib
through :func:`import_matplotlib_quietly`, which drops only those two
messages and leaves logging exactly as it found it.
"""

from __future__ import annotations

import logging
import sys

__all__ = ["import_matplotlib_quietly"]


class _DropConfigDirWarnings(logging.Filter):
    """Drop matplotlib's "mkdir -p failed" and "set MPLCONFIGDIR" warnings; keep everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not (message.startswith("mkdir -p failed") or "MPLCONFIGDIR" in message)


def import_matplotlib_quietly():
    """Import and return :mod:`matplotlib`, without its warnings about an unwritable config folder.

    >>> import_matplotlib_quietly().__name__
    'matplotlib'
    >>> logging.getLogger("matplotlib").filters
    []
    """
    if "matplotlib" in sys.modules:
        return sys.modules["matplotlib"]
    logger = logging.getLogger("matplotlib")
    quiet = _DropConfigDirWarnings()
    logger.addFilter(quiet)
    try:
        import matplotlib
    finally:
        logger.removeFilter(quiet)
    return matplotlib


import_matplotlib_quietly()
