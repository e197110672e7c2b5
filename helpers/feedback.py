"""Moved to :mod:`helpers.exercises.feedback` (what check shows); the old import path keeps working."""

from .exercises.feedback import Feedback

__all__ = ["Feedback"]
