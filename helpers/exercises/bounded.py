"""Bounded work for ``check``: a time limit on the main thread, and reprs that are short and never raise.

>>> with time_limit(2):
...     total = sum(range(1000))
>>> total
499500
>>> safe_repr(10 ** 10000)
'an integer with 10001 digits'
>>> shorten("x" * 100, 10)
'xxxxxxxxx…'
"""

from __future__ import annotations

import contextlib
import math
import reprlib
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

__all__ = ["SECONDS", "TimeUp", "safe_repr", "safe_text", "shorten", "time_limit"]

#: How long ``check`` lets an answer (or a learner's function) run.
SECONDS = 2.0

_REPR = reprlib.Repr()
_REPR.maxstring = 50
_REPR.maxother = 60
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = _REPR.maxdict = 6
_REPR.maxlevel = 3


class TimeUp(BaseException):
    """Raised inside the checked code when the time limit passes (a BaseException, so ``except Exception`` in a learner's function cannot swallow it).

    >>> issubclass(TimeUp, Exception)
    False
    """


@contextlib.contextmanager
def time_limit(seconds: float = SECONDS) -> Iterator[None]:
    """Raise :class:`TimeUp` in the body when it runs longer than ``seconds`` (main thread, POSIX only).

    Elsewhere (another thread, Windows) the body runs unbounded: a thread
    cannot be stopped from outside. A timer already set by the caller is
    put back afterwards, less the time used.

    >>> import time
    >>> try:
    ...     with time_limit(0.05):
    ...         time.sleep(1)
    ... except TimeUp:
    ...     print("stopped")
    stopped
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise TimeUp(f"did not finish in {seconds:g} s")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


def safe_repr(value: Any, width: int = 60) -> str:
    """A short repr of anything: plain values for numpy and pandas scalars, and never an exception.

    >>> import numpy as np
    >>> safe_repr(np.float64(988.0)), safe_repr(float("inf")), safe_repr([1, [2, [3, [4]]]])
    ('988.0', 'inf', '[1, [2, [...]]]')
    """
    try:
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
            return f"an integer with {math.floor(math.log10(abs(value))) + 1} digits"
        item = getattr(type(value), "item", None)
        if item is not None and type(value).__module__.startswith("numpy") and getattr(value, "ndim", 1) == 0:
            value = value.item()  # np.float64(988.0) -> 988.0
        return shorten(_REPR.repr(value), width)
    except BaseException:
        return f"<a {safe_text(type(value).__name__, 40)} object>"


def safe_text(value: Any, width: int = 80) -> str:
    """``str(value)``, shortened, or the type's name when ``__str__`` fails.

    >>> class Bad:
    ...     def __str__(self):
    ...         raise SystemExit
    >>> safe_text(Bad())
    '<a Bad object>'
    """
    try:
        text = value if isinstance(value, str) else str(value)
        return shorten(text if isinstance(text, str) else "", width)
    except BaseException:
        try:
            return f"<a {shorten(type(value).__name__, 40)} object>"
        except BaseException:
            return "<an object>"


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut.

    >>> shorten("short", 10)
    'short'
    """
    text = str.__str__(text) if isinstance(text, str) else ""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
