"""The course as an installed wheel: ``pip install .`` (not editable) gives a package that works anywhere.

The wheel is built from a fresh copy of what it is made of (pyproject.toml,
README.md, LICENSE, LICENSE-CONTENT.md, helpers/, seeds/), offline, with this environment's
setuptools (``--no-build-isolation --no-index``), then installed with
``--no-deps`` into a new virtual environment. That environment gets its
dependencies (pandas, matplotlib, cartopy, ...) from this one's site-packages
through a ``.pth`` file, so the test downloads nothing and takes seconds; a
``.pth`` adds a folder to ``sys.path`` without running the ``.pth`` files in
it, so this environment's editable install of the course is not seen. The
lowest and newest versions of the dependencies themselves are installed from
PyPI by ``make test-min`` and ``make test-newest``.

Everything then runs from a folder outside the course, in isolated mode
(``python -I``: no current folder, no PYTHONPATH), and checks that what it
imported lies inside the new environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: What the wheel is built from: nothing else of the course is needed, or shipped.
BUILT_FROM = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-CONTENT.md", "helpers", "seeds",
              "notebooks/__init__.py", "notebooks/course.toml")


def _run(args, cwd, timeout=300):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COURSE_", "PIP_NO"))}
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in BUILT_FROM:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         str(source), "-w", str(out)],
        cwd=source,
    )  # fmt: skip
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], cwd=env_dir.parent)
    python = env_dir / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
         str(wheel)],
        cwd=env_dir.parent,
    )  # fmt: skip
    site = Path(_run([str(python), "-I", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=env_dir.parent).strip())  # fmt: skip
    here = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "course_test_dependencies.pth").write_text("\n".join(here) + "\n", encoding="utf-8")
    return python


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory) -> Path:
    """A folder outside the course (and outside the new environment) to run commands in."""
    return tmp_path_factory.mktemp("elsewhere")


def test_the_wheel_carries_the_articles_and_the_data_and_nothing_of_the_tests(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds and {f"helpers/seeds/{name}" for name in seeds} <= names
    data = [p.relative_to(ROOT).as_posix() for p in (ROOT / "helpers" / "data").rglob("*") if p.is_file()]
    missing = sorted(set(data) - names)
    assert not missing, f"the wheel lacks {missing}: add them to package-data in pyproject.toml"
    assert "helpers/questions/nb05.py" in names
    assert not [n for n in names if n.startswith(("tests/", "seeds/", "notebooks/"))]


def test_the_wheel_carries_the_course_manifest_and_no_notebook(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "helpers/notebooks/course.toml" in names, "helpers.course reads it in an installed course"
    assert not [n for n in names if n.endswith(".ipynb")], "the notebooks are copied by a workspace, not shipped"


def test_the_wheel_holds_the_learners_library_and_none_of_the_tooling(wheel):
    """A learner's environment gets helpers only: coursekit (build, site, hub, grading) never ships."""
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"helpers"}


@pytest.fixture(scope="module")
def installed(venv_python, elsewhere) -> dict:
    """What the installed package says about itself: one run of ``import helpers`` and ``load_seeds()``."""
    code = (
        "import json, helpers, helpers.resources as r; arts = helpers.load_seeds(); "
        "print(json.dumps({'helpers': helpers.__file__, 'seeds': [str(p) for p in r.seed_paths()], "
        "'sources': [a.source for a in arts], 'dates': [a.date.isoformat() for a in arts], "
        "'fictional': str(r.data_file('articles/fict-02-pronouns-continuation.txt')), "
        "'check_5_5': helpers.check('5.5', 'Tala Ioane').correct, "
        "'manifest': str(__import__('helpers.course').course.manifest_path()), "
        "'lessons': [x.stem for x in __import__('helpers.course').course.course().lessons]}))"
    )
    return json.loads(_run([str(venv_python), "-I", "-c", code], cwd=elsewhere))


def test_import_and_load_seeds_from_the_installed_wheel(installed, venv_python):
    env_dir = venv_python.parent.parent
    for path in [installed["helpers"], *installed["seeds"], installed["fictional"]]:
        assert Path(path).is_relative_to(env_dir), f"{path} is not from the installed wheel"
    assert installed["sources"][0] == "seeds/000_12fca90ebed3288f.txt"
    assert installed["dates"][0] == "2025-12-19"


def test_the_installed_course_reads_its_manifest(installed, venv_python):
    assert Path(installed["manifest"]).is_relative_to(venv_python.parent.parent), "not the installed manifest"
    assert installed["lessons"][:2] == ["00-start-here", "01-the-article-as-data"]


def test_the_answer_keys_work_without_the_tests_folder(installed):
    assert installed["check_5_5"] is True  # 5.5 reads the fictional article, now package data


def test_python_m_helpers_summary_and_quotes_run_on_a_shipped_seed(installed, venv_python, elsewhere):
    seed = installed["seeds"][0]
    summary = _run([str(venv_python), "-I", "-m", "helpers", "summary", seed], cwd=elsewhere)
    assert "2025-12-19" in summary and "Judith Collins" in summary
    quotes = json.loads(
        _run([str(venv_python), "-I", "-m", "helpers", "quotes", seed, "--json"], cwd=elsewhere)
    )
    assert any(q["speaker"] == "Judith Collins" for q in quotes)
