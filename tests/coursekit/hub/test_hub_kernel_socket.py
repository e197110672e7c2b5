"""The load test's kernel websocket survives a dropped connection, as JupyterLab does.

A small tornado server stands for a learner's server: it drops the first
connection in the middle of a cell and, when the client comes back with the
same ``session_id``, sends the messages it kept for that session (as
jupyter_server does). The old client reported the learner's cell as failed
("websocket closed") and lost the rest of the learner's run.
"""

import asyncio
import json
from typing import ClassVar

from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application
from tornado.websocket import WebSocketHandler

from coursekit.hub.client import KernelSocket


def _reply(request: dict, kind: str, content: dict, channel: str) -> str:
    header = {"msg_id": "r-" + kind, "msg_type": kind, "session": "kernel"}
    return json.dumps({"header": header, "parent_header": request["header"], "content": content,
                       "channel": channel, "metadata": {}, "buffers": []})


class DropsOnce(WebSocketHandler):
    connections: ClassVar[list] = []
    kept: ClassVar[dict] = {}

    def open(self):
        session = self.get_argument("session_id", "")
        self.connections.append(session)
        for message in self.kept.pop(session, []):  # what the server kept while the learner was away
            self.write_message(message)

    def on_message(self, raw):
        request = json.loads(raw)
        kind = request["header"]["msg_type"]
        if kind == "kernel_info_request":
            self.write_message(_reply(request, "kernel_info_reply", {}, "shell"))
            return
        session = self.get_argument("session_id", "")
        finish = [_reply(request, "execute_reply", {"status": "ok"}, "shell"),
                  _reply(request, "status", {"execution_state": "idle"}, "iopub")]
        self.write_message(_reply(request, "status", {"execution_state": "busy"}, "iopub"))
        if len(self.connections) == 1 and session == request["header"]["session"]:
            self.kept[session] = finish  # the cell goes on; the connection drops
            self.close(1001, "going away")
        else:
            for message in finish:
                self.write_message(message)


def test_a_dropped_kernel_websocket_reconnects_and_the_cell_completes():
    async def scenario():
        sockets = bind_sockets(0, "127.0.0.1")
        server = HTTPServer(Application([(r"/channels", DropsOnce)]))
        server.add_sockets(sockets)
        port = sockets[0].getsockname()[1]
        try:
            sock = await KernelSocket.open(f"ws://127.0.0.1:{port}/channels", "token", timeout=20)
            result = await sock.run("1 + 1", timeout=20)
            sock.close()
            return result, sock
        finally:
            server.stop()

    DropsOnce.connections, DropsOnce.kept = [], {}
    result, sock = asyncio.run(scenario())
    assert result.ok, result
    assert len(DropsOnce.connections) == 2 and DropsOnce.connections[0] == DropsOnce.connections[1] != ""
    assert sock.drops and sock.drops[0].startswith("server: closed it")
