"""What the hub does before a learner's server starts: the account (root only) and the workspace.

:func:`pre_spawn_hook` gives the ``Spawner.pre_spawn_hook`` that
:func:`coursekit.hub.config.spawner` sets. The slow part (``useradd``, the
workspace copy) runs in a thread, as the learner, so the hub's event loop
keeps serving the rest of the class.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

from coursekit.hub.accounts import AccountError, Place, ensure_workspace, place_for
from coursekit.hub.settings import Settings

__all__ = ["pre_spawn_hook", "server_log"]

_LOG_FDS: dict[str, int] = {}  # one append-only descriptor per learner, opened once by the hub


def server_log(s: Settings, name: str) -> int:
    """The learner's server log, ``STATE/server-logs/NAME.log`` (root's only), opened once for appending.

    Only with ``COURSE_HUB_SERVER_LOGS=1``: a learner can fill that file, so it is off by default.

    >>> import tempfile; from pathlib import Path
    >>> s = Settings(state=Path(tempfile.mkdtemp())); fd = server_log(s, "ben")
    >>> fd == server_log(s, "ben"), oct((s.state / "server-logs" / "ben.log").stat().st_mode & 0o777)
    (True, '0o600')
    >>> os.close(_LOG_FDS.pop("ben"))
    """
    if name not in _LOG_FDS:
        folder = s.state / "server-logs"
        folder.mkdir(mode=0o700, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC
        _LOG_FDS[name] = os.open(folder / f"{name}.log", flags, 0o600)
    return _LOG_FDS[name]


def _make_place(s: Settings, name: str, log: Any) -> tuple[Place, bool]:
    place = place_for(name, s.mode, s.state)
    try:
        return place, ensure_workspace(place, str(s.learner_bin / "python"))
    except AccountError as err:  # a workspace the learner broke: start the server anyway
        if not place.workspace.is_dir():
            raise
        log.warning("course: %s", err)
        return place, False


def pre_spawn_hook(s: Settings) -> Callable[[Any], Awaitable[None]]:
    """The hook that makes a learner's account and workspace before their server starts.

    >>> import inspect; inspect.iscoroutinefunction(pre_spawn_hook(Settings()))
    True
    """

    async def prepare(spawner: Any) -> None:
        loop = asyncio.get_running_loop()
        place, created = await loop.run_in_executor(None, _make_place, s, spawner.user.name, spawner.log)
        if created:
            spawner.log.info("course: created the workspace of %s in %s", spawner.user.name, place.workspace)
        spawner.environment = {**spawner.environment, "COURSE_WORKSPACE": str(place.workspace)}
        if s.server_logs:
            log = server_log(s, spawner.user.name)
            spawner.popen_kwargs = {**spawner.popen_kwargs, "stdout": log, "stderr": log}
        if s.mode == "simple":
            spawner.notebook_dir = str(place.workspace)

    return prepare
