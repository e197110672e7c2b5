"""The load test says where its slowest cells are, and a prestarted learner's server counts as started.

A small tornado server stands for the hub's REST API of a class whose
servers were started before the lesson (``make hub-prestart``): asked to
start a learner's server, it answers 400 "already running", as JupyterHub
does. The old load test counted that as a failed server start.
"""

import asyncio
import json
from pathlib import Path

from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, HTTPError, RequestHandler

from coursekit.hub.celltimes import CellTime
from coursekit.hub.harness import RunningHub
from coursekit.hub.loadtest import LearnerRun, _start_server, summary
from coursekit.hub.runmode import RunMode


class Server(RequestHandler):
    def post(self, name):
        raise HTTPError(400, f"{name} is already running")

    def write_error(self, status_code, **kwargs):
        self.finish(json.dumps({"status": status_code, "message": kwargs["exc_info"][1].log_message}))


class User(RequestHandler):
    def get(self, name):
        self.finish(json.dumps({"name": name, "pending": None, "servers": {"": {"ready": True}}}))


def test_a_server_already_running_at_login_counts_as_started():
    async def scenario():
        sockets = bind_sockets(0, "127.0.0.1")
        app = Application([(r"/hub/api/users/([^/]+)/server", Server), (r"/hub/api/users/([^/]+)", User)])
        server = HTTPServer(app)
        server.add_sockets(sockets)
        port = sockets[0].getsockname()[1]
        hub = RunningHub(f"http://127.0.0.1:{port}/", "t", Path("s"), None, ("ben",), (), "simple")
        run = LearnerRun("ben")
        try:
            return await _start_server(hub, run, "token", budget=10), run
        finally:
            server.stop()

    started, run = asyncio.run(scenario())
    assert started and run.failures == [] and run.start_seconds is not None


def test_the_report_names_the_slowest_cells_and_when_they_ran():
    cells = [CellTime("01", i % 20, 30.0 + i, 0.05) for i in range(37)] + [
        CellTime("01", 0, 40.0, 6.0), CellTime("02", 0, 50.0, 5.0), CellTime("04", 39, 5.0, 4.0)]
    run = LearnerRun("ben", 8.0, [c.seconds for c in cells], ready_at=8.0, timeline=cells)
    result = summary([run], {}, 100.0)
    slow = result["slowest_cells"]
    assert (slow["cells"], slow["setup_cells"], slow["while_servers_start"]) == (3, 2, 1)
    assert slow["by_cell"] == {"01 cell 0 (setup)": 1, "02 cell 0 (setup)": 1, "04 cell 39": 1}
    assert result["cell_latency_by_phase_s"]["while_servers_start"]["cells"] == 1


def test_the_default_run_is_the_worst_case():
    assert RunMode().think == 0 and not RunMode().prestarted
    assert RunMode().label.startswith("worst case")


def test_a_failed_learners_server_log_is_kept_beside_the_figures(tmp_path):
    """With COURSE_HUB_SERVER_LOGS=1 the hub state holds each server's log; the run's end removes the state."""
    from coursekit.hub.loadtest import _explain_failures

    state = tmp_path / "state"
    (state / "server-logs").mkdir(parents=True)
    (state / "hub.log").write_text("[W hub] hubt-02 is slow\n", encoding="utf-8")
    (state / "server-logs" / "hubt-02.log").write_bytes(b"x" * 50 + b"[E server] Kernel died\n")
    (state / "server-logs" / "hubt-01.log").write_text("all well\n", encoding="utf-8")
    runs = [LearnerRun("hubt-01", 2.0, [0.1]), LearnerRun("hubt-02", 2.0, [0.1], ["[server] websocket HTTP 404"])]
    _explain_failures(runs, state / "hub.log", str(tmp_path / "run.json"), tail=30)
    kept = tmp_path / "run.hubt-02.server.log"
    assert kept.read_bytes().endswith(b"[E server] Kernel died\n") and len(kept.read_bytes()) == 30
    assert not (tmp_path / "run.hubt-01.server.log").exists()
