"""Where the course's folders are: the one place the tooling finds them.

The tooling runs from a checkout of the course (``python -m coursekit``), so
every folder is found from this package's own place in it.

>>> (REPO / "notebooks" / "course.toml").is_file()
True
>>> HUB_DIR.name, SITE_DIR.name
('hub', 'site')
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HUB_DIR", "HUB_STATE", "NOTEBOOKS", "REPO", "SITE_DIR"]

#: The course checkout (the folder with pyproject.toml).
REPO = Path(__file__).resolve().parent.parent
#: The notebooks, their sources and notebooks/course.toml.
NOTEBOOKS = REPO / "notebooks"
#: The hub's deployment folder: jupyterhub_config.py, learner-env.sh, the proxy's npm package, k8s/.
HUB_DIR = REPO / "hub"
#: The hub's own files (database, cookie secret, passwords, accounts made); git ignores it.
HUB_STATE = HUB_DIR / ".state"
#: The website's Sphinx configuration, templates and static files.
SITE_DIR = REPO / "site"
