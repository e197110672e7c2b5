"""The class hub's settings: one table of defaults, each with the environment variable that overrides it.

Both configurations of the hub are functions of these settings, in the
shape of The Littlest JupyterHub's ``apply_config``:
:func:`coursekit.hub.config.apply_config` writes JupyterHub's configuration
for a class on one machine (``hub/jupyterhub_config.py`` only calls it) and
:func:`coursekit.hub.k8s.values` renders the Zero to JupyterHub values
(``hub/k8s/values.yaml``, written by ``python -m coursekit k8s-values``).
A setting added here, and used by both, reaches both.

"System or simple" is decided here once (:func:`hub_mode`): the hub, the
teacher's tools and the load test all ask.

>>> s = load_settings({"COURSE_HUB_PORT": "8100", "COURSE_HUB_MODE": "simple"})
>>> s.port, s.mode, s.kernel_cull, s.spawn_limit
(8100, 'simple', 1200, 40)
>>> load_settings({"COURSE_HUB_PORT": "eighty"})
Traceback (most recent call last):
...
coursekit.hub.settings.SettingsError: COURSE_HUB_PORT='eighty': port should be a whole number — give one, such as COURSE_HUB_PORT=8000
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from coursekit.hub.ports import PortsError, parse_range
from coursekit.paths import HUB_DIR, HUB_STATE

__all__ = ["MODES", "Mode", "Settings", "SettingsError", "describe", "hub_mode", "load_settings"]

Mode = Literal["system", "simple"]
#: ``system``: the hub runs as root and each learner gets a system account; ``simple``: the
#: one-teacher demo without root, every server runs as the hub's user.
MODES: tuple[Mode, ...] = ("system", "simple")


class SettingsError(ValueError):
    """An environment variable the hub cannot use; the message names it and what to give.

    >>> str(SettingsError("COURSE_HUB_MODE='x': not a mode — give system or simple"))[:20]
    "COURSE_HUB_MODE='x':"
    """


def hub_mode(environ: Mapping[str, str] | None = None) -> Mode:
    """``system`` when this process is root, else ``simple``; ``COURSE_HUB_MODE`` overrides it.

    >>> hub_mode({"COURSE_HUB_MODE": "simple"})
    'simple'
    >>> hub_mode({}) == ("system" if os.geteuid() == 0 else "simple")
    True
    """
    env = os.environ if environ is None else environ
    mode = env.get("COURSE_HUB_MODE") or ("system" if os.geteuid() == 0 else "simple")
    if mode not in MODES:
        raise SettingsError(f"COURSE_HUB_MODE={mode!r}: not a mode — give system or simple")
    return mode


def _doc(env: str, doc: str) -> dict[str, str]:
    """A setting's notes: the environment variable that overrides it ('' for none) and what it is for."""
    return {"env": env, "doc": doc}


@dataclass(frozen=True)
class Settings:
    """Every setting of the class hub. One line each: its default, its variable, what it does.

    A setting with an empty variable name is fixed here (change the default).

    >>> Settings().start_timeout, Settings().k8s_start_timeout
    (180, 300)
    """

    mode: Mode = field(
        default="simple",
        metadata=_doc("COURSE_HUB_MODE", "system (root: real accounts) or simple (the one-teacher demo)"),
    )
    state: Path = field(
        default=HUB_STATE,
        metadata=_doc("COURSE_HUB_STATE", "the hub's own files: database, secrets, passwords"),
    )
    roster: Path = field(
        default=HUB_DIR / "roster.example.csv",
        metadata=_doc("COURSE_HUB_ROSTER", "the class roster (username,role,name)"),
    )
    learner_bin: Path = field(
        default_factory=lambda: Path(sys.executable).parent,
        metadata=_doc("COURSE_HUB_LEARNER_BIN", "bin/ of the learners' environment"),
    )
    ip: str = field(default="127.0.0.1", metadata=_doc("COURSE_HUB_IP", "the address the hub listens on"))
    port: int = field(
        default=8000,
        metadata=_doc("COURSE_HUB_PORT", "its port (the proxy's API uses port+1, the hub port+2)"),
    )
    ssl_cert: str = field(
        default="", metadata=_doc("COURSE_HUB_SSL_CERT", "TLS certificate (with ssl_key: https)")
    )
    ssl_key: str = field(default="", metadata=_doc("COURSE_HUB_SSL_KEY", "TLS key"))
    min_password: int = field(default=8, metadata=_doc("", "the shortest password accepted at first login"))
    start_timeout: int = field(
        default=180,
        metadata=_doc(
            "COURSE_HUB_START_TIMEOUT",
            "seconds a learner's server may take to start (JupyterHub's 60 and 30 fail "
            "when a whole class logs in on a small machine)",
        ),
    )
    k8s_start_timeout: int = field(
        default=300, metadata=_doc("", "the same on Kubernetes, where a new node first pulls the image")
    )
    spawn_limit: int = field(default=40, metadata=_doc("COURSE_HUB_SPAWN_LIMIT", "servers starting at once"))
    server_limit: int = field(
        default=0, metadata=_doc("COURSE_HUB_SERVER_LIMIT", "servers running at once (0: no limit)")
    )
    kernel_cull: int = field(
        default=1200,
        metadata=_doc(
            "COURSE_HUB_KERNEL_CULL",
            "seconds before a kernel that ran nothing is shut down, its notebook open or not",
        ),
    )
    cull_timeout: int = field(
        default=3600, metadata=_doc("COURSE_HUB_CULL_TIMEOUT", "seconds before an idle server is stopped")
    )
    server_ports: str = field(
        default="20000-29999",
        metadata=_doc(
            "COURSE_HUB_SERVER_PORTS",
            "the ports learners' servers listen on, below the system's ephemeral range that kernels' ports "
            "come from (a random port there can be taken by another learner's kernel before the server binds it)",
        ),
    )
    server_logs: bool = field(
        default=False,
        metadata=_doc(
            "COURSE_HUB_SERVER_LOGS",
            "1: each learner's server logs to STATE/server-logs/NAME.log (root's only)",
        ),
    )
    service_token: str = field(
        default="",
        metadata=_doc(
            "COURSE_HUB_SERVICE_TOKEN",
            "the token of the course-admin service (the teacher's tools, the load test)",
        ),
    )
    workspace: str = field(default="workspace", metadata=_doc("", "each learner's folder, in their home"))
    edition_lang: str = field(
        default="en",
        metadata=_doc(
            "COURSE_HUB_EDITION_LANG",
            "the class's edition, en or ja (make hub LANG=ja): the notebooks and JupyterLab's interface "
            "of each new workspace; the roster's lang column overrides it per person (one machine only: "
            "the Kubernetes values do not use it yet)",
        ),
    )
    classview_refresh: int = field(
        default=30,
        metadata=_doc("COURSE_HUB_CLASSVIEW_REFRESH", "seconds between the class view's refreshes (2 to 60)"),
    )
    classview_port: int = field(
        default=0,
        metadata=_doc("COURSE_HUB_CLASSVIEW_PORT", "the class view's port on 127.0.0.1 (0: a free one)"),
    )
    k8s_host: str = field(
        default="hub.example.school",
        metadata=_doc("COURSE_HUB_K8S_HOST", "the school's hub address (Kubernetes)"),
    )
    k8s_email: str = field(
        default="it@example.school",
        metadata=_doc("COURSE_HUB_K8S_EMAIL", "the contact for Let's Encrypt (Kubernetes)"),
    )
    k8s_image: str = field(
        default="registry.example.school/japan-nz-course",
        metadata=_doc("COURSE_HUB_K8S_IMAGE", "the learners' image, built with repo2docker"),
    )
    k8s_tag: str = field(default="2026-12", metadata=_doc("COURSE_HUB_K8S_TAG", "its tag"))
    k8s_memory: tuple[str, str] = field(
        default=("512M", "1G"),
        metadata=_doc("", "memory guaranteed and at most, per learner (measured peak: docs/classroom.md)"),
    )
    k8s_cpu: tuple[float, float] = field(
        default=(0.25, 1), metadata=_doc("", "CPUs guaranteed and at most, per learner")
    )
    k8s_storage: str = field(default="1Gi", metadata=_doc("", "each learner's volume"))
    k8s_jupyterhub: str = field(
        default="5.5.0",
        metadata=_doc(
            "",
            "the JupyterHub the chart's hub runs (Zero to JupyterHub, appVersion); "
            "the learners' image needs the same major version",
        ),
    )


def _parse(name: str, kind: object, env: str, text: str) -> object:
    if name == "edition_lang":
        return _edition(env, text)
    if name == "server_ports":
        try:
            parse_range(text, env)
        except PortsError as error:
            raise SettingsError(str(error)) from None
        return text.strip()
    if kind in (int, "int"):
        try:
            return int(text)
        except ValueError:
            raise SettingsError(
                f"{env}={text!r}: {name} should be a whole number — give one, such as {env}={_default(name)}"
            ) from None
    if kind in (bool, "bool"):
        return text.strip() == "1"
    if kind in (Path, "Path"):
        return Path(text)
    return text


def _edition(env: str, text: str) -> str:
    """A class edition: one of the course's languages.

    >>> _edition("COURSE_HUB_EDITION_LANG", " JA ")
    'ja'
    >>> _edition("COURSE_HUB_EDITION_LANG", "ja_JP.UTF-8")
    Traceback (most recent call last):
    ...
    coursekit.hub.settings.SettingsError: COURSE_HUB_EDITION_LANG='ja_JP.UTF-8': not an edition of the course — give en or ja (make hub LANG=ja)
    """
    from helpers.i18n import LANGUAGES

    lang = text.strip().lower()
    if lang not in LANGUAGES:
        raise SettingsError(
            f"{env}={text!r}: not an edition of the course — give {' or '.join(LANGUAGES)} (make hub LANG=ja)"
        )
    return lang


def _default(name: str) -> object:
    return getattr(Settings(), name)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The settings: every default, overridden by its ``COURSE_HUB_*`` variable when it is set.

    >>> load_settings({}).mode == hub_mode({})
    True
    >>> load_settings({"COURSE_HUB_SERVER_LOGS": "1"}).server_logs
    True
    """
    env = os.environ if environ is None else environ
    given: dict[str, object] = {"mode": hub_mode(env)}
    for item in dataclasses.fields(Settings):
        var = item.metadata["env"]
        if var and item.name != "mode" and env.get(var, "") != "":
            given[item.name] = _parse(item.name, item.type, var, env[var])
    settings = Settings(**given)  # type: ignore[arg-type]
    return dataclasses.replace(settings, state=Path(settings.state).resolve())


def describe() -> str:
    """The settings table as text: variable, default, what it does (``python -m coursekit k8s-values --settings``).

    >>> print(describe().splitlines()[0])
    COURSE_HUB_MODE  simple  system (root: real accounts) or simple (the one-teacher demo)
    """
    rows = []
    for item in dataclasses.fields(Settings):
        if item.name in ("state", "roster", "learner_bin"):
            default = {
                "state": "hub/.state",
                "roster": "hub/roster.example.csv",
                "learner_bin": "this Python's bin/",
            }[item.name]
        else:
            default = str(_default(item.name))
        rows.append((item.metadata["env"] or f"({item.name})", default, item.metadata["doc"]))
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{var:<{width}}  {default}  {doc}" for var, default, doc in rows)
