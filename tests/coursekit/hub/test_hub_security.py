"""A real class hub keeps learners apart: tokens, servers, files, admin rights, the address it listens on.

Runs only where a learner environment is given (``make test-hub`` sets
``COURSE_HUB_LEARNER_BIN``); the file checks need root (real accounts).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

pytest.importorskip("jupyterhub")
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")

from hub_servers import start_servers  # noqa: E402

from coursekit.hub.client import KernelSocket, login, request  # noqa: E402
from coursekit.hub.harness import running_hub  # noqa: E402

REPO = Path(__file__).resolve().parents[3]


async def _setup(hub):
    return await start_servers(hub, hub.learners, others=hub.teachers)


@pytest.fixture(scope="module")
def classroom():
    with running_hub(2, LEARNER_BIN) as hub:
        tokens = asyncio.run(_setup(hub))
        yield hub, tokens


def _code(hub, method, path, token=None, body=None):
    return asyncio.run(request(method, hub.url.rstrip("/") + path, token, body)).code


def test_the_api_refuses_requests_without_a_token(classroom):
    hub, _ = classroom
    assert _code(hub, "GET", "/hub/api/users") == 403
    assert _code(hub, "POST", f"/hub/api/users/{hub.learners[0]}/server") == 403
    assert _code(hub, "GET", "/hub/api/users", "not-a-real-token") == 403


def test_a_learners_token_cannot_reach_another_learners_server(classroom):
    hub, tokens = classroom
    a, b = hub.learners
    assert _code(hub, "GET", f"/user/{a}/api/contents", tokens[a]) == 200
    assert _code(hub, "GET", f"/user/{b}/api/contents", tokens[a]) == 403
    assert _code(hub, "GET", f"/user/{b}/api/kernels", tokens[a]) == 403
    assert _code(hub, "DELETE", f"/hub/api/users/{b}/server", tokens[a]) in (403, 404)
    assert _code(hub, "GET", "/hub/api/users", tokens[a]) == 403


def test_learners_are_not_admins_and_teachers_are(classroom):
    hub, tokens = classroom
    a = hub.learners[0]
    users = asyncio.run(request("GET", f"{hub.api}/users", hub.service_token)).json()
    admin = {u["name"]: u["admin"] for u in users}
    assert admin[a] is False and admin[hub.teachers[0]] is True
    assert _code(hub, "POST", "/hub/api/users", tokens[a], {"usernames": ["intruder"]}) == 403


def test_a_second_login_needs_the_password_set_at_first_login(classroom):
    hub, _ = classroom
    ok, _ = asyncio.run(login(hub.url, hub.learners[0], "someone-else-guessing"))
    assert not ok


def _run_in_kernel(hub, token, name, code):
    async def go():
        base = f"{hub.url}user/{name}/api"
        session = (await request("POST", f"{base}/sessions", token,
                                 {"path": "probe.ipynb", "type": "notebook", "name": "probe",
                                  "kernel": {"name": "python3"}})).json()
        ws = hub.url.replace("http", "ws", 1) + f"user/{name}/api/kernels/{session['kernel']['id']}/channels"
        sock = await KernelSocket.open(ws, token)
        try:
            return await sock.run(code)
        finally:
            sock.close()
            await request("DELETE", f"{base}/sessions/{session['id']}", token)

    return asyncio.run(go())


PROBE = """
import os
for path in {paths!r}:
    try:
        open(path, "rb").close() if os.path.isfile(path) else os.listdir(path)
        print("READ", path)
    except PermissionError:
        print("DENIED", path)
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="learners are separate accounts only on a root hub")
def test_a_learner_cannot_read_other_learners_files_or_the_instructor_versions(classroom):
    hub, tokens = classroom
    a, b = hub.learners
    other = Path("/home") / b / "workspace"
    assert (other / "00-start-here.ipynb").exists()
    secret = [str(other / "00-start-here.ipynb"), str(other),
              str(REPO / "notebooks" / "solutions" / "02-acsa.ipynb"), str(REPO / "coursekit" / "hub" / "grading"),
              str(hub.state / "passwords.dbm"), str(hub.state / "cookie-secret")]
    own = str(Path("/home") / a / "workspace" / "00-start-here.ipynb")
    result = _run_in_kernel(hub, tokens[a], a, PROBE.format(paths=[own, *secret]))
    assert result.ok, result
    lines = result.output.split("\n")
    assert f"READ {own}" in lines
    for path in secret:
        assert f"DENIED {path}" in lines, result.output


KERNEL_CHANNELS = """
import json, os, stat
from ipykernel import get_connection_file
info = json.load(open(get_connection_file()))
folder = os.path.dirname(get_connection_file())
print(info["transport"], oct(os.stat(folder).st_mode & 0o777), os.stat(folder).st_uid == os.getuid())
for name in sorted(os.listdir(folder)):
    if "-ipc-" in name:
        print("SOCKET", stat.S_ISSOCK(os.stat(os.path.join(folder, name)).st_mode))
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="learners are separate accounts only on a root hub")
def test_a_learners_kernel_takes_no_port_and_its_sockets_are_private(classroom):
    """A kernel's ports, picked free and bound later, could be taken by another learner's kernel first (it
    then never starts); socket files in the learner's own runtime folder take no port and no one else's reach."""
    hub, tokens = classroom
    a, b = hub.learners
    result = _run_in_kernel(hub, tokens[a], a, KERNEL_CHANNELS)
    assert result.ok, result
    lines = result.output.split("\n")
    assert lines[0] == "ipc 0o700 True", result.output
    assert lines.count("SOCKET True") >= 5, result.output
    runtime = str(Path("/home") / a / ".local/share/jupyter/runtime")
    probe = _run_in_kernel(hub, tokens[b], b, PROBE.format(paths=[runtime]))
    assert f"DENIED {runtime}" in probe.output.split("\n"), probe.output


def test_a_learners_server_does_not_get_the_hubs_standard_input(classroom):
    """Run from a terminal, the hub's standard input is the teacher's terminal: a kernel could read it."""
    hub, tokens = classroom
    a = hub.learners[0]
    result = _run_in_kernel(hub, tokens[a], a, "import os\nprint(os.readlink(f'/proc/{os.getppid()}/fd/0'))")
    assert result.ok, result
    assert result.output.strip() == "/dev/null", result.output


def test_a_learners_server_does_not_write_to_the_hubs_output(classroom):
    """Run from a terminal, the hub's output is the teacher's terminal: a kernel could write escape codes to it."""
    hub, tokens = classroom
    a = hub.learners[0]
    code = "import os\nprint([os.readlink(f'/proc/{os.getppid()}/fd/{n}') for n in (1, 2)])"
    result = _run_in_kernel(hub, tokens[a], a, code)
    assert result.ok, result
    assert result.output.strip() == "['/dev/null', '/dev/null']", result.output


def _listening(port: int) -> set[str]:
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        host, p = local.split(":")
        if state == "0A" and int(p, 16) == port:
            found.add(".".join(str(int(host[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


@pytest.mark.skipif(os.geteuid() != 0, reason="system accounts matter only on a root hub")
def test_an_admin_cannot_add_a_name_that_is_a_system_account(classroom):
    hub, _ = classroom
    for name in ("sync", "daemon"):
        reply = asyncio.run(request("POST", f"{hub.api}/users", hub.service_token, {"usernames": [name]}))
        assert reply.code == 400 and "system account" in reply.body, reply.body
    users = asyncio.run(request("GET", f"{hub.api}/users", hub.service_token)).json()
    assert not {"sync", "daemon"} & {u["name"] for u in users}


def test_a_learner_cannot_claim_a_teachers_name_before_the_teacher_logs_in():
    with running_hub(0, LEARNER_BIN) as hub:
        teacher = hub.teachers[0]
        ok, _ = asyncio.run(login(hub.url, teacher, "a-learner-typed-this"))
        assert not ok, "a learner became the teacher (admin) by logging in first"
        ok, _ = asyncio.run(login(hub.url, teacher, "pw-" + teacher))
        assert ok
        page = asyncio.run(request("GET", hub.url + "hub/login")).body
        assert "the first password typed for a name becomes that name" in page


def test_the_hub_listens_on_loopback_only(classroom):
    hub, _ = classroom
    port = int(hub.url.rsplit(":", 1)[1].strip("/"))
    assert _listening(port) == {"127.0.0.1"}
    assert not any(_listening(port + i) - {"127.0.0.1"} for i in (1, 2))


@pytest.mark.skipif(os.geteuid() != 0, reason="learners are separate accounts only on a root hub")
def test_repairing_a_workspace_never_writes_through_the_learners_links(classroom):
    """Last: it restarts a learner's server. The learner plants dangling links to a root-only folder."""
    hub, tokens = classroom
    a = hub.learners[0]
    plant = f"""
import os, shutil
os.chdir(os.path.expanduser("~/workspace"))
os.remove("00-start-here.ipynb")
os.symlink({str(hub.state / "planted.ipynb")!r}, "00-start-here.ipynb")
shutil.rmtree(".course")
os.symlink({str(hub.state / "planted-course")!r}, ".course")
print("planted")
"""
    assert "planted" in _run_in_kernel(hub, tokens[a], a, plant).output

    async def restart():
        await request("DELETE", f"{hub.api}/users/{a}/server", hub.service_token, timeout=60)
        for _ in range(120):
            user = (await request("GET", f"{hub.api}/users/{a}", hub.service_token)).json()
            if not user["servers"]:
                break
            await asyncio.sleep(0.5)
        reply = await request("POST", f"{hub.api}/users/{a}/server", hub.service_token, timeout=180)
        for _ in range(240 if reply.code in (201, 202) else 0):
            user = (await request("GET", f"{hub.api}/users/{a}", hub.service_token)).json()
            if user["servers"].get("", {}).get("ready"):
                return True
            await asyncio.sleep(0.5)
        return False

    started = asyncio.run(restart())
    assert not (hub.state / "planted.ipynb").exists(), "root wrote through the learner's link"
    assert not (hub.state / "planted-course").exists()
    assert started, f"the server of {a} did not start again"
