"""The course on a class hub: JupyterHub config, launcher, load test and the teacher's tools.

Nothing here is needed by a learner: the learner environment gets only
``helpers`` (see ``docs/classroom.md``).
"""

__all__: list[str] = []
