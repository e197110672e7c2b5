"""A control group per sandboxed run: memory and process-count limits, and a way to kill all of it.

Which kind the machine offers decides the class: cgroup v2 (``memory`` and
``pids`` controllers in ``/sys/fs/cgroup`` or ``/sys/fs/cgroup/unified``),
else cgroup v1 (separate ``memory`` and ``pids`` hierarchies), else none, in
which case :mod:`hub.grading.sandbox` relies on rlimits alone
(``RLIMIT_AS``, ``RLIMIT_NPROC``). ``describe()`` says which is active.

>>> Group.none("x").kind, Group.none("x").describe()
('none', 'no cgroup (rlimits only)')
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

__all__ = ["Group", "detect", "kill_until_gone"]

ROOT = Path("/sys/fs/cgroup")


def _controllers(folder: Path) -> set[str]:
    try:
        return set((folder / "cgroup.controllers").read_text().split())
    except OSError:
        return set()


def _v1_own(controller: str) -> Path | None:
    """This process's cgroup folder in the v1 hierarchy of ``controller``, if writable."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, names, path = line.split(":", 2)
        if controller in names.split(","):
            folder = ROOT / controller / path.lstrip("/")
            return folder if os.access(folder, os.W_OK) else None
    return None


def detect() -> str:
    """``"v2"``, ``"v1"`` or ``"none"``: what this machine lets root use for a run's limits.

    >>> detect() in ("v2", "v1", "none")
    True
    """
    if os.geteuid() != 0:
        return "none"
    for root in (ROOT, ROOT / "unified"):
        if {"memory", "pids"} <= _controllers(root) and os.access(root, os.W_OK):
            return "v2"
    if _v1_own("memory") and _v1_own("pids"):
        return "v1"
    return "none"


def _write(path: Path, text: str) -> bool:
    try:
        path.write_text(text)
        return True
    except OSError:
        return False



def kill_until_gone(find, seconds: float) -> list[int]:
    """SIGKILL every pid ``find()`` returns, again and again, until none is left or ``seconds`` pass.

    Returns the pids still there at the end (a fork that raced the kills shows up on the next round).

    >>> kill_until_gone(lambda: [], 1.0)
    []
    """
    end = time.monotonic() + seconds
    while (left := find()) and time.monotonic() < end:
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.05)
    return find()

class Group:
    """One run's cgroup folders (one for v2, one per controller for v1), its limits set.

    >>> Group("v2", [Path("/sys/fs/cgroup/course-grading/run-1")]).describe()
    'cgroup v2 (memory, pids)'
    """

    def __init__(self, kind: str, folders: list[Path]):
        self.kind, self.folders = kind, folders

    @classmethod
    def none(cls, name: str) -> Group:
        """No cgroup: limits come from rlimits.

        >>> Group.none("run-1").folders
        []
        """
        return cls("none", [])

    @classmethod
    def create(cls, name: str, memory: int, processes: int) -> Group:
        """A new cgroup called ``name`` with the limits set, of the best kind this machine has.

        >>> g = Group.create(f"doctest-{os.getpid()}", 1 << 30, 64); g.kind in ("v1", "v2", "none")
        True
        >>> g.kill()
        set()
        """
        kind = detect()
        if kind == "v2":
            return cls._v2(name, memory, processes)
        if kind == "v1":
            return cls._v1(name, memory, processes)
        return cls.none(name)

    @classmethod
    def _v2(cls, name: str, memory: int, processes: int) -> Group:
        root = ROOT if {"memory", "pids"} <= _controllers(ROOT) else ROOT / "unified"
        base = root / "course-grading"
        _write(root / "cgroup.subtree_control", "+memory +pids")
        base.mkdir(exist_ok=True)
        _write(base / "cgroup.subtree_control", "+memory +pids")
        folder = base / name
        folder.mkdir()
        _write(folder / "memory.max", str(memory))
        _write(folder / "memory.swap.max", "0")
        _write(folder / "pids.max", str(processes))
        return cls("v2", [folder])

    @classmethod
    def _v1(cls, name: str, memory: int, processes: int) -> Group:
        own_memory, own_pids = _v1_own("memory"), _v1_own("pids")
        if own_memory is None or own_pids is None:
            raise OSError("no writable cgroup v1 memory and pids folders")
        mem, pids = own_memory / f"course-grading-{name}", own_pids / f"course-grading-{name}"
        mem.mkdir()
        pids.mkdir()
        _write(mem / "memory.limit_in_bytes", str(memory))
        _write(mem / "memory.memsw.limit_in_bytes", str(memory))
        _write(pids / "pids.max", str(processes))
        return cls("v1", [mem, pids])

    def describe(self) -> str:
        """Which limits this group enforces, in words.

        >>> Group("v1", []).describe()
        'cgroup v1 (memory, pids)'
        """
        return {"v2": "cgroup v2 (memory, pids)", "v1": "cgroup v1 (memory, pids)"}.get(
            self.kind, "no cgroup (rlimits only)")

    def join(self, pid: int) -> None:
        """Move process ``pid`` into the group (called in the child before it runs anything).

        >>> Group.none("x").join(os.getpid())
        """
        for folder in self.folders:
            (folder / "cgroup.procs").write_text(str(pid))

    def pids(self) -> set[int]:
        """The processes in the group now.

        >>> Group.none("x").pids()
        set()
        """
        found = set()
        for folder in self.folders:
            try:
                found |= {int(p) for p in (folder / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return found

    def kill(self, seconds: float = 10) -> set[int]:
        """Kill every process in the group and remove it; return the pids still alive (none, normally).

        >>> Group.none("x").kill()
        set()
        """
        if self.kind == "v2":
            _write(self.folders[0] / "cgroup.kill", "1")
        kill_until_gone(self.pids, seconds)
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:
                pass
        return self.pids()

    def peak_memory(self) -> int | None:
        """The most memory the group used, in bytes, when the kernel says.

        >>> Group.none("x").peak_memory() is None
        True
        """
        for folder in self.folders:
            for name in ("memory.peak", "memory.max_usage_in_bytes"):
                try:
                    return int((folder / name).read_text())
                except (OSError, ValueError):
                    continue
        return None
