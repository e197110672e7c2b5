"""Moved to :mod:`helpers.exercises.cells` (the running cell's source); the old import path keeps working."""

from .exercises.cells import current_cell_source, typed_in_literal

__all__ = ["current_cell_source", "typed_in_literal"]
