"""A learner's session in JupyterLab, in headless Chromium: work is kept, progress lasts, slips are explained.

In a workspace made by ``python -m helpers workspace`` inside the served
folder, the learner's copy of notebook 02 is opened and run, and then, as a
learner would:

1. the answer to 2.1 (the solution's code, read from
   ``notebooks/src/02-acsa.py``) and a wrong answer to 2.2 are typed into new
   cells and saved;
2. after a kernel restart ``helpers.progress(2)`` still shows 2.1 solved and
   2.2 tried;
3. each slip of :data:`SLIPS`, in its own cell, shows the course's note
   (``.course-slip``) and no traceback;
4. ``helpers.start_over("02")`` puts the course's notebook back and keeps
   the typed answer in ``02-acsa.old-1.ipynb``;
5. the workspace's ``docs/glossary.md`` opens as a rendered page (``make
   lab`` and ``make test-browser`` set Markdown Preview as its viewer);
6. ``git status`` of the repository is what it was before.

One page serves the whole session. Each test asks the session for the steps
it needs (``LearnerSession.once`` runs each step once, in order), so a test
picked alone with ``-k`` still finds the state it judges.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from labprocess import REPO

from .labpage import (
    PANEL,
    accept_kernel_dialog,
    menu_click,
    restart_kernel,
    run_new_cell,
    save_and_read,
    script,
    shows_traceback,
)
from .labserver import LabServer

pytestmark = pytest.mark.browser

NOTEBOOK = "02-acsa.ipynb"
# Code a learner types that goes wrong in a common way; every one must get a note, not a traceback.
SLIPS = {
    "column-in-the-wrong-case": "agreements = helpers.load_agreements()\nagreements['Partner']",
    "name-never-defined": "acsa_partners_in_force",
    "query-text-without-quotes": "agreements.query('partner == Japan')",
    "item-of-many-rows": "agreements['kind'].item()",
    "pivot-of-text-values": "agreements.pivot_table(index='partner', columns='kind', values='status')",
    "and-without-brackets": "agreements[agreements.kind == 'ACSA' & agreements.partner == 'India']",
    "article-without-a-date-line": "helpers.parse_article('no date line here')",
    "cell-stopped-by-the-learner": "import time\ntime.sleep(30)",  # interrupted, as a learner presses Stop
}


def solution(qid: str) -> str:
    """The code a learner types for exercise ``qid``: the solution line of notebook 02's source, then check()."""
    name = "answer_" + qid.replace(".", "_")
    for line in (REPO / "notebooks" / "src" / "02-acsa.py").read_text(encoding="utf-8").splitlines():
        m = re.match(rf"\s*{name}\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
        if m:
            return f"{name} = {m.group(1)}\ncheck({qid!r}, {name})"
    raise LookupError(f"no solution line for {qid} in notebooks/src/02-acsa.py")


def git_status() -> str | None:
    """``git status --porcelain`` of the repository, or None where git cannot say."""
    try:
        return subprocess.run(
            ["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None


@dataclass
class LearnerSession:
    """The open page of workspace/02 and the results of the steps run so far."""

    page: object
    lab: LabServer
    workspace: Path
    shot: Path
    git_before: str | None
    done: dict = field(default_factory=dict)
    stopped: str = ""  # the step that raised, and what: later steps cannot go on from there

    def __repr__(self) -> str:  # what pytest prints beside a failed assertion
        return f"LearnerSession(steps done: {list(self.done)})"

    def once(self, name: str, step: Callable[[], object]) -> object:
        """Run ``step`` the first time ``name`` is asked for; its result after that."""
        if name in self.done:
            return self.done[name]
        if self.stopped:
            pytest.fail(f"the session stopped earlier, {self.stopped}", pytrace=False)
        try:
            self.done[name] = step()
        except Exception as exc:
            self.stopped = f"while {name}: {type(exc).__name__}: {str(exc)[:300]}"
            raise
        return self.done[name]


def _open(page, lab: LabServer, rel: str) -> None:
    page.goto(f"{lab.url}/lab/tree/{rel}?reset", wait_until="domcontentloaded")
    page.locator(f"{PANEL} .jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # as the notebook runs do: let the kernel finish starting
        accept_kernel_dialog(page)
        if lab.kernels_idle():
            break
        page.wait_for_timeout(250)
    page.wait_for_timeout(1000)
    accept_kernel_dialog(page)


@pytest.fixture(scope="module")
def learner(context, lab, shots, notes) -> LearnerSession:
    """workspace/02 open in a page, run once with Run → Run All Cells."""
    from helpers.workspace import create_workspace

    before = git_status()
    workspace = lab.root / "workspace"
    create_workspace(workspace)
    source = (workspace / NOTEBOOK).read_text(encoding="utf-8")
    if 'helpers.start("02")' not in source and 'helpers.start(\\"02\\")' not in source:  # .ipynb JSON escapes quotes
        notes.append(("learner session", 'the setup cell of 02 does not call helpers.start("02"); the session does'))
    page = context.new_page()
    session = LearnerSession(page, lab, workspace, shots / "learner-session.png", before)
    try:
        _open(page, lab, f"workspace/{NOTEBOOK}")
        menu_click(page, "Run", "Run All Cells")
        page.wait_for_function(script("none_queued"), timeout=120_000)
        yield session
    finally:
        try:
            page.screenshot(path=str(session.shot), full_page=True)
        except Exception:  # the picture is a courtesy
            pass
        page.close()
        lab.shutdown_kernels()


def _answered(s: LearnerSession) -> str:
    code = "import helpers\nhelpers.start('02')\n" + solution("2.1")
    return s.once("typing the answer to 2.1", lambda: run_new_cell(s.page, code).inner_html())


def _saved(s: LearnerSession) -> dict | None:
    _answered(s)

    def step():
        run_new_cell(s.page, "check('2.2', ['certainly not a partner'])")
        return save_and_read(s.page, s.workspace / NOTEBOOK)

    return s.once("typing a wrong answer to 2.2 and saving", step)


def _progress_after_restart(s: LearnerSession) -> str:
    _saved(s)

    def step():
        restart_kernel(s.page)
        shown = run_new_cell(s.page, "import helpers\nhelpers.progress(2)").locator(".jp-OutputArea").inner_text()
        run_new_cell(s.page, "helpers.start('02')")  # as the slips' learner has done
        return shown

    return s.once("restarting and asking for progress(2)", step)


def _slip(s: LearnerSession, code: str) -> tuple[bool, int, str]:
    _progress_after_restart(s)

    def step():
        cell = run_new_cell(s.page, code, interrupt_after=2 if "sleep" in code else None)
        return shows_traceback(cell), cell.locator(".course-slip").count(), cell.inner_text()[:200]

    return s.once(f"running the slip {code.splitlines()[-1]!r}", step)


def _start_over(s: LearnerSession) -> str:
    _saved(s)

    def step():
        save_and_read(s.page, s.workspace / NOTEBOOK)
        return run_new_cell(s.page, "helpers.start_over('02')").inner_text()

    return s.once("running start_over('02')", step)


def test_a_typed_answer_is_accepted(learner):
    html = _answered(learner)
    assert "course-feedback-right" in html, f"the typed answer to 2.1 was not accepted: {html[:300]!r}"


def test_the_saved_notebook_holds_the_typed_answer(learner):
    saved = _saved(learner)
    assert saved is not None, "File → Save Notebook did not write workspace/02-acsa.ipynb within 10 s"
    assert "answer_2_1 = " in json.dumps(saved), "the saved notebook does not hold the typed answer"


def test_progress_lasts_after_a_kernel_restart(learner):
    shown = _progress_after_restart(learner)
    assert "2.1 ✔" in shown and "2.2 ✘" in shown and "Saved in your workspace" in shown, (
        f"after a restart progress(2) shows {shown[:300]!r}"
    )


@pytest.mark.parametrize("code", list(SLIPS.values()), ids=list(SLIPS))
def test_a_slip_gets_a_note_not_a_traceback(learner, code):
    traceback, slip_notes, text = _slip(learner, code)
    assert not traceback, f"the slip {code.splitlines()[-1]!r} shows a traceback: {text!r}"
    assert slip_notes, f"the slip {code.splitlines()[-1]!r} shows no note: {text!r}"


def test_start_over_names_the_kept_copy(learner):
    said = _start_over(learner)
    assert "02-acsa.old-1.ipynb" in said, f"start_over said {said[:300]!r}"


def test_start_over_puts_the_course_notebook_back(learner):
    _start_over(learner)
    from helpers.workspace import clean_notebook  # a workspace copy holds no outputs

    course = clean_notebook((REPO / "notebooks" / NOTEBOOK).read_bytes())
    assert (learner.workspace / NOTEBOOK).read_bytes() == course, (
        "after start_over the notebook is not the course's version"
    )


def test_start_over_keeps_the_typed_answer_in_the_old_copy(learner):
    _start_over(learner)
    old = learner.workspace / "02-acsa.old-1.ipynb"
    assert old.exists(), "start_over did not keep the learner's copy"
    assert "answer_2_1 = " in old.read_text(encoding="utf-8"), "the kept copy does not hold the typed answer"


def test_the_workspace_glossary_opens_as_a_rendered_page(learner):
    """Markdown Preview is a .jp-MarkdownViewer; the text editor would be a .jp-FileEditor."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = learner.page
    page.goto(f"{learner.lab.url}/lab/tree/workspace/docs/glossary.md?reset", wait_until="domcontentloaded")
    try:
        page.locator(".jp-MarkdownViewer:not(.lm-mod-hidden) .jp-RenderedMarkdown h1").first.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        pytest.fail(
            "docs/glossary.md in the workspace does not open as a rendered page "
            "(make test-browser writes the Markdown Preview default into the venv, as make lab does)",
            pytrace=False,
        )


def test_git_status_is_what_it_was_before_the_session(learner):
    if learner.git_before is None:
        pytest.skip("git status cannot be read here (no git, or not a clone)")
    after = git_status()
    assert after == learner.git_before, f"git status changed during the session:\n{after}"
