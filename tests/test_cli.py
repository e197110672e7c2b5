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


# --------------------------------------------------------------------------- hostile paths and terminals


def _limit_memory():  # a runaway read must fail the test, not the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def run_hostile(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, "-m", "helpers", *args],
            cwd=cwd,
            capture_output=True,
            timeout=60,
            env=env,
            preexec_fn=_limit_memory if sys.platform != "win32" else None,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"python -m helpers {' '.join(args)} hangs")


def _one_line_error(result: subprocess.CompletedProcess, start: str, *words: str) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err[-800:]
    assert result.stdout == b""
    assert err.count("\n") == 1 and "Traceback" not in err, err[-800:]
    assert err.startswith(start), err
    for word in words:
        assert word in err, err
    return err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero and /dev/urandom")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_without_reading_it(device):
    _one_line_error(run_hostile("summary", device), f"{device}:1:1: ", "not a regular file", " — ")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_a_fifo_without_a_writer_is_refused_not_waited_on(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    _one_line_error(run_hostile("quotes", "pipe.txt", cwd=tmp_path), "pipe.txt:1:1: ", "pipe", " — ")


def test_a_folder_is_refused(tmp_path):
    _one_line_error(run_hostile("summary", str(tmp_path)), f"{tmp_path}:1:1: this is a folder")


def test_a_name_longer_than_the_system_allows_is_one_line():
    name = "a" * 300 + ".txt"
    _one_line_error(run_hostile("summary", name), f"{name}:1:1: ", "too long", " — ")


def test_a_symlink_loop_is_one_line(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    _one_line_error(run_hostile("summary", "a.txt", cwd=tmp_path), "a.txt:1:1: ", "link", " — ")


def test_a_path_through_a_file_is_one_line(tmp_path):
    (tmp_path / "file.txt").write_text(" date 2025-12-19 Hi.", encoding="utf-8")
    _one_line_error(
        run_hostile("summary", "file.txt/inner.txt", cwd=tmp_path), "file.txt/inner.txt:1:1: ", " — "
    )


@pytest.mark.skipif(
    sys.platform == "win32" or __import__("os").geteuid() == 0, reason="root reads any folder"
)
def test_a_file_inside_an_unreadable_folder_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(" date 2025-12-19 Hi.", encoding="utf-8")
    locked.chmod(0)
    try:
        _one_line_error(
            run_hostile("summary", "locked/a.txt", cwd=tmp_path), "locked/a.txt:1:1: ", "permission"
        )
    finally:
        locked.chmod(0o700)


def test_a_utf16_file_is_named_with_how_to_convert(tmp_path):
    text = (ROOT / SEED).read_text(encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    err = _one_line_error(run_hostile("summary", "wide.txt", cwd=tmp_path), "wide.txt:1:1: ", "UTF-16")
    assert "binary" not in err and "UTF-8" in err


def _env(**changes: str | None) -> dict:
    import os

    env = {k: v for k, v in os.environ.items() if k not in changes}
    env.update({k: v for k, v in changes.items() if v is not None})
    return env


@pytest.mark.parametrize("args", [["quotes", SEED], ["summary", SEED]])
def test_an_ascii_terminal_gets_readable_output_not_a_crash(args):
    result = run_hostile(*args, env=_env(PYTHONIOENCODING="ascii"))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-800:]
    assert result.stderr == b""
    out = result.stdout.decode("ascii")  # every byte is ASCII
    assert "Winston Peters" in out or "2025-12-19 (Friday)" in out


@pytest.mark.parametrize("command", ["quotes", "summary"])
def test_json_on_an_ascii_terminal_is_the_same_data(command):
    ascii_out = run_hostile(command, SEED, "--json", env=_env(PYTHONIOENCODING="ascii"))
    utf8_out = run_hostile(command, SEED, "--json", env=_env(PYTHONIOENCODING="utf-8"))
    assert ascii_out.returncode == utf8_out.returncode == 0, ascii_out.stderr[-800:]
    assert json.loads(ascii_out.stdout.decode("ascii")) == json.loads(utf8_out.stdout.decode("utf-8"))


def test_an_error_on_an_ascii_terminal_is_one_readable_line():
    result = run_hostile("summary", "no/such/article.txt", env=_env(PYTHONIOENCODING="ascii"))
    err = result.stderr.decode("ascii")
    assert result.returncode == 2 and err.count("\n") == 1
    assert err.startswith("no/such/article.txt:1:1: no such file - check the path"), err


def test_an_unusable_home_adds_no_warning_to_stderr(tmp_path):
    home = tmp_path / "home-is-a-file"
    home.write_text("", encoding="utf-8")
    env = _env(HOME=str(home), MPLCONFIGDIR=None, XDG_CONFIG_HOME=None, XDG_CACHE_HOME=None)
    result = run_hostile("summary", SEED, env=env)
    assert result.returncode == 0
    assert result.stderr.decode("utf-8") == ""


def _passes_in_a_fresh_python(code: str) -> None:
    """Run ``code`` in a new interpreter (nothing imported yet) from the course folder; it must exit 0."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-500:]


def test_quotes_command_imports_neither_pandas_nor_matplotlib():
    # start-up: the command imports only what it needs (pandas and matplotlib cost most of a second)
    code = (
        "import runpy, sys;"
        f"sys.argv = ['helpers', 'quotes', {SEED!r}];"
        'exec(\'try:\\n runpy.run_module("helpers", run_name="__main__", alter_sys=True)\\nexcept SystemExit:\\n pass\');'
        "heavy = sorted(m for m in ('pandas', 'matplotlib', 'numpy') if m in sys.modules);"
        "assert not heavy, heavy"
    )
    _passes_in_a_fresh_python(code)


def test_import_helpers_is_light_and_every_public_name_still_loads():
    code = (
        "import sys, helpers;"
        "assert 'pandas' not in sys.modules and 'matplotlib' not in sys.modules;"
        "from helpers import extract_quotes, quotes_frame, acsa_timeline, check;"
        "assert all(getattr(helpers, n) is not None for n in helpers.__all__);"
        "assert set(helpers.__all__) <= set(dir(helpers))"
    )
    _passes_in_a_fresh_python(code)
