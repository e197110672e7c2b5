"""Let ``pytest`` run the same from any folder (``cd / && pytest path/to/course``).

The paths in ``addopts`` (the nbval sanitize file, ``--ignore=notebooks/src``)
are written relative to this folder, but pytest reads them relative to the
folder it was started in. These hooks, loaded for any test path inside the
course, point each such path at this folder when it is not found where
pytest was started, and make ``pytest path/to/course`` collect the
``testpaths`` of pyproject.toml, as ``pytest`` started in this folder does.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
#: The build outputs (pyproject.toml's norecursedirs leaves out pytest's "build", for tests/coursekit/build).
collect_ignore = ["build"]


def _from_root(value: str, started_in: Path) -> str:
    path = Path(value)
    if path.is_absolute() or (started_in / path).exists() or not (ROOT / path).exists():
        return value
    return str(ROOT / path)


def pytest_configure(config) -> None:
    started_in = Path(config.invocation_params.dir)
    for option in ("nbval_sanitize_with", "sanitize_with"):
        value = getattr(config.option, option, None)
        if isinstance(value, str) and value:
            setattr(config.option, option, _from_root(value, started_in))
    ignored = getattr(config.option, "ignore", None)
    if ignored:
        config.option.ignore = [_from_root(value, started_in) for value in ignored]


def pytest_ignore_collect(collection_path, config):
    """Given the course folder itself, collect only its ``testpaths`` (not hub/, not this file).

    At any depth: ``coursekit/site/sphinxext.py`` (which needs the site extra) is not collected
    because ``coursekit/site/alt.py`` is.
    """
    path = Path(collection_path)
    if path == ROOT or not path.is_relative_to(ROOT):
        return None
    given = {Path(arg.split("::")[0]).resolve() for arg in config.args}
    if ROOT not in given or path in given:
        return None
    wanted = {(ROOT / name).resolve() for name in config.getini("testpaths")}
    here = path.resolve()
    return None if any(w == here or w.is_relative_to(here) or here.is_relative_to(w) for w in wanted) else True
