"""Fixtures of the website test: the built editions, a loopback server, headless Chromium.

These tests build the site with Sphinx and drive Debian's Chromium, so plain
``make test`` skips them; ``make test-site`` (COURSE_SITE_TEST=1) runs them.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
OUT = {
    "student": REPO / "build" / "site",
    "instructor": REPO / "build" / "site-instructor",
    "student-ja": REPO / "build" / "site-ja",
}


def pytest_collection_modifyitems(config, items):
    if os.environ.get("COURSE_SITE_TEST") == "1":
        return
    skip = pytest.mark.skip(reason="builds the site and drives Chromium: run make test-site")
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)


class _Built(dict):
    """Each edition built on first use, so one edition's test never waits for (or fails on) another's build."""

    def __missing__(self, name: str) -> Path:
        from coursekit.site import build

        edition, _, lang = name.partition("-")
        start = time.perf_counter()
        pages = build.build(edition, OUT[name], lang=lang or "en")
        print(f"\n{name}: built {pages} pages in {time.perf_counter() - start:.1f} s")
        self[name] = OUT[name]
        return OUT[name]


@pytest.fixture(scope="session")
def built() -> dict[str, Path]:
    """The editions, built as make site, make site-instructor and make site LANG=ja build them (on first use)."""
    return _Built()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    served: list[tuple[str, int]]

    def log_message(self, format, *args):
        pass

    def log_request(self, code="-", size="-"):
        self.served.append((self.path, int(code) if str(code).isdigit() else 0))


@pytest.fixture(scope="session")
def serve(built):
    """serve(edition) -> (base URL, list of (path, status) served); one server per edition."""
    servers = {}

    def start(edition: str):
        if edition not in servers:
            handler = type("Handler", (_Quiet,), {"served": []})
            server = http.server.ThreadingHTTPServer(
                ("127.0.0.1", 0), functools.partial(handler, directory=str(built[edition]))
            )
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[edition] = (server, handler.served)
        server, served = servers[edition]
        return f"http://127.0.0.1:{server.server_address[1]}/", served

    yield start
    for server, _ in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
