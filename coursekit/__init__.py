"""The course's tooling: everything a course author, a teacher or CI runs.

``helpers`` is the learner's library and nothing else; this package builds
the notebooks and the website, runs the class hub, collects, grades and
reports. It runs from a checkout of the course (``python -m coursekit``,
see :mod:`coursekit.cli`), with the developer's or the hub's extras
installed, and is never part of a learner's environment (the wheel holds
``helpers`` only).

- ``build``: notebooks, course tables, answer key, working times, charts, the map's countries.
- ``site``: the reading website (Sphinx; the configuration stays in ``site/``).
- ``hub``: the class hub, its accounts and passwords, the load test; ``hub.grading``
  (the sandboxed grader) and ``hub.teacher`` (collect, grade, report).
- ``paths``: where the course's folders are. ``lowest``: the lowest versions allowed.
"""

__all__: list[str] = []
