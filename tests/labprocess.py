"""Start and stop the course's real `make lab` for the lab tests: one place for both test files."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

__all__ = ["REPO", "free_port", "start_make_lab", "stop_group", "venv_arg"]

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def venv_arg() -> str:
    """The venv running this test, as the Makefile's VENV (its default when it is .venv)."""
    here = Path(sys.prefix).resolve()
    return ".venv" if here == (REPO / ".venv").resolve() else str(here)


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


def stop_group(proc: subprocess.Popen, grace: float = 10) -> None:
    """Stop make and the JupyterLab it started (same process group), killing what does not stop."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    except ProcessLookupError:
        return
    for _ in range(50):  # make has gone; wait for jupyter, same group, to finish shutting down
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
