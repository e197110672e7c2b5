"""What the hub does before a learner's server starts: the account (root only) and the workspace.

:func:`pre_spawn_hook` gives the ``Spawner.pre_spawn_hook`` that
:func:`coursekit.hub.config.spawner` sets. The slow part (``useradd``, the
workspace copy) runs in a thread, as the learner, so the hub's event loop
keeps serving the rest of the class.

The edition: the roster's ``lang`` for that person, else the class's
(``Settings.edition_lang``). A new workspace is made from it
(``python -m helpers workspace --lang ja``); a Japanese learner's server gets
``COURSE_LANG=ja`` (the feedback) and JupyterLab's interface in Japanese: a
default setting (``labconfig/default_setting_overrides.json``) in a folder of
the learners' environment named by ``JUPYTER_CONFIG_PATH``, so nothing is
written into the learner's home and a learner may still pick another
language in Settings → Language (their own setting wins over a default).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from coursekit.hub.accounts import AccountError, Place, ensure_workspace, place_for, workspace_edition
from coursekit.hub.ports import ServerPorts, ephemeral_range, kernel_transport, parse_range, short_runtime_dir
from coursekit.hub.settings import Settings

__all__ = ["LAB_LOCALES", "edition_environment", "lab_config_dir", "pre_spawn_hook", "server_log", "write_lab_locales"]

#: JupyterLab's locale for each edition other than English (its language pack is in the learners' environment).
LAB_LOCALES = {"ja": "ja_JP"}
_TRANSLATION = "@jupyterlab/translation-extension:plugin"

#: Where a learner's server keeps its kernels' connection files (``jupyter --runtime-dir``), under their home.
RUNTIME_DIR = Path(".local/share/jupyter/runtime")
_TRANSPORT = "--KernelManager.transport="

_LOG_FDS: dict[str, int] = {}  # one append-only descriptor per learner, opened once by the hub


def server_log(s: Settings, name: str) -> int:
    """The learner's server log, ``STATE/server-logs/NAME.log`` (root's only), opened once for appending.

    Only with ``COURSE_HUB_SERVER_LOGS=1``: a learner can fill that file, so it is off by default.

    >>> import tempfile; from pathlib import Path
    >>> s = Settings(state=Path(tempfile.mkdtemp())); fd = server_log(s, "ben")
    >>> fd == server_log(s, "ben"), oct((s.state / "server-logs" / "ben.log").stat().st_mode & 0o777)
    (True, '0o600')
    >>> os.close(_LOG_FDS.pop("ben"))
    """
    if name not in _LOG_FDS:
        folder = s.state / "server-logs"
        folder.mkdir(mode=0o700, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC
        _LOG_FDS[name] = os.open(folder / f"{name}.log", flags, 0o600)
    return _LOG_FDS[name]


def lab_config_dir(learner_bin: Path, lang: str) -> Path:
    """The Jupyter config folder that makes JupyterLab speak ``lang``, in the learners' environment.

    >>> lab_config_dir(Path("/opt/env/bin"), "ja").as_posix()
    '/opt/env/etc/course-lab/ja'
    """
    return learner_bin.parent / "etc" / "course-lab" / lang


def write_lab_locales(learner_bin: Path) -> list[Path]:
    """Write (or refresh) each edition's JupyterLab default locale, readable by every account; the files.

    >>> import tempfile; env = Path(tempfile.mkdtemp()); [f] = write_lab_locales(env / "bin")
    >>> json.loads(f.read_text())
    {'@jupyterlab/translation-extension:plugin': {'locale': 'ja_JP'}}
    >>> f.relative_to(env).as_posix(), oct(f.stat().st_mode & 0o777)
    ('etc/course-lab/ja/labconfig/default_setting_overrides.json', '0o644')
    """
    written = []
    for lang, locale in LAB_LOCALES.items():
        folder = lab_config_dir(learner_bin, lang) / "labconfig"
        folder.mkdir(parents=True, exist_ok=True)
        for part in (folder, folder.parent, folder.parent.parent):
            part.chmod(0o755)
        target = folder / "default_setting_overrides.json"
        target.write_text(json.dumps({_TRANSLATION: {"locale": locale}}, indent=2) + "\n", encoding="utf-8")
        target.chmod(0o644)
        written.append(target)
    return written


def edition_environment(s: Settings, lang: str) -> dict[str, str]:
    """What a learner's server of edition ``lang`` adds to its environment (nothing for English).

    >>> edition_environment(Settings(learner_bin=Path("/opt/env/bin")), "ja")
    {'COURSE_LANG': 'ja', 'JUPYTER_CONFIG_PATH': '/opt/env/etc/course-lab/ja'}
    >>> edition_environment(Settings(), "en")
    {}
    """
    if lang not in LAB_LOCALES:
        return {}
    return {"COURSE_LANG": lang, "JUPYTER_CONFIG_PATH": str(lab_config_dir(s.learner_bin, lang))}


def _make_place(s: Settings, name: str, log: Any, lang: str = "en") -> tuple[Place, bool, str]:
    """The learner's place, whether the workspace was made now, and its edition (an old one keeps its own)."""
    place = place_for(name, s.mode, s.state)
    try:
        created = ensure_workspace(place, str(s.learner_bin / "python"), lang)
    except AccountError as err:  # a workspace the learner broke: start the server anyway
        if not place.workspace.is_dir():
            raise
        log.warning("course: %s", err)
        created = False
    lang = workspace_edition(place) or lang
    if lang in LAB_LOCALES and not (lab_config_dir(s.learner_bin, lang) / "labconfig").is_dir():
        try:  # hub/learner-env.sh writes them; a demo hub on .venv gets them at its first such learner
            write_lab_locales(s.learner_bin)
        except OSError as err:
            log.warning("course: JupyterLab stays in English for %s: %s", name, err)
    return place, created, lang


def _set_kernel_transport(spawner: Any, place: Place, system: bool = True) -> None:
    """Kernels over socket files (:func:`coursekit.hub.ports.kernel_transport`), else TCP, said in the log.

    A learner's home too deep for them on a class's machine gets a short runtime folder of their own
    (:func:`coursekit.hub.ports.short_runtime_dir`): over TCP any account could read their kernel's IOPub
    (every cell's code and output). TCP is left only when that cannot be made: a warning on a class's
    machine (``system``); a note in the one-teacher demo, whose homes sit deep in the hub's state folder.
    """
    runtime_dir = place.home.absolute() / RUNTIME_DIR
    transport = kernel_transport(runtime_dir)
    if transport == "tcp" and system and place.uid is not None and place.gid is not None:
        short = short_runtime_dir(place.uid, place.gid)
        if short is not None and kernel_transport(short) == "ipc":
            spawner.environment = {**spawner.environment, "JUPYTER_RUNTIME_DIR": str(short)}
            runtime_dir, transport = short, "ipc"
    spawner.args = [a for a in spawner.args if not a.startswith(_TRANSPORT)] + [_TRANSPORT + transport]
    if transport == "tcp":
        say = spawner.log.warning if system else spawner.log.info
        say("course: %s's kernels use TCP ports: %s is too deep for their socket files, and a port can be taken by "
            "another learner's kernel first (and any account can read their output); a shorter home avoids it",
            spawner.user.name, runtime_dir)


def pre_spawn_hook(s: Settings, editions: Mapping[str, str] | None = None) -> Callable[[Any], Awaitable[None]]:
    """The hook that makes a learner's account and workspace before their server starts.

    ``editions`` is the roster's username → lang; anyone else gets ``s.edition_lang``.

    >>> import inspect; inspect.iscoroutinefunction(pre_spawn_hook(Settings(), {"chiyo": "ja"}))
    True
    """
    chosen = dict(editions or {})
    ports = ServerPorts(*parse_range(s.server_ports))
    system = ephemeral_range()
    if ports.overlaps(system):
        print(f"course hub: COURSE_HUB_SERVER_PORTS={s.server_ports} overlaps the ephemeral range "
              f"{system}: a kernel may take a learner's port; choose ports below it", file=sys.stderr)

    async def prepare(spawner: Any) -> None:
        loop = asyncio.get_running_loop()
        name = spawner.user.name
        spawner.port = ports.port_for(name)
        wanted = chosen.get(name) or s.edition_lang
        place, created, lang = await loop.run_in_executor(None, _make_place, s, name, spawner.log, wanted)
        if created:
            spawner.log.info("course: created the %s workspace of %s in %s", lang, name, place.workspace)
        spawner.environment = {**spawner.environment, "COURSE_WORKSPACE": str(place.workspace),
                               **edition_environment(s, lang)}
        _set_kernel_transport(spawner, place, s.mode == "system")
        if s.server_logs:
            log = server_log(s, spawner.user.name)
            spawner.popen_kwargs = {**spawner.popen_kwargs, "stdout": log, "stderr": log}
        if s.mode == "simple":
            spawner.notebook_dir = str(place.workspace)

    return prepare
