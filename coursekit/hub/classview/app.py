"""The class view service: a small tornado app the hub starts, behind hub OAuth, for the roster's teachers.

``python -m coursekit.hub.classview.app`` is run by JupyterHub as a managed
service (:mod:`coursekit.hub.classview.config` registers it), which hands it
its API token and address in ``JUPYTERHUB_*`` variables. It listens on
127.0.0.1 only; the hub's proxy serves it at ``/services/class-view/``.

Who may see it: the hub lets only users with ``access:services`` on this
service through its OAuth step (admins, that is the roster's teachers; a
learner gets 403 there), and the service checks again that the user is a
teacher on the roster (403 otherwise). It reads the learners' progress files
as root through :mod:`coursekit.hub.safe_read` (no link followed, size-capped)
and the hub's user list (last activity, server running) with its own token.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from coursekit.hub.roster import read_roster
from coursekit.hub.teacher.collect import learner_workspaces
from coursekit.hub.teacher.progress import read_progress
from coursekit.hub.teacher.report import course_exercises

from .config import COOKIE_SECRET, REFRESH_DEFAULT, refresh_seconds
from .model import build
from .render import fragment, page

__all__ = ["ClassSource", "main", "make_app", "mistake_words"]

SCRIPT = Path(__file__).with_name("live.js")
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
                               "connect-src 'self'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@lru_cache(maxsize=4096)
def mistake_words(exercise: str, mistake: str) -> str:
    """A mistake id in words, from the answer key (:func:`helpers.exercises.mistakes.mistake_text`).

    >>> mistake_words("0.1", "typed-in")
    'typed the right value in, instead of computing it'
    """
    from helpers.exercises.mistakes import mistake_text

    try:
        return mistake_text(exercise, mistake)
    except Exception:  # an answer key that cannot load must not take the page down
        return mistake


class ClassSource:
    """Where the view's facts come from: the roster, the hub's users, the learners' progress files.

    >>> import tempfile; state = Path(tempfile.mkdtemp()); roster = state / "r.csv"
    >>> _ = roster.write_text("username,role,name\\nt-kim,teacher,\\namy,learner,\\n")
    >>> src = ClassSource(roster, state, "simple", "http://127.0.0.1:9/hub/api", "")
    >>> src.learners, src.teachers
    (('amy',), frozenset({'t-kim'}))
    """

    def __init__(self, roster: Path, state: Path, mode: str, api_url: str, token: str):
        self.roster, self.state, self.mode = Path(roster), Path(state), mode
        self.api_url, self.token = api_url.rstrip("/"), token
        self._load_roster()

    def _load_roster(self) -> None:
        try:
            roster = read_roster(self.roster)
        except (OSError, ValueError):
            if hasattr(self, "learners"):  # a roster being edited mid-lesson: keep the one read before
                return
            raise
        self.learners, self.teachers = tuple(roster.learners), frozenset(roster.teachers)

    async def users(self) -> dict[str, dict]:
        """The hub's user models by name (empty when the hub cannot be asked: the page says no one is working)."""
        from tornado.httpclient import AsyncHTTPClient, HTTPClientError

        try:
            reply = await AsyncHTTPClient().fetch(f"{self.api_url}/users", headers={
                "Authorization": f"token {self.token}", "Accept": "application/json"}, request_timeout=10)
            data = json.loads(reply.body)
        except (HTTPClientError, OSError, ValueError):
            return {}
        items = data.get("items", []) if isinstance(data, dict) else data
        return {u["name"]: u for u in items if isinstance(u, dict) and isinstance(u.get("name"), str)}

    def attempts(self) -> tuple[dict, list[str]]:
        """Every learner's attempts, read safely; and the notes on lines or files skipped."""
        known = frozenset(course_exercises())
        found, notes = {}, []
        for name, ws in learner_workspaces(self.learners, self.mode, self.state).items():
            if ws is None or not ws.parent.is_dir():
                continue
            attempts, skipped = read_progress(ws, known)
            found[name] = attempts
            notes.extend(skipped)
        return found, notes

    async def view(self, now: dt.datetime | None = None):
        """The :class:`~coursekit.hub.classview.model.ClassView` now."""
        self._load_roster()  # a teacher may add a learner while the hub runs
        users = await self.users()
        attempts, notes = await asyncio.get_running_loop().run_in_executor(None, self.attempts)
        now = now or dt.datetime.now(dt.timezone.utc)
        columns = await asyncio.get_running_loop().run_in_executor(None, self.columns)
        return build(list(self.learners), users, attempts, course_exercises(), now, tuple(notes), columns), now

    def columns(self) -> tuple:
        """The hand-in and returned-feedback columns, from the teacher's tools (``handin``, ``giveback``).

        A tool that fails leaves its column out; the view stays up.

        >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "r.csv").write_text("username,role,name\\nt,teacher,\\na,learner,\\n")
        >>> [(title, values) for title, values in ClassSource(d / "r.csv", d, "simple", "", "").columns()]
        [('hand-in', {'a': 'not yet'}), ('feedback', {'a': 'not returned'})]
        """
        found = []
        try:
            from coursekit.hub.teacher.handin import handed_in

            done = handed_in(self.state)
            found.append(("hand-in", {name: str(getattr(done.get(name), "status", "not yet")) for name in self.learners}))
        except Exception:  # no hand-in tool, or a folder it cannot read: no column
            pass
        try:
            from coursekit.hub.teacher.giveback import returned

            found.append(("feedback", {name: str(text) for name, text in returned(self.state, self.learners).items()}))
        except Exception:
            pass
        return tuple(found)


def make_app(source: ClassSource, prefix: str, refresh: int, cookie_secret: bytes):
    """The tornado application: the page, its live part, live.js and the OAuth callback, under ``prefix``.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "r.csv").write_text("username,role,name\\nt,teacher,\\n")
    >>> app = make_app(ClassSource(d / "r.csv", d, "simple", "", ""), "/services/class-view/", 30, b"s")
    >>> app.settings["xsrf_cookies"], len(app.wildcard_router.rules)
    (False, 4)
    """
    from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
    from tornado import web

    class Teachers(HubOAuthenticated, web.RequestHandler):
        def set_default_headers(self):
            for key, value in HEADERS.items():
                self.set_header(key, value)

        def teacher(self) -> None:
            user = self.current_user
            if not user or user.get("kind", "user") != "user" or user.get("name") not in source.teachers:
                raise web.HTTPError(403, "the class view is for the class's teachers")

    class Page(Teachers):
        @web.authenticated
        async def get(self):
            self.teacher()
            view, now = await source.view()
            token = self.xsrf_token
            token = token.decode() if isinstance(token, bytes) else str(token)
            self.write(page(view, now, refresh, f"{prefix}live.js", mistake_words, token))

    class Fragment(Teachers):
        @web.authenticated
        async def get(self):
            self.teacher()
            view, now = await source.view()
            self.write(fragment(view, now, mistake_words))

    class Script(web.RequestHandler):
        def get(self):
            self.set_header("Content-Type", "text/javascript; charset=utf-8")
            self.set_header("X-Content-Type-Options", "nosniff")
            self.write(SCRIPT.read_bytes())

    return web.Application([
        (prefix, Page), (prefix + "fragment", Fragment), (prefix + "live.js", Script),
        (prefix + "oauth_callback", HubOAuthCallbackHandler),
    ], cookie_secret=cookie_secret, xsrf_cookies=False)


def main() -> int:
    """Run the service (JupyterHub starts it with its ``JUPYTERHUB_*`` and ``COURSE_HUB_*`` variables)."""
    env = os.environ.get
    state = Path(env("COURSE_HUB_STATE", "."))
    source = ClassSource(Path(env("COURSE_HUB_ROSTER", "")), state, env("COURSE_HUB_MODE", "simple"),
                         env("JUPYTERHUB_API_URL", ""), env("JUPYTERHUB_API_TOKEN", ""))
    prefix = env("JUPYTERHUB_SERVICE_PREFIX", "/services/class-view/")
    url = urlparse(env("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10101"))
    secret = (state / COOKIE_SECRET).read_text().strip().encode()
    refresh = refresh_seconds(env("COURSE_HUB_CLASSVIEW_REFRESH", str(REFRESH_DEFAULT)))
    app = make_app(source, prefix, refresh, secret)

    async def serve():
        app.listen(url.port, address="127.0.0.1")  # never another interface: the proxy is on this machine
        await asyncio.Event().wait()

    asyncio.run(serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
