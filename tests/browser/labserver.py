"""The course's JupyterLab for the browser tests: 127.0.0.1, a free port, token auth and XSRF on, temp dirs.

It serves a throw-away copy of notebooks/ (the repository is never
written); settings, workspaces, runtime files and the token live in a temp
dir. Starting and stopping go through tests/labprocess.py, shared with the
lab tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from labprocess import free_port, start_group, stop_group

__all__ = ["LAB_SETTINGS", "LabServer", "LabStartError", "serving"]

# JupyterLab 4 user settings, written to a temp JUPYTERLAB_SETTINGS_DIR as
# <plugin id with ':' → '/'>.jupyterlab-settings.
LAB_SETTINGS = {
    # Never write the notebook behind our back (the tests save once, explicitly).
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    # No "fetch news?" toast over the notebook and no requests to jupyter.org.
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # Put every cell in the DOM ('none'); the default 'contentVisibility' and
    # 'full'/'defer' skip or detach off-screen cells, so counts would lie.
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    # The extension manager would query PyPI from the server.
    "@jupyterlab/extensionmanager-extension:plugin": {"enabled": False},
}


class LabStartError(RuntimeError):
    """JupyterLab exited or did not answer; the message ends with its log."""


def _write_settings(settings: Path, extra: dict | None = None) -> None:
    for name, values in {**LAB_SETTINGS, **(extra or {})}.items():
        path = settings / (name.replace(":", "/") + ".jupyterlab-settings")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2))


def _write_config(config: Path, token: str) -> None:
    """The token goes in a private config file, not on the command line, where `ps` would show it.

    The server-side news and update checks are off too: nothing leaves 127.0.0.1.
    """
    config.mkdir(mode=0o700)
    server_config = {
        "IdentityProvider": {"token": token},
        "LabApp": {
            "news_url": None,
            "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
        },
    }
    (config / "jupyter_server_config.json").write_text(json.dumps(server_config))


class LabServer:
    """One JupyterLab process serving a copy of ``notebooks`` from ``tmp``; ``start()`` then ``stop()``.

    ``settings`` adds user settings (plugin id → values), such as JupyterLab's
    language (``@jupyterlab/translation-extension:plugin``).
    """

    def __init__(self, notebooks: Path, tmp: Path, settings: dict | None = None) -> None:
        self.root = tmp / "notebooks"
        shutil.copytree(notebooks, self.root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        self.token = secrets.token_urlsafe(32)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "jupyter.log"
        self.proc: subprocess.Popen | None = None
        _write_settings(tmp / "lab-settings", settings)
        _write_config(tmp / "jupyter-config", self.token)
        self.env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(tmp / "jupyter-config"),  # ignore ~/.jupyter
            "JUPYTER_DATA_DIR": str(tmp / "jupyter-data"),  # ignore user kernelspecs
            "JUPYTER_RUNTIME_DIR": str(tmp / "jupyter-runtime"),
            "JUPYTERLAB_SETTINGS_DIR": str(tmp / "lab-settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "lab-workspaces"),
            "IPYTHONDIR": str(tmp / "ipython"),  # no personal startup files in kernels
        }
        for name in ("JUPYTER_TOKEN", "JUPYTER_TOKEN_FILE", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH"):
            self.env.pop(name, None)

    def command(self) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.root_dir={self.root}",
            "--ServerApp.disable_check_xsrf=False",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        return cmd

    def start(self, timeout: float = 60) -> None:
        """Start the server in its own process group and wait until /api/status answers."""
        with open(self.log_path, "wb") as log:
            self.proc = start_group(self.command(), cwd=self.root, env=self.env, stdout=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise LabStartError(f"JupyterLab exited with status {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if self.api("GET", "/api/status")[0] == 200:
                    return
            except OSError:
                time.sleep(0.25)
        raise LabStartError(f"JupyterLab did not answer on {self.url} within {timeout:.0f} s:\n{self.log_tail()}")

    def api(self, method: str, path: str, token: bool = True) -> tuple[int, bytes]:
        """(status, body) of one request to the server, with the token unless ``token`` is False."""
        request = urllib.request.Request(self.url + path, method=method)
        if token:
            request.add_header("Authorization", f"token {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def _kernels(self) -> list[dict]:
        try:
            status, body = self.api("GET", "/api/kernels")
            return json.loads(body) if status == 200 else []
        except (OSError, ValueError):
            return []

    def kernels_idle(self) -> bool:
        """True when every running kernel reports itself idle (so it has finished starting)."""
        kernels = self._kernels()
        return bool(kernels) and all(k.get("execution_state") == "idle" for k in kernels)

    def shutdown_kernels(self) -> None:
        for kernel in self._kernels():
            try:
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
            except OSError:
                pass

    def stop(self) -> None:
        """Shut the kernels down through the API, then stop the server and everything below it."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.shutdown_kernels()
        stop_group(self.proc, grace=10)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@contextlib.contextmanager
def serving(notebooks: Path, prefix: str, settings: dict | None = None,
            prepare: Callable[[LabServer], None] | None = None) -> Iterator[LabServer]:
    """A started LabServer on a temp copy of ``notebooks`` (``prepare`` runs on it first); stopped and
    removed afterwards. A server that does not start fails the test with its log's tail."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    server = LabServer(notebooks, tmp, settings=settings)
    try:
        if prepare is not None:
            prepare(server)
        try:
            server.start()
        except LabStartError as e:
            pytest.fail(f"the lab server could not start: {e}", pytrace=False)
        yield server
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
