"""The one-machine hub's configuration, read without starting a hub: hub/jupyterhub_config.py as JupyterHub
executes it, and each setting reaching it (and, where Kubernetes has it too, hub/k8s/values.yaml)."""

from __future__ import annotations

import ast
import dbm
from pathlib import Path

import pytest
from traitlets.config import Config

from coursekit.hub import k8s
from coursekit.hub.config import apply_config, server_args
from coursekit.hub.passwords import DBM
from coursekit.hub.roster import parse_roster, read_roster
from coursekit.hub.serve import prepare_state
from coursekit.hub.settings import load_settings

ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "hub" / "jupyterhub_config.py"
EXAMPLE = ROOT / "hub" / "roster.example.csv"


def _state(tmp_path: Path) -> Path:
    """A state folder as `make hub` leaves it, every teacher with a password (the hub refuses to start without)."""
    state = prepare_state(tmp_path / "state")
    with dbm.open(str(state / DBM), "c") as db:
        for teacher in read_roster(EXAMPLE).teachers:
            db[teacher.encode()] = b"$2b$12$not-a-real-hash"
    return state


def _run_config_file(environ: dict[str, str], monkeypatch) -> Config:
    """hub/jupyterhub_config.py as JupyterHub reads it: get_config() given, the file executed."""
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    config = Config()
    exec(compile(CONFIG.read_text(encoding="utf-8"), str(CONFIG), "exec"),
         {"get_config": lambda: config, "__file__": str(CONFIG)})
    return config


def test_the_config_file_only_applies_the_settings():
    """Every setting is in coursekit/hub/settings.py: the file JupyterHub reads holds none of its own."""
    body = ast.parse(CONFIG.read_text(encoding="utf-8")).body[1:]  # after the docstring
    code = [ast.unparse(node) for node in body if not isinstance(node, (ast.Import, ast.ImportFrom))]
    assert code == ["sys.path." + "insert(0, str(Path(__file__).resolve().parent.parent))",
                    "apply_config(get_config(), load_settings())"]


def test_the_config_file_gives_the_classroom_defaults(tmp_path, monkeypatch):
    c = _run_config_file({"COURSE_HUB_STATE": str(_state(tmp_path)), "COURSE_HUB_MODE": "simple"}, monkeypatch)
    assert c.JupyterHub.bind_url == "http://127.0.0.1:8000/"
    assert c.JupyterHub.spawner_class == "jupyterhub.spawner.SimpleLocalProcessSpawner"
    assert c.Authenticator.admin_users == {"t-kim"}
    assert "t-kim" in c.Authenticator.allowed_users and "ben" in c.Authenticator.allowed_users
    assert c.FirstUseAuthenticator.create_users is False
    assert c.Spawner.start_timeout == c.Spawner.http_timeout == 180
    assert c.JupyterHub.concurrent_spawn_limit == 40
    assert c.Spawner.default_url == "/lab/tree/00-start-here.ipynb"
    assert [s["name"] for s in c.JupyterHub.services] == ["idle-culler", "class-view"]
    assert "--timeout=3600" in c.JupyterHub.services[0]["command"]


def test_system_mode_runs_each_server_as_its_learner(tmp_path):
    c = Config()
    apply_config(c, load_settings({"COURSE_HUB_STATE": str(_state(tmp_path)), "COURSE_HUB_MODE": "system"}),
                 parse_roster("username,role,name\nt-kim,teacher,\n"))
    assert c.JupyterHub.spawner_class == "jupyterhub.spawner.LocalProcessSpawner"
    assert c.CourseAuthenticator.course_mode == "system"


def test_the_hub_refuses_to_start_while_a_teacher_has_no_password(tmp_path):
    settings = load_settings({"COURSE_HUB_STATE": str(prepare_state(tmp_path / "s")), "COURSE_HUB_MODE": "simple"})
    with pytest.raises(SystemExit, match="t-kim: no password yet"):
        apply_config(Config(), settings, read_roster(EXAMPLE))


@pytest.mark.parametrize(
    ("variable", "value", "local", "on_k8s"),
    [
        ("COURSE_HUB_KERNEL_CULL", "600",
         lambda c: c.Spawner.args, lambda v: v["singleuser"]["cmd"]),
        ("COURSE_HUB_SPAWN_LIMIT", "25",
         lambda c: c.JupyterHub.concurrent_spawn_limit, lambda v: v["hub"]["concurrentSpawnLimit"]),
        ("COURSE_HUB_CULL_TIMEOUT", "1800",
         lambda c: c.JupyterHub.services[0]["command"][-1], lambda v: v["cull"]["timeout"]),
        ("COURSE_HUB_START_TIMEOUT", "240",
         lambda c: c.Spawner.http_timeout, lambda v: v["hub"]["config"]["KubeSpawner"]["http_timeout"]),
    ],
)
def test_a_setting_reaches_both_configurations(tmp_path, variable, value, local, on_k8s):
    environ = {"COURSE_HUB_STATE": str(_state(tmp_path)), "COURSE_HUB_MODE": "simple"}
    before, after = load_settings(environ), load_settings({**environ, variable: value})
    configs = []
    for settings in (before, after):
        c = Config()
        apply_config(c, settings, read_roster(EXAMPLE))
        configs.append((local(c), on_k8s(k8s.values(settings, ["t-kim"], ["ben"], "00-start-here.ipynb"))))
    (local_before, k8s_before), (local_after, k8s_after) = configs
    assert local_before != local_after, f"{variable} does not reach jupyterhub_config"
    assert k8s_before != k8s_after, f"{variable} does not reach the Kubernetes values"
    assert value in str(local_after) and value in str(k8s_after)


def test_idle_kernels_are_culled_alike_on_one_machine_and_on_kubernetes(tmp_path):
    settings = load_settings({"COURSE_HUB_STATE": str(_state(tmp_path))})
    local = [a for a in server_args(settings) if "MappingKernelManager" in a]
    values = k8s.values(settings, ["t-kim"], ["ben"], "00-start-here.ipynb")
    assert "--MappingKernelManager.cull_connected=True" in local, "an open notebook's idle kernel must be culled too"
    assert local == [a for a in values["singleuser"]["cmd"] if "MappingKernelManager" in a]
