"""Every course notebook, in JupyterLab, in headless Chromium, run the way a learner runs it.

For each notebook (``notebooks/*.ipynb`` then ``notebooks/solutions/*.ipynb``)
the ``notebook`` fixture runs it once (nbrun.py: Kernel → Restart Kernel and
Run All Cells…), and each test below judges one thing against the outputs
stored in the .ipynb, so a failure names the notebook and the check:

* it opens, its kernel starts, the run finishes in time;
* the page shows every cell of the file;
* no cell shows an error;
* every non-empty code cell ran (its prompt shows a number, not blank or *);
* each cell shows as many chart images as it stores image/png outputs,
  its ``show_article`` highlights (``.hl-quote``) and its ``check(...)``
  feedback (``.course-feedback``).

What a learner could stumble on without it being wrong (charts scaled down,
wide or tall outputs, unexpected stderr, requests that tried to leave
127.0.0.1, JavaScript errors) is listed after the run as notes.
"""

from __future__ import annotations

import pytest
from labprocess import REPO

from .nbrun import NotebookRun, run_notebook
from .nbstored import Findings, discover

pytestmark = pytest.mark.browser

NOTEBOOKS = discover(REPO / "notebooks")


def test_there_are_notebooks_to_run():
    assert NOTEBOOKS, f"no notebooks in {REPO / 'notebooks'} (looked for *.ipynb and solutions/*.ipynb)"


def test_the_lab_server_refuses_requests_without_the_token(lab):
    assert lab.api("GET", "/api/contents", token=False)[0] == 403, "auth is off: refusing to test this server"
    assert lab.api("GET", "/api/contents")[0] == 200


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=[p.as_posix() for p in NOTEBOOKS])
def notebook(request, context, lab, shots, blocked_requests, notes, finished_runs) -> NotebookRun:
    """One notebook run in the browser; the tests of that notebook share it, then its page and kernel go."""
    before = len(blocked_requests)
    run = run_notebook(context, lab, request.param, shots)
    run.notes += [f"blocked a request leaving 127.0.0.1: {url}" for url in dict.fromkeys(blocked_requests[before:])]
    finished_runs.append(run)
    notes += [(run.rel.as_posix(), note) for note in run.notes]
    yield run
    run.page.close()
    lab.shutdown_kernels()


def _findings(run: NotebookRun) -> Findings:
    """The run's findings; the test fails (saying why) when the run never got to compare the cells."""
    if run.findings is None:
        pytest.fail(f"{run.rel} was not compared: {'; '.join(run.problems)}", pytrace=False)
    return run.findings


def _assert_none(run: NotebookRun, kind: str) -> None:
    """No finding of ``kind`` (a list of Findings); first, the page must show the file's cells."""
    found = _findings(run)
    if found.shape:
        pytest.fail(f"{run.rel}: {found.shape}", pytrace=False)
    messages = getattr(found, kind)
    assert not messages, f"{run.rel}:\n  " + "\n  ".join(messages)


def test_opens_runs_all_and_finishes_in_time(notebook):
    assert not notebook.problems, f"{notebook.rel}:\n  " + "\n  ".join(notebook.problems)


def test_the_page_shows_every_cell_of_the_file(notebook):
    assert not _findings(notebook).shape, f"{notebook.rel}: {notebook.findings.shape}"


def test_no_cell_raises_an_error(notebook):
    _assert_none(notebook, "errors")


def test_every_code_cell_runs(notebook):
    _assert_none(notebook, "not_run")


def test_each_cell_shows_its_charts(notebook):
    _assert_none(notebook, "images")


def test_each_cell_shows_its_highlighted_quotes(notebook):
    _assert_none(notebook, "quotes")


def test_each_cell_shows_its_check_feedback(notebook):
    _assert_none(notebook, "feedback")
