"""The project's set-up files agree with each other."""

import re
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;:]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_runtime_packages_of_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {_name(r) for r in pyproject["project"]["dependencies"]}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    deps = env.split("dependencies:", 1)[1]
    conda = {_name(line.strip()[2:]) for line in deps.splitlines() if re.match(r"\s{2}- [a-z]", line)}
    assert runtime <= conda, f"environment.yml lacks {sorted(runtime - conda)}"
    assert conda - {"python", "pip"} == runtime, (
        f"environment.yml has extra {sorted(conda - runtime - {'python', 'pip'})}"
    )
    assert "- -e ." in env, "conda and Binder users need the course package itself"


def test_python_floor_is_the_same_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.10"
    assert "(3, 10)" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_the_readme_shows_the_two_commands_on_its_first_screen():
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:30])
    assert "make lab" in first_screen and "make test" in first_screen


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_lab_stays_on_localhost_with_its_token():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--ServerApp.ip=127.0.0.1" in makefile
    assert "token=''" not in makefile and 'token=""' not in makefile
    assert "disable_check_xsrf" not in makefile


def test_seed_is_the_article_as_given():
    shared = ROOT.parent / "shared" / "seeds" / "000_12fca90ebed3288f.txt"
    mine = ROOT / "seeds" / "000_12fca90ebed3288f.txt"
    assert mine.read_bytes()[:17] == b" date 2025-12-19 "
    if shared.exists():
        assert mine.read_bytes() == shared.read_bytes()
