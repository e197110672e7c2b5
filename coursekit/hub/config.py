"""JupyterHub's configuration for a class on one machine, as a function of the settings.

``hub/jupyterhub_config.py`` is three lines: it calls :func:`apply_config`
with ``get_config()`` and :func:`coursekit.hub.settings.load_settings`. The
steps are small and each sets one part (where the hub listens, who may log
in, each learner's server, the services), so a test reads the result from a
plain ``traitlets`` ``Config`` without starting a hub. Every default is the
safe one: loopback only, a password for everyone, learners are not admins,
each learner's server runs as that learner (when the hub runs as root).

>>> from traitlets.config import Config
>>> from coursekit.hub.settings import Settings
>>> c = Config(); network(c, Settings(port=8100))
>>> c.JupyterHub.bind_url, c.JupyterHub.hub_port, c.ConfigurableHTTPProxy.api_url
('http://127.0.0.1:8100/', 8102, 'http://127.0.0.1:8101')
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from coursekit.hub.accounts import account_problem
from coursekit.hub.classview.config import service as class_view
from coursekit.hub.passwords import DBM, missing_teachers
from coursekit.hub.roster import Roster, read_roster
from coursekit.hub.settings import Settings
from coursekit.paths import HUB_DIR, REPO

__all__ = [
    "LOGIN_ANNOUNCEMENT", "apply_config", "course_first_notebook", "login", "network", "refusals", "server_args", "services", "spawner",
]

LOGIN_ANNOUNCEMENT = (
    "<strong>First login:</strong> the first password typed for a name becomes that name's password "
    "(at least 8 characters). Use your own username only. Teachers' passwords are set before the class."
)


def refusals(s: Settings, roster: Roster) -> list[str]:
    """Why the hub must not start: a teacher without a password, a roster name that is another account.

    >>> import tempfile; from pathlib import Path; from coursekit.hub.roster import parse_roster
    >>> r = parse_roster("username,role,name\\nt-kim,teacher,\\n")
    >>> refusals(Settings(state=Path(tempfile.mkdtemp())), r)[0][:40]
    't-kim: no password yet. Set the teachers'
    """
    teachers = missing_teachers(roster, s.state)
    if teachers:
        return [
            f"{', '.join(teachers)}: no password yet. Set the teachers' passwords before the class "
            f"(make teacher-passwords CLASS={s.roster}), so that no learner can claim a teacher's name."
        ]
    if s.mode != "system":
        return []
    problems = (account_problem(n, s.state) for n in roster.learners + roster.teachers)
    return [f"{s.roster}: {p}" for p in problems if p]


def network(c: Any, s: Settings) -> None:
    """Where the hub and its proxy listen (https with a certificate), and the hub's own files.

    >>> from traitlets.config import Config
    >>> c = Config(); network(c, Settings(ip="0.0.0.0", port=443, ssl_cert="c.pem", ssl_key="k.pem"))
    >>> c.JupyterHub.bind_url, c.JupyterHub.ssl_key, c.JupyterHub.hub_ip
    ('https://0.0.0.0:443/', 'k.pem', '127.0.0.1')
    """
    scheme = "https" if s.ssl_cert else "http"
    c.JupyterHub.bind_url = f"{scheme}://{s.ip}:{s.port}/"
    if scheme == "https":
        c.JupyterHub.ssl_cert = s.ssl_cert
        c.JupyterHub.ssl_key = s.ssl_key
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = s.port + 2
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{s.port + 1}"
    c.ConfigurableHTTPProxy.command = [str(HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy")]
    c.ConfigurableHTTPProxy.pid_file = str(s.state / "proxy.pid")
    c.JupyterHub.cookie_secret_file = str(s.state / "cookie-secret")
    c.JupyterHub.db_url = f"sqlite:///{s.state / 'jupyterhub.sqlite'}"
    c.JupyterHub.pid_file = str(s.state / "jupyterhub.pid")
    c.JupyterHub.cleanup_servers = True  # stopping the hub stops every learner's server


def login(c: Any, s: Settings, roster: Roster) -> None:
    """First-use passwords (bcrypt-hashed in the state folder), only for the roster's names; teachers are admins.

    >>> from traitlets.config import Config; from coursekit.hub.roster import parse_roster
    >>> c = Config(); login(c, Settings(), parse_roster("username,role,name\\nt-kim,teacher,\\nben,learner,\\n"))
    >>> sorted(c.Authenticator.allowed_users), c.Authenticator.admin_users, c.FirstUseAuthenticator.create_users
    (['ben', 't-kim'], {'t-kim'}, False)
    """
    c.JupyterHub.authenticator_class = "coursekit.hub.login.CourseAuthenticator"
    c.CourseAuthenticator.course_state = str(s.state)
    c.CourseAuthenticator.course_mode = s.mode
    c.FirstUseAuthenticator.dbm_path = str(s.state / DBM)
    c.FirstUseAuthenticator.create_users = False
    c.FirstUseAuthenticator.min_password_length = s.min_password
    c.Authenticator.allowed_users = set(roster.learners) | set(roster.teachers)
    c.Authenticator.admin_users = set(roster.teachers)
    c.JupyterHub.template_vars = {"announcement_login": LOGIN_ANNOUNCEMENT}


def server_args(s: Settings) -> list[str]:
    """A learner's JupyterLab options, the same on one machine and on Kubernetes.

    As ``make lab``, no terminals: the notebooks need no shell. A kernel that
    has run nothing for ``kernel_cull`` seconds is shut down, even with its
    notebook open (each holds 100-200 MiB); the notebook stays saved.

    >>> server_args(Settings(kernel_cull=60))[1]
    '--MappingKernelManager.cull_idle_timeout=60'
    """
    return [
        "--ServerApp.terminals_enabled=False",
        f"--MappingKernelManager.cull_idle_timeout={s.kernel_cull}",
        "--MappingKernelManager.cull_interval=60",
        "--MappingKernelManager.cull_connected=True",
    ]


def _learner_umask() -> int:
    """The hub's own umask, with group and others never allowed to write (read once, as the hub's config loads)."""
    current = os.umask(0o022)
    os.umask(current)
    return current | 0o022


def spawner(c: Any, s: Settings, first_notebook: str, editions: dict[str, str] | None = None) -> None:
    """Each learner's server: as the learner (system) or as the hub's user (simple), never with the hub's terminal.

    ``editions``: the roster's username → lang (:meth:`Roster.editions`); others get ``s.edition_lang``.

    >>> from traitlets.config import Config
    >>> c = Config(); spawner(c, Settings(mode="system", start_timeout=240), "00-start-here.ipynb")
    >>> c.JupyterHub.spawner_class, c.Spawner.http_timeout, c.Spawner.default_url
    ('jupyterhub.spawner.LocalProcessSpawner', 240, '/lab/tree/00-start-here.ipynb')
    >>> oct(c.LocalProcessSpawner.popen_kwargs["umask"] & 0o022)
    '0o22'
    """
    from coursekit.hub.spawning import pre_spawn_hook

    if s.mode == "system":
        c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
    else:  # one-teacher demo without root: every server runs as the hub's user
        c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
        c.SimpleLocalProcessSpawner.home_dir_template = str(s.state / "homes" / "{username}")
    # Run from a terminal, the hub's standard streams are the teacher's terminal, which a learner's
    # kernel could read keystrokes from (/proc/<server>/fd/0) or write escape sequences to (fd/1).
    # A hub started with umask 0 would give a learner's kernel socket files any account may write, so connect
    # to, once the learner opens their home (chmod 755 to share a notebook): never more than umask 022.
    c.LocalProcessSpawner.popen_kwargs = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                                          "stderr": subprocess.DEVNULL, "umask": _learner_umask()}
    c.Spawner.cmd = [str(s.learner_bin / "jupyterhub-singleuser")]
    c.Spawner.notebook_dir = f"~/{s.workspace}"
    c.Spawner.default_url = f"/lab/tree/{first_notebook}"
    c.Spawner.disable_user_config = True
    c.Spawner.args = server_args(s)
    c.Spawner.start_timeout = s.start_timeout
    c.Spawner.http_timeout = s.start_timeout
    c.JupyterHub.concurrent_spawn_limit = s.spawn_limit
    c.JupyterHub.active_server_limit = s.server_limit
    c.Spawner.pre_spawn_hook = pre_spawn_hook(s, editions)


def services(c: Any, s: Settings) -> None:
    """The idle culler, the class view, and the course-admin service when a token is given (the teacher's tools, the load test).

    >>> import tempfile; from pathlib import Path; from traitlets.config import Config
    >>> c = Config(); services(c, Settings(service_token="t", state=Path(tempfile.mkdtemp())))
    >>> [x["name"] for x in c.JupyterHub.services], [r["name"] for r in c.JupyterHub.load_roles]
    (['idle-culler', 'course-admin', 'class-view'], ['idle-culler', 'course-admin', 'class-view'])
    """
    roles = [{"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
              "services": ["idle-culler"]}]
    found = [{"name": "idle-culler",
              "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={s.cull_timeout}"]}]
    if s.service_token:
        found.append({"name": "course-admin", "api_token": s.service_token})
        roles.append({"name": "course-admin", "services": ["course-admin"],
                      "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"]})
    # the class view: the teachers' live page (coursekit/hub/classview/)
    view, view_role = class_view(s.state, str(s.roster), s.mode, REPO, s.classview_port or None, s.classview_refresh)
    found.append(view)
    roles.append(view_role)
    c.JupyterHub.services = found
    c.JupyterHub.load_roles = roles


def course_first_notebook() -> str:
    """The notebook a learner's server opens first: the first of the course's manifest.

    >>> course_first_notebook()
    '00-start-here.ipynb'
    """
    from helpers.course import course

    return course().lessons[0].filename


def apply_config(c: Any, s: Settings, roster: Roster | None = None, first_notebook: str | None = None) -> None:
    """Write the whole hub configuration into ``c``; raise SystemExit when the hub must not start.

    ``roster`` defaults to ``s.roster`` read; ``first_notebook`` to the course's first (its manifest).

    >>> import tempfile; from pathlib import Path; from traitlets.config import Config
    >>> apply_config(Config(), Settings(state=Path(tempfile.mkdtemp())))
    Traceback (most recent call last):
    ...
    SystemExit: t-kim: no password yet. Set the teachers' passwords before the class ...
    """
    roster = read_roster(s.roster) if roster is None else roster
    problems = refusals(s, roster)
    if problems:
        raise SystemExit("\n".join(problems))
    if first_notebook is None:
        first_notebook = course_first_notebook()
    network(c, s)
    c.ConfigurableHTTPProxy.auth_token = (s.state / "proxy-token").read_text().strip()
    login(c, s, roster)
    spawner(c, s, first_notebook, roster.editions())
    services(c, s)
