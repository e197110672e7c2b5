"""The Kubernetes side of the classroom, on paper: the values file parses and says what the docs say,
and the learners' image recipe lists the same packages as pyproject.toml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[1]
VALUES = ROOT / "hub" / "k8s" / "values.yaml"
IMAGE = ROOT / "hub" / "k8s" / "environment.yml"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0].lower()


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load(VALUES.read_text(encoding="utf-8"))


def test_values_file_is_secure_by_default(values):
    assert values["proxy"]["https"]["enabled"] is True
    config = values["hub"]["config"]
    assert config["Authenticator"]["admin_users"], "the teachers must be named as admins"
    assert not set(config["Authenticator"]["admin_users"]) & set(config["Authenticator"]["allowed_users"])
    assert config["FirstUseAuthenticator"]["create_users"] is False
    assert values["singleuser"]["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"] is False


def test_values_file_has_the_classroom_defaults(values):
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] >= 600
    assert values["hub"]["concurrentSpawnLimit"] >= 20
    assert values["hub"]["config"]["KubeSpawner"]["start_timeout"] > 60
    assert values["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"][:4] == [
        "python", "-m", "helpers", "workspace"]
    assert values["singleuser"]["defaultUrl"].startswith("/lab/tree/workspace/")


def test_image_recipe_lists_the_runtime_packages_of_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {_name(r) for r in pyproject["project"]["dependencies"]}
    recipe = yaml.safe_load(IMAGE.read_text(encoding="utf-8"))
    conda = {_name(d) for d in recipe["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip = next(d["pip"] for d in recipe["dependencies"] if isinstance(d, dict))
    assert conda == runtime, f"conda packages {sorted(conda)} differ from pyproject's {sorted(runtime)}"
    assert "-e ." in pip, "the image needs the course package itself"
    assert "jupyterhub" in {_name(p) for p in pip}, "the single-user server needs jupyterhub in the image"


def test_the_classroom_guide_builds_the_image_without_the_instructor_versions():
    guide = (ROOT / "docs" / "classroom.md").read_text(encoding="utf-8")
    assert "rm -rf build/image/notebooks/solutions build/image/hub" in guide
    assert "hub/k8s/values.yaml" in guide and "nbgitpuller" in guide


def _local_config(tmp_path, monkeypatch):
    """hub/jupyterhub_config.py as JupyterHub reads it (no hub started), in simple mode."""
    pytest.importorskip("firstuseauthenticator")  # the hub's extra: make test-hub runs this
    from traitlets.config import Config

    from coursekit.hub.passwords import set_password
    from coursekit.hub.roster import read_roster
    from coursekit.hub.serve import prepare_state

    state = prepare_state(tmp_path / "state")
    for teacher in read_roster(ROOT / "hub" / "roster.example.csv").teachers:
        set_password(state, teacher, "pw-" + teacher)  # the hub refuses to start without them
    monkeypatch.setenv("COURSE_HUB_STATE", str(state))
    monkeypatch.setenv("COURSE_HUB_MODE", "simple")
    config = Config()
    source = (ROOT / "hub" / "jupyterhub_config.py").read_text(encoding="utf-8")
    exec(compile(source, str(ROOT / "hub" / "jupyterhub_config.py"), "exec"),
         {"get_config": lambda: config, "__file__": str(ROOT / "hub" / "jupyterhub_config.py")})
    return config


def test_idle_kernels_are_culled_alike_on_one_machine_and_on_kubernetes(values, tmp_path, monkeypatch):
    local = [a for a in _local_config(tmp_path, monkeypatch).Spawner.args if "MappingKernelManager" in a]
    k8s = [a for a in values["singleuser"]["cmd"] if "MappingKernelManager" in a]
    assert "--MappingKernelManager.cull_connected=True" in local, "an open notebook's idle kernel must be culled too"
    assert any(a.startswith("--MappingKernelManager.cull_idle_timeout=") for a in local)
    assert local == k8s, "the two hub configurations cull kernels differently"
