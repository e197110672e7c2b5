"""The command line, run as a learner or another tool would: ``python -m helpers ...``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_12fca90ebed3288f.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_quotes_json_is_an_array_of_quote_objects():
    result = run("quotes", SEED, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 10
    for item in data:
        for key in ("text", "speaker", "paragraph", "role", "country", "via", "kind", "rule", "start", "end"):
            assert key in item
    assert [item["speaker"] for item in data][3:5] == ["Judith Collins", "Judith Collins"]
    assert data[6]["role"] == "Foreign Minister" and data[6]["country"] == "New Zealand"
    assert data[9]["parent"] == 9 and data[9]["rule"] == "nested"
    seed_text = (ROOT / SEED).read_text(encoding="utf-8")
    assert all(seed_text[q["start"] : q["end"]] == q["text"] for q in data)


def test_quotes_table_is_readable():
    result = run("quotes", SEED)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "¶", "kind", "rule", "speaker", "text"]
    assert "Winston Peters" in lines[7] and "explicit" in lines[7]
    assert lines[-1] == "10 quotations"


def test_summary():
    result = run("summary", SEED)
    assert result.returncode == 0
    out = result.stdout
    assert "2025-12-19 (Friday)" in out
    assert "paragraphs  9" in out
    assert "Judith Collins (Defense Minister, New Zealand)" in out
    assert "Acquisition and Cross-Servicing Agreement (ACSA)" in out
    assert "Japan's Foreign Ministry  3" in out


def test_summary_json():
    data = json.loads(run("summary", SEED, "--json").stdout)
    assert data["weekday"] == "Friday" and data["paragraphs"] == 9
    assert [p["name"] for p in data["people"]] == ["Toshimitsu Motegi", "Judith Collins", "Winston Peters"]
    assert data["quotes_per_speaker"]["Tokyo"] == 3


@pytest.mark.parametrize("command", ["quotes", "summary"])
def test_missing_file_is_one_line_and_exit_2(command):
    result = run(command, "no/such/article.txt")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("no/such/article.txt:1:1: no such file")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (" date 2025-02-30 Lead.", "bad.txt:1:7: impossible date 2025-02-30"),
        ("no date here\n", "bad.txt:1:1: no date line"),
        (" date 2025-12-19 One.\n\n date 2025-12-20 Two.\n", "bad.txt:3:2: a second date line"),
    ],
)
def test_bad_article_is_one_line_and_exit_2(tmp_path, content, expected):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "helpers", "quotes", "bad.txt", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(expected), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("summary", str(path))
    assert result.returncode == 2 and "binary" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [[], ["quotes"], ["frobnicate", SEED]])
def test_wrong_usage_exits_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "usage: python -m helpers" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["quotes", "--help"], ["summary", "--help"]])
def test_help(args):
    result = run(*args)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m helpers")


def test_quotes_help_lists_the_rules():
    out = run("quotes", "--help").stdout
    for rule in ("explicit", "pronoun", "carried over", "capital", "document", "nested"):
        assert rule in out
