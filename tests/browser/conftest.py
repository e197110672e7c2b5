"""Fixtures of the browser tests: the course's JupyterLab, Debian's Chromium, one logged-in browser context.

``make test-browser`` runs these tests (``pytest -m browser tests/browser``);
plain ``make test`` deselects them (``-m "not browser"`` in pyproject's
addopts), so it never starts a browser. Playwright drives the system's
Chromium through ``executable_path``: nothing downloads a browser.

Pictures: every notebook whole in build/browser/ (as a learner sees it after
the run), and for each failed test the page as it was, in
build/browser-failures/<test>.png. After the run a table gives each
notebook's time, cells run and charts shown, and the notes that are worth a
look without being failures.
"""

from __future__ import annotations

import re
import shutil
import signal
from pathlib import Path

import pytest
from labprocess import REPO

from .labpage import VIEWPORT
from .labserver import serving

CHROMIUM = Path("/usr/bin/chromium")
# Headless in a closed network: without the background-networking flags
# Chromium's own connections (updates, sync, field trials) are refused and
# it stalls. --no-sandbox is needed as root (CI containers).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
]
SHOTS = REPO / "build" / "browser"
FAILURE_SHOTS = REPO / "build" / "browser-failures"
RUNS = pytest.StashKey[list]()  # NotebookRun objects, for the closing table
NOTES = pytest.StashKey[list]()  # (name, note): worth a look, not failures


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")  # pytest then tears the fixtures down: JupyterLab stops


@pytest.fixture(scope="session")
def shots() -> Path:
    """build/browser/, emptied of an earlier run's pictures (renamed notebooks, fixed failures)."""
    for folder in (SHOTS, FAILURE_SHOTS):
        for old in folder.glob("*.png"):
            old.unlink()
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


@pytest.fixture(scope="session")
def notes(pytestconfig) -> list[tuple[str, str]]:
    """(name, note) pairs: worth a look, not failures; listed after the run."""
    return pytestconfig.stash.setdefault(NOTES, [])


@pytest.fixture(scope="session")
def finished_runs(pytestconfig) -> list:
    """The NotebookRun of every notebook run so far, for the table after the run."""
    return pytestconfig.stash.setdefault(RUNS, [])


@pytest.fixture(scope="session")
def lab(shots):
    """The course's JupyterLab on 127.0.0.1, a free port, token and XSRF on, serving a temp copy of notebooks/."""
    previous = signal.signal(signal.SIGTERM, _interrupt)  # CI cancelling the job: still stop the server
    with serving(REPO / "notebooks", "course-browser-") as server:
        yield server
    signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, headless, through Playwright (never a browser download)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing. On Debian: apt-get update && apt-get install -y chromium "
            "(these tests never download a browser)",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing; run: make test-browser", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def blocked_requests() -> list[str]:
    """Every URL the pages tried to reach off 127.0.0.1 (refused), in order."""
    return []


@pytest.fixture(scope="session")
def context(chromium, lab, blocked_requests):
    """One browser context, logged in once with the token as a learner does with the printed link.

    That sets the auth and _xsrf cookies, so the page's own POSTs carry the
    XSRF token. Every request that would leave the lab server is refused: the
    course must work offline.
    """
    browsing = chromium.new_context(viewport=VIEWPORT)

    def local_only(route) -> None:
        if route.request.url.startswith(lab.url + "/"):
            route.continue_()
        else:
            blocked_requests.append(route.request.url)
            route.abort()

    browsing.route("**/*", local_only)
    login = browsing.new_page()
    login.goto(f"{lab.url}/lab?token={lab.token}&reset", wait_until="domcontentloaded")
    login.close()
    yield browsing
    browsing.close()


def _pages_of(item: pytest.Item):
    """(page, stored picture) of each fixture of the test that holds an open page."""
    for value in getattr(item, "funcargs", {}).values():
        page = getattr(value, "page", None)
        if page is not None:
            yield page, getattr(value, "shot", None)


def _save_failure_picture(item: pytest.Item) -> None:
    name = re.sub(r"[^\w.\[\]-]+", "__", item.name.replace(".ipynb", ""))
    target = FAILURE_SHOTS / f"{name}.png"
    for page, stored in _pages_of(item):
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(target), full_page=True)
            return
        except Exception:  # the page has gone: the picture taken after the run will do
            if stored is not None and Path(stored).exists():
                shutil.copyfile(stored, target)
                return


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and report.when in ("setup", "call"):
        _save_failure_picture(item)


def _table(runs: list) -> list[str]:
    rows = [("notebook", "seconds", "cells", "images", "errors")]
    for r in runs:
        f = r.findings
        rows.append(
            (
                r.rel.as_posix(),
                f"{r.seconds:.1f}",
                f"{f.ran if f else 0}/{r.runnable}",
                f"{f.shown_images if f else 0}/{r.expected_images}",
                str(len(f.errors) if f else "-"),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"total {sum(r.seconds for r in runs):.1f} s for {len(runs)} notebook(s); pictures in {SHOTS}")
    return lines


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    runs, notes = config.stash.get(RUNS, []), config.stash.get(NOTES, [])
    if runs:
        terminalreporter.section("notebooks in JupyterLab")
        for line in _table(runs):
            terminalreporter.write_line(line)
    if notes:
        terminalreporter.section("worth a look (not failures)")
        for name, note in notes:
            terminalreporter.write_line(f"{name}: {note}")
