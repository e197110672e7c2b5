"""Each learner's server gets a port outside the range kernels take theirs from.

A loaded N=30 run lost a learner this way: the hub chose a random port (the
ephemeral range), another learner's kernel bound it first, and the hub read
a ZeroMQ greeting where the server's API should be.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
from fake_spawner import FakeSpawner, simple_class

from coursekit.hub.ports import PortsError, ServerPorts, ephemeral_range, parse_range
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
