"""Where a class run's CPU went: the learners' servers, their kernels, and the hub side, from /proc.

Read once at the end of a run, while every learner's server still runs: a
server's own CPU time is the server's; its reaped children's time (kernels
that were shut down, with whatever they ran) and the time of its live
descendants are the kernels'. Everything else under the hub's process
(the hub, the proxy, the services) is the hub side. On two cores, these
are what compete.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

__all__ = ["class_cpu", "proc_times"]

TICK = os.sysconf("SC_CLK_TCK")


def proc_times(pid: str) -> tuple[int, float, float]:
    """(parent pid, own CPU seconds, reaped children's CPU seconds) of a process.

    >>> ppid, own, reaped = proc_times(str(os.getpid()))
    >>> ppid == os.getppid(), own > 0, reaped >= 0
    (True, True, True)
    """
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return int(fields[1]), (utime + stime) / TICK, (cutime + cstime) / TICK


def class_cpu(hub_pid: int | None, owner: Callable[[str, int], str | None]) -> dict[str, float]:
    """CPU seconds so far of the learners' servers, their kernels and the hub side (``owner(pid, uid)``: the learner).

    A learner's server is a learner's process whose parent is not that learner's.

    >>> figures = class_cpu(os.getpid(), lambda pid, uid: None)
    >>> sorted(figures), figures["hub_side_s"] > 0
    (['hub_side_s', 'kernels_s', 'servers_s'], True)
    """
    table: dict[str, tuple[int, float, float, str | None]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                ppid, own, reaped = proc_times(entry.name)
                table[entry.name] = (ppid, own, reaped, owner(entry.name, entry.stat().st_uid))
    servers = kernels = hub_side = 0.0
    for pid, (ppid, own, reaped, who) in table.items():
        parent = table.get(str(ppid))
        if who is not None and (parent is None or parent[3] != who):
            servers, kernels = servers + own, kernels + reaped
        elif who is not None:
            kernels += own + reaped
        elif hub_pid is not None and _under(pid, hub_pid, table):
            hub_side += own + (reaped if int(pid) == hub_pid else 0.0)
    return {"servers_s": round(servers, 1), "kernels_s": round(kernels, 1), "hub_side_s": round(hub_side, 1)}


def _under(pid: str, root: int, table: dict) -> bool:
    for _ in range(64):
        if int(pid) == root:
            return True
        if pid not in table:
            return False
        pid = str(table[pid][0])
    return False
