"""Start every learner's server before the lesson: ``make hub-prestart CLASS=roster.csv HUB_TOKEN=...``.

At 9:00 a whole class logs in within a minute, and on a small machine the
servers' start-up is what they wait for. Started beforehand, a few at a
time, each learner's login at 9:00 finds a running server (the notebook's
kernel still starts when the learner opens a notebook).

It asks the running hub's REST API, as an admin (a teacher's API token from
the hub's Token page, or the course-admin service token), to start the
server of each roster learner who has none, ``--parallel`` at a time, and
waits for each. It prints who is ready, who failed and why, and the
learners' resident memory afterwards when it runs on the hub machine.

Cost: an idle server holds memory (about 110 MiB each here, see
docs/classroom.md) from now until the lesson; the hub's idle culler stops a
server nobody used for ``COURSE_HUB_CULL_TIMEOUT`` seconds (an hour by
default), so run this within the hour before the lesson.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import pwd
import sys
import time

from .client import request
from .memory import processes
from .roster import roster_or_say

__all__ = ["learners_memory_mib", "main", "prestart", "start_one"]


async def start_one(api: str, token: str, name: str, timeout: float = 300) -> str:
    """Start ``name``'s server and wait until it is ready; "ready", "running already" or why not.

    >>> asyncio.run(start_one("http://127.0.0.1:9/hub/api", "t", "ben", timeout=2))
    'not started: HTTP 599 (no answer from the hub)'
    """
    user = await request("GET", f"{api}/users/{name}", token, timeout=timeout)
    if user.code == 200 and (user.json() or {}).get("servers", {}).get("", {}).get("ready"):
        return "running already"
    reply = await request("POST", f"{api}/users/{name}/server", token, timeout=timeout)
    while reply.code == 429:  # the hub's limit of spawns at once: wait, as a browser does
        await asyncio.sleep(2)
        reply = await request("POST", f"{api}/users/{name}/server", token, timeout=timeout)
    if reply.code not in (201, 202):
        why = "no answer from the hub" if reply.code == 599 else reply.body[:200]
        return f"not started: HTTP {reply.code} ({why})"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        server = ((await request("GET", f"{api}/users/{name}", token)).json() or {}).get("servers", {}).get("", {})
        if server.get("ready"):
            return "ready"
        if not server:
            return "not started: the spawn failed (see the hub's log)"
        await asyncio.sleep(1)
    return f"not ready after {timeout:.0f} s"


async def prestart(api: str, token: str, names: list[str], parallel: int = 2) -> dict[str, str]:
    """Start the servers of ``names``, ``parallel`` at a time; each name's outcome.

    >>> asyncio.run(prestart("http://127.0.0.1:9/hub/api", "t", []))
    {}
    """
    gate = asyncio.Semaphore(parallel)
    results: dict[str, str] = {}

    async def one(name: str) -> None:
        async with gate:
            results[name] = await start_one(api, token, name)
            print(f"  {name}: {results[name]}", flush=True)

    await asyncio.gather(*(one(n) for n in names))
    return results


def learners_memory_mib(names: list[str]) -> float | None:
    """Resident memory of every process of these accounts, in MiB (None when none is an account here).

    >>> learners_memory_mib(["no-such-account-here"]) is None
    True
    """
    uids = set()
    for name in names:
        with contextlib.suppress(KeyError):
            uids.add(pwd.getpwnam(name).pw_uid)
    if not uids:
        return None
    return round(sum(rss for _, uid, rss in processes() if uid in uids) / 2**20, 1)


def main(argv: list[str] | None = None) -> int:
    """``python -m coursekit prestart --roster CLASS.csv [--hub URL] [--parallel 2]``, token in HUB_TOKEN.

    >>> os.environ.pop("HUB_TOKEN", None) and None
    >>> main(["--roster", "hub/roster.example.csv"])
    Give an admin's API token in the HUB_TOKEN variable (the hub's Token page, logged in as a teacher).
    2
    """
    p = argparse.ArgumentParser(prog="python -m coursekit prestart", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True, help="the class roster CSV")
    p.add_argument("--hub", default="http://127.0.0.1:8000/", help="the hub's address")
    p.add_argument("--parallel", type=int, default=2, help="servers starting at once (default 2: one per core)")
    args = p.parse_args(argv)
    token = os.environ.get("HUB_TOKEN", "")
    if not token:
        print("Give an admin's API token in the HUB_TOKEN variable (the hub's Token page, logged in as a teacher).")
        return 2
    roster = roster_or_say(args.roster, sys.stdout)
    if roster is None:
        return 2
    api = args.hub.rstrip("/") + "/hub/api"
    started = time.monotonic()
    print(f"starting the servers of {len(roster.learners)} learners, {args.parallel} at a time")
    results = asyncio.run(prestart(api, token, list(roster.learners), args.parallel))
    ok = [n for n, r in results.items() if r in ("ready", "running already")]
    print(f"{len(ok)} of {len(results)} servers running after {time.monotonic() - started:.0f} s")
    memory = learners_memory_mib(list(roster.learners))
    if memory is not None:
        print(f"learners' memory now: {memory} MiB ({memory / max(1, len(ok)):.0f} MiB per running server)")
    return 0 if len(ok) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
