"""Shared by the tests on a real hub: wait until a learner's server says it is ready."""

from __future__ import annotations

import asyncio

import pytest

from coursekit.hub.client import request


async def wait_until_ready(hub, name: str, token: str, tries: int) -> None:
    """Ask the hub every half second, ``tries`` times, whether ``name``'s server is ready; fail the test if not."""
    for _ in range(tries):
        user = (await request("GET", f"{hub.api}/users/{name}", token)).json()
        if user["servers"].get("", {}).get("ready"):
            return
        await asyncio.sleep(0.5)
    pytest.fail(f"the server of {name} did not start")
