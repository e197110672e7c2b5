"""A learner in Chromium on a real hub: logs in, JupyterLab opens the course, and a cell runs in their own kernel.

The other hub tests drive the servers through their API; this one goes the
way a learner does, through the login form, the spawn page and JupyterLab's
own kernel connection, and checks that the kernel runs as the learner and
talks to its server through socket files (``coursekit/hub/ports.py``). The
page is saved to ``build/browser/hub-lab.png`` to be looked at.

Runs in ``make test-hub`` (``COURSE_HUB_LEARNER_BIN``), as root (real
accounts), with Debian's Chromium through ``executable_path``.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("jupyterhub")
pytest.importorskip("playwright.sync_api")
from hub_servers import CHROMIUM, chromium_browser

LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = [
    pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub"),
    pytest.mark.skipif(os.geteuid() != 0, reason="a learner is an account of their own only on a root hub"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)"),
]

from browser.labpage import PANEL, VIEWPORT, run_new_cell, script  # noqa: E402

from coursekit.hub.harness import running_hub  # noqa: E402
from coursekit.paths import REPO  # noqa: E402

SHOT = REPO / "build" / "browser" / "hub-lab.png"
WHO_AND_HOW = (
    "import getpass, json\nfrom ipykernel import get_connection_file\n"
    "print('kernel of', getpass.getuser(), 'over', json.load(open(get_connection_file()))['transport'])"
)


def test_a_learner_logs_in_and_runs_a_cell_in_jupyterlab():
    with running_hub(1, LEARNER_BIN) as hub, chromium_browser() as browser:
        name = hub.learners[0]
        page = browser.new_context(viewport=VIEWPORT).new_page()
        page.goto(hub.url + "hub/login")
        page.fill("#username_input", name)
        page.fill("#password_input", "pw-" + name)
        page.click("#login_submit")
        page.wait_for_url(f"**/user/{name}/lab/**", timeout=180_000)
        page.locator(PANEL).wait_for(timeout=120_000)
        page.wait_for_function(script("kernel_idle"), timeout=120_000)
        cell = run_new_cell(page, WHO_AND_HOW, timeout=120)
        printed = cell.locator(".jp-OutputArea").inner_text()
        SHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOT))
    assert f"kernel of {name} over ipc" in printed, printed
