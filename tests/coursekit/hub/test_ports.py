"""Each learner's server gets a port outside the range kernels take theirs from; their kernels take none.

A loaded N=30 run lost a learner this way: the hub chose a random port (the
ephemeral range), another learner's kernel bound it first, and the hub read
a ZeroMQ greeting where the server's API should be.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import tempfile
from pathlib import Path

import pytest
from fake_spawner import FakeSpawner, simple_class

from coursekit.hub.ports import (
    SOCKET_PATH_MAX,
    PortsError,
    ServerPorts,
    ephemeral_range,
    kernel_transport,
    parse_range,
)
from coursekit.hub.settings import Settings, SettingsError, load_settings
from coursekit.hub.spawning import pre_spawn_hook


@pytest.fixture
def settings(tmp_path) -> Settings:
    return simple_class(tmp_path)


def test_the_start_hook_gives_each_learner_a_port_below_the_ephemeral_range(settings):
    low, _high = ephemeral_range()
    hook, ports = pre_spawn_hook(settings, {}), []
    for name in ("aroha", "ben", "chiyo"):  # one hub: one hook for every learner
        spawner = FakeSpawner(name)
        asyncio.run(hook(spawner))
        ports.append(spawner.port)
    assert all(0 < port < low for port in ports), ports
    assert len(set(ports)) == 3, ports


@pytest.fixture
def short_state():
    """A state folder with a short path, as a real hub's homes have (/home/NAME)."""
    folder = Path(tempfile.mkdtemp(prefix="k", dir="/tmp"))
    yield folder
    shutil.rmtree(folder)


def _transports(spawner) -> list[str]:
    return [a for a in spawner.args if a.startswith("--KernelManager.transport=")]


def test_a_learners_kernels_talk_through_socket_files_when_the_path_fits(short_state):
    settings = Settings(mode="simple", state=short_state)
    hook, spawner = pre_spawn_hook(settings, {}), FakeSpawner("ab")
    settings.state.mkdir(exist_ok=True)
    asyncio.run(hook(spawner))
    asyncio.run(hook(spawner))  # a second start of the same server: still one such option
    assert _transports(spawner) == ["--KernelManager.transport=ipc"]
    assert spawner.args[0] == "--ServerApp.terminals_enabled=False"


def test_a_home_too_deep_for_socket_files_keeps_tcp_and_says_so(settings):
    deep = Path(settings.state) / ("d" * 60)
    spawner = FakeSpawner("aroha")
    asyncio.run(pre_spawn_hook(Settings(mode="simple", state=deep, learner_bin=settings.learner_bin), {})(spawner))
    assert _transports(spawner) == ["--KernelManager.transport=tcp"]
    assert any("too deep for their socket files" in line for line in spawner.logged), spawner.logged


def test_the_socket_path_limit_is_linuxs():
    longest = "/" + "r" * (SOCKET_PATH_MAX - len("/kernel-00000000-0000-0000-0000-000000000000-ipc-99") - 1)
    assert kernel_transport(Path(longest)) == "ipc"
    assert kernel_transport(Path(longest + "r")) == "tcp"
    with socket.socket(socket.AF_UNIX) as sock:  # the limit is the kernel's, not a guess
        with pytest.raises(OSError):
            sock.bind("/" + "x" * (SOCKET_PATH_MAX + 1))


def test_a_port_something_holds_is_passed_over():
    with socket.socket() as held:
        held.bind(("", 0))
        taken = held.getsockname()[1]
        ports = ServerPorts(taken, taken + 1)
        assert ports.port_for("aroha") != taken


def test_no_port_left_is_an_error_that_says_what_to_widen():
    ports = ServerPorts(20000, 20001, free=lambda port: True)
    ports.port_for("a"), ports.port_for("b")
    with pytest.raises(PortsError, match="COURSE_HUB_SERVER_PORTS"):
        ports.port_for("c")


def test_a_learner_keeps_the_port_while_it_stays_free():
    ports = ServerPorts(20000, 29999, free=lambda port: True)
    assert ports.port_for("aroha") == ports.port_for("aroha")


@pytest.mark.parametrize("text", ["20000", "29999-20000", "0-100", "a-b", "20000-70000"])
def test_a_wrong_range_stops_the_hub_with_what_to_give(text):
    with pytest.raises(SettingsError, match="such as 20000-29999"):
        load_settings({"COURSE_HUB_SERVER_PORTS": text})


def test_the_default_range_is_below_linux_default_ephemeral_range():
    first, last = parse_range(Settings().server_ports)
    assert last < 32768 and first >= 1024
    assert not ServerPorts(first, last).overlaps(ephemeral_range(Path("/nonexistent")))
