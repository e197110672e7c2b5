"""Moved to :mod:`helpers.exercises.choices` (judging a choice exercise); the old import path keeps working."""

from .exercises.choices import judge_choice, letters

__all__ = ["judge_choice", "letters"]
