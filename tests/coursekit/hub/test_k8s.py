"""The Kubernetes side of the classroom, on paper: the values are the settings' rendering, the chart's
schema accepts them (merged with its defaults, as Helm does), they say what the docs say, and the
learners' image recipe lists pyproject.toml's packages and the chart's JupyterHub."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from coursekit.hub import k8s
from coursekit.hub.settings import load_settings

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[3]
CHART = Path(__file__).resolve().parent / "z2jh"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0].lower()


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load(k8s.VALUES.read_text(encoding="utf-8"))


def test_the_committed_files_are_the_rendering_of_the_settings():
    for path, text in k8s.rendered(load_settings({})).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run `python -m coursekit k8s-values`"


def test_the_yaml_written_reads_back_as_the_values():
    data = k8s.values(load_settings({}), ["t-kim"], ["ben", "o'neil"], "00-start-here.ipynb")
    assert yaml.safe_load(k8s.to_yaml(data, k8s.NOTES)) == data


def _helm_merge(defaults: dict, ours: dict) -> dict:
    """Helm's coalescing of a chart's values.yaml with the user's: mappings merge, the user's value wins."""
    merged = copy.deepcopy(defaults)
    for key, value in ours.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _helm_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def test_the_charts_schema_accepts_the_values_merged_with_its_defaults(values):
    jsonschema = pytest.importorskip("jsonschema")
    schema = yaml.safe_load((CHART / "values.schema.yaml").read_text(encoding="utf-8"))
    defaults = yaml.safe_load((CHART / "values.yaml").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(_helm_merge(defaults, values)), key=str)
    assert not errors, "\n".join(f"{'.'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_the_schema_check_finds_a_mistake(values):
    jsonschema = pytest.importorskip("jsonschema")
    schema = yaml.safe_load((CHART / "values.schema.yaml").read_text(encoding="utf-8"))
    defaults = yaml.safe_load((CHART / "values.yaml").read_text(encoding="utf-8"))
    wrong = _helm_merge(values, {"singleuser": {"memory": {"guarantee": 512}}, "cull": {"timout": 60}})
    found = {".".join(map(str, e.path)) for e in jsonschema.Draft7Validator(schema).iter_errors(
        _helm_merge(defaults, wrong))}
    assert "cull" in found, found


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
    runtime = {_name(r) for r in k8s.image_packages(pyproject["project"]["dependencies"])}
    recipe = yaml.safe_load(k8s.ENVIRONMENT.read_text(encoding="utf-8"))
    conda = {_name(d) for d in recipe["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip = next(d["pip"] for d in recipe["dependencies"] if isinstance(d, dict))
    assert conda == runtime, f"conda packages {sorted(conda)} differ from pyproject's {sorted(runtime)}"
    assert "-e ." in pip, "the image needs the course package itself"
    assert "jupyterhub" in {_name(p) for p in pip}, "the single-user server needs jupyterhub in the image"


def _major(requirement: str) -> int:
    found = re.search(r"(?:==|>=)\s*(\d+)", requirement)
    assert found, requirement
    return int(found.group(1))


def test_jupyterhub_is_pinned_once_for_each_hub():
    """The learners' JupyterHub has its hub's major version: pyproject's on one machine, the chart's on Kubernetes."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    local = {group: next(r for r in extras[group] if _name(r) == "jupyterhub") for group in ("hub", "hub-learner")}
    assert local["hub"] == local["hub-learner"], f"the hub and its learners' servers differ: {local}"
    recipe = yaml.safe_load(k8s.ENVIRONMENT.read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in recipe["dependencies"] if isinstance(d, dict))
    image = next(p for p in pip if _name(p) == "jupyterhub")
    chart = (CHART / "README.md").read_text(encoding="utf-8")
    app = re.search(r"appVersion (\d+)\.", chart)
    assert app and _major(image) == int(app.group(1)) == int(load_settings({}).k8s_jupyterhub.split(".")[0]), (
        f"the image's {image} does not match the chart's hub (appVersion in {CHART / 'README.md'})")


def test_the_classroom_guide_builds_the_image_from_the_student_edition():
    guide = (ROOT / "docs" / "classroom.md").read_text(encoding="utf-8")
    assert "python -m coursekit edition student build/image" in guide, "the image is the one student edition"
    assert "git archive" not in guide, "a second recipe for the student edition"
    assert "hub/k8s/values.yaml" in guide and "nbgitpuller" in guide
