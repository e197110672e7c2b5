"""One ``otter run`` (otter-grader's non-container grader) with a per-cell time limit.

``python -m hub.teacher.otter_exec SUBMISSION.ipynb AUTOGRADER.zip OUT_DIR SECONDS TRACE``

otter's executor (nbconvert's ExecutePreprocessor) waits forever on a cell
by default; here a cell that runs longer than SECONDS is interrupted and the
notebook goes on, so an infinite loop costs only the exercises that depend on
it. Before each cell its source is written to TRACE, so that when a cell
kills the kernel the grader knows which one it was.
:mod:`hub.teacher.grade` runs this in its own process (and network
namespace), with a limit on the whole run as well.
"""

from __future__ import annotations

import sys

__all__ = ["main", "timed_executor"]


def timed_executor(seconds: int, trace: str | None = None, own: frozenset = frozenset()):
    """nbconvert's ExecutePreprocessor with a per-cell timeout that interrupts and carries on.

    The limit applies to the learner's cells (sources in ``own``); otter's
    own cells (set-up, and the one that runs every test) get ten times as long.

    >>> e = timed_executor(5, own=frozenset({"x = 1"}))()
    >>> e.interrupt_on_timeout, e.limit_for({"source": "x = 1"}), e.limit_for({"source": "grader.check_all()"})
    (True, 5, 50)
    """
    from pathlib import Path

    from nbconvert.preprocessors import ExecutePreprocessor

    class TimedExecutePreprocessor(ExecutePreprocessor):
        def __init__(self, **kw):
            super().__init__(**kw)
            self.timeout, self.interrupt_on_timeout = seconds, True

        def limit_for(self, cell) -> int:
            return seconds if cell.get("source", "") in own else 10 * seconds

        def preprocess_cell(self, cell, resources, index):
            if cell.get("cell_type") == "code":
                self.timeout = self.limit_for(cell)
                if trace:
                    Path(trace).write_text(cell.get("source", ""), encoding="utf-8")
            return super().preprocess_cell(cell, resources, index)

    return TimedExecutePreprocessor


def main(argv: list[str] | None = None) -> int:
    """Grade one submission; otter writes ``results.json`` into OUT_DIR."""
    submission, autograder, out, seconds, trace = argv or sys.argv[1:]
    import nbconvert.preprocessors
    import nbformat
    import otter.run

    cells = nbformat.read(submission, as_version=4).cells
    own = frozenset(c.source for c in cells if c.cell_type == "code")
    nbconvert.preprocessors.ExecutePreprocessor = timed_executor(int(seconds), trace, own)
    otter.run.main(submission, autograder=autograder, output_dir=out, no_logo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
