"""The class view as a JupyterHub managed service: its entry in ``c.JupyterHub.services`` and its role.

``hub/jupyterhub_config.py`` adds what :func:`service` returns. The
service's API token is made by the hub at start-up and kept in the hub's
database; its cookie secret is a file in the hub's state folder (0600),
made on first use: neither is in the repository.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from pathlib import Path

__all__ = ["COOKIE_SECRET", "NAME", "REFRESH_DEFAULT", "cookie_secret", "free_port", "refresh_seconds", "service"]

NAME = "class-view"
COOKIE_SECRET = "class-view-cookie-secret"
REFRESH_DEFAULT = 30
#: What the service may ask the hub: the users, when they were last active, whether their server runs.
SCOPES = ["list:users", "read:users:name", "read:users:activity", "read:servers"]


def refresh_seconds(value) -> int:
    """The page's refresh interval: 30 s by default, kept between 2 and 60 (2 only for the tests).

    >>> refresh_seconds("45"), refresh_seconds("x"), refresh_seconds("600"), refresh_seconds("1")
    (45, 30, 60, 2)
    """
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return REFRESH_DEFAULT
    return min(60, max(2, seconds))


def cookie_secret(state: Path) -> Path:
    """The service's cookie secret file in the hub's state folder, made (0600) when missing.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); f = cookie_secret(d)
    >>> oct(f.stat().st_mode & 0o777), len(f.read_text().strip()), cookie_secret(d).read_text() == f.read_text()
    ('0o600', 64, True)
    """
    path = Path(state) / COOKIE_SECRET
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32) + "\n")
    path.chmod(0o600)
    return path


def free_port() -> int:
    """A free port on 127.0.0.1 now (the service's, unless ``COURSE_HUB_CLASSVIEW_PORT`` gives one).

    >>> 1024 <= free_port() < 65536
    True
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def service(state: Path, roster: str, mode: str, repo: Path, port: int | None = None,
            refresh: int | str = REFRESH_DEFAULT, python: str = sys.executable) -> tuple[dict, dict]:
    """(the service's entry, its role) for ``c.JupyterHub.services`` and ``c.JupyterHub.load_roles``.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> entry, role = service(d, "r.csv", "simple", Path("/course"), port=8123)
    >>> entry["url"], entry["command"][1:], entry["oauth_no_confirm"], role["scopes"][0]
    ('http://127.0.0.1:8123', ['-m', 'coursekit.hub.classview.app'], True, 'list:users')
    """
    cookie_secret(state)
    entry = {
        "name": NAME,
        "display": True,  # in the hub's Services menu, for those who may open it (the teachers)
        "url": f"http://127.0.0.1:{port or free_port()}",
        "command": [python, "-m", "coursekit.hub.classview.app"],
        "cwd": str(repo),  # coursekit runs from the course folder
        "oauth_no_confirm": True,
        "environment": {
            "COURSE_HUB_STATE": str(state),
            "COURSE_HUB_ROSTER": str(roster),
            "COURSE_HUB_MODE": mode,
            "COURSE_HUB_CLASSVIEW_REFRESH": str(refresh_seconds(refresh)),
        },
    }
    return entry, {"name": NAME, "scopes": list(SCOPES), "services": [NAME]}
