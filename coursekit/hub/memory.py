"""Peak memory of a running class: resident memory per learner and in total, sampled from /proc.

On a root hub a learner's processes are those of the learner's account; in
the one-user demo they are told apart by the ``JUPYTERHUB_USER`` variable
of the server and the kernels it starts (their environment inherits it).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import statistics
import threading
from pathlib import Path

__all__ = ["MemorySampler", "processes"]

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss(pid: str) -> int:
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * PAGE


def _hub_user(pid: str) -> str | None:
    with open(f"/proc/{pid}/environ", "rb") as f:
        for item in f.read().split(b"\0"):
            if item.startswith(b"JUPYTERHUB_USER="):
                return item.split(b"=", 1)[1].decode()
    return None


def processes() -> list[tuple[str, int, int]]:
    """Every readable process as (pid, uid, resident bytes).

    >>> any(pid == str(os.getpid()) for pid, _, _ in processes())
    True
    """
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                found.append((entry.name, entry.stat().st_uid, _rss(entry.name)))
    return found


def _descendants(root: int) -> set[str]:
    children: dict[str, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                ppid = (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                children.setdefault(ppid, []).append(entry.name)
    seen, todo = set(), [str(root)]
    while todo:
        pid = todo.pop()
        seen.add(pid)
        todo.extend(children.get(pid, []))
    return seen


class MemorySampler:
    """Samples every ``interval`` seconds in a thread while used as a context manager.

    >>> class Hub: learners = ("nobody-here",); mode = "simple"; process = None
    >>> with MemorySampler(Hub(), interval=0.05) as m:
    ...     pass
    >>> m.figures()["learners_total_peak"]
    0.0
    """

    def __init__(self, hub, interval: float = 0.5):
        self.hub, self.interval = hub, interval
        self.uids: dict[int, str] = {}
        self.peak: dict[str, int] = {}
        self.total_peak = self.hub_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def owner(self, pid: str, uid: int) -> str | None:
        """The learner a process belongs to (None: not a learner's)."""
        if self.hub.mode == "system":
            return self.uids.get(uid)
        with contextlib.suppress(OSError):
            name = _hub_user(pid)
            return name if name in self.hub.learners else None
        return None

    def _find_accounts(self) -> None:
        """Accounts are made at each learner's first spawn: look up the ones not seen yet."""
        known = set(self.uids.values())
        for name in self.hub.learners:
            if name not in known:
                with contextlib.suppress(KeyError):
                    self.uids[pwd.getpwnam(name).pw_uid] = name

    def sample(self) -> None:
        if self.hub.mode == "system":
            self._find_accounts()
        per: dict[str, int] = {}
        hub_tree = _descendants(self.hub.process.pid) if self.hub.process is not None else set()
        hub_bytes = 0
        for pid, uid, rss in processes():
            owner = self.owner(pid, uid)
            if owner:
                per[owner] = per.get(owner, 0) + rss
            elif pid in hub_tree:
                hub_bytes += rss
        for name, value in per.items():
            self.peak[name] = max(self.peak.get(name, 0), value)
        self.total_peak = max(self.total_peak, sum(per.values()))
        self.hub_peak = max(self.hub_peak, hub_bytes)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def figures(self) -> dict:
        mib = lambda b: round(b / 2**20, 1)  # noqa: E731
        peaks = sorted(self.peak.values())
        return {
            "per_learner_peak_max": mib(max(peaks)) if peaks else None,
            "per_learner_peak_median": mib(statistics.median(peaks)) if peaks else None,
            "learners_total_peak": mib(self.total_peak),
            "hub_peak": mib(self.hub_peak),
        }
