"""The hub's login checks passwords beside its event loop, not in it.

bcrypt costs about a quarter of a second of CPU per login; in the event loop,
thirty learners logging in at once froze every spawn, proxy route and API
answer of the hub meanwhile. FirstUseAuthenticator hashes in the loop.
"""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import pytest

bcrypt = pytest.importorskip("bcrypt")
pytest.importorskip("firstuseauthenticator")

from coursekit.hub.login import CourseAuthenticator  # noqa: E402


def test_the_password_check_runs_off_the_event_loop_thread_and_still_checks(tmp_path, monkeypatch):
    threads = []
    real_hashpw, real_checkpw = bcrypt.hashpw, bcrypt.checkpw

    def hashpw(*args):
        threads.append(threading.current_thread().name)
        return real_hashpw(*args)

    def checkpw(*args):
        threads.append(threading.current_thread().name)
        return real_checkpw(*args)

    monkeypatch.setattr(bcrypt, "hashpw", hashpw)
    monkeypatch.setattr(bcrypt, "checkpw", checkpw)
    auth = CourseAuthenticator(dbm_path=str(tmp_path / "passwords.dbm"), create_users=True, min_password_length=8)
    handler = SimpleNamespace()

    async def logins():
        first = await auth.authenticate(handler, {"username": "ben", "password": "first-password"})
        again = await auth.authenticate(handler, {"username": "ben", "password": "first-password"})
        wrong = await auth.authenticate(handler, {"username": "ben", "password": "other-password"})
        short = await auth.authenticate(handler, {"username": "kim", "password": "short"})
        return first, again, wrong, short, threading.current_thread().name

    first, again, wrong, short, loop_thread = asyncio.run(logins())
    assert (first, again, wrong, short) == ("ben", "ben", None, None)
    assert "Password too short" in handler.custom_login_error
    assert threads and loop_thread not in threads, threads
