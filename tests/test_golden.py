"""Every golden article parses to exactly its stored ``.expected.json``."""

import json

import pytest
from golden import article_paths, dump, expected_for, expected_path


def test_there_are_golden_articles():
    assert any(p.name.startswith("seed") for p in article_paths()), "the seed must be a golden file"


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.name)
def test_golden(path):
    stored = expected_path(path)
    assert stored.exists(), (
        f"{stored.name} is missing: run `.venv/bin/python tests/golden.py`, read it, and commit it"
    )
    want = json.loads(stored.read_text(encoding="utf-8"))
    got = json.loads(dump(expected_for(path)))
    assert got == want, (
        f"{path.name}: output differs from {stored.name} (regenerate only if the change is intended)"
    )


def test_golden_seed_is_the_seed():
    from golden import ROOT

    seed = ROOT / "seeds" / "000_12fca90ebed3288f.txt"
    assert (ROOT / "tests" / "articles" / "seed-2025-12-19.txt").read_bytes() == seed.read_bytes()
