"""Instructor-only grading checks. Never copied to the learners' environment or workspaces.

``pyproject.toml`` packages only ``helpers*``, so ``pip install .`` (the
learner environment on the hub) leaves this folder out, and the hub makes
the course folder unreadable to learner accounts. See ``hidden.py``.
"""

__all__: list[str] = []
