"""`make lab` starts a JupyterLab that only this machine's user can reach and drive.

The test runs the real Makefile target (through make, with a free port and
--no-browser) and checks from outside, with nothing but urllib:

* it listens on 127.0.0.1 only (not 0.0.0.0, not ::, not a LAN address);
* the API refuses requests without the token (403) and accepts the token;
* a POST that carries the login cookie but no XSRF token is refused, and so
  is one with no credentials at all;
* a request naming another host (DNS rebinding) is refused.

The server gets a throw-away config/runtime/workspace dir, so a personal
~/.jupyter config cannot change the result and nothing is left behind.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import shutil
import socket
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from labprocess import free_port, start_make_lab, stop_group, venv_arg

REPO = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT = 15  # seconds; the whole test must stay well under 20
# What Jupyter prints: "http://127.0.0.1:8888/lab/tree/notebooks/00-start-here.ipynb?token=ab12..."
URL_RE = re.compile(r"http://([^/\s:]+|\[[^\]]+\]):(\d+)/\S*")
TOKEN_RE = re.compile(r"[?&]token=([\w-]+)")

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None or not hasattr(os, "killpg"), reason="needs make and POSIX process groups"
)


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a LISTEN socket on `port`, from /proc/net/tcp{,6} (Linux)."""
    found = set()
    for name, width in (("tcp", 8), ("tcp6", 32)):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:  # 0A = LISTEN
                continue
            raw = bytes.fromhex(address)
            # The kernel prints each 32-bit word in host (little-endian) order.
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            family = socket.AF_INET if width == 8 else socket.AF_INET6
            found.add(socket.inet_ntop(family, words))
    return found


def _request(opener, url: str, method: str = "GET", headers: dict | None = None) -> int:
    request = urllib.request.Request(
        url, method=method, headers=headers or {}, data=b"" if method == "POST" else None
    )
    try:
        with opener.open(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a 302 to /login is an answer, not a place to go
        return None


@pytest.fixture
def lab():
    """Run `make lab` on a free port; yield (url, host, port, token); stop the whole process group."""
    port = free_port()
    venv = venv_arg()
    tmp = Path(tempfile.mkdtemp(prefix="course-lab-test-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "MAKE", "MFLAGS"))}
    env.pop("BROWSER", None)
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
    )
    proc, lines, command = start_make_lab(venv, [f"LAB_ARGS=--port={port} --no-browser"], env)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        match = None
        while match is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            match = URL_RE.search("".join(lines))
        time.sleep(0.2)  # the URL is printed twice (localhost, 127.0.0.1); let both arrive
        log = "".join(lines)[-3000:]
        assert match, f"`{' '.join(command)}` printed no server URL within {STARTUP_TIMEOUT} s:\n{log}"
        urls = [m.group(0) for m in URL_RE.finditer("".join(lines))]
        with_token = [u for u in urls if TOKEN_RE.search(u)]
        assert with_token, f"JupyterLab started without token auth; it printed {urls}"
        match = URL_RE.match(with_token[-1])
        host, printed_port = match.groups()
        token = TOKEN_RE.search(with_token[-1]).group(1)
        base = f"http://{host}:{printed_port}"
        while time.monotonic() < deadline:  # the URL is printed just before the socket accepts
            if _request(urllib.request.build_opener(), f"{base}/api/status") in (200, 403):
                break
            time.sleep(0.1)
        yield base, host, int(printed_port), token
    finally:
        stop_group(proc, grace=8)
        shutil.rmtree(tmp, ignore_errors=True)


def test_make_lab_is_local_and_needs_the_token(lab):
    base, host, port, token = lab
    plain = urllib.request.build_opener(_NoRedirect)

    assert host == "127.0.0.1", f"make lab printed {host}; it must bind 127.0.0.1 only"
    listening = _listening_addresses(port)
    if Path("/proc/net/tcp").exists():
        assert listening == {"127.0.0.1"}, (
            f"port {port} listens on {sorted(listening)}, expected only 127.0.0.1"
        )
    if sys.platform.startswith("linux"):  # 127.0.0.2 is loopback too, but reaches only a wildcard bind
        with socket.socket() as s:
            s.settimeout(1)
            assert s.connect_ex(("127.0.0.2", port)) != 0, (
                "the server answers on 127.0.0.2: it is not bound to 127.0.0.1 alone"
            )

    contents = f"{base}/api/contents"
    assert _request(plain, contents) == 403, "GET /api/contents without a token must be refused"
    assert _request(plain, f"{contents}?token=wrong") == 403, "a wrong token must be refused"
    assert _request(plain, contents, headers={"Authorization": f"token {token}"}) == 200

    # A POST to a folder that does not exist: refused (403) before anything runs;
    # were it let through it would 404, and still write nothing.
    target = f"{base}/api/contents/no-such-folder-xsrf-test"
    assert _request(plain, target, "POST") == 403, "a POST with neither token nor cookie must be refused"

    # Log in as the browser does (token in the URL once -> login and _xsrf cookies),
    # then POST with the cookie but without the X-XSRFToken header: cross-site forgery.
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    assert _request(browser, f"{base}/lab?token={token}") == 200
    assert _request(browser, contents) == 200, "the login cookie should be enough to read"
    assert _request(browser, target, "POST") == 403, (
        "a cookie-authenticated POST without XSRF token must be refused"
    )

    # DNS rebinding: a page on another name that resolves to 127.0.0.1 must not get in.
    rebound = {"Authorization": f"token {token}", "Host": f"attacker.example:{port}"}
    assert _request(plain, contents, headers=rebound) == 403, (
        "a request for another Host name must be refused"
    )
    assert not (REPO / "no-such-folder-xsrf-test").exists()
