"""Run a command as a throwaway account in a box: no network, no course files, limits, nothing left behind.

As root, each run gets:

* a **throwaway uid** picked at random from :data:`UID_RANGE` (no entry in
  ``/etc/passwd``, no process, so it owns nothing on the machine but the
  run's own folder), with its own gid and no supplementary groups
  (``setpriv --reuid --regid --clear-groups --no-new-privs``, every
  capability dropped);
* its own **network, mount, IPC and process namespaces** (``unshare``): only
  loopback; the course folder, the submissions, ``/home``, ``/root``,
  ``/srv`` and ``/run`` (the machine's sockets) covered by empty read-only
  folders; private ``/tmp``, ``/var/tmp`` and ``/dev/shm``; a ``/proc`` that
  shows only the run's own processes; no System V shared memory or message
  queue it makes outlives it (IPC namespace);
* its own empty **session keyring** (the teacher's, which may hold a
  Kerberos ticket or a disk key, is neither readable nor writable from the
  box) and **no standard input** (never the teacher's terminal);
* **limits** (:class:`Limits`): memory and process count in a cgroup
  (:mod:`hub.grading.cgroups`; ``RLIMIT_DATA`` and the per-uid
  ``RLIMIT_NPROC`` when the machine has no usable cgroup), CPU time per
  process (``RLIMIT_CPU``), a wall-clock limit, file size (``RLIMIT_FSIZE``);
* a private folder under a root-only base folder, removed afterwards,
  that only the run's own gid may enter (not a run graded at the same time):
  read-only to the run but for its output files (pre-created, each capped
  by ``RLIMIT_FSIZE``) and ``scratch/``, a tmpfs of ``SCRATCH_MB`` (owned by
  the throwaway uid, mode 0700) where it runs, so what it writes is capped.

When the run ends (or its time is up) everything it started is killed: the
process namespace's first process, the cgroup, and every process of the
throwaway uid. Without root none of this is possible: the command then runs
as the current user with rlimits only, and :func:`Sandbox.describe` says so.

>>> Limits().memory, Limits.from_env({"GRADE_MEMORY_MB": "512"}).memory
(1073741824, 536870912)
"""

from __future__ import annotations

import ctypes
import os
import platform
import pwd
import random
import resource
import shlex
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, replace
from pathlib import Path

from .cgroups import Group, detect, kill_until_gone

__all__ = ["UID_RANGE", "Limits", "Outcome", "Sandbox", "kill_uid", "new_session_keyring", "processes_of",
           "reachable_by_others"]

#: Throwaway uids come from here: far above any account a system or a hub creates, below 2**31.
UID_RANGE = range(1_900_000_000, 2_000_000_000)
#: Folders no graded notebook may see, whatever their permissions (besides the course and the submissions).
ALWAYS_HIDDEN = ("/home", "/root", "/srv", "/run")
PRIVATE_TMP = ("/tmp", "/var/tmp", "/dev/shm")
#: The ``keyctl`` system call's number, per machine (``KEYCTL_JOIN_SESSION_KEYRING`` gives a new, empty keyring).
_KEYCTL = {"x86_64": 250, "aarch64": 219, "i686": 288, "armv7l": 311, "ppc64le": 250, "s390x": 280}
#: The run's own writable space (a tmpfs, so counted in its memory limit), in MiB.
SCRATCH_MB = int(os.environ.get("GRADE_SCRATCH_MB", "512"))


@dataclass(frozen=True)
class Limits:
    """Per-submission limits; each can be set by an environment variable (``GRADE_MEMORY_MB``...).

    >>> Limits.from_env({"GRADE_PROCESSES": "64", "GRADE_CELL_SECONDS": "5"})
    Limits(memory=1073741824, processes=64, cpu_seconds=300, wall_seconds=300, cell_seconds=5)
    """

    memory: int = 1 << 30
    processes: int = 256
    cpu_seconds: int = 300
    wall_seconds: int = 300
    cell_seconds: int = 30

    @classmethod
    def from_env(cls, env=None) -> Limits:
        env = os.environ if env is None else env
        names = {"memory": "GRADE_MEMORY_MB", "processes": "GRADE_PROCESSES", "cpu_seconds": "GRADE_CPU_SECONDS",
                 "wall_seconds": "GRADE_WALL_SECONDS", "cell_seconds": "GRADE_CELL_SECONDS"}
        found = {}
        for field, name in names.items():
            if env.get(name, "").strip():
                found[field] = int(env[name]) * (1 << 20 if field == "memory" else 1)
        return replace(cls(), **found)


@dataclass
class Outcome:
    """What one run left: the folder it worked in (read it as data, then :meth:`Sandbox.clean`), why it stopped.

    >>> Outcome(Path("run"), "stopped after 300 s", set()).survivors
    set()
    """

    work: Path
    note: str
    survivors: set[int]
    peak_memory: int | None = None
    seconds: float = 0.0


def processes_of(uid: int) -> set[int]:
    """The pids of every process whose real or effective uid is ``uid``.

    >>> os.getpid() in processes_of(os.getuid())
    True
    """
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="utf-8") as f:
                uids = next(line for line in f if line.startswith("Uid:")).split()[1:3]
        except (OSError, StopIteration):
            continue
        if str(uid) in uids:
            found.add(int(entry))
    return found


def kill_uid(uid: int, seconds: float = 10) -> set[int]:
    """SIGKILL every process of ``uid`` until none is left (or ``seconds`` pass); return the survivors.

    >>> kill_uid(UID_RANGE[-1])
    set()
    """
    if uid == 0 or uid == os.getuid():
        raise ValueError(f"refusing to kill every process of uid {uid}")
    return set(kill_until_gone(lambda: processes_of(uid), seconds))


def reachable_by_others(path: Path) -> bool:
    """Whether an account that is neither owner nor in the group could read ``path`` (by its mode bits).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); d.chmod(0o700); reachable_by_others(d)
    False
    """
    path = path.resolve()
    for folder in reversed(path.parents):
        if not folder.stat().st_mode & 0o001:
            return False
    return bool(path.stat().st_mode & (0o005 if path.is_dir() else 0o004))


def _free_uid() -> int:
    taken = {p.pw_uid for p in pwd.getpwall()}
    for _ in range(100):
        uid = random.SystemRandom().choice(UID_RANGE)
        if uid not in taken and not processes_of(uid):
            return uid
    raise RuntimeError("no free throwaway uid found")


def new_session_keyring() -> bool:
    """Give this process a new, empty session keyring (so a child never inherits the caller's keys).

    Returns False where the machine's call number is unknown or the kernel
    has no keyrings (then nothing is inherited through them either).

    >>> new_session_keyring() in (True, False)
    True
    """
    number = _KEYCTL.get(platform.machine())
    if number is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.syscall(ctypes.c_long(number), ctypes.c_long(1), ctypes.c_void_p(None)) >= 0


def _hide_script(hidden: list[Path], scratch: Path, uid: int, scratch_mb: int) -> str:
    """The shell lines (run as root inside the new namespaces): loopback up, folders hidden, a capped scratch.

    >>> print(_hide_script([Path("/srv")], Path("/w/scratch"), 7, 512).splitlines()[2])
    mount -t tmpfs -o ro,size=4k,mode=0755 course-grading-hidden /srv
    """
    lines = ["set -e", "ip link set lo up"]
    for path in hidden:
        lines.append(f"mount -t tmpfs -o ro,size=4k,mode=0755 course-grading-hidden {shlex.quote(str(path))}")
    for tmp in PRIVATE_TMP:
        if Path(tmp).is_dir():
            lines.append(f"mount -t tmpfs -o size=64m,mode=1777,nosuid,nodev tmpfs {tmp}")
    lines.append(f"mount -t tmpfs -o size={scratch_mb}m,mode=0700,uid={uid},gid={uid},nosuid,nodev scratch "
                 f"{shlex.quote(str(scratch))}")
    lines.append(f"cd {shlex.quote(str(scratch))}")
    return "\n".join([*lines, 'exec "$@"'])


class Sandbox:
    """Runs commands of the learners' Python in throwaway boxes (see the module docstring).

    >>> Sandbox(Path("/usr/bin/python3"), Limits(), []).privileged == (os.geteuid() == 0)
    True
    """

    def __init__(self, python: Path, limits: Limits, hidden: list[Path], base: Path | None = None):
        self.python, self.limits = python, limits
        self.privileged = os.geteuid() == 0
        paths = sorted({p.resolve() for p in [*hidden, *map(Path, ALWAYS_HIDDEN)] if p.exists() and p.resolve() != Path("/")})
        # a folder inside one already hidden is gone once that one is covered: mounting on it would fail
        self.hidden = [p for p in paths if not any(p != q and p.is_relative_to(q) for q in paths)]
        self.base = base or Path(os.environ.get("GRADE_SANDBOX_BASE", "/var/lib/course-grading"))
        self.cgroup = os.environ.get("GRADE_CGROUP", "auto")  # "none" forces the rlimits-only fallback

    def describe(self) -> str:
        """One line: who runs submissions and which limits are active.

        >>> "limits" in Sandbox(Path("/usr/bin/python3"), Limits(), []).describe()
        True
        """
        lim = self.limits
        limits = (f"limits: {lim.memory >> 20} MiB memory, {lim.processes} processes, {lim.cpu_seconds} s CPU, "
                  f"{lim.wall_seconds} s per notebook, {lim.cell_seconds} s per cell")
        if not self.privileged:
            return f"NOT SANDBOXED (not root): submissions run as you, with rlimits only; {limits}"
        what = Group(detect() if self.cgroup == "auto" else "none", []).describe()
        return f"each submission runs as a throwaway uid, no network, {what}; {limits}"

    def _folder(self, uid: int) -> Path:
        if not self.privileged:
            import tempfile

            return Path(tempfile.mkdtemp(prefix="grade-"))
        self.base.mkdir(mode=0o711, parents=True, exist_ok=True)
        os.chown(self.base, 0, 0)
        self.base.chmod(0o711)
        work = self.base / f"run-{uid}"
        work.mkdir(mode=0o710)  # root's: the run writes only its output files and its scratch
        os.chown(work, 0, uid)  # and only the run's own group may enter: not a run graded at the same time
        (work / "scratch").mkdir(mode=0o700)
        os.chown(work / "scratch", uid, uid)
        return work

    def _command(self, uid: int, argv: list[str]) -> list[str]:
        if not self.privileged:
            offline = ["unshare", "--map-root-user", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "-"]
            probe = subprocess.run([*offline, "true"], capture_output=True, check=False) if shutil.which("unshare") else None
            return [*offline, *argv] if probe and probe.returncode == 0 else argv
        drop = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--no-new-privs",
                "--inh-caps=-all", "--bounding-set=-all", "--"]
        unshare = ["unshare", "--net", "--mount", "--ipc", "--pid", "--fork", "--kill-child", "--mount-proc"]
        script = _hide_script(self.hidden, self.base / f"run-{uid}" / "scratch", uid, SCRATCH_MB)
        return [*unshare, "sh", "-c", script, "course-grading", *drop, *argv]

    def _env(self, work: Path) -> dict[str, str]:
        home = work / "scratch"
        return {"PATH": f"{self.python.parent}:/usr/local/bin:/usr/bin:/bin", "HOME": str(home),
                "LANG": "C.UTF-8", "MPLBACKEND": "Agg", "MPLCONFIGDIR": str(home / ".mpl"),
                "IPYTHONDIR": str(home / ".ipython"), "JUPYTER_RUNTIME_DIR": str(home / ".runtime"),
                "JUPYTER_CONFIG_DIR": str(home / ".jupyter"), "JUPYTER_PLATFORM_DIRS": "1", "TMPDIR": "/tmp",
                "PYTHONDONTWRITEBYTECODE": "1", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
                "GRADE_ANSWERS": str(work / "answers.json")}

    def _child(self, group: Group):
        lim, rlimit_only = self.limits, group.kind == "none"

        def setup() -> None:
            group.join(os.getpid())
            new_session_keyring()
            resource.setrlimit(resource.RLIMIT_CPU, (lim.cpu_seconds, lim.cpu_seconds + 5))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 20, 256 << 20))
            if self.privileged:
                resource.setrlimit(resource.RLIMIT_NPROC, (lim.processes, lim.processes))
            if rlimit_only:
                resource.setrlimit(resource.RLIMIT_DATA, (lim.memory, lim.memory))

        return setup

    def run(self, argv: list[str], files: dict[str, bytes], outputs: tuple[str, ...] = ()) -> Outcome:
        """Run ``argv`` (``{python}`` and ``{work}`` filled in) in a new box holding ``files`` (read-only to it).

        ``outputs`` are the only files of the box's folder it may write (each
        at most ``RLIMIT_FSIZE``); anything else it writes goes to its
        scratch, a tmpfs of ``SCRATCH_MB`` counted in its memory. The folder
        stays for the caller to read; :meth:`clean` removes it.
        """
        uid = _free_uid() if self.privileged else os.getuid()
        work = self._folder(uid)
        for name, data in files.items():
            (work / name).write_bytes(data)
            (work / name).chmod(0o644 if not self.privileged else 0o640)
            if self.privileged:
                os.chown(work / name, 0, uid)
        for name in outputs:
            (work / name).touch(mode=0o600)
            if self.privileged:
                os.chown(work / name, uid, uid)
        argv = [a.format(python=self.python, work=work) for a in argv]
        group = self._group(uid)
        note, start = "", time.monotonic()
        with open(work / "stderr.txt", "wb") as err:  # a file, not a pipe: a flood costs the run, not the grader
            proc = subprocess.Popen(self._command(uid, argv), cwd=work / "scratch", env=self._env(work),
                                    preexec_fn=self._child(group), start_new_session=True,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        try:
            proc.wait(timeout=self.limits.wall_seconds)
            if proc.returncode:
                note = _last_line(work / "stderr.txt")
        except subprocess.TimeoutExpired:
            note = f"stopped after {self.limits.wall_seconds} s"
        finally:
            peak = group.peak_memory()
            survivors = self._stop(proc, group, uid)
        return Outcome(work, note, survivors, peak, time.monotonic() - start)

    def _group(self, uid: int) -> Group:
        if not self.privileged or self.cgroup != "auto":
            return Group.none("")
        try:
            return Group.create(f"run-{uid}", self.limits.memory, self.limits.processes)
        except OSError:  # the cgroup could not be made: rlimits only, for this run
            return Group.none("")

    def _stop(self, proc: subprocess.Popen, group: Group, uid: int) -> set[int]:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.kill()
        proc.wait()
        survivors = group.kill()
        if self.privileged:
            survivors |= kill_uid(uid)
        return survivors

    def clean(self, outcome: Outcome) -> None:
        """Remove the run's folder (as root it holds nothing but files of the throwaway uid).

        >>> import tempfile; d = Path(tempfile.mkdtemp()); Sandbox(Path("x"), Limits(), []).clean(Outcome(d, "", set()))
        >>> d.exists()
        False
        """
        shutil.rmtree(outcome.work, ignore_errors=True)


def _last_line(path: Path) -> str:
    with open(path, "rb") as f:
        f.seek(max(0, f.seek(0, os.SEEK_END) - 4096))
        lines = f.read().decode("utf-8", "replace").strip().splitlines() or ["no message"]
    return f"the run stopped with an error ({lines[-1][:160]})"
