"""JupyterHub configuration for a class on one machine (``make hub CLASS=roster.csv``).

Read by ``jupyterhub -f hub/jupyterhub_config.py``; ``coursekit/hub/serve.py`` starts it
and sets the ``COURSE_HUB_*`` variables below. Every default is the safe one:
loopback only, a password for everyone, learners are not admins, each
learner's server runs as that learner (when the hub runs as root).
"""

import asyncio
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from firstuseauthenticator import FirstUseAuthenticator  # noqa: E402

from coursekit.hub.accounts import AccountError, account_problem, ensure_workspace, place_for  # noqa: E402
from coursekit.hub.passwords import DBM, missing_teachers  # noqa: E402
from coursekit.hub.roster import read_roster  # noqa: E402

c = get_config()  # noqa: F821  (provided by JupyterHub when it reads this file)

env = os.environ.get
STATE = Path(env("COURSE_HUB_STATE", HERE / ".state")).resolve()
MODE = env("COURSE_HUB_MODE", "system" if os.geteuid() == 0 else "simple")
LEARNER_BIN = Path(env("COURSE_HUB_LEARNER_BIN", Path(sys.executable).parent))
IP = env("COURSE_HUB_IP", "127.0.0.1")
PORT = int(env("COURSE_HUB_PORT", "8000"))
ROSTER = env("COURSE_HUB_ROSTER", str(HERE / "roster.example.csv"))
roster = read_roster(ROSTER)

# --- refuse to start on a roster that would hand a learner someone else's account
_teachers = missing_teachers(roster, STATE)
if _teachers:
    raise SystemExit(
        f"{', '.join(_teachers)}: no password yet. Set the teachers' passwords before the class "
        f"(make teacher-passwords CLASS={ROSTER}), so that no learner can claim a teacher's name."
    )
_problems = [p for p in (account_problem(n, STATE) for n in roster.learners + roster.teachers) if p] \
    if MODE == "system" else []
if _problems:
    raise SystemExit(f"{ROSTER}: " + f"\n{ROSTER}: ".join(_problems))

# --- where the hub listens, and its own files ------------------------------
scheme = "https" if env("COURSE_HUB_SSL_CERT") else "http"
c.JupyterHub.bind_url = f"{scheme}://{IP}:{PORT}/"
if scheme == "https":
    c.JupyterHub.ssl_cert = env("COURSE_HUB_SSL_CERT")
    c.JupyterHub.ssl_key = env("COURSE_HUB_SSL_KEY")
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = PORT + 2
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PORT + 1}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]
c.ConfigurableHTTPProxy.auth_token = (STATE / "proxy-token").read_text().strip()
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")
c.JupyterHub.cookie_secret_file = str(STATE / "cookie-secret")
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every learner's server

# --- who may log in --------------------------------------------------------
# Per-learner passwords chosen at first login (stored bcrypt-hashed in the
# state folder); only the roster's names, never a new account from the form.


class CourseAuthenticator(FirstUseAuthenticator):
    """First-use passwords; a name that is someone else's account on this machine cannot be added."""

    def add_user(self, user):
        problem = account_problem(user.name, STATE) if MODE == "system" else None
        if problem:
            raise ValueError(problem)
        return super().add_user(user)


c.JupyterHub.authenticator_class = CourseAuthenticator
c.FirstUseAuthenticator.dbm_path = str(STATE / DBM)
c.FirstUseAuthenticator.create_users = False
c.FirstUseAuthenticator.min_password_length = 8
c.Authenticator.allowed_users = set(roster.learners) | set(roster.teachers)
c.Authenticator.admin_users = set(roster.teachers)
c.JupyterHub.template_vars = {
    "announcement_login": (
        "<strong>First login:</strong> the first password typed for a name becomes that name's password "
        "(at least 8 characters). Use your own username only. Teachers' passwords are set before the class."
    ),
}

# --- each learner's server -------------------------------------------------
if MODE == "system":
    c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
else:  # one-teacher demo without root: every server runs as the hub's user
    c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
    c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "homes" / "{username}")
# A learner's server (and so their kernels) never gets the hub's standard input, output or error:
# run from a terminal, those are the teacher's terminal, which a learner's kernel could read
# keystrokes from (/proc/<server>/fd/0) or write escape sequences to (fd/1). Its output is
# dropped; with COURSE_HUB_SERVER_LOGS=1 it goes to STATE/server-logs/NAME.log instead (root's
# only, for finding why one server does not start; a learner can fill that file, so not by default).
c.LocalProcessSpawner.popen_kwargs = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                                      "stderr": subprocess.DEVNULL}
SERVER_LOGS = env("COURSE_HUB_SERVER_LOGS", "") == "1"
_LOG_FDS: dict[str, int] = {}  # one append-only descriptor per learner, opened once by the hub


def _server_log(name: str) -> int:
    if name not in _LOG_FDS:
        folder = STATE / "server-logs"
        folder.mkdir(mode=0o700, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC
        _LOG_FDS[name] = os.open(folder / f"{name}.log", flags, 0o600)
    return _LOG_FDS[name]
c.Spawner.cmd = [str(LEARNER_BIN / "jupyterhub-singleuser")]
c.Spawner.notebook_dir = "~/workspace"
c.Spawner.default_url = "/lab/tree/00-start-here.ipynb"
c.Spawner.disable_user_config = True
# As `make lab`, no terminals: the notebooks need no shell. A kernel that has run
# nothing for COURSE_HUB_KERNEL_CULL seconds (default 20 minutes) is shut down,
# even with its notebook open (each kernel holds 100-200 MiB); the notebook stays
# saved, and the learner runs the setup cell again when they come back.
KERNEL_CULL = int(env("COURSE_HUB_KERNEL_CULL", "1200"))
c.Spawner.args = [
    "--ServerApp.terminals_enabled=False",
    f"--MappingKernelManager.cull_idle_timeout={KERNEL_CULL}",
    "--MappingKernelManager.cull_interval=60",
    "--MappingKernelManager.cull_connected=True",
]
c.Spawner.start_timeout = int(env("COURSE_HUB_START_TIMEOUT", "180"))  # default 60 s: too short for 20 at once
c.Spawner.http_timeout = int(env("COURSE_HUB_START_TIMEOUT", "180"))  # default 30 s
c.JupyterHub.concurrent_spawn_limit = int(env("COURSE_HUB_SPAWN_LIMIT", "40"))
c.JupyterHub.active_server_limit = int(env("COURSE_HUB_SERVER_LIMIT", "0"))


def _make_place(name, log):
    place = place_for(name, MODE, STATE)
    try:
        return place, ensure_workspace(place, str(LEARNER_BIN / "python"))
    except AccountError as err:  # a workspace the learner broke: start the server anyway
        if not place.workspace.is_dir():
            raise
        log.warning("course: %s", err)
        return place, False


async def _prepare(spawner):
    """Before a server starts: the learner's account (root only) and workspace, made as the learner.

    In a thread: useradd and the workspace copy take seconds, and the hub's
    event loop must keep serving the rest of the class meanwhile.
    """
    loop = asyncio.get_running_loop()
    place, created = await loop.run_in_executor(None, _make_place, spawner.user.name, spawner.log)
    if created:
        spawner.log.info("course: created the workspace of %s in %s", spawner.user.name, place.workspace)
    spawner.environment = {**spawner.environment, "COURSE_WORKSPACE": str(place.workspace)}
    if SERVER_LOGS:
        log = _server_log(spawner.user.name)
        spawner.popen_kwargs = {**spawner.popen_kwargs, "stdout": log, "stderr": log}
    if MODE == "simple":
        spawner.notebook_dir = str(place.workspace)


c.Spawner.pre_spawn_hook = _prepare

# --- services --------------------------------------------------------------
roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]
services = [
    {
        "name": "idle-culler",
        "command": [
            sys.executable, "-m", "jupyterhub_idle_culler",
            f"--timeout={int(env('COURSE_HUB_CULL_TIMEOUT', '3600'))}",
        ],
    }
]
if env("COURSE_HUB_SERVICE_TOKEN"):  # the teacher's tools and the load test use it
    services.append({"name": "course-admin", "api_token": env("COURSE_HUB_SERVICE_TOKEN")})
    roles.append({
        "name": "course-admin",
        "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"],
        "services": ["course-admin"],
    })
c.JupyterHub.services = services
c.JupyterHub.load_roles = roles
