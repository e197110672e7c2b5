"""The hub's settings table: defaults, the variables that override them, and one decision of the mode."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from coursekit.hub.settings import Settings, SettingsError, hub_mode, load_settings

ROOT = Path(__file__).resolve().parents[3]


def test_every_setting_has_a_note_and_a_distinct_variable():
    variables = [f.metadata["env"] for f in dataclasses.fields(Settings) if f.metadata["env"]]
    assert len(variables) == len(set(variables))
    assert all(v.startswith("COURSE_HUB_") for v in variables)
    assert all(f.metadata["doc"] for f in dataclasses.fields(Settings))


def test_a_variable_overrides_its_default_and_nothing_else():
    base, changed = load_settings({}), load_settings({"COURSE_HUB_SPAWN_LIMIT": "12"})
    assert changed.spawn_limit == 12 and base.spawn_limit == 40
    assert dataclasses.replace(changed, spawn_limit=40) == base


def test_an_empty_variable_keeps_the_default():
    assert load_settings({"COURSE_HUB_PORT": ""}).port == 8000


@pytest.mark.parametrize(("variable", "value"), [("COURSE_HUB_PORT", "80a"), ("COURSE_HUB_MODE", "root")])
def test_a_wrong_value_is_named_with_its_variable(variable, value):
    with pytest.raises(SettingsError, match=variable):
        load_settings({variable: value})


def test_the_variables_the_hub_is_started_with_are_all_settings():
    from coursekit.hub.serve import build_parser, hub_environment

    args = build_parser().parse_args(["--roster", "r.csv", "--learner-bin", "bin", "--ssl-cert", "c", "--ssl-key", "k"])
    given = {k for k in hub_environment(args, {}) if k.startswith("COURSE_HUB_")}
    known = {f.metadata["env"] for f in dataclasses.fields(Settings)}
    assert given <= known, f"serve.py sets {sorted(given - known)}, which no setting reads"


def test_system_or_simple_is_decided_once():
    """Only coursekit/hub/settings.py looks at the user id to choose the mode; everything else asks hub_mode()."""
    decide = re.compile(r"""["'](system|simple)["']\s+if\s+os\.geteuid\(\)""")
    files = [*sorted((ROOT / "coursekit").rglob("*.py")), ROOT / "hub" / "jupyterhub_config.py"]
    places = [p.relative_to(ROOT).as_posix() for p in files if decide.search(p.read_text(encoding="utf-8"))]
    assert places == ["coursekit/hub/settings.py"]
    assert hub_mode({"COURSE_HUB_MODE": "system"}) == "system"
