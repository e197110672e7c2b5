"""Shared by the tests on a real hub: log learners in, start their servers, wait until each says it is ready."""

from __future__ import annotations

import asyncio

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
