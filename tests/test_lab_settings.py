"""The course's JupyterLab settings (coursekit/lab-overrides.json) are valid and reach every lab a learner opens."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "coursekit" / "lab-overrides.json"
SCHEMAS = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"


def _schema(plugin: str) -> dict:
    package, name = plugin.rsplit(":", 1)
    return json.loads((SCHEMAS / package / f"{name}.json").read_text(encoding="utf-8"))


def test_every_override_names_a_real_setting_with_an_allowed_value():
    for plugin, settings in json.loads(OVERRIDES.read_text(encoding="utf-8")).items():
        properties = _schema(plugin)["properties"]
        for key, value in settings.items():
            assert key in properties, f"{plugin}: JupyterLab has no setting {key!r}"
            allowed = [c["const"] for c in properties[key].get("oneOf", []) if "const" in c]
            if allowed:
                assert value in allowed, f"{plugin}.{key}: {value!r} is not one of {allowed}"
            elif properties[key].get("type") == "boolean":
                assert isinstance(value, bool), f"{plugin}.{key}: give true or false"


def test_no_news_pop_up_and_no_update_check():
    notification = json.loads(OVERRIDES.read_text(encoding="utf-8"))["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}


def test_make_lab_and_the_hub_learner_environment_both_install_the_settings():
    assert "cp coursekit/lab-overrides.json $@" in (ROOT / "Makefile").read_text(encoding="utf-8")
    script = (ROOT / "hub" / "learner-env.sh").read_text(encoding="utf-8")
    assert 'cp coursekit/lab-overrides.json "$env_dir/share/jupyter/lab/settings/overrides.json"' in script
