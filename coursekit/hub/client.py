"""A small asynchronous client for the hub's REST API, its login form and a kernel's websocket.

Built on tornado (which JupyterHub already needs), so the load test and the
security test use nothing else.
"""

from __future__ import annotations

import json
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import WebSocketClosedError, websocket_connect

from .layers import close_layer, http_layer

__all__ = ["CellResult", "KernelSocket", "Reply", "login", "request"]

AsyncHTTPClient.configure(None, max_clients=64)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status code, body text, Set-Cookie values and the headers that tell who answered.

    >>> Reply(200, '{"a": 1}', {}).json()
    {'a': 1}
    >>> Reply(599, "Connection refused", {}).layer("http://h/user/a/api")
    'proxy'
    """

    code: int
    body: str
    cookies: dict
    headers: dict = field(default_factory=dict)

    def json(self):
        return json.loads(self.body) if self.body else None

    def layer(self, url: str) -> str:
        """The layer that gave this answer (:func:`coursekit.hub.layers.http_layer`)."""
        return http_layer(url, self.code, self.body, self.headers)


async def request(method: str, url: str, token: str | None = None, body=None, *, form: dict | None = None,
                  cookies: dict | None = None, timeout: float = 60) -> Reply:
    """One HTTP request; never raises for an HTTP error status (the code is in the reply).

    >>> import asyncio
    >>> asyncio.run(request("GET", "http://127.0.0.1:9/", timeout=5)).code  # nothing listens on port 9
    599
    """
    headers = {}
    if token:
        headers["Authorization"] = f"token {token}"
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    data = None
    if form is not None:
        data, headers["Content-Type"] = urllib.parse.urlencode(form), "application/x-www-form-urlencoded"
    elif body is not None:
        data, headers["Content-Type"] = json.dumps(body), "application/json"
    elif method in ("POST", "PUT", "PATCH"):
        data = ""
    req = HTTPRequest(url, method=method, headers=headers, body=data, follow_redirects=False,
                      request_timeout=timeout, connect_timeout=timeout)
    try:
        resp = await AsyncHTTPClient().fetch(req, raise_error=False)
    except (OSError, HTTPClientError) as err:  # no answer at all: as tornado's own 599
        return Reply(599, str(err), {})
    jar = SimpleCookie()
    for value in resp.headers.get_list("Set-Cookie"):
        jar.load(value)
    text = resp.body.decode("utf-8", "replace") if resp.body else ""
    who = {k: resp.headers[k] for k in ("Server", "X-JupyterHub-Version") if k in resp.headers}
    return Reply(resp.code, text, {k: m.value for k, m in jar.items()}, who)


async def login(hub_url: str, username: str, password: str, timeout: float = 60) -> tuple[bool, dict]:
    """Log in through the hub's real login form (XSRF included); True and the cookies on success.

    On failure the cookies hold ``"status"``: the HTTP code of the login page or form.

    >>> import asyncio
    >>> asyncio.run(login("http://127.0.0.1:9/", "ben", "secret-pw"))
    (False, {'status': 599})
    """
    page = await request("GET", hub_url + "hub/login", timeout=timeout)
    if page.code != 200:
        return False, {"status": page.code}
    cookies = dict(page.cookies)
    form = {"username": username, "password": password, "_xsrf": cookies.get("_xsrf", "")}
    reply = await request("POST", hub_url + "hub/login?next=", form=form, cookies=cookies, timeout=timeout)
    cookies.update(reply.cookies)
    ok = reply.code == 302 and any(k.startswith("jupyterhub-hub-login") for k in cookies)
    return (True, cookies) if ok else (False, {"status": reply.code})


@dataclass(frozen=True)
class CellResult:
    """What running one cell gave: status (``ok``/``error``/``timeout``), seconds taken, error name, printed text.

    >>> CellResult("ok", 0.01, "").ok
    True
    """

    status: str
    seconds: float
    error: str
    output: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class KernelSocket:
    """A kernel's websocket (``/user/NAME/api/kernels/ID/channels``), to run code cell by cell.

    As JupyterLab does, it names its session (``?session_id=``), so that when
    the connection drops the server keeps the kernel's messages for it, and
    it reconnects and reads on; each drop is kept in ``drops`` with the layer
    that dropped it.

    >>> msg = KernelSocket(None)._message("1 + 1")
    >>> msg["channel"], msg["header"]["msg_type"], msg["content"]["code"]
    ('shell', 'execute_request', '1 + 1')
    """

    #: Reconnections allowed for one cell before the cell counts as failed.
    RECONNECTS = 3

    def __init__(self, conn, ws_url: str = "", token: str = "", session: str | None = None):
        self.conn, self.ws_url, self.token = conn, ws_url, token
        self.session = session or uuid.uuid4().hex
        self.drops: list[str] = []

    @classmethod
    async def open(cls, ws_url: str, token: str, timeout: float = 60) -> KernelSocket:
        """Connect, and wait until the kernel answers (as JupyterLab does), reconnecting if it drops."""
        import asyncio

        deadline = time.monotonic() + timeout
        sock = cls(None, ws_url, token)
        while True:
            await sock._connect(timeout)
            if await sock._ready(min(20.0, max(1.0, deadline - time.monotonic()))):
                return sock
            sock.close()
            if time.monotonic() > deadline:
                raise TimeoutError(f"the kernel at {ws_url} did not answer in {timeout:.0f} s")
            await asyncio.sleep(1)

    async def _connect(self, timeout: float = 60) -> None:
        url = f"{self.ws_url}?session_id={self.session}"
        req = HTTPRequest(url, headers={"Authorization": f"token {self.token}"}, request_timeout=timeout,
                          connect_timeout=timeout)
        self.conn = await websocket_connect(req, max_message_size=64 * 2**20)

    def _dropped(self) -> str:
        why = close_layer(getattr(self.conn, "close_code", None), getattr(self.conn, "close_reason", None))
        self.drops.append(why)
        return why

    async def _ready(self, timeout: float) -> bool:
        import asyncio

        msg = self._message("", "kernel_info_request")
        try:
            await self.conn.write_message(json.dumps(msg))
            while True:
                raw = await asyncio.wait_for(self.conn.read_message(), timeout)
                if raw is None:
                    self._dropped()
                    return False
                reply = json.loads(raw)
                if reply.get("parent_header", {}).get("msg_id") == msg["header"]["msg_id"] and \
                        reply["header"]["msg_type"] == "kernel_info_reply":
                    return True
        except asyncio.TimeoutError:
            return False
        except WebSocketClosedError:
            self._dropped()
            return False

    def _message(self, code: str, kind: str = "execute_request") -> dict:
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "username": "loadtest", "session": self.session,
                  "msg_type": kind, "version": "5.3", "date": ""}
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True} if kind == "execute_request" else {}
        return {"header": header, "parent_header": {}, "metadata": {}, "content": content,
                "channel": "shell", "buffers": []}

    async def run(self, code: str, timeout: float = 120) -> CellResult:
        """Run one cell; wait for its reply and for the kernel to be idle again (reconnecting after a drop)."""
        import asyncio

        msg = self._message(code)
        msg_id, start = msg["header"]["msg_id"], time.perf_counter()
        sent, reconnects = False, 0
        status, error, idle, out = None, "", False, []
        try:
            while status is None or not idle:
                try:
                    if not sent:
                        await self.conn.write_message(json.dumps(msg))
                        sent = True
                    raw = await asyncio.wait_for(self.conn.read_message(), timeout)
                except WebSocketClosedError:
                    raw = None
                if raw is None:  # dropped: reconnect as JupyterLab does; the server kept our messages
                    why = self._dropped()
                    reconnects += 1
                    if reconnects > self.RECONNECTS:
                        return CellResult("error", time.perf_counter() - start, f"websocket closed ({why})")
                    await asyncio.sleep(1)
                    await self._connect()
                    continue
                reply = json.loads(raw)
                if reply.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = reply["header"]["msg_type"]
                if kind == "execute_reply":
                    status = reply["content"]["status"]
                    error = reply["content"].get("ename", "")
                elif kind == "status" and reply["content"]["execution_state"] == "idle":
                    idle = True
                elif kind == "stream":
                    out.append(reply["content"].get("text", ""))
        except asyncio.TimeoutError:
            return CellResult("timeout", time.perf_counter() - start, "no reply in time")
        return CellResult(status, time.perf_counter() - start, error, "".join(out))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
