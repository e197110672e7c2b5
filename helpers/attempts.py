"""Moved to :mod:`helpers.exercises.attempts` (a workspace's record of attempts); the old import path keeps working."""

from .exercises.attempts import (
    FORMAT,
    PROGRESS_FILE,
    STATUSES,
    WORKSPACE_FILE,
    Attempt,
    Attempts,
    find_workspace,
    read_attempts,
    record_attempt,
)
from .exercises.feedback import Note

__all__ = ["FORMAT", "PROGRESS_FILE", "STATUSES", "WORKSPACE_FILE", "Attempt", "Attempts", "Note", "find_workspace", "read_attempts", "record_attempt"]  # fmt: skip
