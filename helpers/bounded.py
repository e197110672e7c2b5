"""Moved to :mod:`helpers.exercises.bounded` (bounded work for check); the old import path keeps working."""

from .exercises.bounded import SECONDS, TimeUp, safe_repr, safe_text, shorten, time_limit

__all__ = ["SECONDS", "TimeUp", "safe_repr", "safe_text", "shorten", "time_limit"]
