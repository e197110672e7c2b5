"""Moved to :mod:`helpers.exercises.answers` (answer normalisation); the old import path keeps working."""

from .exercises.answers import MAX_ITEMS, TooManyItems, describe, fold_text, is_table, normalise

__all__ = ["MAX_ITEMS", "TooManyItems", "describe", "fold_text", "is_table", "normalise"]
