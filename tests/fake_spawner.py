"""A stand-in for JupyterHub's spawner and a simple-mode class, for the start hook's tests without a hub."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace

from coursekit.hub.settings import Settings
from coursekit.hub.spawning import pre_spawn_hook

__all__ = ["FakeSpawner", "simple_class", "spawn"]


class FakeSpawner:
    """What the start hook reads and sets on a spawner; what it logs is kept in ``logged``."""

    def __init__(self, name: str) -> None:
        self.user = SimpleNamespace(name=name)
        self.environment: dict[str, str] = {}
        self.args: list[str] = ["--ServerApp.terminals_enabled=False"]
        self.popen_kwargs: dict = {}
        self.notebook_dir = ""
        self.port = 0  # JupyterHub's default: a random port at start
        self.logged: list[str] = []
        self.log = SimpleNamespace(info=self._say, warning=self._say)

    def _say(self, text: str, *args: object) -> None:
        self.logged.append(text % args)


def simple_class(tmp_path: Path, edition_lang: str = "en") -> Settings:
    """Simple-mode settings whose learners' Python is this one, in a bin/ of its own."""
    learner_bin = tmp_path / "env" / "bin"
    learner_bin.mkdir(parents=True)
    python = learner_bin / "python"  # the interface's folder goes beside bin/
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    return Settings(mode="simple", state=tmp_path / "state", learner_bin=learner_bin, edition_lang=edition_lang)


def spawn(s: Settings, name: str, editions: Mapping[str, str] | None = None) -> FakeSpawner:
    """Run the start hook for ``name`` as the hub would, and return the spawner it prepared."""
    spawner = FakeSpawner(name)
    asyncio.run(pre_spawn_hook(s, dict(editions or {}))(spawner))
    return spawner
