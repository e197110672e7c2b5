"""The start hook's choice of kernel transport for a learner whose home is too deep for socket files."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from coursekit.hub import spawning
from coursekit.hub.accounts import Place

DEEP = Path("/home/" + "x" * 22)  # the shortest name too long for /home/NAME/.local/share/jupyter/runtime


def _spawner():
    return SimpleNamespace(args=["--SingleUserNotebookApp.x=1", "--KernelManager.transport=tcp"],
                           environment={"COURSE_WORKSPACE": "w"}, user=SimpleNamespace(name="x" * 31),
                           log=logging.getLogger("test-spawning-transport"))


def test_a_deep_home_gets_socket_files_in_a_short_folder_of_its_own(monkeypatch):
    """The old hook gave this learner TCP ports, whose IOPub any account on the machine could read."""
    tmp_path = Path(tempfile.mkdtemp())  # pytest's own is too deep for socket files
    real = spawning.short_runtime_dir
    monkeypatch.setattr(spawning, "short_runtime_dir", lambda uid, gid: real(uid, gid, tmp_path / "k"))
    spawner = _spawner()
    spawning._set_kernel_transport(spawner, Place(DEEP, DEEP / "workspace", os.getuid(), os.getgid()))
    assert spawner.args == ["--SingleUserNotebookApp.x=1", "--KernelManager.transport=ipc"]
    assert spawner.environment == {"COURSE_WORKSPACE": "w", "JUPYTER_RUNTIME_DIR": str(tmp_path / "k" / str(os.getuid()))}
    shutil.rmtree(tmp_path)


def test_without_that_folder_the_learner_keeps_tcp_and_the_log_says_so(monkeypatch, caplog):
    monkeypatch.setattr(spawning, "short_runtime_dir", lambda uid, gid: None)
    spawner = _spawner()
    with caplog.at_level(logging.WARNING, "test-spawning-transport"):
        spawning._set_kernel_transport(spawner, Place(DEEP, DEEP / "workspace", 1001, 1001))
    assert spawner.args[-1] == "--KernelManager.transport=tcp" and "JUPYTER_RUNTIME_DIR" not in spawner.environment
    assert "too deep" in caplog.text and "read their output" in caplog.text


@pytest.mark.parametrize("home", [Path("/home/ben"), Path("/home/" + "x" * 21)])
def test_a_short_home_keeps_its_own_runtime_folder(home, monkeypatch):
    monkeypatch.setattr(spawning, "short_runtime_dir", lambda uid, gid: pytest.fail("no short folder needed"))
    spawner = _spawner()
    spawning._set_kernel_transport(spawner, Place(home, home / "workspace", 1001, 1001))
    assert spawner.args[-1] == "--KernelManager.transport=ipc" and "JUPYTER_RUNTIME_DIR" not in spawner.environment
