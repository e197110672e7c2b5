"""`make lab` serves the learner's workspace, with terminals off unless asked, and says when it runs as root.

The real Makefile target runs (through make, a free port, --no-browser, a
throw-away workspace and Jupyter folders) and is checked from outside with
urllib: the contents API lists the workspace's notebooks and no instructor
version, /api/terminals does not exist by default and does with
TERMINALS=True, and a root user is told in one line before the server starts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from labprocess import free_port, start_make_lab, stop_group, venv_arg

REPO = Path(__file__).resolve().parents[1]
TOKEN_URL = re.compile(r"http://127\.0\.0\.1:(\d+)/\S*[?&]token=([\w-]+)")
ROOT_LINE = "make: you are root, so JupyterLab starts with --allow-root (a normal user account is safer)."

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None or not hasattr(os, "killpg"), reason="needs make and POSIX process groups"
)


def _get(url: str, token: str, method: str = "GET") -> tuple[int, bytes]:
    request = urllib.request.Request(url, method=method, headers={"Authorization": f"token {token}"})
    if method == "POST":
        request.data = b"{}"
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except OSError:  # not listening yet
        return 0, b""


def _serve(tmp_path: Path, *extra: str):
    """Start `make lab` (extra make arguments added); return (process, lines, base URL, token)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "MAKE", "MFLAGS", "COURSE_"))}
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "lab-workspaces"),
    )
    venv = venv_arg()
    proc, lines, _ = start_make_lab(
        venv,
        [f"WORKSPACE={tmp_path / 'workspace'}", f"LAB_ARGS=--port={free_port()} --no-browser", *extra],
        env,
    )
    deadline, match = time.monotonic() + 30, None
    while match is None and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        match = TOKEN_URL.search("".join(lines))
    assert match, f"make lab printed no URL:\n{''.join(lines)[-2000:]}"
    base, token = f"http://127.0.0.1:{match.group(1)}", match.group(2)
    while time.monotonic() < deadline and _get(f"{base}/api/status", token)[0] != 200:
        time.sleep(0.1)
    return proc, lines, base, token


def _stop(proc) -> None:
    stop_group(proc)


def test_make_lab_serves_the_workspace_with_terminals_off(tmp_path):
    proc, lines, base, token = _serve(tmp_path)
    try:
        status, body = _get(f"{base}/api/contents", token)
        assert status == 200
        names = {item["name"] for item in json.loads(body)["content"]}
        assert "00-start-here.ipynb" in names and "docs" in names
        assert "solutions" not in names and "notebooks" not in names, "the instructor versions are not served"
        assert _get(f"{base}/api/terminals", token)[0] == 404, "terminals must be off by default"
        assert _get(f"{base}/api/terminals", token, "POST")[0] == 404
        out = "".join(lines)
        is_root = hasattr(os, "geteuid") and os.geteuid() == 0
        assert (ROOT_LINE in out) == is_root
        if is_root:
            assert out.index(ROOT_LINE) < out.index("jupyter lab"), (
                "the root line comes before the server starts"
            )
    finally:
        _stop(proc)
    assert (tmp_path / "workspace" / ".course" / "workspace.json").is_file()


def test_terminals_come_back_when_asked_for(tmp_path):
    proc, _, base, token = _serve(tmp_path, "TERMINALS=True")
    try:
        assert _get(f"{base}/api/terminals", token)[0] == 200
        assert _get(f"{base}/api/terminals", "wrong-token")[0] == 403, "still behind the token"
    finally:
        _stop(proc)
