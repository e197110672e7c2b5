"""Shared by the tests on a real hub: log learners in, start their servers, wait until each says it is ready;
Debian's Chromium for the hub's browser tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from coursekit.hub.client import login, request


async def wait_until_ready(hub, name: str, token: str, tries: int) -> None:
    """Ask the hub every half second, ``tries`` times, whether ``name``'s server is ready; fail the test if not."""
    for _ in range(tries):
        user = (await request("GET", f"{hub.api}/users/{name}", token)).json()
        if user["servers"].get("", {}).get("ready"):
            return
        await asyncio.sleep(0.5)
    pytest.fail(f"the server of {name} did not start")


async def start_servers(hub, learners, tries: int = 240, others=()) -> dict[str, str]:
    """First login and an API token for every learner and every one of ``others`` (teachers: no server);
    then start each learner's server and wait until it is ready. Returns name → token."""
    tokens = {}
    for name in (*learners, *others):
        ok, _ = await login(hub.url, name, "pw-" + name)
        assert ok, f"first login of {name} failed"
        reply = await request("POST", f"{hub.api}/users/{name}/tokens", hub.service_token, {"note": "test"})
        tokens[name] = reply.json()["token"]
    for name in learners:
        reply = await request("POST", f"{hub.api}/users/{name}/server", tokens[name], timeout=180)
        assert reply.code in (201, 202), reply.body
    for name in learners:
        await wait_until_ready(hub, name, tokens[name], tries)
    return tokens


CHROMIUM = Path("/usr/bin/chromium")
#: Headless in a closed network (no background connections to stall on); --no-sandbox as root.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@contextlib.contextmanager
def chromium_browser() -> Iterator:
    """Debian's Chromium through Playwright's ``executable_path`` (never a browser download), closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
