"""`make lab-ja` serves the Japanese edition in JupyterLab's Japanese interface; `make lab` stays English.

The real Makefile target runs (a free port, --no-browser, a throw-away
workspace) and is checked from outside: the workspace holds the Japanese
notebooks, JupyterLab's settings API gives the translation extension the
locale ja_JP, and the language pack is installed (the translations API lists ja_JP).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import time

import pytest
from labprocess import REPO, free_port, stop_group, venv_arg
from test_lab_server import TOKEN_URL, _get

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None or not hasattr(os, "killpg"), reason="needs make and POSIX process groups"
)
SETTINGS = "/lab/api/settings/@jupyterlab/translation-extension:plugin"


def _serve_ja(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "MAKE", "MFLAGS", "COURSE_"))}
    env.update(JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "lab-workspaces"))
    venv = venv_arg()
    command = ["make", "--no-print-directory", "-o", f"{venv}/.installed-lab", "-o", f"{venv}/.installed-ja",
               "lab-ja", f"VENV={venv}", f"WORKSPACE_JA={tmp_path / 'ws-ja'}",
               f"LAB_ARGS=--port={free_port()} --no-browser"]
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True).start()
    deadline, match = time.monotonic() + 40, None
    while match is None and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        match = TOKEN_URL.search("".join(lines))
    assert match, f"make lab-ja printed no URL:\n{''.join(lines)[-2000:]}"
    base, token = f"http://127.0.0.1:{match.group(1)}", match.group(2)
    while time.monotonic() < deadline and _get(f"{base}/api/status", token)[0] != 200:
        time.sleep(0.1)
    return proc, base, token


def test_make_lab_ja_serves_the_japanese_edition_in_a_japanese_interface(tmp_path):
    proc, base, token = _serve_ja(tmp_path)
    try:
        status, body = _get(f"{base}/api/contents/00-start-here.ipynb", token)
        shown = json.dumps(json.loads(body), ensure_ascii=False)
        assert status == 200 and "はじめに" in shown, "the workspace holds the Japanese notebooks"
        status, body = _get(f"{base}{SETTINGS}", token)
        assert status == 200 and json.loads(body)["settings"].get("locale") == "ja_JP"
        status, body = _get(f"{base}/lab/api/translations", token)
        assert status == 200 and "ja_JP" in json.loads(body)["data"], "jupyterlab-language-pack-ja-JP is installed"
    finally:
        stop_group(proc)
    assert re.search(r'"locale":\s*"ja_JP"', (tmp_path / "ws-ja" / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
                     / "translation-extension" / "plugin.jupyterlab-settings").read_text(encoding="utf-8"))
