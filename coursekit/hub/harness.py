"""Start a throw-away class hub for the tests and the load test, and stop everything it started.

The hub gets its own state folder, free loopback ports, a generated roster
and a service token for the REST API. On a root machine the learners are
real system accounts (named ``hubt<random>-NN``). The teacher's password is
set before the hub starts, ``pw-`` and the name, as ``make teacher-passwords``
does for a class; :func:`stop_hub` stops
their processes and deletes those accounts again, also after a failure.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .passwords import set_password
from .ports import bindable
from .serve import hub_command, prepare_state, protect_course
from .settings import hub_mode

__all__ = ["RunningHub", "class_names", "free_port_block", "running_hub", "start_hub", "stop_hub"]



@dataclass(frozen=True)
class RunningHub:
    """A hub started by :func:`start_hub`.

    >>> RunningHub("http://127.0.0.1:1/", "t", Path("s"), None, ("a",), ("t",), "simple").api
    'http://127.0.0.1:1/hub/api'
    """

    url: str
    service_token: str
    state: Path
    process: subprocess.Popen | None
    learners: tuple[str, ...]
    teachers: tuple[str, ...]
    mode: str

    @property
    def api(self) -> str:
        return self.url.rstrip("/") + "/hub/api"


def class_names(n: int, tag: str | None = None) -> tuple[tuple[str, ...], str]:
    """``n`` learner names and one teacher name, unlikely to clash with real accounts.

    >>> learners, teacher = class_names(2, "ab12")
    >>> learners, teacher
    (('hubtab12-01', 'hubtab12-02'), 'hubtab12-t')
    """
    tag = tag or secrets.token_hex(2)
    return tuple(f"hubt{tag}-{i:02d}" for i in range(1, n + 1)), f"hubt{tag}-t"


def free_port_block(size: int = 3) -> int:
    """A port P such that P .. P+size-1 are free on 127.0.0.1 now.

    >>> 1024 <= free_port_block() < 65535
    True
    """
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + size < 65535 and all(bindable(base + i, "127.0.0.1") for i in range(size)):
            return base
    raise RuntimeError("no block of free ports on 127.0.0.1")


def _wait_ready(url: str, process: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the hub exited with {process.returncode}; its log:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "hub/api/", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"the hub did not answer within {timeout:.0f} s; its log:\n{log.read_text()[-3000:]}")


def _roster(teacher: str, learners: tuple[str, ...], langs: tuple[str, ...]) -> str:
    """The roster's text; with ``langs``, a ``lang`` column (``langs[i]`` for the i-th learner, '' for the class's).

    >>> print(_roster("t", ("a", "b"), ("ja",)), end="")
    username,role,name,lang
    t,teacher,Test teacher,
    a,learner,,ja
    b,learner,,
    """
    if not langs:
        return "username,role,name\n" + f"{teacher},teacher,Test teacher\n" + "".join(f"{n},learner,\n" for n in learners)
    rows = [f"{n},learner,,{langs[i] if i < len(langs) else ''}\n" for i, n in enumerate(learners)]
    return "username,role,name,lang\n" + f"{teacher},teacher,Test teacher,\n" + "".join(rows)


def start_hub(n_learners: int, learner_bin: str | None = None, timeout: float = 60,
              on_roster: bool = True, edition_lang: str = "", langs: tuple[str, ...] = ()) -> RunningHub:
    """Start a hub on loopback with one teacher and ``n_learners`` learner names.

    With ``on_roster=False`` the learners are left for the caller to create
    through the REST API (as the load test does); they are cleaned up anyway.
    ``edition_lang`` is the class's edition (``make hub LANG=ja``), ``langs``
    the roster's lang column, one per learner.
    A hub that does not answer in time is stopped and its folder removed:

    >>> start_hub(0, timeout=0.01)
    Traceback (most recent call last):
    ...
    RuntimeError: ...
    """
    mode = hub_mode()
    state = prepare_state(Path(tempfile.mkdtemp(prefix="course-hub-")) / "state")
    learners, teacher = class_names(n_learners)
    set_password(state, teacher, "pw-" + teacher)  # as make teacher-passwords does before a class
    roster = state / "roster.csv"
    roster.write_text(_roster(teacher, learners if on_roster else (), langs), encoding="utf-8")
    port, token = free_port_block(), secrets.token_hex(32)
    env = dict(os.environ, COURSE_HUB_STATE=str(state), COURSE_HUB_ROSTER=str(roster),
               COURSE_HUB_IP="127.0.0.1", COURSE_HUB_PORT=str(port), COURSE_HUB_MODE=mode,
               COURSE_HUB_SERVICE_TOKEN=token, COURSE_HUB_LEARNER_BIN=learner_bin or str(Path(sys.executable).parent))
    env.pop("COURSE_WORKSPACE", None)
    env.pop("COURSE_HUB_EDITION_LANG", None)
    if edition_lang:
        env["COURSE_HUB_EDITION_LANG"] = edition_lang
    if mode == "system" and n_learners:  # learners must not read the course folder
        protect_course()
    log = state / "hub.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(hub_command(), env=env, cwd=state, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.PIPE, start_new_session=True)  # a pipe stands for a terminal
    hub = RunningHub(f"http://127.0.0.1:{port}/", token, state, process, learners, (teacher,), mode)
    try:
        _wait_ready(hub.url, process, timeout, log)
    except BaseException:
        stop_hub(hub)
        raise
    return hub


def _kill_owned_by(names: set[str]) -> None:
    """Kill the processes of the accounts this harness made (by pid, never by a name pattern)."""
    uids = set()
    for name in names:
        with contextlib.suppress(KeyError):
            uids.add(pwd.getpwnam(name).pw_uid)
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):
                if proc.stat().st_uid in uids:
                    os.kill(int(proc.name), signal.SIGKILL)


def stop_hub(hub: RunningHub, grace: float = 30) -> None:
    """Stop the hub (which stops the learners' servers), then anything left, then remove test accounts.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "state").mkdir()
    >>> stop_hub(RunningHub("http://127.0.0.1:9/", "t", d / "state", None, (), (), "simple")); d.exists()
    False
    """
    process = hub.process
    if process is not None and process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL) if process is not None else None
    if process is not None and process.stdin is not None:
        process.stdin.close()
    proxy_pid = hub.state / "proxy.pid"
    if proxy_pid.exists():
        with contextlib.suppress(ValueError, ProcessLookupError, PermissionError):
            os.kill(int(proxy_pid.read_text().strip()), signal.SIGKILL)
    names = set(hub.learners) | set(hub.teachers)
    if hub.mode == "system":
        _kill_owned_by(names)
        for name in names:
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                subprocess.run(["userdel", "--remove", name], capture_output=True, check=False)
    log = hub.state / "hub.log"
    if log.is_file():  # kept for a look after a failed run; the state folder itself goes
        shutil.copy(log, Path(tempfile.gettempdir()) / "course-hub-last.log")
    shutil.rmtree(hub.state.parent, ignore_errors=True)


@contextlib.contextmanager
def running_hub(n_learners: int, learner_bin: str | None = None, on_roster: bool = True,
                edition_lang: str = "", langs: tuple[str, ...] = ()) -> Iterator[RunningHub]:
    """A hub for the length of a ``with`` block; always stopped and cleaned up afterwards.

    >>> with running_hub(0) as h:  # doctest: +SKIP
    ...     h.url.startswith("http://127.0.0.1:")
    True
    """
    hub = start_hub(n_learners, learner_bin, on_roster=on_roster, edition_lang=edition_lang, langs=langs)
    try:
        yield hub
    finally:
        stop_hub(hub)
