"""The teacher's tools' tests: two learners' homes, one honest, one an attacker."""

from __future__ import annotations

import pytest
from learner_homes import home


@pytest.fixture
def homes(tmp_path):
    """Two learners: ``amy`` (the attacker, her attacks planted by each test) and ``ben`` (honest)."""
    return {"amy": home(tmp_path / "home", "amy"), "ben": home(tmp_path / "home", "ben", '{"ben": "work"}')}
