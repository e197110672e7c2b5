"""Moved to :mod:`helpers.exercises.judging` (how check judges an answer); the old import path keeps working."""

from .exercises.answers import normalise
from .exercises.judging import graduated_hint, judge, mistake_entries
from .exercises.model import Verdict

__all__ = ["Verdict", "graduated_hint", "judge", "mistake_entries", "normalise"]
