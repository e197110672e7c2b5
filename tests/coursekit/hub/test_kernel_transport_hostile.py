"""A learner attacks classmates' kernels on a real root hub: sockets found through /proc, TCP ports, a deep home.

Kernels talk to their server over socket files in the learner's runtime
folder. Learner B's kernel looks for learner A's kernels the way any account
can (their command lines in /proc name the connection file; /proc/net/tcp
lists every listening port with its owner) and tries to reach them. A learner
whose name makes the home too deep for socket files used to keep TCP ports,
and a ZeroMQ IOPub port lets anyone subscribe without a key: every cell's
code and output goes out on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import pwd
import shutil
from pathlib import Path

import pytest

pytest.importorskip("jupyterhub")
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = [pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub"),
              pytest.mark.skipif(os.geteuid() != 0, reason="learners are separate accounts only on a root hub")]

from hub_servers import start_servers, wait_until_ready  # noqa: E402

from coursekit.hub.client import KernelSocket, request  # noqa: E402
from coursekit.hub.harness import start_hub, stop_hub  # noqa: E402
from coursekit.hub.ports import SHORT_RUNTIME  # noqa: E402


def _uid(name: str) -> int | None:
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


async def _add_deep_learner(hub, name: str) -> str:
    """A learner added by a teacher through the API, with a name that makes ``/home/NAME`` too deep for sockets."""
    reply = await request("POST", f"{hub.api}/users", hub.service_token, {"usernames": [name]})
    assert reply.code == 201, reply.body
    token = (await request("POST", f"{hub.api}/users/{name}/tokens", hub.service_token, {"note": "test"})).json()["token"]
    reply = await request("POST", f"{hub.api}/users/{name}/server", hub.service_token, timeout=180)
    assert reply.code in (201, 202), reply.body
    await wait_until_ready(hub, name, token, 240)
    return token


#: A learner's work going on: their kernel prints an answer every 0.2 s for five minutes (on IOPub, as any cell does).
WORKING = """
import threading, time
threading.Thread(target=lambda: [print("ANSWER-" + "42", flush=True) or time.sleep(0.2) for _ in range(1500)],
                 daemon=True).start()
"""


async def _open_kernel(hub, token: str, name: str, path: str, code: str = "1 + 1") -> str:
    """Start a notebook's kernel in ``name``'s server, run ``code`` in it and leave it running; its id."""
    session = (await request("POST", f"{hub.url}user/{name}/api/sessions", token,
                             {"path": path, "type": "notebook", "name": path, "kernel": {"name": "python3"}})).json()
    kernel = session["kernel"]["id"]
    ws = hub.url.replace("http", "ws", 1) + f"user/{name}/api/kernels/{kernel}/channels"
    sock = await KernelSocket.open(ws, token)  # answers once its sockets are bound
    try:
        assert (await sock.run(code)).ok
    finally:
        sock.close()
    return kernel


@pytest.fixture(scope="module")
def classroom():
    umask = os.umask(0)  # a teacher's misconfiguration: the hub started from a shell with umask 0
    try:
        hub = start_hub(2, LEARNER_BIN)
    finally:
        os.umask(umask)
    deep = f"{hub.learners[0]}-" + "x" * (31 - len(hub.learners[0]) - 1)  # the roster allows 31 characters
    hub = dataclasses.replace(hub, learners=(*hub.learners, deep))  # stop_hub removes its account too

    async def setup():
        tokens = await start_servers(hub, hub.learners[:2], others=hub.teachers)
        tokens[deep] = await _add_deep_learner(hub, deep)
        for name in (hub.learners[0], deep):
            await _open_kernel(hub, tokens[name], name, "kept.ipynb", WORKING)
        return tokens

    try:
        yield hub, asyncio.run(setup())
    finally:
        uid = _uid(deep)
        stop_hub(hub)
        if uid is not None:  # the short runtime folder the hub gave the deep learner
            shutil.rmtree(SHORT_RUNTIME / str(uid), ignore_errors=True)


def _run(hub, token, name, code, timeout: float = 120):
    async def go():
        kernel = await _open_kernel(hub, token, name, "probe.ipynb")
        ws = hub.url.replace("http", "ws", 1) + f"user/{name}/api/kernels/{kernel}/channels"
        sock = await KernelSocket.open(ws, token)
        try:
            return await sock.run(code, timeout)
        finally:
            sock.close()

    return asyncio.run(go())


FIND_AND_CONNECT = """
import os, pwd, socket
uid = pwd.getpwnam({victim!r}).pw_uid
files = []
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        if os.stat(f"/proc/{{pid}}").st_uid != uid:
            continue
        words = open(f"/proc/{{pid}}/cmdline", "rb").read().split(b"\\0")
    except OSError:
        continue
    files += [w.decode() for w in words if w.endswith(b".json") and b"/kernel-" in w]
print("KERNELS", len(files))
for f in files:
    for n in range(1, 6):
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect(f[:-len(".json")] + f"-ipc-{{n}}")
            print("CONNECTED", f, n)
        except OSError as err:
            print("REFUSED", type(err).__name__)
        finally:
            s.close()
import zmq
ports = set()
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    for line in open(table).read().splitlines()[1:]:
        w = line.split()
        if w[3] == "0A" and int(w[7]) == uid:
            ports.add(int(w[1].rsplit(":", 1)[1], 16))
context, heard = zmq.Context(), b""
for port in ports:
    sub = context.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.setsockopt(zmq.LINGER, 0)
    sub.connect(f"tcp://127.0.0.1:{{port}}")
    if sub.poll(3000):
        heard += b"".join(sub.recv_multipart())
    sub.close()
print("HEARD", b"ANSWER-42" in heard)
print("LISTENING", len(ports))
"""


def _attack(hub, tokens, attacker, victim):
    result = _run(hub, tokens[attacker], attacker, FIND_AND_CONNECT.format(victim=victim))
    assert result.ok, result
    return result.output.strip().split("\n")


def test_another_learners_kernel_sockets_are_found_but_cannot_be_connected_to(classroom):
    hub, tokens = classroom
    a, b, _ = hub.learners
    lines = _attack(hub, tokens, b, a)
    assert int(lines[0].split()[1]) >= 1, lines  # A's running kernel, named in its command line
    assert not [line for line in lines if line.startswith("CONNECTED")], lines
    assert "HEARD False" in lines, lines
    assert lines.count("REFUSED PermissionError") == 5 * int(lines[0].split()[1]), lines


def test_a_learner_with_a_deep_home_gets_no_kernel_port_another_learner_can_subscribe_to(classroom):
    """/home/ and a 31-character name pass the socket files' 107 bytes: the old hook kept TCP ports for this
    learner (six listening ports: the server's and the kernel's five), open to any account on the machine."""
    hub, tokens = classroom
    a, b, deep = hub.learners
    lines = _attack(hub, tokens, b, deep)
    assert int(lines[0].split()[1]) >= 1, lines
    assert "HEARD False" in lines, lines  # the old hook: B read the deep learner's cells' output off IOPub
    # only the learner's server's own port (behind the hub's proxy), as for a learner with a short name
    assert lines[-1] == _attack(hub, tokens, b, a)[-1], lines
    assert not [line for line in lines if line.startswith("CONNECTED")], lines
    own = _run(hub, tokens[deep], deep, """
import json, os
from ipykernel import get_connection_file
info = json.load(open(get_connection_file()))
folder = os.path.dirname(get_connection_file())
print(info["transport"], oct(os.stat(folder).st_mode & 0o777), os.stat(folder).st_uid == os.getuid(), len(info["ip"]) < 100)
""")
    assert own.ok and own.output.strip() == "ipc 0o700 True True", own



def test_a_learner_who_opens_their_home_to_all_still_keeps_their_kernel_sockets(classroom):
    """A learner shares a notebook the naive way (``chmod 755`` on the home and the runtime folder): a classmate
    then reaches the socket files, but a socket needs write permission to connect, which only its owner has,
    also when the hub was started with umask 0 (the old hook's servers kept it: sockets any account could use)."""
    hub, tokens = classroom
    a, b, _ = hub.learners
    opened = _run(hub, tokens[a], a, """
import os
runtime = os.path.expanduser("~/.local/share/jupyter/runtime")
for folder in ("~", "~/.local", "~/.local/share", "~/.local/share/jupyter", runtime):
    os.chmod(os.path.expanduser(folder), 0o755)
print(*sorted({os.stat(os.path.join(runtime, f)).st_mode & 0o777 for f in os.listdir(runtime) if "-ipc-" in f}))
""")
    try:
        assert opened.ok and opened.output.split(), opened
        lines = _attack(hub, tokens, b, a)
    finally:
        _run(hub, tokens[a], a, "import os; os.chmod(os.path.expanduser('~'), 0o700)")
    assert int(lines[0].split()[1]) >= 1, lines
    assert not [line for line in lines if line.startswith("CONNECTED")], (opened.output, lines)
    assert lines.count("REFUSED PermissionError") == 5 * int(lines[0].split()[1]), lines
    assert all(int(mode) & 0o022 == 0 for mode in opened.output.split()), opened.output  # no one else may write
    assert "HEARD False" in lines, lines


def _socket_files(hub, name: str) -> list[str]:
    runtime = Path(pwd.getpwnam(name).pw_dir) / ".local/share/jupyter/runtime"
    return sorted(f.name for f in runtime.iterdir() if "-ipc-" in f.name)


def test_a_kernel_killed_by_its_learner_is_restarted_over_its_old_socket_files(classroom):
    """The socket files of a kernel killed with SIGKILL stay behind; the restarted kernel binds the same names."""
    hub, tokens = classroom
    a = hub.learners[0]
    base, ws = f"{hub.url}user/{a}/api", hub.url.replace("http", "ws", 1) + f"user/{a}/api/kernels"

    async def go():
        kernel = await _open_kernel(hub, tokens[a], a, "crash.ipynb")
        before = [f for f in _socket_files(hub, a) if kernel in f]
        sock = await KernelSocket.open(f"{ws}/{kernel}/channels", tokens[a])
        pid = int((await sock.run("import os; print(os.getpid())")).output)
        await sock.run("os.kill(os.getpid(), 9)", timeout=5)
        sock.close()
        for _ in range(120):
            await asyncio.sleep(0.5)
            state = (await request("GET", f"{base}/kernels/{kernel}", tokens[a])).json().get("execution_state")
            if state == "idle":
                break
        sock = await KernelSocket.open(f"{ws}/{kernel}/channels", tokens[a])
        try:
            return before, await sock.run(f"import os; print(os.getpid() != {pid})")
        finally:
            sock.close()

    before, result = asyncio.run(go())
    assert len(before) == 5, before
    assert result.ok and result.output.strip() == "True", result


def test_a_server_killed_by_its_learner_starts_again_and_its_new_kernel_answers(classroom):
    """Last: the learner kills their own server; its kernels' socket files stay; the next server's kernel starts."""
    hub, tokens = classroom
    a = hub.learners[0]
    stale = _socket_files(hub, a)
    assert stale
    with contextlib.suppress(OSError):  # the server goes, and the cell's websocket with it
        _run(hub, tokens[a], a, "import os, signal; os.kill(os.getppid(), signal.SIGKILL)", 5)

    async def restart():
        await request("DELETE", f"{hub.api}/users/{a}/server", hub.service_token, timeout=60)
        for _ in range(120):
            if not (await request("GET", f"{hub.api}/users/{a}", hub.service_token)).json()["servers"]:
                break
            await asyncio.sleep(0.5)
        reply = await request("POST", f"{hub.api}/users/{a}/server", hub.service_token, timeout=180)
        assert reply.code in (201, 202), reply.body
        await wait_until_ready(hub, a, tokens[a], 240)

    asyncio.run(restart())
    left = set(_socket_files(hub, a)) & set(stale)  # a server stopped in order would have removed them
    result = _run(hub, tokens[a], a, "print(6 * 7)")
    assert left, "no socket file was left behind: this test tries nothing"
    assert result.ok and result.output.strip() == "42", result
