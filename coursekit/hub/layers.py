"""Which layer failed: the hub, the proxy, a learner's server, the kernel, or the load test's own client.

A request from the load test crosses the proxy (configurable-http-proxy) to
either the hub (``/hub/...``) or a learner's single-user server
(``/user/NAME/...``), which talks to the kernel. When one fails, the report
names the layer from what came back: JupyterHub and the single-user server
are tornado applications (``Server: TornadoServer``), an error page without
it is the proxy's own, and the hub answers a ``/user/NAME/`` address only
when the proxy has no route to that learner's server (424 or 503);
no answer at all is the proxy (nothing took the connection) or, when the
request never left the load test's queue, the client itself.
"""

from __future__ import annotations

__all__ = ["LAYERS", "close_layer", "http_layer", "kernel_layer"]

#: The layers, in the order a request crosses them.
LAYERS = ("client", "proxy", "hub", "server", "kernel")


def http_layer(url: str, code: int, body: str = "", headers: dict | None = None) -> str:
    """The layer that gave this HTTP status (or no answer, 599).

    >>> http_layer("http://h/hub/api/users/a", 599, "Timeout in request queue")
    'client'
    >>> http_layer("http://h/user/a/api/sessions", 599, "Connection refused")
    'proxy'
    >>> http_layer("http://h/user/a/api/sessions", 424, "", {"Server": "TornadoServer/6.5"})
    'hub'
    >>> http_layer("http://h/user/a/api/sessions", 500, "", {"Server": "TornadoServer/6.5"})
    'server'
    >>> http_layer("http://h/user/a/api/sessions", 503, "<html>proxy error</html>", {})
    'proxy'
    """
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    if code == 599:
        return "client" if "request queue" in body else "proxy"
    if not headers.get("server", "").startswith("TornadoServer"):
        return "proxy"
    if "/user/" in url and code not in (424, 503):  # the hub answers a user's URL only when no route leads there
        return "server"
    return "hub"


def close_layer(code: int | None, reason: str | None) -> str:
    """Who closed a kernel websocket, from its close code and reason, as text.

    >>> close_layer(None, None)
    'proxy or server: closed without a close code (a dropped connection, or a bare close)'
    >>> close_layer(1000, "kernel restarted")
    "server: closed it (1000, 'kernel restarted')"
    """
    if code is None or code == 1006:
        return "proxy or server: closed without a close code (a dropped connection, or a bare close)"
    return f"server: closed it ({code}, {reason or ''!r})"


def kernel_layer(code: int, model: dict | None) -> str:
    """What the server says of a kernel that did not answer: ``GET /api/kernels/ID``, as text.

    >>> kernel_layer(404, None)
    'kernel: gone (the server no longer has it: it died or was culled)'
    >>> kernel_layer(200, {"execution_state": "busy", "connections": 1})
    'kernel: busy, 1 connection(s) (still running, or starved of CPU)'
    >>> kernel_layer(599, None)
    'server: no answer about the kernel (HTTP 599)'
    """
    if code == 404:
        return "kernel: gone (the server no longer has it: it died or was culled)"
    if code != 200 or not model:
        return f"server: no answer about the kernel (HTTP {code})"
    state = model.get("execution_state", "?")
    note = {"busy": "still running, or starved of CPU", "starting": "never finished starting",
            "restarting": "it died and is being restarted", "dead": "it died"}.get(state, "answered the server")
    return f"kernel: {state}, {model.get('connections', '?')} connection(s) ({note})"
