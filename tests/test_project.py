"""The project's set-up files agree with each other."""

import re
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;:]", requirement.strip(), maxsplit=1)[0].lower()


def _on_python_311(requirement: str) -> bool:
    """Whether a requirement applies to the Python 3.11 that environment.yml installs (tomli does not)."""
    from packaging.requirements import Requirement

    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate({"python_version": "3.11", "python_full_version": "3.11.0"})


def test_environment_yml_lists_the_runtime_packages_of_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {_name(r) for r in pyproject["project"]["dependencies"] if _on_python_311(r)}
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


# --- the package and its versions ---------------------------------------------


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_of_helpers_is_listed_for_the_wheel():
    setuptools = _pyproject()["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "helpers").rglob("__init__.py")}
    data = ROOT / "helpers" / "data"  # data-only folders, listed so setuptools ships them without warnings
    on_disk |= {".".join(p.relative_to(ROOT).parts) for p in [data, *data.iterdir()] if p.is_dir()}
    locale = ROOT / "helpers" / "locale"  # the translations' catalogues, data only too
    on_disk |= {".".join(p.relative_to(ROOT).parts) for p in [locale, *locale.rglob("*")] if p.is_dir()}
    missing = sorted(on_disk - listed)
    assert not missing, (
        f"add {missing} to [tool.setuptools] packages in pyproject.toml, or the wheel leaves them out"
    )
    assert setuptools["package-dir"] == {"helpers.seeds": "seeds", "helpers.notebooks": "notebooks"}
    assert (ROOT / "seeds" / "__init__.py").is_file(), "seeds/ must stay importable as helpers.seeds"
    assert (ROOT / "notebooks" / "__init__.py").is_file(), "notebooks/ must stay importable as helpers.notebooks"
    stale = sorted(listed - on_disk - set(setuptools["package-dir"]))
    assert not stale, f"pyproject.toml lists packages that do not exist: {stale}"


def test_the_packaged_fictional_article_is_the_golden_one():
    shipped = sorted((ROOT / "helpers" / "data" / "articles").glob("*.txt"))
    assert shipped, "helpers/data/articles/ holds the fictional article that notebook 05's answer key reads"
    for path in shipped:
        golden = ROOT / "tests" / "articles" / path.name
        assert path.read_bytes() == golden.read_bytes(), (
            f"{path.name}: change helpers/data/articles/ and tests/articles/ together"
        )


def test_no_sys_path_insert_in_tests_tools_or_benchmarks():
    needles = ("sys.path." + "insert", "sys.path." + "append")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("tests", "coursekit", "benchmarks", "ci")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(needle in line for needle in needles)
    ]
    assert not found, f"import the installed package (or use pytest's pythonpath) instead: {found}"


def _lowest():
    from coursekit import lowest

    return lowest


def test_test_min_pins_every_runtime_dependency_at_its_lower_bound(tmp_path):
    runtime = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    floors = _lowest().floors()
    assert set(floors) == runtime
    assert floors["pandas"] == "2.1" and floors["jupyterlab"] == "4.0"
    unbounded = tmp_path / "pyproject.toml"
    unbounded.write_text('[project]\ndependencies = ["pandas>=2.1", "matplotlib"]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="'matplotlib' has no lower bound"):
        _lowest().floors(unbounded)


def test_ci_runs_the_lowest_and_the_newest_versions():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test-min\b", ci, re.M) and re.search(r"^make test-newest\b", ci, re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "ci/find-python.sh 3.10" in makefile and ".pyenv/versions" not in makefile  # found, not hard-coded


def test_citation_and_licences_stay_in_step_with_pyproject():
    yaml = pytest.importorskip("yaml")
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = _pyproject()["project"]
    assert citation["version"] == project["version"], "CITATION.cff: give the version pyproject.toml has"
    assert set(citation["license"]) == set(project["license"].split(" AND ")), (
        "CITATION.cff and pyproject.toml name different licences")
    assert all((ROOT / f).is_file() for f in project["license-files"])


def test_make_help_lists_every_command_the_docs_name():
    """`make help` is made from the Makefile's "##" notes: a command the docs tell people to type must have one."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([a-z][a-z-]*):.*## ", makefile, flags=re.M))
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.M))
    texts = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    named = {m for p in texts for m in re.findall(r"`make ([a-z][a-z-]*)", p.read_text(encoding="utf-8"))}
    missing = sorted((named & targets) - documented)
    assert not missing, f"give these Makefile targets a '## what it does' note, for make help: {missing}"
    assert {"lab", "test"} <= documented
