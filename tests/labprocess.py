"""Start and stop the course's JupyterLab for the tests: one place for the lab tests and the browser tests.

A free port on 127.0.0.1, the venv argument for make, a process started in
its own process group (``make lab`` for tests/test_lab_*.py, ``python -m
jupyterlab`` for tests/browser/), and stopping it with everything below it:
psutil finds the process tree, kernels included (Jupyter starts each kernel
in a session of its own, so the process group alone does not reach them).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import psutil

__all__ = ["REPO", "free_port", "start_group", "start_make_lab", "stop_group", "venv_arg"]

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now.

    >>> 1024 <= free_port() <= 65535
    True
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def venv_arg() -> str:
    """The venv running this test, as the Makefile's VENV (its default when it is .venv).

    >>> venv_arg() == ".venv" or Path(venv_arg()).is_absolute()
    True
    """
    here = Path(sys.prefix).resolve()
    return ".venv" if here == (REPO / ".venv").resolve() else str(here)


def start_group(command: list[str], *, cwd: Path, env: dict, stdout=subprocess.PIPE) -> subprocess.Popen:
    """Run ``command`` in a new session (its own process group), stdin closed, stderr joined to stdout.

    >>> proc = start_group([sys.executable, "-c", "print('hi')"], cwd=REPO, env=dict(os.environ))
    >>> proc.communicate()[0].strip()
    b'hi'
    """
    return subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def start_make_lab(venv: str, make_args: list[str], env: dict) -> tuple[subprocess.Popen, list[str], list[str]]:
    """Run `make lab` in its own process group; return it, its output lines (filled as they come) and the command.

    ``-o`` treats the install stamp as up to date, so the test never runs
    pip; the recipe itself is the Makefile's, unchanged.
    """
    command = ["make", "--no-print-directory", "-o", f"{venv}/.installed-lab", "lab", f"VENV={venv}", *make_args]
    proc = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True).start()  # drains the pipe
    return proc, lines, command


def _below(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def stop_group(proc: subprocess.Popen, grace: float = 10) -> None:
    """Stop ``proc``, its process group and every process below it, killing what does not stop in time.

    The tree is read before any signal: once its parent has gone, a kernel
    belongs to init and could no longer be found from ``proc``.

    >>> proc = start_group([sys.executable, "-c", "import time; time.sleep(60)"], cwd=REPO, env=dict(os.environ))
    >>> os.getpgid(proc.pid) == proc.pid  # a group of its own
    True
    >>> stop_group(proc, grace=5)
    >>> proc.returncode == -signal.SIGTERM
    True
    """
    below = _below(proc.pid)
    if proc.poll() is None:
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            _signal_group(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    # What is left: jupyter after make (it had the group's SIGTERM and shuts its
    # kernels down), kernels in their own sessions. Let them finish, then insist.
    _, alive = psutil.wait_procs(below, timeout=5)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(alive, timeout=5)
    _signal_group(proc.pid, signal.SIGKILL)  # anything of the group born after the tree was read
