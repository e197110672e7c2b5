"""``make hub-prestart``: every roster learner's server started before the lesson, through the hub's API.

Needs a learner environment (``COURSE_HUB_LEARNER_BIN``, set by ``make test-hub``).
"""

from __future__ import annotations

import asyncio
import os

import pytest

pytest.importorskip("jupyterhub")
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")

from coursekit.hub.client import request  # noqa: E402
from coursekit.hub.harness import running_hub  # noqa: E402
from coursekit.hub.prestart import learners_memory_mib, prestart  # noqa: E402


def test_prestart_starts_every_learners_server_and_a_second_run_finds_them_running():
    with running_hub(2, LEARNER_BIN) as hub:
        names = list(hub.learners)
        first = asyncio.run(prestart(hub.api, hub.service_token, names))
        assert first == {name: "ready" for name in names}
        for name in names:
            user = asyncio.run(request("GET", f"{hub.api}/users/{name}", hub.service_token)).json()
            assert user["servers"][""]["ready"]
        again = asyncio.run(prestart(hub.api, hub.service_token, names))
        assert again == {name: "running already" for name in names}
        memory = learners_memory_mib(names)
        print(f"two idle servers: {memory} MiB")  # the figure docs/classroom.md gives
        if hub.mode == "system":
            assert memory is not None and memory > 0


def test_prestart_says_why_a_server_did_not_start():
    with running_hub(0, LEARNER_BIN) as hub:
        result = asyncio.run(prestart(hub.api, hub.service_token, ["nobody-on-this-roster"]))
        assert result["nobody-on-this-roster"].startswith("not started: HTTP 404")
